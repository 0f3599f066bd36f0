<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity and device health</source>
        <translation>Actividad y estado del dispositivo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message numerus="yes">
        <source>Daily screen-time limit: %1 min; %n day(s) over it.</source>
        <translation><numerusform>Límite diario de pantalla: %1 min; %n día por encima.</numerusform><numerusform>Límite diario de pantalla: %1 min; %n días por encima.</numerusform></translation>
    </message>
    <message>
        <source>No daily screen-time limit is set in the routine.</source>
        <translation>La rutina no fija un límite diario de tiempo de pantalla.</translation>
    </message>
    <message>
        <source>Waking hours: %1 to %2.</source>
        <translation>Horas de vigilia: de %1 a %2.</translation>
    </message>
    <message>
        <source>The routine has no wake and bed time.</source>
        <translation>La rutina no tiene hora de levantarse ni de dormir.</translation>
    </message>
    <message>
        <source>Minutes talked per day</source>
        <translation>Minutos hablados por día</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>Dentro del límite</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <source>During waking hours</source>
        <translation>En horas de vigilia</translation>
    </message>
    <message>
        <source>Outside waking hours</source>
        <translation>Fuera de las horas de vigilia</translation>
    </message>
    <message>
        <source>Use per agent</source>
        <translation>Uso por agente</translation>
    </message>
    <message>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n sesión</numerusform><numerusform>%n sesiones</numerusform></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <source>Loading the activity</source>
        <translation>Cargando la actividad</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
</context>
<context>
    <name>AgentContextPreview</name>
    <message>
        <source>Importance %1, below %2 (the least important memory given).</source>
        <translation>Importancia %1, por debajo de %2 (el recuerdo menos importante que recibe).</translation>
    </message>
    <message>
        <source>As important as the last memory given, but older (%1).</source>
        <translation>Tan importante como el último recuerdo que recibe, pero más antiguo (%1).</translation>
    </message>
</context>
<context>
    <name>AgentDelegate</name>
    <message>
        <source>Yours</source>
        <translation>Vuestro</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Another child's</source>
        <translation>De otro niño o niña</translation>
    </message>
    <message numerus="yes">
        <source>%n memories of this child</source>
        <translation><numerusform>%n recuerdo de este niño/a</numerusform><numerusform>%n recuerdos de este niño/a</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This week: %n session(s), %1 min</source>
        <translation><numerusform>Esta semana: %n sesión, %1 min</numerusform><numerusform>Esta semana: %n sesiones, %1 min</numerusform></translation>
    </message>
    <message>
        <source>Last talked %1</source>
        <translation>Última conversación: %1</translation>
    </message>
    <message>
        <source>Never talked</source>
        <translation>Aún no han hablado</translation>
    </message>
    <message>
        <source>%1 % of this week's time</source>
        <translation>%1 % del tiempo de esta semana</translation>
    </message>
</context>
<context>
    <name>AgentEditor</name>
    <message>
        <source>A public agent is shared by every family: duplicate it to make one of your own to edit.</source>
        <translation>Un agente público lo comparten todas las familias: duplícalo para tener uno vuestro que puedas editar.</translation>
    </message>
    <message>
        <source>This agent belongs to another child: duplicate it to edit a copy of your own.</source>
        <translation>Este agente es de otro niño o niña: duplícalo para editar una copia vuestra.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Knows about</source>
        <translation>Sabe de</translation>
    </message>
    <message>
        <source>Rules it keeps</source>
        <translation>Normas que cumple</translation>
    </message>
    <message>
        <source>Example dialogue</source>
        <translation>Diálogo de ejemplo</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Tono de voz</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>Otros ajustes</translation>
    </message>
    <message>
        <source>This agent is no longer in the database.</source>
        <translation>Este agente ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>This agent was deleted, or you may not change it; nothing was saved.</source>
        <translation>Este agente se ha borrado, o no puedes cambiarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Someone else changed this agent's %1 since you opened it; nothing was saved and your version is still here. Copy what you need, then discard to see theirs.</source>
        <translation>Otra persona ha cambiado «%1» de este agente desde que lo abriste; no se ha guardado nada y tu versión sigue aquí. Copia lo que necesites y descarta los cambios para ver la suya.</translation>
    </message>
    <message>
        <source>You may not change this agent; nothing was saved.</source>
        <translation>No puedes cambiar este agente; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>You may not add agents for this child.</source>
        <translation>No puedes añadir agentes para este niño o niña.</translation>
    </message>
    <message>
        <source>You may not delete this agent; nothing was deleted.</source>
        <translation>No puedes borrar este agente; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Other children's memories or sessions use this agent, so it cannot be deleted; nothing was deleted.</source>
        <translation>Recuerdos o sesiones de otros niños usan este agente, así que no se puede borrar; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>You may not delete this agent.</source>
        <translation>No puedes borrar este agente.</translation>
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation>Un agente necesita un nombre.</translation>
    </message>
    <message>
        <source>Instructions cannot be empty: they are what the agent is told to be.</source>
        <translation>Las instrucciones no pueden estar vacías: son lo que se le pide al agente que sea.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A number from %1 to %2.</source>
        <translation>Un número de %1 a %2.</translation>
    </message>
    <message>
        <source>At most %1 entries.</source>
        <translation>Como máximo %1 elementos.</translation>
    </message>
    <message>
        <source>An entry is empty.</source>
        <translation>Hay un elemento vacío.</translation>
    </message>
    <message>
        <source>Each entry has at most %1 characters.</source>
        <translation>Cada elemento tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>«%1» está dos veces.</translation>
    </message>
    <message>
        <source>At most %1 turns.</source>
        <translation>Como máximo %1 turnos.</translation>
    </message>
    <message>
        <source>A turn is empty.</source>
        <translation>Hay un turno vacío.</translation>
    </message>
    <message>
        <source>Each turn has at most %1 characters.</source>
        <translation>Cada turno tiene como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>AgentPreview</name>
    <message>
        <source>Who it is told to be</source>
        <translation>Quién se le pide que sea</translation>
    </message>
    <message>
        <source>Tone: %1</source>
        <translation>Tono: %1</translation>
    </message>
    <message>
        <source>About the child</source>
        <translation>Sobre el niño o niña</translation>
    </message>
    <message>
        <source>Age: %1. Interests: %2. Topics to avoid: %3.</source>
        <translation>Edad: %1. Intereses: %2. Temas que evitar: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>The %n memories it is given</source>
        <translation><numerusform>El recuerdo que recibe</numerusform><numerusform>Los %n recuerdos que recibe</numerusform></translation>
    </message>
    <message>
        <source>%1 · importance %2%3</source>
        <translation>%1 · importancia %2%3</translation>
    </message>
    <message>
        <source> · shared by all agents</source>
        <translation> · compartido por todos los agentes</translation>
    </message>
    <message>
        <source>No episodic memory reaches this agent yet.</source>
        <translation>Aún no le llega ningún recuerdo episódico a este agente.</translation>
    </message>
    <message>
        <source>Just missed the cut</source>
        <translation>Se quedaron fuera por poco</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Latest conversation with it</source>
        <translation>Última conversación con él</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Niño/a: %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>They have not talked yet.</source>
        <translation>Aún no han hablado.</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>New agent…</source>
        <translation>Nuevo agente…</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Personalidad</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>What it sees</source>
        <translation>Qué ve</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>A new agent for this child</source>
        <translation>Un agente nuevo para este niño o niña</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instructions: who it is and how it talks to your child</source>
        <translation>Instrucciones: quién es y cómo habla con tu hijo o hija</translation>
    </message>
    <message>
        <source>Delete this agent?</source>
        <translation>¿Borrar este agente?</translation>
    </message>
    <message>
        <source>Other children's memories or sessions use this agent, so it cannot be deleted.</source>
        <translation>Recuerdos o sesiones de otros niños usan este agente, así que no se puede borrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n memories of this child name this agent; deleted alone, they become shared with every agent.</source>
        <translation><numerusform>%n recuerdo de este niño/a nombra a este agente; si solo se borra el agente, pasará a ser compartido por todos.</numerusform><numerusform>%n recuerdos de este niño/a nombran a este agente; si solo se borra el agente, pasarán a ser compartidos por todos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) name it; they stay, without their agent.</source>
        <translation><numerusform>%n sesión lo nombra; se conserva, sin su agente.</numerusform><numerusform>%n sesiones lo nombran; se conservan, sin su agente.</numerusform></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete the agent, keep the memories</source>
        <translation>Borrar el agente y conservar los recuerdos</translation>
    </message>
    <message>
        <source>Delete the agent and its memories</source>
        <translation>Borrar el agente y sus recuerdos</translation>
    </message>
