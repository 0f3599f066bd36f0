<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ChildOverview</name>
    <message>
        <source>This child is no longer in the database.</source>
        <translation>Este niño o niña ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Coming in a later version of Nido.</source>
        <translation>Llegará en una próxima versión de Nido.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open a voice backend's PostgreSQL database, given as a libpq connection string or postgresql:// URI (PG* variables, ~/.pgpass and service files apply). Without it Nido uses its embedded database.</source>
        <translation>Abre la base de datos PostgreSQL de un backend de voz, dada como cadena de conexión de libpq o URI postgresql:// (valen las variables PG*, ~/.pgpass y los archivos de servicio). Sin ella, Nido usa su base de datos integrada.</translation>
    </message>
    <message>
        <source>Keep the embedded database in this folder.</source>
        <translation>Guarda la base de datos integrada en esta carpeta.</translation>
    </message>
    <message>
        <source>See and control what voice AI companions know about your child.

Commands:
  (none)      open the window
  migrate     create the schema on an empty database, or add Nido's own
              tables and indexes beside a voice backend's schema
  demo-data   fill an empty database with a demo family
              [--children N] [--scale seed]</source>
        <translation>Consulta y controla lo que los compañeros de voz con IA saben de tu hijo o hija.

Órdenes:
  (ninguna)   abre la ventana
  migrate     crea el esquema en una base de datos vacía, o añade las tablas
              e índices propios de Nido junto al esquema de un backend de voz
  demo-data   llena una base de datos vacía con una familia de demostración
              [--children N] [--scale seed]</translation>
    </message>
    <message>
        <source>migrate or demo-data</source>
        <translation>migrate o demo-data</translation>
    </message>
    <message>
        <source>demo-data: how many children (default 2).</source>
        <translation>demo-data: cuántos niños (2 por omisión).</translation>
    </message>
    <message>
        <source>demo-data: "seed" for the seed's size table (1,000 children, 2,000,000 heartbeats).</source>
        <translation>demo-data: «seed» para la tabla de tamaños del esquema (1.000 niños, 2.000.000 de latidos).</translation>
    </message>
    <message>
        <source>unknown command "%1"; see nido --help</source>
        <translation>orden desconocida «%1»; consulta nido --help</translation>
    </message>
    <message>
        <source>--children and --scale belong to demo-data</source>
        <translation>--children y --scale son opciones de demo-data</translation>
    </message>
    <message>
        <source>The schema is up to date (version %1).</source>
        <translation>El esquema está al día (versión %1).</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>aplicada %1</translation>
    </message>
    <message>
        <source>--scale seed has its own number of children (1,000)</source>
        <translation>--scale seed ya fija su número de niños (1.000)</translation>
    </message>
    <message>
        <source>unknown scale "%1"; the only one is "seed"</source>
        <translation>escala desconocida «%1»; la única es «seed»</translation>
    </message>
    <message>
        <source>--children takes a number from 1 to 100000</source>
        <translation>--children admite un número de 1 a 100000</translation>
    </message>
    <message>
        <source>the database already has %1 children; demo data only goes into a database without any, so real data is never mixed with it</source>
        <translation>la base de datos ya tiene %1 niños; los datos de demostración solo van a una base de datos sin ninguno, para no mezclarlos nunca con datos reales</translation>
    </message>
    <message>
        <source>demo data loaded in %1 s</source>
        <translation>datos de demostración cargados en %1 s</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database connection string is not valid: %1</source>
        <translation>La cadena de conexión a la base de datos no es válida: %1</translation>
    </message>
    <message>
        <source>The connection to the database is closed.</source>
        <translation>La conexión con la base de datos está cerrada.</translation>
    </message>
    <message>
        <source>The connection to the database was lost.</source>
        <translation>Se ha perdido la conexión con la base de datos.</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation>No hay conexión con PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>DemoContent</name>
    <message>
        <source>Demo material %1 is missing.</source>
        <translation>Falta el material de demostración %1.</translation>
    </message>
    <message>
        <source>Demo material %1 is not valid JSON: %2</source>
        <translation>El material de demostración %1 no es JSON válido: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation>No hay conexión con PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>PostgreSQL cannot run as root and the user "%1" does not exist. Install the postgresql package, which creates it.</source>
        <translation>PostgreSQL no puede ejecutarse como root y el usuario «%1» no existe. Instala el paquete postgresql, que lo crea.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the user %2: %3</source>
        <translation>No se puede ceder %1 al usuario %2: %3</translation>
    </message>
    <message>
        <source>A PostgreSQL server (pid %1) holds Nido's data folder %2 but cannot be reached. Stop it and start Nido again.</source>
        <translation>Un servidor PostgreSQL (pid %1) ocupa la carpeta de datos de Nido %2 pero no responde. Detenlo y vuelve a abrir Nido.</translation>
    </message>
    <message>
        <source>Cannot remove the stale %1.</source>
        <translation>No se puede borrar el %1 abandonado.</translation>
    </message>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install them (Debian: apt install postgresql) or open a backend's database with --database.</source>
        <translation>No se encuentran los programas del servidor PostgreSQL (initdb, pg_ctl). Instálalos (Debian: apt install postgresql) o abre la base de datos de un backend con --database.</translation>
    </message>
    <message>
        <source>Cannot create a private socket folder in %1.</source>
        <translation>No se puede crear una carpeta privada para el socket en %1.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Nido</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Niño/a:</translation>
    </message>
    <message>
        <source>Choose a child</source>
        <translation>Elige un niño o niña</translation>
    </message>
    <message>
        <source>Embedded demo database</source>
        <translation>Base de datos de demostración integrada</translation>
    </message>
    <message>
        <source>Backend database: %1</source>
        <translation>Base de datos del backend: %1</translation>
    </message>
    <message>
        <source>Memory timeline</source>
        <translation>Cronología de recuerdos</translation>
    </message>
    <message>
        <source>Every memory the AI keeps about your child, to review, search, correct and delete.</source>
        <translation>Todos los recuerdos que la IA guarda de tu hijo o hija, para revisarlos, buscarlos, corregirlos y borrarlos.</translation>
    </message>
    <message>
        <source>Child profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Age, preferences, family context and development milestones, edited as forms.</source>
        <translation>Edad, preferencias, contexto familiar e hitos del desarrollo, editados como formularios.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Wake and bed time, meals and the screen-time limit, on a day timeline.</source>
        <translation>Hora de levantarse y de dormir, comidas y límite de tiempo de pantalla, en una línea del día.</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>The companions your child talks to, their personas, and what each one sees.</source>
        <translation>Los compañeros con los que habla tu hijo o hija, sus personalidades y lo que ve cada uno.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Every conversation with its transcript, the memories it created and the device's health.</source>
        <translation>Cada conversación con su transcripción, los recuerdos que creó y el estado del dispositivo.</translation>
    </message>
    <message>
        <source>Activity and device health</source>
        <translation>Actividad y estado del dispositivo</translation>
    </message>
    <message>
        <source>Time talked against the limit, memories per day, battery, latency and signal.</source>
        <translation>Tiempo hablado frente al límite, recuerdos por día, batería, latencia y señal.</translation>
    </message>
    <message>
        <source>Reports and export</source>
        <translation>Informes y exportación</translation>
    </message>
    <message>
        <source>Session and period reports as PDF, and all of your child's data as JSON and CSV.</source>
        <translation>Informes de sesión y de periodo en PDF, y todos los datos de tu hijo o hija en JSON y CSV.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Which database Nido opens, the language and the theme.</source>
        <translation>Qué base de datos abre Nido, el idioma y el tema.</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Memory timeline</source>
        <translation>Cronología de recuerdos</translation>
    </message>
    <message>
        <source>Child profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Activity and device health</source>
        <translation>Actividad y estado del dispositivo</translation>
    </message>
    <message>
        <source>Reports and export</source>
        <translation>Informes y exportación</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>There are no children in this database yet.</source>
        <translation>Todavía no hay niños en esta base de datos.</translation>
    </message>
    <message>
        <source>Talked today</source>
        <translation>Ha hablado hoy</translation>
    </message>
    <message numerus="yes">
        <source>of a %1-minute daily limit · %n session(s)</source>
        <translation><numerusform>de un límite diario de %1 minutos · %n sesión</numerusform><numerusform>de un límite diario de %1 minutos · %n sesiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no screen-time limit set · %n session(s)</source>
        <translation><numerusform>sin límite de tiempo de pantalla · %n sesión</numerusform><numerusform>sin límite de tiempo de pantalla · %n sesiones</numerusform></translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n sesión</numerusform><numerusform>%n sesiones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over the limit</source>
        <translation><numerusform>%n día por encima del límite</numerusform><numerusform>%n días por encima del límite</numerusform></translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message numerus="yes">
        <source>%n new this week</source>
        <translation><numerusform>%n nuevo esta semana</numerusform><numerusform>%n nuevos esta semana</numerusform></translation>
    </message>
    <message>
        <source>Device alerts this week</source>
        <translation>Alertas del dispositivo esta semana</translation>
    </message>
    <message>
        <source>Talking now</source>
        <translation>Hablando ahora</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errores</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): low battery or slow connection</source>
        <translation><numerusform>%n aviso: batería baja o conexión lenta</numerusform><numerusform>%n avisos: batería baja o conexión lenta</numerusform></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This database was set up by a newer Nido (schema version %1; this Nido knows up to %2). Update Nido to open it.</source>
        <translation>Esta base de datos la preparó un Nido más reciente (versión de esquema %1; este Nido conoce hasta la %2). Actualiza Nido para abrirla.</translation>
    </message>
    <message>
        <source>The database lacks parts of the voice backend's schema that Nido needs:
  %1
Nothing was changed.</source>
        <translation>A la base de datos le faltan partes del esquema del backend de voz que Nido necesita:
  %1
No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>No se puede leer la migración %1.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>La migración %1 (%2) falló y se ha deshecho: %3</translation>
    </message>
</context>
<context>
    <name>WeekActivityChart</name>
    <message>
        <source>Minutes talked per day this week</source>
        <translation>Minutos hablados por día esta semana</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Minutes talked</source>
        <translation>Minutos hablados</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
</context>
</TS>