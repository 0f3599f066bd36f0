<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/activity/ActivityPage.qml" line="+50"/>
        <source>Activity and device health</source>
        <translation>Actividad y dispositivo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Daily screen-time limit: %1 min; %n day(s) over it.</source>
        <translation>
            <numerusform>Límite diario de tiempo de pantalla: %1 min; superado %n día.</numerusform>
            <numerusform>Límite diario de tiempo de pantalla: %1 min; superado %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No daily screen-time limit is set in the routine.</source>
        <translation>La rutina no fija un límite diario de tiempo de pantalla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waking hours: %1 to %2.</source>
        <translation>Horas de vigilia: de %1 a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The routine has no wake and bed time.</source>
        <translation>La rutina no tiene hora de levantarse ni de dormir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes talked per day</source>
        <translation>Minutos de conversación por día</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sessions per day</source>
        <translation>Sesiones por día</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>During waking hours</source>
        <translation>En horas de vigilia</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+27"/>
        <source>Outside waking hours</source>
        <translation>Fuera de las horas de vigilia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use per agent</source>
        <translation>Uso por agente</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Device health</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Loading the activity</source>
        <translation>Cargando la actividad</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
</context>
<context>
    <name>AgentContextPreview</name>
    <message>
        <location filename="../models/agents/agentcontextpreview.cpp" line="+112"/>
        <source>Importance %1, below %2 (the least important memory given).</source>
        <translation>Importancia %1, por debajo de %2 (el recuerdo menos importante que recibe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As important as the last memory given, but older (%1).</source>
        <translation>Tan importante como el último recuerdo que recibe, pero más antiguo (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As important and as old as the last memory given: the query has no further order, and the database picked the others.</source>
        <translation>Igual de importante y de antiguo que el último recuerdo dado: la consulta no ordena más allá, y la base de datos eligió los otros.</translation>
    </message>
</context>
<context>
    <name>AgentDelegate</name>
    <message>
        <location filename="../ui/agents/AgentDelegate.qml" line="+38"/>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another child&apos;s</source>
        <translation>De otro niño o niña</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n memories of this child</source>
        <translation>
            <numerusform>%n recuerdo de este niño/a</numerusform>
            <numerusform>%n recuerdos de este niño/a</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This week: %n session(s), %1 min</source>
        <translation>
            <numerusform>Esta semana: %n sesión, %1 min</numerusform>
            <numerusform>Esta semana: %n sesiones, %1 min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last talked %1</source>
        <translation>Última conversación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never talked</source>
        <translation>Aún no han hablado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 % of this week&apos;s time</source>
        <translation>%1 % del tiempo de esta semana</translation>
    </message>
</context>
<context>
    <name>AgentEditor</name>
    <message>
        <location filename="../models/agents/agenteditor.cpp" line="+36"/>
        <source>A public agent is shared by every family: duplicate it to make one of your own to edit.</source>
        <translation>Un agente público lo comparten todas las familias: duplícalo para tener uno propio que puedas editar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This agent belongs to another child: duplicate it to edit a copy of your own.</source>
        <translation>Este agente es de otro niño o niña: duplícalo para editar una copia propia.</translation>
    </message>
    <message>
        <location filename="../models/agents/agentstore.cpp" line="+43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tone</source>
        <translation>Forma de hablar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows about</source>
        <translation>Temas que conoce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules it keeps</source>
        <translation>Normas que cumple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example dialogue</source>
        <translation>Diálogo de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitch</source>
        <translation>Tono de voz</translation>
    </message>
    <message>
        <location filename="../models/agents/personahistorymodel.cpp" line="+133"/>
        <source>Other settings</source>
        <translation>Otros ajustes</translation>
    </message>
    <message>
        <location filename="../models/agents/agenteditor.cpp" line="+45"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location filename="../models/agents/agentstore.cpp" line="-11"/>
        <source>An agent needs a name.</source>
        <translation>Un agente necesita un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions cannot be empty: they are what the agent is told to be.</source>
        <translation>Las instrucciones no pueden quedar vacías: definen quién es el agente.</translation>
    </message>
</context>
<context>
    <name>AgentKnowledgeView</name>
    <message>
        <location filename="../ui/memories/AgentKnowledgeView.qml" line="+26"/>
        <source>Who knows what</source>
        <translation>Quién sabe qué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many of the child&apos;s memories each agent is given when it talks with the child: its own, and those shared with every agent, leaving out the expired ones. Choose a number to see those memories.</source>
        <translation>Cuántos recuerdos del niño o la niña recibe cada agente cuando habla con él o ella: los suyos y los compartidos con todos los agentes, sin contar los caducados. Elige un número para ver esos recuerdos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No agent is given any of this child&apos;s memories.</source>
        <translation>Ningún agente recibe recuerdos de este niño o niña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who knows what: memories each agent is given, by category</source>
        <translation>Quién sabe qué: recuerdos que recibe cada agente, por categoría</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%1 is given %n %2 memories</source>
        <translation>
            <numerusform>%1 recibe %n recuerdo de %2</numerusform>
            <numerusform>%1 recibe %n recuerdos de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentPreview</name>
    <message>
        <location filename="../ui/agents/AgentPreview.qml" line="+76"/>
        <source>Who it is told to be</source>
        <translation>Quién debe ser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tone: %1</source>
        <translation>Forma de hablar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the child</source>
        <translation>Sobre el niño o niña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age: %1. Interests: %2. Topics to avoid: %3.</source>
        <translation>Edad: %1. Intereses: %2. Temas que evitar: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The %n memories it is given</source>
        <translation>
            <numerusform>El recuerdo que recibe</numerusform>
            <numerusform>Los %n recuerdos que recibe</numerusform>
        </translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 · importance %2%3</source>
        <translation>%1 · importancia %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · shared by all agents</source>
        <translation> · compartido con todos los agentes</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No episodic memory reaches this agent yet.</source>
        <translation>Este agente aún no recibe ningún recuerdo episódico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Just missed the cut</source>
        <translation>Se quedaron fuera por poco</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Latest conversation with it</source>
        <translation>Última conversación con él</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Child: %1</source>
        <translation>Niño/a: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>They have not talked yet.</source>
        <translation>Aún no han hablado.</translation>
    </message>
</context>
<context>
    <name>AgentStore</name>
    <message>
        <location filename="../models/agents/agentstore.cpp" line="+53"/>
        <source>This agent was deleted, or you may not change it; nothing was saved.</source>
        <translation>Este agente se ha borrado, o no puedes cambiarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This agent is no longer in the database.</source>
        <translation>Este agente ya no está en la base de datos.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>You may not change this agent; nothing was saved.</source>
        <translation>No puedes cambiar este agente; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+21"/>
        <source>You may not add agents for this child.</source>
        <translation>No puedes añadir agentes para este niño o niña.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <source>You may not delete this agent.</source>
        <translation>No puedes borrar este agente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>You may not delete this agent; nothing was deleted.</source>
        <translation>No puedes borrar este agente; no se ha borrado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other children&apos;s memories or sessions use this agent, so it cannot be deleted; nothing was deleted.</source>
        <translation>Recuerdos o sesiones de otros niños usan este agente, así que no se puede borrar; no se ha borrado nada.</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../ui/agents/AgentsPage.qml" line="+16"/>
        <location line="+55"/>
        <location line="+19"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New agent…</source>
        <translation>Nuevo agente…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Duplicate to edit</source>
        <translation>Duplicar para editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Persona</source>
        <translation>Personalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it sees</source>
        <translation>Qué ve</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A new agent for this child</source>
        <translation>Un agente nuevo para este niño o niña</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructions: who it is and how it talks to your child</source>
        <translation>Instrucciones: quién es y cómo habla con tu hijo o hija</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete this agent?</source>
        <translation>¿Borrar este agente?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other children&apos;s memories or sessions use this agent, so it cannot be deleted.</source>
        <translation>Recuerdos o sesiones de otros niños usan este agente, así que no se puede borrar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n memories of this child name this agent; deleted alone, they become shared with every agent.</source>
        <translation>
            <numerusform>%n recuerdo de este niño/a está asociado a este agente; si borras solo el agente, pasará a compartirse con todos los agentes.</numerusform>
            <numerusform>%n recuerdos de este niño/a están asociados a este agente; si borras solo el agente, pasarán a compartirse con todos los agentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s) name it; they stay, without their agent.</source>
        <translation>
            <numerusform>%n sesión está asociada a él; se conservará, pero sin agente.</numerusform>
            <numerusform>%n sesiones están asociadas a él; se conservarán, pero sin agente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the agent, keep the memories</source>
        <translation>Borrar solo el agente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the agent and its memories</source>
        <translation>Borrar agente y recuerdos</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <location filename="../ui/attention/AttentionPage.qml" line="+20"/>
        <source>New to review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New memories (%1)</source>
        <translation>Recuerdos nuevos (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avoided topics that came up (%1)</source>
        <translation>Temas a evitar que salieron (%1)</translation>
    </message>
</context>
<context>
    <name>AttentionSummary</name>
    <message>
        <location filename="../models/attention/attentionsummary.cpp" line="+96"/>
        <source>Choosing which categories are sensitive needs the &quot;edit&quot; permission; nothing was changed.</source>
        <translation>Elegir qué categorías son delicadas requiere el permiso «editar»; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>AttentionWatcher</name>
    <message>
        <location filename="../models/attention/attentionwatcher.cpp" line="+143"/>
        <source>Your child</source>
        <translation>Tu hijo o hija</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is talking outside waking hours</source>
        <translation>%1 está hablando fuera de sus horas de vigilia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversation with %1 started at %2; waking hours are %3 to %4.</source>
        <translation>Una conversación con %1 empezó a las %2; las horas de vigilia son de %3 a %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agent</source>
        <translation>un agente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent</source>
        <translation>El agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«%1» came up in %2&apos;s conversation</source>
        <translation>Salió «%1» en la conversación de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1&apos;s device keeps reporting problems</source>
        <translation>El dispositivo de %1 sigue dando problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) in the last %1 minutes; the latest: %2</source>
        <translation>
            <numerusform>%n problema en los últimos %1 minutos; el último: %2</numerusform>
            <numerusform>%n problemas en los últimos %1 minutos; el último: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>your child</source>
        <translation>tu hijo o hija</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new memory(ies) about %1 in a sensitive category</source>
        <translation>
            <numerusform>%n recuerdo nuevo sobre %1 de una categoría delicada</numerusform>
            <numerusform>%n recuerdos nuevos sobre %1 de una categoría delicada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaregiverAdmin</name>
    <message>
        <location filename="../models/caregivers/caregiveradmin.cpp" line="+32"/>
        <source>&quot;%1&quot; does not start with a child&apos;s id.</source>
        <translation>«%1» no empieza por el id de un niño o niña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: the permission is view, edit or manage.</source>
        <translation>«%1»: el permiso es view, edit o manage.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give the caregiver a display name.</source>
        <translation>Indica el nombre visible del cuidador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A caregiver may hold from 1 to %1 connections at once.</source>
        <translation>Un cuidador puede tener de 1 a %1 conexiones a la vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caregiver accounts need Nido&apos;s additions: run nido migrate first.</source>
        <translation>Las cuentas de cuidador necesitan las ampliaciones de Nido: ejecuta antes nido migrate.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>A role name has 1 to %1 bytes (accented letters take two).</source>
        <translation>Un nombre de rol tiene de 1 a %1 bytes (las letras con tilde ocupan dos).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The role &quot;%1&quot; already exists and is not one of Nido&apos;s caregivers: choose another name.</source>
        <translation>El rol «%1» ya existe y no es de un cuidador de Nido: elige otro nombre.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No child has the id %1; nothing was changed.</source>
        <translation>Ningún niño o niña tiene el id %1; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>CaregiverLogView</name>
    <message>
        <location filename="../ui/memories/CaregiverLogView.qml" line="+16"/>
        <source>deletion-receipt-%1.pdf</source>
        <translation>justificante-de-borrado-%1.pdf</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>viewed</source>
        <translation>consultó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>corrected</source>
        <translation>corrigió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>borró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>exportó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory %1</source>
        <translation>recuerdo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conversation of %1</source>
        <translation>la conversación del %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a conversation since deleted</source>
        <translation>una conversación ya borrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every message of the child</source>
        <translation>todos los mensajes del niño/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lines that name an avoided topic</source>
        <translation>las frases que nombran un tema a evitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the child&apos;s memories</source>
        <translation>los recuerdos del niño/a</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receipt…</source>
        <translation>Justificante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt of the deletion of %1</source>
        <translation>Guardar el justificante del borrado del %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No caregiver has viewed or changed this child&apos;s data through a caregiver account.</source>
        <translation>Ningún cuidador ha consultado ni cambiado los datos de este niño o niña con una cuenta de cuidador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the deletion&apos;s receipt</source>
        <translation>Guardar el justificante del borrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ChildDataExport</name>
    <message>
        <location filename="../models/reports/childdataexport.cpp" line="+101"/>
        <source>%1 already exists; choose a new folder for the export.</source>
        <translation>%1 ya existe; elige una carpeta nueva para la exportación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation>Ningún niño o niña tiene el id %1 (o no puedes verlo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+3"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>La exportación se canceló; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot replace the empty folder %1.</source>
        <translation>No se puede sustituir la carpeta vacía %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot move the export into %1.</source>
        <translation>No se puede mover la exportación a %1.</translation>
    </message>
</context>
<context>
    <name>ChildOverview</name>
    <message>
        <location filename="../models/children/childoverviewfigures.cpp" line="+18"/>
        <source>This child is no longer in the database.</source>
        <translation>Este niño o niña ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ChipListField</name>
    <message>
        <location filename="../ui/profile/ChipListField.qml" line="+12"/>
        <source>Add and press Enter</source>
        <translation>Escribe y pulsa Intro</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove %1 from %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already in the list.</source>
        <translation>Ya está en la lista.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+48"/>
        <source>Open a voice backend&apos;s PostgreSQL database, given as a libpq connection string or postgresql:// URI (PG* variables, ~/.pgpass and service files apply). Without it Nido uses its embedded database.</source>
        <translation>Abre la base de datos PostgreSQL de un servicio de voz, dada como cadena de conexión de libpq o URI postgresql:// (valen las variables PG*, ~/.pgpass y los archivos de servicio). Sin ella, Nido usa su base de datos integrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conninfo</source>
        <comment>a value name in --help</comment>
        <translation>conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the embedded database in this folder.</source>
        <translation>Guarda la base de datos integrada en esta carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <comment>a value name in --help</comment>
        <translation>carpeta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this database does not have Nido&apos;s additions yet (schema %1 of %2); run nido migrate --database … first</source>
        <translation>esta base de datos todavía no tiene las adiciones de Nido (esquema %1 de %2); ejecuta antes nido migrate --database …</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>See and control what voice AI companions know about your child.

Commands:
  (none)      open the window
  migrate     create the schema on an empty database, or add Nido&apos;s own
              tables and indexes beside a voice backend&apos;s schema
  demo-data   fill an empty database with a demo family
              [--children N] [--scale seed]
  admin add-caregiver --role NAME --display-name TEXT
              --child ID:view|edit|manage [--child ...] [--password-file FILE]
              [--max-connections N]
              create a caregiver login that reaches only those children
  export session ID --format pdf|json|csv -o FILE
  export report --child ID --from DATE --to DATE -o FILE.pdf [--without-transcripts]
  export child ID --format json|csv -o FOLDER
  export receipt ENTRY --format pdf|json -o FILE
              a session&apos;s report, a period&apos;s report, all of a child&apos;s data,
              or the receipt of a deletion (its number in the caregivers&apos; log)
  purge-expired
              delete the memories past their expiry, as a parent&apos;s deletion does</source>
        <translation>Consulta y controla lo que los compañeros de voz con IA saben de tu hijo o hija.

Órdenes:
  (ninguna)   abre la ventana
  migrate     crea el esquema en una base de datos vacía, o añade las tablas
              e índices propios de Nido junto al esquema de un servicio de voz
  demo-data   llena una base de datos vacía con una familia de demostración
              [--children N] [--scale seed]
  admin add-caregiver --role NOMBRE --display-name TEXTO
              --child ID:view|edit|manage [--child ...] [--password-file ARCHIVO]
              [--max-connections N]
              crea una cuenta de cuidador con acceso solo a esos niños
  export session ID --format pdf|json|csv -o ARCHIVO
  export report --child ID --from FECHA --to FECHA -o ARCHIVO.pdf [--without-transcripts]
  export child ID --format json|csv -o CARPETA
  export receipt NÚMERO --format pdf|json -o ARCHIVO
              el informe de una sesión, el de un periodo, todos los datos de un niño o niña,
              o el justificante de un borrado (su número en el registro de cuidadores)
  purge-expired
              borra los recuerdos que ya han caducado, como lo hace un borrado tuyo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[command]</source>
        <comment>a value name in --help</comment>
        <translation>[orden]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo-data: how many children (default 2).</source>
        <translation>demo-data: cuántos niños (2 por omisión).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo-data: &quot;seed&quot; for the seed&apos;s size table (1,000 children, 2,000,000 heartbeats).</source>
        <translation>demo-data: «seed» para la tabla de tamaños del esquema (1.000 niños, 2.000.000 de lecturas del dispositivo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <comment>a value name in --help</comment>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name</source>
        <comment>a value name in --help</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <comment>a value name in --help</comment>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <comment>a value name in --help</comment>
        <translation>enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <comment>a value name in --help</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin: how many connections the caregiver may hold at once (default %1).</source>
        <translation>admin: cuántas conexiones puede tener el cuidador a la vez (%1 si no se indica).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <comment>a value name in --help</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the window hidden: the tray icon opens it, and notices of what needs your attention still come.</source>
        <translation>Empezar con la ventana oculta: el icono de la bandeja la abre, y los avisos de lo que necesita tu atención siguen llegando.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown command &quot;%1&quot;; see nido --help</source>
        <translation>orden desconocida «%1»; consulta nido --help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--max-connections belongs to admin add-caregiver</source>
        <translation>--max-connections es una opción de admin add-caregiver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--children and --scale belong to demo-data</source>
        <translation>--children y --scale son opciones de demo-data</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>gave %1 Nido&apos;s row rules and statistics settings</source>
        <translation>%1 recibió las reglas de filas y los ajustes de estadísticas de Nido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory_contexts is partitioned, so memory_access_log has no foreign key to it; Nido removes a deleted memory&apos;s access-log rows itself</source>
        <translation>memory_contexts está particionada, así que memory_access_log no tiene clave foránea hacia ella; Nido borra él mismo las filas del registro de accesos de un recuerdo borrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The schema is up to date (version %1).</source>
        <translation>El esquema está al día (versión %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied %1</source>
        <translation>aplicada %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>deleted %1 expired memories so far</source>
        <translation>%1 recuerdos caducados borrados hasta ahora</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>deleted %n expired memories</source>
        <translation>
            <numerusform>%n recuerdo caducado borrado</numerusform>
            <numerusform>%n recuerdos caducados borrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--scale seed has its own number of children (1,000)</source>
        <translation>--scale seed ya fija su número de niños (1.000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown scale &quot;%1&quot;; the only one is &quot;seed&quot;</source>
        <translation>escala desconocida «%1»; la única es «seed»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--children takes a number from 1 to 100000</source>
        <translation>--children admite un número de 1 a 100.000</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database already has %1 children; demo data only goes into a database without any, so real data is never mixed with it</source>
        <translation>la base de datos ya tiene %1 niños; los datos de demostración solo van a una base de datos sin ninguno, para no mezclarlos nunca con datos reales</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>demo data loaded in %1 s</source>
        <translation>datos de demostración cargados en %1 s</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--max-connections takes a whole number</source>
        <translation>--max-connections necesita un número entero</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Nido&apos;s row rules and statistics settings on %1</source>
        <translation>las reglas de filas y los ajustes de estadísticas de Nido en %1</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>admin: the caregiver&apos;s login role.</source>
        <translation>admin: el rol de acceso del cuidador.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>migrate, demo-data, admin add-caregiver, export or purge-expired</source>
        <translation>migrate, demo-data, admin add-caregiver, export o purge-expired</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>admin: the caregiver&apos;s name as shown.</source>
        <translation>admin: el nombre visible del cuidador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin: a child the caregiver reaches, as id:view, id:edit or id:manage.</source>
        <translation>admin: un niño o niña al que el cuidador tiene acceso, como id:view, id:edit o id:manage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin: read the login password from this file.</source>
        <translation>admin: lee la contraseña de acceso de este archivo.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>caregiver %1 reaches %n child(ren)</source>
        <translation>
            <numerusform>el cuidador %1 tiene acceso a %n niño o niña</numerusform>
            <numerusform>el cuidador %1 tiene acceso a %n niños</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Nido</source>
        <translation>Nido</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nido could not open the database set in Settings:
%1

It opens its embedded database instead.</source>
        <translation>Nido no ha podido abrir la base de datos indicada en Ajustes:
%1

En su lugar, Nido abrirá su base de datos integrada.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>--database is empty; give a connection string, or leave the option out to use the embedded database</source>
        <translation>--database está vacío; indica una cadena de conexión, o quita la opción para usar la base de datos integrada</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>%1 holds no password</source>
        <translation>%1 no contiene ninguna contraseña</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>added the schema document&apos;s %1</source>
        <translation>añadido (lo recomienda el documento del esquema): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>warning: planner statistics gathered earlier still hold other families&apos; values in %1 columns (%2). Only a superuser can remove them:
  %3</source>
        <translation>aviso: las estadísticas del planificador reunidas antes aún guardan valores de otras familias en %1 columnas (%2). Solo un superusuario puede quitarlas:
  %3</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>--role belongs to admin add-caregiver</source>
        <translation>--role es una opción de admin add-caregiver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--child belongs to admin add-caregiver and export report</source>
        <translation>--child es una opción de admin add-caregiver y de export report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export report takes one --child ID</source>
        <translation>export report lleva un único --child ID</translation>
    </message>
</context>
<context>
    <name>ConfirmChangesDialog</name>
    <message>
        <location filename="../ui/memories/ConfirmChangesDialog.qml" line="+12"/>
        <source>Confirm changes</source>
        <translation>Confirmar los cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete memories</source>
        <translation>Borrar recuerdos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply the changes</source>
        <translation>Aplicar los cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These changes will be made now and cannot be undone afterwards:</source>
        <translation>Estos cambios se harán ahora y después no se podrán deshacer:</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../models/settings/connectionsettings.cpp" line="+82"/>
        <source>Give the server&apos;s host name.</source>
        <translation>Indica el nombre del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port goes from 1 to 65535.</source>
        <translation>El puerto va de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the database&apos;s name.</source>
        <translation>Indica el nombre de la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user name.</source>
        <translation>Indica el nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an SSL mode.</source>
        <translation>«%1» no es un modo SSL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trying the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved. Nido uses these settings the next time it starts.</source>
        <translation>Guardado. Nido usará estos ajustes la próxima vez que se abra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain did not keep the password (%1): Nido will ask for it.</source>
        <translation>El llavero del sistema no ha guardado la contraseña (%1): Nido la pedirá.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/core/database.cpp" line="+28"/>
        <source>The database connection string is not valid: %1</source>
        <translation>La cadena de conexión a la base de datos no es válida: %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>The server accepts only so many changes from one caregiver in a day, and this would pass it; nothing was saved. Try again tomorrow, or ask whoever runs the database.</source>
        <translation>El servidor acepta un número limitado de cambios de cada cuidador al día, y este lo superaría; no se ha guardado nada. Vuelve a intentarlo mañana o consulta a quien administra la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused a text as too long; nothing was saved. (%1)</source>
        <translation>El servidor ha rechazado un texto por ser demasiado largo; no se ha guardado nada. (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection to the database is closed.</source>
        <translation>La conexión con la base de datos está cerrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/core/sqlconnection.cpp" line="+398"/>
        <source>The connection to the database was lost.</source>
        <translation>Se ha perdido la conexión con la base de datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../models/core/sqlconnection.cpp" line="-243"/>
        <location line="+200"/>
        <source>Not connected to PostgreSQL.</source>
        <translation>No hay conexión con PostgreSQL.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The port &quot;%1&quot; is not a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es un número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The database connection string names no database; add dbname=NAME (or a path in a postgresql:// URI).</source>
        <translation>La cadena de conexión no nombra ninguna base de datos; añade dbname=NOMBRE (o una ruta en un URI postgresql://).</translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../ui/profile/DayTimeline.qml" line="+27"/>
        <source>Snack</source>
        <translation>Merienda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The day from midnight to midnight: waking hours, meals and today&apos;s sessions</source>
        <translation>El día de medianoche a medianoche: horas de vigilia, comidas y las sesiones de hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Awake from %1 to %2.</source>
        <translation>Despierto/a de %1 a %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No wake and bed time.</source>
        <translation>Sin hora de levantarse ni de acostarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) today</source>
        <translation>
            <numerusform>%n sesión hoy</numerusform>
            <numerusform>%n sesiones hoy</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <location filename="../models/core/dberror.cpp" line="+25"/>
        <source>You are not allowed to see or change this.</source>
        <translation>No tienes permiso para ver o cambiar esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is still in use.</source>
        <translation>Esto todavía está en uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the database was lost. What is shown may be out of date.</source>
        <translation>Se perdió la conexión con la base de datos. Lo que se muestra puede no estar al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this at the same time.</source>
        <translation>Otra persona cambió esto al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This could not be loaded.</source>
        <translation>No se pudo cargar.</translation>
    </message>
</context>
<context>
    <name>DemoContent</name>
    <message>
        <location filename="../models/demo/democontent.cpp" line="+15"/>
        <source>Demo material %1 is missing.</source>
        <translation>Falta el material de demostración %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo material %1 is not valid JSON: %2</source>
        <translation>El material de demostración %1 no es JSON válido: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../models/demo/demodatagenerator.cpp" line="+133"/>
        <source>Not connected to PostgreSQL.</source>
        <translation>No hay conexión con PostgreSQL.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The demo data was loaded, but not its devices&apos; heartbeats: %1</source>
        <translation>Los datos de demostración se cargaron, pero no las lecturas de sus dispositivos: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../models/attention/desktopnotifier.cpp" line="+94"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>DeviceHealth</name>
    <message numerus="yes">
        <location filename="../models/sessions/devicehealth.cpp" line="+412"/>
        <source>it reported %n error(s)</source>
        <translation>
            <numerusform>informó de %n error</numerusform>
            <numerusform>informó de %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the battery ran low %n time(s)</source>
        <translation>
            <numerusform>la batería se quedó baja %n vez</numerusform>
            <numerusform>la batería se quedó baja %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the connection was slow %n time(s)</source>
        <translation>
            <numerusform>la conexión fue lenta %n vez</numerusform>
            <numerusform>la conexión fue lenta %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the sound was poor %n time(s)</source>
        <translation>
            <numerusform>el sonido fue malo %n vez</numerusform>
            <numerusform>el sonido fue malo %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it ran hot %n time(s)</source>
        <translation>
            <numerusform>se calentó %n vez</numerusform>
            <numerusform>se calentó %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>it warned %n time(s) without saying why</source>
        <translation>
            <numerusform>avisó %n vez sin decir por qué</numerusform>
            <numerusform>avisó %n veces sin decir por qué</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no problem was reported</source>
        <translation>no informó de ningún problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>DeviceHealthCharts</name>
    <message>
        <location filename="../ui/sessions/DeviceHealthCharts.qml" line="+34"/>
        <location line="+74"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+95"/>
        <source>Audio quality</source>
        <translation>Calidad de audio</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+116"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>No heartbeats in this range.</source>
        <translation>No hay lecturas del dispositivo en este intervalo.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Response time (ms)</source>
        <translation>Tiempo de respuesta (ms)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio quality (%)</source>
        <translation>Calidad del audio (%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Engagement (%)</source>
        <translation>Implicación (%)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Processor use (%)</source>
        <translation>Uso del procesador (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device memory in use (%)</source>
        <extracomment>The device&apos;s working memory (RAM), not one of the child&apos;s memories.</extracomment>
        <translation>Memoria del dispositivo en uso (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wi-Fi signal (dBm, higher is better)</source>
        <translation>Señal wifi (dBm; cuanto más alta, mejor)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Response time above (ms)</source>
        <translation>Tiempo de respuesta por encima de (ms)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Threshold crossings (%1; the first 20)</source>
        <translation>Umbrales superados (%1; los 20 primeros)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Technical details: every report, and how the charts are made</source>
        <translation>Detalles técnicos: todos los avisos y cómo se hacen las gráficas</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 points, each the mean of %n second(s) of heartbeats</source>
        <translation>
            <numerusform>%1 puntos, cada uno la media de %n segundo de lecturas del dispositivo</numerusform>
            <numerusform>%1 puntos, cada uno la media de %n segundos de lecturas del dispositivo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device: %1</source>
        <translation>dispositivo: %1</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Battery (%)</source>
        <translation>Batería (%)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Battery low</source>
        <translation>Batería baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow connection</source>
        <translation>Conexión lenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor sound</source>
        <translation>Sonido malo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running hot</source>
        <translation>Se calienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning without a reason</source>
        <translation>Aviso sin motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+84"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error without a message</source>
        <translation>Error sin mensaje</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n report(s))</source>
        <translation>
            <numerusform>(%n aviso)</numerusform>
            <numerusform>(%n avisos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last at %1</source>
        <translation>el último: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Low battery</source>
        <translation>Batería baja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slow</source>
        <translation>Conexión lenta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Engagement</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Poor audio</source>
        <translation>Audio deficiente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hot</source>
        <translation>Temperatura alta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Battery below (%)</source>
        <translation>Batería mínima (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Audio quality below (%)</source>
        <translation>Calidad de audio mínima (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Temperature above (°C)</source>
        <translation>Temperatura máxima (°C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defaults</source>
        <translation>Valores por omisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Threshold crossings (%1)</source>
        <translation>Umbrales superados (%1)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Memory</source>
        <comment>device RAM</comment>
        <translation>Memoria</translation>
    </message>
</context>
<context>
    <name>DeviceHealthSection</name>
    <message>
        <location filename="../ui/sessions/DeviceHealthSection.qml" line="+19"/>
        <source>Device health charts</source>
        <translation>Gráficos del estado del dispositivo</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <location filename="../models/core/draftstore.cpp" line="+83"/>
        <source>Cannot create the drafts folder %1.</source>
        <translation>No se puede crear la carpeta de borradores %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot keep the draft in %1: %2</source>
        <translation>No se puede guardar el borrador en %1: %2</translation>
    </message>
</context>
<context>
    <name>EditorBar</name>
    <message>
        <location filename="../ui/profile/EditorBar.qml" line="+37"/>
        <source>Changes from %1 were never saved.</source>
        <translation>Hay cambios del %1 que no llegaron a guardarse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring them back</source>
        <translation>Recuperarlos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throw them away</source>
        <translation>Descartarlos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved meanwhile by someone else:</source>
        <translation>Lo que guardó otra persona mientras tanto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Take theirs</source>
        <translation>Usar esa versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed:</source>
        <translation>Lo que escribiste:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep mine</source>
        <translation>Conservar mi versión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes (kept as a draft on this computer)</source>
        <translation>Cambios sin guardar (se conservan como borrador en este equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved at %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <location filename="../models/core/embeddedserver.cpp" line="+120"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+87"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>PostgreSQL cannot run as root and the user &quot;%1&quot; does not exist. Install the postgresql package, which creates it.</source>
        <translation>PostgreSQL no puede ejecutarse como root y el usuario «%1» no existe. Instala el paquete postgresql, que lo crea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot hand %1 to the user %2: %3</source>
        <translation>No se puede ceder %1 al usuario %2: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A PostgreSQL server (pid %1) holds Nido&apos;s data folder %2 but cannot be reached. Stop it and start Nido again.</source>
        <translation>Un servidor PostgreSQL (pid %1) ocupa la carpeta de datos de Nido %2 pero no responde. Detenlo y vuelve a abrir Nido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove the stale %1.</source>
        <translation>No se puede borrar el %1 abandonado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install them (Debian: apt install postgresql) or open a backend&apos;s database with --database.</source>
        <translation>No se encuentran los programas del servidor PostgreSQL (initdb, pg_ctl). Instálalos (Debian: apt install postgresql) o abre la base de datos de un servicio de voz con --database.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create a private socket folder in %1.</source>
        <translation>No se puede crear una carpeta privada para el socket en %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another Nido has been starting or stopping the embedded database for two minutes; try again.</source>
        <translation>Otro Nido lleva dos minutos iniciando o deteniendo la base de datos integrada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write in the folder %1.</source>
        <translation>No se puede escribir en la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.qml" line="+55"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/exportcommand.cpp" line="+22"/>
        <source>export: pdf, json or csv.</source>
        <translation>export: pdf, json o csv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <comment>a value name in --help</comment>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: the file (or, for a child&apos;s data, the folder) to write.</source>
        <translation>export: el archivo (o, para los datos de un niño o niña, la carpeta) de destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <comment>a value name in --help</comment>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export report: the first day, as YYYY-MM-DD.</source>
        <translation>export report: el primer día, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>date</source>
        <comment>a value name in --help</comment>
        <translation>fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export report: the last day, as YYYY-MM-DD.</source>
        <translation>export report: el último día, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export report: leave the sessions&apos; transcripts out.</source>
        <translation>export report: sin las transcripciones de las sesiones.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>say where to write with -o PATH</source>
        <translation>indica dónde escribir con -o RUTA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &quot;%1&quot;; use pdf, json or csv</source>
        <translation>formato «%1» desconocido; usa pdf, json o csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>exported %1 of %2 rows</source>
        <translation>exportadas %1 de %2 filas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from y --to llevan fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a period report is a pdf</source>
        <translation>el informe de un periodo solo puede ser pdf</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../models/reports/exportjob.cpp" line="+70"/>
        <source>%1 – session %2</source>
        <extracomment>A suggested file name: the child&apos;s name and the day of the session.</extracomment>
        <translation>%1 – sesión %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – report %2 to %3</source>
        <extracomment>A suggested file name: the child&apos;s name and the report&apos;s first and last day.</extracomment>
        <translation>%1 – informe del %2 al %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a file to save to: no file name was given.</source>
        <translation>Elige un archivo donde guardar: no se indicó ningún nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save to “%1”: it is a folder. Choose a file name.</source>
        <translation>No se puede guardar en «%1»: es una carpeta. Elige un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save “%1”: the folder %2 does not exist.</source>
        <translation>No se puede guardar «%1»: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save “%1”: you may not write in %2.</source>
        <translation>No se puede guardar «%1»: no tienes permiso para escribir en %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../models/core/formeditor.cpp" line="+280"/>
        <source>Seeing (visual)</source>
        <translation>Viendo (visual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening (auditory)</source>
        <translation>Escuchando (auditivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing (kinesthetic)</source>
        <translation>Haciendo (kinestésico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and writing</source>
        <translation>Leyendo y escribiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beginner</source>
        <translation>Nivel inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>Nivel intermedio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simple</source>
        <translation>Simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound</source>
        <translation>Compuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex</source>
        <translation>Complejas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emerging</source>
        <translation>Incipiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developing</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Buen nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Nivel avanzado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Someone else changed this since you opened it. For each field below, choose which version to keep; then save again.</source>
        <translation>Otra persona cambió esto desde que lo abriste. En cada campo de abajo, elige qué versión conservar y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1 Your changes are kept; save again when this is fixed.</source>
        <translation>No se ha guardado: %1 Tus cambios se conservan; vuelve a guardar cuando esté resuelto.</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../models/core/formfield.cpp" line="+92"/>
        <source>Child: %1</source>
        <translation>Niño/a: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A whole number from %1 to %2.</source>
        <translation>Un número entero de %1 a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number from %1 to %2.</source>
        <translation>Un número de %1 a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use 24-hour HH:MM, such as 07:30 or 21:00.</source>
        <translation>Usa HH:MM de 24 horas, como 07:30 o 21:00.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a time of day: use 24-hour HH:MM, such as 16:30.</source>
        <translation>«%1» no es una hora del día: usa HH:MM de 24 horas, como 16:30.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most %1 turns.</source>
        <translation>Como máximo %1 turnos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A turn is empty.</source>
        <translation>Hay un turno vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each turn has at most %1 characters.</source>
        <translation>Cada turno tiene como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../models/core/formats.cpp" line="+18"/>
        <source>$</source>
        <comment>the US dollar&apos;s symbol</comment>
        <translation>US$</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low importance</source>
        <translation>Importancia baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium importance</source>
        <translation>Importancia media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High importance</source>
        <translation>Importancia alta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Episodic (an event)</source>
        <translation>Episódico (un suceso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semantic (a fact)</source>
        <translation>Semántico (un dato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedural (a how-to)</source>
        <translation>Procedimental (cómo hacer algo)</translation>
    </message>
</context>
<context>
    <name>HealthChart</name>
    <message>
        <location filename="../ui/sessions/HealthChart.qml" line="+43"/>
        <source>%1 from %2 to %3, last %4</source>
        <translation>%1: de %2 a %3, último valor %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>InboxDelegate</name>
    <message>
        <location filename="../ui/attention/InboxDelegate.qml" line="+43"/>
        <source>Sensitive: %1</source>
        <translation>Delicado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI was unsure (%1 % sure)</source>
        <translation>La IA no estaba segura (%1 % de certeza)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share with every agent</source>
        <translation>Compartir con todos los agentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Only for %1</source>
        <translation>Solo para %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+61"/>
        <source>Changed by the AI</source>
        <translation>Cambiado por la IA</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+61"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+72"/>
        <source>Touches an avoided topic: %1</source>
        <translation>Toca un tema a evitar: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Sensitive categories</source>
        <translation>Categorías delicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI was unsure</source>
        <translation>La IA no estaba segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything else</source>
        <translation>Todo lo demás</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conversation of %1</source>
        <translation>Conversación del %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not from a conversation</source>
        <translation>No sale de una conversación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark this conversation as reviewed</source>
        <translation>Marcar esta conversación como revisada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Shared by all agents</source>
        <translation>Compartido por todos los agentes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why the AI thinks this: %1 said «%2»</source>
        <translation>Por qué lo cree la IA: %1 dijo «%2»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the child</source>
        <translation>el niño o la niña</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep: %1</source>
        <translation>Conservar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget: %1</source>
        <translation>Olvidar: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../ui/common/Labels.qml" line="+23"/>
        <source>a conversation</source>
        <translation>una conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a conversation&apos;s summary</source>
        <translation>el resumen de una conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written by hand</source>
        <translation>escrito a mano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low importance</source>
        <translation>Importancia baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium importance</source>
        <translation>Importancia media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High importance</source>
        <translation>Importancia alta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one to one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group</source>
        <translation>en grupo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a voice command</source>
        <translation>una orden de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the button</source>
        <translation>el botón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the wake word</source>
        <translation>la palabra de activación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a schedule</source>
        <translation>una programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation>la aplicación</translation>
    </message>
</context>
<context>
    <name>ListEntries</name>
    <message>
        <location filename="../models/core/formfield.cpp" line="-30"/>
        <location filename="../models/core/listentries.cpp" line="+9"/>
        <source>At most %1 entries.</source>
        <translation>Como máximo %1 elementos.</translation>
    </message>
    <message>
        <location filename="../models/core/listentries.cpp" line="+4"/>
        <source>An entry is empty.</source>
        <translation>Hay un elemento vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each entry has at most %1 characters.</source>
        <translation>Cada elemento tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../models/core/formfield.cpp" line="+6"/>
        <location filename="../models/core/listentries.cpp" line="+2"/>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>«%1» está dos veces.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/Main.qml" line="+109"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>Nido</source>
        <translation>Nido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Child:</source>
        <translation>Niño/a:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a child</source>
        <translation>Elige un niño o niña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Embedded demo database</source>
        <translation>Base de datos de demostración integrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend database: %1</source>
        <translation>Base de datos del servicio de voz: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No connection to the database: Nido keeps trying, and nothing you have not confirmed is lost. %1</source>
        <translation>No hay conexión con la base de datos: Nido sigue intentándolo y tus cambios sin confirmar no se pierden. %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+1"/>
        <source>a child</source>
        <translation>un niño o niña</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Unsaved changes to %1 (from %2).</source>
        <translation>Hay cambios sin guardar en %1 (del %2).</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Nido: %1 to review</source>
        <translation>Nido: %1 por revisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Nido</source>
        <translation>Abrir Nido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1&apos;s profile</source>
        <translation>el perfil de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s routines</source>
        <translation>las rutinas de %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile or routines have changes you have not saved. They are kept as a draft and offered the next time you open Nido, unless you discard them.</source>
        <translation>El perfil o las rutinas tienen cambios sin guardar. Se conservan como borrador y se te ofrecerán la próxima vez que abras Nido, salvo que los descartes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile or routines have changes you have not saved. They are kept as a draft and offered when you come back to this child, unless you discard them.</source>
        <translation>El perfil o las rutinas tienen cambios sin guardar. Se conservan como borrador y se te ofrecerán cuando vuelvas a este niño o niña, salvo que los descartes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close and keep the draft</source>
        <translation>Cerrar y conservar el borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch and keep the draft</source>
        <translation>Cambiar de niño/a y conservar borrador</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Open them</source>
        <translation>Revisarlos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>MemoriesPerDayChart</name>
    <message>
        <location filename="../ui/memories/MemoriesPerDayChart.qml" line="+74"/>
        <source>Memories created per day, by category</source>
        <translation>Recuerdos creados por día, por categoría</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No memories in these days.</source>
        <translation>Ningún recuerdo en estos días.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 memories over %n day(s): %2. The most on %3: %4.</source>
        <translation>
            <numerusform>%1 recuerdos en %n día: %2. El día con más, %3: %4.</numerusform>
            <numerusform>%1 recuerdos en %n días: %2. El día con más, %3: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>memories</source>
        <translation>recuerdos</translation>
    </message>
</context>
<context>
    <name>MemoryDelegate</name>
    <message>
        <location filename="../ui/memories/MemoryDelegate.qml" line="+29"/>
        <source>to be deleted</source>
        <translation>se va a borrar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select: %1</source>
        <translation>Seleccionar: %1</translation>
    </message>
</context>
<context>
    <name>MemoryDetail</name>
    <message>
        <location filename="../models/memories/memoryinfo.cpp" line="+60"/>
        <source>This memory no longer exists.</source>
        <translation>Este recuerdo ya no existe.</translation>
    </message>
</context>
<context>
    <name>MemoryDetailPane</name>
    <message>
        <location filename="../ui/memories/MemoryDetailPane.qml" line="+47"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Memory</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The voice service moved this memory to its archive: the AI no longer uses it, but it is still kept. You can delete it; it cannot be corrected.</source>
        <translation>El servicio de voz movió este recuerdo a su archivo: la IA ya no lo usa, pero sigue guardado. Puedes borrarlo; no se puede corregir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the AI remembers</source>
        <translation>Lo que recuerda la IA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory text</source>
        <translation>Texto del recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Known to</source>
        <translation>Lo conoce</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+56"/>
        <source>Shared by all agents</source>
        <translation>Compartido con todos los agentes</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+4"/>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, empty for never</source>
        <translation>AAAA-MM-DD; vacío si no caduca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep these corrections</source>
        <translation>Conservar estas correcciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by the AI</source>
        <translation>Usado por la IA</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n vez; última: %1</numerusform>
            <numerusform>%n veces; última: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People and things</source>
        <translation>Personas y cosas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vector store</source>
        <translation>Almacén vectorial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other data</source>
        <translation>Otros datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why does the AI think this?</source>
        <translation>¿Por qué lo piensa la IA?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This memory is not tied to a conversation.</source>
        <translation>Este recuerdo no está ligado a ninguna conversación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the conversation of %1:</source>
        <translation>De la conversación del %1:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open the whole conversation</source>
        <translation>Abrir toda la conversación</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <location filename="../models/memories/memoryeditor.cpp" line="+76"/>
        <location line="+55"/>
        <source>Choose a memory first.</source>
        <translation>Elige antes un recuerdo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing Nido can change was given.</source>
        <translation>No se ha indicado nada que Nido pueda cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The memory&apos;s text cannot be empty.</source>
        <translation>El texto del recuerdo no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The memory&apos;s text is longer than %1 characters.</source>
        <translation>El texto del recuerdo supera los %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary is longer than %1 characters.</source>
        <translation>El resumen supera los %1 caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importance goes from 0 to 1.</source>
        <translation>La importancia va de 0 a 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a memory category.</source>
        <translation>«%1» no es una categoría de recuerdo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a memory type.</source>
        <translation>«%1» no es un tipo de recuerdo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That agent does not exist.</source>
        <translation>Ese agente no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry is not a valid date.</source>
        <translation>La caducidad no es una fecha válida.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the memories to delete first.</source>
        <translation>Elige antes los recuerdos que quieres borrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a memory.</source>
        <translation>«%1» no es un recuerdo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n memory(ies)</source>
        <translation>
            <numerusform>Borrar %n recuerdo</numerusform>
            <numerusform>Borrar %n recuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The timeline shows another child.</source>
        <translation>La cronología muestra a otro niño o niña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>No memory matches the filter.</source>
        <translation>Ningún recuerdo coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n of them archived)</source>
        <translation>
            <numerusform>(%n de ellos archivado)</numerusform>
            <numerusform>(%n de ellos archivados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The memory was deleted meanwhile; nothing was changed.</source>
        <translation>El recuerdo se borró entretanto; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>importance</source>
        <translation>la importancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>la categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent</source>
        <translation>el agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry</source>
        <translation>la caducidad</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Change the %1 of a memory</source>
        <translation>Cambiar %1 de un recuerdo</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>You may view this child&apos;s memories but not change them; nothing was changed.</source>
        <translation>Puedes ver los recuerdos de este niño o niña, pero no cambiarlos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>You may not delete this child&apos;s memories; nothing was deleted.</source>
        <translation>No puedes borrar los recuerdos de este niño o niña; no se ha borrado nada.</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>The expiry is not a valid date: write it as YYYY-MM-DD, or leave it empty for never.</source>
        <translation>La caducidad no es una fecha válida: escríbela como AAAA-MM-DD, o déjala vacía para que no caduque.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This memory is waiting to be deleted: undo the deletion to correct it instead.</source>
        <translation>Este recuerdo está pendiente de borrarse: deshaz el borrado si prefieres corregirlo.</translation>
    </message>
</context>
<context>
    <name>MemoryFilterBar</name>
    <message>
        <location filename="../ui/memories/MemoryFilterBar.qml" line="+21"/>
        <source>Search memories, tags, topics…</source>
        <translation>Buscar recuerdos, etiquetas, temas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every type</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of memory</source>
        <translation>Tipo de recuerdo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Every agent</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>What %1 is given</source>
        <extracomment>In the narrow agent filter: an agent&apos;s own memories and the shared ones (from &quot;Who knows what&quot;).</extracomment>
        <translation>Lo que recibe %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shared only</source>
        <translation>Solo compartidos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any importance</source>
        <translation>Cualquier importancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expired or not</source>
        <extracomment>The memories that expired (a filter), not the badge of one.</extracomment>
        <translation>Caducados o no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not expired</source>
        <translation>Sin caducar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything shown…</source>
        <translation>Olvidar todo lo mostrado…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Shared by all agents</source>
        <comment>filter</comment>
        <extracomment>In the narrow agent filter: the memories every agent is given.</extracomment>
        <translation>Compartidos con todos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Expired</source>
        <comment>filter</comment>
        <translation>Caducados</translation>
    </message>
</context>
<context>
    <name>MemoryStatisticsView</name>
    <message>
        <location filename="../ui/memories/MemoryStatisticsView.qml" line="+55"/>
        <source>Memories created per day</source>
        <translation>Recuerdos creados por día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>By type and category</source>
        <translation>Por tipo y categoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance, on average</source>
        <translation>Importancia media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Most important memories</source>
        <translation>Recuerdos más importantes</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>used %n time(s)</source>
        <translation>
            <numerusform>usado %n vez</numerusform>
            <numerusform>usado %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryTimelineModel</name>
    <message>
        <location filename="../models/memories/memorytimelinemodel.cpp" line="+91"/>
        <source>Shared by all agents</source>
        <translation>Compartido con todos los agentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>MemoryTimelinePage</name>
    <message>
        <location filename="../ui/memories/MemoryTimelinePage.qml" line="+32"/>
        <source>Memory timeline</source>
        <translation>Cronología de recuerdos</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who knows what</source>
        <translation>Quién sabe qué</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No memory matches.</source>
        <translation>Ningún recuerdo coincide.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These memories are deleted from Nido and from what the AI is given. The voice backend keeps a copy in its vector store until it purges them; it works through this list.</source>
        <translation>Estos recuerdos están borrados de Nido y de lo que recibe la IA. El servicio de voz guarda una copia en su almacén vectorial hasta que los purgue; los va purgando según esta lista.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted %1 · memory %2 · collection %3</source>
        <translation>Borrado el %1 · recuerdo %2 · colección %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is waiting to be purged.</source>
        <translation>No hay nada pendiente de purgar.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Caregivers&apos; log</source>
        <translation>Historial de cuidadores</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expired, to be deleted (%1)</source>
        <translation>Caducados, por borrar (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long they are kept</source>
        <translation>Cuánto se guardan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You may view this child&apos;s memories. Changing or deleting them needs an adult with more rights.</source>
        <translation>Puedes ver los recuerdos de este niño o niña. Para cambiarlos o borrarlos hace falta un adulto con más permisos.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 of %n memory(ies) shown</source>
        <translation>
            <numerusform>%1 de %n recuerdo mostrados</numerusform>
            <numerusform>%1 de %n recuerdos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n memory(ies) shown</source>
        <translation>
            <numerusform>%n recuerdo mostrado</numerusform>
            <numerusform>%n recuerdos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours of the categories</source>
        <translation>Colores de las categorías</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete selected (%1)</source>
        <translation>Borrar los seleccionados (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Nido&apos;s additions are not installed on this database, so search, corrections and deletion are not available. Run &quot;nido migrate --database …&quot; to add them; the backend&apos;s tables are not changed.</source>
        <translation>Las ampliaciones de Nido no están instaladas en esta base de datos, así que no se puede buscar, corregir ni borrar. Ejecuta «nido migrate --database …» para añadirlas; las tablas del servicio de voz no cambian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It would also add what the schema document recommends and this database lacks: %1.</source>
        <translation>También añadiría lo que el documento del esquema recomienda y a esta base de datos le falta: %1.</translation>
    </message>
</context>
<context>
    <name>MentionDelegate</name>
    <message>
        <location filename="../ui/attention/MentionDelegate.qml" line="+25"/>
        <source>The child</source>
        <translation>El niño o la niña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent</source>
        <translation>El agente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» came up. %2 said: %3</source>
        <translation>Salió «%1». %2 dijo: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1» came up</source>
        <translation>Salió «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the conversation going on now</source>
        <translation>en la conversación que está en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you found it fine</source>
        <translation>te pareció bien</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It is fine</source>
        <translation>Está bien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is fine: %1</source>
        <translation>Está bien: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the conversation</source>
        <translation>Abrir la conversación</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../ui/sessions/MessageBubble.qml" line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>recorded (Nido cannot play the recording)</source>
        <translation>grabado (Nido no puede reproducir la grabación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audio: %1</source>
        <translation>audio: %1</translation>
    </message>
</context>
<context>
    <name>MinutesPerDayChart</name>
    <message>
        <location filename="../ui/activity/MinutesPerDayChart.qml" line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over the limit</source>
        <translation>%1 por encima del límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over the limit by</source>
        <translation>Exceso sobre el límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily limit %1 min.</source>
        <translation>Límite diario: %1 min.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Within the limit</source>
        <translation>Dentro del límite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the limit</source>
        <translation>Por encima del límite</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../ui/common/NavigationList.qml" line="+13"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New to review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory timeline</source>
        <translation>Cronología de recuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child profile</source>
        <translation>Perfil del niño/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity and device health</source>
        <translation>Actividad y dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports and export</source>
        <translation>Informes y exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumbersChart</name>
    <message>
        <location filename="../ui/common/NumbersChart.qml" line="+27"/>
        <source>No data yet.</source>
        <translation>Aún no hay datos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as chart: %1</source>
        <translation>Ver como gráfico: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as table: %1</source>
        <translation>Ver como tabla: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/children/OverviewPage.qml" line="+24"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There are no children in this database yet.</source>
        <translation>Todavía no hay niños en esta base de datos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New to review</source>
        <translation>Por revisar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n memory(ies)</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you have reviewed everything</source>
        <translation>lo has revisado todo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in sensitive categories</source>
        <translation>
            <numerusform>%n en categorías delicadas</numerusform>
            <numerusform>%n en categorías delicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n the AI was unsure of</source>
        <translation>
            <numerusform>%n de los que la IA no estaba segura</numerusform>
            <numerusform>%n de los que la IA no estaba segura</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avoided topics</source>
        <translation>Temas a evitar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mención</numerusform>
            <numerusform>%n menciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no topic to avoid is set in the profile</source>
        <translation>el perfil no tiene temas a evitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1, since each was added</source>
        <translation>de %1, desde que se añadió cada uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside waking hours</source>
        <translation>Fuera de las horas de vigilia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the routines do not say when the child wakes up and goes to bed</source>
        <translation>las rutinas no dicen cuándo se despierta y se acuesta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Talked today</source>
        <translation>Ha hablado hoy</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <location line="+20"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n day(s) over the limit</source>
        <translation>
            <numerusform>%n día por encima del límite</numerusform>
            <numerusform>%n días por encima del límite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Talking now</source>
        <translation>Hablando ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s): low battery or slow connection</source>
        <translation>
            <numerusform>%n aviso: batería baja o conexión lenta</numerusform>
            <numerusform>%n avisos: batería baja o conexión lenta</numerusform>
        </translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Loading the overview</source>
        <translation>Cargando la vista general</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Talking now, %1</source>
        <translation>Hablando ahora, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in the last 7 days</source>
        <translation>ninguna en los últimos 7 días</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no screen-time limit set</source>
        <translation>sin límite de tiempo de pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over the limit of %2 a day</source>
        <translation>%1 por encima del límite de %2 al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left of %2 a day</source>
        <translation>quedan %1 de %2 al día</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daily average, last 7 days</source>
        <translation>Media diaria, últimos 7 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as the 7 days before</source>
        <translation>igual que los 7 días anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more than the 7 days before</source>
        <translation>%1 más que los 7 días anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 less than the 7 days before</source>
        <translation>%1 menos que los 7 días anteriores</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new in the last 7 days</source>
        <translation>
            <numerusform>%n nuevo en los últimos 7 días</numerusform>
            <numerusform>%n nuevos en los últimos 7 días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device alerts, last 7 days</source>
        <translation>Alertas del dispositivo, últimos 7 días</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>still open, but silent since %1: counted until then</source>
        <translation>sigue abierta, pero sin actividad desde %1: contada hasta entonces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Minutes talked per day, last 7 days</source>
        <translation>Minutos de conversación al día, últimos 7 días</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>A child without a name</source>
        <translation>Un niño o niña sin nombre</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../models/reports/pdfreportwriter.cpp" line="+126"/>
        <location line="+25"/>
        <source>Session report: %1</source>
        <translation>Informe de sesión: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Session %1, made by Nido on %2.</source>
        <translation>Sesión %1. Informe generado por Nido el %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device health</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest battery</source>
        <translation>Batería más baja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean battery</source>
        <translation>Batería media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean audio quality</source>
        <translation>Calidad de audio media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeats</source>
        <translation>Lecturas del dispositivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Memories this session created</source>
        <translation>Recuerdos que creó esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No messages.</source>
        <translation>Sin mensajes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+55"/>
        <source>Report for %1</source>
        <translation>Informe sobre %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>From %1 to %2, made by Nido on %3.</source>
        <translation>Del %1 al %2. Informe generado por Nido el %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time talked each day</source>
        <translation>Tiempo de conversación cada día</translation>
    </message>
    <message>
        <location filename="../models/reports/charttextobject.cpp" line="+164"/>
        <source>Within the limit</source>
        <translation>Dentro del límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <location filename="../models/reports/pdfreportwriter.cpp" line="+13"/>
        <source>%1 minutes in all; the daily limit is %2 minutes.</source>
        <translation>%1 minutos en total; el límite diario es de %2 minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes in all; no daily limit is set.</source>
        <translation>%1 minutos en total; no hay límite diario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes talked per day</source>
        <translation>Minutos de conversación por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device alerts</source>
        <translation>Alertas del dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time per agent</source>
        <translation>Tiempo por agente</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Deletion receipt</source>
        <translation>Justificante de borrado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>On %1 Nido deleted %n memories whose time was up, as %2.</source>
        <translation>
            <numerusform>El %1 Nido borró %n recuerdo cuyo tiempo había terminado, como %2.</numerusform>
            <numerusform>El %1 Nido borró %n recuerdos cuyo tiempo había terminado, como %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>On %1 %2 deleted %n memories.</source>
        <translation>
            <numerusform>El %1 %2 borró %n recuerdo.</numerusform>
            <numerusform>El %1 %2 borró %n recuerdos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent %1 was deleted with them.</source>
        <translation>El agente %1 se borró con ellos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child: %1. Deletion number %2 in Nido&apos;s log. This receipt holds no words of the memories: their ids, categories and counts only.</source>
        <translation>Niño o niña: %1. Borrado número %2 del registro de Nido. Este justificante no contiene ninguna palabra de los recuerdos: solo sus identificadores, categorías y cantidades.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked on %1</source>
        <translation>Comprobado el %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No row of these ids is left in any table or view that holds memories.</source>
        <translation>No queda ninguna fila de estos identificadores en ninguna tabla o vista que guarde recuerdos.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows of these ids are still there: the deletion is not complete.</source>
        <translation>
            <numerusform>Aún queda %n fila de estos identificadores: el borrado no está completo.</numerusform>
            <numerusform>Aún quedan %n filas de estos identificadores: el borrado no está completo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table or view</source>
        <translation>Tabla o vista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows left</source>
        <translation>Filas que quedan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voice service&apos;s search copies (the vector store): %1 purged, %2 waiting for the service, %3 never queued.</source>
        <translation>Las copias de búsqueda del servicio de voz (el almacén vectorial): %1 eliminadas, %2 pendientes del servicio, %3 nunca encoladas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was deleted</source>
        <translation>Qué se borró</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>Nido&apos;s memory policy for %1</source>
        <translation>La política de recuerdos de Nido para %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>As set on %1.</source>
        <translation>Tal como está fijada el %1.</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+197"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memory id</source>
        <translation>Identificador del recuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion receipt %1</source>
        <translation>Justificante de borrado %1</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+92"/>
        <location line="+20"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Response time (95th percentile)</source>
        <translation>Tiempo de respuesta (percentil 95)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>over by %1</source>
        <translation>%1 por encima</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+95"/>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Created in the period: %1. Deleted in the period: %2.</source>
        <translation>Creados en el periodo: %1. Borrados en el periodo: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most important ones</source>
        <translation>Los más importantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+111"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The first %1 of the period&apos;s %2 sessions, by when they started; a shorter period lists them all.</source>
        <translation>Las primeras %1 de las %2 sesiones del periodo, por orden de inicio; un periodo más corto las incluye todas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location filename="../models/reports/pdfreport.cpp" line="+130"/>
        <location filename="../models/reports/pdfreportwriter.cpp" line="-116"/>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+40"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../models/reports/pdfreportwriter.cpp" line="-40"/>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not reported</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How long Nido keeps %1&apos;s memories</source>
        <translation>Cuánto tiempo guarda Nido los recuerdos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each memory the AI keeps about %1 is kept for the time set for its category, counted from the day it was made, and then deleted as a parent&apos;s deletion is: the voice service is told to forget it too, and the deletion is recorded with a receipt. A memory the voice service set to end sooner keeps its own end. Categories without a time are kept until a parent deletes them.</source>
        <translation>Cada recuerdo que la IA guarda sobre %1 se conserva el tiempo fijado para su categoría, contado desde el día en que se creó, y después se borra igual que cuando lo borra una madre o un padre: se avisa al servicio de voz para que también lo olvide y el borrado queda registrado con un justificante. Un recuerdo al que el servicio de voz puso un final anterior conserva ese final. Las categorías sin tiempo fijado se guardan hasta que una madre o un padre las borra.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Until a parent deletes them</source>
        <translation>Hasta que una madre o un padre los borre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept</source>
        <translation>Se guardan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Fijado por</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still open</source>
        <translation>sigue abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
</context>
<context>
    <name>PendingChangesBar</name>
    <message>
        <location filename="../ui/memories/PendingChangesBar.qml" line="+27"/>
        <source>Not saved yet: %1</source>
        <translation>Sin guardar todavía: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm…</source>
        <translation>Confirmar…</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <location filename="../ui/agents/PersonaForm.qml" line="+108"/>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(other)</source>
        <translation>(otro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who speaks</source>
        <translation>Quién habla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn %1</source>
        <translation>Turno %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add what the child says</source>
        <translation>Añadir lo que dice el niño o niña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add the agent&apos;s answer</source>
        <translation>Añadir la respuesta del agente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Technical details: the voice (%1)</source>
        <translation>Detalles técnicos: la voz (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. es-ES</source>
        <translation>p. ej., es-ES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.0</source>
        <translation>1,0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0</source>
        <translation>0</translation>
    </message>
</context>
<context>
    <name>PersonaHistoryView</name>
    <message>
        <location filename="../ui/agents/PersonaHistoryView.qml" line="+54"/>
        <source>Version %1 · %2
%3</source>
        <translation>Versión %1 · %2
%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved in Nido by %1</source>
        <translation>guardada en Nido por %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved by someone else</source>
        <translation>guardada por otra persona</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Version %1 → version %2</source>
        <translation>Versión %1 → versión %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one version so far.</source>
        <translation>Por ahora solo hay una versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../models/profile/profileeditor.cpp" line="+48"/>
        <source>A first name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <location filename="../models/profile/profilestore.cpp" line="+52"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics the companions must avoid</source>
        <translation>Temas que los compañeros de IA deben evitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite topics</source>
        <translation>Temas favoritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning style</source>
        <translation>Estilo de aprendizaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emotional tendencies</source>
        <translation>Tendencias emocionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite activities</source>
        <translation>Actividades favoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite characters</source>
        <translation>Personajes favoritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Siblings</source>
        <translation>Hermanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pets</source>
        <translation>Mascotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregivers</source>
        <translation>Cuidadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages at home</source>
        <translation>Idiomas en casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native language</source>
        <translation>Lengua materna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages being learnt</source>
        <translation>Idiomas que aprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem solving</source>
        <translation>Resolver problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (remembering)</source>
        <translation>Memoria (recordar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creativity</source>
        <translation>Creatividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>Empatía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation</source>
        <translation>Cooperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotional regulation</source>
        <translation>Gestión de las emociones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wakes up at</source>
        <translation>Se despierta a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to bed at</source>
        <translation>Se acuesta a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakfast</source>
        <translation>Desayuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lunch</source>
        <translation>Comida del mediodía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinner</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snacks</source>
        <translation>Meriendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily screen-time limit (minutes)</source>
        <translation>Límite diario de pantalla (minutos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage the companion reports</source>
        <translation>Uso que indica el servicio de voz</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../ui/profile/ProfilePage.qml" line="+13"/>
        <location line="+20"/>
        <source>Child profile</source>
        <translation>Perfil del niño/a</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Topics the companions must avoid</source>
        <translation>Temas que los compañeros de IA deben evitar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every companion is told never to bring these up with your child.</source>
        <translation>A cada compañero de IA se le indica que nunca saque estos temas con tu hijo o hija.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A topic to avoid, then Enter</source>
        <translation>Escribe un tema que evitar y pulsa Intro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Devices: %1</source>
        <translation>Dispositivos: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Technical details: what else the voice service recorded (kept as it is)</source>
        <translation>Detalles técnicos: qué más guardó el servicio de voz (se conserva tal cual)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. es</source>
        <translation>p. ej., es</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. en, then Enter</source>
        <translation>p. ej., en; luego pulsa Intro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thinking</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With others</source>
        <translation>Con los demás</translation>
    </message>
</context>
<context>
    <name>ProfileSnapshot</name>
    <message>
        <location filename="../models/profile/profilestore.cpp" line="-53"/>
        <source>You may view this child&apos;s profile but not change it; nothing was saved.</source>
        <translation>Puedes ver el perfil de este niño o niña, pero no cambiarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>This child is no longer in the database.</source>
        <translation>Este niño o niña ya no está en la base de datos.</translation>
    </message>
</context>
<context>
    <name>ProfileWriter</name>
    <message>
        <location line="-90"/>
        <source>You may view this child&apos;s profile but not change it; nothing was saved.</source>
        <translation>Puedes ver el perfil de este niño o niña, pero no cambiarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A group of the profile&apos;s fields may hold at most 64 KB; nothing was saved.</source>
        <translation>Cada grupo de campos del perfil admite como máximo 64 KB; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backend stored something other than a group of fields where Nido would write (%1); nothing was saved.</source>
        <translation>El servicio de voz guardó algo distinto de un grupo de campos donde Nido escribiría (%1); no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The profile was created by someone else at this very moment; nothing was saved.</source>
        <translation>Otra persona acaba de crear el perfil en este mismo momento; no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../models/reports/reportdata.cpp" line="+93"/>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No session has the id %1 (or it is not yours to see).</source>
        <translation>Ninguna sesión tiene el id %1 (o no puedes verla).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation>Ningún niño o niña tiene el id %1 (o no puedes verlo).</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../models/reports/reportexport.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation>«%1» no es un id de %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting this child&apos;s data needs the &quot;manage&quot; permission; nothing was written.</source>
        <translation>Exportar los datos de este niño o niña requiere el permiso «manage»; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+237"/>
        <source>No child has the id %1 (or it is not yours to see).</source>
        <translation>Ningún niño o niña tiene el id %1 (o no puedes verlo).</translation>
    </message>
    <message>
        <location filename="../models/reports/exportjob.cpp" line="-15"/>
        <location filename="../models/reports/pdfreportwriter.cpp" line="-54"/>
        <location filename="../models/reports/reportexport.cpp" line="-202"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>La exportación se canceló; no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportexport.cpp" line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 The export was removed: an export is kept only once it is recorded.</source>
        <translation>%1 Se eliminó la exportación: una exportación solo se conserva cuando queda registrada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+26"/>
        <location line="+46"/>
        <source>child</source>
        <translation>niño o niña</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The period runs from a date to the same or a later one, as YYYY-MM-DD.</source>
        <translation>El periodo va de una fecha a la misma o a otra posterior, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report covers at most a year.</source>
        <translation>Un informe abarca como mucho un año.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A child&apos;s data is exported as json or csv.</source>
        <translation>Los datos de un niño o niña se exportan como json o csv.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not the number of a deletion in the caregivers&apos; log.</source>
        <translation>«%1» no es el número de un borrado del registro de cuidadores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A receipt is written as pdf or json.</source>
        <translation>Un justificante se guarda como pdf o json.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No deletion you may see has the number %1.</source>
        <translation>Ningún borrado que puedas ver tiene el número %1.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.qml" line="+25"/>
        <location line="+33"/>
        <source>Reports and export</source>
        <translation>Informes y exportación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A session&apos;s report</source>
        <translation>El informe de una sesión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No session</source>
        <translation>Ninguna sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+70"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A report for a teacher or a therapist</source>
        <translation>Informe para docentes o terapeutas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include what was said (the transcripts)</source>
        <translation>Incluir lo que se dijo (las transcripciones)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All of your child&apos;s data</source>
        <translation>Todos los datos de tu hijo o hija</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything stored about your child, in files any spreadsheet or program can open, with a list of what each holds: yours to keep or to take to another service.</source>
        <translation>Todo lo que se guarda sobre tu hijo o hija, en archivos que cualquier hoja de cálculo o programa puede abrir, con una lista de lo que contiene cada uno: para que lo guardes o lo lleves a otro servicio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where to put the folder of your child&apos;s data</source>
        <translation>Elige dónde poner la carpeta con los datos de tu hijo o hija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export here</source>
        <translation>Exportar aquí</translation>
    </message>
</context>
<context>
    <name>RetentionPolicy</name>
    <message>
        <location filename="../models/memories/retentionpolicy.cpp" line="+123"/>
        <source>A memory is kept from 0 to %L1 days, or forever.</source>
        <translation>Un recuerdo se guarda de 0 a %L1 días, o para siempre.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changing how long memories are kept needs the &quot;manage&quot; permission; nothing was changed.</source>
        <translation>Cambiar cuánto se guardan los recuerdos requiere el permiso «manage»; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../ui/memories/RetentionView.qml" line="+24"/>
        <source>How long memories are kept</source>
        <translation>Cuánto se guardan los recuerdos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a memory&apos;s time is up, Nido deletes it as it deletes one you choose: the voice service is told to forget it too, and the deletion is recorded. A memory the voice service set to end sooner keeps its own end. Deleting happens while Nido is open, and by the system timer if one is set up.</source>
        <translation>Cuando a un recuerdo se le acaba el tiempo, Nido lo borra igual que borra uno que eliges tú: se avisa al servicio de voz para que también lo olvide y el borrado queda registrado. Un recuerdo al que el servicio de voz puso un final anterior conserva ese final. El borrado se hace mientras Nido está abierto, y con el temporizador del sistema si está configurado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as PDF to print…</source>
        <translation>Guardar como PDF para imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory-policy.pdf</source>
        <translation>politica-de-recuerdos.pdf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing how long memories are kept needs the &quot;manage&quot; permission.</source>
        <translation>Cambiar cuánto se guardan los recuerdos requiere el permiso «manage».</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep forever</source>
        <translation>Guardar siempre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep %1 memories forever</source>
        <translation>Guardar siempre los recuerdos de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to keep %1 memories</source>
        <translation>Días que se guardan los recuerdos de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the new time for %1 memories</source>
        <translation>Aplicar el nuevo tiempo a los recuerdos de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting the memories this would change…</source>
        <translation>Contando los recuerdos que cambiaría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No memory&apos;s end would change.</source>
        <translation>No cambiaría el final de ningún recuerdo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n memories would get another end.</source>
        <translation>
            <numerusform>%n recuerdo tendría otro final.</numerusform>
            <numerusform>%n recuerdos tendrían otro final.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them are past it, and would be deleted within the hour.</source>
        <translation>
            <numerusform>%n ya lo ha pasado y se borraría en menos de una hora.</numerusform>
            <numerusform>%n ya lo han pasado y se borrarían en menos de una hora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next one would end on %1.</source>
        <translation>El próximo terminaría el %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set by %1 on %2.</source>
        <translation>Fijado por %1 el %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save how long memories are kept</source>
        <translation>Guardar cuánto se guardan los recuerdos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewInboxView</name>
    <message>
        <location filename="../ui/attention/ReviewInboxView.qml" line="+94"/>
        <source>Sensitive categories, shown first:</source>
        <translation>Categorías delicadas, que se muestran primero:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sensitive: %1</source>
        <translation>Delicado: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n memory(ies) new to you since you last looked</source>
        <translation>
            <numerusform>%n recuerdo nuevo para ti desde la última vez que miraste</numerusform>
            <numerusform>%n recuerdos nuevos para ti desde la última vez que miraste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Memories new to you</source>
        <translation>Recuerdos nuevos para ti</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing new: you have reviewed everything the AI keeps about %1.</source>
        <translation>Nada nuevo: has revisado todo lo que la IA guarda sobre %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this child</source>
        <translation>este niño o niña</translation>
    </message>
</context>
<context>
    <name>RoutinesEditor</name>
    <message>
        <location filename="../models/profile/routineseditor.cpp" line="+30"/>
        <source>Bedtime must come after waking, with a night of at least 4 hours (after midnight is fine, such as 00:30).</source>
        <translation>La hora de acostarse debe ser posterior a la de despertarse, con una noche de al menos 4 horas (puede ser pasada la medianoche, p. ej., 00:30).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outside waking hours (%1 to %2).</source>
        <translation>Fuera de las horas de vigilia (de %1 a %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The snack at %1 is outside waking hours (%2 to %3).</source>
        <translation>La merienda de las %1 queda fuera de las horas de vigilia (de %2 a %3).</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <location filename="../ui/profile/RoutinesPage.qml" line="+13"/>
        <location line="+25"/>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yellow: awake. Blue: today&apos;s sessions. Lines: meals and snacks.</source>
        <translation>Amarillo: horas de vigilia. Azul: sesiones de hoy. Líneas: comidas y meriendas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Meals</source>
        <translation>Comidas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A snack time (HH:MM), then Enter</source>
        <translation>Escribe una hora de merienda (HH:MM) y pulsa Intro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Screen time</source>
        <translation>Tiempo de pantalla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Talked today, from the sessions</source>
        <translation>Tiempo de conversación hoy (según las sesiones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../ui/common/SaveFileDialog.qml" line="+16"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../app/commandline.cpp" line="+54"/>
        <location filename="../models/core/schemamigrator.cpp" line="+150"/>
        <location line="+27"/>
        <source>table %1</source>
        <translation>la tabla %1</translation>
    </message>
    <message>
        <location filename="../models/core/schemamigrator.cpp" line="-22"/>
        <source>column %1.&quot;%2&quot;</source>
        <translation>la columna %1.&quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>view %1</source>
        <translation>la vista %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger %1</source>
        <translation>el disparador %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This database was set up by a newer Nido (schema version %1; this Nido knows up to %2). Update Nido to open it.</source>
        <translation>Esta base de datos la preparó un Nido más reciente (versión de esquema %1; este Nido conoce hasta la %2). Actualiza Nido para abrirla.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The database lacks parts of the voice backend&apos;s schema that Nido needs:
  %1
Nothing was changed.</source>
        <translation>A la base de datos le faltan partes del esquema del servicio de voz que Nido necesita:
  %1
No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Cannot read migration %1.</source>
        <translation>No se puede leer la migración %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>La migración %1 (%2) falló y se ha deshecho: %3</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Nido&apos;s record of its own schema (nido.schema_migrations) lacks version %1 of %2, so it was changed by hand after Nido set it up. Nido does not know what else was undone and opens nothing; restore the database from a backup, or run that migration again by hand.</source>
        <translation>El registro del esquema de Nido (nido.schema_migrations) no tiene la versión %1 de %2, así que se cambió a mano después de que Nido lo instalara. Nido no sabe qué más se deshizo y no abre nada; restaura la base de datos desde una copia, o vuelve a ejecutar esa migración a mano.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <location filename="../ui/sessions/SessionDelegate.qml" line="+24"/>
        <location line="+20"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <location line="+21"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>outside waking hours: %1</source>
        <translation>fuera de las horas de vigilia: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n memory(ies)</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+43"/>
        <source>LIVE</source>
        <translation>EN CURSO</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+21"/>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <location filename="../models/sessions/sessioninfo.cpp" line="+20"/>
        <source>This session no longer exists.</source>
        <translation>Esta sesión ya no existe.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../ui/sessions/SessionsPage.qml" line="+16"/>
        <location line="+114"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Every agent</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No session matches.</source>
        <translation>Ninguna sesión coincide.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Live now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>room: %1</source>
        <translation>sala: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started by: %1</source>
        <translation>iniciada por: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a parent was present</source>
        <translation>había un adulto presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no parent present</source>
        <translation>sin adultos presentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Talking now, %1</source>
        <translation>Hablando ahora, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started %1</source>
        <translation>Empezó %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device health</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories (%1)</source>
        <translation>Recuerdos (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your child</source>
        <translation>Tu hijo o hija</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>length unknown</source>
        <translation>duración desconocida</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="+11"/>
        <location line="+18"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now using: %1</source>
        <translation>En uso: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the embedded demo database</source>
        <translation>la base de datos de demostración integrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While Nido runs, even hidden, the desktop tells you when:</source>
        <translation>Mientras Nido funciona, aunque esté oculto, el escritorio te avisa cuando:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop has no notification service, so Nido cannot show notices. Everything else works; what needs your attention waits under &quot;New to review&quot;.</source>
        <translation>Este escritorio no tiene servicio de notificaciones, así que Nido no puede mostrar avisos. Todo lo demás funciona; lo que necesita tu atención espera en «Por revisar».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a conversation starts outside waking hours</source>
        <translation>empieza una conversación fuera de las horas de vigilia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an avoided topic comes up in a conversation going on</source>
        <translation>sale un tema a evitar en una conversación en curso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the AI makes a memory in a sensitive category</source>
        <translation>la IA guarda un recuerdo de una categoría delicada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a device keeps reporting problems (battery, connection)</source>
        <translation>un dispositivo sigue dando problemas (batería, conexión)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A notice of one kind comes at most once a minute for each child.</source>
        <translation>Cada tipo de aviso llega como mucho una vez por minuto para cada niño o niña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start Nido hidden, in the tray, when I log in</source>
        <translation>Abrir Nido oculto, en la bandeja, al iniciar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+39"/>
        <location line="+3"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Nido&apos;s embedded demo database</source>
        <translation>La base de datos de demostración integrada de Nido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A voice backend&apos;s PostgreSQL server</source>
        <translation>El servidor PostgreSQL de un servicio de voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the database login</source>
        <translation>Contraseña del usuario de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for at start unless kept in the keychain</source>
        <translation>Se pide al abrir salvo que esté en el llavero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details: how the connection is secured (SSL)</source>
        <translation>Detalles técnicos: cómo se protege la conexión (SSL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Root certificate</source>
        <translation>Certificado raíz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path to the server&apos;s CA certificate (verify-ca, verify-full)</source>
        <translation>Ruta del certificado de la CA del servidor (verify-ca, verify-full)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the password in the system keychain</source>
        <translation>Guardar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>As the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>TopicMentionsView</name>
    <message>
        <location filename="../ui/attention/TopicMentionsView.qml" line="+30"/>
        <source>The profile names no topic the companions must avoid.</source>
        <translation>El perfil no nombra ningún tema que los compañeros deban evitar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watching: %1</source>
        <translation>Vigilando: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not watched, too common to search: %1.</source>
        <translation>Sin vigilar, demasiado comunes para buscarlos: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the topics in the profile</source>
        <translation>Cambiar los temas en el perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the ones I found fine</source>
        <translation>Mostrar los que me parecieron bien</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Avoided topics that came up</source>
        <translation>Temas a evitar que salieron</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>None of these topics has come up since it was added.</source>
        <translation>Ninguno de estos temas ha salido desde que se añadió.</translation>
    </message>
</context>
<context>
    <name>WakingHours</name>
    <message>
        <location filename="../models/core/wakinghours.cpp" line="+58"/>
        <source>before wake-up time, %1</source>
        <translation>antes de la hora de levantarse, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after bedtime, %1</source>
        <translation>después de la hora de acostarse, %1</translation>
    </message>
</context>
</TS>