</context>
<context>
    <name>CaregiverAdmin</name>
    <message>
        <source>"%1" does not start with a child's id.</source>
        <translation>«%1» no empieza por el identificador de un niño.</translation>
    </message>
    <message>
        <source>"%1": the permission is view, edit or manage.</source>
        <translation>«%1»: el permiso es view, edit o manage.</translation>
    </message>
    <message>
        <source>Give the caregiver a display name.</source>
        <translation>Indica el nombre visible del cuidador.</translation>
    </message>
    <message>
        <source>Caregiver accounts need Nido's additions: run nido migrate first.</source>
        <translation>Las cuentas de cuidador necesitan las ampliaciones de Nido: ejecuta antes nido migrate.</translation>
    </message>
    <message>
        <source>A role name has 1 to %1 bytes (accented letters take two).</source>
        <translation>Un nombre de rol tiene de 1 a %1 bytes (las letras con tilde ocupan dos).</translation>
    </message>
    <message>
        <source>The role "%1" already exists and is not one of Nido's caregivers: choose another name.</source>
        <translation>El rol «%1» ya existe y no es de una persona cuidadora de Nido: elige otro nombre.</translation>
    </message>
    <message>
        <source>No child has the id %1; nothing was changed.</source>
        <translation>Ningún niño o niña tiene el id %1; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ChildDataExport</name>
    <message>
        <source>%1 already exists; choose a new folder for the export.</source>
        <translation>%1 ya existe; elige una carpeta nueva para la exportación.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation>Ningún niño o niña tiene el id %1 (o no puedes verlo).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>La exportación se canceló; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Cannot replace the empty folder %1.</source>
        <translation>No se puede sustituir la carpeta vacía %1.</translation>
    </message>
    <message>
        <source>Cannot move the export into %1.</source>
        <translation>No se puede mover la exportación a %1.</translation>
    </message>
    <message>
        <source>Not connected to PostgreSQL.</source>
        <translation>No hay conexión con PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>ChildOverview</name>
    <message>
        <source>This child is no longer in the database.</source>
        <translation>Este niño o niña ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ChildProfileEditor</name>
    <message>
        <source>Seeing (visual)</source>
        <translation>Viendo (visual)</translation>
    </message>
    <message>
        <source>Listening (auditory)</source>
        <translation>Escuchando (auditivo)</translation>
    </message>
    <message>
        <source>Doing (kinesthetic)</source>
        <translation>Haciendo (kinestésico)</translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation>Leyendo y escribiendo</translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Simples</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>Compuestas</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Complejas</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Incipiente</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Someone else changed this profile since you opened it. For each field below, choose which version to keep; then save again.</source>
        <translation>Otra persona ha cambiado este perfil desde que lo abriste. En cada campo de abajo, elige qué versión conservar y vuelve a guardar.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept; save again when this is fixed.</source>
        <translation>No se ha guardado: %1 Tus cambios se conservan; vuelve a guardar cuando esté resuelto.</translation>
    </message>
