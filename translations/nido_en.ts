<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity and device health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Daily screen-time limit: %1 min; %n day(s) over it.</source>
        <translation><numerusform>Daily screen-time limit: %1 min; %n day over it.</numerusform><numerusform>Daily screen-time limit: %1 min; %n days over it.</numerusform></translation>
    </message>
    <message>
        <source>No daily screen-time limit is set in the routine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waking hours: %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The routine has no wake and bed time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes talked per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>During waking hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside waking hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown agent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaregiverAdmin</name>
    <message>
        <source>"%1" does not start with a child's id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": the permission is view, edit or manage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the caregiver a display name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caregiver accounts need Nido's additions: run nido migrate first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A role name has 1 to %1 bytes (accented letters take two).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The role "%1" already exists and is not one of Nido's caregivers: choose another name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildOverview</name>
    <message>
        <source>This child is no longer in the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Coming in a later version of Nido.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open a voice backend's PostgreSQL database, given as a libpq connection string or postgresql:// URI (PG* variables, ~/.pgpass and service files apply). Without it Nido uses its embedded database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the embedded database in this folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo-data: how many children (default 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo-data: "seed" for the seed's size table (1,000 children, 2,000,000 heartbeats).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1"; see nido --help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--children and --scale belong to demo-data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--scale seed has its own number of children (1,000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown scale "%1"; the only one is "seed"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--children takes a number from 1 to 100000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database already has %1 children; demo data only goes into a database without any, so real data is never mixed with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo data loaded in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See and control what voice AI companions know about your child.

Commands:
  (none)      open the window
  migrate     create the schema on an empty database, or add Nido's own
              tables and indexes beside a voice backend's schema
  demo-data   fill an empty database with a demo family
              [--children N] [--scale seed]
  admin add-caregiver --role NAME --display-name TEXT
              --child ID:view|edit|manage [--child ...] [--password-file FILE]
              create a caregiver login that reaches only those children</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin: the caregiver's login role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin: the caregiver's name as shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin: a child the caregiver reaches, as id:view, id:edit or id:manage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin: read the login password from this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--role and --child belong to admin add-caregiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>caregiver %1 reaches %n child(ren)</source>
        <translation><numerusform>caregiver %1 reaches %n child</numerusform><numerusform>caregiver %1 reaches %n children</numerusform></translation>
    </message>
    <message>
        <source>Nido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nido could not open the database set in Settings:
%1

