<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>L&apos;interface de gestion de l&apos;autocommutateur (AMI)&#xa0;: son nom ou son adresse et son port, 5038 (5039 avec TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use TLS, c&amp;hecked against this computer&apos;s certificates</source>
        <translation>Utiliser TLS, véri&amp;fié avec les certificats de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user your administrator created in manager.conf.</source>
        <translation>L&apos;utilisateur que votre administrateur a créé dans manager.conf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour garder le secret enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own extension: the calls of its phones (PJSIP/201, SIP/201, queue members Local/201@…) are yours.</source>
        <translation>Votre propre poste&#xa0;: les appels de ses téléphones (PJSIP/201, SIP/201, membres de file Local/201@…) sont les vôtres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the PBX dials a number for click-to-dial, as if dialled on your phone (FreePBX: from-internal).</source>
        <translation>Où l&apos;autocommutateur compose un numéro pour le clic pour appeler, comme s&apos;il était composé sur votre téléphone (FreePBX&#xa0;: from-internal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PBX address</source>
        <translation>Adresse du PA&amp;BX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AM&amp;I user</source>
        <translation>Ut&amp;ilisateur AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI se&amp;cret</source>
        <translation>P&amp;hrase secrète AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your extension</source>
        <translation>V&amp;otre poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial co&amp;ntext</source>
        <translation>Conte&amp;xte de numérotation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PBX address</source>
        <translation>Adresse de l&apos;autocommutateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI user</source>
        <translation>Utilisateur AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your extension</source>
        <translation>Votre poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial context</source>
        <translation>Contexte de numérotation</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+174"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BaresipSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_baresip.py" line="+36"/>
        <source>baresip address</source>
        <translation>Adresse de baresip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where baresip&apos;s ctrl_tcp module listens (HOST:PORT). Keep it on 127.0.0.1: ctrl_tcp has no password, and whoever reaches it can place calls.</source>
        <translation>Où écoute le module ctrl_tcp de baresip (HÔTE:PORT). Gardez 127.0.0.1&#xa0;: ctrl_tcp n’a pas de mot de passe, et quiconque l’atteint peut passer des appels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these lines to baresip&apos;s config file (~/.baresip/config), then restart baresip:</source>
        <translation>Ajoutez ces lignes au fichier de configuration de baresip (~/.baresip/config), puis redémarrez baresip&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines for baresip&apos;s config</source>
        <translation>Lignes pour la configuration de baresip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;baresip address</source>
        <translation>Adresse de &amp;baresip</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip address %1.</source>
        <translation>Adresse de baresip %1.</translation>
    </message>
</context>
<context>
    <name>BriaSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_bria.py" line="+28"/>
        <source>Bria (Windows or Mac, a paid edition) tells this app about its calls through its Desktop API on this computer. The first time, Bria shows a notification: open Bria&apos;s Notification tab and click Allow Access. Answer, End call and dialling then go to Bria.</source>
        <translation>Bria (Windows ou Mac, une édition payante) signale ses appels à cette application par son API Desktop sur cet ordinateur. La première fois, Bria affiche une notification&#xa0;: ouvrez l’onglet «&#xa0;Notification&#xa0;» de Bria et cliquez sur «&#xa0;Allow Access&#xa0;». Répondre, Raccrocher et la numérotation passent alors par Bria.</translation>
    </message>
</context>
<context>
    <name>CallAlert</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/attention.py" line="+158"/>
        <source>%1 log(s) waiting to be sent</source>
        <translation>%1 journal(aux) en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed call(s)</source>
        <translation>%1 appel(s) manqué(s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+123"/>
        <source>&amp;Answer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End call</source>
        <translation>&amp;Terminer l&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l&apos;appel</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming call from %1…</source>
        <translation>Appel entrant de %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+141"/>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+70"/>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="-14"/>
        <source>Incoming call: %1</source>
        <translation>Appel entrant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1</source>
        <translation>Appel vers %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts share this number: pick one.</source>
        <translation>%1 contacts ont ce numéro&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+19"/>
        <source>Could not look up the caller: %1</source>
        <translation>Impossible de rechercher l&apos;appelant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+30"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>%1 is linked to this call.</source>
        <translation>%1 est lié à cet appel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Call answered.</source>
        <translation>Appel décroché.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call started.</source>
        <translation>Appel démarré.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_panel.py" line="+59"/>
        <source>Call duration</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call state</source>
        <translation>État de l&apos;appel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller – Create contact (Ctrl+N)</source>
        <translation>Appelant inconnu – Créer un contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a contact with the caller&apos;s number</source>
        <translation>Créer un contact avec le numéro de l&apos;appelant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact of the call</source>
        <translation>Contact de l&apos;appel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other call</source>
        <translation>Autre appel</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Call direction</source>
        <translation>Sens de l&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Numéro de l&apos;appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log this call without a contact</source>
        <translation>Consigner cet appel sans contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact from call</source>
        <translation>Retirer le contact de l&apos;appel</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+106"/>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Answer the waiting call: it becomes the call in hand</source>
        <translation>Répondre à l’appel en attente&#xa0;: il devient l’appel en cours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Answer the call and start timing it (F9)</source>
        <translation>Répondre à l’appel et le chronométrer (F9)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No contact linked</source>
        <translation>Aucun contact lié</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 — being created…</source>
        <translation>%1 — en cours de création…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>End call</source>
        <translation>Terminer l&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call and review its log (F9)</source>
        <translation>Terminer l&apos;appel et vérifier son journal (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start call</source>
        <translation>Démarrer l&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a call (F9)</source>
        <translation>Chronométrer un appel (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_texts.py" line="+29"/>
        <source>No call · F9 starts</source>
        <translation>Aucun appel · F9 démarre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialling</source>
        <translation>Numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (being created)</source>
        <translation>%1 (en cours de création)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found yet – trying again</source>
        <translation>Pas encore trouvé – nouvel essai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 matches – pick one</source>
        <translation>%1 résultats – choisissez-en un</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also ringing</source>
        <translation>Sonne aussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also dialling</source>
        <translation>Aussi en numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also connected</source>
        <translation>Aussi connecté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_texts.py" line="+34"/>
        <source>Answered</source>
        <translation>Décroché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>They called, you answered</source>
        <translation>Appel reçu, vous avez répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They called, nobody answered</source>
        <translation>Appel reçu, personne n&apos;a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they answered</source>
        <translation>Vous avez appelé, on a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they did not answer</source>
        <translation>Vous avez appelé, sans réponse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved — will send when back online</source>
        <translation>Enregistré — envoi au retour de la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent — review</source>
        <translation>Non envoyé — à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved — waiting to send</source>
        <translation>Enregistré — en attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged ✓</source>
        <translation>Consigné ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>1 missed</source>
        <translation>1 manqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed</source>
        <translation>%1 manqués</translation>
    </message>
</context>
<context>
    <name>CallerChoice</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_choice.py" line="+41"/>
        <source>Call with %1</source>
        <translation>Appel avec %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts share this number. Pick the caller to link them to this call.</source>
        <translation>%1 contacts ont ce numéro. Choisissez l’appelant pour le lier à cet appel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact could not be reached to find the caller. Trying again…</source>
        <translation>SwitchTransact est injoignable pour trouver l’appelant. Nouvel essai…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller could not be looked up. Search above to find them.</source>
        <translation>L’appelant n’a pas pu être recherché. Cherchez-le ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the caller…</source>
        <translation>Recherche de l’appelant…</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_picker.py" line="+46"/>
        <source>Contacts with the caller&apos;s number</source>
        <translation>Contacts ayant le numéro de l&apos;appelant</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../agent_desktop/ui/window/status.py" line="+32"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key problem</source>
        <translation>Problème de clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Connection: %1</source>
        <translation>Connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/connection_test.py" line="+39"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address, TLS, key and permissions</source>
        <translation>Vérifier l&apos;adresse, TLS, la clé et les autorisations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection does not work yet; see the first ✗.</source>
        <translation>La connexion ne fonctionne pas encore&#xa0;; voir le premier ✗.</translation>
    </message>
</context>
<context>
    <name>ContactFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_flow.py" line="+66"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_panel.py" line="+150"/>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer number</source>
        <translation>numéro client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile number</source>
        <translation>numéro de mobile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business number</source>
        <translation>numéro professionnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business 2</source>
        <translation>Professionnel 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second business number</source>
        <translation>deuxième numéro professionnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call this number with the softphone</source>
        <translation>Appeler ce numéro avec le softphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log that call against this contact</source>
        <translation>Journaliser cet appel pour ce contact</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link to the call with %1</source>
        <translation>Lier à l’appel du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the call in hand</source>
        <translation>Lier à l’appel en cours</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
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
        <translation>Impossible d&apos;enregistrer le nouveau contact sur le disque&#xa0;: %1 Il est conservé en mémoire et sera écrit dès que possible.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SwitchTransact refused it.</source>
        <translation>SwitchTransact l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. %1 The contact is created as soon as SwitchTransact answers; you can carry on.</source>
        <translation>Enregistré. %1 Le contact est créé dès que SwitchTransact répond&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The contact was created but could not be opened; search for it.</source>
        <translation>Le contact a été créé mais n&apos;a pas pu être ouvert&#xa0;; recherchez-le.</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+54"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+24"/>
        <source>No system keyring was found. %1 Until then the key can be given in the AGENT_DESKTOP_API_KEY environment variable; it is never saved in a plain file.</source>
        <translation>Aucun trousseau système n’a été trouvé. %1 En attendant, la clé peut être donnée dans la variable d’environnement AGENT_DESKTOP_API_KEY&#xa0;; elle n’est jamais enregistrée dans un simple fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux install and unlock GNOME Keyring or KWallet (a Secret Service provider; e.g. `sudo apt install gnome-keyring`), then start Agent Desktop again.</source>
        <translation>Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (un fournisseur Secret Service&#xa0;; p. ex. `sudo apt install gnome-keyring`), puis redémarrez Agent Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On macOS the login Keychain is needed; check that it exists and is unlocked.</source>
        <translation>Sous macOS, le trousseau de session est nécessaire&#xa0;; vérifiez qu’il existe et qu’il est déverrouillé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows the Credential Manager is needed; check that its service is running.</source>
        <translation>Sous Windows, le Gestionnaire d’identification est nécessaire&#xa0;; vérifiez que son service est en cours d’exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a keyring service that the Python `keyring` package supports.</source>
        <translation>Installez un service de trousseau pris en charge par le paquet Python `keyring`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked. Unlock it (log in again, or open your password manager and unlock the login keyring) and try again.</source>
        <translation>Le trousseau système est verrouillé. Déverrouillez-le (reconnectez-vous, ou ouvrez votre gestionnaire de mots de passe et déverrouillez le trousseau de session) puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring (%1) could not read the API key: %2</source>
        <translation>Le trousseau système (%1) n’a pas pu lire la clé d’API&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not store the API key: %2</source>
        <translation>Le trousseau système (%1) n’a pas pu enregistrer la clé d’API&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not delete the API key: %2</source>
        <translation>Le trousseau système (%1) n’a pas pu supprimer la clé d’API&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the key. %1</source>
        <translation>Le trousseau système n’a pas conservé la clé. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys are kept in %1.</source>
        <translation>Les clés d’API sont conservées dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key is empty.</source>
        <translation>La clé d’API est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key is set; add it under Settings.</source>
        <translation>Aucune clé d’API n’est définie&#xa0;; ajoutez-la dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key contains characters that cannot be sent; paste it again.</source>
        <translation>La clé d’API contient des caractères qui ne peuvent pas être envoyés&#xa0;; collez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server address is set, so there is no key to look up.</source>
        <translation>Aucune adresse de serveur n’est définie&#xa0;: il n’y a donc pas de clé à chercher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates are off (update_policy).</source>
        <translation>Les mises à jour sont désactivées (update_policy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: no update_url is set.</source>
        <translation>Les mises à jour sont désactivées&#xa0;: aucune update_url n’est définie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: this copy runs from source or pip, which update it.</source>
        <translation>Les mises à jour sont désactivées&#xa0;: cette copie tourne depuis les sources ou pip, qui la mettent à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: IT&apos;s %1 is missing beside the site settings file.</source>
        <translation>Les mises à jour sont désactivées&#xa0;: le fichier %1 de l’informatique manque à côté du fichier de réglages du site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: %1 cannot be written by this user; IT installs updates.</source>
        <translation>Les mises à jour sont désactivées&#xa0;: %1 n’est pas modifiable par cet utilisateur&#xa0;; l’informatique installe les mises à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent Desktop %1 is available.</source>
        <translation>Agent Desktop %1 est disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Desktop %1 is installed when you quit or at the next start.</source>
        <translation>Agent Desktop %1 sera installé à la fermeture ou au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated to Agent Desktop %1.</source>
        <translation>Mis à jour vers Agent Desktop %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check: the update server cannot be reached; trying again later.</source>
        <translation>Vérification des mises à jour&#xa0;: le serveur est injoignable&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update refused: its signature or contents do not check out.</source>
        <translation>Mise à jour refusée&#xa0;: sa signature ou son contenu ne sont pas valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update not downloaded: the disk is full.</source>
        <translation>Mise à jour non téléchargée&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update not downloaded: %1</source>
        <translation>Mise à jour non téléchargée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check failed (%1); trying again later.</source>
        <translation>La vérification des mises à jour a échoué (%1)&#xa0;; nouvel essai plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL “%1” is not a valid web address.</source>
        <translation>L’URL de base «&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must start with https://.</source>
        <translation>L’URL de base doit commencer par https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL “%1” has no valid host name.</source>
        <translation>L’URL de base «&#xa0;%1&#xa0;» n’a pas de nom d’hôte valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>L’URL de base ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must not contain “?” or “#”.</source>
        <translation>L’URL de base ne doit contenir ni «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must use https:// for %1; plain http:// is only allowed for this computer (localhost, 127.0.0.1), where the sandbox runs.</source>
        <translation>L’URL de base doit utiliser https:// pour %1&#xa0;; le simple http:// n’est permis que pour cet ordinateur (localhost, 127.0.0.1), où tourne le bac à sable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name lookup</source>
        <translation>Résolution du nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using %1.</source>
        <translation>Utilise %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as %1.</source>
        <translation>Les numéros sans indicatif de pays sont lus comme&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known two-letter country code (e.g. ZA).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de pays connu à deux lettres (p. ex. ZA).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting through the proxy %1.</source>
        <translation>Connexion par le proxy %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not find %1. Check the base URL and the internet connection.</source>
        <translation>%1 est introuvable. Vérifiez l’URL de base et la connexion Internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an IP address; no name lookup needed.</source>
        <translation>%1 est une adresse IP&#xa0;; pas de résolution de nom nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at %2.</source>
        <translation>%1 se trouve à %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Connecté à %1 sur le port %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s certificate is trusted by this computer (%2).</source>
        <translation>Le certificat de %1 est reconnu par cet ordinateur (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key is set. Add it under Settings (an administrator can also set AGENT_DESKTOP_API_KEY).</source>
        <translation>Aucune clé d’API n’est définie. Ajoutez-la dans les Paramètres (un administrateur peut aussi définir AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SwitchTransact accepted the key, and it may look up contacts.</source>
        <translation>SwitchTransact a accepté la clé, et elle peut rechercher des contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may search contacts. Creating contacts and logging calls cannot be checked without writing; they are tried when first used.</source>
        <translation>La clé peut rechercher des contacts. La création de contacts et la journalisation des appels ne peuvent pas être vérifiées sans écrire&#xa0;; elles sont essayées à la première utilisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is ignored. API keys are kept in the system keyring, never in settings files: remove it from this file and enter the key in Agent Desktop (or set AGENT_DESKTOP_API_KEY).</source>
        <translation>%1&#xa0;: %2 est ignoré. Les clés d’API sont conservées dans le trousseau système, jamais dans les fichiers de paramètres&#xa0;: retirez-la de ce fichier et saisissez la clé dans Agent Desktop (ou définissez AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: locked should be a list of setting names, like locked = [&quot;base_url&quot;].</source>
        <translation>%1&#xa0;: locked doit être une liste de noms de paramètres, comme locked = [&quot;base_url&quot;].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in locked is not a setting name.</source>
        <translation>%1&#xa0;: %2 dans locked n’est pas un nom de paramètre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is set by your administrator and cannot be changed here; your value is ignored.</source>
        <translation>%1&#xa0;: %2 est défini par votre administrateur et ne peut pas être modifié ici&#xa0;; votre valeur est ignorée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3, not %4; using %5.</source>
        <translation>%1&#xa0;: %2 %3, et non %4&#xa0;; %5 est utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1=%2: %3 %4; the variable is ignored.</source>
        <translation>%1=%2&#xa0;: %3 %4&#xa0;; la variable est ignorée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was ignored: your administrator has locked %2 on this computer.</source>
        <translation>%1 a été ignoré&#xa0;: votre administrateur a verrouillé %2 sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not UTF-8 text; the defaults are used instead.</source>
        <translation>%1&#xa0;: n’est pas du texte UTF-8&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: could not be read (%2); using the defaults.</source>
        <translation>%1&#xa0;: lecture impossible (%2)&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. The file was ignored; the defaults are used instead.</source>
        <translation>%1&#xa0;: %2. Le fichier a été ignoré&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings were not saved: %1 %2.</source>
        <translation>Les paramètres n’ont pas été enregistrés&#xa0;: %1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings were not saved: a value cannot be written (%1).</source>
        <translation>Les paramètres n’ont pas été enregistrés&#xa0;: une valeur ne peut pas être écrite (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only or you lack permission to write there</source>
        <translation>le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be text in quotes</source>
        <translation>doit être du texte entre guillemets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a web address starting with https://</source>
        <translation>doit être une adresse web commençant par https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a two-letter country code such as ZA or GB</source>
        <translation>doit être un code de pays à deux lettres comme ZA ou GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be one of %1, or &quot;&quot; to follow the system</source>
        <translation>doit être l’un de %1, ou &quot;&quot; pour suivre le système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a whole number of milliseconds</source>
        <translation>doit être un nombre entier de millisecondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number of seconds</source>
        <translation>doit être un nombre entier de secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be between %1 and %2 milliseconds</source>
        <translation>doit être entre %1 et %2 millisecondes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2 seconds</source>
        <translation>doit être entre %1 et %2 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number (a dialplan priority)</source>
        <translation>devrait être un nombre entier (une priorité du plan de numérotation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2</source>
        <translation>devrait être entre %1 et %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may only use {login}, {full_name}, {first_name} and {last_name} in braces</source>
        <translation>ne peut utiliser entre accolades que {login}, {full_name}, {first_name} et {last_name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should contain {number} or {e164} where the number goes</source>
        <translation>doit contenir {number} ou {e164} à la place du numéro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no number to dial.</source>
        <translation>Il n’y a aucun numéro à composer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 phones cannot be told to dial from this computer: dial on the phone.</source>
        <translation>Les téléphones %1 ne peuvent pas composer depuis cet ordinateur&#xa0;: composez sur le téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot answer from this computer: use the phone.</source>
        <translation>Les téléphones %1 ne peuvent pas décrocher depuis cet ordinateur&#xa0;: utilisez le téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot end the call from this computer: use the phone.</source>
        <translation>Les téléphones %1 ne peuvent pas raccrocher depuis cet ordinateur&#xa0;: utilisez le téléphone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone did not say which call this is, so it cannot answer from this computer: use the phone.</source>
        <translation>Le téléphone n’a pas dit de quel appel il s’agit, il ne peut donc pas décrocher depuis cet ordinateur&#xa0;: utilisez le téléphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone did not say which call this is, so it cannot end the call from this computer: use the phone.</source>
        <translation>Le téléphone n’a pas dit de quel appel il s’agit, il ne peut donc pas raccrocher depuis cet ordinateur&#xa0;: utilisez le téléphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the desk phone&apos;s address in Settings → Phone to use it from this computer.</source>
        <translation>Indiquez l’adresse du téléphone de bureau dans Paramètres → Téléphone pour l’utiliser depuis cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone&apos;s password cannot be read: %1</source>
        <translation>Le mot de passe du téléphone de bureau ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 did not answer in time. Is it on and on the network?</source>
        <translation>Le téléphone de bureau à %1 n’a pas répondu à temps. Est-il allumé et sur le réseau&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 could not be reached. Check its address in Settings → Phone, and that it is on.</source>
        <translation>Le téléphone de bureau à %1 est injoignable. Vérifiez son adresse dans Paramètres → Téléphone, et qu’il est allumé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk phone at %1 refused the request: check the web user and password in Settings → Phone, and that the phone allows this computer to control it (Yealink: Action URI Allow IP List).</source>
        <translation>Le téléphone de bureau à %1 a refusé la demande&#xa0;: vérifiez l’utilisateur web et le mot de passe dans Paramètres → Téléphone, et que le téléphone autorise cet ordinateur à le piloter (Yealink&#xa0;: Action URI Allow IP List).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk phone at %1 answered with an error (HTTP %2).</source>
        <translation>Le téléphone de bureau à %1 a répondu par une erreur (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number baresip can dial.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro que baresip peut composer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip no longer has this call (%1).</source>
        <translation>baresip n’a plus cet appel (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip refused “%1”: %2.</source>
        <translation>baresip a refusé «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baresip is not connected (at %1).</source>
        <translation>baresip n’est pas connecté (à %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip could not be reached (%1).</source>
        <translation>baresip est injoignable (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip did not answer “%1” within %2 s.</source>
        <translation>baresip n’a pas répondu à «&#xa0;%1&#xa0;» en %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX cannot pick up your phone: answer the call on the phone itself (handset, headset or its answer button).</source>
        <translation>L’autocommutateur ne peut pas décrocher votre téléphone&#xa0;: répondez sur le téléphone lui-même (combiné, casque ou sa touche de réponse).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This call is not on your extension any more at the PBX.</source>
        <translation>Cet appel n’est plus sur votre poste dans l’autocommutateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number the PBX can dial.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro que l’autocommutateur peut composer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asterisk is not set up: %1.</source>
        <translation>Asterisk n’est pas configuré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 stopped answering (%2).</source>
        <translation>L’autocommutateur à %1 ne répond plus (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX does not let this AMI user %1: its manager.conf entry needs %2.</source>
        <translation>L’autocommutateur ne permet pas à cet utilisateur AMI de %1&#xa0;: son entrée dans manager.conf doit avoir %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX refused to %1: %2.</source>
        <translation>L’autocommutateur a refusé de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hang up calls</source>
        <translation>raccrocher des appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dial</source>
        <translation>composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 refused the AMI login: check the user and secret.</source>
        <translation>L’autocommutateur à %1 a refusé la connexion AMI&#xa0;: vérifiez l’utilisateur et le secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX at %1 cannot be reached (%2).</source>
        <translation>L’autocommutateur à %1 est injoignable (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number Bria can dial.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro que Bria peut composer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not reported this call yet; end it in Bria.</source>
        <translation>Bria n’a pas encore signalé cet appel&#xa0;; terminez-le dans Bria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bria no longer has this call.</source>
        <translation>Bria n’a plus cet appel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria is not connected (at %1).</source>
        <translation>Bria n’est pas connecté (à %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria could not be reached (%1).</source>
        <translation>Bria est injoignable (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not allowed this app yet: in Bria, open the Notification tab and click Allow Access.</source>
        <translation>Bria n’a pas encore autorisé cette application&#xa0;: dans Bria, ouvrez l’onglet Notification et cliquez sur Allow Access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bria did not answer “%1” within %2 s.</source>
        <translation>Bria n’a pas répondu à «&#xa0;%1&#xa0;» en %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Bria was lost.</source>
        <translation>La connexion à Bria a été perdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria refused “%1”: %2.</source>
        <translation>Bria a refusé «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call could not be saved on disk (%1); it stays on screen.</source>
        <translation>Un appel n’a pas pu être enregistré sur le disque (%1)&#xa0;; il reste à l’écran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls saved before could not be read, and new calls could not be saved on disk (%1); they stay on screen.</source>
        <translation>Les appels enregistrés auparavant n’ont pas pu être lus, et les nouveaux appels ne peuvent pas être enregistrés sur le disque (%1)&#xa0;; ils restent à l’écran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is read-only or marked immutable</source>
        <translation>le fichier est en lecture seule ou marqué immuable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a host and a port, like %1</source>
        <translation>doit être un hôte et un port, par exemple %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be an IP address and a port, like %1</source>
        <translation>doit être une adresse IP et un port, par exemple %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be one word of letters, digits, - _ . + * or #</source>
        <translation>doit être un seul mot de lettres, de chiffres, - _ . + * ou #</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a list of addresses or networks, like [&quot;192.168.1.50&quot;]</source>
        <translation>doit être une liste d’adresses ou de réseaux, par exemple [&quot;192.168.1.50&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds “%1”, which is not an address or a network (like 192.168.1.50 or 192.168.1.0/24)</source>
        <translation>contient «&#xa0;%1&#xa0;», qui n’est ni une adresse ni un réseau (par exemple 192.168.1.50 ou 192.168.1.0/24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be the phone&apos;s address, like 192.168.1.50</source>
        <translation>doit être l’adresse du téléphone, par exemple 192.168.1.50</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/create_panel.py" line="+50"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates the contact in SwitchTransact and opens it.</source>
        <translation>Crée le contact dans SwitchTransact et l&apos;ouvre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 072 123 4567</source>
        <translation>p. ex. 072 123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number check</source>
        <translation>Vérification du numéro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+151"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+157"/>
        <source>Back to the contact (Esc)</source>
        <translation>Retour au contact (Échap)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+139"/>
        <source>Create contact</source>
        <translation>Créer le contact</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Create the contact (Enter)</source>
        <translation>Créer le contact (Entrée)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Linked to the call with %1 once created.</source>
        <translation>Sera lié à l’appel du %1 une fois créé.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required. National or international form.</source>
        <translation>Obligatoire. Format national ou international.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a first or last name.</source>
        <translation>Saisissez un prénom ou un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not create this contact</source>
        <translation>Ne pas créer ce contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the contact; the new contact is still created (Esc)</source>
        <translation>Retour au contact&#xa0;; le nouveau contact est quand même créé (Échap)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard this new contact?</source>
        <translation>Abandonner ce nouveau contact&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will not be created in SwitchTransact.</source>
        <translation>%1 ne sera pas créé dans SwitchTransact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desktop/ui/app/run.py" line="+95"/>
        <source>memory (demo only)</source>
        <translation>mémoire (démo uniquement)</translation>
    </message>
</context>
<context>
    <name>DialFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/dialer.py" line="+75"/>
        <source>There is no number to dial.</source>
        <translation>Aucun numéro à composer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a contact with a phone number to call it (Ctrl+D).</source>
        <translation>Ouvrez un contact ayant un numéro de téléphone pour l&apos;appeler (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_editor.py" line="+47"/>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>API field: %1</source>
        <translation>Champ API&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resend</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the corrected fields and send again</source>
        <translation>Enregistrer les champs corrigés et renvoyer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>One of: %1.</source>
        <translation>L&apos;une des valeurs&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_fields.py" line="+30"/>
        <source>Use hh:mm:ss, e.g. 00:03:25.</source>
        <translation>Format hh:mm:ss, p. ex. 00:03:25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a time of day as hh:mm:ss, e.g. 14:05:09.</source>
        <translation>Une heure au format hh:mm:ss, p. ex. 14:05:09.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use dd-mm-yy hh:mm:ss with a real date, e.g. 01-03-24 14:05:09.</source>
        <translation>Format dd-mm-yy hh:mm:ss avec une date valide, p. ex. 01-03-24 14:05:09.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>An e-mail address, or empty.</source>
        <translation>Une adresse e-mail, ou vide.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call type</source>
        <translation>Type d&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The caller&apos;s number.</source>
        <translation>Le numéro de l&apos;appelant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in SwitchTransact&apos;s call list.</source>
        <translation>Affiché dans la liste des appels de SwitchTransact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity ID</source>
        <translation>ID de l&apos;entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The contact&apos;s id; empty for no contact.</source>
        <translation>L&apos;ID du contact&#xa0;; vide pour aucun contact.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, Contact or Lead; empty for no contact.</source>
        <translation>Account, Contact ou Lead&#xa0;; vide pour aucun contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent first name</source>
        <translation>Prénom de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent last name</source>
        <translation>Nom de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent email</source>
        <translation>E-mail de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (timespan)</source>
        <translation>Durée (intervalle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (local)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End (local)</source>
        <translation>Fin (heure locale)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National or international form.</source>
        <translation>Format national ou international.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a first or last name.</source>
        <translation>Saisissez un prénom ou un nom.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../agent_desktop/ui/common/errors.py" line="+83"/>
        <source>Something unexpected went wrong, but you can keep working.</source>
        <translation>Un problème inattendu s&apos;est produit, mais vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened: %1</source>
        <translation>Ce qui s&apos;est passé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full details are in %1</source>
        <translation>Tous les détails sont dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="-55"/>
        <source>Something unexpected went wrong. The details are in the log file; please try again.</source>
        <translation>Un problème inattendu s&apos;est produit. Les détails sont dans le fichier journal&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/common/error_texts.py" line="+41"/>
        <source>SwitchTransact can&apos;t be reached. Your logs are saved and will be sent when it is back.</source>
        <translation>SwitchTransact est injoignable. Vos journaux sont enregistrés et seront envoyés à son retour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact has a problem right now. Your logs are saved and will be sent when it is working again.</source>
        <translation>SwitchTransact a un problème en ce moment. Vos journaux sont enregistrés et seront envoyés dès qu&apos;il fonctionnera de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SwitchTransact is busy. Wait a moment and try again; your logs are saved and will be sent.</source>
        <translation>SwitchTransact est occupé. Patientez un instant et réessayez&#xa0;; vos journaux sont enregistrés et seront envoyés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address does not answer like SwitchTransact. Check the address in Settings.</source>
        <translation>L&apos;adresse du serveur ne répond pas comme SwitchTransact. Vérifiez l&apos;adresse dans les paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact did not accept the API key. Check the key in Settings.</source>
        <translation>SwitchTransact n&apos;a pas accepté la clé API. Vérifiez la clé dans les paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact did not accept this. Correct it and send it again.</source>
        <translation>SwitchTransact ne l&apos;a pas accepté. Corrigez et renvoyez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact could not find this record. Search for it again.</source>
        <translation>SwitchTransact n&apos;a pas trouvé cette fiche. Recherchez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SwitchTransact said: “%1”</source>
        <translation>SwitchTransact a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the API key in Settings; an administrator can check its permissions in SwitchTransact under API / Developers &gt; API Keys.</source>
        <translation>Vérifiez la clé API dans les Paramètres&#xa0;; un administrateur peut vérifier ses autorisations dans SwitchTransact sous API / Developers &gt; API Keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct it and send it again.</source>
        <translation>Corrigez et renvoyez.</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/global_keys_flow.py" line="+50"/>
        <source>Off: F9 and Ctrl+Return work while Agent Desktop has the keyboard.</source>
        <translation>Désactivés&#xa0;: F9 et Ctrl+Entrée fonctionnent tant qu’Agent Desktop a le clavier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts cannot work in a Wayland session: other applications&apos; keys never reach Agent Desktop. Use an X11 session, or F9 and Ctrl+Return in the window.</source>
        <translation>Les raccourcis globaux ne peuvent pas fonctionner dans une session Wayland&#xa0;: les touches des autres applications n’atteignent jamais Agent Desktop. Utilisez une session X11, ou F9 et Ctrl+Entrée dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts are off: no X11 display was found.</source>
        <translation>Raccourcis globaux désactivés&#xa0;: aucun affichage X11 n’a été trouvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts need the Accessibility permission: in System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop, then start it again.</source>
        <translation>Les raccourcis globaux nécessitent l’autorisation Accessibilité&#xa0;: dans Réglages Système → Confidentialité et sécurité → Accessibilité, activez Agent Desktop, puis relancez-le.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts could not start; the log file says why.</source>
        <translation>Les raccourcis globaux n’ont pas pu démarrer&#xa0;; le fichier journal indique pourquoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers or ends the call from any application.</source>
        <translation>%1 répond à l’appel ou le termine depuis n’importe quelle application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends the call log from any application.</source>
        <translation>%1 envoie le journal d’appel depuis n’importe quelle application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by another application, so it cannot answer or end calls here; choose other keys in Settings.</source>
        <translation>%1 est utilisé par une autre application et ne peut donc pas répondre aux appels ni les terminer ici&#xa0;; choisissez d’autres touches dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is used by another application, so it cannot send call logs here; choose other keys in Settings.</source>
        <translation>%1 est utilisé par une autre application et ne peut donc pas envoyer les journaux d’appel ici&#xa0;; choisissez d’autres touches dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on this keyboard; choose other keys in Settings.</source>
        <translation>%1 n’existe pas sur ce clavier&#xa0;; choisissez d’autres touches dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS asks for the Accessibility permission the first time: System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop.</source>
        <translation>macOS demande l’autorisation Accessibilité la première fois&#xa0;: Réglages Système → Confidentialité et sécurité → Accessibilité, activez Agent Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works in X11 sessions; Wayland sessions do not pass other applications&apos; keys on.</source>
        <translation>Fonctionne dans les sessions X11&#xa0;; les sessions Wayland ne transmettent pas les touches des autres applications.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No call to answer or end.</source>
        <translation>Aucun appel à prendre ou à terminer.</translation>
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
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+105"/>
        <source>%1 — Demo</source>
        <translation>%1 — Démo</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/header.py" line="+40"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Ouvrir les paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SwitchTransact refused the API key.</source>
        <translation>SwitchTransact a refusé la clé API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact cannot be reached.</source>
        <translation>SwitchTransact injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact answered with an error.</source>
        <translation>SwitchTransact a répondu par une erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up yet.</source>
        <translation>Pas encore configuré.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/open_settings.py" line="+56"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/quit_guard.py" line="+31"/>
        <source>Call logs not saved</source>
        <translation>Journaux d&apos;appel non enregistrés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit during a call?</source>
        <translation>Quitter pendant un appel&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. It is kept and comes back when Agent Desktop starts again. Quit anyway?</source>
        <translation>Un appel est en cours. Il est conservé et réapparaît au prochain démarrage d&apos;Agent Desktop. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 call log(s) or contact(s) could not be saved to disk and will be lost if you quit now. Quit anyway?</source>
        <translation>%1 journal(aux) d&apos;appel ou contact(s) n&apos;ont pas pu être enregistrés sur le disque et seront perdus si vous quittez maintenant. Quitter quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <location filename="../../agent_desktop/ui/app/memory_stores.py" line="+46"/>
        <source>API keys are kept in %1.</source>
        <translation>Les clés API sont conservées ici&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server, API key, your name and preferences</source>
        <translation>Serveur, clé API, votre nom et vos préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+95"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a contact</source>
        <translation>Créer un contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start call</source>
        <translation>&amp;Démarrer l&apos;appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer, end or start a call</source>
        <translation>Décrocher, terminer ou démarrer un appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dial contact</source>
        <translation>Appeler le &amp;contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>Call the open contact with the softphone</source>
        <translation>Appeler le contact ouvert avec le softphone</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Send call &amp;log</source>
        <translation>Envoyer le &amp;journal d&apos;appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reviewed call log</source>
        <translation>Envoyer le journal d&apos;appel vérifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call logs and new contacts waiting to be sent, and their state</source>
        <translation>Journaux d&apos;appel et nouveaux contacts en attente d&apos;envoi, et leur état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a suggestion and open it</source>
        <translation>Choisir une suggestion et l’ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the suggestions, clear the search, leave a form</source>
        <translation>Fermer les suggestions, vider la recherche, quitter un formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact (number taken from the search or the call)</source>
        <translation>Nouveau contact (numéro repris de la recherche ou de l’appel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a ringing call, end the call, or start one (Outbound with a contact open)</source>
        <translation>Répondre à un appel qui sonne, terminer l’appel ou en commencer un (sortant si un contact est ouvert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent calls: Enter opens a call, Ctrl+D calls it back</source>
        <translation>Appels récents&#xa0;: Entrée ouvre un appel, Ctrl+D rappelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the call log</source>
        <translation>Envoyer le journal d’appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: what waits to be sent, and what needs attention</source>
        <translation>Boîte d’envoi&#xa0;: ce qui attend l’envoi et ce qui demande votre attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Agent Desktop</source>
        <translation>À propos d’Agent Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From any application: answer or end the call</source>
        <translation>Depuis n’importe quelle application&#xa0;: répondre à l’appel ou le terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From any application: send the call log</source>
        <translation>Depuis n’importe quelle application&#xa0;: envoyer le journal d’appel</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+28"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="-50"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>C&amp;all</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+62"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Caller pop-ups, instant search, quick create and call journaling for SwitchTransact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Identification des appelants, recherche instantanée, création rapide et journal des appels pour SwitchTransact.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_texts.py" line="+248"/>
        <source>1 call log</source>
        <translation>1 journal d&apos;appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 call logs</source>
        <translation>%1 journaux d&apos;appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new contacts</source>
        <translation>%1 nouveaux contacts</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 needs attention</source>
        <translation>1 à traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need attention</source>
        <translation>%1 à traiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was a folder where the outbox file %1 should be.</source>
        <translation>Il y avait un dossier à la place du fichier de la boîte d&apos;envoi %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 held another program&apos;s database, not an outbox.</source>
        <translation>Le fichier %1 contenait la base de données d&apos;un autre programme, pas une boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file %1 was empty (0 bytes), as a crash or a full disk can leave it.</source>
        <translation>Le fichier de la boîte d&apos;envoi %1 était vide (0 octet), comme peut le laisser un plantage ou un disque plein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox file %1 was damaged.</source>
        <translation>Le fichier de la boîte d&apos;envoi %1 était endommagé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 outbox entry</source>
        <translation>1 élément de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 outbox entries</source>
        <translation>%1 éléments de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 call in progress or in review</source>
        <translation>1 appel en cours ou à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls in progress or in review</source>
        <translation>%1 appels en cours ou à vérifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 softphone event still to replay</source>
        <translation>1 événement du softphone encore à traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 softphone events still to replay</source>
        <translation>%1 événements du softphone encore à traiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carried into the new outbox: %1.</source>
        <translation>Repris dans la nouvelle boîte d&apos;envoi&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from it.</source>
        <translation>Rien n&apos;a pu en être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1 and a new outbox was started.</source>
        <translation>Il a été conservé sous %1 et une nouvelle boîte d&apos;envoi a été créée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New call logs are saved and sent as usual.</source>
        <translation>Les nouveaux journaux d&apos;appel sont enregistrés et envoyés comme d&apos;habitude.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save %1 to disk: %2</source>
        <translation>Impossible d&apos;enregistrer %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in memory and will be written as soon as possible; keep Agent Desktop open until then.</source>
        <translation>Les données sont conservées en mémoire et seront écrites dès que possible&#xa0;; laissez Agent Desktop ouvert d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbox cannot be written: %1</source>
        <translation>Impossible d&apos;écrire la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New call logs are kept in memory until it can.</source>
        <translation>Les nouveaux journaux d&apos;appel restent en mémoire jusque-là.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact refused %1.</source>
        <translation>SwitchTransact a refusé %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct and resend, or discard: nothing is dropped without you deciding.</source>
        <translation>Corrigez et renvoyez, ou abandonnez&#xa0;: rien n&apos;est perdu sans votre décision.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can quit: they will be sent next time Agent Desktop starts.</source>
        <translation>Vous pouvez quitter&#xa0;: l&apos;envoi se fera au prochain démarrage d&apos;Agent Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — %1 waiting, will send when the connection is back.</source>
        <translation>Hors ligne — %1 en attente, envoi dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes at %2.</source>
        <translation>SwitchTransact a demandé de ralentir — %1 en attente&#xa0;; l&apos;envoi reprend à %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes shortly.</source>
        <translation>SwitchTransact demande de ralentir — %1 en attente&#xa0;; l&apos;envoi reprend bientôt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact has a problem — %1 waiting; retrying automatically.</source>
        <translation>SwitchTransact a un problème — %1 en attente&#xa0;; nouvel essai automatique.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending paused: SwitchTransact refused the API key — %1 waiting.</source>
        <translation>Envoi suspendu&#xa0;: SwitchTransact a refusé la clé API — %1 en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the key in Settings; they are sent then.</source>
        <translation>Corrigez la clé dans les paramètres&#xa0;; l&apos;envoi se fera alors.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting — not connected to SwitchTransact.</source>
        <translation>%1 en attente — non connecté à SwitchTransact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the server address and API key in Settings.</source>
        <translation>Configurez l&apos;adresse du serveur et la clé API dans les paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved — sending %1…</source>
        <translation>Enregistré — envoi de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New contact: %1</source>
        <translation>Nouveau contact&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Waiting to retry</source>
        <translation>En attente d&apos;un nouvel essai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not saved to disk yet</source>
        <translation>Pas encore enregistré sur le disque</translation>
    </message>
</context>
<context>
    <name>OutboxButton</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="+158"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everything sent</source>
        <translation>tout est envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 (Ctrl+Shift+O)</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 (Ctrl+Maj+O)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_dialog.py" line="+74"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call logs and new contacts are saved here first and sent to SwitchTransact in order. Nothing is dropped unless you discard it.</source>
        <translation>Les journaux d&apos;appel et les nouveaux contacts sont d&apos;abord enregistrés ici, puis envoyés à SwitchTransact dans l&apos;ordre. Rien n&apos;est perdu, sauf si vous l&apos;abandonnez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outbox entries</source>
        <translation>Éléments de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call or contact</source>
        <translation>Appel ou contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected entry</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;sent and discarded</source>
        <translation>Afficher les &amp;envoyés et abandonnés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit &amp;&amp; resend…</source>
        <translation>&amp;Modifier &amp;&amp; renvoyer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields SwitchTransact refused and send again (Enter)</source>
        <translation>Corriger les champs refusés par SwitchTransact et renvoyer (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this entry again now, unchanged</source>
        <translation>Renvoyer cet élément maintenant, sans modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this entry (asks first) (Delete)</source>
        <translation>Ne pas envoyer cet élément (avec confirmation) (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 not saved to disk yet</source>
        <translation>%1 pas encore enregistré(s) sur le disque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything has been sent.</source>
        <translation>Tout a été envoyé.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing waits in the outbox.</source>
        <translation>Rien n&apos;attend dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on disk yet: %1 It is written as soon as possible.</source>
        <translation>Pas encore sur le disque&#xa0;: %1 Écriture dès que possible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts: %1.</source>
        <translation>Tentatives&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved — sending again.</source>
        <translation>Enregistré — nouvel envoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending again.</source>
        <translation>Nouvel envoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call log</source>
        <translation>journal d&apos;appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new contact</source>
        <translation>nouveau contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this entry?</source>
        <translation>Abandonner cet élément&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the %1 “%2”?</source>
        <translation>Abandonner le %1 «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It will not be sent to SwitchTransact. It stays listed as discarded; this cannot be undone.</source>
        <translation>Il ne sera pas envoyé à SwitchTransact. Il reste dans la liste comme abandonné&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discarded.</source>
        <translation>Abandonné.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <location filename="../../agent_desktop/qt/outbox_service.py" line="+247"/>
        <source>Agent Desktop is closing.</source>
        <translation>Agent Desktop se ferme.</translation>
    </message>
</context>
<context>
    <name>OutboxStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="-129"/>
        <source>Outbox status</source>
        <translation>État de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to send the waiting entries now</source>
        <translation>Essayer d&apos;envoyer maintenant les éléments en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Ouvrir les paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the outbox to correct, resend or discard</source>
        <translation>Ouvrir la boîte d&apos;envoi pour corriger, renvoyer ou abandonner</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>open the outbox</source>
        <translation>ouvrir la boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_view.py" line="+80"/>
        <source>Sending %1 saved before Agent Desktop last closed…</source>
        <translation>Envoi de %1 enregistré(s) avant la dernière fermeture d&apos;Agent Desktop…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 will be sent next time Agent Desktop starts.</source>
        <translation>%1&#xa0;: envoi au prochain démarrage d&apos;Agent Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the outbox need your attention; they are kept for next time.</source>
        <translation>Boîte d&apos;envoi, à traiter&#xa0;: %1. Tout est conservé pour la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <location filename="../../agent_desktop/qt/phone_service.py" line="+108"/>
        <source>The phone did not take the command (%1).</source>
        <translation>Le téléphone n&apos;a pas accepté la commande (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_settings.py" line="+105"/>
        <source>Only the call command (MicroSIP and others)</source>
        <translation>Seulement la commande d’appel (MicroSIP et autres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desk phone (Yealink, Snom, Grandstream, Poly)</source>
        <translation>Un téléphone de bureau (Yealink, Snom, Grandstream, Poly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asterisk (the PBX)</source>
        <translation>Asterisk (l’autocommutateur)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls come from</source>
        <translation>Les appels viennent de</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to set here.</source>
        <translation>Rien à régler ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up in the settings file; see the README.</source>
        <translation>À configurer dans le fichier de paramètres&#xa0;; voir le README.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls c&amp;ome from</source>
        <translation>Les appels &amp;viennent de</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starts when you save.</source>
        <translation>Démarre à l’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_desk_phone.py" line="+90"/>
        <location line="+195"/>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Address and port this computer listens on for the phone&apos;s requests. 127.0.0.1 takes only this computer; 0.0.0.0 takes the network (then list the phones below).</source>
        <translation>Adresse et port sur lesquels cet ordinateur reçoit les requêtes du téléphone. 127.0.0.1 n’accepte que cet ordinateur&#xa0;; 0.0.0.0 accepte le réseau (listez alors les téléphones ci-dessous).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+187"/>
        <source>Phones allowed</source>
        <translation>Téléphones autorisés</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>e.g. 192.168.1.50 or 192.168.1.0/24</source>
        <translation>ex. 192.168.1.50 ou 192.168.1.0/24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only requests from these addresses or networks are taken; others are refused and counted.</source>
        <translation>Seules les requêtes de ces adresses ou réseaux sont acceptées&#xa0;; les autres sont refusées et comptées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone make</source>
        <translation>Marque du téléphone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to paste into the phone</source>
        <translation>Lignes à coller dans le téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the lines, token included, to paste into the phone</source>
        <translation>Copier les lignes, jeton compris, pour les coller dans le téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new secret token: the phone&apos;s old lines stop working until the new ones are pasted</source>
        <translation>Créer un nouveau jeton secret&#xa0;: les anciennes lignes du téléphone cessent de fonctionner jusqu’à ce que les nouvelles soient collées</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+140"/>
        <source>Phone&apos;s address</source>
        <translation>Adresse du téléphone</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>e.g. 192.168.1.50, for dialling from here</source>
        <translation>ex. 192.168.1.50, pour composer d’ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone&apos;s web user</source>
        <translation>Utilisateur web du téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone&apos;s web password</source>
        <translation>Mot de passe web du téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;isten on</source>
        <translation>&amp;Écouter sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones allowed</source>
        <translation>Téléphones autor&amp;isés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone make</source>
        <translation>Mar&amp;que du téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to paste</source>
        <translation>Lignes à coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne&apos;s address</source>
        <translation>Adresse du télép&amp;hone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b user</source>
        <translation>Utilisateur &amp;web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web password</source>
        <translation>Mot de passe web</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept in the system keyring; run “agent-desktop phone setup” to see the lines.</source>
        <translation>Le jeton est conservé dans le trousseau du système&#xa0;; lancez «&#xa0;agent-desktop phone setup&#xa0;» pour voir les lignes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new token was made. Paste the new lines into the phone: the old ones are refused from now on.</source>
        <translation>Un nouveau jeton a été créé. Collez les nouvelles lignes dans le téléphone&#xa0;: les anciennes sont refusées désormais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token cannot be kept: %1</source>
        <translation>Le jeton ne peut pas être conservé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address to listen on should be like 0.0.0.0:8765.</source>
        <translation>L’adresse d’écoute doit ressembler à 0.0.0.0:8765.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste the lines into the phone&apos;s configuration.</source>
        <translation>Copié. Collez les lignes dans la configuration du téléphone.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Phones allowed: list the phones&apos; addresses (or their network) when listening beyond this computer.</source>
        <translation>Téléphones autorisés&#xa0;: indiquez les adresses des téléphones (ou leur réseau) pour écouter au-delà de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>PhoneTexts</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_texts.py" line="+18"/>
        <source>The call command</source>
        <translation>La commande d&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk phone</source>
        <translation>Le téléphone de bureau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the port is in use by another program</source>
        <translation>le port est utilisé par un autre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address cannot be used</source>
        <translation>l&apos;adresse est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not answer as expected</source>
        <translation>il ne répond pas comme prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be allowed in Bria (Notification tab, Allow Access)</source>
        <translation>en attente d’autorisation dans Bria (onglet «&#xa0;Notification&#xa0;», «&#xa0;Allow Access&#xa0;»)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: off</source>
        <translation>%1&#xa0;: désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connecting to %2</source>
        <translation>%1&#xa0;: connexion à %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1 at %2</source>
        <translation>Connecté à %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; trying again in %1 s</source>
        <translation>&#xa0;; nouvel essai dans %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1 from %2</source>
        <translation> · dernier événement %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · last event %1</source>
        <translation> · dernier événement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · requests refused: %1</source>
        <translation> · requêtes refusées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from %1)</source>
        <translation> (de %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecentFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_flow.py" line="+98"/>
        <source>&amp;Recent calls</source>
        <translation>Appels réce&amp;nts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent calls (%1)</source>
        <translation>Appels récents (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls of the last 30 days; missed ones to return</source>
        <translation>Vos appels des 30 derniers jours&#xa0;; les appels manqués à rappeler</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2 missed)</source>
        <translation>%1 (%2 manqué(s))</translation>
    </message>
</context>
<context>
    <name>RecentPage</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_page.py" line="+62"/>
        <location line="+12"/>
        <source>Recent calls</source>
        <translation>Appels récents</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Missed calls not seen yet</source>
        <translation>Appels manqués pas encore vus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the call, Ctrl+D calls the number back</source>
        <translation>Entrée ouvre l&apos;appel, Ctrl+D rappelle le numéro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent calls. The calls you take and make are listed here.
Type a name, company, phone number or email above to find a contact; Ctrl+N creates one, F9 starts a call.</source>
        <translation>Aucun appel récent. Les appels que vous recevez et passez s&apos;affichent ici.
Saisissez ci-dessus un nom, une société, un numéro de téléphone ou un e-mail pour trouver un contact&#xa0;; Ctrl+N en crée un, F9 démarre un appel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Call this number again (Ctrl+D)</source>
        <translation>Rappeler ce numéro (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Open the contact, or the log&apos;s review (Enter)</source>
        <translation>Ouvrir le contact, ou la vérification du journal (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open call</source>
        <translation>Ouvrir l&apos;appel</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SwitchTransact refused this log; open the Outbox</source>
        <translation>SwitchTransact a refusé ce journal&#xa0;; ouvrez la boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../agent_desktop/core/texts.py" line="+8"/>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibie</translation>
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
        <translation>Mozambique</translation>
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
        <translation>Zambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
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
        <translation>Égypte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
</context>
<context>
    <name>ReviewDetails</name>
    <message>
        <location filename="../../agent_desktop/ui/review/details.py" line="+22"/>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the call&apos;s ids and every field sent to SwitchTransact</source>
        <translation>Affiche les ID de l&apos;appel et chaque champ envoyé à SwitchTransact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call times</source>
        <translation>Heures de l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Call id</source>
        <translation>ID de l&apos;appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API field: %1</source>
        <translation>Champ API&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number in international format (E.164)</source>
        <translation>Numéro au format international (E.164)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (softphone: %2)</source>
        <translation>%1 (softphone&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>ReviewEdits</name>
    <message>
        <location filename="../../agent_desktop/ui/review/edits.py" line="+34"/>
        <location line="+23"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>How the call went; the direction follows from it</source>
        <translation>Déroulement de l&apos;appel&#xa0;; le sens en découle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Numéro de l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number logged with the call</source>
        <translation>Le numéro consigné avec l&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked record</source>
        <translation>Fiche liée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search above and choose a contact to link another one</source>
        <translation>Recherchez ci-dessus et choisissez un contact pour en lier un autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log this call without a contact (search a contact to link another one)</source>
        <translation>Consigner cet appel sans contact (recherchez un contact pour en lier un autre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact from log</source>
        <translation>Retirer le contact du journal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration %1</source>
        <translation>Durée %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_flow.py" line="+98"/>
        <source>Call log discarded: %1</source>
        <translation>Journal d&apos;appel abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too late to undo: the log was discarded.</source>
        <translation>Trop tard pour annuler&#xa0;: le journal a été abandonné.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call ended.</source>
        <translation>Appel terminé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This log is now linked to %1.</source>
        <translation>Ce journal est maintenant lié à %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call log saved.</source>
        <translation>Journal enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed call from %1 logged.</source>
        <translation>Appel manqué de %1 journalisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call with %1 logged.</source>
        <translation>Appel avec %1 journalisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved to disk yet.</source>
        <translation>Pas encore enregistré sur le disque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log refused.</source>
        <translation>Journal d&apos;appel refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log not sent; kept for Retry.</source>
        <translation>Journal d&apos;appel non envoyé&#xa0;; conservé pour «&#xa0;Réessayer&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="+25"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact linked</source>
        <translation>Aucun contact lié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity ID</source>
        <translation>ID de l&apos;entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call type</source>
        <translation>Type d&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set — add your name in Settings</source>
        <translation>Non renseigné — ajoutez votre nom dans les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent email</source>
        <translation>E-mail de l&apos;agent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact linked — search above to link one</source>
        <translation>Aucun contact lié — recherchez-en un ci-dessus pour le lier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent once SwitchTransact says who called: the number is being looked up again. The log is kept here; you can carry on.</source>
        <translation>Envoyé dès que SwitchTransact identifie l’appelant&#xa0;: le numéro est recherché à nouveau. Le journal reste ici&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Logged ✓</source>
        <translation>Consigné ✓</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+51"/>
        <source>Review call log</source>
        <translation>Vérifier le journal d&apos;appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts with the call&apos;s number</source>
        <translation>Contacts ayant le numéro de l’appel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel auto-send</source>
        <translation>Annuler l&apos;envoi automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the log here until you send it (Esc)</source>
        <translation>Garder le journal ici jusqu&apos;à son envoi (Échap)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log this call</source>
        <translation>Ne pas consigner cet appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-76"/>
        <source>Send log</source>
        <translation>Envoyer le journal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the log to SwitchTransact (%1)</source>
        <translation>Envoyer le journal à SwitchTransact (%1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No contact linked — pick the caller below</source>
        <translation>Aucun contact lié — choisissez l’appelant ci-dessous</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-45"/>
        <source>Rang %1</source>
        <translation>Sonnerie %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialled %1</source>
        <translation>Composé %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1</source>
        <translation>décroché %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended %1</source>
        <translation>terminé %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit &amp;&amp; resend…</source>
        <translation>Modifier &amp;&amp; renvoyer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is still being created in SwitchTransact. Sent now, this log has no contact link (the number is kept); wait a moment and it is linked to the new contact.</source>
        <translation>%1 est encore en cours de création dans SwitchTransact. Envoyé maintenant, ce journal n&apos;aurait pas de lien vers le contact (le numéro est conservé)&#xa0;; patientez un instant et il sera lié au nouveau contact.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved — will send when back online. The log is safe in the outbox; you can carry on.</source>
        <translation>Enregistré — envoi au retour de la connexion. Le journal est en sécurité dans la boîte d&apos;envoi&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved — it is sent as soon as SwitchTransact takes it; the bar below says what it waits for. The log is safe in the outbox.</source>
        <translation>Enregistré — il sera envoyé dès que SwitchTransact l’acceptera&#xa0;; la barre ci-dessous indique ce qu’il attend. Le journal est en sécurité dans la boîte d’envoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved — sending… The log is safe in the outbox; you can carry on.</source>
        <translation>Enregistré — envoi… Le journal est en sécurité dans la boîte d&apos;envoi&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the call log to disk: %1 It is kept in memory and will be written as soon as possible.</source>
        <translation>Impossible d&apos;enregistrer le journal d&apos;appel sur le disque&#xa0;: %1 Il est conservé en mémoire et sera écrit dès que possible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1 Correct it and send it again, or discard it in the outbox.</source>
        <translation>Non consigné. %1 Corrigez-le et renvoyez-le, ou abandonnez-le dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: %1 The log is kept here; press Retry when ready.</source>
        <translation>Non envoyé&#xa0;: %1 Le journal reste ici&#xa0;; appuyez sur «&#xa0;Réessayer&#xa0;» quand vous êtes prêt.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+102"/>
        <source>Sending automatically in %1 s…</source>
        <translation>Envoi automatique dans %1 s…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../agent_desktop/ui/search/search_box.py" line="+107"/>
        <source>Search name, company, phone or email</source>
        <translation>Rechercher un nom, une société, un téléphone ou un e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type two or more letters; use the arrow keys and Enter to open a contact.</source>
        <translation>Saisissez au moins deux lettres&#xa0;; les flèches et Entrée ouvrent un contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts (Ctrl+K)</source>
        <translation>Rechercher des contacts (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The search failed.</source>
        <translation>La recherche a échoué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First %1 matches, type more to narrow</source>
        <translation>%1 premiers résultats, précisez pour affiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · ↑↓ to choose, Enter to open</source>
        <translation>%1 · ↑↓ pour choisir, Entrée pour ouvrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches for “%1”. Press Ctrl+N to create a contact.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;». Appuyez sur Ctrl+N pour créer un contact.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No matches for “%1”. Type the full number to create a contact.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;». Saisissez le numéro complet pour créer un contact.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../agent_desktop/ui/app/session.py" line="+128"/>
        <source>Connected to the built-in demo server.</source>
        <translation>Connecté au serveur de démo intégré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SwitchTransact server address is not set up yet.</source>
        <translation>L&apos;adresse du serveur SwitchTransact n&apos;est pas encore configurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not set up yet.</source>
        <translation>La clé API n&apos;est pas encore configurée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agent Desktop is not connected yet: open Settings (Ctrl+,) and enter the server address and API key.</source>
        <translation>Agent Desktop n&apos;est pas encore connecté&#xa0;: ouvrez les paramètres (Ctrl+,) et saisissez l&apos;adresse du serveur et la clé API.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/settings_dialog.py" line="+56"/>
        <source>An administrator creates API keys in the SwitchTransact web app under API / Developers → API Keys.</source>
        <translation>Un administrateur crée les clés API dans l&apos;application web SwitchTransact, sous API / Developers → API Keys.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from SwitchTransact</source>
        <translation>Collez la clé de SwitchTransact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the key for this session only (not saved)</source>
        <translation>Utiliser la clé pour cette session seulement (non enregistrée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first name</source>
        <translation>Votre prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email</source>
        <translation>Votre e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You (written into each call log)</source>
        <translation>Vous (inscrit dans chaque journal d&apos;appel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default region for phone numbers</source>
        <translation>Région par défaut des numéros de téléphone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search delay after typing</source>
        <translation>Délai de recherche après la saisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off — send when I confirm</source>
        <translation>Désactivé — envoyer quand je confirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send call logs automatically after</source>
        <translation>Envoyer automatiquement les journaux d&apos;appel après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search delay</source>
        <translation>&amp;Délai de recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uto-send logs</source>
        <translation>Envoi a&amp;utomatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the computer</source>
        <translation>Démarrer avec l’ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens Agent Desktop, minimised, when you log in</source>
        <translation>Ouvre Agent Desktop, réduit, à votre connexion</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Set by the AGENT_DESKTOP_API_KEY environment variable; change it there.</source>
        <translation>Défini par la variable d&apos;environnement AGENT_DESKTOP_API_KEY&#xa0;; modifiez-la à cet endroit.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by your administrator for this computer.</source>
        <translation>Défini par votre administrateur pour cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by an environment variable.</source>
        <translation>Défini par une variable d&apos;environnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on the command line for this session; not saved.</source>
        <translation>Défini en ligne de commande pour cette session&#xa0;; non enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in %1.</source>
        <translation>Conservée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keyring found.</source>
        <translation>Aucun trousseau du système trouvé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Server address %1.</source>
        <translation>Adresse du serveur %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tick “for this session only” to use the key without saving it.</source>
        <translation>Cochez «&#xa0;pour cette session seulement&#xa0;» pour utiliser la clé sans l&apos;enregistrer.</translation>
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
        <translation>Commande d&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The softphone&apos;s command line for click-to-dial: {number} (as stored) or {e164} (+27721234567) where the number goes. Empty: phone links go to the system.</source>
        <translation>La ligne de commande du softphone pour appeler d&apos;un clic&#xa0;: {number} (tel qu&apos;enregistré) ou {e164} (+27721234567) à la place du numéro. Vide&#xa0;: les liens téléphoniques sont confiés au système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the window forward (keeps your typing)</source>
        <translation>Fenêtre au premier plan (saisie conservée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a notification</source>
        <translation>Afficher une notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the phone rings</source>
        <translation>Quand le téléphone sonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them without review</source>
        <translation>Les consigner sans vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them for review</source>
        <translation>Les garder pour vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log them (ring-all queues)</source>
        <translation>Ne pas les consigner (sonnerie générale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them unless a colleague answered (PBX source)</source>
        <translation>Les journaliser sauf si un collègue a répondu (autocommutateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls nobody answered</source>
        <translation>Appels restés sans réponse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dial command</source>
        <translation>Commande d&apos;appe&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it rings</source>
        <translation>À la &amp;sonnerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missed calls</source>
        <translation>Appels &amp;manqués</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dial command %1.</source>
        <translation>Commande d&apos;appel %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings/shortcut_settings.py" line="+62"/>
        <source>Global shortcuts</source>
        <translation>Raccourcis globaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, end and log calls from any application</source>
        <translation>Répondre, terminer et journaliser les appels depuis n’importe quelle application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work while another application has the keyboard, and are taken from every other application.</source>
        <translation>Ces touches fonctionnent pendant qu’une autre application a le clavier, et sont retirées à toutes les autres applications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcut to answer or end the call</source>
        <translation>Raccourci global pour répondre à l’appel ou le terminer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global shortcut to send the call log</source>
        <translation>Raccourci global pour envoyer le journal d’appel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer / end</source>
        <translation>Répondre / terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send call log</source>
        <translation>Envoyer le journal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the keys</source>
        <translation>Appuyez sur les touches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click, then press the keys (for example Ctrl+Shift+F9).</source>
        <translation>Cliquez, puis appuyez sur les touches (par exemple Ctrl+Maj+F9).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” cannot be a global shortcut: use Ctrl, Alt or Meta with a letter, a digit, F1–F24, Return or Space (Ctrl+Alt with F1–F12 switches the Linux console).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un raccourci global&#xa0;: utilisez Ctrl, Alt ou Méta avec une lettre, un chiffre, F1–F24, Entrée ou Espace (Ctrl+Alt avec F1–F12 change de console sous Linux).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two global shortcuts must be different keys.</source>
        <translation>Les deux raccourcis globaux doivent utiliser des touches différentes.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="-150"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>SpoolPoll</name>
    <message>
        <location filename="../../agent_desktop/ui/app/spool_poll.py" line="+56"/>
        <source>Softphone events reach this window about a second late: it cannot listen for them (%1). They are read from disk instead.</source>
        <translation>Les événements du softphone arrivent dans cette fenêtre avec environ une seconde de retard&#xa0;: elle ne peut pas les écouter (%1). Ils sont lus sur le disque à la place.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a private folder of yours; remove it, or set XDG_RUNTIME_DIR</source>
        <translation>%1 n’est pas un dossier privé à vous&#xa0;; supprimez-le ou définissez XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its socket %1 cannot be opened: %2</source>
        <translation>son socket %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestions.py" line="+125"/>
        <source>Exact match</source>
        <translation>Correspondance exacte</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location line="-67"/>
        <source>Exact match</source>
        <translation>Correspondance exacte</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestion_popup.py" line="+55"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../agent_desktop/ui/common/theme_scheme.py" line="+146"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark</source>
        <translation>Clair ou sombre</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../agent_desktop/ui/review/undo_bar.py" line="+27"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo discard</source>
        <translation>Annuler l&apos;abandon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the call log back (%1)</source>
        <translation>Récupérer le journal d&apos;appel (%1)</translation>
    </message>
</context>
<context>
    <name>UnsentStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/review/unsent.py" line="+79"/>
        <source>%1 call logs not sent yet</source>
        <translation>%1 journaux d&apos;appel pas encore envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 call log not sent yet</source>
        <translation>1 journal d&apos;appel pas encore envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent once its caller is found</source>
        <translation>Envoyé dès que l’appelant est trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for review</source>
        <translation>En attente de vérification</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>WindowStart</name>
    <message>
        <location filename="../../agent_desktop/ui/window/start.py" line="+56"/>
        <source>Loading settings…</source>
        <translation>Chargement des paramètres…</translation>
    </message>
</context>
</TS>
