<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AsteriskSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_asterisk.py" line="+32"/>
        <source>pbx.example:5038</source>
        <translation>pbx.example:5038</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PBX&apos;s manager interface (AMI): its name or address and port, 5038 (5039 with TLS).</source>
        <translation>La interfaz de gestión de la centralita (AMI): su nombre o dirección y puerto, 5038 (5039 con TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use TLS, c&amp;hecked against this computer&apos;s certificates</source>
        <translation>Usar TLS, comprobado con los certi&amp;ficados de este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user your administrator created in manager.conf.</source>
        <translation>El usuario que su administrador creó en manager.conf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjelo vacío para conservar el secreto guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own extension: the calls of its phones (PJSIP/201, SIP/201, queue members Local/201@…) are yours.</source>
        <translation>Su propia extensión: las llamadas de sus teléfonos (PJSIP/201, SIP/201, miembros de cola Local/201@…) son suyas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the PBX dials a number for click-to-dial, as if dialled on your phone (FreePBX: from-internal).</source>
        <translation>Dónde marca la centralita un número para hacer clic y llamar, como si se marcara en su teléfono (FreePBX: from-internal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PBX address</source>
        <translation>&amp;Host y puerto de la centralita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AM&amp;I user</source>
        <translation>&amp;Usuario AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI se&amp;cret</source>
        <translation>Cla&amp;ve secreta AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your extension</source>
        <translation>Su e&amp;xtensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial co&amp;ntext</source>
        <translation>Contexto de marcac&amp;ión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PBX address</source>
        <translation>Dirección de la centralita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI user</source>
        <translation>Usuario AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your extension</source>
        <translation>Su extensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial context</source>
        <translation>Contexto de marcación</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+174"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>BaresipSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_baresip.py" line="+36"/>
        <source>baresip address</source>
        <translation>Dirección de baresip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where baresip&apos;s ctrl_tcp module listens (HOST:PORT). Keep it on 127.0.0.1: ctrl_tcp has no password, and whoever reaches it can place calls.</source>
        <translation>Dónde escucha el módulo ctrl_tcp de baresip (HOST:PUERTO). Manténgalo en 127.0.0.1: ctrl_tcp no tiene contraseña y quien lo alcance puede hacer llamadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these lines to baresip&apos;s config file (~/.baresip/config), then restart baresip:</source>
        <translation>Añada estas líneas al archivo de configuración de baresip (~/.baresip/config) y reinicie baresip:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines for baresip&apos;s config</source>
        <translation>Líneas para la configuración de baresip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;baresip address</source>
        <translation>D&amp;irección de baresip</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip address %1.</source>
        <translation>Dirección de baresip %1.</translation>
    </message>
</context>
<context>
    <name>BriaSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_bria.py" line="+28"/>
        <source>Bria (Windows or Mac, a paid edition) tells this app about its calls through its Desktop API on this computer. The first time, Bria shows a notification: open Bria&apos;s Notification tab and click Allow Access. Answer, End call and dialling then go to Bria.</source>
        <translation>Bria (Windows o Mac, una edición de pago) informa a esta aplicación de sus llamadas mediante su API de escritorio en este equipo. La primera vez, Bria muestra una notificación: abra la pestaña «Notification» de Bria y haga clic en «Allow Access». Contestar, Colgar y marcar pasan entonces por Bria.</translation>
    </message>
</context>
<context>
    <name>CallAlert</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/attention.py" line="+158"/>
        <source>%1 log(s) waiting to be sent</source>
        <translation>%1 registro(s) pendiente(s) de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed call(s)</source>
        <translation>%1 llamada(s) perdida(s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+123"/>
        <source>&amp;Answer</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End call</source>
        <translation>&amp;Finalizar llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start call</source>
        <translation>&amp;Iniciar llamada</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming call from %1…</source>
        <translation>Llamada entrante de %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+141"/>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+70"/>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="-14"/>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1</source>
        <translation>Llamando a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts share this number: pick one.</source>
        <translation>%1 contactos tienen este número: elija uno.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+19"/>
        <source>Could not look up the caller: %1</source>
        <translation>No se pudo buscar al llamante: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+30"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>%1 is linked to this call.</source>
        <translation>%1 está vinculado a esta llamada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Call answered.</source>
        <translation>Llamada contestada.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call started.</source>
        <translation>Llamada iniciada.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_panel.py" line="+59"/>
        <source>Call duration</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller – Create contact (Ctrl+N)</source>
        <translation>Llamante desconocido – Crear contacto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a contact with the caller&apos;s number</source>
        <translation>Crear un contacto con el número del llamante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact of the call</source>
        <translation>Contacto de la llamada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other call</source>
        <translation>Otra llamada</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Call direction</source>
        <translation>Dirección de la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Número de la llamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log this call without a contact</source>
        <translation>Registrar esta llamada sin contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact from call</source>
        <translation>Quitar el contacto de la llamada</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+106"/>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Answer the waiting call: it becomes the call in hand</source>
        <translation>Contestar la llamada en espera: pasa a ser la llamada en curso</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Answer the call and start timing it (F9)</source>
        <translation>Contestar la llamada y cronometrarla (F9)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No contact linked</source>
        <translation>Ningún contacto vinculado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 — being created…</source>
        <translation>%1 — creándose…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>End call</source>
        <translation>Finalizar llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call and review its log (F9)</source>
        <translation>Finalizar la llamada y revisar su registro (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start call</source>
        <translation>Iniciar llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a call (F9)</source>
        <translation>Cronometrar una llamada (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_texts.py" line="+29"/>
        <source>No call · F9 starts</source>
        <translation>Sin llamada · F9 inicia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialling</source>
        <translation>Marcando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (being created)</source>
        <translation>%1 (creándose)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found yet – trying again</source>
        <translation>Aún no encontrado – reintentando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 matches – pick one</source>
        <translation>%1 coincidencias – elija una</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also ringing</source>
        <translation>También sonando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also dialling</source>
        <translation>También marcando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also connected</source>
        <translation>También conectado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_texts.py" line="+34"/>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>They called, you answered</source>
        <translation>Llamaron y usted contestó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They called, nobody answered</source>
        <translation>Llamaron y nadie contestó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they answered</source>
        <translation>Usted llamó y contestaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they did not answer</source>
        <translation>Usted llamó y no contestaron</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved — will send when back online</source>
        <translation>Guardado — se enviará al volver la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent — review</source>
        <translation>No enviado — revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved — waiting to send</source>
        <translation>Guardado — esperando para enviarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged ✓</source>
        <translation>Registrado ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>1 missed</source>
        <translation>1 perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed</source>
        <translation>%1 perdidas</translation>
    </message>
</context>
<context>
    <name>CallerChoice</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_choice.py" line="+41"/>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts share this number. Pick the caller to link them to this call.</source>
        <translation>%1 contactos comparten este número. Elija a quien llama para vincularlo a esta llamada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact could not be reached to find the caller. Trying again…</source>
        <translation>No se pudo contactar con SwitchTransact para encontrar a quien llama. Reintentando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller could not be looked up. Search above to find them.</source>
        <translation>No se pudo buscar a quien llama. Búsquelo arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the caller…</source>
        <translation>Buscando a quien llama…</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_picker.py" line="+46"/>
        <source>Contacts with the caller&apos;s number</source>
        <translation>Contactos con el número del llamante</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../agent_desktop/ui/window/status.py" line="+32"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key problem</source>
        <translation>Problema con la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Problema del servidor</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/connection_test.py" line="+39"/>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address, TLS, key and permissions</source>
        <translation>Comprobar la dirección, TLS, la clave y los permisos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everything works.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection does not work yet; see the first ✗.</source>
        <translation>La conexión aún no funciona; vea la primera ✗.</translation>
    </message>
</context>
<context>
    <name>ContactFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_flow.py" line="+66"/>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Created %1.</source>
        <translation>%1 creado.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_panel.py" line="+150"/>
        <source>Contact name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer no.</source>
        <translation>N.º de cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer number</source>
        <translation>número de cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile number</source>
        <translation>número de móvil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business number</source>
        <translation>número del trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business 2</source>
        <translation>Trabajo 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second business number</source>
        <translation>segundo número del trabajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email address</source>
        <translation>dirección de correo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call this number with the softphone</source>
        <translation>Llamar a este número con el softphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1</source>
        <translation>Llamar al %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log that call against this contact</source>
        <translation>Registrar esa llamada para este contacto</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link to the call with %1</source>
        <translation>Vincular a la llamada con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the call in hand</source>
        <translation>Vincular a la llamada en curso</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>ContactRequest</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_request.py" line="+104"/>
        <source>Could not save the new contact to disk: %1 It is kept in memory and will be written as soon as possible.</source>
        <translation>No se pudo guardar el nuevo contacto en el disco: %1 Se conserva en memoria y se escribirá lo antes posible.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SwitchTransact refused it.</source>
        <translation>SwitchTransact lo rechazó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. %1 The contact is created as soon as SwitchTransact answers; you can carry on.</source>
        <translation>Guardado. %1 El contacto se crea en cuanto SwitchTransact responda; puede continuar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The contact was created but could not be opened; search for it.</source>
        <translation>El contacto se creó pero no se pudo abrir; búsquelo.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+54"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+24"/>
        <source>No system keyring was found. %1 Until then the key can be given in the AGENT_DESKTOP_API_KEY environment variable; it is never saved in a plain file.</source>
        <translation>No se encontró ningún llavero del sistema. %1 Mientras tanto, la clave puede indicarse en la variable de entorno AGENT_DESKTOP_API_KEY; nunca se guarda en un archivo sin cifrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux install and unlock GNOME Keyring or KWallet (a Secret Service provider; e.g. `sudo apt install gnome-keyring`), then start Agent Desktop again.</source>
        <translation>En Linux, instale y desbloquee GNOME Keyring o KWallet (un proveedor de Secret Service; p. ej. `sudo apt install gnome-keyring`) y vuelva a iniciar Agent Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On macOS the login Keychain is needed; check that it exists and is unlocked.</source>
        <translation>En macOS se necesita el llavero de inicio de sesión; compruebe que existe y que está desbloqueado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows the Credential Manager is needed; check that its service is running.</source>
        <translation>En Windows se necesita el Administrador de credenciales; compruebe que su servicio está en ejecución.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a keyring service that the Python `keyring` package supports.</source>
        <translation>Instale un servicio de llavero compatible con el paquete de Python `keyring`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked. Unlock it (log in again, or open your password manager and unlock the login keyring) and try again.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (vuelva a iniciar sesión, o abra su gestor de contraseñas y desbloquee el llavero de inicio de sesión) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring (%1) could not read the API key: %2</source>
        <translation>El llavero del sistema (%1) no pudo leer la clave de API: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not store the API key: %2</source>
        <translation>El llavero del sistema (%1) no pudo guardar la clave de API: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not delete the API key: %2</source>
        <translation>El llavero del sistema (%1) no pudo eliminar la clave de API: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the key. %1</source>
        <translation>El llavero del sistema no conservó la clave. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys are kept in %1.</source>
        <translation>Las claves de API se guardan en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key is empty.</source>
        <translation>La clave de API está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key is set; add it under Settings.</source>
        <translation>No hay ninguna clave de API; añádala en Configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key contains characters that cannot be sent; paste it again.</source>
        <translation>La clave de API contiene caracteres que no se pueden enviar; péguela de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server address is set, so there is no key to look up.</source>
        <translation>No hay ninguna dirección de servidor, así que no hay clave que buscar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates are off (update_policy).</source>
        <translation>Las actualizaciones están desactivadas (update_policy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: no update_url is set.</source>
        <translation>Las actualizaciones están desactivadas: no hay update_url.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: this copy runs from source or pip, which update it.</source>
        <translation>Las actualizaciones están desactivadas: esta copia se ejecuta desde el código fuente o pip, que la actualizan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: IT&apos;s %1 is missing beside the site settings file.</source>
        <translation>Las actualizaciones están desactivadas: falta el %1 de TI junto al archivo de ajustes del sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: %1 cannot be written by this user; IT installs updates.</source>
        <translation>Las actualizaciones están desactivadas: este usuario no puede escribir en %1; TI instala las actualizaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent Desktop %1 is available.</source>
        <translation>Agent Desktop %1 está disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Desktop %1 is installed when you quit or at the next start.</source>
        <translation>Agent Desktop %1 se instalará al salir o en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated to Agent Desktop %1.</source>
        <translation>Actualizado a Agent Desktop %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check: the update server cannot be reached; trying again later.</source>
        <translation>Comprobación de actualizaciones: no se puede contactar con el servidor; se reintentará más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update refused: its signature or contents do not check out.</source>
        <translation>Actualización rechazada: su firma o su contenido no son válidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update not downloaded: the disk is full.</source>
        <translation>Actualización no descargada: el disco está lleno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update not downloaded: %1</source>
        <translation>Actualización no descargada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check failed (%1); trying again later.</source>
        <translation>La comprobación de actualizaciones falló (%1); se reintentará más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL “%1” is not a valid web address.</source>
        <translation>La URL base «%1» no es una dirección web válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must start with https://.</source>
        <translation>La URL base debe empezar por https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL “%1” has no valid host name.</source>
        <translation>La URL base «%1» no tiene un nombre de host válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>La URL base no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must not contain “?” or “#”.</source>
        <translation>La URL base no debe contener «?» ni «#».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must use https:// for %1; plain http:// is only allowed for this computer (localhost, 127.0.0.1), where the sandbox runs.</source>
        <translation>La URL base debe usar https:// para %1; http:// simple solo se permite para este equipo (localhost, 127.0.0.1), donde se ejecuta el entorno de pruebas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name lookup</source>
        <translation>Resolución del nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using %1.</source>
        <translation>Se usa %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as %1.</source>
        <translation>Los números sin prefijo de país se leen como de: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known two-letter country code (e.g. ZA).</source>
        <translation>«%1» no es un código de país de dos letras conocido (p. ej. ZA).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting through the proxy %1.</source>
        <translation>Conexión a través del proxy %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not find %1. Check the base URL and the internet connection.</source>
        <translation>No se encontró %1. Compruebe la URL base y la conexión a Internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an IP address; no name lookup needed.</source>
        <translation>%1 es una dirección IP; no hace falta resolver el nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at %2.</source>
        <translation>%1 está en %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Conectado a %1 en el puerto %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s certificate is trusted by this computer (%2).</source>
        <translation>Este equipo confía en el certificado de %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key is set. Add it under Settings (an administrator can also set AGENT_DESKTOP_API_KEY).</source>
        <translation>No hay ninguna clave de API. Añádala en Configuración (un administrador también puede definir AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SwitchTransact accepted the key, and it may look up contacts.</source>
        <translation>SwitchTransact aceptó la clave, y puede buscar contactos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may search contacts. Creating contacts and logging calls cannot be checked without writing; they are tried when first used.</source>
        <translation>La clave puede buscar contactos. Crear contactos y registrar llamadas no se puede comprobar sin escribir; se intentan la primera vez que se usan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is ignored. API keys are kept in the system keyring, never in settings files: remove it from this file and enter the key in Agent Desktop (or set AGENT_DESKTOP_API_KEY).</source>
        <translation>%1: se ignora %2. Las claves de API se guardan en el llavero del sistema, nunca en archivos de configuración: quítela de este archivo e introduzca la clave en Agent Desktop (o defina AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: locked should be a list of setting names, like locked = [&quot;base_url&quot;].</source>
        <translation>%1: locked debe ser una lista de nombres de ajustes, como locked = [&quot;base_url&quot;].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in locked is not a setting name.</source>
        <translation>%1: %2 en locked no es un nombre de ajuste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is set by your administrator and cannot be changed here; your value is ignored.</source>
        <translation>%1: %2 lo define su administrador y no se puede cambiar aquí; se ignora su valor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3, not %4; using %5.</source>
        <translation>%1: %2 %3, no %4; se usa %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1=%2: %3 %4; the variable is ignored.</source>
        <translation>%1=%2: %3 %4; se ignora la variable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was ignored: your administrator has locked %2 on this computer.</source>
        <translation>Se ignoró %1: su administrador ha bloqueado %2 en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not UTF-8 text; the defaults are used instead.</source>
        <translation>%1: no es texto UTF-8; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: could not be read (%2); using the defaults.</source>
        <translation>%1: no se pudo leer (%2); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. The file was ignored; the defaults are used instead.</source>
        <translation>%1: %2. Se ignoró el archivo; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings were not saved: %1 %2.</source>
        <translation>No se guardó la configuración: %1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings were not saved: a value cannot be written (%1).</source>
        <translation>No se guardó la configuración: un valor no se puede escribir (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>No se pudo guardar la configuración en %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only or you lack permission to write there</source>
        <translation>la carpeta es de solo lectura o no tiene permiso para escribir en ella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be text in quotes</source>
        <translation>debe ser texto entre comillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a web address starting with https://</source>
        <translation>debe ser una dirección web que empiece por https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a two-letter country code such as ZA or GB</source>
        <translation>debe ser un código de país de dos letras como ZA o GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be one of %1, or &quot;&quot; to follow the system</source>
        <translation>debe ser uno de %1, o &quot;&quot; para seguir al sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a whole number of milliseconds</source>
        <translation>debe ser un número entero de milisegundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number of seconds</source>
        <translation>debe ser un número entero de segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be between %1 and %2 milliseconds</source>
        <translation>debe estar entre %1 y %2 milisegundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2 seconds</source>
        <translation>debe estar entre %1 y %2 segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number (a dialplan priority)</source>
        <translation>debería ser un número entero (una prioridad del plan de marcado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2</source>
        <translation>debería estar entre %1 y %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may only use {login}, {full_name}, {first_name} and {last_name} in braces</source>
        <translation>solo puede usar {login}, {full_name}, {first_name} y {last_name} entre llaves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should contain {number} or {e164} where the number goes</source>
        <translation>debe contener {number} o {e164} donde va el número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no number to dial.</source>
        <translation>No hay ningún número que marcar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 phones cannot be told to dial from this computer: dial on the phone.</source>
        <translation>Los teléfonos %1 no pueden marcar desde este equipo: marque en el teléfono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot answer from this computer: use the phone.</source>
        <translation>Los teléfonos %1 no pueden contestar desde este equipo: use el teléfono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot end the call from this computer: use the phone.</source>
        <translation>Los teléfonos %1 no pueden colgar desde este equipo: use el teléfono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone did not say which call this is, so it cannot answer from this computer: use the phone.</source>
        <translation>El teléfono no dijo qué llamada es, así que no puede contestar desde este equipo: use el teléfono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone did not say which call this is, so it cannot end the call from this computer: use the phone.</source>
        <translation>El teléfono no dijo qué llamada es, así que no puede colgar desde este equipo: use el teléfono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the desk phone&apos;s address in Settings → Phone to use it from this computer.</source>
        <translation>Indique la dirección del teléfono de escritorio en Configuración → Teléfono para usarlo desde este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone&apos;s password cannot be read: %1</source>
        <translation>No se puede leer la contraseña del teléfono de escritorio: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 did not answer in time. Is it on and on the network?</source>
        <translation>El teléfono de escritorio en %1 no respondió a tiempo. ¿Está encendido y en la red?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 could not be reached. Check its address in Settings → Phone, and that it is on.</source>
        <translation>No se pudo contactar con el teléfono de escritorio en %1. Compruebe su dirección en Configuración → Teléfono y que esté encendido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk phone at %1 refused the request: check the web user and password in Settings → Phone, and that the phone allows this computer to control it (Yealink: Action URI Allow IP List).</source>
        <translation>El teléfono de escritorio en %1 rechazó la solicitud: compruebe el usuario web y la contraseña en Configuración → Teléfono, y que el teléfono permita que este equipo lo controle (Yealink: Action URI Allow IP List).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk phone at %1 answered with an error (HTTP %2).</source>
        <translation>El teléfono de escritorio en %1 respondió con un error (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number baresip can dial.</source>
        <translation>«%1» no es un número que baresip pueda marcar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip no longer has this call (%1).</source>
        <translation>baresip ya no tiene esta llamada (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip refused “%1”: %2.</source>
        <translation>baresip rechazó «%1»: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baresip is not connected (at %1).</source>
        <translation>baresip no está conectado (en %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip could not be reached (%1).</source>
        <translation>No se pudo contactar con baresip (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip did not answer “%1” within %2 s.</source>
        <translation>baresip no respondió a «%1» en %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX cannot pick up your phone: answer the call on the phone itself (handset, headset or its answer button).</source>
        <translation>La centralita no puede descolgar su teléfono: conteste la llamada en el propio teléfono (auricular, diadema o su botón de contestar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This call is not on your extension any more at the PBX.</source>
        <translation>Esta llamada ya no está en su extensión en la centralita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number the PBX can dial.</source>
        <translation>«%1» no es un número que la centralita pueda marcar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asterisk is not set up: %1.</source>
        <translation>Asterisk no está configurado: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 stopped answering (%2).</source>
        <translation>La centralita en %1 dejó de responder (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX does not let this AMI user %1: its manager.conf entry needs %2.</source>
        <translation>La centralita no permite a este usuario AMI %1: su entrada en manager.conf necesita %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX refused to %1: %2.</source>
        <translation>La centralita se negó a %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hang up calls</source>
        <translation>colgar llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dial</source>
        <translation>marcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 refused the AMI login: check the user and secret.</source>
        <translation>La centralita en %1 rechazó el inicio de sesión AMI: compruebe el usuario y el secreto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX at %1 cannot be reached (%2).</source>
        <translation>No se pudo contactar con la centralita en %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number Bria can dial.</source>
        <translation>«%1» no es un número que Bria pueda marcar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not reported this call yet; end it in Bria.</source>
        <translation>Bria aún no ha informado de esta llamada; termínela en Bria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bria no longer has this call.</source>
        <translation>Bria ya no tiene esta llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria is not connected (at %1).</source>
        <translation>Bria no está conectado (en %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria could not be reached (%1).</source>
        <translation>No se pudo contactar con Bria (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not allowed this app yet: in Bria, open the Notification tab and click Allow Access.</source>
        <translation>Bria aún no ha permitido esta aplicación: en Bria, abra la pestaña Notification y haga clic en Allow Access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bria did not answer “%1” within %2 s.</source>
        <translation>Bria no respondió a «%1» en %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Bria was lost.</source>
        <translation>Se perdió la conexión con Bria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria refused “%1”: %2.</source>
        <translation>Bria rechazó «%1»: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call could not be saved on disk (%1); it stays on screen.</source>
        <translation>No se pudo guardar una llamada en el disco (%1); sigue en pantalla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls saved before could not be read, and new calls could not be saved on disk (%1); they stay on screen.</source>
        <translation>No se pudieron leer las llamadas guardadas antes, y las nuevas no se pueden guardar en el disco (%1); siguen en pantalla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is read-only or marked immutable</source>
        <translation>el archivo es de solo lectura o está marcado como inmutable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a host and a port, like %1</source>
        <translation>debe ser un host y un puerto, por ejemplo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be an IP address and a port, like %1</source>
        <translation>debe ser una dirección IP y un puerto, por ejemplo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be one word of letters, digits, - _ . + * or #</source>
        <translation>debe ser una sola palabra de letras, dígitos, - _ . + * o #</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a list of addresses or networks, like [&quot;192.168.1.50&quot;]</source>
        <translation>debe ser una lista de direcciones o redes, por ejemplo [&quot;192.168.1.50&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds “%1”, which is not an address or a network (like 192.168.1.50 or 192.168.1.0/24)</source>
        <translation>contiene «%1», que no es una dirección ni una red (por ejemplo 192.168.1.50 o 192.168.1.0/24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be the phone&apos;s address, like 192.168.1.50</source>
        <translation>debe ser la dirección del teléfono, por ejemplo 192.168.1.50</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/create_panel.py" line="+50"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates the contact in SwitchTransact and opens it.</source>
        <translation>Crea el contacto en SwitchTransact y lo abre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 072 123 4567</source>
        <translation>p. ej., 072 123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number check</source>
        <translation>Comprobación del número</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>A&amp;pellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+151"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+157"/>
        <source>Back to the contact (Esc)</source>
        <translation>Volver al contacto (Esc)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+139"/>
        <source>Create contact</source>
        <translation>Crear contacto</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Create the contact (Enter)</source>
        <translation>Crear el contacto (Intro)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Linked to the call with %1 once created.</source>
        <translation>Se vinculará a la llamada con %1 una vez creado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required. National or international form.</source>
        <translation>Obligatorio. Formato nacional o internacional.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a first or last name.</source>
        <translation>Escriba un nombre o un apellido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a phone number.</source>
        <translation>Escriba un número de teléfono.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not create this contact</source>
        <translation>No crear este contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the contact; the new contact is still created (Esc)</source>
        <translation>Volver al contacto; el nuevo contacto se crea igualmente (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard this new contact?</source>
        <translation>¿Descartar este nuevo contacto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will not be created in SwitchTransact.</source>
        <translation>%1 no se creará en SwitchTransact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desktop/ui/app/run.py" line="+95"/>
        <source>memory (demo only)</source>
        <translation>memoria (solo demo)</translation>
    </message>
</context>
<context>
    <name>DialFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/dialer.py" line="+75"/>
        <source>There is no number to dial.</source>
        <translation>No hay ningún número que marcar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a contact with a phone number to call it (Ctrl+D).</source>
        <translation>Abra un contacto con número de teléfono para llamarlo (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_editor.py" line="+47"/>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>API field: %1</source>
        <translation>Campo de la API: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the corrected fields and send again</source>
        <translation>Guardar los campos corregidos y enviar de nuevo</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_fields.py" line="+30"/>
        <source>Use hh:mm:ss, e.g. 00:03:25.</source>
        <translation>Formato hh:mm:ss, p. ej., 00:03:25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a time of day as hh:mm:ss, e.g. 14:05:09.</source>
        <translation>Una hora del día como hh:mm:ss, p. ej., 14:05:09.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use dd-mm-yy hh:mm:ss with a real date, e.g. 01-03-24 14:05:09.</source>
        <translation>Formato dd-mm-yy hh:mm:ss con una fecha válida, p. ej., 01-03-24 14:05:09.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>An e-mail address, or empty.</source>
        <translation>Una dirección de correo, o vacío.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The caller&apos;s number.</source>
        <translation>El número del llamante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in SwitchTransact&apos;s call list.</source>
        <translation>Se muestra en la lista de llamadas de SwitchTransact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity ID</source>
        <translation>ID de entidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The contact&apos;s id; empty for no contact.</source>
        <translation>El ID del contacto; vacío si no hay contacto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, Contact or Lead; empty for no contact.</source>
        <translation>Account, Contact o Lead; vacío si no hay contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent first name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent last name</source>
        <translation>Apellido del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent email</source>
        <translation>Correo del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (timespan)</source>
        <translation>Duración (intervalo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (local)</source>
        <translation>Inicio (hora local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End (local)</source>
        <translation>Fin (hora local)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National or international form.</source>
        <translation>Formato nacional o internacional.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a first or last name.</source>
        <translation>Escriba un nombre o un apellido.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../agent_desktop/ui/common/errors.py" line="+83"/>
        <source>Something unexpected went wrong, but you can keep working.</source>
        <translation>Algo inesperado salió mal, pero puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened: %1</source>
        <translation>Qué pasó: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full details are in %1</source>
        <translation>Todos los detalles están en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-55"/>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Algo inesperado salió mal. Los detalles están en el archivo de registro; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/common/error_texts.py" line="+41"/>
        <source>SwitchTransact can&apos;t be reached. Your logs are saved and will be sent when it is back.</source>
        <translation>No se puede contactar con SwitchTransact. Sus registros están guardados y se enviarán cuando vuelva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact has a problem right now. Your logs are saved and will be sent when it is working again.</source>
        <translation>SwitchTransact tiene un problema en este momento. Sus registros están guardados y se enviarán cuando vuelva a funcionar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SwitchTransact is busy. Wait a moment and try again; your logs are saved and will be sent.</source>
        <translation>SwitchTransact está ocupado. Espere un momento y vuelva a intentarlo; sus registros están guardados y se enviarán.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address does not answer like SwitchTransact. Check the address in Settings.</source>
        <translation>La dirección del servidor no responde como SwitchTransact. Compruebe la dirección en la configuración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact did not accept the API key. Check the key in Settings.</source>
        <translation>SwitchTransact no aceptó la clave de API. Compruebe la clave en la configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact did not accept this. Correct it and send it again.</source>
        <translation>SwitchTransact no lo aceptó. Corríjalo y envíelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact could not find this record. Search for it again.</source>
        <translation>SwitchTransact no encontró esta ficha. Búsquela de nuevo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SwitchTransact said: “%1”</source>
        <translation>SwitchTransact respondió: «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the API key in Settings; an administrator can check its permissions in SwitchTransact under API / Developers &gt; API Keys.</source>
        <translation>Compruebe la clave de API en Configuración; un administrador puede revisar sus permisos en SwitchTransact, en API / Developers &gt; API Keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct it and send it again.</source>
        <translation>Corríjalo y envíelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/global_keys_flow.py" line="+50"/>
        <source>Off: F9 and Ctrl+Return work while Agent Desktop has the keyboard.</source>
        <translation>Desactivados: F9 y Ctrl+Intro funcionan mientras Agent Desktop tiene el teclado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts cannot work in a Wayland session: other applications&apos; keys never reach Agent Desktop. Use an X11 session, or F9 and Ctrl+Return in the window.</source>
        <translation>Los atajos globales no pueden funcionar en una sesión Wayland: las teclas de otras aplicaciones nunca llegan a Agent Desktop. Use una sesión X11, o F9 y Ctrl+Intro en la ventana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts are off: no X11 display was found.</source>
        <translation>Atajos globales desactivados: no se encontró ninguna pantalla X11.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts need the Accessibility permission: in System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop, then start it again.</source>
        <translation>Los atajos globales necesitan el permiso de Accesibilidad: en Ajustes del Sistema → Privacidad y seguridad → Accesibilidad, active Agent Desktop y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts could not start; the log file says why.</source>
        <translation>Los atajos globales no pudieron iniciarse; el archivo de registro indica por qué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers or ends the call from any application.</source>
        <translation>%1 contesta o termina la llamada desde cualquier aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends the call log from any application.</source>
        <translation>%1 envía el registro de la llamada desde cualquier aplicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by another application, so it cannot answer or end calls here; choose other keys in Settings.</source>
        <translation>%1 lo usa otra aplicación, así que aquí no puede contestar ni terminar llamadas; elija otras teclas en Configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is used by another application, so it cannot send call logs here; choose other keys in Settings.</source>
        <translation>%1 lo usa otra aplicación, así que aquí no puede enviar registros de llamadas; elija otras teclas en Configuración.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on this keyboard; choose other keys in Settings.</source>
        <translation>%1 no existe en este teclado; elija otras teclas en Configuración.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS asks for the Accessibility permission the first time: System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop.</source>
        <translation>macOS pide el permiso de Accesibilidad la primera vez: Ajustes del Sistema → Privacidad y seguridad → Accesibilidad, active Agent Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works in X11 sessions; Wayland sessions do not pass other applications&apos; keys on.</source>
        <translation>Funciona en sesiones X11; las sesiones Wayland no transmiten las teclas de otras aplicaciones.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No call to answer or end.</source>
        <translation>No hay ninguna llamada que contestar o terminar.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <location filename="../../agent_desktop/ui/common/locale_format.py" line="+57"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Just now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+105"/>
        <source>%1 — Demo</source>
        <translation>%1 — Demo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/header.py" line="+40"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Abrir la configuración (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SwitchTransact refused the API key.</source>
        <translation>SwitchTransact rechazó la clave de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact cannot be reached.</source>
        <translation>SwitchTransact no responde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact answered with an error.</source>
        <translation>SwitchTransact respondió con un error.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up yet.</source>
        <translation>Aún sin configurar.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/open_settings.py" line="+56"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/quit_guard.py" line="+31"/>
        <source>Call logs not saved</source>
        <translation>Registros de llamada no guardados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit during a call?</source>
        <translation>¿Salir durante una llamada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. It is kept and comes back when Agent Desktop starts again. Quit anyway?</source>
        <translation>Hay una llamada en curso. Se conserva y vuelve a aparecer cuando Agent Desktop se inicie de nuevo. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 call log(s) or contact(s) could not be saved to disk and will be lost if you quit now. Quit anyway?</source>
        <translation>%1 registro(s) de llamada o contacto(s) no se pudieron guardar en el disco y se perderán si sale ahora. ¿Salir de todos modos?</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <location filename="../../agent_desktop/ui/app/memory_stores.py" line="+46"/>
        <source>API keys are kept in %1.</source>
        <translation>Las claves de API se guardan en %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server, API key, your name and preferences</source>
        <translation>Servidor, clave de API, su nombre y preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+95"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a contact</source>
        <translation>Crear un contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start call</source>
        <translation>&amp;Iniciar llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer, end or start a call</source>
        <translation>Contestar, finalizar o iniciar una llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dial contact</source>
        <translation>&amp;Marcar al contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>Call the open contact with the softphone</source>
        <translation>Llamar al contacto abierto con el softphone</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Send call &amp;log</source>
        <translation>Enviar &amp;registro de llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reviewed call log</source>
        <translation>Enviar el registro de llamada revisado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call logs and new contacts waiting to be sent, and their state</source>
        <translation>Registros de llamada y contactos nuevos pendientes de envío, y su estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>Acerca &amp;de %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a suggestion and open it</source>
        <translation>Elegir una sugerencia y abrirla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the suggestions, clear the search, leave a form</source>
        <translation>Cerrar las sugerencias, vaciar la búsqueda, salir de un formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact (number taken from the search or the call)</source>
        <translation>Nuevo contacto (número tomado de la búsqueda o de la llamada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a ringing call, end the call, or start one (Outbound with a contact open)</source>
        <translation>Contestar una llamada entrante, terminar la llamada o iniciar una (saliente con un contacto abierto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent calls: Enter opens a call, Ctrl+D calls it back</source>
        <translation>Llamadas recientes: Intro abre una llamada, Ctrl+D la devuelve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the call log</source>
        <translation>Enviar el registro de llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: what waits to be sent, and what needs attention</source>
        <translation>Bandeja de salida: lo que espera para enviarse y lo que requiere atención</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Agent Desktop</source>
        <translation>Acerca de Agent Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From any application: answer or end the call</source>
        <translation>Desde cualquier aplicación: contestar o terminar la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From any application: send the call log</source>
        <translation>Desde cualquier aplicación: enviar el registro de la llamada</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+28"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="-50"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>C&amp;all</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+62"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Caller pop-ups, instant search, quick create and call journaling for SwitchTransact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Identificación de llamantes, búsqueda instantánea, creación rápida y registro de llamadas para SwitchTransact.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_texts.py" line="+248"/>
        <source>1 call log</source>
        <translation>1 registro de llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 call logs</source>
        <translation>%1 registros de llamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 contacto nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new contacts</source>
        <translation>%1 contactos nuevos</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 needs attention</source>
        <translation>1 requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was a folder where the outbox file %1 should be.</source>
        <translation>Había una carpeta donde debería estar el archivo de la bandeja de salida %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 held another program&apos;s database, not an outbox.</source>
        <translation>El archivo %1 contenía la base de datos de otro programa, no una bandeja de salida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file %1 was empty (0 bytes), as a crash or a full disk can leave it.</source>
        <translation>El archivo de la bandeja de salida %1 estaba vacío (0 bytes), como puede dejarlo un fallo o un disco lleno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox file %1 was damaged.</source>
        <translation>El archivo de la bandeja de salida %1 estaba dañado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 outbox entry</source>
        <translation>1 elemento de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 outbox entries</source>
        <translation>%1 elementos de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 call in progress or in review</source>
        <translation>1 llamada en curso o en revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls in progress or in review</source>
        <translation>%1 llamadas en curso o en revisión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 softphone event still to replay</source>
        <translation>1 evento del softphone aún por procesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 softphone events still to replay</source>
        <translation>%1 eventos del softphone aún por procesar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carried into the new outbox: %1.</source>
        <translation>Pasado a la nueva bandeja de salida: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from it.</source>
        <translation>No se pudo leer nada de él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1 and a new outbox was started.</source>
        <translation>Se conservó como %1 y se creó una nueva bandeja de salida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New call logs are saved and sent as usual.</source>
        <translation>Los registros de llamada nuevos se guardan y envían como siempre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save %1 to disk: %2</source>
        <translation>No se pudo guardar %1 en el disco: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in memory and will be written as soon as possible; keep Agent Desktop open until then.</source>
        <translation>Se conserva en memoria y se escribirá lo antes posible; mantenga Agent Desktop abierto hasta entonces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbox cannot be written: %1</source>
        <translation>No se puede escribir la bandeja de salida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New call logs are kept in memory until it can.</source>
        <translation>Los registros de llamada nuevos se conservan en memoria hasta entonces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact refused %1.</source>
        <translation>SwitchTransact rechazó %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct and resend, or discard: nothing is dropped without you deciding.</source>
        <translation>Corrija y reenvíe, o descarte: nada se pierde sin que usted lo decida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can quit: they will be sent next time Agent Desktop starts.</source>
        <translation>Puede salir: se enviarán la próxima vez que se inicie Agent Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — %1 waiting, will send when the connection is back.</source>
        <translation>Sin conexión — %1 pendiente(s); se enviará al volver la conexión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes at %2.</source>
        <translation>SwitchTransact pidió ir más despacio: %1 en espera; el envío se reanuda a las %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes shortly.</source>
        <translation>SwitchTransact pidió reducir el ritmo — %1 pendiente(s); el envío se reanuda en breve.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact has a problem — %1 waiting; retrying automatically.</source>
        <translation>SwitchTransact tiene un problema — %1 pendiente(s); se reintenta automáticamente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending paused: SwitchTransact refused the API key — %1 waiting.</source>
        <translation>Envío en pausa: SwitchTransact rechazó la clave de API — %1 pendiente(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the key in Settings; they are sent then.</source>
        <translation>Corrija la clave en la configuración; entonces se enviarán.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting — not connected to SwitchTransact.</source>
        <translation>%1 pendiente(s) — sin conexión con SwitchTransact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the server address and API key in Settings.</source>
        <translation>Configure la dirección del servidor y la clave de API en la configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved — sending %1…</source>
        <translation>Guardado — enviando %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New contact: %1</source>
        <translation>Contacto nuevo: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not saved to disk yet</source>
        <translation>Aún no guardado en el disco</translation>
    </message>
</context>
<context>
    <name>OutboxButton</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="+158"/>
        <source>%1 waiting</source>
        <translation>%1 pendiente(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everything sent</source>
        <translation>todo enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1</source>
        <translation>Bandeja de salida: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 (Ctrl+Shift+O)</source>
        <translation>Bandeja de salida: %1 (Ctrl+Mayús+O)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_dialog.py" line="+74"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call logs and new contacts are saved here first and sent to SwitchTransact in order. Nothing is dropped unless you discard it.</source>
        <translation>Los registros de llamada y los contactos nuevos se guardan primero aquí y se envían a SwitchTransact en orden. Nada se pierde salvo que usted lo descarte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outbox entries</source>
        <translation>Elementos de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call or contact</source>
        <translation>Llamada o contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected entry</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;sent and discarded</source>
        <translation>Mostrar &amp;enviados y descartados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit &amp;&amp; resend…</source>
        <translation>E&amp;ditar &amp;&amp; reenviar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields SwitchTransact refused and send again (Enter)</source>
        <translation>Corregir los campos que SwitchTransact rechazó y enviar de nuevo (Intro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this entry again now, unchanged</source>
        <translation>Enviar de nuevo este elemento ahora, sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>Des&amp;cartar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this entry (asks first) (Delete)</source>
        <translation>No enviar este elemento (pide confirmación) (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 waiting</source>
        <translation>%1 pendiente(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 not saved to disk yet</source>
        <translation>%1 aún no guardado(s) en el disco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything has been sent.</source>
        <translation>Todo se ha enviado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing waits in the outbox.</source>
        <translation>No hay nada pendiente en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on disk yet: %1 It is written as soon as possible.</source>
        <translation>Aún no está en el disco: %1 Se escribirá lo antes posible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts: %1.</source>
        <translation>Intentos: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved — sending again.</source>
        <translation>Guardado — enviando de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending again.</source>
        <translation>Enviando de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call log</source>
        <translation>registro de llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new contact</source>
        <translation>contacto nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this entry?</source>
        <translation>¿Descartar este elemento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the %1 “%2”?</source>
        <translation>¿Descartar el %1 «%2»?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It will not be sent to SwitchTransact. It stays listed as discarded; this cannot be undone.</source>
        <translation>No se enviará a SwitchTransact. Seguirá en la lista como descartado; esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discarded.</source>
        <translation>Descartado.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <location filename="../../agent_desktop/qt/outbox_service.py" line="+247"/>
        <source>Agent Desktop is closing.</source>
        <translation>Agent Desktop se está cerrando.</translation>
    </message>
</context>
<context>
    <name>OutboxStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="-129"/>
        <source>Outbox status</source>
        <translation>Estado de la bandeja de salida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to send the waiting entries now</source>
        <translation>Intentar enviar ahora los elementos pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Abrir la configuración (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the outbox to correct, resend or discard</source>
        <translation>Abrir la bandeja de salida para corregir, reenviar o descartar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>open the outbox</source>
        <translation>abrir la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_view.py" line="+80"/>
        <source>Sending %1 saved before Agent Desktop last closed…</source>
        <translation>Enviando %1 guardado(s) antes del último cierre de Agent Desktop…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 will be sent next time Agent Desktop starts.</source>
        <translation>%1: se enviará la próxima vez que se inicie Agent Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the outbox need your attention; they are kept for next time.</source>
        <translation>En la bandeja de salida requiere(n) su atención: %1. Se conservan para la próxima vez.</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <location filename="../../agent_desktop/qt/phone_service.py" line="+108"/>
        <source>The phone did not take the command (%1).</source>
        <translation>El teléfono no aceptó la orden (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_settings.py" line="+105"/>
        <source>Only the call command (MicroSIP and others)</source>
        <translation>Solo el comando de llamada (MicroSIP y otros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desk phone (Yealink, Snom, Grandstream, Poly)</source>
        <translation>Un teléfono de escritorio (Yealink, Snom, Grandstream, Poly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asterisk (the PBX)</source>
        <translation>Asterisk (la centralita)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls come from</source>
        <translation>Las llamadas vienen de</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to set here.</source>
        <translation>Aquí no hay nada que ajustar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up in the settings file; see the README.</source>
        <translation>Se configura en el archivo de ajustes; consulte el README.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls c&amp;ome from</source>
        <translation>&amp;Las llamadas vienen de</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starts when you save.</source>
        <translation>Se inicia al guardar.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_desk_phone.py" line="+90"/>
        <location line="+195"/>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Address and port this computer listens on for the phone&apos;s requests. 127.0.0.1 takes only this computer; 0.0.0.0 takes the network (then list the phones below).</source>
        <translation>Dirección y puerto en los que este equipo recibe las peticiones del teléfono. 127.0.0.1 acepta solo este equipo; 0.0.0.0 acepta la red (indique entonces los teléfonos abajo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+187"/>
        <source>Phones allowed</source>
        <translation>Teléfonos permitidos</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>e.g. 192.168.1.50 or 192.168.1.0/24</source>
        <translation>p. ej. 192.168.1.50 o 192.168.1.0/24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only requests from these addresses or networks are taken; others are refused and counted.</source>
        <translation>Solo se aceptan peticiones de estas direcciones o redes; las demás se rechazan y se cuentan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone make</source>
        <translation>Marca del teléfono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to paste into the phone</source>
        <translation>Líneas para pegar en el teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the lines, token included, to paste into the phone</source>
        <translation>Copiar las líneas, token incluido, para pegarlas en el teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token</source>
        <translation>Nuevo token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new secret token: the phone&apos;s old lines stop working until the new ones are pasted</source>
        <translation>Crear un token secreto nuevo: las líneas antiguas del teléfono dejan de funcionar hasta que se peguen las nuevas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+140"/>
        <source>Phone&apos;s address</source>
        <translation>Dirección del teléfono</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>e.g. 192.168.1.50, for dialling from here</source>
        <translation>p. ej. 192.168.1.50, para marcar desde aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone&apos;s web user</source>
        <translation>Usuario web del teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone&apos;s web password</source>
        <translation>Contraseña web del teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;isten on</source>
        <translation>Esc&amp;uchar en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones allowed</source>
        <translation>Telé&amp;fonos permitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone make</source>
        <translation>Marca del tel&amp;éfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to paste</source>
        <translation>Líneas para pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne&apos;s address</source>
        <translation>Direcci&amp;ón del teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b user</source>
        <translation>Usuario &amp;web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web password</source>
        <translation>Contraseña web</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept in the system keyring; run “agent-desktop phone setup” to see the lines.</source>
        <translation>El token se guarda en el llavero del sistema; ejecute «agent-desktop phone setup» para ver las líneas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new token was made. Paste the new lines into the phone: the old ones are refused from now on.</source>
        <translation>Se creó un token nuevo. Pegue las líneas nuevas en el teléfono: las antiguas se rechazan a partir de ahora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token cannot be kept: %1</source>
        <translation>No se puede guardar el token: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address to listen on should be like 0.0.0.0:8765.</source>
        <translation>La dirección de escucha debe ser como 0.0.0.0:8765.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste the lines into the phone&apos;s configuration.</source>
        <translation>Copiado. Pegue las líneas en la configuración del teléfono.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Phones allowed: list the phones&apos; addresses (or their network) when listening beyond this computer.</source>
        <translation>Teléfonos permitidos: indique las direcciones de los teléfonos (o su red) al escuchar más allá de este equipo.</translation>
    </message>
</context>
<context>
    <name>PhoneTexts</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_texts.py" line="+18"/>
        <source>The call command</source>
        <translation>La orden de llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk phone</source>
        <translation>El teléfono de escritorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reachable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the port is in use by another program</source>
        <translation>otro programa usa el puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address cannot be used</source>
        <translation>la dirección no se puede usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login was refused</source>
        <translation>se rechazó el inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not answer as expected</source>
        <translation>no responde como se esperaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be allowed in Bria (Notification tab, Allow Access)</source>
        <translation>esperando permiso en Bria (pestaña «Notification», «Allow Access»)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: off</source>
        <translation>%1: desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connecting to %2</source>
        <translation>%1: conectando con %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1 at %2</source>
        <translation>Conectado a %1 en %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; trying again in %1 s</source>
        <translation>; nuevo intento en %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1 from %2</source>
        <translation> · último evento %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1</source>
        <translation> · último evento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · requests refused: %1</source>
        <translation> · solicitudes rechazadas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from %1)</source>
        <translation> (de %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>RecentFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_flow.py" line="+98"/>
        <source>&amp;Recent calls</source>
        <translation>Llamadas r&amp;ecientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent calls (%1)</source>
        <translation>Llamadas recientes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls of the last 30 days; missed ones to return</source>
        <translation>Sus llamadas de los últimos 30 días; las perdidas, para devolverlas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 missed)</source>
        <translation>%1 (%2 perdida(s))</translation>
    </message>
</context>
<context>
    <name>RecentPage</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_page.py" line="+62"/>
        <location line="+12"/>
        <source>Recent calls</source>
        <translation>Llamadas recientes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Missed calls not seen yet</source>
        <translation>Llamadas perdidas aún no vistas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the call, Ctrl+D calls the number back</source>
        <translation>Intro abre la llamada, Ctrl+D devuelve la llamada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent calls. The calls you take and make are listed here.
Type a name, company, phone number or email above to find a contact; Ctrl+N creates one, F9 starts a call.</source>
        <translation>No hay llamadas recientes. Aquí aparecen las llamadas que recibe y hace.
Escriba arriba un nombre, una empresa, un teléfono o un correo para encontrar un contacto; Ctrl+N crea uno, F9 inicia una llamada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Call back</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Call this number again (Ctrl+D)</source>
        <translation>Volver a llamar a este número (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open the contact, or the log&apos;s review (Enter)</source>
        <translation>Abrir el contacto, o la revisión del registro (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open call</source>
        <translation>Abrir la llamada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SwitchTransact refused this log; open the Outbox</source>
        <translation>SwitchTransact rechazó este registro; abra la bandeja de salida</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+8"/>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../agent_desktop/ui/review/details.py" line="+22"/>
        <location line="+5"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the call&apos;s ids and every field sent to SwitchTransact</source>
        <translation>Muestra los ID de la llamada y cada campo enviado a SwitchTransact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call times</source>
        <translation>Horas de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Call id</source>
        <translation>ID de la llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API field: %1</source>
        <translation>Campo de la API: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number in international format (E.164)</source>
        <translation>Número en formato internacional (E.164)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (softphone: %2)</source>
        <translation>%1 (softphone: %2)</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <location filename="../../agent_desktop/ui/review/edits.py" line="+34"/>
        <location line="+23"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How the call went; the direction follows from it</source>
        <translation>Cómo fue la llamada; la dirección se deduce de ello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Número de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number logged with the call</source>
        <translation>El número registrado con la llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked record</source>
        <translation>Ficha vinculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search above and choose a contact to link another one</source>
        <translation>Busque arriba y elija un contacto para vincular otro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log this call without a contact (search a contact to link another one)</source>
        <translation>Registrar esta llamada sin contacto (busque un contacto para vincular otro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact from log</source>
        <translation>Quitar el contacto del registro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration %1</source>
        <translation>Duración %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_flow.py" line="+98"/>
        <source>Call log discarded: %1</source>
        <translation>Registro de llamada descartado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too late to undo: the log was discarded.</source>
        <translation>Demasiado tarde para deshacer: el registro se descartó.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call ended.</source>
        <translation>Llamada finalizada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This log is now linked to %1.</source>
        <translation>Este registro está ahora vinculado a %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call log saved.</source>
        <translation>Registro guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed call from %1 logged.</source>
        <translation>Llamada perdida de %1 registrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call with %1 logged.</source>
        <translation>Llamada con %1 registrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved to disk yet.</source>
        <translation>Aún no guardado en el disco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log refused.</source>
        <translation>Registro de llamada rechazado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log not sent; kept for Retry.</source>
        <translation>Registro de llamada no enviado; se conserva para «Reintentar».</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="+25"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact linked</source>
        <translation>Ningún contacto vinculado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity ID</source>
        <translation>ID de entidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>No contestada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set — add your name in Settings</source>
        <translation>Sin definir — añada su nombre en la configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent email</source>
        <translation>Correo del agente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact linked — search above to link one</source>
        <translation>Ningún contacto vinculado — busque uno arriba para vincularlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent once SwitchTransact says who called: the number is being looked up again. The log is kept here; you can carry on.</source>
        <translation>Se envía cuando SwitchTransact diga quién llamó: el número se vuelve a buscar. El registro se guarda aquí; puede continuar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Logged ✓</source>
        <translation>Registrado ✓</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+51"/>
        <source>Review call log</source>
        <translation>Revisar el registro de llamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts with the call&apos;s number</source>
        <translation>Contactos con el número de la llamada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel auto-send</source>
        <translation>Cancelar el envío automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the log here until you send it (Esc)</source>
        <translation>Mantener el registro aquí hasta que lo envíe (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log this call</source>
        <translation>No registrar esta llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-76"/>
        <source>Send log</source>
        <translation>Enviar registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the log to SwitchTransact (%1)</source>
        <translation>Enviar el registro a SwitchTransact (%1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No contact linked — pick the caller below</source>
        <translation>Ningún contacto vinculado — elija abajo a quien llamó</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-45"/>
        <source>Rang %1</source>
        <translation>Sonó %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialled %1</source>
        <translation>Marcada %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1</source>
        <translation>contestada %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not answered</source>
        <translation>no contestada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended %1</source>
        <translation>finalizada %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit &amp;&amp; resend…</source>
        <translation>Editar &amp;&amp; reenviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is still being created in SwitchTransact. Sent now, this log has no contact link (the number is kept); wait a moment and it is linked to the new contact.</source>
        <translation>%1 aún se está creando en SwitchTransact. Si se envía ahora, este registro no tendrá vínculo con el contacto (se conserva el número); espere un momento y se vinculará al nuevo contacto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved — will send when back online. The log is safe in the outbox; you can carry on.</source>
        <translation>Guardado — se enviará al volver la conexión. El registro está a salvo en la bandeja de salida; puede continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved — it is sent as soon as SwitchTransact takes it; the bar below says what it waits for. The log is safe in the outbox.</source>
        <translation>Guardado — se enviará en cuanto SwitchTransact lo acepte; la barra de abajo indica qué espera. El registro está a salvo en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved — sending… The log is safe in the outbox; you can carry on.</source>
        <translation>Guardado — enviando… El registro está a salvo en la bandeja de salida; puede continuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the call log to disk: %1 It is kept in memory and will be written as soon as possible.</source>
        <translation>No se pudo guardar el registro de llamada en el disco: %1 Se conserva en memoria y se escribirá lo antes posible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1 Correct it and send it again, or discard it in the outbox.</source>
        <translation>No registrado. %1 Corríjalo y envíelo de nuevo, o descártelo en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: %1 The log is kept here; press Retry when ready.</source>
        <translation>No enviado: %1 El registro se queda aquí; pulse «Reintentar» cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+102"/>
        <source>Sending automatically in %1 s…</source>
        <translation>Envío automático en %1 s…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../agent_desktop/ui/search/search_box.py" line="+107"/>
        <source>Search name, company, phone or email</source>
        <translation>Buscar nombre, empresa, teléfono o correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type two or more letters; use the arrow keys and Enter to open a contact.</source>
        <translation>Escriba dos o más letras; use las flechas e Intro para abrir un contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts (Ctrl+K)</source>
        <translation>Buscar contactos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The search failed.</source>
        <translation>La búsqueda falló.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First %1 matches, type more to narrow</source>
        <translation>Primeras %1 coincidencias; escriba más para acotar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · ↑↓ to choose, Enter to open</source>
        <translation>%1 · ↑↓ para elegir, Intro para abrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches for “%1”. Press Ctrl+N to create a contact.</source>
        <translation>No hay coincidencias para «%1». Pulse Ctrl+N para crear un contacto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No matches for “%1”. Type the full number to create a contact.</source>
        <translation>No hay coincidencias para «%1». Escriba el número completo para crear un contacto.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../agent_desktop/ui/app/session.py" line="+128"/>
        <source>Connected to the built-in demo server.</source>
        <translation>Conectado al servidor de demostración integrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SwitchTransact server address is not set up yet.</source>
        <translation>La dirección del servidor de SwitchTransact aún no está configurada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not set up yet.</source>
        <translation>La clave de API aún no está configurada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agent Desktop is not connected yet: open Settings (Ctrl+,) and enter the server address and API key.</source>
        <translation>Agent Desktop aún no está conectado: abra la configuración (Ctrl+,) e introduzca la dirección del servidor y la clave de API.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/settings_dialog.py" line="+56"/>
        <source>An administrator creates API keys in the SwitchTransact web app under API / Developers → API Keys.</source>
        <translation>Un administrador crea las claves de API en la aplicación web de SwitchTransact, en API / Developers → API Keys.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from SwitchTransact</source>
        <translation>Pegue la clave de SwitchTransact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Show key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Checking the system keyring…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the key for this session only (not saved)</source>
        <translation>Usar la clave solo en esta sesión (no se guarda)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address</source>
        <translation>&amp;Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last name</source>
        <translation>Su apellido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email</source>
        <translation>Su correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You (written into each call log)</source>
        <translation>Usted (figura en cada registro de llamada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default region for phone numbers</source>
        <translation>Región predeterminada de los números</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search delay after typing</source>
        <translation>Retardo de búsqueda tras escribir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off — send when I confirm</source>
        <translation>Desactivado — enviar cuando confirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send call logs automatically after</source>
        <translation>Enviar los registros de llamada automáticamente tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search delay</source>
        <translation>Retardo de &amp;búsqueda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uto-send logs</source>
        <translation>&amp;Envío automático</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the computer</source>
        <translation>Iniciar con el equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens Agent Desktop, minimised, when you log in</source>
        <translation>Abre Agent Desktop, minimizado, al iniciar sesión</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Set by the AGENT_DESKTOP_API_KEY environment variable; change it there.</source>
        <translation>Definida por la variable de entorno AGENT_DESKTOP_API_KEY; cámbiela allí.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by your administrator for this computer.</source>
        <translation>Definido por su administrador para este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by an environment variable.</source>
        <translation>Definido por una variable de entorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on the command line for this session; not saved.</source>
        <translation>Definido en la línea de comandos para esta sesión; no se guarda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keyring found.</source>
        <translation>No se encontró ningún llavero del sistema.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Server address %1.</source>
        <translation>Dirección del servidor %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tick “for this session only” to use the key without saving it.</source>
        <translation>Marque «solo en esta sesión» para usar la clave sin guardarla.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings/softphone_settings.py" line="+26"/>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;C:\Program Files\MicroSIP\microsip.exe&quot; {number}</source>
        <translation>&quot;C:\Program Files\MicroSIP\microsip.exe&quot; {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dial command</source>
        <translation>Comando de marcación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The softphone&apos;s command line for click-to-dial: {number} (as stored) or {e164} (+27721234567) where the number goes. Empty: phone links go to the system.</source>
        <translation>La línea de comandos del softphone para llamar con un clic: {number} (tal como está guardado) o {e164} (+27721234567) donde va el número. Vacío: los enlaces de teléfono los abre el sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the window forward (keeps your typing)</source>
        <translation>Traer la ventana al frente (sin perder lo escrito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a notification</source>
        <translation>Mostrar una notificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the phone rings</source>
        <translation>Cuando suena el teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them without review</source>
        <translation>Registrarlas sin revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them for review</source>
        <translation>Guardarlas para revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log them (ring-all queues)</source>
        <translation>No registrarlas (colas de timbre general)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them unless a colleague answered (PBX source)</source>
        <translation>Registrarlas salvo si un compañero contestó (centralita)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls nobody answered</source>
        <translation>Llamadas que nadie contestó</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dial command</source>
        <translation>Comando de &amp;marcación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it rings</source>
        <translation>Al &amp;sonar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missed calls</source>
        <translation>Llamadas &amp;perdidas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dial command %1.</source>
        <translation>Comando de marcación %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings/shortcut_settings.py" line="+62"/>
        <source>Global shortcuts</source>
        <translation>Atajos globales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, end and log calls from any application</source>
        <translation>Contestar, terminar y registrar llamadas desde cualquier aplicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work while another application has the keyboard, and are taken from every other application.</source>
        <translation>Estas teclas funcionan mientras otra aplicación tiene el teclado, y se retiran de todas las demás aplicaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcut to answer or end the call</source>
        <translation>Atajo global para contestar o terminar la llamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global shortcut to send the call log</source>
        <translation>Atajo global para enviar el registro de la llamada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer / end</source>
        <translation>Contestar / terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send call log</source>
        <translation>Enviar registro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the keys</source>
        <translation>Pulse las teclas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click, then press the keys (for example Ctrl+Shift+F9).</source>
        <translation>Haga clic y pulse las teclas (por ejemplo Ctrl+Mayús+F9).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” cannot be a global shortcut: use Ctrl, Alt or Meta with a letter, a digit, F1–F24, Return or Space (Ctrl+Alt with F1–F12 switches the Linux console).</source>
        <translation>«%1» no puede ser un atajo global: use Ctrl, Alt o Meta con una letra, un dígito, F1–F24, Intro o Espacio (Ctrl+Alt con F1–F12 cambia de consola en Linux).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two global shortcuts must be different keys.</source>
        <translation>Los dos atajos globales deben ser teclas distintas.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="-150"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>SpoolPoll</name>
    <message>
        <location filename="../../agent_desktop/ui/app/spool_poll.py" line="+56"/>
        <source>Softphone events reach this window about a second late: it cannot listen for them (%1). They are read from disk instead.</source>
        <translation>Los eventos del softphone llegan a esta ventana con un segundo de retraso aproximadamente: no puede escucharlos (%1). En su lugar se leen del disco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a private folder of yours; remove it, or set XDG_RUNTIME_DIR</source>
        <translation>%1 no es una carpeta privada suya; elimínela o defina XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its socket %1 cannot be opened: %2</source>
        <translation>no se puede abrir su socket %1: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestions.py" line="+125"/>
        <source>Exact match</source>
        <translation>Coincidencia exacta</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location line="-67"/>
        <source>Exact match</source>
        <translation>Coincidencia exacta</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestion_popup.py" line="+55"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches.</source>
        <translation>Sin coincidencias.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../agent_desktop/ui/common/theme_scheme.py" line="+146"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark</source>
        <translation>Claro u oscuro</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../agent_desktop/ui/review/undo_bar.py" line="+27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo discard</source>
        <translation>Deshacer el descarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the call log back (%1)</source>
        <translation>Recuperar el registro de llamada (%1)</translation>
    </message>
</context>
<context>
    <name>UnsentStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/review/unsent.py" line="+79"/>
        <source>%1 call logs not sent yet</source>
        <translation>%1 registros de llamada aún sin enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 call log not sent yet</source>
        <translation>1 registro de llamada aún sin enviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent once its caller is found</source>
        <translation>Se envía cuando se encuentre a quien llamó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>WindowStart</name>
    <message>
        <location filename="../../agent_desktop/ui/window/start.py" line="+56"/>
        <source>Loading settings…</source>
        <translation>Cargando la configuración…</translation>
    </message>
</context>
</TS>
