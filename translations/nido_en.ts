<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
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
        <source>See and control what voice AI companions know about your child.

Commands:
  (none)      open the window
  migrate     create the schema on an empty database, or add Nido's own
              tables and indexes beside a voice backend's schema
  demo-data   fill an empty database with a demo family
              [--children N] [--scale seed]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migrate or demo-data</source>
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
        <source>Memory timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every memory the AI keeps about your child, to review, search, correct and delete.</source>
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
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every conversation with its transcript, the memories it created and the device's health.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity and device health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time talked against the limit, memories per day, battery, latency and signal.</source>
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
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which database Nido opens, the language and the theme.</source>
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