</context>
<context>
    <name>ChipListField</name>
    <message>
        <source>Add and press Enter</source>
        <translation>Escribe y pulsa Intro</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Ya está en la lista.</translation>
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
    <message>
        <source>admin: the caregiver's login role.</source>
        <translation>admin: el rol de acceso del cuidador.</translation>
    </message>
    <message>
        <source>admin: the caregiver's name as shown.</source>
        <translation>admin: el nombre visible del cuidador.</translation>
    </message>
    <message>
        <source>admin: a child the caregiver reaches, as id:view, id:edit or id:manage.</source>
        <translation>admin: un niño al que llega el cuidador, como id:view, id:edit o id:manage.</translation>
    </message>
    <message>
        <source>admin: read the login password from this file.</source>
        <translation>admin: lee la contraseña de acceso de este archivo.</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message numerus="yes">
        <source>caregiver %1 reaches %n child(ren)</source>
        <translation><numerusform>el cuidador %1 llega a %n niño</numerusform><numerusform>el cuidador %1 llega a %n niños</numerusform></translation>
    </message>
    <message>
        <source>Nido</source>
        <translation>Nido</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>Nido could not open the database set in Settings:
%1

It opens its embedded database instead.</source>
        <translation>Nido no ha podido abrir la base de datos indicada en Ajustes:
%1

Abre en su lugar su base de datos integrada.</translation>
    </message>
    <message>
        <source>migrate, demo-data or admin add-caregiver</source>
        <translation>migrate, demo-data o admin add-caregiver</translation>
    </message>
    <message>
        <source>--database is empty; give a connection string, or leave the option out to use the embedded database</source>
        <translation>--database está vacío; indica una cadena de conexión, o quita la opción para usar la base de datos integrada</translation>
    </message>
    <message>
        <source>%1 holds no password</source>
        <translation>%1 no contiene ninguna contraseña</translation>
    </message>
    <message>
        <source>added the schema document's %1</source>
        <translation>añadido del documento del esquema: %1</translation>
    </message>
    <message>
        <source>warning: planner statistics gathered earlier still hold other families' values in %1 columns (%2). Only a superuser can remove them:
  %3</source>
        <translation>aviso: las estadísticas del planificador reunidas antes aún guardan valores de otras familias en %1 columnas (%2). Solo un superusuario puede quitarlas:
  %3</translation>
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
        <translation>Consulta y controla lo que los compañeros de voz con IA saben de tu hijo o hija.

Órdenes:
  (ninguna)   abre la ventana
  migrate     crea el esquema en una base de datos vacía, o añade las tablas
              e índices propios de Nido junto al esquema de un backend de voz
  demo-data   llena una base de datos vacía con una familia de demostración
              [--children N] [--scale seed]
  admin add-caregiver --role NOMBRE --display-name TEXTO
              --child ID:view|edit|manage [--child ...] [--password-file ARCHIVO]
              crea un acceso de cuidador que solo llega a esos niños
  export session ID --format pdf|json|csv -o ARCHIVO
  export report --child ID --from FECHA --to FECHA -o ARCHIVO.pdf [--without-transcripts]
  export child ID --format json|csv -o CARPETA
              el informe de una sesión, el de un periodo, o todos los datos de un niño o niña</translation>
    </message>
    <message>
        <source>--role belongs to admin add-caregiver</source>
        <translation>--role es una opción de admin add-caregiver</translation>
    </message>
    <message>
        <source>--child belongs to admin add-caregiver and export report</source>
        <translation>--child es una opción de admin add-caregiver y de export report</translation>
    </message>
    <message>
        <source>export report takes one --child ID</source>
        <translation>export report lleva un único --child ID</translation>
    </message>