It opens its embedded database instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate, demo-data or admin add-caregiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--database is empty; give a connection string, or leave the option out to use the embedded database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added the schema document's %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmChangesDialog</name>
    <message>
        <source>Confirm changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These changes will be made now and cannot be undone afterwards:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Give the server's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port goes from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the database's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an SSL mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Nido uses these settings the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain did not keep the password (%1): Nido will ask for it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database connection string is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the database is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port "%1" is not a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteMemoryDialog</name>
    <message>
        <source>Delete memories</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n memory(ies)?</source>
        <translation><numerusform>Delete %n memory?</numerusform><numerusform>Delete %n memories?</numerusform></translation>
    </message>
    <message>
        <source>The AI will no longer know this. Nothing is deleted until you confirm the pending changes; until then you can undo.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoContent</name>
    <message>
        <source>Demo material %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo material %1 is not valid JSON: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceHealthCharts</name>
    <message>
        <source>Battery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No heartbeats in this range.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 points, each the mean of %n second(s) of heartbeats</source>
        <translation><numerusform>%1 points, each the mean of %n second of heartbeats</numerusform><numerusform>%1 points, each the mean of %n seconds of heartbeats</numerusform></translation>
    </message>
    <message>
        <source>Battery (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low battery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio quality and engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Poor audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature (°C), CPU and memory (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wi-Fi signal (dBm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Battery below (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency above (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio quality below (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature above (°C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threshold crossings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors and warnings reported by the device (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PostgreSQL cannot run as root and the user "%1" does not exist. Install the postgresql package, which creates it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot hand %1 to the user %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PostgreSQL server (pid %1) holds Nido's data folder %2 but cannot be reached. Stop it and start Nido again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove the stale %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install them (Debian: apt install postgresql) or open a backend's database with --database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create a private socket folder in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another Nido has been starting or stopping the embedded database for two minutes; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write in the folder %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Episodic (an event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semantic (a fact)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedural (a how-to)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High importance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Nido</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backend database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age, preferences, family context and development milestones, edited as forms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wake and bed time, meals and the screen-time limit, on a day timeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The companions your child talks to, their personas, and what each one sees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports and export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session and period reports as PDF, and all of your child's data as JSON and CSV.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection to the database: Nido keeps trying, and nothing you have not confirmed is lost. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoriesPerDayChart</name>
    <message>
        <source>Memories created per day, by category</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoryDelegate</name>
    <message>
        <source>Select this memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared by all agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoryDetail</name>
    <message>
        <source>This memory no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoryDetailPane</name>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the AI remembers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared by all agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD, empty for never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep these corrections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by the AI</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation><numerusform>%n time, last %1</numerusform><numerusform>%n times, last %1</numerusform></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People and things</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vector store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why does the AI think this?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This memory is not tied to a conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the conversation of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the whole conversation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Choose a memory first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing Nido can change was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memory's text cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memory's text is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importance goes from 0 to 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a memory category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a memory type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expiry is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the memories to delete first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a memory.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n memory(ies)</source>
        <translation><numerusform>Delete %n memory</numerusform><numerusform>Delete %n memories</numerusform></translation>
    </message>
    <message>
        <source>The timeline shows another child.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No memory matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memory was deleted meanwhile; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the %1 of a memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may view this child's memories but not change them; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not delete this child's memories; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expiry is not a valid date: write it as YYYY-MM-DD, or leave it empty for never.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This memory is waiting to be deleted: undo the deletion to correct it instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoryFilterBar</name>
    <message>
        <source>Search memories, tags, topics…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every category</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation><numerusform>%n category</numerusform><numerusform>%n categories</numerusform></translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared by all agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget everything shown…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoryStatisticsView</name>
    <message>
        <source>Memories created per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By type and category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean importance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most important memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation><numerusform>used %n time</numerusform><numerusform>used %n times</numerusform></translation>
    </message>
</context>
<context>
    <name>MemoryTimelinePage</name>
    <message>
        <source>Memory timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every memory that matches the current filter and search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memory(ies) loaded</source>
        <translation><numerusform>%n memory loaded</numerusform><numerusform>%n memories loaded</numerusform></translation>
    </message>
    <message>
        <source>Delete selected (%1)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The memories you selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No memory matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awaiting purge (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These memories are deleted from Nido and from what the AI is given. The voice backend keeps a copy in its vector store until it purges them; it works through this list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1 · memory %2 · collection %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is waiting to be purged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caregivers' log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may view this child's memories. Changing or deleting them needs an adult with more rights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>viewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No caregiver has viewed or changed this child's data through a caregiver account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nido's additions are not installed on this database, so search, corrections and deletion are not available. Run "nido migrate --database …" to add them; the backend's tables are not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It would also add what the schema document recommends and this database lacks: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audio: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity and device health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports and export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no children in this database yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talked today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>of a %1-minute daily limit · %n session(s)</source>
        <translation><numerusform>of a %1-minute daily limit · %n session</numerusform><numerusform>of a %1-minute daily limit · %n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no screen-time limit set · %n session(s)</source>
        <translation><numerusform>no screen-time limit set · %n session</numerusform><numerusform>no screen-time limit set · %n sessions</numerusform></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over the limit</source>
        <translation><numerusform>%n day over the limit</numerusform><numerusform>%n days over the limit</numerusform></translation>
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new this week</source>
        <translation><numerusform>%n new this week</numerusform><numerusform>%n new this week</numerusform></translation>
    </message>
    <message>
        <source>Device alerts this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talking now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): low battery or slow connection</source>
        <translation><numerusform>%n warning: low battery or slow connection</numerusform><numerusform>%n warnings: low battery or slow connection</numerusform></translation>
    </message>
    <message>
        <source>Loading the overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still open, but silent since %1: counted until then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A child without a name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingChangesBar</name>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This database was set up by a newer Nido (schema version %1; this Nido knows up to %2). Update Nido to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database lacks parts of the voice backend's schema that Nido needs:
  %1
Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Unknown agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memory(ies)</source>
        <translation><numerusform>%n memory</numerusform><numerusform>%n memories</numerusform></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>length unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>This session no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>room: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started by: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parent was present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no parent present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>length unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now using: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the embedded demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nido's embedded demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A voice backend's PostgreSQL server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked for at start unless kept in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path to the server's CA certificate (verify-ca, verify-full)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the password in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeekActivityChart</name>
    <message>
        <source>Minutes talked per day this week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes talked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>