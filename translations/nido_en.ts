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
    <message>
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentContextPreview</name>
    <message>
        <source>Importance %1, below %2 (the least important memory given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As important as the last memory given, but older (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentDelegate</name>
    <message>
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another child's</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories of this child</source>
        <translation><numerusform>%n memory of this child</numerusform><numerusform>%n memories of this child</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This week: %n session(s), %1 min</source>
        <translation><numerusform>This week: %n session, %1 min</numerusform><numerusform>This week: %n sessions, %1 min</numerusform></translation>
    </message>
    <message>
        <source>Last talked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never talked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of this week's time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentEditor</name>
    <message>
        <source>A public agent is shared by every family: duplicate it to make one of your own to edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This agent belongs to another child: duplicate it to edit a copy of your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Knows about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules it keeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example dialogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This agent is no longer in the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This agent was deleted, or you may not change it; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this agent's %1 since you opened it; nothing was saved and your version is still here. Copy what you need, then discard to see theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not change this agent; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not add agents for this child.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not delete this agent; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other children's memories or sessions use this agent, so it cannot be deleted; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not delete this agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructions cannot be empty: they are what the agent is told to be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each entry has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 turns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A turn is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each turn has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentPreview</name>
    <message>
        <source>Who it is told to be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About the child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age: %1. Interests: %2. Topics to avoid: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n memories it is given</source>
        <translation><numerusform>The memory it is given</numerusform><numerusform>The %n memories it is given</numerusform></translation>
    </message>
    <message>
        <source>%1 · importance %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · shared by all agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No episodic memory reaches this agent yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Just missed the cut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest conversation with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They have not talked yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New agent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it sees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new agent for this child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructions: who it is and how it talks to your child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this agent?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other children's memories or sessions use this agent, so it cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n memories of this child name this agent; deleted alone, they become shared with every agent.</source>
        <translation><numerusform>%n memory of this child names this agent; deleted alone, it becomes shared with every agent.</numerusform><numerusform>%n memories of this child name this agent; deleted alone, they become shared with every agent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) name it; they stay, without their agent.</source>
        <translation><numerusform>%n session names it; it stays, without its agent.</numerusform><numerusform>%n sessions name it; they stay, without their agent.</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the agent, keep the memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the agent and its memories</source>
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
    <message>
        <source>No child has the id %1; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChildDataExport</name>
    <message>
        <source>%1 already exists; choose a new folder for the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
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
    <name>ChildProfileEditor</name>
    <message>
        <source>Seeing (visual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening (auditory)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Doing (kinesthetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading and writing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simple</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emerging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proficient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this profile since you opened it. For each field below, choose which version to keep; then save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when this is fixed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChipListField</name>
    <message>
        <source>Add and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  ✕</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the list.</source>
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
    <message>
        <source>warning: planner statistics gathered earlier still hold other families' values in %1 columns (%2). Only a superuser can remove them:
  %3</source>
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
              create a caregiver login that reaches only those children
  export session ID --format pdf|json|csv -o FILE
  export report --child ID --from DATE --to DATE -o FILE.pdf [--without-transcripts]
  export child ID --format json|csv -o FOLDER
              a session's report, a period's report, or all of a child's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--role belongs to admin add-caregiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--child belongs to admin add-caregiver and export report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export report takes one --child ID</source>
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
    <message>
        <source>The database connection string names no database; add dbname=NAME (or a path in a postgresql:// URI).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Snack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day from midnight to midnight: waking hours, meals and today's sessions</source>
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
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot keep the draft in %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditorBar</name>
    <message>
        <source>Changes from %1 were never saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring them back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throw them away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved meanwhile by someone else:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you typed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes (kept as a draft on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
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
    <name>ExportCommand</name>
    <message>
        <source>export: pdf, json or csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the file (or, for a child's data, the folder) to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export report: the first day, as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export report: the last day, as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export report: leave the sessions' transcripts out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say where to write with -o PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format "%1"; use pdf, json or csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported %1 of %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a period report is a pdf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
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
    <message>
        <source>one to one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a voice command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the button</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wake word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>$%1</source>
        <extracomment>A cost in US dollars; %1 is the number, already in the parent's locale.</extracomment>
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
        <source>No connection to the database: Nido keeps trying, and nothing you have not confirmed is lost. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile or routines have changes you have not saved. They are kept as a draft and offered the next time you open Nido, unless you discard them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile or routines have changes you have not saved. They are kept as a draft and offered when you come back to this child, unless you discard them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch and keep the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to the %1 from %2 were never saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoriesPerDayChart</name>
    <message>
        <source>Memories created per day, by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memories</source>
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
    <name>PdfReportWriter</name>
    <message>
        <source>Session report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1, made by Nido on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lowest battery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean battery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency (95th percentile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean audio quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heartbeats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes since the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories this session created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1 to %2, made by Nido on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time talked each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes talked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes in all; the daily limit is %2 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes in all; no daily limit is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes talked per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time per agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no agent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created in the period: %1. Deleted in the period: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The most important ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>length unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
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
    <name>PersonaForm</name>
    <message>
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(other)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who speaks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add what the child says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the agent's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. es-ES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PersonaHistoryView</name>
    <message>
        <source>Version %1 · %2
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved in Nido by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 → version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one version so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>A first name is needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A whole number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 24-hour HH:MM, such as 07:30 or 21:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics the companions must avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favourite topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning style</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emotional tendencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favourite activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Favourite characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Siblings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Caregivers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages at home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Native language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages being learnt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem solving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory (remembering)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creativity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empathy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cooperation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emotional regulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wakes up at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goes to bed at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breakfast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dinner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily screen-time limit (minutes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage the companion reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each entry has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a time of day: use 24-hour HH:MM, such as 16:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Child profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics the companions must avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every companion is told never to bring these up with your child.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A topic to avoid, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also recorded by the voice service (kept as it is):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. es</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. en, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With others</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileSnapshot</name>
    <message>
        <source>You may view this child's profile but not change it; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This child is no longer in the database.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileWriter</name>
    <message>
        <source>You may view this child's profile but not change it; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backend stored something other than a group of fields where Nido would write (%1); nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile was created by someone else at this very moment; nothing was saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Battery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session has the id %1 (or it is not yours to see).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>"%1" is not a %2 id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting this child's data needs the "manage" permission; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period runs from a date to the same or a later one, as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A report covers at most a year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A child's data is exported as json or csv.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports and export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A session's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A report for a teacher or a therapist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without the transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of your child's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything stored about your child, as one file per table with a manifest of the row counts: yours to keep or to take to another service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoutinesEditor</name>
    <message>
        <source>Bedtime must come after waking, with a night of at least 4 hours (after midnight is fine, such as 00:30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside waking hours (%1 to %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The snack at %1 is outside waking hours (%2 to %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yellow: awake. Blue: today's sessions. Lines: meals and snacks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A snack time (HH:MM), then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talked today, from the sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
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
    <message>
        <source>Nido's record of its own schema (nido.schema_migrations) lacks version %1 of %2, so it was changed by hand after Nido set it up. Nido does not know what else was undone and opens nothing; restore the database from a backup, or run that migration again by hand.</source>
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