<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="af" sourcelanguage="en">
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
        <translation>Die sentrale se bestuurskoppelvlak (AMI): sy naam of adres en poort, 5038 (5039 met TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use TLS, c&amp;hecked against this computer&apos;s certificates</source>
        <translation>Gebruik TLS, getoets teen &amp;hierdie rekenaar se sertifikate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user your administrator created in manager.conf.</source>
        <translation>Die gebruiker wat u administrateur in manager.conf geskep het.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laat leeg om die gestoorde geheim te hou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Word in die stelsel se sleutelring gehou, nooit in die instellingslêer nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own extension: the calls of its phones (PJSIP/201, SIP/201, queue members Local/201@…) are yours.</source>
        <translation>U eie uitbreiding: die oproepe van sy fone (PJSIP/201, SIP/201, toustaanlede Local/201@…) is u s&apos;n.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the PBX dials a number for click-to-dial, as if dialled on your phone (FreePBX: from-internal).</source>
        <translation>Waar die sentrale &apos;n nommer vir klik-om-te-bel skakel, asof dit op u foon geskakel is (FreePBX: from-internal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PBX address</source>
        <translation>Sentra&amp;le se adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AM&amp;I user</source>
        <translation>AMI-ge&amp;bruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI se&amp;cret</source>
        <translation>AM&amp;I-geheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your extension</source>
        <translation>U uitbrei&amp;ding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial co&amp;ntext</source>
        <translation>S&amp;kakelkonteks</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PBX address</source>
        <translation>Sentrale se adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI user</source>
        <translation>AMI-gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your extension</source>
        <translation>U uitbreiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial context</source>
        <translation>Skakelkonteks</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+174"/>
        <source>Dismiss</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Maak boodskap toe</translation>
    </message>
</context>
<context>
    <name>BaresipSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_baresip.py" line="+36"/>
        <source>baresip address</source>
        <translation>baresip-adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where baresip&apos;s ctrl_tcp module listens (HOST:PORT). Keep it on 127.0.0.1: ctrl_tcp has no password, and whoever reaches it can place calls.</source>
        <translation>Waar baresip se ctrl_tcp-module luister (GASHEER:POORT). Hou dit op 127.0.0.1: ctrl_tcp het geen wagwoord nie, en enigiemand wat dit bereik, kan oproepe maak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these lines to baresip&apos;s config file (~/.baresip/config), then restart baresip:</source>
        <translation>Voeg hierdie reëls by baresip se konfigurasielêer (~/.baresip/config) en herbegin baresip:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines for baresip&apos;s config</source>
        <translation>Reëls vir baresip se konfigurasie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;baresip address</source>
        <translation>&amp;baresip-adres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip address %1.</source>
        <translation>baresip-adres %1.</translation>
    </message>
</context>
<context>
    <name>BriaSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_bria.py" line="+28"/>
        <source>Bria (Windows or Mac, a paid edition) tells this app about its calls through its Desktop API on this computer. The first time, Bria shows a notification: open Bria&apos;s Notification tab and click Allow Access. Answer, End call and dialling then go to Bria.</source>
        <translation>Bria (Windows of Mac, ’n betaalde uitgawe) meld sy oproepe aan hierdie toep deur sy Desktop-API op hierdie rekenaar. Die eerste keer wys Bria ’n kennisgewing: maak Bria se “Notification”-oortjie oop en klik “Allow Access”. Antwoord, Beëindig en skakel gaan dan na Bria.</translation>
    </message>
</context>
<context>
    <name>CallAlert</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/attention.py" line="+158"/>
        <source>%1 log(s) waiting to be sent</source>
        <translation>%1 log(s) wag om gestuur te word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed call(s)</source>
        <translation>%1 gemiste oproep(e)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show %1</source>
        <translation>Wys %1</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+123"/>
        <source>&amp;Answer</source>
        <translation>&amp;Antwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End call</source>
        <translation>B&amp;eëindig oproep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start call</source>
        <translation>&amp;Begin oproep</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming call from %1…</source>
        <translation>Inkomende oproep van %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+141"/>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+70"/>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Inkomende oproep</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="-14"/>
        <source>Incoming call: %1</source>
        <translation>Inkomende oproep: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1</source>
        <translation>Bel tans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts share this number: pick one.</source>
        <translation>%1 kontakte het hierdie nommer: kies een.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+19"/>
        <source>Could not look up the caller: %1</source>
        <translation>Kon nie die beller opsoek nie: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+30"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>%1 is linked to this call.</source>
        <translation>%1 is aan hierdie oproep gekoppel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Call answered.</source>
        <translation>Oproep beantwoord.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call started.</source>
        <translation>Oproep begin.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_panel.py" line="+59"/>
        <source>Call duration</source>
        <translation>Oproepduur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call</source>
        <translation>Geen oproep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call state</source>
        <translation>Oproepstatus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller – Create contact (Ctrl+N)</source>
        <translation>Onbekende beller – Skep kontak (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a contact with the caller&apos;s number</source>
        <translation>Skep &apos;n kontak met die beller se nommer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact of the call</source>
        <translation>Kontak van die oproep</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other call</source>
        <translation>Ander oproep</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Inbound</source>
        <translation>Inkomend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Uitgaande</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Call direction</source>
        <translation>Oproeprigting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Oproepnommer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log this call without a contact</source>
        <translation>Teken hierdie oproep sonder &apos;n kontak aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact from call</source>
        <translation>Verwyder kontak van oproep</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+106"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Answer the waiting call: it becomes the call in hand</source>
        <translation>Antwoord die wagtende oproep: dit word die huidige oproep</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Direction</source>
        <translation>Rigting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Answer the call and start timing it (F9)</source>
        <translation>Antwoord die oproep en begin dit tyd (F9)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No contact linked</source>
        <translation>Geen kontak gekoppel nie</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 — being created…</source>
        <translation>%1 — word geskep…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>End call</source>
        <translation>Beëindig oproep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call and review its log (F9)</source>
        <translation>Beëindig die oproep en gaan die log na (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start call</source>
        <translation>Begin oproep</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a call (F9)</source>
        <translation>Begin &apos;n oproep se tydmeting (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_texts.py" line="+29"/>
        <source>No call · F9 starts</source>
        <translation>Geen oproep · F9 begin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>Lui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialling</source>
        <translation>Skakel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Gekoppel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (being created)</source>
        <translation>%1 (word geskep)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found yet – trying again</source>
        <translation>Nog nie gevind nie – probeer weer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up…</source>
        <translation>Soek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 matches – pick one</source>
        <translation>%1 treffers – kies een</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also ringing</source>
        <translation>Lui ook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also dialling</source>
        <translation>Skakel ook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also connected</source>
        <translation>Ook gekoppel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matches</source>
        <translation>%1 treffers</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_texts.py" line="+34"/>
        <source>Answered</source>
        <translation>Geantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Gemis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Uitgaande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>They called, you answered</source>
        <translation>Hulle het gebel, jy het geantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They called, nobody answered</source>
        <translation>Hulle het gebel, niemand het geantwoord nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they answered</source>
        <translation>Jy het gebel, hulle het geantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they did not answer</source>
        <translation>Jy het gebel, hulle het nie geantwoord nie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved — will send when back online</source>
        <translation>Gestoor — word gestuur sodra weer aanlyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent — review</source>
        <translation>Nie gestuur nie — gaan na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved — waiting to send</source>
        <translation>Gestoor — wag om gestuur te word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged ✓</source>
        <translation>Aangeteken ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Vra aandag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged</source>
        <translation>Nie aangeteken nie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>1 missed</source>
        <translation>1 gemis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed</source>
        <translation>%1 gemis</translation>
    </message>
</context>
<context>
    <name>CallerChoice</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_choice.py" line="+41"/>
        <source>Call with %1</source>
        <translation>Oproep met %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts share this number. Pick the caller to link them to this call.</source>
        <translation>%1 kontakte deel hierdie nommer. Kies die beller om hulle aan hierdie oproep te koppel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact could not be reached to find the caller. Trying again…</source>
        <translation>SwitchTransact kon nie bereik word om die beller te vind nie. Probeer weer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller could not be looked up. Search above to find them.</source>
        <translation>Die beller kon nie opgesoek word nie. Soek hulle hierbo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the caller…</source>
        <translation>Soek die beller…</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_picker.py" line="+46"/>
        <source>Contacts with the caller&apos;s number</source>
        <translation>Kontakte met die beller se nommer</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../agent_desktop/ui/window/status.py" line="+32"/>
        <source>Connecting…</source>
        <translation>Koppel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up</source>
        <translation>Nie opgestel nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Gekoppel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Vanlyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key problem</source>
        <translation>Sleutelprobleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Bedienerprobleem</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Connection: %1</source>
        <translation>Verbinding: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/connection_test.py" line="+39"/>
        <source>Test connection</source>
        <translation>Toets verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address, TLS, key and permissions</source>
        <translation>Gaan die adres, TLS, sleutel en toestemmings na</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection test result</source>
        <translation>Resultaat van verbindingstoets</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everything works.</source>
        <translation>Alles werk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection does not work yet; see the first ✗.</source>
        <translation>Die verbinding werk nog nie; sien die eerste ✗.</translation>
    </message>
</context>
<context>
    <name>ContactFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_flow.py" line="+66"/>
        <source>Copied %1</source>
        <translation>%1 gekopieer</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Created %1.</source>
        <translation>%1 geskep.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_panel.py" line="+150"/>
        <source>Contact name</source>
        <translation>Kontaknaam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity type</source>
        <translation>Entiteitsoort</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer no.</source>
        <translation>Kliëntnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer number</source>
        <translation>kliëntnommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Selfoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile number</source>
        <translation>selfoonnommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business number</source>
        <translation>werknommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business 2</source>
        <translation>Werk 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second business number</source>
        <translation>tweede werknommer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-pos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email address</source>
        <translation>e-posadres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call this number with the softphone</source>
        <translation>Bel hierdie nommer met die softphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1</source>
        <translation>Bel %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log that call against this contact</source>
        <translation>Teken daardie oproep teen hierdie kontak aan</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link to the call with %1</source>
        <translation>Koppel aan die oproep met %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the call in hand</source>
        <translation>Koppel aan die huidige oproep</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown type</source>
        <translation>Onbekende soort</translation>
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
        <translation>Kon nie die nuwe kontak op skyf stoor nie: %1 Dit word in die geheue gehou en so gou moontlik geskryf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SwitchTransact refused it.</source>
        <translation>SwitchTransact het dit geweier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. %1 The contact is created as soon as SwitchTransact answers; you can carry on.</source>
        <translation>Gestoor. %1 Die kontak word geskep sodra SwitchTransact antwoord; jy kan aangaan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The contact was created but could not be opened; search for it.</source>
        <translation>Die kontak is geskep, maar kon nie oopgemaak word nie; soek daarna.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+54"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>Kopieer %1</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+24"/>
        <source>No system keyring was found. %1 Until then the key can be given in the AGENT_DESKTOP_API_KEY environment variable; it is never saved in a plain file.</source>
        <translation>Geen stelsel-sleutelring is gevind nie. %1 Tot dan kan die sleutel in die omgewingsveranderlike AGENT_DESKTOP_API_KEY gegee word; dit word nooit in ’n gewone lêer gestoor nie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux install and unlock GNOME Keyring or KWallet (a Secret Service provider; e.g. `sudo apt install gnome-keyring`), then start Agent Desktop again.</source>
        <translation>Op Linux: installeer en ontsluit GNOME Keyring of KWallet (’n Secret Service-verskaffer; bv. `sudo apt install gnome-keyring`) en begin Agent Desktop dan weer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On macOS the login Keychain is needed; check that it exists and is unlocked.</source>
        <translation>Op macOS is die aanmeld-sleutelhouer (Keychain) nodig; kyk of dit bestaan en ontsluit is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows the Credential Manager is needed; check that its service is running.</source>
        <translation>Op Windows is die Credential Manager nodig; kyk of sy diens loop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a keyring service that the Python `keyring` package supports.</source>
        <translation>Installeer ’n sleutelringdiens wat die Python-pakket `keyring` ondersteun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked. Unlock it (log in again, or open your password manager and unlock the login keyring) and try again.</source>
        <translation>Die stelsel-sleutelring is gesluit. Ontsluit dit (meld weer aan, of open jou wagwoordbestuurder en ontsluit die aanmeld-sleutelring) en probeer weer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring (%1) could not read the API key: %2</source>
        <translation>Die stelsel-sleutelring (%1) kon nie die API-sleutel lees nie: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not store the API key: %2</source>
        <translation>Die stelsel-sleutelring (%1) kon nie die API-sleutel stoor nie: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not delete the API key: %2</source>
        <translation>Die stelsel-sleutelring (%1) kon nie die API-sleutel uitvee nie: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the key. %1</source>
        <translation>Die stelsel-sleutelring het nie die sleutel gehou nie. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys are kept in %1.</source>
        <translation>API-sleutels word in %1 bewaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key is empty.</source>
        <translation>Die API-sleutel is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key is set; add it under Settings.</source>
        <translation>Geen API-sleutel is gestel nie; voeg dit onder Instellings by.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key contains characters that cannot be sent; paste it again.</source>
        <translation>Die API-sleutel bevat karakters wat nie gestuur kan word nie; plak dit weer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server address is set, so there is no key to look up.</source>
        <translation>Geen bedieneradres is gestel nie, dus is daar geen sleutel om op te soek nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates are off (update_policy).</source>
        <translation>Bywerkings is af (update_policy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: no update_url is set.</source>
        <translation>Bywerkings is af: geen update_url is gestel nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: this copy runs from source or pip, which update it.</source>
        <translation>Bywerkings is af: hierdie kopie loop vanaf bronkode of pip, wat dit bywerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: IT&apos;s %1 is missing beside the site settings file.</source>
        <translation>Bywerkings is af: IT se %1 ontbreek langs die werfinstellingslêer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: %1 cannot be written by this user; IT installs updates.</source>
        <translation>Bywerkings is af: hierdie gebruiker kan nie na %1 skryf nie; IT installeer bywerkings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent Desktop %1 is available.</source>
        <translation>Agent Desktop %1 is beskikbaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Desktop %1 is installed when you quit or at the next start.</source>
        <translation>Agent Desktop %1 word geïnstalleer wanneer jy afsluit of by die volgende begin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated to Agent Desktop %1.</source>
        <translation>Bygewerk na Agent Desktop %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check: the update server cannot be reached; trying again later.</source>
        <translation>Bywerkingstoets: die bywerkingsbediener is onbereikbaar; later weer probeer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update refused: its signature or contents do not check out.</source>
        <translation>Bywerking geweier: die handtekening of inhoud klop nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update not downloaded: the disk is full.</source>
        <translation>Bywerking nie afgelaai nie: die skyf is vol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update not downloaded: %1</source>
        <translation>Bywerking nie afgelaai nie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check failed (%1); trying again later.</source>
        <translation>Bywerkingstoets het misluk (%1); later weer probeer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL “%1” is not a valid web address.</source>
        <translation>Die basis-URL “%1” is nie ’n geldige webadres nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must start with https://.</source>
        <translation>Die basis-URL moet met https:// begin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL “%1” has no valid host name.</source>
        <translation>Die basis-URL “%1” het geen geldige gasheernaam nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>Die basis-URL mag nie ’n gebruikersnaam of wagwoord bevat nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must not contain “?” or “#”.</source>
        <translation>Die basis-URL mag nie “?” of “#” bevat nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must use https:// for %1; plain http:// is only allowed for this computer (localhost, 127.0.0.1), where the sandbox runs.</source>
        <translation>Die basis-URL moet https:// vir %1 gebruik; gewone http:// word net vir hierdie rekenaar toegelaat (localhost, 127.0.0.1), waar die sandput loop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Streek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Instaanbediener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name lookup</source>
        <translation>Naamopsoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection</source>
        <translation>Veilige verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Soek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using %1.</source>
        <translation>Gebruik %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as %1.</source>
        <translation>Telefoonnommers sonder landkode word gelees as van: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known two-letter country code (e.g. ZA).</source>
        <translation>“%1” is nie ’n bekende landkode van twee letters nie (bv. ZA).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting through the proxy %1.</source>
        <translation>Verbind deur die instaanbediener %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not find %1. Check the base URL and the internet connection.</source>
        <translation>%1 kon nie gevind word nie. Kyk na die basis-URL en die internetverbinding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an IP address; no name lookup needed.</source>
        <translation>%1 is ’n IP-adres; geen naamopsoek nodig nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at %2.</source>
        <translation>%1 is by %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Gekoppel aan %1 op poort %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s certificate is trusted by this computer (%2).</source>
        <translation>Hierdie rekenaar vertrou %1 se sertifikaat (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key is set. Add it under Settings (an administrator can also set AGENT_DESKTOP_API_KEY).</source>
        <translation>Geen API-sleutel is gestel nie. Voeg dit onder Instellings by (’n administrateur kan ook AGENT_DESKTOP_API_KEY stel).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SwitchTransact accepted the key, and it may look up contacts.</source>
        <translation>SwitchTransact het die sleutel aanvaar, en dit mag kontakte opsoek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may search contacts. Creating contacts and logging calls cannot be checked without writing; they are tried when first used.</source>
        <translation>Die sleutel mag kontakte soek. Om kontakte te skep en oproepe te log kan nie sonder skryf nagegaan word nie; dit word probeer wanneer dit die eerste keer gebruik word.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2</source>
        <translation>%1 reël %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is ignored. API keys are kept in the system keyring, never in settings files: remove it from this file and enter the key in Agent Desktop (or set AGENT_DESKTOP_API_KEY).</source>
        <translation>%1: %2 word geïgnoreer. API-sleutels word in die stelsel-sleutelring bewaar, nooit in instellingslêers nie: verwyder dit uit hierdie lêer en voer die sleutel in Agent Desktop in (of stel AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: locked should be a list of setting names, like locked = [&quot;base_url&quot;].</source>
        <translation>%1: locked moet ’n lys van instellingname wees, soos locked = [&quot;base_url&quot;].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in locked is not a setting name.</source>
        <translation>%1: %2 in locked is nie ’n instellingnaam nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is set by your administrator and cannot be changed here; your value is ignored.</source>
        <translation>%1: %2 word deur jou administrateur gestel en kan nie hier verander word nie; jou waarde word geïgnoreer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3, not %4; using %5.</source>
        <translation>%1: %2 %3, nie %4 nie; %5 word gebruik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1=%2: %3 %4; the variable is ignored.</source>
        <translation>%1=%2: %3 %4; die veranderlike word geïgnoreer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was ignored: your administrator has locked %2 on this computer.</source>
        <translation>%1 is geïgnoreer: jou administrateur het %2 op hierdie rekenaar gesluit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not UTF-8 text; the defaults are used instead.</source>
        <translation>%1: is nie UTF-8-teks nie; die verstekwaardes word gebruik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: could not be read (%2); using the defaults.</source>
        <translation>%1: kon nie gelees word nie (%2); die verstekwaardes word gebruik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. The file was ignored; the defaults are used instead.</source>
        <translation>%1: %2. Die lêer is geïgnoreer; die verstekwaardes word gebruik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings were not saved: %1 %2.</source>
        <translation>Instellings is nie gestoor nie: %1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings were not saved: a value cannot be written (%1).</source>
        <translation>Instellings is nie gestoor nie: ’n waarde kan nie geskryf word nie (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>Instellings kon nie in %1 gestoor word nie: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>die skyf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only or you lack permission to write there</source>
        <translation>die vouer is leesalleen of jy het nie toestemming om daarin te skryf nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be text in quotes</source>
        <translation>moet teks tussen aanhalingstekens wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a web address starting with https://</source>
        <translation>moet ’n webadres wees wat met https:// begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a two-letter country code such as ZA or GB</source>
        <translation>moet ’n landkode van twee letters soos ZA of GB wees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be one of %1, or &quot;&quot; to follow the system</source>
        <translation>moet een van %1 wees, of &quot;&quot; om die stelsel te volg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a whole number of milliseconds</source>
        <translation>moet ’n heelgetal millisekondes wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number of seconds</source>
        <translation>moet ’n heelgetal sekondes wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be between %1 and %2 milliseconds</source>
        <translation>moet tussen %1 en %2 millisekondes wees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2 seconds</source>
        <translation>moet tussen %1 en %2 sekondes wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number (a dialplan priority)</source>
        <translation>moet &apos;n heelgetal wees (&apos;n belplan-prioriteit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2</source>
        <translation>moet tussen %1 en %2 wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be %1</source>
        <translation>moet %1 wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may only use {login}, {full_name}, {first_name} and {last_name} in braces</source>
        <translation>mag net {login}, {full_name}, {first_name} en {last_name} tussen krulhakies gebruik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be true or false</source>
        <translation>moet true of false wees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should contain {number} or {e164} where the number goes</source>
        <translation>moet {number} of {e164} bevat waar die nommer hoort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>geen rede gegee nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no number to dial.</source>
        <translation>Daar is geen nommer om te skakel nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 phones cannot be told to dial from this computer: dial on the phone.</source>
        <translation>%1-fone kan nie van hierdie rekenaar af skakel nie: skakel op die foon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot answer from this computer: use the phone.</source>
        <translation>%1-fone kan nie van hierdie rekenaar af antwoord nie: gebruik die foon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot end the call from this computer: use the phone.</source>
        <translation>%1-fone kan nie van hierdie rekenaar af die oproep beëindig nie: gebruik die foon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone did not say which call this is, so it cannot answer from this computer: use the phone.</source>
        <translation>Die foon het nie gesê watter oproep dit is nie, dus kan dit nie van hierdie rekenaar af antwoord nie: gebruik die foon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone did not say which call this is, so it cannot end the call from this computer: use the phone.</source>
        <translation>Die foon het nie gesê watter oproep dit is nie, dus kan dit nie van hierdie rekenaar af die oproep beëindig nie: gebruik die foon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the desk phone&apos;s address in Settings → Phone to use it from this computer.</source>
        <translation>Stel die lessenaarfoon se adres in Instellings → Foon om dit van hierdie rekenaar af te gebruik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone&apos;s password cannot be read: %1</source>
        <translation>Die lessenaarfoon se wagwoord kan nie gelees word nie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 did not answer in time. Is it on and on the network?</source>
        <translation>Die lessenaarfoon by %1 het nie betyds geantwoord nie. Is dit aan en op die netwerk?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 could not be reached. Check its address in Settings → Phone, and that it is on.</source>
        <translation>Die lessenaarfoon by %1 kon nie bereik word nie. Kontroleer sy adres in Instellings → Foon, en dat dit aan is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk phone at %1 refused the request: check the web user and password in Settings → Phone, and that the phone allows this computer to control it (Yealink: Action URI Allow IP List).</source>
        <translation>Die lessenaarfoon by %1 het die versoek geweier: kontroleer die webgebruiker en wagwoord in Instellings → Foon, en dat die foon hierdie rekenaar toelaat om dit te beheer (Yealink: Action URI Allow IP List).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk phone at %1 answered with an error (HTTP %2).</source>
        <translation>Die lessenaarfoon by %1 het met ’n fout geantwoord (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number baresip can dial.</source>
        <translation>“%1” is nie ’n nommer wat baresip kan skakel nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip no longer has this call (%1).</source>
        <translation>baresip het nie meer hierdie oproep nie (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip refused “%1”: %2.</source>
        <translation>baresip het “%1” geweier: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baresip is not connected (at %1).</source>
        <translation>baresip is nie gekoppel nie (by %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip could not be reached (%1).</source>
        <translation>baresip kon nie bereik word nie (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip did not answer “%1” within %2 s.</source>
        <translation>baresip het nie binne %2 s op “%1” geantwoord nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX cannot pick up your phone: answer the call on the phone itself (handset, headset or its answer button).</source>
        <translation>Die sentrale kan nie u foon optel nie: antwoord die oproep op die foon self (handstuk, kopstuk of sy antwoordknoppie).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This call is not on your extension any more at the PBX.</source>
        <translation>Hierdie oproep is nie meer op u uitbreiding by die sentrale nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number the PBX can dial.</source>
        <translation>“%1” is nie ’n nommer wat die sentrale kan skakel nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asterisk is not set up: %1.</source>
        <translation>Asterisk is nie opgestel nie: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 stopped answering (%2).</source>
        <translation>Die sentrale by %1 het opgehou antwoord (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX does not let this AMI user %1: its manager.conf entry needs %2.</source>
        <translation>Die sentrale laat hierdie AMI-gebruiker nie toe om te %1 nie: sy inskrywing in manager.conf het %2 nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX refused to %1: %2.</source>
        <translation>Die sentrale het geweier om te %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hang up calls</source>
        <translation>oproepe af te sit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dial</source>
        <translation>skakel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 refused the AMI login: check the user and secret.</source>
        <translation>Die sentrale by %1 het die AMI-aanmelding geweier: kontroleer die gebruiker en geheim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX at %1 cannot be reached (%2).</source>
        <translation>Die sentrale by %1 kan nie bereik word nie (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number Bria can dial.</source>
        <translation>“%1” is nie ’n nommer wat Bria kan skakel nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not reported this call yet; end it in Bria.</source>
        <translation>Bria het hierdie oproep nog nie gemeld nie; beëindig dit in Bria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bria no longer has this call.</source>
        <translation>Bria het nie meer hierdie oproep nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria is not connected (at %1).</source>
        <translation>Bria is nie gekoppel nie (by %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria could not be reached (%1).</source>
        <translation>Bria kon nie bereik word nie (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not allowed this app yet: in Bria, open the Notification tab and click Allow Access.</source>
        <translation>Bria het hierdie toep nog nie toegelaat nie: maak in Bria die Notification-oortjie oop en klik Allow Access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bria did not answer “%1” within %2 s.</source>
        <translation>Bria het nie binne %2 s op “%1” geantwoord nie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Bria was lost.</source>
        <translation>Die verbinding met Bria is verloor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria refused “%1”: %2.</source>
        <translation>Bria het “%1” geweier: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call could not be saved on disk (%1); it stays on screen.</source>
        <translation>’n Oproep kon nie op skyf gestoor word nie (%1); dit bly op die skerm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls saved before could not be read, and new calls could not be saved on disk (%1); they stay on screen.</source>
        <translation>Oproepe wat vroeër gestoor is, kon nie gelees word nie, en nuwe oproepe kan nie op skyf gestoor word nie (%1); hulle bly op die skerm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is read-only or marked immutable</source>
        <translation>die lêer is leesalleen of as onveranderlik gemerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a host and a port, like %1</source>
        <translation>moet ’n gasheer en ’n poort wees, soos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be an IP address and a port, like %1</source>
        <translation>moet ’n IP-adres en ’n poort wees, soos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be one word of letters, digits, - _ . + * or #</source>
        <translation>moet een woord van letters, syfers, - _ . + * of # wees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a list of addresses or networks, like [&quot;192.168.1.50&quot;]</source>
        <translation>moet ’n lys adresse of netwerke wees, soos [&quot;192.168.1.50&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds “%1”, which is not an address or a network (like 192.168.1.50 or 192.168.1.0/24)</source>
        <translation>bevat “%1”, wat nie ’n adres of ’n netwerk is nie (soos 192.168.1.50 of 192.168.1.0/24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be the phone&apos;s address, like 192.168.1.50</source>
        <translation>moet die foon se adres wees, soos 192.168.1.50</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/create_panel.py" line="+50"/>
        <source>New contact</source>
        <translation>Nuwe kontak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates the contact in SwitchTransact and opens it.</source>
        <translation>Skep die kontak in SwitchTransact en maak dit oop.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Telefoonnommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 072 123 4567</source>
        <translation>bv. 072 123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number check</source>
        <translation>Telefoonnommerkontrole</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+151"/>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+157"/>
        <source>Back to the contact (Esc)</source>
        <translation>Terug na die kontak (Esc)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+139"/>
        <source>Create contact</source>
        <translation>Skep kontak</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Create the contact (Enter)</source>
        <translation>Skep die kontak (Enter)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Linked to the call with %1 once created.</source>
        <translation>Word aan die oproep met %1 gekoppel sodra dit geskep is.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required. National or international form.</source>
        <translation>Verpligtend. Nasionale of internasionale vorm.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a first or last name.</source>
        <translation>Tik &apos;n voornaam of van in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a phone number.</source>
        <translation>Tik &apos;n telefoonnommer in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating…</source>
        <translation>Skep…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Stuur weer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard…</source>
        <translation>Gooi weg…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not create this contact</source>
        <translation>Moenie hierdie kontak skep nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the contact; the new contact is still created (Esc)</source>
        <translation>Terug na die kontak; die nuwe kontak word steeds geskep (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard this new contact?</source>
        <translation>Gooi hierdie nuwe kontak weg?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will not be created in SwitchTransact.</source>
        <translation>%1 sal nie in SwitchTransact geskep word nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact</source>
        <translation>Die kontak</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desktop/ui/app/run.py" line="+95"/>
        <source>memory (demo only)</source>
        <translation>geheue (net demo)</translation>
    </message>
</context>
<context>
    <name>DialFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/dialer.py" line="+75"/>
        <source>There is no number to dial.</source>
        <translation>Daar is geen nommer om te skakel nie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a contact with a phone number to call it (Ctrl+D).</source>
        <translation>Maak &apos;n kontak met &apos;n telefoonnommer oop om dit te bel (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_editor.py" line="+47"/>
        <source>Edit and resend</source>
        <translation>Redigeer en stuur weer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>API field: %1</source>
        <translation>API-veld: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resend</source>
        <translation>&amp;Stuur weer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the corrected fields and send again</source>
        <translation>Stoor die reggemaakte velde en stuur weer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>One of: %1.</source>
        <translation>Een van: %1.</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_fields.py" line="+30"/>
        <source>Use hh:mm:ss, e.g. 00:03:25.</source>
        <translation>Gebruik hh:mm:ss, bv. 00:03:25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a time of day as hh:mm:ss, e.g. 14:05:09.</source>
        <translation>Gebruik &apos;n tyd van die dag as hh:mm:ss, bv. 14:05:09.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use dd-mm-yy hh:mm:ss with a real date, e.g. 01-03-24 14:05:09.</source>
        <translation>Gebruik dd-mm-yy hh:mm:ss met &apos;n geldige datum, bv. 01-03-24 14:05:09.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>Required.</source>
        <translation>Verpligtend.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>An e-mail address, or empty.</source>
        <translation>&apos;n E-posadres, of leeg.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call type</source>
        <translation>Oproepsoort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Rigting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The caller&apos;s number.</source>
        <translation>Die beller se nommer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in SwitchTransact&apos;s call list.</source>
        <translation>Word in SwitchTransact se oproeplys gewys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity ID</source>
        <translation>Entiteit-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The contact&apos;s id; empty for no contact.</source>
        <translation>Die kontak se ID; leeg vir geen kontak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity type</source>
        <translation>Entiteitsoort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, Contact or Lead; empty for no contact.</source>
        <translation>Account, Contact of Lead; leeg vir geen kontak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent first name</source>
        <translation>Agent se voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent last name</source>
        <translation>Agent se van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent email</source>
        <translation>Agent se e-pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (timespan)</source>
        <translation>Duur (tydsduur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Datum en tyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (local)</source>
        <translation>Begin (plaaslik)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End (local)</source>
        <translation>Einde (plaaslik)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National or international form.</source>
        <translation>Nasionale of internasionale vorm.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a first or last name.</source>
        <translation>Tik &apos;n voornaam of van in.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../agent_desktop/ui/common/errors.py" line="+83"/>
        <source>Something unexpected went wrong, but you can keep working.</source>
        <translation>Iets onverwags het verkeerd geloop, maar jy kan aanhou werk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened: %1</source>
        <translation>Wat gebeur het: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full details are in %1</source>
        <translation>Volledige besonderhede is in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected problem</source>
        <translation>Onverwagte probleem</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-55"/>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Iets onverwags het verkeerd geloop. Die besonderhede is in die loglêer; probeer asseblief weer.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/common/error_texts.py" line="+41"/>
        <source>SwitchTransact can&apos;t be reached. Your logs are saved and will be sent when it is back.</source>
        <translation>SwitchTransact is nie bereikbaar nie. Jou logs is gestoor en word gestuur sodra dit terug is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact has a problem right now. Your logs are saved and will be sent when it is working again.</source>
        <translation>SwitchTransact het tans &apos;n probleem. Jou logs is gestoor en word gestuur sodra dit weer werk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SwitchTransact is busy. Wait a moment and try again; your logs are saved and will be sent.</source>
        <translation>SwitchTransact is besig. Wag &apos;n oomblik en probeer weer; jou logs is gestoor en word gestuur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address does not answer like SwitchTransact. Check the address in Settings.</source>
        <translation>Die bedieneradres antwoord nie soos SwitchTransact nie. Gaan die adres in Instellings na.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact did not accept the API key. Check the key in Settings.</source>
        <translation>SwitchTransact het nie die API-sleutel aanvaar nie. Gaan die sleutel in Instellings na.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact did not accept this. Correct it and send it again.</source>
        <translation>SwitchTransact het dit nie aanvaar nie. Maak dit reg en stuur dit weer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact could not find this record. Search for it again.</source>
        <translation>SwitchTransact kon nie hierdie rekord vind nie. Soek weer daarna.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SwitchTransact said: “%1”</source>
        <translation>SwitchTransact sê: “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the API key in Settings; an administrator can check its permissions in SwitchTransact under API / Developers &gt; API Keys.</source>
        <translation>Gaan die API-sleutel in Instellings na; ’n administrateur kan die toestemmings daarvan in SwitchTransact onder API / Developers &gt; API Keys nagaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct it and send it again.</source>
        <translation>Maak dit reg en stuur dit weer.</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/global_keys_flow.py" line="+50"/>
        <source>Off: F9 and Ctrl+Return work while Agent Desktop has the keyboard.</source>
        <translation>Af: F9 en Ctrl+Enter werk terwyl Agent Desktop die sleutelbord het.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts cannot work in a Wayland session: other applications&apos; keys never reach Agent Desktop. Use an X11 session, or F9 and Ctrl+Return in the window.</source>
        <translation>Globale kortpaaie kan nie in &apos;n Wayland-sessie werk nie: ander toepassings se sleutels bereik Agent Desktop nooit. Gebruik &apos;n X11-sessie, of F9 en Ctrl+Enter in die venster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts are off: no X11 display was found.</source>
        <translation>Globale kortpaaie is af: geen X11-skerm is gevind nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts need the Accessibility permission: in System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop, then start it again.</source>
        <translation>Globale kortpaaie het die Toeganklikheid-toestemming nodig: skakel Agent Desktop aan in System Settings → Privacy &amp; Security → Accessibility, en begin dit dan weer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts could not start; the log file says why.</source>
        <translation>Globale kortpaaie kon nie begin nie; die loglêer sê hoekom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers or ends the call from any application.</source>
        <translation>%1 antwoord of beëindig die oproep uit enige toepassing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends the call log from any application.</source>
        <translation>%1 stuur die oproeplog uit enige toepassing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by another application, so it cannot answer or end calls here; choose other keys in Settings.</source>
        <translation>%1 word deur &apos;n ander toepassing gebruik en kan dus nie hier oproepe antwoord of beëindig nie; kies ander sleutels in Instellings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is used by another application, so it cannot send call logs here; choose other keys in Settings.</source>
        <translation>%1 word deur &apos;n ander toepassing gebruik en kan dus nie hier oproeplogs stuur nie; kies ander sleutels in Instellings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on this keyboard; choose other keys in Settings.</source>
        <translation>%1 is nie op hierdie sleutelbord nie; kies ander sleutels in Instellings.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS asks for the Accessibility permission the first time: System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop.</source>
        <translation>macOS vra die eerste keer vir die Toeganklikheid-toestemming: System Settings → Privacy &amp; Security → Accessibility, skakel Agent Desktop aan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works in X11 sessions; Wayland sessions do not pass other applications&apos; keys on.</source>
        <translation>Werk in X11-sessies; Wayland-sessies gee ander toepassings se sleutels nie deur nie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings…</source>
        <translation>Instellings…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No call to answer or end.</source>
        <translation>Geen oproep om te antwoord of te beëindig nie.</translation>
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
        <translation>Sopas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>%1 min gelede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday %1</source>
        <translation>Gister %1</translation>
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
        <translation>Instellings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Maak instellings oop (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SwitchTransact refused the API key.</source>
        <translation>SwitchTransact het die API-sleutel geweier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact cannot be reached.</source>
        <translation>SwitchTransact is nie bereikbaar nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact answered with an error.</source>
        <translation>SwitchTransact het met &apos;n fout geantwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up yet.</source>
        <translation>Nog nie opgestel nie.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/open_settings.py" line="+56"/>
        <source>Settings saved.</source>
        <translation>Instellings gestoor.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/quit_guard.py" line="+31"/>
        <source>Call logs not saved</source>
        <translation>Oproeplogs nie gestoor nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit during a call?</source>
        <translation>Verlaat tydens &apos;n oproep?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. It is kept and comes back when Agent Desktop starts again. Quit anyway?</source>
        <translation>&apos;n Oproep is aan die gang. Dit word bewaar en kom terug wanneer Agent Desktop weer begin. Verlaat in elk geval?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 call log(s) or contact(s) could not be saved to disk and will be lost if you quit now. Quit anyway?</source>
        <translation>%1 oproeplog(s) of kontak(te) kon nie op skyf gestoor word nie en gaan verlore as jy nou verlaat. Verlaat in elk geval?</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <location filename="../../agent_desktop/ui/app/memory_stores.py" line="+46"/>
        <source>API keys are kept in %1.</source>
        <translation>API-sleutels word in %1 bewaar.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellings…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server, API key, your name and preferences</source>
        <translation>Bediener, API-sleutel, jou naam en voorkeure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Verlaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Soek</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+95"/>
        <source>Search contacts</source>
        <translation>Soek kontakte</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nuwe kontak…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a contact</source>
        <translation>Skep &apos;n kontak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start call</source>
        <translation>&amp;Begin oproep</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer, end or start a call</source>
        <translation>Antwoord, beëindig of begin &apos;n oproep</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dial contact</source>
        <translation>&amp;Skakel kontak</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>Call the open contact with the softphone</source>
        <translation>Bel die oop kontak met die softphone</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Send call &amp;log</source>
        <translation>Stuur oproep&amp;log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reviewed call log</source>
        <translation>Stuur die nagegane oproeplog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Uitkassie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call logs and new contacts waiting to be sent, and their state</source>
        <translation>Oproeplogs en nuwe kontakte wat wag om gestuur te word, en hul status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sleutelbordkortpaaie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>&amp;Oor %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a suggestion and open it</source>
        <translation>Kies ’n voorstel en maak dit oop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the suggestions, clear the search, leave a form</source>
        <translation>Maak die voorstelle toe, maak die soektog skoon, verlaat ’n vorm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact (number taken from the search or the call)</source>
        <translation>Nuwe kontak (nommer uit die soektog of die oproep)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a ringing call, end the call, or start one (Outbound with a contact open)</source>
        <translation>Antwoord ’n lui-oproep, beëindig die oproep of begin een (uitgaande met ’n kontak oop)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent calls: Enter opens a call, Ctrl+D calls it back</source>
        <translation>Onlangse oproepe: Enter maak ’n oproep oop, Ctrl+D bel terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the call log</source>
        <translation>Stuur die oproeplog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: what waits to be sent, and what needs attention</source>
        <translation>Uitkassie: wat wag om gestuur te word en wat aandag nodig het</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Instellings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Hierdie lys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Agent Desktop</source>
        <translation>Oor Agent Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From any application: answer or end the call</source>
        <translation>Uit enige toepassing: antwoord of beëindig die oproep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From any application: send the call log</source>
        <translation>Uit enige toepassing: stuur die oproeplog</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+28"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="-50"/>
        <source>&amp;File</source>
        <translation>&amp;Lêer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>C&amp;all</source>
        <translation>&amp;Oproep</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+62"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Sleutelbordkortpaaie</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aksie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1</source>
        <translation>Oor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Caller pop-ups, instant search, quick create and call journaling for SwitchTransact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beller-opspringers, kitssoek, vinnige skep en oproeplogs vir SwitchTransact.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_texts.py" line="+248"/>
        <source>1 call log</source>
        <translation>1 oproeplog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 call logs</source>
        <translation>%1 oproeplogs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 nuwe kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new contacts</source>
        <translation>%1 nuwe kontakte</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 needs attention</source>
        <translation>1 vra aandag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need attention</source>
        <translation>%1 vra aandag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was a folder where the outbox file %1 should be.</source>
        <translation>Daar was &apos;n vouer waar die uitkassielêer %1 moet wees.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 held another program&apos;s database, not an outbox.</source>
        <translation>Die lêer %1 het &apos;n ander program se databasis bevat, nie &apos;n uitkassie nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file %1 was empty (0 bytes), as a crash or a full disk can leave it.</source>
        <translation>Die uitkassielêer %1 was leeg (0 grepe), soos &apos;n ineenstorting of &apos;n vol skyf dit kan laat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox file %1 was damaged.</source>
        <translation>Die uitkassielêer %1 was beskadig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 outbox entry</source>
        <translation>1 uitkassie-inskrywing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 outbox entries</source>
        <translation>%1 uitkassie-inskrywings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 call in progress or in review</source>
        <translation>1 oproep aan die gang of om na te gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls in progress or in review</source>
        <translation>%1 oproepe aan die gang of om na te gaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 softphone event still to replay</source>
        <translation>1 softphone-gebeurtenis nog om te verwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 softphone events still to replay</source>
        <translation>%1 softphone-gebeurtenisse nog om te verwerk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carried into the new outbox: %1.</source>
        <translation>Na die nuwe uitkassie oorgedra: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from it.</source>
        <translation>Niks kon daaruit gelees word nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1 and a new outbox was started.</source>
        <translation>Dit is as %1 bewaar en &apos;n nuwe uitkassie is begin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New call logs are saved and sent as usual.</source>
        <translation>Nuwe oproeplogs word soos gewoonlik gestoor en gestuur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save %1 to disk: %2</source>
        <translation>Kon nie %1 op skyf stoor nie: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in memory and will be written as soon as possible; keep Agent Desktop open until then.</source>
        <translation>Dit word in die geheue gehou en so gou moontlik geskryf; hou Agent Desktop tot dan oop.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbox cannot be written: %1</source>
        <translation>Die uitkassie kan nie geskryf word nie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New call logs are kept in memory until it can.</source>
        <translation>Nuwe oproeplogs word tot dan in die geheue gehou.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact refused %1.</source>
        <translation>SwitchTransact het %1 geweier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct and resend, or discard: nothing is dropped without you deciding.</source>
        <translation>Maak reg en stuur weer, of gooi weg: niks gaan verlore sonder dat jy besluit nie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can quit: they will be sent next time Agent Desktop starts.</source>
        <translation>Jy kan verlaat: dit word gestuur wanneer Agent Desktop weer begin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — %1 waiting, will send when the connection is back.</source>
        <translation>Vanlyn — %1 wag; word gestuur sodra die verbinding terug is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes at %2.</source>
        <translation>SwitchTransact het gevra om stadiger te gaan — %1 wag; stuur gaan om %2 voort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes shortly.</source>
        <translation>SwitchTransact het gevra om stadiger te gaan — %1 wag; stuur hervat binnekort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact has a problem — %1 waiting; retrying automatically.</source>
        <translation>SwitchTransact het &apos;n probleem — %1 wag; probeer outomaties weer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending paused: SwitchTransact refused the API key — %1 waiting.</source>
        <translation>Stuur onderbreek: SwitchTransact het die API-sleutel geweier — %1 wag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the key in Settings; they are sent then.</source>
        <translation>Maak die sleutel in Instellings reg; dan word dit gestuur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting — not connected to SwitchTransact.</source>
        <translation>%1 wag — nie aan SwitchTransact gekoppel nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the server address and API key in Settings.</source>
        <translation>Stel die bedieneradres en API-sleutel in Instellings op.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved — sending %1…</source>
        <translation>Gestoor — stuur %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New contact: %1</source>
        <translation>Nuwe kontak: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Waiting to retry</source>
        <translation>Wag om weer te probeer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Stuur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gestuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Vra aandag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Weggegooi</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not saved to disk yet</source>
        <translation>Nog nie op skyf gestoor nie</translation>
    </message>
</context>
<context>
    <name>OutboxButton</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="+158"/>
        <source>%1 waiting</source>
        <translation>%1 wag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox</source>
        <translation>Uitkassie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everything sent</source>
        <translation>alles gestuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1</source>
        <translation>Uitkassie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 (Ctrl+Shift+O)</source>
        <translation>Uitkassie: %1 (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_dialog.py" line="+74"/>
        <source>Outbox</source>
        <translation>Uitkassie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call logs and new contacts are saved here first and sent to SwitchTransact in order. Nothing is dropped unless you discard it.</source>
        <translation>Oproeplogs en nuwe kontakte word eers hier gestoor en in volgorde na SwitchTransact gestuur. Niks gaan verlore tensy jy dit weggooi nie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outbox entries</source>
        <translation>Inskrywings in die uitkassie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Tyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call or contact</source>
        <translation>Oproep of kontak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Laaste fout</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected entry</source>
        <translation>Gekose inskrywing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;sent and discarded</source>
        <translation>Wys &amp;gestuurde en weggegooide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit &amp;&amp; resend…</source>
        <translation>&amp;Redigeer &amp;&amp; stuur weer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields SwitchTransact refused and send again (Enter)</source>
        <translation>Maak die velde reg wat SwitchTransact geweier het en stuur weer (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Probeer weer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this entry again now, unchanged</source>
        <translation>Stuur hierdie inskrywing nou weer, onveranderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>Gooi &amp;weg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this entry (asks first) (Delete)</source>
        <translation>Moenie hierdie inskrywing stuur nie (vra eers) (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 waiting</source>
        <translation>%1 wag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 not saved to disk yet</source>
        <translation>%1 nog nie op skyf gestoor nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything has been sent.</source>
        <translation>Alles is gestuur.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing waits in the outbox.</source>
        <translation>Niks wag in die uitkassie nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on disk yet: %1 It is written as soon as possible.</source>
        <translation>Nog nie op skyf nie: %1 Dit word so gou moontlik geskryf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error: %1</source>
        <translation>Laaste fout: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts: %1.</source>
        <translation>Pogings: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved — sending again.</source>
        <translation>Gestoor — stuur weer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending again.</source>
        <translation>Stuur weer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call log</source>
        <translation>oproeplog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new contact</source>
        <translation>nuwe kontak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this entry?</source>
        <translation>Gooi hierdie inskrywing weg?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the %1 “%2”?</source>
        <translation>Gooi die %1 “%2” weg?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It will not be sent to SwitchTransact. It stays listed as discarded; this cannot be undone.</source>
        <translation>Dit sal nie na SwitchTransact gestuur word nie. Dit bly as weggegooi gelys; dit kan nie ongedaan gemaak word nie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discarded.</source>
        <translation>Weggegooi.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <location filename="../../agent_desktop/qt/outbox_service.py" line="+247"/>
        <source>Agent Desktop is closing.</source>
        <translation>Agent Desktop sluit.</translation>
    </message>
</context>
<context>
    <name>OutboxStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="-129"/>
        <source>Outbox status</source>
        <translation>Uitkassie-status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry now</source>
        <translation>Probeer nou weer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to send the waiting entries now</source>
        <translation>Probeer die wagtende inskrywings nou stuur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Instellings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Maak instellings oop (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the outbox to correct, resend or discard</source>
        <translation>Maak die uitkassie oop om reg te maak, weer te stuur of weg te gooi</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>open the outbox</source>
        <translation>maak die uitkassie oop</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_view.py" line="+80"/>
        <source>Sending %1 saved before Agent Desktop last closed…</source>
        <translation>Stuur %1 wat gestoor is voor Agent Desktop laas gesluit het…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 will be sent next time Agent Desktop starts.</source>
        <translation>%1 word gestuur wanneer Agent Desktop weer begin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the outbox need your attention; they are kept for next time.</source>
        <translation>%1 in die uitkassie vra jou aandag; dit word vir volgende keer bewaar.</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <location filename="../../agent_desktop/qt/phone_service.py" line="+108"/>
        <source>The phone did not take the command (%1).</source>
        <translation>Die foon het nie die opdrag aanvaar nie (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_settings.py" line="+105"/>
        <source>Only the call command (MicroSIP and others)</source>
        <translation>Net die oproepopdrag (MicroSIP en ander)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desk phone (Yealink, Snom, Grandstream, Poly)</source>
        <translation>&apos;n Lessenaarfoon (Yealink, Snom, Grandstream, Poly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asterisk (the PBX)</source>
        <translation>Asterisk (die PBX)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone</source>
        <translation>Foon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls come from</source>
        <translation>Oproepe kom van</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to set here.</source>
        <translation>Niks om hier in te stel nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up in the settings file; see the README.</source>
        <translation>Stel in die instellingslêer op; sien die README.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls c&amp;ome from</source>
        <translation>O&amp;proepe kom van</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starts when you save.</source>
        <translation>Begin wanneer jy stoor.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_desk_phone.py" line="+90"/>
        <location line="+195"/>
        <source>Listen on</source>
        <translation>Luister op</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Address and port this computer listens on for the phone&apos;s requests. 127.0.0.1 takes only this computer; 0.0.0.0 takes the network (then list the phones below).</source>
        <translation>Adres en poort waarop hierdie rekenaar die foon se versoeke ontvang. 127.0.0.1 aanvaar net hierdie rekenaar; 0.0.0.0 aanvaar die netwerk (lys dan die fone hieronder).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+187"/>
        <source>Phones allowed</source>
        <translation>Toegelate fone</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>e.g. 192.168.1.50 or 192.168.1.0/24</source>
        <translation>bv. 192.168.1.50 of 192.168.1.0/24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only requests from these addresses or networks are taken; others are refused and counted.</source>
        <translation>Net versoeke van hierdie adresse of netwerke word aanvaar; ander word geweier en getel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone make</source>
        <translation>Foonmerk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to paste into the phone</source>
        <translation>Reëls om in die foon te plak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the token</source>
        <translation>Wys die token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the lines, token included, to paste into the phone</source>
        <translation>Kopieer die reëls, token ingesluit, om in die foon te plak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token</source>
        <translation>Nuwe token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new secret token: the phone&apos;s old lines stop working until the new ones are pasted</source>
        <translation>Maak &apos;n nuwe geheime token: die foon se ou reëls werk nie meer nie totdat die nuwes geplak is</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+140"/>
        <source>Phone&apos;s address</source>
        <translation>Foon se adres</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>e.g. 192.168.1.50, for dialling from here</source>
        <translation>bv. 192.168.1.50, om van hier af te skakel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone&apos;s web user</source>
        <translation>Foon se webgebruiker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone&apos;s web password</source>
        <translation>Foon se webwagwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Onveranderd (in die stelsel se sleutelring)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;isten on</source>
        <translation>Lu&amp;ister op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones allowed</source>
        <translation>Toege&amp;late fone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone make</source>
        <translation>&amp;Foonmerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to paste</source>
        <translation>Reëls om te plak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne&apos;s address</source>
        <translation>Foon se a&amp;dres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b user</source>
        <translation>We&amp;bgebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web password</source>
        <translation>Webwagwoord</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept in the system keyring; run “agent-desktop phone setup” to see the lines.</source>
        <translation>Die token is in die stelsel se sleutelring; voer “agent-desktop phone setup” uit om die reëls te sien.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new token was made. Paste the new lines into the phone: the old ones are refused from now on.</source>
        <translation>&apos;n Nuwe token is gemaak. Plak die nuwe reëls in die foon: die oues word van nou af geweier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token cannot be kept: %1</source>
        <translation>Die token kan nie gehou word nie: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address to listen on should be like 0.0.0.0:8765.</source>
        <translation>Die luisteradres moet soos 0.0.0.0:8765 lyk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste the lines into the phone&apos;s configuration.</source>
        <translation>Gekopieer. Plak die reëls in die foon se konfigurasie.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Phones allowed: list the phones&apos; addresses (or their network) when listening beyond this computer.</source>
        <translation>Toegelate fone: lys die fone se adresse (of hul netwerk) wanneer verder as hierdie rekenaar geluister word.</translation>
    </message>
</context>
<context>
    <name>PhoneTexts</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_texts.py" line="+18"/>
        <source>The call command</source>
        <translation>Die oproepopdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk phone</source>
        <translation>Die lessenaarfoon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not connected</source>
        <translation>nie gekoppel nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed</source>
        <translation>die verbinding is gesluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the port is in use by another program</source>
        <translation>die poort word deur &apos;n ander program gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address cannot be used</source>
        <translation>die adres kan nie gebruik word nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login was refused</source>
        <translation>die aanmelding is geweier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up</source>
        <translation>nie opgestel nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not answer as expected</source>
        <translation>dit antwoord nie soos verwag nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be allowed in Bria (Notification tab, Allow Access)</source>
        <translation>wag om in Bria toegelaat te word (“Notification”-oortjie, “Allow Access”)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: off</source>
        <translation>%1: af</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connecting to %2</source>
        <translation>%1: koppel tans aan %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1 at %2</source>
        <translation>Gekoppel aan %1 by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Luister op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; trying again in %1 s</source>
        <translation>; probeer weer oor %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1 from %2</source>
        <translation> · laaste gebeurtenis %1 van %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1</source>
        <translation> · laaste gebeurtenis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · requests refused: %1</source>
        <translation> · versoeke geweier: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from %1)</source>
        <translation> (van %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 kon nie begin nie: %2</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../packaging/qt_strings.py" line="+60"/>
        <source>&amp;Select All</source>
        <translation>&amp;Kies alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>Stap &amp;op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Stap &amp;af</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-28"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Stoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Kanselleer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>Maak &amp;toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Maak toe sonder om te stoor</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ontdoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Herdoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Knip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Kopi&amp;eer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Skrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Kies alles</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-12"/>
        <source>Show Details...</source>
        <translation>Wys besonderhede...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Versteek besonderhede...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Stoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Stoor alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ja vir &amp;almal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;ee vir almal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Staak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Probeer weer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignoreer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Maak toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Kanselleer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Gooi weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Pas toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Stel terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Herstel verstekwaardes</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ontdoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Herdoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Knip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Kopi&amp;eer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopieer &amp;skakeladres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Skrap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Kies alles</translation>
    </message>
</context>
<context>
    <name>RecentFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_flow.py" line="+98"/>
        <source>&amp;Recent calls</source>
        <translation>Onlangse o&amp;proepe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent calls (%1)</source>
        <translation>Onlangse oproepe (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls of the last 30 days; missed ones to return</source>
        <translation>Jou oproepe van die afgelope 30 dae; gemiste oproepe om terug te bel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 missed)</source>
        <translation>%1 (%2 gemis)</translation>
    </message>
</context>
<context>
    <name>RecentPage</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_page.py" line="+62"/>
        <location line="+12"/>
        <source>Recent calls</source>
        <translation>Onlangse oproepe</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Missed calls not seen yet</source>
        <translation>Gemiste oproepe nog nie gesien nie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the call, Ctrl+D calls the number back</source>
        <translation>Enter maak die oproep oop, Ctrl+D bel die nommer terug</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent calls. The calls you take and make are listed here.
Type a name, company, phone number or email above to find a contact; Ctrl+N creates one, F9 starts a call.</source>
        <translation>Geen onlangse oproepe nie. Die oproepe wat jy ontvang en maak, word hier gelys.
Tik hierbo &apos;n naam, maatskappy, telefoonnommer of e-pos om &apos;n kontak te vind; Ctrl+N skep een, F9 begin &apos;n oproep.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Call back</source>
        <translation>Bel terug</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Call this number again (Ctrl+D)</source>
        <translation>Bel hierdie nommer weer (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>Open</source>
        <translation>Maak oop</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open the contact, or the log&apos;s review (Enter)</source>
        <translation>Maak die kontak oop, of gaan die log na (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open call</source>
        <translation>Maak oproep oop</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SwitchTransact refused this log; open the Outbox</source>
        <translation>SwitchTransact het hierdie log geweier; maak die uitkassie oop</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Review</source>
        <translation>Gaan na</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+8"/>
        <source>South Africa</source>
        <translation>Suid-Afrika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mosambiek</translation>
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
        <translation>Zambië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigerië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egipte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Kingdom</source>
        <translation>Verenigde Koninkryk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Ierland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United States</source>
        <translation>Verenigde State van Amerika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nieu-Seeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Indië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Frankryk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Switserland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Arab Emirates</source>
        <translation>Verenigde Arabiese Emirate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasilië</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../agent_desktop/ui/review/details.py" line="+22"/>
        <location line="+5"/>
        <source>Details</source>
        <translation>Besonderhede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the call&apos;s ids and every field sent to SwitchTransact</source>
        <translation>Wys die oproep se ID&apos;s en elke veld wat na SwitchTransact gestuur is</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call times</source>
        <translation>Oproeptye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Tye</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Call id</source>
        <translation>Oproep-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API field: %1</source>
        <translation>API-veld: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number in international format (E.164)</source>
        <translation>Nommer in internasionale formaat (E.164)</translation>
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
        <translation>Uitslag</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How the call went; the direction follows from it</source>
        <translation>Hoe die oproep verloop het; die rigting volg daaruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Oproepnommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number logged with the call</source>
        <translation>Die nommer wat met die oproep aangeteken is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked record</source>
        <translation>Gekoppelde rekord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search above and choose a contact to link another one</source>
        <translation>Soek hierbo en kies &apos;n kontak om &apos;n ander een te koppel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log this call without a contact (search a contact to link another one)</source>
        <translation>Teken hierdie oproep sonder &apos;n kontak aan (soek &apos;n kontak om &apos;n ander een te koppel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact from log</source>
        <translation>Verwyder kontak uit log</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration %1</source>
        <translation>Duur %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_flow.py" line="+98"/>
        <source>Call log discarded: %1</source>
        <translation>Oproeplog weggegooi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too late to undo: the log was discarded.</source>
        <translation>Te laat om te ontdoen: die log is weggegooi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call ended.</source>
        <translation>Oproep beëindig.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This log is now linked to %1.</source>
        <translation>Hierdie log is nou aan %1 gekoppel.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call log saved.</source>
        <translation>Oproeplog gestoor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed call from %1 logged.</source>
        <translation>Gemiste oproep van %1 aangeteken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call with %1 logged.</source>
        <translation>Oproep met %1 aangeteken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved to disk yet.</source>
        <translation>Nog nie op skyf gestoor nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log refused.</source>
        <translation>Oproeplog geweier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log not sent; kept for Retry.</source>
        <translation>Oproeplog nie gestuur nie; bewaar vir “Probeer weer”.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="+25"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact linked</source>
        <translation>Geen kontak gekoppel nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity ID</source>
        <translation>Entiteit-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call type</source>
        <translation>Oproepsoort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Nie beantwoord nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Rigting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Datum en tyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Plaaslike tyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set — add your name in Settings</source>
        <translation>Nie gestel nie — voeg jou naam in Instellings by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent email</source>
        <translation>Agent se e-pos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown caller</source>
        <translation>Onbekende beller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact linked — search above to link one</source>
        <translation>Geen kontak gekoppel nie — soek hierbo om een te koppel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent once SwitchTransact says who called: the number is being looked up again. The log is kept here; you can carry on.</source>
        <translation>Gestuur sodra SwitchTransact sê wie gebel het: die nommer word weer opgesoek. Die log word hier gehou; jy kan voortgaan.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Logged ✓</source>
        <translation>Aangeteken ✓</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+51"/>
        <source>Review call log</source>
        <translation>Gaan oproeplog na</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts with the call&apos;s number</source>
        <translation>Kontakte met die oproep se nommer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel auto-send</source>
        <translation>Kanselleer outomatiese stuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the log here until you send it (Esc)</source>
        <translation>Hou die log hier totdat jy dit stuur (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard</source>
        <translation>Gooi weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log this call</source>
        <translation>Moenie hierdie oproep aanteken nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-76"/>
        <source>Send log</source>
        <translation>Stuur log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the log to SwitchTransact (%1)</source>
        <translation>Stuur die log na SwitchTransact (%1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No contact linked — pick the caller below</source>
        <translation>Geen kontak gekoppel nie — kies die beller hieronder</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-45"/>
        <source>Rang %1</source>
        <translation>Gelui %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialled %1</source>
        <translation>Geskakel %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1</source>
        <translation>beantwoord %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not answered</source>
        <translation>nie beantwoord nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended %1</source>
        <translation>beëindig %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Stoor…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit &amp;&amp; resend…</source>
        <translation>Redigeer &amp;&amp; stuur weer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Probeer weer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is still being created in SwitchTransact. Sent now, this log has no contact link (the number is kept); wait a moment and it is linked to the new contact.</source>
        <translation>%1 word nog in SwitchTransact geskep. As dit nou gestuur word, het hierdie log geen kontakskakel nie (die nommer bly behoue); wag &apos;n oomblik en dit word aan die nuwe kontak gekoppel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved — will send when back online. The log is safe in the outbox; you can carry on.</source>
        <translation>Gestoor — word gestuur sodra weer aanlyn. Die log is veilig in die uitkassie; jy kan aangaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved — it is sent as soon as SwitchTransact takes it; the bar below says what it waits for. The log is safe in the outbox.</source>
        <translation>Gestoor — dit word gestuur sodra SwitchTransact dit aanvaar; die balk hieronder sê waarvoor dit wag. Die log is veilig in die uitkassie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved — sending… The log is safe in the outbox; you can carry on.</source>
        <translation>Gestoor — stuur… Die log is veilig in die uitkassie; jy kan aangaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the call log to disk: %1 It is kept in memory and will be written as soon as possible.</source>
        <translation>Kon nie die oproeplog op skyf stoor nie: %1 Dit word in die geheue gehou en so gou moontlik geskryf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1 Correct it and send it again, or discard it in the outbox.</source>
        <translation>Nie aangeteken nie. %1 Maak dit reg en stuur weer, of gooi dit in die uitkassie weg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: %1 The log is kept here; press Retry when ready.</source>
        <translation>Nie gestuur nie: %1 Die log bly hier; druk “Probeer weer” wanneer jy gereed is.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+102"/>
        <source>Sending automatically in %1 s…</source>
        <translation>Stuur outomaties oor %1 s…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../agent_desktop/ui/search/search_box.py" line="+107"/>
        <source>Search name, company, phone or email</source>
        <translation>Soek naam, maatskappy, telefoon of e-pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Soek kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type two or more letters; use the arrow keys and Enter to open a contact.</source>
        <translation>Tik twee of meer letters; gebruik die pyltjiesleutels en Enter om &apos;n kontak oop te maak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts (Ctrl+K)</source>
        <translation>Soek kontakte (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The search failed.</source>
        <translation>Die soektog het misluk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First %1 matches, type more to narrow</source>
        <translation>Eerste %1 treffers; tik meer om te verfyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 treffers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · ↑↓ to choose, Enter to open</source>
        <translation>%1 · ↑↓ om te kies, Enter om oop te maak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches for “%1”. Press Ctrl+N to create a contact.</source>
        <translation>Geen treffers vir “%1” nie. Druk Ctrl+N om &apos;n kontak te skep.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No matches for “%1”. Type the full number to create a contact.</source>
        <translation>Geen treffers vir “%1” nie. Tik die volledige nommer om &apos;n kontak te skep.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../agent_desktop/ui/app/session.py" line="+128"/>
        <source>Connected to the built-in demo server.</source>
        <translation>Gekoppel aan die ingeboude demobediener.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SwitchTransact server address is not set up yet.</source>
        <translation>Die SwitchTransact-bedieneradres is nog nie opgestel nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not set up yet.</source>
        <translation>Die API-sleutel is nog nie opgestel nie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agent Desktop is not connected yet: open Settings (Ctrl+,) and enter the server address and API key.</source>
        <translation>Agent Desktop is nog nie gekoppel nie: maak Instellings oop (Ctrl+,) en tik die bedieneradres en API-sleutel in.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/settings_dialog.py" line="+56"/>
        <source>An administrator creates API keys in the SwitchTransact web app under API / Developers → API Keys.</source>
        <translation>&apos;n Administrateur skep API-sleutels in die SwitchTransact-webtoep onder API / Developers → API Keys.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Settings</source>
        <translation>Instellings</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server address</source>
        <translation>Bedieneradres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from SwitchTransact</source>
        <translation>Plak die sleutel uit SwitchTransact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Show key</source>
        <translation>Wys sleutel</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Checking the system keyring…</source>
        <translation>Gaan die stelsel se sleutelring na…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the key for this session only (not saved)</source>
        <translation>Gebruik die sleutel net vir hierdie sessie (nie gestoor nie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address</source>
        <translation>Bediener&amp;adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>API-&amp;sleutel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first name</source>
        <translation>Jou voornaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last name</source>
        <translation>Jou van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email</source>
        <translation>Jou e-pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You (written into each call log)</source>
        <translation>Jy (in elke oproeplog geskryf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-pos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default region for phone numbers</source>
        <translation>Verstekstreek vir telefoonnommers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search delay after typing</source>
        <translation>Soekvertraging ná tik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off — send when I confirm</source>
        <translation>Af — stuur wanneer ek bevestig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send call logs automatically after</source>
        <translation>Stuur oproeplogs outomaties ná</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region</source>
        <translation>St&amp;reek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search delay</source>
        <translation>Soekver&amp;traging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uto-send logs</source>
        <translation>O&amp;utomaties stuur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the computer</source>
        <translation>Begin saam met die rekenaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens Agent Desktop, minimised, when you log in</source>
        <translation>Maak Agent Desktop, geminimeer, oop wanneer jy aanmeld</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Set by the AGENT_DESKTOP_API_KEY environment variable; change it there.</source>
        <translation>Gestel deur die omgewingsveranderlike AGENT_DESKTOP_API_KEY; verander dit daar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by your administrator for this computer.</source>
        <translation>Gestel deur jou administrateur vir hierdie rekenaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by an environment variable.</source>
        <translation>Gestel deur &apos;n omgewingsveranderlike.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on the command line for this session; not saved.</source>
        <translation>Op die opdragreël vir hierdie sessie gestel; nie gestoor nie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide key</source>
        <translation>Versteek sleutel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in %1.</source>
        <translation>Bewaar in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keyring found.</source>
        <translation>Geen stelselsleutelring gevind nie.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Server address %1.</source>
        <translation>Bedieneradres %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tick “for this session only” to use the key without saving it.</source>
        <translation>Merk “net vir hierdie sessie” om die sleutel te gebruik sonder om dit te stoor.</translation>
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
        <translation>Skakelopdrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The softphone&apos;s command line for click-to-dial: {number} (as stored) or {e164} (+27721234567) where the number goes. Empty: phone links go to the system.</source>
        <translation>Die softphone se opdragreël vir klik-om-te-skakel: {number} (soos gestoor) of {e164} (+27721234567) waar die nommer kom. Leeg: telefoonskakels gaan na die stelsel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the window forward (keeps your typing)</source>
        <translation>Bring die venster na vore (jou tikwerk bly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a notification</source>
        <translation>Wys &apos;n kennisgewing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the phone rings</source>
        <translation>Wanneer die foon lui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them without review</source>
        <translation>Teken hulle sonder nagaan aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them for review</source>
        <translation>Hou hulle om na te gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log them (ring-all queues)</source>
        <translation>Moenie hulle aanteken nie (rye wat by almal lui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them unless a colleague answered (PBX source)</source>
        <translation>Teken aan tensy &apos;n kollega geantwoord het (sentrale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls nobody answered</source>
        <translation>Oproepe wat niemand beantwoord het nie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dial command</source>
        <translation>Skakel&amp;opdrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it rings</source>
        <translation>&amp;Wanneer dit lui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missed calls</source>
        <translation>&amp;Gemiste oproepe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dial command %1.</source>
        <translation>Skakelopdrag %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings/shortcut_settings.py" line="+62"/>
        <source>Global shortcuts</source>
        <translation>Globale kortpaaie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, end and log calls from any application</source>
        <translation>Antwoord, beëindig en log oproepe uit enige toepassing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work while another application has the keyboard, and are taken from every other application.</source>
        <translation>Hierdie sleutels werk terwyl &apos;n ander toepassing die sleutelbord het, en word van elke ander toepassing weggeneem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcut to answer or end the call</source>
        <translation>Globale kortpad om die oproep te antwoord of te beëindig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global shortcut to send the call log</source>
        <translation>Globale kortpad om die oproeplog te stuur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer / end</source>
        <translation>Antwoord / beëindig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send call log</source>
        <translation>Stuur oproeplog</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the keys</source>
        <translation>Druk die sleutels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click, then press the keys (for example Ctrl+Shift+F9).</source>
        <translation>Klik, en druk dan die sleutels (byvoorbeeld Ctrl+Shift+F9).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” cannot be a global shortcut: use Ctrl, Alt or Meta with a letter, a digit, F1–F24, Return or Space (Ctrl+Alt with F1–F12 switches the Linux console).</source>
        <translation>“%1” kan nie &apos;n globale kortpad wees nie: gebruik Ctrl, Alt of Meta met &apos;n letter, &apos;n syfer, F1–F24, Enter of Spasie (Ctrl+Alt met F1–F12 wissel die Linux-konsole).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two global shortcuts must be different keys.</source>
        <translation>Die twee globale kortpaaie moet verskillende sleutels wees.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="-150"/>
        <source>Working</source>
        <translation>Besig</translation>
    </message>
</context>
<context>
    <name>SpoolPoll</name>
    <message>
        <location filename="../../agent_desktop/ui/app/spool_poll.py" line="+56"/>
        <source>Softphone events reach this window about a second late: it cannot listen for them (%1). They are read from disk instead.</source>
        <translation>Softphone-gebeure bereik hierdie venster omtrent &apos;n sekonde laat: dit kan nie daarna luister nie (%1). Hulle word eerder van die skyf gelees.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a private folder of yours; remove it, or set XDG_RUNTIME_DIR</source>
        <translation>%1 is nie &apos;n privaat vouer van u nie; verwyder dit, of stel XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its socket %1 cannot be opened: %2</source>
        <translation>sy sok %1 kan nie oopgemaak word nie: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestions.py" line="+125"/>
        <source>Exact match</source>
        <translation>Presiese treffer</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location line="-67"/>
        <source>Exact match</source>
        <translation>Presiese treffer</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestion_popup.py" line="+55"/>
        <source>Search results</source>
        <translation>Soekresultate</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching…</source>
        <translation>Soek…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches.</source>
        <translation>Geen treffers nie.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../agent_desktop/ui/common/theme_scheme.py" line="+146"/>
        <source>Follow the system</source>
        <translation>Volg die stelsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Lig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark</source>
        <translation>Lig of donker</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../agent_desktop/ui/review/undo_bar.py" line="+27"/>
        <source>&amp;Undo</source>
        <translation>O&amp;ntdoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo discard</source>
        <translation>Ontdoen weggooi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the call log back (%1)</source>
        <translation>Bring die oproeplog terug (%1)</translation>
    </message>
</context>
<context>
    <name>UnsentStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/review/unsent.py" line="+79"/>
        <source>%1 call logs not sent yet</source>
        <translation>%1 oproeplogs nog nie gestuur nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 call log not sent yet</source>
        <translation>1 oproeplog nog nie gestuur nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and %1 more</source>
        <translation>…en nog %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent once its caller is found</source>
        <translation>Gestuur sodra die beller gevind is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for review</source>
        <translation>Wag om nagegaan te word</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retry</source>
        <translation>Probeer weer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Gaan na</translation>
    </message>
</context>
<context>
    <name>WindowStart</name>
    <message>
        <location filename="../../agent_desktop/ui/window/start.py" line="+56"/>
        <source>Loading settings…</source>
        <translation>Laai instellings…</translation>
    </message>
</context>
</TS>
