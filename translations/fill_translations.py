#!/usr/bin/env python3
"""Writes the Spanish translations and English plural forms into the .ts files lupdate made.

Run after `cmake --build build --target update_translations` when strings change; strings
missing from the table below stay unfinished and the test of the window reports them.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SPANISH = {
    "This child is no longer in the database.": "Este niño o niña ya no está en la base de datos.",
    "Coming in a later version of Nido.": "Llegará en una próxima versión de Nido.",
    "Open a voice backend's PostgreSQL database, given as a libpq connection string or postgresql:// URI (PG* variables, ~/.pgpass and service files apply). Without it Nido uses its embedded database.":
        "Abre la base de datos PostgreSQL de un backend de voz, dada como cadena de conexión de libpq o URI postgresql:// (valen las variables PG*, ~/.pgpass y los archivos de servicio). Sin ella, Nido usa su base de datos integrada.",
    "Keep the embedded database in this folder.": "Guarda la base de datos integrada en esta carpeta.",
    "migrate or demo-data": "migrate o demo-data",
    "demo-data: how many children (default 2).": "demo-data: cuántos niños (2 por omisión).",
    "demo-data: \"seed\" for the seed's size table (1,000 children, 2,000,000 heartbeats).":
        "demo-data: «seed» para la tabla de tamaños del esquema (1.000 niños, 2.000.000 de latidos).",
    "unknown command \"%1\"; see nido --help": "orden desconocida «%1»; consulta nido --help",
    "--children and --scale belong to demo-data": "--children y --scale son opciones de demo-data",
    "The schema is up to date (version %1).": "El esquema está al día (versión %1).",
    "applied %1": "aplicada %1",
    "--scale seed has its own number of children (1,000)": "--scale seed ya fija su número de niños (1.000)",
    "unknown scale \"%1\"; the only one is \"seed\"": "escala desconocida «%1»; la única es «seed»",
    "--children takes a number from 1 to 100000": "--children admite un número de 1 a 100000",
    "the database already has %1 children; demo data only goes into a database without any, so real data is never mixed with it":
        "la base de datos ya tiene %1 niños; los datos de demostración solo van a una base de datos sin ninguno, para no mezclarlos nunca con datos reales",
    "demo data loaded in %1 s": "datos de demostración cargados en %1 s",
    "Demo material %1 is missing.": "Falta el material de demostración %1.",
    "Demo material %1 is not valid JSON: %2": "El material de demostración %1 no es JSON válido: %2",
    "Not connected to PostgreSQL.": "No hay conexión con PostgreSQL.",
    "%1 failed: %2": "%1 falló: %2",
    "Cannot create the folder %1.": "No se puede crear la carpeta %1.",
    "PostgreSQL cannot run as root and the user \"%1\" does not exist. Install the postgresql package, which creates it.":
        "PostgreSQL no puede ejecutarse como root y el usuario «%1» no existe. Instala el paquete postgresql, que lo crea.",
    "Cannot hand %1 to the user %2: %3": "No se puede ceder %1 al usuario %2: %3",
    "A PostgreSQL server (pid %1) holds Nido's data folder %2 but cannot be reached. Stop it and start Nido again.":
        "Un servidor PostgreSQL (pid %1) ocupa la carpeta de datos de Nido %2 pero no responde. Detenlo y vuelve a abrir Nido.",
    "Cannot remove the stale %1.": "No se puede borrar el %1 abandonado.",
    "The PostgreSQL server programs (initdb, pg_ctl) were not found. Install them (Debian: apt install postgresql) or open a backend's database with --database.":
        "No se encuentran los programas del servidor PostgreSQL (initdb, pg_ctl). Instálalos (Debian: apt install postgresql) o abre la base de datos de un backend con --database.",
    "Cannot create a private socket folder in %1.": "No se puede crear una carpeta privada para el socket en %1.",
    "Nido": "Nido",
    "Child:": "Niño/a:",
    "Choose a child": "Elige un niño o niña",
    "Embedded demo database": "Base de datos de demostración integrada",
    "Backend database: %1": "Base de datos del backend: %1",
    "Memory timeline": "Cronología de recuerdos",
    "Every memory the AI keeps about your child, to review, search, correct and delete.":
        "Todos los recuerdos que la IA guarda de tu hijo o hija, para revisarlos, buscarlos, corregirlos y borrarlos.",
    "Child profile": "Perfil",
    "Age, preferences, family context and development milestones, edited as forms.":
        "Edad, preferencias, contexto familiar e hitos del desarrollo, editados como formularios.",
    "Routines": "Rutinas",
    "Wake and bed time, meals and the screen-time limit, on a day timeline.":
        "Hora de levantarse y de dormir, comidas y límite de tiempo de pantalla, en una línea del día.",
    "Agents": "Agentes",
    "The companions your child talks to, their personas, and what each one sees.":
        "Los compañeros con los que habla tu hijo o hija, sus personalidades y lo que ve cada uno.",
    "Sessions": "Sesiones",
    "Every conversation with its transcript, the memories it created and the device's health.":
        "Cada conversación con su transcripción, los recuerdos que creó y el estado del dispositivo.",
    "Activity and device health": "Actividad y estado del dispositivo",
    "Time talked against the limit, memories per day, battery, latency and signal.":
        "Tiempo hablado frente al límite, recuerdos por día, batería, latencia y señal.",
    "Reports and export": "Informes y exportación",
    "Session and period reports as PDF, and all of your child's data as JSON and CSV.":
        "Informes de sesión y de periodo en PDF, y todos los datos de tu hijo o hija en JSON y CSV.",
    "Settings": "Ajustes",
    "Which database Nido opens, the language and the theme.": "Qué base de datos abre Nido, el idioma y el tema.",
    "Overview": "Resumen",
    "%1 min": "%1 min",
    "There are no children in this database yet.": "Todavía no hay niños en esta base de datos.",
    "Talked today": "Ha hablado hoy",
    "This week": "Esta semana",
    "Memories": "Recuerdos",
    "Device alerts this week": "Alertas del dispositivo esta semana",
    "Talking now": "Hablando ahora",
    "Last session": "Última sesión",
    "Unknown agent": "Agente desconocido",
    "None yet": "Ninguna todavía",
    "The database connection string is not valid: %1": "La cadena de conexión a la base de datos no es válida: %1",
    "The connection to the database is closed.": "La conexión con la base de datos está cerrada.",
    "The connection to the database was lost.": "Se ha perdido la conexión con la base de datos.",
    "This database was set up by a newer Nido (schema version %1; this Nido knows up to %2). Update Nido to open it.":
        "Esta base de datos la preparó un Nido más reciente (versión de esquema %1; este Nido conoce hasta la %2). Actualiza Nido para abrirla.",
    "The database lacks parts of the voice backend's schema that Nido needs:\n  %1\nNothing was changed.":
        "A la base de datos le faltan partes del esquema del backend de voz que Nido necesita:\n  %1\nNo se ha cambiado nada.",
    "Cannot read migration %1.": "No se puede leer la migración %1.",
    "Migration %1 (%2) failed and was rolled back: %3": "La migración %1 (%2) falló y se ha deshecho: %3",
    "Minutes talked per day this week": "Minutos hablados por día esta semana",
    "minutes": "minutos",
    "Minutes talked": "Minutos hablados",
    "Daily limit": "Límite diario",
    "Confirm changes": "Confirmar los cambios",
    "These changes will be made now and cannot be undone afterwards:": "Estos cambios se harán ahora y después no se podrán deshacer:",
    "Delete memories": "Borrar recuerdos",
    "The AI will no longer know this. Nothing is deleted until you confirm the pending changes; until then you can undo.": "La IA dejará de saber esto. No se borra nada hasta que confirmes los cambios pendientes; hasta entonces puedes deshacerlo.",
    "Conversation": "Conversación",
    "Interest": "Interés",
    "Emotion": "Emoción",
    "Achievement": "Logro",
    "Routine": "Rutina",
    "Preference": "Preferencia",
    "Learning": "Aprendizaje",
    "Family": "Familia",
    "Other": "Otro",
    "Episodic (an event)": "Episódico (un suceso)",
    "Semantic (a fact)": "Semántico (un dato)",
    "Procedural (a how-to)": "Procedimental (un cómo)",
    "Low importance": "Importancia baja",
    "Medium importance": "Importancia media",
    "High importance": "Importancia alta",
    "Select this memory": "Seleccionar este recuerdo",
    "Shared by all agents": "Compartido con todos los agentes",
    "Expired": "Caducado",
    "Importance %1": "Importancia %1",
    "This memory no longer exists.": "Este recuerdo ya no existe.",
    "never": "nunca",
    "Memory": "Recuerdo",
    "Delete…": "Borrar…",
    "Close": "Cerrar",
    "What the AI remembers": "Lo que recuerda la IA",
    "Memory text": "Texto del recuerdo",
    "Summary": "Resumen",
    "Importance": "Importancia",
    "Category": "Categoría",
    "Type": "Tipo",
    "Known to": "Lo conoce",
    "Expires on": "Caduca el",
    "YYYY-MM-DD, empty for never": "AAAA-MM-DD; vacío para nunca",
    "Keep these corrections": "Guardar estas correcciones",
    "Reset": "Restablecer",
    "Details": "Detalles",
    "Agent": "Agente",
    "Created": "Creado",
    "Changed": "Modificado",
    "Expires": "Caduca",
    "Used by the AI": "Usado por la IA",
    "Tags": "Etiquetas",
    "Emotions": "Emociones",
    "Topics": "Temas",
    "People and things": "Personas y cosas",
    "Language": "Idioma",
    "Confidence": "Confianza",
    "Source": "Origen",
    "Vector store": "Almacén vectorial",
    "Other data": "Otros datos",
    "Why does the AI think this?": "¿Por qué lo piensa la IA?",
    "This memory is not tied to a conversation.": "Este recuerdo no está ligado a ninguna conversación.",
    "From the conversation of %1:": "De la conversación del %1:",
    "Child": "Niño/a",
    "Choose a memory first.": "Elige antes un recuerdo.",
    "Nothing Nido can change was given.": "No se ha indicado nada que Nido pueda cambiar.",
    "The memory's text cannot be empty.": "El texto del recuerdo no puede quedar vacío.",
    "The memory's text is longer than %1 characters.": "El texto del recuerdo supera los %1 caracteres.",
    "The summary is longer than %1 characters.": "El resumen supera los %1 caracteres.",
    "Importance goes from 0 to 1.": "La importancia va de 0 a 1.",
    "\"%1\" is not a memory category.": "«%1» no es una categoría de recuerdo.",
    "\"%1\" is not a memory type.": "«%1» no es un tipo de recuerdo.",
    "That agent does not exist.": "Ese agente no existe.",
    "The expiry is not a valid date.": "La caducidad no es una fecha válida.",
    "Change the %1 of a memory": "Cambiar %1 de un recuerdo",
    "text": "el texto",
    "summary": "el resumen",
    "importance": "la importancia",
    "category": "la categoría",
    "type": "el tipo",
    "agent": "el agente",
    "expiry": "la caducidad",
    "Choose the memories to delete first.": "Elige antes los recuerdos que quieres borrar.",
    "\"%1\" is not a memory.": "«%1» no es un recuerdo.",
    "The timeline shows another child.": "La cronología muestra a otro niño.",
    "No memory matches the filter.": "Ningún recuerdo coincide con el filtro.",
    "The memory was deleted meanwhile; nothing was changed.": "El recuerdo se borró entretanto; no se ha cambiado nada.",
    "Search memories, tags, topics…": "Buscar recuerdos, etiquetas, temas…",
    "Search": "Buscar",
    "Every type": "Todos los tipos",
    "Every category": "Todas las categorías",
    "Every agent": "Todos los agentes",
    "Shared only": "Solo compartidos",
    "Any importance": "Cualquier importancia",
    "Expired or not": "Caducados o no",
    "Not expired": "Sin caducar",
    "Any time": "Cualquier fecha",
    "Today": "Hoy",
    "Last 7 days": "Últimos 7 días",
    "Last 30 days": "Últimos 30 días",
    "Last 90 days": "Últimos 90 días",
    "Forget everything shown…": "Olvidar todo lo mostrado…",
    "Memories created per day": "Recuerdos creados por día",
    "By type and category": "Por tipo y categoría",
    "Mean importance": "Importancia media",
    "Latest": "Último",
    "Most important memories": "Recuerdos más importantes",
    "Shared": "Compartido",
    "Timeline": "Cronología",
    "Statistics": "Estadísticas",
    "Every memory that matches the current filter and search.": "Todos los recuerdos que coinciden con el filtro y la búsqueda actuales.",
    "Loading…": "Cargando…",
    "Delete selected (%1)…": "Borrar seleccionados (%1)…",
    "The memories you selected.": "Los recuerdos que has seleccionado.",
    "No memory matches.": "Ningún recuerdo coincide.",
    "Not saved yet: %1": "Sin guardar todavía: %1",
    "Undo": "Deshacer",
    "Confirm…": "Confirmar…",
    "Awaiting purge (%1)": "Pendientes de purgar (%1)",
    "Nido's additions are not installed on this database, so search and deletion are not available. Run \"nido migrate --database …\" to add them; the backend's tables are not changed.": "Las ampliaciones de Nido no están instaladas en esta base de datos, así que la búsqueda y el borrado no están disponibles. Ejecuta «nido migrate --database …» para añadirlas; las tablas del backend no se modifican.",
    "These memories are deleted from Nido and from what the AI is given. The voice backend keeps a copy in its vector store until it purges them; it works through this list.": "Estos recuerdos están borrados de Nido y de lo que se le da a la IA. El backend de voz guarda una copia en su almacén vectorial hasta que los purga; trabaja con esta lista.",
    "Deleted %1 · memory %2 · collection %3": "Borrado el %1 · recuerdo %2 · colección %3",
    "Nothing is waiting to be purged.": "No hay nada pendiente de purgar.",
    "Activity": "Actividad",
    "No daily screen-time limit is set in the routine.": "La rutina no fija un límite diario de tiempo de pantalla.",
    "Waking hours: %1 to %2.": "Horas de vigilia: de %1 a %2.",
    "The routine has no wake and bed time.": "La rutina no tiene hora de levantarse ni de dormir.",
    "Minutes talked per day": "Minutos hablados por día",
    "Within the limit": "Dentro del límite",
    "Over the limit": "Por encima del límite",
    "Sessions per day": "Sesiones por día",
    "During waking hours": "En horas de vigilia",
    "Outside waking hours": "Fuera de las horas de vigilia",
    "Use per agent": "Uso por agente",
    "%1 tokens": "%1 tokens",
    "Device health": "Estado del dispositivo",
    "Battery": "Batería",
    "Latency": "Latencia",
    "Audio quality": "Calidad de audio",
    "Temperature": "Temperatura",
    "No heartbeats in this range.": "No hay latidos en este intervalo.",
    "Battery (%)": "Batería (%)",
    "Low battery": "Batería baja",
    "Latency (ms)": "Latencia (ms)",
    "Slow": "Lenta",
    "Audio quality and engagement": "Calidad de audio e implicación",
    "Engagement": "Implicación",
    "Poor audio": "Audio deficiente",
    "Temperature (°C), CPU and memory (%)": "Temperatura (°C), CPU y memoria (%)",
    "CPU": "CPU",
    "Hot": "Caliente",
    "Wi-Fi signal (dBm)": "Señal wifi (dBm)",
    "Signal": "Señal",
    "Thresholds": "Umbrales",
    "Battery below (%)": "Batería por debajo de (%)",
    "Latency above (ms)": "Latencia por encima de (ms)",
    "Audio quality below (%)": "Calidad de audio por debajo de (%)",
    "Temperature above (°C)": "Temperatura por encima de (°C)",
    "Defaults": "Valores por omisión",
    "Threshold crossings (%1)": "Umbrales superados (%1)",
    "Errors and warnings reported by the device (%1)": "Errores y avisos del dispositivo (%1)",
    "Memories created per day, by category": "Recuerdos creados por día, por categoría",
    "audio: %1": "audio: %1",
    "LIVE": "EN DIRECTO",
    "This session no longer exists.": "Esta sesión ya no existe.",
    "Any status": "Cualquier estado",
    "Live": "En directo",
    "Ended": "Terminada",
    "Paused": "En pausa",
    "No session matches.": "Ninguna sesión coincide.",
    "Live now": "En directo ahora",
    "room: %1": "sala: %1",
    "started by: %1": "iniciada por: %1",
    "a parent was present": "había un adulto presente",
    "no parent present": "sin adultos presentes",
    "Transcript": "Transcripción",
    "Memories (%1)": "Recuerdos (%1)",
    "See and control what voice AI companions know about your child.\n\nCommands:\n  (none)      open the window\n  migrate     create the schema on an empty database, or add Nido's own\n              tables and indexes beside a voice backend's schema\n  demo-data   fill an empty database with a demo family\n              [--children N] [--scale seed]\n  admin add-caregiver --role NAME --display-name TEXT\n              --child ID:view|edit|manage [--child ...] [--password-file FILE]\n              create a caregiver login that reaches only those children": "Consulta y controla lo que los compañeros de voz con IA saben de tu hijo o hija.\n\nÓrdenes:\n  (ninguna)   abre la ventana\n  migrate     crea el esquema en una base de datos vacía, o añade las tablas\n              e índices propios de Nido junto al esquema de un backend de voz\n  demo-data   llena una base de datos vacía con una familia de demostración\n              [--children N] [--scale seed]\n  admin add-caregiver --role NOMBRE --display-name TEXTO\n              --child ID:view|edit|manage [--child ...] [--password-file ARCHIVO]\n              crea un acceso de cuidador que solo llega a esos niños",
    "\"%1\" does not start with a child's id.": "«%1» no empieza por el identificador de un niño.",
    "\"%1\": the permission is view, edit or manage.": "«%1»: el permiso es view, edit o manage.",
    "A role name has 1 to %1 characters.": "Un nombre de rol tiene de 1 a %1 caracteres.",
    "Give the caregiver a display name.": "Indica el nombre visible del cuidador.",
    "Caregiver accounts need Nido's additions: run nido migrate first.": "Las cuentas de cuidador necesitan las ampliaciones de Nido: ejecuta antes nido migrate.",
    "admin: the caregiver's login role.": "admin: el rol de acceso del cuidador.",
    "admin: the caregiver's name as shown.": "admin: el nombre visible del cuidador.",
    "admin: a child the caregiver reaches, as id:view, id:edit or id:manage.": "admin: un niño al que llega el cuidador, como id:view, id:edit o id:manage.",
    "admin: read the login password from this file.": "admin: lee la contraseña de acceso de este archivo.",
    "--role and --child belong to admin add-caregiver": "--role y --child son opciones de admin add-caregiver",
    "cannot read %1": "no se puede leer %1",
    "You may view this child's memories but not change them; nothing was changed.": "Puedes ver los recuerdos de este niño pero no cambiarlos; no se ha cambiado nada.",
    "You may not delete this child's memories; nothing was deleted.": "No puedes borrar los recuerdos de este niño; no se ha borrado nada.",
    "Caregivers' log": "Registro de cuidadores",
    "You may view this child's memories. Changing or deleting them needs an adult with more rights.": "Puedes ver los recuerdos de este niño. Para cambiarlos o borrarlos hace falta un adulto con más permisos.",
    "viewed": "consultó",
    "corrected": "corrigió",
    "deleted": "borró",
    "exported": "exportó",
    "memory %1": "recuerdo %1",
    "No caregiver has viewed or changed this child's data through a caregiver account.": "Ningún cuidador ha consultado ni cambiado los datos de este niño con una cuenta de cuidador.",
}

# Plural sources: (Spanish singular, Spanish plural), (English singular, English plural).
PLURALS = {
    "of a %1-minute daily limit · %n session(s)": (
        ("de un límite diario de %1 minutos · %n sesión", "de un límite diario de %1 minutos · %n sesiones"),
        ("of a %1-minute daily limit · %n session", "of a %1-minute daily limit · %n sessions")),
    "no screen-time limit set · %n session(s)": (
        ("sin límite de tiempo de pantalla · %n sesión", "sin límite de tiempo de pantalla · %n sesiones"),
        ("no screen-time limit set · %n session", "no screen-time limit set · %n sessions")),
    "%n session(s)": (("%n sesión", "%n sesiones"), ("%n session", "%n sessions")),
    "%n day(s) over the limit": (("%n día por encima del límite", "%n días por encima del límite"),
                                 ("%n day over the limit", "%n days over the limit")),
    "%n new this week": (("%n nuevo esta semana", "%n nuevos esta semana"), ("%n new this week", "%n new this week")),
    "%n error(s)": (("%n error", "%n errores"), ("%n error", "%n errors")),
    "%n warning(s): low battery or slow connection": (
        ("%n aviso: batería baja o conexión lenta", "%n avisos: batería baja o conexión lenta"),
        ("%n warning: low battery or slow connection", "%n warnings: low battery or slow connection")),
    "Delete %n memory(ies)?": (["¿Borrar %n recuerdo?", "¿Borrar %n recuerdos?"], ["Delete %n memory?", "Delete %n memories?"]),
    "%n time(s), last %1": (["%n vez, la última %1", "%n veces, la última %1"], ["%n time, last %1", "%n times, last %1"]),
    "%n message(s)": (["%n mensaje", "%n mensajes"], ["%n message", "%n messages"]),
    "Delete %n memory(ies)": (["Borrar %n recuerdo", "Borrar %n recuerdos"], ["Delete %n memory", "Delete %n memories"]),
    "%n category(ies)": (["%n categoría", "%n categorías"], ["%n category", "%n categories"]),
    "used %n time(s)": (["usado %n vez", "usado %n veces"], ["used %n time", "used %n times"]),
    "%n memory(ies) loaded": (["%n recuerdo cargado", "%n recuerdos cargados"], ["%n memory loaded", "%n memories loaded"]),
    "Daily screen-time limit: %1 min; %n day(s) over it.": (["Límite diario de pantalla: %1 min; %n día por encima.", "Límite diario de pantalla: %1 min; %n días por encima."], ["Daily screen-time limit: %1 min; %n day over it.", "Daily screen-time limit: %1 min; %n days over it."]),
    "%1 points, each the mean of %n second(s) of heartbeats": (["%1 puntos, cada uno la media de %n segundo de latidos", "%1 puntos, cada uno la media de %n segundos de latidos"], ["%1 points, each the mean of %n second of heartbeats", "%1 points, each the mean of %n seconds of heartbeats"]),
    "%n memory(ies)": (["%n recuerdo", "%n recuerdos"], ["%n memory", "%n memories"]),
    "caregiver %1 reaches %n child(ren)": (["el cuidador %1 llega a %n niño", "el cuidador %1 llega a %n niños"], ["caregiver %1 reaches %n child", "caregiver %1 reaches %n children"]),
}


def fill(path: Path, spanish: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            if source not in PLURALS:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            for text in PLURALS[source][0 if spanish else 1]:
                ET.SubElement(translation, "numerusform").text = text
        elif spanish:
            if source not in SPANISH:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            translation.text = SPANISH[source]
        else:
            translation.set("type", "unfinished")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    missing = fill(here / "nido_es.ts", True) + fill(here / "nido_en.ts", False)
    for source in missing:
        print("untranslated:", repr(source), file=sys.stderr)
    sys.exit(1 if missing else 0)
