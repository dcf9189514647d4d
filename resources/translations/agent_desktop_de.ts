<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <translation>Die Manager-Schnittstelle der Telefonanlage (AMI): Name oder Adresse und Port, 5038 (5039 mit TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use TLS, c&amp;hecked against this computer&apos;s certificates</source>
        <translation>&amp;TLS verwenden, geprüft mit den Zertifikaten dieses Computers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user your administrator created in manager.conf.</source>
        <translation>Der Benutzer, den Ihr Administrator in manager.conf angelegt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own extension: the calls of its phones (PJSIP/201, SIP/201, queue members Local/201@…) are yours.</source>
        <translation>Ihre eigene Nebenstelle: die Anrufe ihrer Telefone (PJSIP/201, SIP/201, Warteschlangen-Mitglieder Local/201@…) sind Ihre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the PBX dials a number for click-to-dial, as if dialled on your phone (FreePBX: from-internal).</source>
        <translation>Wo die Telefonanlage eine Nummer für Klicken-zum-Wählen wählt, als wäre sie an Ihrem Telefon gewählt (FreePBX: from-internal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PBX address</source>
        <translation>Adresse der Te&amp;lefonanlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AM&amp;I user</source>
        <translation>AMI-&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI se&amp;cret</source>
        <translation>AMI-&amp;Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your extension</source>
        <translation>&amp;Ihre Nebenstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial co&amp;ntext</source>
        <translation>Wä&amp;hl-Kontext</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PBX address</source>
        <translation>Adresse der Telefonanlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI user</source>
        <translation>AMI-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your extension</source>
        <translation>Ihre Nebenstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial context</source>
        <translation>Wähl-Kontext</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+174"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>BaresipSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_baresip.py" line="+36"/>
        <source>baresip address</source>
        <translation>baresip-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where baresip&apos;s ctrl_tcp module listens (HOST:PORT). Keep it on 127.0.0.1: ctrl_tcp has no password, and whoever reaches it can place calls.</source>
        <translation>Wo das ctrl_tcp-Modul von baresip lauscht (HOST:PORT). Lassen Sie es auf 127.0.0.1: ctrl_tcp hat kein Passwort, und wer es erreicht, kann Anrufe tätigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these lines to baresip&apos;s config file (~/.baresip/config), then restart baresip:</source>
        <translation>Fügen Sie diese Zeilen in die Konfigurationsdatei von baresip (~/.baresip/config) ein und starten Sie baresip neu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines for baresip&apos;s config</source>
        <translation>Zeilen für die Konfiguration von baresip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;baresip address</source>
        <translation>&amp;baresip-Adresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip address %1.</source>
        <translation>baresip-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>BriaSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_bria.py" line="+28"/>
        <source>Bria (Windows or Mac, a paid edition) tells this app about its calls through its Desktop API on this computer. The first time, Bria shows a notification: open Bria&apos;s Notification tab and click Allow Access. Answer, End call and dialling then go to Bria.</source>
        <translation>Bria (Windows oder Mac, eine kostenpflichtige Edition) meldet dieser App ihre Anrufe über die Desktop-API auf diesem Computer. Beim ersten Mal zeigt Bria eine Benachrichtigung: Öffnen Sie in Bria den Tab „Notification“ und klicken Sie auf „Allow Access“. Annehmen, Auflegen und Wählen gehen dann an Bria.</translation>
    </message>
</context>
<context>
    <name>CallAlert</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/attention.py" line="+158"/>
        <source>%1 log(s) waiting to be sent</source>
        <translation>%1 Protokoll(e) warten auf das Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed call(s)</source>
        <translation>%1 verpasste(r) Anruf(e)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+123"/>
        <source>&amp;Answer</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End call</source>
        <translation>Anruf &amp;beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start call</source>
        <translation>Anruf &amp;starten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming call from %1…</source>
        <translation>Eingehender Anruf von %1 …</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+141"/>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+70"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="-14"/>
        <source>Incoming call: %1</source>
        <translation>Eingehender Anruf: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1</source>
        <translation>%1 wird angerufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts share this number: pick one.</source>
        <translation>%1 Kontakte haben diese Nummer: Wählen Sie einen aus.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+19"/>
        <source>Could not look up the caller: %1</source>
        <translation>Anrufer konnte nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+30"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>%1 is linked to this call.</source>
        <translation>%1 ist mit diesem Anruf verknüpft.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Call answered.</source>
        <translation>Anruf angenommen.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call started.</source>
        <translation>Anruf gestartet.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_panel.py" line="+59"/>
        <source>Call duration</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call state</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller – Create contact (Ctrl+N)</source>
        <translation>Unbekannter Anrufer – Kontakt anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a contact with the caller&apos;s number</source>
        <translation>Einen Kontakt mit der Nummer des Anrufers anlegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact of the call</source>
        <translation>Kontakt des Anrufs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other call</source>
        <translation>Weiterer Anruf</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Call direction</source>
        <translation>Anrufrichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log this call without a contact</source>
        <translation>Diesen Anruf ohne Kontakt protokollieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact from call</source>
        <translation>Kontakt vom Anruf entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+106"/>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Answer the waiting call: it becomes the call in hand</source>
        <translation>Den wartenden Anruf annehmen: er wird zum aktuellen Anruf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Answer the call and start timing it (F9)</source>
        <translation>Anruf annehmen und die Zeit messen (F9)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No contact linked</source>
        <translation>Kein Kontakt verknüpft</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 — being created…</source>
        <translation>%1 – wird angelegt …</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call and review its log (F9)</source>
        <translation>Anruf beenden und sein Protokoll prüfen (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start call</source>
        <translation>Anruf starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a call (F9)</source>
        <translation>Zeitmessung für einen Anruf starten (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_texts.py" line="+29"/>
        <source>No call · F9 starts</source>
        <translation>Kein Anruf · F9 startet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialling</source>
        <translation>Wählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (being created)</source>
        <translation>%1 (wird angelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found yet – trying again</source>
        <translation>Noch nicht gefunden – neuer Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 matches – pick one</source>
        <translation>%1 Treffer – wählen Sie einen aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also ringing</source>
        <translation>Klingelt ebenfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also dialling</source>
        <translation>Wählt ebenfalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also connected</source>
        <translation>Ebenfalls verbunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_texts.py" line="+34"/>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>They called, you answered</source>
        <translation>Anruf eingegangen, Sie haben angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They called, nobody answered</source>
        <translation>Anruf eingegangen, niemand hat angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they answered</source>
        <translation>Sie haben angerufen, angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they did not answer</source>
        <translation>Sie haben angerufen, nicht angenommen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved — will send when back online</source>
        <translation>Gespeichert – wird gesendet, sobald wieder online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent — review</source>
        <translation>Nicht gesendet – prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved — waiting to send</source>
        <translation>Gespeichert — wartet auf das Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged ✓</source>
        <translation>Protokolliert ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged</source>
        <translation>Nicht protokolliert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>1 missed</source>
        <translation>1 verpasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed</source>
        <translation>%1 verpasst</translation>
    </message>
</context>
<context>
    <name>CallerChoice</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_choice.py" line="+41"/>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts share this number. Pick the caller to link them to this call.</source>
        <translation>%1 Kontakte haben diese Nummer. Wählen Sie den Anrufer, um ihn mit diesem Anruf zu verknüpfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact could not be reached to find the caller. Trying again…</source>
        <translation>SwitchTransact war nicht erreichbar, um den Anrufer zu finden. Neuer Versuch…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller could not be looked up. Search above to find them.</source>
        <translation>Der Anrufer konnte nicht gesucht werden. Suchen Sie oben nach ihm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the caller…</source>
        <translation>Anrufer wird gesucht…</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_picker.py" line="+46"/>
        <source>Contacts with the caller&apos;s number</source>
        <translation>Kontakte mit der Nummer des Anrufers</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../agent_desktop/ui/window/status.py" line="+32"/>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key problem</source>
        <translation>Problem mit dem Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Serverproblem</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/connection_test.py" line="+39"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address, TLS, key and permissions</source>
        <translation>Adresse, TLS, Schlüssel und Berechtigungen prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection does not work yet; see the first ✗.</source>
        <translation>Die Verbindung funktioniert noch nicht; siehe das erste ✗.</translation>
    </message>
</context>
<context>
    <name>ContactFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_flow.py" line="+66"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_panel.py" line="+150"/>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business number</source>
        <translation>geschäftliche Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business 2</source>
        <translation>Geschäftlich 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second business number</source>
        <translation>zweite geschäftliche Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call this number with the softphone</source>
        <translation>Diese Nummer mit dem Softphone anrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log that call against this contact</source>
        <translation>Diesen Anruf für diesen Kontakt protokollieren</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link to the call with %1</source>
        <translation>Mit dem Anruf von %1 verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the call in hand</source>
        <translation>Mit dem aktuellen Anruf verknüpfen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
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
        <translation>Der neue Kontakt konnte nicht auf der Festplatte gespeichert werden: %1 Er bleibt im Speicher und wird so bald wie möglich geschrieben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SwitchTransact refused it.</source>
        <translation>SwitchTransact hat ihn abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. %1 The contact is created as soon as SwitchTransact answers; you can carry on.</source>
        <translation>Gespeichert. %1 Der Kontakt wird angelegt, sobald SwitchTransact antwortet; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The contact was created but could not be opened; search for it.</source>
        <translation>Der Kontakt wurde angelegt, konnte aber nicht geöffnet werden; suchen Sie danach.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+54"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+24"/>
        <source>No system keyring was found. %1 Until then the key can be given in the AGENT_DESKTOP_API_KEY environment variable; it is never saved in a plain file.</source>
        <translation>Es wurde kein Systemschlüsselbund gefunden. %1 Bis dahin kann der Schlüssel in der Umgebungsvariable AGENT_DESKTOP_API_KEY angegeben werden; er wird nie in einer einfachen Datei gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux install and unlock GNOME Keyring or KWallet (a Secret Service provider; e.g. `sudo apt install gnome-keyring`), then start Agent Desktop again.</source>
        <translation>Unter Linux GNOME Keyring oder KWallet (einen Secret-Service-Anbieter) installieren und entsperren, z. B. `sudo apt install gnome-keyring`, und Agent Desktop dann neu starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On macOS the login Keychain is needed; check that it exists and is unlocked.</source>
        <translation>Unter macOS wird der Anmeldeschlüsselbund benötigt; prüfen Sie, ob er existiert und entsperrt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows the Credential Manager is needed; check that its service is running.</source>
        <translation>Unter Windows wird die Anmeldeinformationsverwaltung benötigt; prüfen Sie, ob ihr Dienst läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a keyring service that the Python `keyring` package supports.</source>
        <translation>Installieren Sie einen Schlüsselbunddienst, den das Python-Paket `keyring` unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked. Unlock it (log in again, or open your password manager and unlock the login keyring) and try again.</source>
        <translation>Der Systemschlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich erneut an oder öffnen Sie Ihre Passwortverwaltung und entsperren Sie den Anmeldeschlüsselbund) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring (%1) could not read the API key: %2</source>
        <translation>Der Systemschlüsselbund (%1) konnte den API-Schlüssel nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not store the API key: %2</source>
        <translation>Der Systemschlüsselbund (%1) konnte den API-Schlüssel nicht speichern: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not delete the API key: %2</source>
        <translation>Der Systemschlüsselbund (%1) konnte den API-Schlüssel nicht löschen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the key. %1</source>
        <translation>Der Systemschlüsselbund hat den Schlüssel nicht behalten. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys are kept in %1.</source>
        <translation>API-Schlüssel werden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key is set; add it under Settings.</source>
        <translation>Es ist kein API-Schlüssel festgelegt; tragen Sie ihn unter Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key contains characters that cannot be sent; paste it again.</source>
        <translation>Der API-Schlüssel enthält Zeichen, die nicht gesendet werden können; fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server address is set, so there is no key to look up.</source>
        <translation>Es ist keine Serveradresse festgelegt, daher gibt es keinen Schlüssel nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates are off (update_policy).</source>
        <translation>Updates sind aus (update_policy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: no update_url is set.</source>
        <translation>Updates sind aus: keine update_url gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: this copy runs from source or pip, which update it.</source>
        <translation>Updates sind aus: diese Kopie läuft aus dem Quellcode oder über pip, die sie aktualisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: IT&apos;s %1 is missing beside the site settings file.</source>
        <translation>Updates sind aus: die %1 der IT fehlt neben der Standort-Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: %1 cannot be written by this user; IT installs updates.</source>
        <translation>Updates sind aus: %1 ist für diesen Benutzer nicht beschreibbar; die IT installiert Updates.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent Desktop %1 is available.</source>
        <translation>Agent Desktop %1 ist verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Desktop %1 is installed when you quit or at the next start.</source>
        <translation>Agent Desktop %1 wird beim Beenden oder beim nächsten Start installiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated to Agent Desktop %1.</source>
        <translation>Auf Agent Desktop %1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check: the update server cannot be reached; trying again later.</source>
        <translation>Update-Prüfung: der Update-Server ist nicht erreichbar; neuer Versuch später.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update refused: its signature or contents do not check out.</source>
        <translation>Update abgelehnt: Signatur oder Inhalt stimmen nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update not downloaded: the disk is full.</source>
        <translation>Update nicht heruntergeladen: der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update not downloaded: %1</source>
        <translation>Update nicht heruntergeladen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check failed (%1); trying again later.</source>
        <translation>Update-Prüfung fehlgeschlagen (%1); neuer Versuch später.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL “%1” is not a valid web address.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL “%1” has no valid host name.</source>
        <translation>Die Basis-URL „%1“ hat keinen gültigen Hostnamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must not contain “?” or “#”.</source>
        <translation>Die Basis-URL darf kein „?“ und kein „#“ enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must use https:// for %1; plain http:// is only allowed for this computer (localhost, 127.0.0.1), where the sandbox runs.</source>
        <translation>Die Basis-URL muss für %1 https:// verwenden; einfaches http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1), auf dem die Sandbox läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using %1.</source>
        <translation>%1 wird verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as %1.</source>
        <translation>Telefonnummern ohne Landesvorwahl gelten als Nummern aus: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known two-letter country code (e.g. ZA).</source>
        <translation>„%1“ ist kein bekannter zweibuchstabiger Ländercode (z. B. ZA).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting through the proxy %1.</source>
        <translation>Verbindung über den Proxy %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not find %1. Check the base URL and the internet connection.</source>
        <translation>%1 wurde nicht gefunden. Prüfen Sie die Basis-URL und die Internetverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an IP address; no name lookup needed.</source>
        <translation>%1 ist eine IP-Adresse; keine Namensauflösung nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at %2.</source>
        <translation>%1 ist unter %2 erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Mit %1 auf Port %2 verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s certificate is trusted by this computer (%2).</source>
        <translation>Das Zertifikat von %1 ist für diesen Computer vertrauenswürdig (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key is set. Add it under Settings (an administrator can also set AGENT_DESKTOP_API_KEY).</source>
        <translation>Es ist kein API-Schlüssel festgelegt. Tragen Sie ihn unter Einstellungen ein (ein Administrator kann auch AGENT_DESKTOP_API_KEY setzen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SwitchTransact accepted the key, and it may look up contacts.</source>
        <translation>SwitchTransact hat den Schlüssel akzeptiert, und er darf Kontakte nachschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may search contacts. Creating contacts and logging calls cannot be checked without writing; they are tried when first used.</source>
        <translation>Der Schlüssel darf Kontakte suchen. Kontakte anlegen und Anrufe protokollieren lässt sich nicht ohne Schreiben prüfen; beides wird bei der ersten Verwendung versucht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is ignored. API keys are kept in the system keyring, never in settings files: remove it from this file and enter the key in Agent Desktop (or set AGENT_DESKTOP_API_KEY).</source>
        <translation>%1: %2 wird ignoriert. API-Schlüssel werden im Systemschlüsselbund aufbewahrt, nie in Einstellungsdateien: Entfernen Sie ihn aus dieser Datei und geben Sie den Schlüssel in Agent Desktop ein (oder setzen Sie AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: locked should be a list of setting names, like locked = [&quot;base_url&quot;].</source>
        <translation>%1: locked muss eine Liste von Einstellungsnamen sein, etwa locked = [&quot;base_url&quot;].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in locked is not a setting name.</source>
        <translation>%1: %2 in locked ist kein Einstellungsname.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is set by your administrator and cannot be changed here; your value is ignored.</source>
        <translation>%1: %2 wird von Ihrem Administrator festgelegt und kann hier nicht geändert werden; Ihr Wert wird ignoriert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3, not %4; using %5.</source>
        <translation>%1: %2 %3, nicht %4; %5 wird verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1=%2: %3 %4; the variable is ignored.</source>
        <translation>%1=%2: %3 %4; die Variable wird ignoriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was ignored: your administrator has locked %2 on this computer.</source>
        <translation>%1 wurde ignoriert: Ihr Administrator hat %2 auf diesem Computer gesperrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not UTF-8 text; the defaults are used instead.</source>
        <translation>%1: ist kein UTF-8-Text; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: could not be read (%2); using the defaults.</source>
        <translation>%1: konnte nicht gelesen werden (%2); es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. The file was ignored; the defaults are used instead.</source>
        <translation>%1: %2. Die Datei wurde ignoriert; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings were not saved: %1 %2.</source>
        <translation>Einstellungen wurden nicht gespeichert: %1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings were not saved: a value cannot be written (%1).</source>
        <translation>Einstellungen wurden nicht gespeichert: Ein Wert kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>Einstellungen konnten nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only or you lack permission to write there</source>
        <translation>der Ordner ist schreibgeschützt oder Ihnen fehlt die Berechtigung, dort zu schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be text in quotes</source>
        <translation>muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a web address starting with https://</source>
        <translation>muss eine Webadresse sein, die mit https:// beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a two-letter country code such as ZA or GB</source>
        <translation>muss ein zweibuchstabiger Ländercode wie ZA oder GB sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be one of %1, or &quot;&quot; to follow the system</source>
        <translation>muss einer von %1 sein oder &quot;&quot;, um dem System zu folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a whole number of milliseconds</source>
        <translation>muss eine ganze Zahl von Millisekunden sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number of seconds</source>
        <translation>muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be between %1 and %2 milliseconds</source>
        <translation>muss zwischen %1 und %2 Millisekunden liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2 seconds</source>
        <translation>muss zwischen %1 und %2 Sekunden liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number (a dialplan priority)</source>
        <translation>sollte eine ganze Zahl sein (eine Wählplan-Priorität)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2</source>
        <translation>sollte zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may only use {login}, {full_name}, {first_name} and {last_name} in braces</source>
        <translation>darf in geschweiften Klammern nur {login}, {full_name}, {first_name} und {last_name} verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should contain {number} or {e164} where the number goes</source>
        <translation>muss {number} oder {e164} enthalten, wo die Nummer hingehört</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no number to dial.</source>
        <translation>Es gibt keine Nummer zum Wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 phones cannot be told to dial from this computer: dial on the phone.</source>
        <translation>%1-Telefone können nicht von diesem Computer aus wählen: Wählen Sie am Telefon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot answer from this computer: use the phone.</source>
        <translation>%1-Telefone können nicht von diesem Computer aus annehmen: Nutzen Sie das Telefon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot end the call from this computer: use the phone.</source>
        <translation>%1-Telefone können den Anruf nicht von diesem Computer aus beenden: Nutzen Sie das Telefon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone did not say which call this is, so it cannot answer from this computer: use the phone.</source>
        <translation>Das Telefon hat nicht gesagt, welcher Anruf das ist, daher kann es nicht von diesem Computer aus annehmen: Nutzen Sie das Telefon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone did not say which call this is, so it cannot end the call from this computer: use the phone.</source>
        <translation>Das Telefon hat nicht gesagt, welcher Anruf das ist, daher kann es den Anruf nicht von diesem Computer aus beenden: Nutzen Sie das Telefon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the desk phone&apos;s address in Settings → Phone to use it from this computer.</source>
        <translation>Tragen Sie die Adresse des Tischtelefons unter Einstellungen → Telefon ein, um es von diesem Computer aus zu nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone&apos;s password cannot be read: %1</source>
        <translation>Das Passwort des Tischtelefons kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 did not answer in time. Is it on and on the network?</source>
        <translation>Das Tischtelefon unter %1 hat nicht rechtzeitig geantwortet. Ist es eingeschaltet und im Netzwerk?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 could not be reached. Check its address in Settings → Phone, and that it is on.</source>
        <translation>Das Tischtelefon unter %1 ist nicht erreichbar. Prüfen Sie seine Adresse unter Einstellungen → Telefon und ob es eingeschaltet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk phone at %1 refused the request: check the web user and password in Settings → Phone, and that the phone allows this computer to control it (Yealink: Action URI Allow IP List).</source>
        <translation>Das Tischtelefon unter %1 hat die Anfrage abgelehnt: Prüfen Sie Web-Benutzer und Passwort unter Einstellungen → Telefon und ob das Telefon diesem Computer die Steuerung erlaubt (Yealink: Action URI Allow IP List).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk phone at %1 answered with an error (HTTP %2).</source>
        <translation>Das Tischtelefon unter %1 hat mit einem Fehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number baresip can dial.</source>
        <translation>„%1“ ist keine Nummer, die baresip wählen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip no longer has this call (%1).</source>
        <translation>baresip hat diesen Anruf nicht mehr (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip refused “%1”: %2.</source>
        <translation>baresip hat „%1“ abgelehnt: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baresip is not connected (at %1).</source>
        <translation>baresip ist nicht verbunden (unter %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip could not be reached (%1).</source>
        <translation>baresip ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip did not answer “%1” within %2 s.</source>
        <translation>baresip hat auf „%1“ nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX cannot pick up your phone: answer the call on the phone itself (handset, headset or its answer button).</source>
        <translation>Die Telefonanlage kann Ihr Telefon nicht abheben: Nehmen Sie den Anruf am Telefon selbst an (Hörer, Headset oder dessen Annehmen-Taste).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This call is not on your extension any more at the PBX.</source>
        <translation>Dieser Anruf ist in der Telefonanlage nicht mehr auf Ihrer Nebenstelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number the PBX can dial.</source>
        <translation>„%1“ ist keine Nummer, die die Telefonanlage wählen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asterisk is not set up: %1.</source>
        <translation>Asterisk ist nicht eingerichtet: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 stopped answering (%2).</source>
        <translation>Die Telefonanlage unter %1 antwortet nicht mehr (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX does not let this AMI user %1: its manager.conf entry needs %2.</source>
        <translation>Die Telefonanlage erlaubt diesem AMI-Benutzer nicht zu %1: sein Eintrag in manager.conf braucht %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX refused to %1: %2.</source>
        <translation>Die Telefonanlage hat abgelehnt zu %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hang up calls</source>
        <translation>Anrufe aufzulegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dial</source>
        <translation>wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 refused the AMI login: check the user and secret.</source>
        <translation>Die Telefonanlage unter %1 hat die AMI-Anmeldung abgelehnt: Prüfen Sie Benutzer und Geheimnis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX at %1 cannot be reached (%2).</source>
        <translation>Die Telefonanlage unter %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number Bria can dial.</source>
        <translation>„%1“ ist keine Nummer, die Bria wählen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not reported this call yet; end it in Bria.</source>
        <translation>Bria hat diesen Anruf noch nicht gemeldet; beenden Sie ihn in Bria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bria no longer has this call.</source>
        <translation>Bria hat diesen Anruf nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria is not connected (at %1).</source>
        <translation>Bria ist nicht verbunden (unter %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria could not be reached (%1).</source>
        <translation>Bria ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not allowed this app yet: in Bria, open the Notification tab and click Allow Access.</source>
        <translation>Bria hat diese App noch nicht zugelassen: Öffnen Sie in Bria den Reiter Notification und klicken Sie auf Allow Access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bria did not answer “%1” within %2 s.</source>
        <translation>Bria hat auf „%1“ nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Bria was lost.</source>
        <translation>Die Verbindung zu Bria ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria refused “%1”: %2.</source>
        <translation>Bria hat „%1“ abgelehnt: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call could not be saved on disk (%1); it stays on screen.</source>
        <translation>Ein Anruf konnte nicht auf dem Datenträger gespeichert werden (%1); er bleibt auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls saved before could not be read, and new calls could not be saved on disk (%1); they stay on screen.</source>
        <translation>Zuvor gespeicherte Anrufe konnten nicht gelesen und neue Anrufe nicht auf dem Datenträger gespeichert werden (%1); sie bleiben auf dem Bildschirm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is read-only or marked immutable</source>
        <translation>die Datei ist schreibgeschützt oder als unveränderlich markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a host and a port, like %1</source>
        <translation>sollte ein Host und ein Port sein, etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be an IP address and a port, like %1</source>
        <translation>sollte eine IP-Adresse und ein Port sein, etwa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be one word of letters, digits, - _ . + * or #</source>
        <translation>sollte ein Wort aus Buchstaben, Ziffern, - _ . + * oder # sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a list of addresses or networks, like [&quot;192.168.1.50&quot;]</source>
        <translation>sollte eine Liste von Adressen oder Netzen sein, etwa [&quot;192.168.1.50&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds “%1”, which is not an address or a network (like 192.168.1.50 or 192.168.1.0/24)</source>
        <translation>enthält „%1“, das keine Adresse und kein Netz ist (etwa 192.168.1.50 oder 192.168.1.0/24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be the phone&apos;s address, like 192.168.1.50</source>
        <translation>sollte die Adresse des Telefons sein, etwa 192.168.1.50</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/create_panel.py" line="+50"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates the contact in SwitchTransact and opens it.</source>
        <translation>Legt den Kontakt in SwitchTransact an und öffnet ihn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 072 123 4567</source>
        <translation>z. B. 072 123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number check</source>
        <translation>Prüfung der Telefonnummer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+151"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+157"/>
        <source>Back to the contact (Esc)</source>
        <translation>Zurück zum Kontakt (Esc)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+139"/>
        <source>Create contact</source>
        <translation>Kontakt anlegen</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Create the contact (Enter)</source>
        <translation>Den Kontakt anlegen (Eingabe)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Linked to the call with %1 once created.</source>
        <translation>Wird nach dem Anlegen mit dem Anruf von %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required. National or international form.</source>
        <translation>Erforderlich. Nationale oder internationale Schreibweise.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a first or last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard…</source>
        <translation>Verwerfen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not create this contact</source>
        <translation>Diesen Kontakt nicht anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the contact; the new contact is still created (Esc)</source>
        <translation>Zurück zum Kontakt; der neue Kontakt wird trotzdem angelegt (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard this new contact?</source>
        <translation>Diesen neuen Kontakt verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will not be created in SwitchTransact.</source>
        <translation>%1 wird nicht in SwitchTransact angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact</source>
        <translation>Der Kontakt</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desktop/ui/app/run.py" line="+95"/>
        <source>memory (demo only)</source>
        <translation>Arbeitsspeicher (nur Demo)</translation>
    </message>
</context>
<context>
    <name>DialFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/dialer.py" line="+75"/>
        <source>There is no number to dial.</source>
        <translation>Es gibt keine Nummer zum Wählen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a contact with a phone number to call it (Ctrl+D).</source>
        <translation>Öffnen Sie einen Kontakt mit Telefonnummer, um ihn anzurufen (Strg+D).</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_editor.py" line="+47"/>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>API field: %1</source>
        <translation>API-Feld: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resend</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the corrected fields and send again</source>
        <translation>Die korrigierten Felder speichern und erneut senden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>One of: %1.</source>
        <translation>Einer von: %1.</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_fields.py" line="+30"/>
        <source>Use hh:mm:ss, e.g. 00:03:25.</source>
        <translation>Format hh:mm:ss, z. B. 00:03:25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a time of day as hh:mm:ss, e.g. 14:05:09.</source>
        <translation>Eine Uhrzeit im Format hh:mm:ss, z. B. 14:05:09.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use dd-mm-yy hh:mm:ss with a real date, e.g. 01-03-24 14:05:09.</source>
        <translation>Format dd-mm-yy hh:mm:ss mit einem gültigen Datum, z. B. 01-03-24 14:05:09.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>An e-mail address, or empty.</source>
        <translation>Eine E-Mail-Adresse oder leer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call type</source>
        <translation>Anruftyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The caller&apos;s number.</source>
        <translation>Die Nummer des Anrufers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in SwitchTransact&apos;s call list.</source>
        <translation>Wird in der Anrufliste von SwitchTransact angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The contact&apos;s id; empty for no contact.</source>
        <translation>Die ID des Kontakts; leer für keinen Kontakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, Contact or Lead; empty for no contact.</source>
        <translation>Account, Contact oder Lead; leer für keinen Kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent first name</source>
        <translation>Vorname des Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent last name</source>
        <translation>Nachname des Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent email</source>
        <translation>E-Mail des Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (timespan)</source>
        <translation>Dauer (Zeitspanne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (local)</source>
        <translation>Beginn (Ortszeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End (local)</source>
        <translation>Ende (Ortszeit)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National or international form.</source>
        <translation>Nationale oder internationale Schreibweise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a first or last name.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../agent_desktop/ui/common/errors.py" line="+83"/>
        <source>Something unexpected went wrong, but you can keep working.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen, aber Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened: %1</source>
        <translation>Was passiert ist: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full details are in %1</source>
        <translation>Alle Details stehen in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-55"/>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Die Details stehen in der Protokolldatei; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/common/error_texts.py" line="+41"/>
        <source>SwitchTransact can&apos;t be reached. Your logs are saved and will be sent when it is back.</source>
        <translation>SwitchTransact ist nicht erreichbar. Ihre Protokolle sind gespeichert und werden gesendet, sobald es wieder da ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact has a problem right now. Your logs are saved and will be sent when it is working again.</source>
        <translation>SwitchTransact hat gerade ein Problem. Ihre Protokolle sind gespeichert und werden gesendet, sobald es wieder funktioniert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SwitchTransact is busy. Wait a moment and try again; your logs are saved and will be sent.</source>
        <translation>SwitchTransact ist ausgelastet. Warten Sie einen Moment und versuchen Sie es erneut; Ihre Protokolle sind gespeichert und werden gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address does not answer like SwitchTransact. Check the address in Settings.</source>
        <translation>Die Serveradresse antwortet nicht wie SwitchTransact. Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact did not accept the API key. Check the key in Settings.</source>
        <translation>SwitchTransact hat den API-Schlüssel nicht akzeptiert. Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact did not accept this. Correct it and send it again.</source>
        <translation>SwitchTransact hat dies nicht akzeptiert. Korrigieren Sie es und senden Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact could not find this record. Search for it again.</source>
        <translation>SwitchTransact konnte diesen Datensatz nicht finden. Suchen Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SwitchTransact said: “%1”</source>
        <translation>SwitchTransact meldet: „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the API key in Settings; an administrator can check its permissions in SwitchTransact under API / Developers &gt; API Keys.</source>
        <translation>Prüfen Sie den API-Schlüssel in den Einstellungen; ein Administrator kann seine Berechtigungen in SwitchTransact unter API / Developers &gt; API Keys prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct it and send it again.</source>
        <translation>Korrigieren Sie es und senden Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/global_keys_flow.py" line="+50"/>
        <source>Off: F9 and Ctrl+Return work while Agent Desktop has the keyboard.</source>
        <translation>Aus: F9 und Strg+Eingabe wirken, solange Agent Desktop die Tastatur hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts cannot work in a Wayland session: other applications&apos; keys never reach Agent Desktop. Use an X11 session, or F9 and Ctrl+Return in the window.</source>
        <translation>Globale Tastenkürzel funktionieren in einer Wayland-Sitzung nicht: Tasten anderer Anwendungen erreichen Agent Desktop nie. Nutzen Sie eine X11-Sitzung oder F9 und Strg+Eingabe im Fenster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts are off: no X11 display was found.</source>
        <translation>Globale Tastenkürzel sind aus: Es wurde keine X11-Anzeige gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts need the Accessibility permission: in System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop, then start it again.</source>
        <translation>Globale Tastenkürzel brauchen die Berechtigung „Bedienungshilfen“: Aktivieren Sie Agent Desktop unter Systemeinstellungen → Datenschutz &amp; Sicherheit → Bedienungshilfen und starten Sie es dann neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts could not start; the log file says why.</source>
        <translation>Globale Tastenkürzel konnten nicht starten; die Protokolldatei nennt den Grund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers or ends the call from any application.</source>
        <translation>%1 nimmt den Anruf aus jeder Anwendung an oder beendet ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends the call log from any application.</source>
        <translation>%1 sendet das Anrufprotokoll aus jeder Anwendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by another application, so it cannot answer or end calls here; choose other keys in Settings.</source>
        <translation>%1 wird von einer anderen Anwendung verwendet und kann hier keine Anrufe annehmen oder beenden; wählen Sie in den Einstellungen andere Tasten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is used by another application, so it cannot send call logs here; choose other keys in Settings.</source>
        <translation>%1 wird von einer anderen Anwendung verwendet und kann hier keine Anrufprotokolle senden; wählen Sie in den Einstellungen andere Tasten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on this keyboard; choose other keys in Settings.</source>
        <translation>%1 gibt es auf dieser Tastatur nicht; wählen Sie in den Einstellungen andere Tasten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS asks for the Accessibility permission the first time: System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop.</source>
        <translation>macOS fragt beim ersten Mal nach der Berechtigung „Bedienungshilfen“: Systemeinstellungen → Datenschutz &amp; Sicherheit → Bedienungshilfen, Agent Desktop aktivieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works in X11 sessions; Wayland sessions do not pass other applications&apos; keys on.</source>
        <translation>Funktioniert in X11-Sitzungen; Wayland-Sitzungen geben die Tasten anderer Anwendungen nicht weiter.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No call to answer or end.</source>
        <translation>Kein Anruf zum Annehmen oder Beenden.</translation>
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
        <translation>Gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+105"/>
        <source>%1 — Demo</source>
        <translation>%1 – Demo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/header.py" line="+40"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Einstellungen öffnen (Strg+,)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SwitchTransact refused the API key.</source>
        <translation>SwitchTransact hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact cannot be reached.</source>
        <translation>SwitchTransact ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact answered with an error.</source>
        <translation>SwitchTransact hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up yet.</source>
        <translation>Noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/open_settings.py" line="+56"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/quit_guard.py" line="+31"/>
        <source>Call logs not saved</source>
        <translation>Anrufprotokolle nicht gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit during a call?</source>
        <translation>Während eines Anrufs beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. It is kept and comes back when Agent Desktop starts again. Quit anyway?</source>
        <translation>Ein Anruf läuft. Er bleibt erhalten und erscheint beim nächsten Start von Agent Desktop wieder. Trotzdem beenden?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 call log(s) or contact(s) could not be saved to disk and will be lost if you quit now. Quit anyway?</source>
        <translation>%1 Anrufprotokoll(e) oder Kontakt(e) konnten nicht auf der Festplatte gespeichert werden und gehen verloren, wenn Sie jetzt beenden. Trotzdem beenden?</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <location filename="../../agent_desktop/ui/app/memory_stores.py" line="+46"/>
        <source>API keys are kept in %1.</source>
        <translation>API-Schlüssel werden hier aufbewahrt: %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server, API key, your name and preferences</source>
        <translation>Server, API-Schlüssel, Ihr Name und Voreinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+95"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a contact</source>
        <translation>Einen Kontakt anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start call</source>
        <translation>Anruf &amp;starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer, end or start a call</source>
        <translation>Einen Anruf annehmen, beenden oder starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dial contact</source>
        <translation>Kontakt &amp;wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>Call the open contact with the softphone</source>
        <translation>Den geöffneten Kontakt mit dem Softphone anrufen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Send call &amp;log</source>
        <translation>Anruf&amp;protokoll senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reviewed call log</source>
        <translation>Das geprüfte Anrufprotokoll senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>P&amp;ostausgang …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call logs and new contacts waiting to be sent, and their state</source>
        <translation>Anrufprotokolle und neue Kontakte, die auf das Senden warten, und ihr Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a suggestion and open it</source>
        <translation>Einen Vorschlag wählen und öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the suggestions, clear the search, leave a form</source>
        <translation>Vorschläge schließen, Suche leeren, Formular verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact (number taken from the search or the call)</source>
        <translation>Neuer Kontakt (Nummer aus der Suche oder dem Anruf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a ringing call, end the call, or start one (Outbound with a contact open)</source>
        <translation>Klingelnden Anruf annehmen, Anruf beenden oder einen beginnen (ausgehend bei geöffnetem Kontakt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent calls: Enter opens a call, Ctrl+D calls it back</source>
        <translation>Letzte Anrufe: Eingabe öffnet einen Anruf, Strg+D ruft zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the call log</source>
        <translation>Das Anrufprotokoll senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: what waits to be sent, and what needs attention</source>
        <translation>Postausgang: was auf das Senden wartet und was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Agent Desktop</source>
        <translation>Über Agent Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From any application: answer or end the call</source>
        <translation>Aus jeder Anwendung: Anruf annehmen oder beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From any application: send the call log</source>
        <translation>Aus jeder Anwendung: Anrufprotokoll senden</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+28"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="-50"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>C&amp;all</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+62"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Caller pop-ups, instant search, quick create and call journaling for SwitchTransact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anruferanzeige, Sofortsuche, schnelles Anlegen und Anrufprotokollierung für SwitchTransact.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_texts.py" line="+248"/>
        <source>1 call log</source>
        <translation>1 Anrufprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 call logs</source>
        <translation>%1 Anrufprotokolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 neuer Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new contacts</source>
        <translation>%1 neue Kontakte</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 needs attention</source>
        <translation>1 braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need attention</source>
        <translation>%1 brauchen Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was a folder where the outbox file %1 should be.</source>
        <translation>Wo die Postausgangsdatei %1 sein sollte, war ein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 held another program&apos;s database, not an outbox.</source>
        <translation>Die Datei %1 enthielt die Datenbank eines anderen Programms, keinen Postausgang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file %1 was empty (0 bytes), as a crash or a full disk can leave it.</source>
        <translation>Die Postausgangsdatei %1 war leer (0 Byte), wie ein Absturz oder eine volle Festplatte sie hinterlassen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox file %1 was damaged.</source>
        <translation>Die Postausgangsdatei %1 war beschädigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 outbox entry</source>
        <translation>1 Eintrag im Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 outbox entries</source>
        <translation>%1 Einträge im Postausgang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 call in progress or in review</source>
        <translation>1 Anruf läuft oder wartet auf Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls in progress or in review</source>
        <translation>%1 Anrufe laufen oder warten auf Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 softphone event still to replay</source>
        <translation>1 Softphone-Ereignis noch zu verarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 softphone events still to replay</source>
        <translation>%1 Softphone-Ereignisse noch zu verarbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carried into the new outbox: %1.</source>
        <translation>In den neuen Postausgang übernommen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from it.</source>
        <translation>Daraus ließ sich nichts lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1 and a new outbox was started.</source>
        <translation>Sie wurde als %1 aufbewahrt und ein neuer Postausgang wurde angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New call logs are saved and sent as usual.</source>
        <translation>Neue Anrufprotokolle werden wie gewohnt gespeichert und gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save %1 to disk: %2</source>
        <translation>%1 konnte nicht auf der Festplatte gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in memory and will be written as soon as possible; keep Agent Desktop open until then.</source>
        <translation>Die Daten bleiben im Speicher und werden so bald wie möglich geschrieben; lassen Sie Agent Desktop bis dahin geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbox cannot be written: %1</source>
        <translation>Der Postausgang kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New call logs are kept in memory until it can.</source>
        <translation>Neue Anrufprotokolle bleiben im Speicher, bis das wieder geht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact refused %1.</source>
        <translation>SwitchTransact hat %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct and resend, or discard: nothing is dropped without you deciding.</source>
        <translation>Korrigieren und erneut senden oder verwerfen: Nichts geht verloren, ohne dass Sie es entscheiden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can quit: they will be sent next time Agent Desktop starts.</source>
        <translation>Sie können beenden: Gesendet wird beim nächsten Start von Agent Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — %1 waiting, will send when the connection is back.</source>
        <translation>Offline – %1 wartend, wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes at %2.</source>
        <translation>SwitchTransact bat, langsamer zu senden – %1 warten; das Senden geht um %2 weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes shortly.</source>
        <translation>SwitchTransact bittet um weniger Anfragen – %1 wartend; das Senden geht gleich weiter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact has a problem — %1 waiting; retrying automatically.</source>
        <translation>SwitchTransact hat ein Problem – %1 wartend; wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending paused: SwitchTransact refused the API key — %1 waiting.</source>
        <translation>Senden angehalten: SwitchTransact hat den API-Schlüssel abgelehnt – %1 wartend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the key in Settings; they are sent then.</source>
        <translation>Korrigieren Sie den Schlüssel in den Einstellungen; dann wird gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting — not connected to SwitchTransact.</source>
        <translation>%1 wartend – nicht mit SwitchTransact verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the server address and API key in Settings.</source>
        <translation>Richten Sie Serveradresse und API-Schlüssel in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved — sending %1…</source>
        <translation>Gespeichert – %1 wird gesendet …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New contact: %1</source>
        <translation>Neuer Kontakt: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Waiting to retry</source>
        <translation>Wartet auf erneuten Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not saved to disk yet</source>
        <translation>Noch nicht auf der Festplatte gespeichert</translation>
    </message>
</context>
<context>
    <name>OutboxButton</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="+158"/>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everything sent</source>
        <translation>alles gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 (Ctrl+Shift+O)</source>
        <translation>Postausgang: %1 (Strg+Umschalt+O)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_dialog.py" line="+74"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call logs and new contacts are saved here first and sent to SwitchTransact in order. Nothing is dropped unless you discard it.</source>
        <translation>Anrufprotokolle und neue Kontakte werden zuerst hier gespeichert und der Reihe nach an SwitchTransact gesendet. Nichts geht verloren, außer Sie verwerfen es.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outbox entries</source>
        <translation>Einträge im Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call or contact</source>
        <translation>Anruf oder Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected entry</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;sent and discarded</source>
        <translation>&amp;Gesendete und verworfene anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit &amp;&amp; resend…</source>
        <translation>&amp;Bearbeiten &amp;&amp; erneut senden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields SwitchTransact refused and send again (Enter)</source>
        <translation>Die von SwitchTransact abgelehnten Felder korrigieren und erneut senden (Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this entry again now, unchanged</source>
        <translation>Diesen Eintrag jetzt unverändert erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this entry (asks first) (Delete)</source>
        <translation>Diesen Eintrag nicht senden (fragt vorher) (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 not saved to disk yet</source>
        <translation>%1 noch nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything has been sent.</source>
        <translation>Alles wurde gesendet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing waits in the outbox.</source>
        <translation>Im Postausgang wartet nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on disk yet: %1 It is written as soon as possible.</source>
        <translation>Noch nicht auf der Festplatte: %1 Wird so bald wie möglich geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts: %1.</source>
        <translation>Versuche: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved — sending again.</source>
        <translation>Gespeichert – wird erneut gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending again.</source>
        <translation>Wird erneut gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call log</source>
        <translation>Anrufprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this entry?</source>
        <translation>Diesen Eintrag verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the %1 “%2”?</source>
        <translation>„%2“ (%1) verwerfen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It will not be sent to SwitchTransact. It stays listed as discarded; this cannot be undone.</source>
        <translation>Er wird nicht an SwitchTransact gesendet. Er bleibt als verworfen aufgeführt; dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <location filename="../../agent_desktop/qt/outbox_service.py" line="+247"/>
        <source>Agent Desktop is closing.</source>
        <translation>Agent Desktop wird beendet.</translation>
    </message>
</context>
<context>
    <name>OutboxStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="-129"/>
        <source>Outbox status</source>
        <translation>Status des Postausgangs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to send the waiting entries now</source>
        <translation>Die wartenden Einträge jetzt zu senden versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Einstellungen öffnen (Strg+,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the outbox to correct, resend or discard</source>
        <translation>Den Postausgang öffnen, um zu korrigieren, erneut zu senden oder zu verwerfen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>open the outbox</source>
        <translation>Postausgang öffnen</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_view.py" line="+80"/>
        <source>Sending %1 saved before Agent Desktop last closed…</source>
        <translation>Vor dem letzten Schließen von Agent Desktop gespeichert, wird jetzt gesendet: %1 …</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 will be sent next time Agent Desktop starts.</source>
        <translation>%1 – wird beim nächsten Start von Agent Desktop gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the outbox need your attention; they are kept for next time.</source>
        <translation>Im Postausgang braucht Ihre Aufmerksamkeit: %1. Alles bleibt für das nächste Mal erhalten.</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <location filename="../../agent_desktop/qt/phone_service.py" line="+108"/>
        <source>The phone did not take the command (%1).</source>
        <translation>Das Telefon hat den Befehl nicht angenommen (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_settings.py" line="+105"/>
        <source>Only the call command (MicroSIP and others)</source>
        <translation>Nur der Anrufbefehl (MicroSIP und andere)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desk phone (Yealink, Snom, Grandstream, Poly)</source>
        <translation>Ein Tischtelefon (Yealink, Snom, Grandstream, Poly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asterisk (the PBX)</source>
        <translation>Asterisk (die Telefonanlage)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls come from</source>
        <translation>Anrufe kommen von</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to set here.</source>
        <translation>Hier ist nichts einzustellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up in the settings file; see the README.</source>
        <translation>In der Einstellungsdatei einzurichten; siehe README.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls c&amp;ome from</source>
        <translation>Anru&amp;fe kommen von</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starts when you save.</source>
        <translation>Startet beim Speichern.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_desk_phone.py" line="+90"/>
        <location line="+195"/>
        <source>Listen on</source>
        <translation>Lauschen auf</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Address and port this computer listens on for the phone&apos;s requests. 127.0.0.1 takes only this computer; 0.0.0.0 takes the network (then list the phones below).</source>
        <translation>Adresse und Port, auf denen dieser Computer die Anfragen des Telefons annimmt. 127.0.0.1 nimmt nur diesen Computer an; 0.0.0.0 das Netzwerk (dann unten die Telefone eintragen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+187"/>
        <source>Phones allowed</source>
        <translation>Erlaubte Telefone</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>e.g. 192.168.1.50 or 192.168.1.0/24</source>
        <translation>z. B. 192.168.1.50 oder 192.168.1.0/24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only requests from these addresses or networks are taken; others are refused and counted.</source>
        <translation>Nur Anfragen von diesen Adressen oder Netzen werden angenommen; andere werden abgewiesen und gezählt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone make</source>
        <translation>Telefonhersteller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to paste into the phone</source>
        <translation>Zeilen zum Einfügen ins Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the lines, token included, to paste into the phone</source>
        <translation>Die Zeilen samt Token kopieren, um sie ins Telefon einzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new secret token: the phone&apos;s old lines stop working until the new ones are pasted</source>
        <translation>Ein neues geheimes Token erzeugen: Die alten Zeilen des Telefons funktionieren erst wieder, wenn die neuen eingefügt sind</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+140"/>
        <source>Phone&apos;s address</source>
        <translation>Adresse des Telefons</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>e.g. 192.168.1.50, for dialling from here</source>
        <translation>z. B. 192.168.1.50, um von hier zu wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone&apos;s web user</source>
        <translation>Web-Benutzer des Telefons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone&apos;s web password</source>
        <translation>Web-Passwort des Telefons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Unverändert (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;isten on</source>
        <translation>Laus&amp;chen auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones allowed</source>
        <translation>Er&amp;laubte Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone make</source>
        <translation>Telefon&amp;hersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to paste</source>
        <translation>Zeilen zum Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne&apos;s address</source>
        <translation>Adresse des &amp;Telefons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b user</source>
        <translation>We&amp;b-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web password</source>
        <translation>Web-Passwort</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept in the system keyring; run “agent-desktop phone setup” to see the lines.</source>
        <translation>Das Token liegt im Schlüsselbund des Systems; „agent-desktop phone setup“ zeigt die Zeilen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new token was made. Paste the new lines into the phone: the old ones are refused from now on.</source>
        <translation>Ein neues Token wurde erzeugt. Fügen Sie die neuen Zeilen ins Telefon ein: Die alten werden ab jetzt abgewiesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token cannot be kept: %1</source>
        <translation>Das Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address to listen on should be like 0.0.0.0:8765.</source>
        <translation>Die Adresse zum Lauschen sollte wie 0.0.0.0:8765 aussehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste the lines into the phone&apos;s configuration.</source>
        <translation>Kopiert. Fügen Sie die Zeilen in die Konfiguration des Telefons ein.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Phones allowed: list the phones&apos; addresses (or their network) when listening beyond this computer.</source>
        <translation>Erlaubte Telefone: Tragen Sie die Adressen der Telefone (oder ihr Netz) ein, wenn über diesen Computer hinaus gelauscht wird.</translation>
    </message>
</context>
<context>
    <name>PhoneTexts</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_texts.py" line="+18"/>
        <source>The call command</source>
        <translation>Der Anrufbefehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk phone</source>
        <translation>Das Tischtelefon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the port is in use by another program</source>
        <translation>der Port wird von einem anderen Programm belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address cannot be used</source>
        <translation>die Adresse ist nicht verwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login was refused</source>
        <translation>die Anmeldung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not answer as expected</source>
        <translation>es antwortet nicht wie erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be allowed in Bria (Notification tab, Allow Access)</source>
        <translation>wartet auf Freigabe in Bria (Tab „Notification“, „Allow Access“)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connecting to %2</source>
        <translation>%1: Verbindung mit %2 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1 at %2</source>
        <translation>Verbunden mit %1 unter %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: %3</source>
        <translation>%1 unter %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; trying again in %1 s</source>
        <translation>; neuer Versuch in %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1 from %2</source>
        <translation> · letztes Ereignis %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1</source>
        <translation> · letztes Ereignis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · requests refused: %1</source>
        <translation> · abgewiesene Anfragen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>RecentFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_flow.py" line="+98"/>
        <source>&amp;Recent calls</source>
        <translation>&amp;Letzte Anrufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent calls (%1)</source>
        <translation>Letzte Anrufe (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls of the last 30 days; missed ones to return</source>
        <translation>Ihre Anrufe der letzten 30 Tage; verpasste zum Zurückrufen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 missed)</source>
        <translation>%1 (%2 verpasst)</translation>
    </message>
</context>
<context>
    <name>RecentPage</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_page.py" line="+62"/>
        <location line="+12"/>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Missed calls not seen yet</source>
        <translation>Noch nicht gesehene verpasste Anrufe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the call, Ctrl+D calls the number back</source>
        <translation>Eingabe öffnet den Anruf, Strg+D ruft die Nummer zurück</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent calls. The calls you take and make are listed here.
Type a name, company, phone number or email above to find a contact; Ctrl+N creates one, F9 starts a call.</source>
        <translation>Keine letzten Anrufe. Die Anrufe, die Sie annehmen und tätigen, stehen hier.
Geben Sie oben einen Namen, eine Firma, eine Telefonnummer oder eine E-Mail-Adresse ein, um einen Kontakt zu finden; Strg+N legt einen an, F9 startet einen Anruf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Call back</source>
        <translation>Zurückrufen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Call this number again (Ctrl+D)</source>
        <translation>Diese Nummer erneut anrufen (Strg+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open the contact, or the log&apos;s review (Enter)</source>
        <translation>Den Kontakt oder die Prüfung des Protokolls öffnen (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SwitchTransact refused this log; open the Outbox</source>
        <translation>SwitchTransact hat dieses Protokoll abgelehnt; öffnen Sie den Postausgang</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+8"/>
        <source>South Africa</source>
        <translation>Südafrika</translation>
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
        <translation>Simbabwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Sambia</translation>
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
        <translation>Ägypten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../agent_desktop/ui/review/details.py" line="+22"/>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the call&apos;s ids and every field sent to SwitchTransact</source>
        <translation>Zeigt die IDs des Anrufs und jedes an SwitchTransact gesendete Feld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call times</source>
        <translation>Anrufzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API field: %1</source>
        <translation>API-Feld: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number in international format (E.164)</source>
        <translation>Nummer im internationalen Format (E.164)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (softphone: %2)</source>
        <translation>%1 (Softphone: %2)</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <location filename="../../agent_desktop/ui/review/edits.py" line="+34"/>
        <location line="+23"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How the call went; the direction follows from it</source>
        <translation>Wie der Anruf verlief; die Richtung ergibt sich daraus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Rufnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number logged with the call</source>
        <translation>Die mit dem Anruf protokollierte Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked record</source>
        <translation>Verknüpfter Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search above and choose a contact to link another one</source>
        <translation>Oben suchen und einen Kontakt wählen, um einen anderen zu verknüpfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log this call without a contact (search a contact to link another one)</source>
        <translation>Diesen Anruf ohne Kontakt protokollieren (suchen Sie einen Kontakt, um einen anderen zu verknüpfen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact from log</source>
        <translation>Kontakt aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration %1</source>
        <translation>Dauer %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_flow.py" line="+98"/>
        <source>Call log discarded: %1</source>
        <translation>Anrufprotokoll verworfen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too late to undo: the log was discarded.</source>
        <translation>Zu spät zum Rückgängigmachen: Das Protokoll wurde verworfen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call ended.</source>
        <translation>Anruf beendet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This log is now linked to %1.</source>
        <translation>Dieses Protokoll ist jetzt mit %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call log saved.</source>
        <translation>Anrufprotokoll gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed call from %1 logged.</source>
        <translation>Verpasster Anruf von %1 protokolliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call with %1 logged.</source>
        <translation>Anruf mit %1 protokolliert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved to disk yet.</source>
        <translation>Noch nicht auf der Festplatte gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log refused.</source>
        <translation>Anrufprotokoll abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log not sent; kept for Retry.</source>
        <translation>Anrufprotokoll nicht gesendet; für „Erneut versuchen“ aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact linked</source>
        <translation>Kein Kontakt verknüpft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity ID</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call type</source>
        <translation>Anruftyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set — add your name in Settings</source>
        <translation>Nicht festgelegt – tragen Sie Ihren Namen in den Einstellungen ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent email</source>
        <translation>E-Mail des Agenten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact linked — search above to link one</source>
        <translation>Kein Kontakt verknüpft – oben suchen, um einen zu verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent once SwitchTransact says who called: the number is being looked up again. The log is kept here; you can carry on.</source>
        <translation>Wird gesendet, sobald SwitchTransact den Anrufer kennt: die Nummer wird erneut gesucht. Das Protokoll bleibt hier; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Logged ✓</source>
        <translation>Protokolliert ✓</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+51"/>
        <source>Review call log</source>
        <translation>Anrufprotokoll prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts with the call&apos;s number</source>
        <translation>Kontakte mit der Nummer des Anrufs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel auto-send</source>
        <translation>Automatisches Senden abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the log here until you send it (Esc)</source>
        <translation>Das Protokoll hier behalten, bis Sie es senden (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log this call</source>
        <translation>Diesen Anruf nicht protokollieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-76"/>
        <source>Send log</source>
        <translation>Protokoll senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the log to SwitchTransact (%1)</source>
        <translation>Das Protokoll an SwitchTransact senden (%1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No contact linked — pick the caller below</source>
        <translation>Kein Kontakt verknüpft — wählen Sie unten den Anrufer</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-45"/>
        <source>Rang %1</source>
        <translation>Geklingelt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialled %1</source>
        <translation>Gewählt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1</source>
        <translation>angenommen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not answered</source>
        <translation>nicht angenommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit &amp;&amp; resend…</source>
        <translation>Bearbeiten &amp;&amp; erneut senden …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is still being created in SwitchTransact. Sent now, this log has no contact link (the number is kept); wait a moment and it is linked to the new contact.</source>
        <translation>%1 wird in SwitchTransact noch angelegt. Jetzt gesendet, hat dieses Protokoll keine Kontaktverknüpfung (die Nummer bleibt erhalten); warten Sie einen Moment, dann wird es mit dem neuen Kontakt verknüpft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved — will send when back online. The log is safe in the outbox; you can carry on.</source>
        <translation>Gespeichert – wird gesendet, sobald wieder online. Das Protokoll ist im Postausgang sicher; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved — it is sent as soon as SwitchTransact takes it; the bar below says what it waits for. The log is safe in the outbox.</source>
        <translation>Gespeichert — wird gesendet, sobald SwitchTransact es annimmt; die Leiste unten sagt, worauf es wartet. Das Protokoll ist im Postausgang sicher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved — sending… The log is safe in the outbox; you can carry on.</source>
        <translation>Gespeichert – wird gesendet … Das Protokoll ist im Postausgang sicher; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the call log to disk: %1 It is kept in memory and will be written as soon as possible.</source>
        <translation>Das Anrufprotokoll konnte nicht auf der Festplatte gespeichert werden: %1 Es bleibt im Speicher und wird so bald wie möglich geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1 Correct it and send it again, or discard it in the outbox.</source>
        <translation>Nicht protokolliert. %1 Korrigieren Sie es und senden Sie es erneut, oder verwerfen Sie es im Postausgang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: %1 The log is kept here; press Retry when ready.</source>
        <translation>Nicht gesendet: %1 Das Protokoll bleibt hier; drücken Sie „Erneut versuchen“, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+102"/>
        <source>Sending automatically in %1 s…</source>
        <translation>Automatisches Senden in %1 s …</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../agent_desktop/ui/search/search_box.py" line="+107"/>
        <source>Search name, company, phone or email</source>
        <translation>Name, Firma, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type two or more letters; use the arrow keys and Enter to open a contact.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein; mit den Pfeiltasten und der Eingabetaste öffnen Sie einen Kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts (Ctrl+K)</source>
        <translation>Kontakte suchen (Strg+K)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First %1 matches, type more to narrow</source>
        <translation>Die ersten %1 Treffer, tippen Sie weiter, um einzugrenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · ↑↓ to choose, Enter to open</source>
        <translation>%1 · ↑↓ zum Auswählen, Eingabe zum Öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches for “%1”. Press Ctrl+N to create a contact.</source>
        <translation>Keine Treffer für „%1“. Drücken Sie Strg+N, um einen Kontakt anzulegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No matches for “%1”. Type the full number to create a contact.</source>
        <translation>Keine Treffer für „%1“. Geben Sie die vollständige Nummer ein, um einen Kontakt anzulegen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../agent_desktop/ui/app/session.py" line="+128"/>
        <source>Connected to the built-in demo server.</source>
        <translation>Mit dem eingebauten Demo-Server verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SwitchTransact server address is not set up yet.</source>
        <translation>Die Adresse des SwitchTransact-Servers ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not set up yet.</source>
        <translation>Der API-Schlüssel ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agent Desktop is not connected yet: open Settings (Ctrl+,) and enter the server address and API key.</source>
        <translation>Agent Desktop ist noch nicht verbunden: Öffnen Sie die Einstellungen (Strg+,) und geben Sie Serveradresse und API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/settings_dialog.py" line="+56"/>
        <source>An administrator creates API keys in the SwitchTransact web app under API / Developers → API Keys.</source>
        <translation>API-Schlüssel legt ein Administrator in der SwitchTransact-Web-App unter API / Developers → API Keys an.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from SwitchTransact</source>
        <translation>Schlüssel aus SwitchTransact einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Checking the system keyring…</source>
        <translation>Schlüsselbund des Systems wird geprüft …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the key for this session only (not saved)</source>
        <translation>Schlüssel nur für diese Sitzung verwenden (nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address</source>
        <translation>Server&amp;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first name</source>
        <translation>Ihr Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last name</source>
        <translation>Ihr Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You (written into each call log)</source>
        <translation>Sie (in jedes Anrufprotokoll eingetragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default region for phone numbers</source>
        <translation>Standardregion für Telefonnummern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search delay after typing</source>
        <translation>Suchverzögerung nach der Eingabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off — send when I confirm</source>
        <translation>Aus – senden, wenn ich bestätige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send call logs automatically after</source>
        <translation>Anrufprotokolle automatisch senden nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search delay</source>
        <translation>S&amp;uchverzögerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uto-send logs</source>
        <translation>Automatisch sen&amp;den</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>Farbsche&amp;ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the computer</source>
        <translation>Mit dem Computer starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens Agent Desktop, minimised, when you log in</source>
        <translation>Öffnet Agent Desktop minimiert, wenn Sie sich anmelden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Set by the AGENT_DESKTOP_API_KEY environment variable; change it there.</source>
        <translation>Durch die Umgebungsvariable AGENT_DESKTOP_API_KEY festgelegt; ändern Sie ihn dort.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by your administrator for this computer.</source>
        <translation>Von Ihrem Administrator für diesen Computer festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by an environment variable.</source>
        <translation>Durch eine Umgebungsvariable festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on the command line for this session; not saved.</source>
        <translation>Für diese Sitzung in der Befehlszeile festgelegt; nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in %1.</source>
        <translation>Aufbewahrt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keyring found.</source>
        <translation>Kein Schlüsselbund des Systems gefunden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Server address %1.</source>
        <translation>Serveradresse %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tick “for this session only” to use the key without saving it.</source>
        <translation>Setzen Sie das Häkchen bei „nur für diese Sitzung“, um den Schlüssel ohne Speichern zu verwenden.</translation>
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
        <translation>Wählbefehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The softphone&apos;s command line for click-to-dial: {number} (as stored) or {e164} (+27721234567) where the number goes. Empty: phone links go to the system.</source>
        <translation>Die Befehlszeile des Softphones für Klicken-und-Wählen: {number} (wie gespeichert) oder {e164} (+27721234567) an der Stelle der Nummer. Leer: Telefonlinks gehen an das System.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the window forward (keeps your typing)</source>
        <translation>Fenster nach vorn holen (Ihre Eingabe bleibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a notification</source>
        <translation>Eine Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the phone rings</source>
        <translation>Wenn das Telefon klingelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them without review</source>
        <translation>Ohne Prüfung protokollieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them for review</source>
        <translation>Zur Prüfung aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log them (ring-all queues)</source>
        <translation>Nicht protokollieren (Sammelruf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them unless a colleague answered (PBX source)</source>
        <translation>Protokollieren, außer ein Kollege hat angenommen (Telefonanlage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls nobody answered</source>
        <translation>Anrufe, die niemand angenommen hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dial command</source>
        <translation>&amp;Wählbefehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it rings</source>
        <translation>Wenn es &amp;klingelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missed calls</source>
        <translation>Ver&amp;passte Anrufe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dial command %1.</source>
        <translation>Wählbefehl %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings/shortcut_settings.py" line="+62"/>
        <source>Global shortcuts</source>
        <translation>Globale Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, end and log calls from any application</source>
        <translation>Anrufe aus jeder Anwendung annehmen, beenden und protokollieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work while another application has the keyboard, and are taken from every other application.</source>
        <translation>Diese Tasten wirken, während eine andere Anwendung die Tastatur hat, und stehen allen anderen Anwendungen dann nicht mehr zur Verfügung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcut to answer or end the call</source>
        <translation>Globales Tastenkürzel zum Annehmen oder Beenden des Anrufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global shortcut to send the call log</source>
        <translation>Globales Tastenkürzel zum Senden des Anrufprotokolls</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer / end</source>
        <translation>Annehmen / beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send call log</source>
        <translation>Protokoll senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the keys</source>
        <translation>Tasten drücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click, then press the keys (for example Ctrl+Shift+F9).</source>
        <translation>Klicken und dann die Tasten drücken (zum Beispiel Strg+Umschalt+F9).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” cannot be a global shortcut: use Ctrl, Alt or Meta with a letter, a digit, F1–F24, Return or Space (Ctrl+Alt with F1–F12 switches the Linux console).</source>
        <translation>„%1“ kann kein globales Tastenkürzel sein: Verwenden Sie Strg, Alt oder Meta mit einem Buchstaben, einer Ziffer, F1–F24, Eingabe oder Leertaste (Strg+Alt mit F1–F12 wechselt die Linux-Konsole).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two global shortcuts must be different keys.</source>
        <translation>Die beiden globalen Tastenkürzel müssen verschiedene Tasten sein.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="-150"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>SpoolPoll</name>
    <message>
        <location filename="../../agent_desktop/ui/app/spool_poll.py" line="+56"/>
        <source>Softphone events reach this window about a second late: it cannot listen for them (%1). They are read from disk instead.</source>
        <translation>Softphone-Ereignisse erreichen dieses Fenster etwa eine Sekunde verspätet: Es kann nicht auf sie lauschen (%1). Sie werden stattdessen von der Festplatte gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a private folder of yours; remove it, or set XDG_RUNTIME_DIR</source>
        <translation>%1 ist kein privater Ordner von Ihnen; entfernen Sie ihn oder setzen Sie XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its socket %1 cannot be opened: %2</source>
        <translation>sein Socket %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestions.py" line="+125"/>
        <source>Exact match</source>
        <translation>Exakter Treffer</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location line="-67"/>
        <source>Exact match</source>
        <translation>Exakter Treffer</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestion_popup.py" line="+55"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../agent_desktop/ui/common/theme_scheme.py" line="+146"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark</source>
        <translation>Hell oder dunkel</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../agent_desktop/ui/review/undo_bar.py" line="+27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo discard</source>
        <translation>Verwerfen rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the call log back (%1)</source>
        <translation>Das Anrufprotokoll zurückholen (%1)</translation>
    </message>
</context>
<context>
    <name>UnsentStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/review/unsent.py" line="+79"/>
        <source>%1 call logs not sent yet</source>
        <translation>%1 Anrufprotokolle noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 call log not sent yet</source>
        <translation>1 Anrufprotokoll noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent once its caller is found</source>
        <translation>Wird gesendet, sobald der Anrufer gefunden ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>WindowStart</name>
    <message>
        <location filename="../../agent_desktop/ui/window/start.py" line="+56"/>
        <source>Loading settings…</source>
        <translation>Einstellungen werden geladen …</translation>
    </message>
</context>
</TS>