</context>
<context>
    <name>ConfirmChangesDialog</name>
    <message>
        <source>Confirm changes</source>
        <translation>Confirmar los cambios</translation>
    </message>
    <message>
        <source>These changes will be made now and cannot be undone afterwards:</source>
        <translation>Estos cambios se harán ahora y después no se podrán deshacer:</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Give the server's host name.</source>
        <translation>Indica el nombre del servidor.</translation>
    </message>
    <message>
        <source>The port goes from 1 to 65535.</source>
        <translation>El puerto va de 1 a 65535.</translation>
    </message>
    <message>
        <source>Give the database's name.</source>
        <translation>Indica el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>Indica el nombre de usuario.</translation>
    </message>
    <message>
        <source>"%1" is not an SSL mode.</source>
        <translation>«%1» no es un modo SSL.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Saved. Nido uses these settings the next time it starts.</source>
        <translation>Guardado. Nido usará estos ajustes la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the password (%1): Nido will ask for it.</source>
        <translation>El llavero del sistema no ha guardado la contraseña (%1): Nido la pedirá.</translation>
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
    <message>
        <source>The port "%1" is not a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The database connection string names no database; add dbname=NAME (or a path in a postgresql:// URI).</source>
        <translation>La cadena de conexión no nombra ninguna base de datos; añade dbname=NOMBRE (o una ruta en un URI postgresql://).</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <source>Snack</source>
        <translation>Merienda</translation>
    </message>
    <message>
        <source>The day from midnight to midnight: waking hours, meals and today's sessions</source>
        <translation>El día de medianoche a medianoche: horas despierto, comidas y las sesiones de hoy</translation>
    </message>
</context>
<context>
    <name>DeleteMemoryDialog</name>
    <message>
        <source>Delete memories</source>
        <translation>Borrar recuerdos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n memory(ies)?</source>
        <translation><numerusform>¿Borrar %n recuerdo?</numerusform><numerusform>¿Borrar %n recuerdos?</numerusform></translation>
    </message>
    <message>
        <source>The AI will no longer know this. Nothing is deleted until you confirm the pending changes; until then you can undo.</source>
        <translation>La IA dejará de saber esto. No se borra nada hasta que confirmes los cambios pendientes; hasta entonces puedes deshacerlo.</translation>
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
    <name>DeviceHealthCharts</name>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Calidad de audio</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>No heartbeats in this range.</source>
        <translation>No hay latidos en este intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 points, each the mean of %n second(s) of heartbeats</source>
        <translation><numerusform>%1 puntos, cada uno la media de %n segundo de latidos</numerusform><numerusform>%1 puntos, cada uno la media de %n segundos de latidos</numerusform></translation>
    </message>
    <message>
        <source>Battery (%)</source>
        <translation>Batería (%)</translation>
    </message>
    <message>
        <source>Low battery</source>
        <translation>Batería baja</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Audio quality and engagement</source>
        <translation>Calidad de audio e implicación</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Implicación</translation>
    </message>
    <message>
        <source>Poor audio</source>
        <translation>Audio deficiente</translation>
    </message>
    <message>
        <source>Temperature (°C), CPU and memory (%)</source>
        <translation>Temperatura (°C), CPU y memoria (%)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Caliente</translation>
    </message>
    <message>
        <source>Wi-Fi signal (dBm)</source>
        <translation>Señal wifi (dBm)</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Battery below (%)</source>
        <translation>Batería por debajo de (%)</translation>
    </message>
    <message>
        <source>Latency above (ms)</source>
        <translation>Latencia por encima de (ms)</translation>
    </message>
    <message>
        <source>Audio quality below (%)</source>
        <translation>Calidad de audio por debajo de (%)</translation>
    </message>
    <message>
        <source>Temperature above (°C)</source>
        <translation>Temperatura por encima de (°C)</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Valores por omisión</translation>
    </message>
    <message>
        <source>Threshold crossings (%1)</source>
        <translation>Umbrales superados (%1)</translation>
    </message>
    <message>
        <source>Errors and warnings reported by the device (%1)</source>
        <translation>Errores y avisos del dispositivo (%1)</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1.</source>
        <translation>No se puede crear la carpeta de borradores %1.</translation>
    </message>
    <message>
        <source>Cannot keep the draft in %1: %2</source>
        <translation>No se puede guardar el borrador en %1: %2</translation>
    </message>
</context>
<context>
    <name>EditorBar</name>
    <message>
        <source>Changes from %1 were never saved.</source>
        <translation>Hay cambios del %1 que nunca se guardaron.</translation>
    </message>
    <message>
        <source>Bring them back</source>
        <translation>Recuperarlos</translation>
    </message>
    <message>
        <source>Throw them away</source>
        <translation>Descartarlos</translation>
    </message>
    <message>
        <source>Saved meanwhile by someone else:</source>
        <translation>Guardado mientras tanto por otra persona:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Usar esa versión</translation>
    </message>
    <message>
        <source>What you typed:</source>
        <translation>Lo que escribiste:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved changes (kept as a draft on this computer)</source>
        <translation>Cambios sin guardar (se conservan como borrador en este ordenador)</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
    <message>
        <source>Another Nido has been starting or stopping the embedded database for two minutes; try again.</source>
        <translation>Otro Nido lleva dos minutos iniciando o deteniendo la base de datos integrada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1.</source>
        <translation>No se puede escribir en la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export: pdf, json or csv.</source>
        <translation>export: pdf, json o csv.</translation>
    </message>
    <message>
        <source>export: the file (or, for a child's data, the folder) to write.</source>
        <translation>export: el archivo (o, para los datos de un niño o niña, la carpeta) que escribir.</translation>
    </message>
    <message>
        <source>export report: the first day, as YYYY-MM-DD.</source>
        <translation>export report: el primer día, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>export report: the last day, as YYYY-MM-DD.</source>
        <translation>export report: el último día, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>export report: leave the sessions' transcripts out.</source>
        <translation>export report: sin las transcripciones de las sesiones.</translation>
    </message>
    <message>
        <source>say where to write with -o PATH</source>
        <translation>indica dónde escribir con -o RUTA</translation>
    </message>
    <message>
        <source>unknown format "%1"; use pdf, json or csv</source>
        <translation>formato «%1» desconocido; usa pdf, json o csv</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>exported %1 of %2 rows</source>
        <translation>exportadas %1 de %2 filas</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from y --to llevan fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a period report is a pdf</source>
        <translation>el informe de un periodo es un pdf</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Episodic (an event)</source>
        <translation>Episódico (un suceso)</translation>
    </message>
    <message>
        <source>Semantic (a fact)</source>
        <translation>Semántico (un dato)</translation>
    </message>
    <message>
        <source>Procedural (a how-to)</source>
        <translation>Procedimental (un cómo)</translation>
    </message>
    <message>
        <source>Low importance</source>
        <translation>Importancia baja</translation>
    </message>
    <message>
        <source>Medium importance</source>
        <translation>Importancia media</translation>
    </message>
    <message>
        <source>High importance</source>
        <translation>Importancia alta</translation>
    </message>
    <message>
        <source>one to one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>a group</source>
        <translation>en grupo</translation>
    </message>
    <message>
        <source>a voice command</source>
        <translation>una orden de voz</translation>
    </message>
    <message>
        <source>the button</source>
        <translation>el botón</translation>
    </message>
    <message>
        <source>the wake word</source>
        <translation>la palabra de activación</translation>
    </message>
    <message>
        <source>a schedule</source>
        <translation>una programación</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>A cost in US dollars; %1 is the number, already in the parent's locale.</extracomment>
        <translation>%1 $</translation>
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
        <source>No connection to the database: Nido keeps trying, and nothing you have not confirmed is lost. %1</source>
        <translation>No hay conexión con la base de datos: Nido sigue intentándolo y no se pierde nada que no hayas confirmado. %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The profile or routines have changes you have not saved. They are kept as a draft and offered the next time you open Nido, unless you discard them.</source>
        <translation>El perfil o las rutinas tienen cambios sin guardar. Se conservan como borrador y se te ofrecerán la próxima vez que abras Nido, salvo que los descartes.</translation>
    </message>
    <message>
        <source>The profile or routines have changes you have not saved. They are kept as a draft and offered when you come back to this child, unless you discard them.</source>
        <translation>El perfil o las rutinas tienen cambios sin guardar. Se conservan como borrador y se te ofrecerán cuando vuelvas a este niño o niña, salvo que los descartes.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Cerrar y conservar el borrador</translation>
    </message>
    <message>
        <source>Switch and keep the draft</source>
        <translation>Cambiar y conservar el borrador</translation>
    </message>
    <message>
        <source>Changes to the %1 from %2 were never saved.</source>
        <translation>Hay cambios en %1 del %2 que nunca se guardaron.</translation>
    </message>
    <message>
        <source>child profile</source>
        <translation>el perfil</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>las rutinas</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Abrirlos</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>MemoriesPerDayChart</name>
    <message>
        <source>Memories created per day, by category</source>
        <translation>Recuerdos creados por día, por categoría</translation>
    </message>
    <message>
        <source>memories</source>
        <translation>recuerdos</translation>
    </message>
</context>
<context>
    <name>MemoryDelegate</name>
    <message>
        <source>Select this memory</source>
        <translation>Seleccionar este recuerdo</translation>
    </message>
    <message>
        <source>Shared by all agents</source>
        <translation>Compartido con todos los agentes</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Importance %1</source>
        <translation>Importancia %1</translation>
    </message>
</context>
<context>
    <name>MemoryDetail</name>
    <message>
        <source>This memory no longer exists.</source>
        <translation>Este recuerdo ya no existe.</translation>
    </message>
</context>
<context>
    <name>MemoryDetailPane</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What the AI remembers</source>
        <translation>Lo que recuerda la IA</translation>
    </message>
    <message>
        <source>Memory text</source>
        <translation>Texto del recuerdo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Known to</source>
        <translation>Lo conoce</translation>
    </message>
    <message>
        <source>Shared by all agents</source>
        <translation>Compartido con todos los agentes</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty for never</source>
        <translation>AAAA-MM-DD; vacío para nunca</translation>
    </message>
    <message>
        <source>Keep these corrections</source>
        <translation>Guardar estas correcciones</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Used by the AI</source>
        <translation>Usado por la IA</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation><numerusform>%n vez, la última %1</numerusform><numerusform>%n veces, la última %1</numerusform></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>People and things</source>
        <translation>Personas y cosas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n mensaje</numerusform><numerusform>%n mensajes</numerusform></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Almacén vectorial</translation>
    </message>
    <message>
        <source>Other data</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <source>Why does the AI think this?</source>
        <translation>¿Por qué lo piensa la IA?</translation>
    </message>
    <message>
        <source>This memory is not tied to a conversation.</source>
        <translation>Este recuerdo no está ligado a ninguna conversación.</translation>
    </message>
    <message>
        <source>From the conversation of %1:</source>
        <translation>De la conversación del %1:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <source>Open the whole conversation</source>
        <translation>Abrir toda la conversación</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Choose a memory first.</source>
        <translation>Elige antes un recuerdo.</translation>
    </message>
    <message>
        <source>Nothing Nido can change was given.</source>
        <translation>No se ha indicado nada que Nido pueda cambiar.</translation>
    </message>
    <message>
        <source>The memory's text cannot be empty.</source>
        <translation>El texto del recuerdo no puede quedar vacío.</translation>
    </message>
    <message>
        <source>The memory's text is longer than %1 characters.</source>
        <translation>El texto del recuerdo supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation>El resumen supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Importance goes from 0 to 1.</source>
        <translation>La importancia va de 0 a 1.</translation>
    </message>
    <message>
        <source>"%1" is not a memory category.</source>
        <translation>«%1» no es una categoría de recuerdo.</translation>
    </message>
    <message>
        <source>"%1" is not a memory type.</source>
        <translation>«%1» no es un tipo de recuerdo.</translation>
    </message>
    <message>
        <source>That agent does not exist.</source>
        <translation>Ese agente no existe.</translation>
    </message>
    <message>
        <source>The expiry is not a valid date.</source>
        <translation>La caducidad no es una fecha válida.</translation>
    </message>
    <message>
        <source>Choose the memories to delete first.</source>
        <translation>Elige antes los recuerdos que quieres borrar.</translation>
    </message>
    <message>
        <source>"%1" is not a memory.</source>
        <translation>«%1» no es un recuerdo.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n memory(ies)</source>
        <translation><numerusform>Borrar %n recuerdo</numerusform><numerusform>Borrar %n recuerdos</numerusform></translation>
    </message>
    <message>
        <source>The timeline shows another child.</source>
        <translation>La cronología muestra a otro niño.</translation>
    </message>
    <message>
        <source>No memory matches the filter.</source>
        <translation>Ningún recuerdo coincide con el filtro.</translation>
    </message>
    <message>
        <source>The memory was deleted meanwhile; nothing was changed.</source>
        <translation>El recuerdo se borró entretanto; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>la importancia</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la categoría</translation>
    </message>
    <message>
        <source>type</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>el agente</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>la caducidad</translation>
    </message>
    <message>
        <source>Change the %1 of a memory</source>
        <translation>Cambiar %1 de un recuerdo</translation>
    </message>
    <message>
        <source>You may view this child's memories but not change them; nothing was changed.</source>
        <translation>Puedes ver los recuerdos de este niño pero no cambiarlos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>You may not delete this child's memories; nothing was deleted.</source>
        <translation>No puedes borrar los recuerdos de este niño; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>The expiry is not a valid date: write it as YYYY-MM-DD, or leave it empty for never.</source>
        <translation>La caducidad no es una fecha válida: escríbela como AAAA-MM-DD, o déjala vacía para que no caduque.</translation>
    </message>
    <message>
        <source>This memory is waiting to be deleted: undo the deletion to correct it instead.</source>
        <translation>Este recuerdo está pendiente de borrarse: deshaz el borrado si prefieres corregirlo.</translation>
    </message>
</context>
<context>
    <name>MemoryFilterBar</name>
    <message>
        <source>Search memories, tags, topics…</source>
        <translation>Buscar recuerdos, etiquetas, temas…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation><numerusform>%n categoría</numerusform><numerusform>%n categorías</numerusform></translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Shared by all agents</source>
        <translation>Compartido con todos los agentes</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Solo compartidos</translation>
    </message>
    <message>
        <source>Any importance</source>
        <translation>Cualquier importancia</translation>
    </message>
    <message>
        <source>Expired or not</source>
        <translation>Caducados o no</translation>
    </message>
    <message>
        <source>Not expired</source>
        <translation>Sin caducar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Forget everything shown…</source>
        <translation>Olvidar todo lo mostrado…</translation>
    </message>
</context>
<context>
    <name>MemoryStatisticsView</name>
    <message>
        <source>Memories created per day</source>
        <translation>Recuerdos creados por día</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>By type and category</source>
        <translation>Por tipo y categoría</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <source>Mean importance</source>
        <translation>Importancia media</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Most important memories</source>
        <translation>Recuerdos más importantes</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation><numerusform>usado %n vez</numerusform><numerusform>usado %n veces</numerusform></translation>
    </message>
</context>
<context>
    <name>MemoryTimelinePage</name>
    <message>
        <source>Memory timeline</source>
        <translation>Cronología de recuerdos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Every memory that matches the current filter and search.</source>
        <translation>Todos los recuerdos que coinciden con el filtro y la búsqueda actuales.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n memory(ies) loaded</source>
        <translation><numerusform>%n recuerdo cargado</numerusform><numerusform>%n recuerdos cargados</numerusform></translation>
    </message>
    <message>
        <source>Delete selected (%1)…</source>
        <translation>Borrar seleccionados (%1)…</translation>
    </message>
    <message>
        <source>The memories you selected.</source>
        <translation>Los recuerdos que has seleccionado.</translation>
    </message>
    <message>
        <source>No memory matches.</source>
        <translation>Ningún recuerdo coincide.</translation>
    </message>
    <message>
        <source>Awaiting purge (%1)</source>
        <translation>Pendientes de purgar (%1)</translation>
    </message>
    <message>
        <source>These memories are deleted from Nido and from what the AI is given. The voice backend keeps a copy in its vector store until it purges them; it works through this list.</source>
        <translation>Estos recuerdos están borrados de Nido y de lo que se le da a la IA. El backend de voz guarda una copia en su almacén vectorial hasta que los purga; trabaja con esta lista.</translation>
    </message>
    <message>
        <source>Deleted %1 · memory %2 · collection %3</source>
        <translation>Borrado el %1 · recuerdo %2 · colección %3</translation>
    </message>
    <message>
        <source>Nothing is waiting to be purged.</source>
        <translation>No hay nada pendiente de purgar.</translation>
    </message>
    <message>
        <source>Caregivers' log</source>
        <translation>Registro de cuidadores</translation>
    </message>
    <message>
        <source>You may view this child's memories. Changing or deleting them needs an adult with more rights.</source>
        <translation>Puedes ver los recuerdos de este niño. Para cambiarlos o borrarlos hace falta un adulto con más permisos.</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>consultó</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigió</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borró</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportó</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>recuerdo %1</translation>
    </message>
    <message>
        <source>No caregiver has viewed or changed this child's data through a caregiver account.</source>
        <translation>Ningún cuidador ha consultado ni cambiado los datos de este niño con una cuenta de cuidador.</translation>
    </message>
    <message>
        <source>Nido's additions are not installed on this database, so search, corrections and deletion are not available. Run "nido migrate --database …" to add them; the backend's tables are not changed.</source>
        <translation>Las ampliaciones de Nido no están instaladas en esta base de datos, así que no se puede buscar, corregir ni borrar. Ejecuta «nido migrate --database …» para añadirlas; las tablas del backend no cambian.</translation>
    </message>
    <message>
        <source>It would also add what the schema document recommends and this database lacks: %1.</source>
        <translation>También añadiría lo que el documento del esquema recomienda y a esta base de datos le falta: %1.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>audio: %1</source>
        <translation>audio: %1</translation>
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
    <message>
        <source>Loading the overview</source>
        <translation>Cargando el resumen</translation>
    </message>
    <message>
        <source>still open, but silent since %1: counted until then</source>
        <translation>sigue abierta, pero sin actividad desde las %1: contada hasta entonces</translation>
    </message>
    <message>
        <source>A child without a name</source>
        <translation>Un niño o niña sin nombre</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Session report: %1</source>
        <translation>Informe de sesión: %1</translation>
    </message>
    <message>
        <source>Session %1, made by Nido on %2.</source>
        <translation>Sesión %1, hecho por Nido el %2.</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <source>Lowest battery</source>
        <translation>Batería mínima</translation>
    </message>
    <message>
        <source>Mean battery</source>
        <translation>Batería media</translation>
    </message>
    <message>
        <source>Latency (95th percentile)</source>
        <translation>Latencia (percentil 95)</translation>
    </message>
    <message>
        <source>Mean audio quality</source>
        <translation>Calidad de audio media</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Heartbeats</source>
        <translation>Datos del dispositivo</translation>
    </message>
    <message>
        <source>minutes since the start</source>
        <translation>minutos desde el inicio</translation>
    </message>
    <message>
        <source>Memories this session created</source>
        <translation>Recuerdos que creó esta sesión</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Sin mensajes.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>From %1 to %2, made by Nido on %3.</source>
        <translation>Del %1 al %2, hecho por Nido el %3.</translation>
    </message>
    <message>
        <source>Time talked each day</source>
        <translation>Tiempo de conversación cada día</translation>
    </message>
    <message>
        <source>Minutes talked</source>
        <translation>Minutos hablados</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <source>%1 minutes in all; the daily limit is %2 minutes.</source>
        <translation>%1 minutos en total; el límite diario es de %2 minutos.</translation>
    </message>
    <message>
        <source>%1 minutes in all; no daily limit is set.</source>
        <translation>%1 minutos en total; no hay límite diario.</translation>
    </message>
    <message>
        <source>Minutes talked per day</source>
        <translation>Minutos hablados por día</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>día del periodo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Device alerts</source>
        <translation>Avisos del dispositivo</translation>
    </message>
    <message>
        <source>Time per agent</source>
        <translation>Tiempo por agente</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(sin agente)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <source>Created in the period: %1. Deleted in the period: %2.</source>
        <translation>Creados en el periodo: %1. Borrados en el periodo: %2.</translation>
    </message>
    <message>
        <source>The most important ones</source>
        <translation>Los más importantes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>sigue abierta</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
</context>
<context>
    <name>PendingChangesBar</name>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Sin guardar todavía: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Confirmar…</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>(otro)</translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation>Quién habla</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add what the child says</source>
        <translation>Añadir lo que dice el niño o niña</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Add the agent's answer</source>
        <translation>Añadir la respuesta del agente</translation>
    </message>
    <message>
        <source>e.g. es-ES</source>
        <translation>p. ej. es-ES</translation>
    </message>
    <message>
        <source>1.0</source>
        <translation>1,0</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
</context>
<context>
    <name>PersonaHistoryView</name>
    <message>
        <source>Version %1 · %2
%3</source>
        <translation>Versión %1 · %2
%3</translation>
    </message>
    <message>
        <source>saved in Nido by %1</source>
        <translation>guardada en Nido por %1</translation>
    </message>
    <message>
        <source>saved by someone else</source>
        <translation>guardada por otra persona</translation>
    </message>
    <message>
        <source>Version %1 → version %2</source>
        <translation>Versión %1 → versión %2</translation>
    </message>
    <message>
        <source>Only one version so far.</source>
        <translation>Por ahora solo hay una versión.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>A first name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2.</source>
        <translation>Un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>Use 24-hour HH:MM, such as 07:30 or 21:00.</source>
        <translation>Usa HH:MM de 24 horas, como 07:30 o 21:00.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Topics the companions must avoid</source>
        <translation>Temas que los compañeros deben evitar</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>Favourite topics</source>
        <translation>Temas favoritos</translation>
    </message>
    <message>
        <source>Learning style</source>
        <translation>Forma de aprender</translation>
    </message>
    <message>
        <source>Emotional tendencies</source>
        <translation>Tendencias emocionales</translation>
    </message>
    <message>
        <source>Favourite activities</source>
        <translation>Actividades favoritas</translation>
    </message>
    <message>
        <source>Favourite characters</source>
        <translation>Personajes favoritos</translation>
    </message>
    <message>
        <source>Siblings</source>
        <translation>Hermanos</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <source>Caregivers</source>
        <translation>Personas que le cuidan</translation>
    </message>
    <message>
        <source>Languages at home</source>
        <translation>Idiomas en casa</translation>
    </message>
    <message>
        <source>Native language</source>
        <translation>Lengua materna</translation>
    </message>
    <message>
        <source>Languages being learnt</source>
        <translation>Idiomas que aprende</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Problem solving</source>
        <translation>Resolver problemas</translation>
    </message>
    <message>
        <source>Memory (remembering)</source>
        <translation>Memoria (recordar)</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatía</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Emotional regulation</source>
        <translation>Gestión de las emociones</translation>
    </message>
    <message>
        <source>Wakes up at</source>
        <translation>Se despierta a las</translation>
    </message>
    <message>
        <source>Goes to bed at</source>
        <translation>Se acuesta a las</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Desayuno</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>Meriendas y tentempiés</translation>
    </message>
    <message>
        <source>Daily screen-time limit (minutes)</source>
        <translation>Límite diario de pantalla (minutos)</translation>
    </message>
    <message>
        <source>Usage the companion reports</source>
        <translation>Uso que indica el servicio de voz</translation>
    </message>
    <message>
        <source>At most %1 entries.</source>
        <translation>Como máximo %1 elementos.</translation>
    </message>
    <message>
        <source>An entry is empty.</source>
        <translation>Hay un elemento vacío.</translation>
    </message>
    <message>
        <source>Each entry has at most %1 characters.</source>
        <translation>Cada elemento tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>"%1" is not a time of day: use 24-hour HH:MM, such as 16:30.</source>
        <translation>«%1» no es una hora del día: usa HH:MM de 24 horas, como 16:30.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>«%1» está dos veces.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Child profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Topics the companions must avoid</source>
        <translation>Temas que los compañeros deben evitar</translation>
    </message>
    <message>
        <source>Every companion is told never to bring these up with your child.</source>
        <translation>A cada compañero se le indica que nunca saque estos temas con tu hijo o hija.</translation>
    </message>
    <message>
        <source>A topic to avoid, then Enter</source>
        <translation>Un tema que evitar y pulsa Intro</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Also recorded by the voice service (kept as it is):</source>
        <translation>También anotado por el servicio de voz (se conserva tal cual):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>e.g. es</source>
        <translation>p. ej. es</translation>
    </message>
    <message>
        <source>e.g. en, then Enter</source>
        <translation>p. ej. en y pulsa Intro</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>With others</source>
        <translation>Con los demás</translation>
    </message>
</context>
<context>
    <name>ProfileSnapshot</name>
    <message>
        <source>You may view this child's profile but not change it; nothing was saved.</source>
        <translation>Puedes ver el perfil de este niño o niña, pero no cambiarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>This child is no longer in the database.</source>
        <translation>Este niño o niña ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ProfileWriter</name>
    <message>
        <source>You may view this child's profile but not change it; nothing was saved.</source>
        <translation>Puedes ver el perfil de este niño o niña, pero no cambiarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The backend stored something other than a group of fields where Nido would write (%1); nothing was saved.</source>
        <translation>El servicio de voz guardó algo distinto de un grupo de campos donde Nido escribiría (%1); no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The profile was created by someone else at this very moment; nothing was saved.</source>
        <translation>Otra persona acaba de crear el perfil en este mismo momento; no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>No session has the id %1 (or it is not yours to see).</source>
        <translation>Ninguna sesión tiene el id %1 (o no puedes verla).</translation>
    </message>
    <message>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation>Ningún niño o niña tiene el id %1 (o no puedes verlo).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>"%1" is not a %2 id.</source>
        <translation>«%1» no es un id de %2.</translation>
    </message>
    <message>
        <source>Exporting this child's data needs the "manage" permission; nothing was written.</source>
        <translation>Exportar los datos de este niño o niña requiere el permiso «manage»; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation>Ningún niño o niña tiene el id %1 (o no puedes verlo).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño o niña</translation>
    </message>
    <message>
        <source>The period runs from a date to the same or a later one, as YYYY-MM-DD.</source>
        <translation>El periodo va de una fecha a la misma o a otra posterior, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A report covers at most a year.</source>
        <translation>Un informe abarca como mucho un año.</translation>
    </message>
    <message>
        <source>A child's data is exported as json or csv.</source>
        <translation>Los datos de un niño o niña se exportan como json o csv.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports and export</source>
        <translation>Informes y exportación</translation>
    </message>
    <message>
        <source>A session's report</source>
        <translation>El informe de una sesión</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Ninguna sesión</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>A report for a teacher or a therapist</source>
        <translation>Un informe para el profesorado o un terapeuta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Without the transcripts</source>
        <translation>Sin las transcripciones</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>All of your child's data</source>
        <translation>Todos los datos de tu hijo o hija</translation>
    </message>
    <message>
        <source>Everything stored about your child, as one file per table with a manifest of the row counts: yours to keep or to take to another service.</source>
        <translation>Todo lo guardado sobre tu hijo o hija, un archivo por tabla con un manifiesto del número de filas: para que lo guardes o lo lleves a otro servicio.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RoutinesEditor</name>
    <message>
        <source>Bedtime must come after waking, with a night of at least 4 hours (after midnight is fine, such as 00:30).</source>
        <translation>La hora de acostarse debe ser posterior a la de despertarse, con una noche de al menos 4 horas (después de medianoche vale, como 00:30).</translation>
    </message>
    <message>
        <source>Outside waking hours (%1 to %2).</source>
        <translation>Fuera de las horas despierto (de %1 a %2).</translation>
    </message>
    <message>
        <source>The snack at %1 is outside waking hours (%2 to %3).</source>
        <translation>La merienda de las %1 queda fuera de las horas despierto (de %2 a %3).</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yellow: awake. Blue: today's sessions. Lines: meals and snacks.</source>
        <translation>Amarillo: despierto. Azul: sesiones de hoy. Líneas: comidas y meriendas.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <source>A snack time (HH:MM), then Enter</source>
        <translation>Una hora de merienda (HH:MM) y pulsa Intro</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>Tiempo de pantalla</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Talked today, from the sessions</source>
        <translation>Hablado hoy, según las sesiones</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
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
    <message>
        <source>Nido's record of its own schema (nido.schema_migrations) lacks version %1 of %2, so it was changed by hand after Nido set it up. Nido does not know what else was undone and opens nothing; restore the database from a backup, or run that migration again by hand.</source>
        <translation>El registro del esquema de Nido (nido.schema_migrations) no tiene la versión %1 de %2, así que se cambió a mano después de que Nido lo instalara. Nido no sabe qué más se deshizo y no abre nada; restaura la base de datos desde una copia, o vuelve a ejecutar esa migración a mano.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n mensaje</numerusform><numerusform>%n mensajes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n memory(ies)</source>
        <translation><numerusform>%n recuerdo</numerusform><numerusform>%n recuerdos</numerusform></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>EN DIRECTO</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source>This session no longer exists.</source>
        <translation>Esta sesión ya no existe.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>Ninguna sesión coincide.</translation>
    </message>
    <message>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En directo ahora</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n mensaje</numerusform><numerusform>%n mensajes</numerusform></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>room: %1</source>
        <translation>sala: %1</translation>
    </message>
    <message>
        <source>started by: %1</source>
        <translation>iniciada por: %1</translation>
    </message>
    <message>
        <source>a parent was present</source>
        <translation>había un adulto presente</translation>
    </message>
    <message>
        <source>no parent present</source>
        <translation>sin adultos presentes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <source>Memories (%1)</source>
        <translation>Recuerdos (%1)</translation>
    </message>
    <message>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Now using: %1</source>
        <translation>En uso: %1</translation>
    </message>
    <message>
        <source>the embedded demo database</source>
        <translation>la base de datos de demostración integrada</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Nido's embedded demo database</source>
        <translation>La base de datos de demostración integrada de Nido</translation>
    </message>
    <message>
        <source>A voice backend's PostgreSQL server</source>
        <translation>El servidor PostgreSQL de un backend de voz</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Asked for at start unless kept in the keychain</source>
        <translation>Se pide al abrir salvo que esté en el llavero</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Certificado raíz</translation>
    </message>
    <message>
        <source>Path to the server's CA certificate (verify-ca, verify-full)</source>
        <translation>Ruta del certificado de la CA del servidor (verify-ca, verify-full)</translation>
    </message>
    <message>
        <source>Keep the password in the system keychain</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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