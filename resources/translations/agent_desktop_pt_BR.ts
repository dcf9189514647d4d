<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>A interface de gerenciamento do PABX (AMI): nome ou endereço e porta, 5038 (5039 com TLS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use TLS, c&amp;hecked against this computer&apos;s certificates</source>
        <translation>Usar TLS, &amp;verificado com os certificados deste computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user your administrator created in manager.conf.</source>
        <translation>O usuário que seu administrador criou no manager.conf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Deixe vazio para manter o segredo armazenado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the system keyring, never in the settings file.</source>
        <translation>Guardado no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own extension: the calls of its phones (PJSIP/201, SIP/201, queue members Local/201@…) are yours.</source>
        <translation>Seu próprio ramal: as chamadas dos telefones dele (PJSIP/201, SIP/201, membros de fila Local/201@…) são suas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the PBX dials a number for click-to-dial, as if dialled on your phone (FreePBX: from-internal).</source>
        <translation>Onde o PABX disca um número para clicar e ligar, como se fosse discado no seu telefone (FreePBX: from-internal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PBX address</source>
        <translation>Endereç&amp;o do PABX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AM&amp;I user</source>
        <translation>Usuár&amp;io AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI se&amp;cret</source>
        <translation>Se&amp;gredo AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your extension</source>
        <translation>Seu rama&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial co&amp;ntext</source>
        <translation>Conte&amp;xto de discagem</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PBX address</source>
        <translation>Endereço do PABX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI user</source>
        <translation>Usuário AMI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your extension</source>
        <translation>Seu ramal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial context</source>
        <translation>Contexto de discagem</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="+174"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fechar a mensagem</translation>
    </message>
</context>
<context>
    <name>BaresipSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_baresip.py" line="+36"/>
        <source>baresip address</source>
        <translation>Endereço do baresip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where baresip&apos;s ctrl_tcp module listens (HOST:PORT). Keep it on 127.0.0.1: ctrl_tcp has no password, and whoever reaches it can place calls.</source>
        <translation>Onde o módulo ctrl_tcp do baresip escuta (HOST:PORTA). Mantenha em 127.0.0.1: o ctrl_tcp não tem senha, e quem o alcançar pode fazer chamadas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these lines to baresip&apos;s config file (~/.baresip/config), then restart baresip:</source>
        <translation>Adicione estas linhas ao arquivo de configuração do baresip (~/.baresip/config) e reinicie o baresip:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lines for baresip&apos;s config</source>
        <translation>Linhas para a configuração do baresip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;baresip address</source>
        <translation>Endereço do &amp;baresip</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>baresip address %1.</source>
        <translation>Endereço do baresip %1.</translation>
    </message>
</context>
<context>
    <name>BriaSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_bria.py" line="+28"/>
        <source>Bria (Windows or Mac, a paid edition) tells this app about its calls through its Desktop API on this computer. The first time, Bria shows a notification: open Bria&apos;s Notification tab and click Allow Access. Answer, End call and dialling then go to Bria.</source>
        <translation>O Bria (Windows ou Mac, uma edição paga) informa suas chamadas a este aplicativo pela API Desktop neste computador. Na primeira vez, o Bria mostra uma notificação: abra a aba “Notification” do Bria e clique em “Allow Access”. Atender, Encerrar e discar passam então pelo Bria.</translation>
    </message>
</context>
<context>
    <name>CallAlert</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/attention.py" line="+158"/>
        <source>%1 log(s) waiting to be sent</source>
        <translation>%1 registro(s) aguardando envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed call(s)</source>
        <translation>%1 chamada(s) perdida(s)</translation>
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
        <translation>&amp;Atender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End call</source>
        <translation>&amp;Encerrar chamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start call</source>
        <translation>&amp;Iniciar chamada</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Incoming call from %1…</source>
        <translation>Chamada recebida de %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+141"/>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+70"/>
        <source>Unknown caller</source>
        <translation>Chamador desconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming call</source>
        <translation>Chamada recebida</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="-14"/>
        <source>Incoming call: %1</source>
        <translation>Chamada recebida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calling %1</source>
        <translation>Ligando para %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 contacts share this number: pick one.</source>
        <translation>%1 contatos têm este número: escolha um.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_lookup_flow.py" line="+19"/>
        <source>Could not look up the caller: %1</source>
        <translation>Não foi possível pesquisar o chamador: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/controller.py" line="+30"/>
        <location line="+10"/>
        <location line="+13"/>
        <source>%1 is linked to this call.</source>
        <translation>%1 está vinculado a esta chamada.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Call answered.</source>
        <translation>Chamada atendida.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Call started.</source>
        <translation>Chamada iniciada.</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_panel.py" line="+59"/>
        <source>Call duration</source>
        <translation>Duração da chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call</source>
        <translation>Nenhuma chamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call state</source>
        <translation>Estado da chamada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller – Create contact (Ctrl+N)</source>
        <translation>Chamador desconhecido – Criar contato (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a contact with the caller&apos;s number</source>
        <translation>Criar um contato com o número do chamador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact of the call</source>
        <translation>Contato da chamada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other call</source>
        <translation>Outra chamada</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Inbound</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Call direction</source>
        <translation>Direção da chamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Número da chamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log this call without a contact</source>
        <translation>Registrar esta chamada sem contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact from call</source>
        <translation>Remover o contato da chamada</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+106"/>
        <source>Answer</source>
        <translation>Atender</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Answer the waiting call: it becomes the call in hand</source>
        <translation>Atender a chamada em espera: ela passa a ser a chamada atual</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Answer the call and start timing it (F9)</source>
        <translation>Atender a chamada e cronometrá-la (F9)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No contact linked</source>
        <translation>Nenhum contato vinculado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 — being created…</source>
        <translation>%1 — sendo criado…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>End call</source>
        <translation>Encerrar chamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call and review its log (F9)</source>
        <translation>Encerrar a chamada e revisar o registro (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start call</source>
        <translation>Iniciar chamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start timing a call (F9)</source>
        <translation>Cronometrar uma chamada (F9)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/calls/call_texts.py" line="+29"/>
        <source>No call · F9 starts</source>
        <translation>Nenhuma chamada · F9 inicia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringing</source>
        <translation>Tocando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialling</source>
        <translation>Discando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (being created)</source>
        <translation>%1 (sendo criado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found yet – trying again</source>
        <translation>Ainda não encontrado – tentando de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Unknown caller</source>
        <translation>Chamador desconhecido</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 matches – pick one</source>
        <translation>%1 resultados – escolha um</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also ringing</source>
        <translation>Também tocando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also dialling</source>
        <translation>Também discando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also connected</source>
        <translation>Também conectado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>CallWords</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_texts.py" line="+34"/>
        <source>Answered</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>They called, you answered</source>
        <translation>Ligaram e você atendeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They called, nobody answered</source>
        <translation>Ligaram e ninguém atendeu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they answered</source>
        <translation>Você ligou e atenderam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called, they did not answer</source>
        <translation>Você ligou e não atenderam</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown caller</source>
        <translation>Chamador desconhecido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved — will send when back online</source>
        <translation>Salvo — será enviado quando a conexão voltar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent — review</source>
        <translation>Não enviado — revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved — waiting to send</source>
        <translation>Salvo — aguardando envio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged ✓</source>
        <translation>Registrado ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged</source>
        <translation>Não registrado</translation>
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
        <translation>Chamada com %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contacts share this number. Pick the caller to link them to this call.</source>
        <translation>%1 contatos têm este número. Escolha quem liga para vinculá-lo a esta chamada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact could not be reached to find the caller. Trying again…</source>
        <translation>Não foi possível acessar o SwitchTransact para encontrar quem liga. Tentando de novo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caller could not be looked up. Search above to find them.</source>
        <translation>Não foi possível procurar quem liga. Pesquise acima para encontrá-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking up the caller…</source>
        <translation>Procurando quem liga…</translation>
    </message>
</context>
<context>
    <name>CallerPicker</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/caller_picker.py" line="+46"/>
        <source>Contacts with the caller&apos;s number</source>
        <translation>Contatos com o número do chamador</translation>
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
        <translation>Não configurado</translation>
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
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key problem</source>
        <translation>Problema na chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server problem</source>
        <translation>Problema no servidor</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Connection: %1</source>
        <translation>Conexão: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/connection_test.py" line="+39"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address, TLS, key and permissions</source>
        <translation>Verificar o endereço, o TLS, a chave e as permissões</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everything works.</source>
        <translation>Tudo funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection does not work yet; see the first ✗.</source>
        <translation>A conexão ainda não funciona; veja o primeiro ✗.</translation>
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
        <translation>%1 criado.</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/contact_panel.py" line="+150"/>
        <source>Contact name</source>
        <translation>Nome do contato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entity type</source>
        <translation>Tipo de entidade</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer no.</source>
        <translation>Nº do cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer number</source>
        <translation>número do cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mobile number</source>
        <translation>número de celular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>business number</source>
        <translation>número comercial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business 2</source>
        <translation>Comercial 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second business number</source>
        <translation>segundo número comercial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email address</source>
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Call this number with the softphone</source>
        <translation>Ligar para este número com o softphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1</source>
        <translation>Ligar para %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log that call against this contact</source>
        <translation>Registrar essa chamada para este contato</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link to the call with %1</source>
        <translation>Vincular à chamada com %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the call in hand</source>
        <translation>Vincular à chamada atual</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown type</source>
        <translation>Tipo desconhecido</translation>
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
        <translation>Não foi possível salvar o novo contato no disco: %1 Ele fica na memória e será gravado assim que possível.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SwitchTransact refused it.</source>
        <translation>O SwitchTransact o recusou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. %1 The contact is created as soon as SwitchTransact answers; you can carry on.</source>
        <translation>Salvo. %1 O contato é criado assim que o SwitchTransact responder; você pode continuar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The contact was created but could not be opened; search for it.</source>
        <translation>O contato foi criado, mas não pôde ser aberto; pesquise-o.</translation>
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
        <translation>Nenhum chaveiro do sistema foi encontrado. %1 Enquanto isso, a chave pode ser informada na variável de ambiente AGENT_DESKTOP_API_KEY; ela nunca é salva em um arquivo comum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On Linux install and unlock GNOME Keyring or KWallet (a Secret Service provider; e.g. `sudo apt install gnome-keyring`), then start Agent Desktop again.</source>
        <translation>No Linux, instale e desbloqueie o GNOME Keyring ou o KWallet (um provedor de Secret Service; p. ex. `sudo apt install gnome-keyring`) e inicie o Agent Desktop novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On macOS the login Keychain is needed; check that it exists and is unlocked.</source>
        <translation>No macOS, é necessário o chaveiro de login; verifique se ele existe e está desbloqueado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows the Credential Manager is needed; check that its service is running.</source>
        <translation>No Windows, é necessário o Gerenciador de Credenciais; verifique se o serviço dele está em execução.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a keyring service that the Python `keyring` package supports.</source>
        <translation>Instale um serviço de chaveiro compatível com o pacote Python `keyring`.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked. Unlock it (log in again, or open your password manager and unlock the login keyring) and try again.</source>
        <translation>O chaveiro do sistema está bloqueado. Desbloqueie-o (entre novamente, ou abra seu gerenciador de senhas e desbloqueie o chaveiro de login) e tente de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring (%1) could not read the API key: %2</source>
        <translation>O chaveiro do sistema (%1) não conseguiu ler a chave de API: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not store the API key: %2</source>
        <translation>O chaveiro do sistema (%1) não conseguiu salvar a chave de API: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring (%1) could not delete the API key: %2</source>
        <translation>O chaveiro do sistema (%1) não conseguiu excluir a chave de API: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the key. %1</source>
        <translation>O chaveiro do sistema não guardou a chave. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API keys are kept in %1.</source>
        <translation>As chaves de API são guardadas em %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key is empty.</source>
        <translation>A chave de API está vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No API key is set; add it under Settings.</source>
        <translation>Nenhuma chave de API definida; adicione-a em Configurações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key contains characters that cannot be sent; paste it again.</source>
        <translation>A chave de API contém caracteres que não podem ser enviados; cole-a novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server address is set, so there is no key to look up.</source>
        <translation>Nenhum endereço de servidor definido, então não há chave a procurar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updates are off (update_policy).</source>
        <translation>As atualizações estão desativadas (update_policy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: no update_url is set.</source>
        <translation>As atualizações estão desativadas: nenhuma update_url definida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates are off: this copy runs from source or pip, which update it.</source>
        <translation>As atualizações estão desativadas: esta cópia roda do código-fonte ou do pip, que a atualizam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: IT&apos;s %1 is missing beside the site settings file.</source>
        <translation>As atualizações estão desativadas: falta o %1 da TI ao lado do arquivo de configurações do site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates are off: %1 cannot be written by this user; IT installs updates.</source>
        <translation>As atualizações estão desativadas: este usuário não pode gravar em %1; a TI instala as atualizações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent Desktop %1 is available.</source>
        <translation>Agent Desktop %1 está disponível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent Desktop %1 is installed when you quit or at the next start.</source>
        <translation>Agent Desktop %1 será instalado ao sair ou na próxima inicialização.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated to Agent Desktop %1.</source>
        <translation>Atualizado para Agent Desktop %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check: the update server cannot be reached; trying again later.</source>
        <translation>Verificação de atualizações: o servidor não responde; nova tentativa mais tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update refused: its signature or contents do not check out.</source>
        <translation>Atualização recusada: a assinatura ou o conteúdo não conferem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update not downloaded: the disk is full.</source>
        <translation>Atualização não baixada: o disco está cheio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update not downloaded: %1</source>
        <translation>Atualização não baixada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check failed (%1); trying again later.</source>
        <translation>A verificação de atualizações falhou (%1); nova tentativa mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL “%1” is not a valid web address.</source>
        <translation>A URL base “%1” não é um endereço da web válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must start with https://.</source>
        <translation>A URL base deve começar com https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL “%1” has no valid host name.</source>
        <translation>A URL base “%1” não tem um nome de host válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must not contain a user name or password.</source>
        <translation>A URL base não deve conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must not contain “?” or “#”.</source>
        <translation>A URL base não deve conter “?” nem “#”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base URL must use https:// for %1; plain http:// is only allowed for this computer (localhost, 127.0.0.1), where the sandbox runs.</source>
        <translation>A URL base deve usar https:// para %1; http:// simples só é permitido para este computador (localhost, 127.0.0.1), onde a sandbox roda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name lookup</source>
        <translation>Resolução de nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection</source>
        <translation>Conexão segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using %1.</source>
        <translation>Usando %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers without a country code are read as %1.</source>
        <translation>Números sem código de país são lidos como de: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known two-letter country code (e.g. ZA).</source>
        <translation>“%1” não é um código de país de duas letras conhecido (p. ex. ZA).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting through the proxy %1.</source>
        <translation>Conectando pelo proxy %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not find %1. Check the base URL and the internet connection.</source>
        <translation>Não foi possível encontrar %1. Verifique a URL base e a conexão com a internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an IP address; no name lookup needed.</source>
        <translation>%1 é um endereço IP; não é preciso resolver o nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at %2.</source>
        <translation>%1 está em %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Conectado a %1 na porta %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s certificate is trusted by this computer (%2).</source>
        <translation>O certificado de %1 é confiável para este computador (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key is set. Add it under Settings (an administrator can also set AGENT_DESKTOP_API_KEY).</source>
        <translation>Nenhuma chave de API definida. Adicione-a em Configurações (um administrador também pode definir AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SwitchTransact accepted the key, and it may look up contacts.</source>
        <translation>O SwitchTransact aceitou a chave, e ela pode consultar contatos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key may search contacts. Creating contacts and logging calls cannot be checked without writing; they are tried when first used.</source>
        <translation>A chave pode pesquisar contatos. Criar contatos e registrar chamadas não pode ser verificado sem gravar; isso é tentado no primeiro uso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2</source>
        <translation>%1 linha %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is ignored. API keys are kept in the system keyring, never in settings files: remove it from this file and enter the key in Agent Desktop (or set AGENT_DESKTOP_API_KEY).</source>
        <translation>%1: %2 é ignorado. As chaves de API ficam no chaveiro do sistema, nunca em arquivos de configuração: remova-a deste arquivo e informe a chave no Agent Desktop (ou defina AGENT_DESKTOP_API_KEY).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: locked should be a list of setting names, like locked = [&quot;base_url&quot;].</source>
        <translation>%1: locked deve ser uma lista de nomes de configurações, como locked = [&quot;base_url&quot;].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in locked is not a setting name.</source>
        <translation>%1: %2 em locked não é um nome de configuração.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is set by your administrator and cannot be changed here; your value is ignored.</source>
        <translation>%1: %2 é definido pelo seu administrador e não pode ser alterado aqui; seu valor é ignorado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3, not %4; using %5.</source>
        <translation>%1: %2 %3, não %4; usando %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1=%2: %3 %4; the variable is ignored.</source>
        <translation>%1=%2: %3 %4; a variável é ignorada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was ignored: your administrator has locked %2 on this computer.</source>
        <translation>%1 foi ignorado: seu administrador bloqueou %2 neste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not UTF-8 text; the defaults are used instead.</source>
        <translation>%1: não é texto UTF-8; os valores padrão são usados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: could not be read (%2); using the defaults.</source>
        <translation>%1: não pôde ser lido (%2); usando os valores padrão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. The file was ignored; the defaults are used instead.</source>
        <translation>%1: %2. O arquivo foi ignorado; os valores padrão são usados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings were not saved: %1 %2.</source>
        <translation>As configurações não foram salvas: %1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings were not saved: a value cannot be written (%1).</source>
        <translation>As configurações não foram salvas: um valor não pode ser gravado (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings could not be saved to %1: %2.</source>
        <translation>Não foi possível salvar as configurações em %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only or you lack permission to write there</source>
        <translation>a pasta é somente leitura ou você não tem permissão para gravar nela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be text in quotes</source>
        <translation>deve ser texto entre aspas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a web address starting with https://</source>
        <translation>deve ser um endereço da web que comece com https://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a two-letter country code such as ZA or GB</source>
        <translation>deve ser um código de país de duas letras como ZA ou GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be one of %1, or &quot;&quot; to follow the system</source>
        <translation>deve ser um de %1, ou &quot;&quot; para seguir o sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a whole number of milliseconds</source>
        <translation>deve ser um número inteiro de milissegundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number of seconds</source>
        <translation>deve ser um número inteiro de segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be between %1 and %2 milliseconds</source>
        <translation>deve estar entre %1 e %2 milissegundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2 seconds</source>
        <translation>deve estar entre %1 e %2 segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a whole number (a dialplan priority)</source>
        <translation>deveria ser um número inteiro (uma prioridade do plano de discagem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be between %1 and %2</source>
        <translation>deveria estar entre %1 e %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be %1</source>
        <translation>deve ser %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may only use {login}, {full_name}, {first_name} and {last_name} in braces</source>
        <translation>só pode usar {login}, {full_name}, {first_name} e {last_name} entre chaves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should contain {number} or {e164} where the number goes</source>
        <translation>deve conter {number} ou {e164} onde vai o número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no number to dial.</source>
        <translation>Não há número para discar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 phones cannot be told to dial from this computer: dial on the phone.</source>
        <translation>Telefones %1 não podem discar a partir deste computador: disque no telefone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot answer from this computer: use the phone.</source>
        <translation>Telefones %1 não podem atender a partir deste computador: use o telefone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 phones cannot end the call from this computer: use the phone.</source>
        <translation>Telefones %1 não podem encerrar a chamada a partir deste computador: use o telefone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone did not say which call this is, so it cannot answer from this computer: use the phone.</source>
        <translation>O telefone não disse qual chamada é esta, então não pode atender a partir deste computador: use o telefone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone did not say which call this is, so it cannot end the call from this computer: use the phone.</source>
        <translation>O telefone não disse qual chamada é esta, então não pode encerrar a chamada a partir deste computador: use o telefone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the desk phone&apos;s address in Settings → Phone to use it from this computer.</source>
        <translation>Informe o endereço do telefone de mesa em Configurações → Telefone para usá-lo a partir deste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone&apos;s password cannot be read: %1</source>
        <translation>A senha do telefone de mesa não pode ser lida: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 did not answer in time. Is it on and on the network?</source>
        <translation>O telefone de mesa em %1 não respondeu a tempo. Ele está ligado e na rede?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desk phone at %1 could not be reached. Check its address in Settings → Phone, and that it is on.</source>
        <translation>O telefone de mesa em %1 não pôde ser contatado. Verifique o endereço dele em Configurações → Telefone, e se ele está ligado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk phone at %1 refused the request: check the web user and password in Settings → Phone, and that the phone allows this computer to control it (Yealink: Action URI Allow IP List).</source>
        <translation>O telefone de mesa em %1 recusou a solicitação: verifique o usuário web e a senha em Configurações → Telefone, e se o telefone permite que este computador o controle (Yealink: Action URI Allow IP List).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk phone at %1 answered with an error (HTTP %2).</source>
        <translation>O telefone de mesa em %1 respondeu com um erro (HTTP %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number baresip can dial.</source>
        <translation>“%1” não é um número que o baresip possa discar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip no longer has this call (%1).</source>
        <translation>O baresip não tem mais esta chamada (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip refused “%1”: %2.</source>
        <translation>O baresip recusou “%1”: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baresip is not connected (at %1).</source>
        <translation>O baresip não está conectado (em %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip could not be reached (%1).</source>
        <translation>O baresip não pôde ser contatado (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baresip did not answer “%1” within %2 s.</source>
        <translation>O baresip não respondeu a “%1” em %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX cannot pick up your phone: answer the call on the phone itself (handset, headset or its answer button).</source>
        <translation>O PABX não pode atender pelo seu telefone: atenda a chamada no próprio telefone (fone, headset ou o botão de atender).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This call is not on your extension any more at the PBX.</source>
        <translation>Esta chamada não está mais no seu ramal no PABX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number the PBX can dial.</source>
        <translation>“%1” não é um número que o PABX possa discar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asterisk is not set up: %1.</source>
        <translation>O Asterisk não está configurado: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 stopped answering (%2).</source>
        <translation>O PABX em %1 parou de responder (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX does not let this AMI user %1: its manager.conf entry needs %2.</source>
        <translation>O PABX não permite que este usuário AMI possa %1: a entrada dele no manager.conf precisa de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX refused to %1: %2.</source>
        <translation>O PABX se recusou a %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hang up calls</source>
        <translation>desligar chamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dial</source>
        <translation>discar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PBX at %1 refused the AMI login: check the user and secret.</source>
        <translation>O PABX em %1 recusou o login AMI: verifique o usuário e o segredo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PBX at %1 cannot be reached (%2).</source>
        <translation>O PABX em %1 não pôde ser contatado (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a number Bria can dial.</source>
        <translation>“%1” não é um número que o Bria possa discar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not reported this call yet; end it in Bria.</source>
        <translation>O Bria ainda não informou esta chamada; encerre-a no Bria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bria no longer has this call.</source>
        <translation>O Bria não tem mais esta chamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria is not connected (at %1).</source>
        <translation>O Bria não está conectado (em %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria could not be reached (%1).</source>
        <translation>O Bria não pôde ser contatado (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria has not allowed this app yet: in Bria, open the Notification tab and click Allow Access.</source>
        <translation>O Bria ainda não permitiu este aplicativo: no Bria, abra a aba Notification e clique em Allow Access.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bria did not answer “%1” within %2 s.</source>
        <translation>O Bria não respondeu a “%1” em %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to Bria was lost.</source>
        <translation>A conexão com o Bria foi perdida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bria refused “%1”: %2.</source>
        <translation>O Bria recusou “%1”: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call could not be saved on disk (%1); it stays on screen.</source>
        <translation>Uma chamada não pôde ser salva no disco (%1); ela continua na tela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls saved before could not be read, and new calls could not be saved on disk (%1); they stay on screen.</source>
        <translation>As chamadas salvas antes não puderam ser lidas, e novas chamadas não podem ser salvas no disco (%1); elas continuam na tela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is read-only or marked immutable</source>
        <translation>o arquivo é somente leitura ou está marcado como imutável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be a host and a port, like %1</source>
        <translation>deve ser um host e uma porta, por exemplo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be an IP address and a port, like %1</source>
        <translation>deve ser um endereço IP e uma porta, por exemplo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be one word of letters, digits, - _ . + * or #</source>
        <translation>deve ser uma única palavra de letras, dígitos, - _ . + * ou #</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>should be a list of addresses or networks, like [&quot;192.168.1.50&quot;]</source>
        <translation>deve ser uma lista de endereços ou redes, por exemplo [&quot;192.168.1.50&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>holds “%1”, which is not an address or a network (like 192.168.1.50 or 192.168.1.0/24)</source>
        <translation>contém “%1”, que não é um endereço nem uma rede (por exemplo 192.168.1.50 ou 192.168.1.0/24)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>should be the phone&apos;s address, like 192.168.1.50</source>
        <translation>deve ser o endereço do telefone, por exemplo 192.168.1.50</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../../agent_desktop/ui/contacts/create_panel.py" line="+50"/>
        <source>New contact</source>
        <translation>Novo contato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates the contact in SwitchTransact and opens it.</source>
        <translation>Cria o contato no SwitchTransact e o abre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 072 123 4567</source>
        <translation>ex.: 072 123 4567</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone number check</source>
        <translation>Verificação do número</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fi&amp;rst name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
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
        <translation>Voltar ao contato (Esc)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+139"/>
        <source>Create contact</source>
        <translation>Criar contato</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Create the contact (Enter)</source>
        <translation>Criar o contato (Enter)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Linked to the call with %1 once created.</source>
        <translation>Será vinculado à chamada com %1 depois de criado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Required. National or international form.</source>
        <translation>Obrigatório. Formato nacional ou internacional.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a first or last name.</source>
        <translation>Digite um nome ou sobrenome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a phone number.</source>
        <translation>Digite um número de telefone.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again</source>
        <translation>Enviar novamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not create this contact</source>
        <translation>Não criar este contato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the contact; the new contact is still created (Esc)</source>
        <translation>Voltar ao contato; o novo contato ainda será criado (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard this new contact?</source>
        <translation>Descartar este novo contato?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will not be created in SwitchTransact.</source>
        <translation>%1 não será criado no SwitchTransact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact</source>
        <translation>O contato</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desktop/ui/app/run.py" line="+95"/>
        <source>memory (demo only)</source>
        <translation>memória (só demo)</translation>
    </message>
</context>
<context>
    <name>DialFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/dialer.py" line="+75"/>
        <source>There is no number to dial.</source>
        <translation>Não há número para discar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a contact with a phone number to call it (Ctrl+D).</source>
        <translation>Abra um contato com número de telefone para ligar para ele (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_editor.py" line="+47"/>
        <source>Edit and resend</source>
        <translation>Editar e reenviar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>API field: %1</source>
        <translation>Campo da API: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the corrected fields and send again</source>
        <translation>Salvar os campos corrigidos e enviar novamente</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>One of: %1.</source>
        <translation>Um de: %1.</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/entry_fields.py" line="+30"/>
        <source>Use hh:mm:ss, e.g. 00:03:25.</source>
        <translation>Use hh:mm:ss, ex.: 00:03:25.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a time of day as hh:mm:ss, e.g. 14:05:09.</source>
        <translation>Use um horário no formato hh:mm:ss, ex.: 14:05:09.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use dd-mm-yy hh:mm:ss with a real date, e.g. 01-03-24 14:05:09.</source>
        <translation>Use dd-mm-yy hh:mm:ss com uma data válida, ex.: 01-03-24 14:05:09.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+59"/>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>An e-mail address, or empty.</source>
        <translation>Um endereço de e-mail, ou vazio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call type</source>
        <translation>Tipo de chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The caller&apos;s number.</source>
        <translation>O número do chamador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in SwitchTransact&apos;s call list.</source>
        <translation>Exibido na lista de chamadas do SwitchTransact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity ID</source>
        <translation>ID da entidade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The contact&apos;s id; empty for no contact.</source>
        <translation>O ID do contato; vazio para nenhum contato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity type</source>
        <translation>Tipo de entidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account, Contact or Lead; empty for no contact.</source>
        <translation>Account, Contact ou Lead; vazio para nenhum contato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent first name</source>
        <translation>Nome do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent last name</source>
        <translation>Sobrenome do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent email</source>
        <translation>E-mail do agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration (timespan)</source>
        <translation>Duração (intervalo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (local)</source>
        <translation>Início (horário local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End (local)</source>
        <translation>Fim (horário local)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>National or international form.</source>
        <translation>Formato nacional ou internacional.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a first or last name.</source>
        <translation>Digite um nome ou sobrenome.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../agent_desktop/ui/common/errors.py" line="+83"/>
        <source>Something unexpected went wrong, but you can keep working.</source>
        <translation>Algo inesperado deu errado, mas você pode continuar trabalhando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened: %1</source>
        <translation>O que aconteceu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full details are in %1</source>
        <translation>Todos os detalhes estão em %1</translation>
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
        <translation>Algo inesperado deu errado. Os detalhes estão no arquivo de log; tente novamente.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/common/error_texts.py" line="+41"/>
        <source>SwitchTransact can&apos;t be reached. Your logs are saved and will be sent when it is back.</source>
        <translation>Não é possível acessar o SwitchTransact. Seus registros estão salvos e serão enviados quando ele voltar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact has a problem right now. Your logs are saved and will be sent when it is working again.</source>
        <translation>O SwitchTransact está com um problema no momento. Seus registros estão salvos e serão enviados quando ele voltar a funcionar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SwitchTransact is busy. Wait a moment and try again; your logs are saved and will be sent.</source>
        <translation>O SwitchTransact está ocupado. Aguarde um momento e tente novamente; seus registros estão salvos e serão enviados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server address does not answer like SwitchTransact. Check the address in Settings.</source>
        <translation>O endereço do servidor não responde como o SwitchTransact. Verifique o endereço nas configurações.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SwitchTransact did not accept the API key. Check the key in Settings.</source>
        <translation>O SwitchTransact não aceitou a chave de API. Verifique a chave nas configurações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact did not accept this. Correct it and send it again.</source>
        <translation>O SwitchTransact não aceitou. Corrija e envie novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact could not find this record. Search for it again.</source>
        <translation>O SwitchTransact não encontrou esta ficha. Pesquise-a novamente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SwitchTransact said: “%1”</source>
        <translation>Resposta do SwitchTransact: “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the API key in Settings; an administrator can check its permissions in SwitchTransact under API / Developers &gt; API Keys.</source>
        <translation>Verifique a chave de API nas Configurações; um administrador pode verificar as permissões dela no SwitchTransact, em API / Developers &gt; API Keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct it and send it again.</source>
        <translation>Corrija e envie novamente.</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <location filename="../../agent_desktop/ui/calls/global_keys_flow.py" line="+50"/>
        <source>Off: F9 and Ctrl+Return work while Agent Desktop has the keyboard.</source>
        <translation>Desativados: F9 e Ctrl+Enter funcionam enquanto o Agent Desktop tem o teclado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts cannot work in a Wayland session: other applications&apos; keys never reach Agent Desktop. Use an X11 session, or F9 and Ctrl+Return in the window.</source>
        <translation>Os atalhos globais não funcionam em uma sessão Wayland: as teclas de outros aplicativos nunca chegam ao Agent Desktop. Use uma sessão X11, ou F9 e Ctrl+Enter na janela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts are off: no X11 display was found.</source>
        <translation>Atalhos globais desativados: nenhuma tela X11 foi encontrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global shortcuts need the Accessibility permission: in System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop, then start it again.</source>
        <translation>Os atalhos globais precisam da permissão de Acessibilidade: em Ajustes do Sistema → Privacidade e Segurança → Acessibilidade, ative o Agent Desktop e inicie-o novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcuts could not start; the log file says why.</source>
        <translation>Os atalhos globais não puderam iniciar; o arquivo de log diz por quê.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answers or ends the call from any application.</source>
        <translation>%1 atende ou encerra a chamada a partir de qualquer aplicativo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sends the call log from any application.</source>
        <translation>%1 envia o registro da chamada a partir de qualquer aplicativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is used by another application, so it cannot answer or end calls here; choose other keys in Settings.</source>
        <translation>%1 é usado por outro aplicativo, então não pode atender nem encerrar chamadas aqui; escolha outras teclas nas Configurações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is used by another application, so it cannot send call logs here; choose other keys in Settings.</source>
        <translation>%1 é usado por outro aplicativo, então não pode enviar registros de chamadas aqui; escolha outras teclas nas Configurações.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on this keyboard; choose other keys in Settings.</source>
        <translation>%1 não existe neste teclado; escolha outras teclas nas Configurações.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macOS asks for the Accessibility permission the first time: System Settings → Privacy &amp; Security → Accessibility, turn on Agent Desktop.</source>
        <translation>O macOS pede a permissão de Acessibilidade na primeira vez: Ajustes do Sistema → Privacidade e Segurança → Acessibilidade, ative o Agent Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Works in X11 sessions; Wayland sessions do not pass other applications&apos; keys on.</source>
        <translation>Funciona em sessões X11; sessões Wayland não repassam as teclas de outros aplicativos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No call to answer or end.</source>
        <translation>Nenhuma chamada para atender ou encerrar.</translation>
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
        <translation>Agora mesmo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday %1</source>
        <translation>Ontem %1</translation>
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
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Abrir as configurações (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>SwitchTransact refused the API key.</source>
        <translation>O SwitchTransact recusou a chave de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact cannot be reached.</source>
        <translation>SwitchTransact inacessível.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SwitchTransact answered with an error.</source>
        <translation>O SwitchTransact respondeu com um erro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up yet.</source>
        <translation>Ainda não configurado.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/open_settings.py" line="+56"/>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/quit_guard.py" line="+31"/>
        <source>Call logs not saved</source>
        <translation>Registros de chamada não salvos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit during a call?</source>
        <translation>Sair durante uma chamada?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. It is kept and comes back when Agent Desktop starts again. Quit anyway?</source>
        <translation>Há uma chamada em andamento. Ela é mantida e volta quando o Agent Desktop for iniciado novamente. Sair mesmo assim?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 call log(s) or contact(s) could not be saved to disk and will be lost if you quit now. Quit anyway?</source>
        <translation>%1 registro(s) de chamada ou contato(s) não puderam ser salvos no disco e serão perdidos se você sair agora. Sair mesmo assim?</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <location filename="../../agent_desktop/ui/app/memory_stores.py" line="+46"/>
        <source>API keys are kept in %1.</source>
        <translation>As chaves de API ficam em %1.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server, API key, your name and preferences</source>
        <translation>Servidor, chave de API, seu nome e preferências</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+95"/>
        <source>Search contacts</source>
        <translation>Pesquisar contatos</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Novo contato…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a contact</source>
        <translation>Criar um contato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start call</source>
        <translation>&amp;Iniciar chamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer, end or start a call</source>
        <translation>Atender, encerrar ou iniciar uma chamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dial contact</source>
        <translation>&amp;Discar para o contato</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>Call the open contact with the softphone</source>
        <translation>Ligar para o contato aberto com o softphone</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Send call &amp;log</source>
        <translation>Enviar &amp;registro da chamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the reviewed call log</source>
        <translation>Enviar o registro de chamada revisado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Outbox…</source>
        <translation>&amp;Caixa de saída…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call logs and new contacts waiting to be sent, and their state</source>
        <translation>Registros de chamada e novos contatos aguardando envio, e seu estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About %1</source>
        <translation>&amp;Sobre o %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choose a suggestion and open it</source>
        <translation>Escolher uma sugestão e abri-la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the suggestions, clear the search, leave a form</source>
        <translation>Fechar as sugestões, limpar a pesquisa, sair de um formulário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contact (number taken from the search or the call)</source>
        <translation>Novo contato (número tirado da pesquisa ou da chamada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer a ringing call, end the call, or start one (Outbound with a contact open)</source>
        <translation>Atender uma chamada tocando, encerrar a chamada ou iniciar uma (de saída com um contato aberto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent calls: Enter opens a call, Ctrl+D calls it back</source>
        <translation>Chamadas recentes: Enter abre uma chamada, Ctrl+D retorna a ligação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the call log</source>
        <translation>Enviar o registro de chamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: what waits to be sent, and what needs attention</source>
        <translation>Caixa de saída: o que aguarda envio e o que precisa de atenção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Agent Desktop</source>
        <translation>Sobre o Agent Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From any application: answer or end the call</source>
        <translation>De qualquer aplicativo: atender ou encerrar a chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From any application: send the call log</source>
        <translation>De qualquer aplicativo: enviar o registro da chamada</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/main_window.py" line="+28"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="-50"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>C&amp;all</source>
        <translation>C&amp;hamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/window/menus.py" line="+62"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Caller pop-ups, instant search, quick create and call journaling for SwitchTransact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Identificação de chamadas, pesquisa instantânea, criação rápida e registro de chamadas para o SwitchTransact.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_texts.py" line="+248"/>
        <source>1 call log</source>
        <translation>1 registro de chamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 call logs</source>
        <translation>%1 registros de chamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 novo contato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new contacts</source>
        <translation>%1 novos contatos</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 needs attention</source>
        <translation>1 requer atenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need attention</source>
        <translation>%1 requerem atenção</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There was a folder where the outbox file %1 should be.</source>
        <translation>Havia uma pasta onde deveria estar o arquivo da caixa de saída %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 held another program&apos;s database, not an outbox.</source>
        <translation>O arquivo %1 continha o banco de dados de outro programa, não uma caixa de saída.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outbox file %1 was empty (0 bytes), as a crash or a full disk can leave it.</source>
        <translation>O arquivo da caixa de saída %1 estava vazio (0 bytes), como uma falha ou um disco cheio pode deixá-lo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outbox file %1 was damaged.</source>
        <translation>O arquivo da caixa de saída %1 estava danificado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 outbox entry</source>
        <translation>1 item da caixa de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 outbox entries</source>
        <translation>%1 itens da caixa de saída</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 call in progress or in review</source>
        <translation>1 chamada em andamento ou em revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 calls in progress or in review</source>
        <translation>%1 chamadas em andamento ou em revisão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 softphone event still to replay</source>
        <translation>1 evento do softphone ainda a processar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 softphone events still to replay</source>
        <translation>%1 eventos do softphone ainda a processar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carried into the new outbox: %1.</source>
        <translation>Levado para a nova caixa de saída: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing could be read from it.</source>
        <translation>Nada pôde ser lido dele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was kept as %1 and a new outbox was started.</source>
        <translation>Ele foi guardado como %1 e uma nova caixa de saída foi criada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New call logs are saved and sent as usual.</source>
        <translation>Novos registros de chamada são salvos e enviados normalmente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save %1 to disk: %2</source>
        <translation>Não foi possível salvar %1 no disco: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is kept in memory and will be written as soon as possible; keep Agent Desktop open until then.</source>
        <translation>Os dados ficam na memória e serão gravados assim que possível; mantenha o Agent Desktop aberto até lá.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outbox cannot be written: %1</source>
        <translation>Não é possível gravar a caixa de saída: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New call logs are kept in memory until it can.</source>
        <translation>Novos registros de chamada ficam na memória até lá.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact refused %1.</source>
        <translation>O SwitchTransact recusou %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct and resend, or discard: nothing is dropped without you deciding.</source>
        <translation>Corrija e reenvie, ou descarte: nada se perde sem a sua decisão.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You can quit: they will be sent next time Agent Desktop starts.</source>
        <translation>Você pode sair: o envio acontece na próxima vez que o Agent Desktop for iniciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — %1 waiting, will send when the connection is back.</source>
        <translation>Offline — %1 aguardando; o envio acontece quando a conexão voltar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes at %2.</source>
        <translation>O SwitchTransact pediu para desacelerar — %1 aguardando; o envio recomeça às %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SwitchTransact asked to slow down — %1 waiting; sending resumes shortly.</source>
        <translation>O SwitchTransact pediu para desacelerar — %1 aguardando; o envio será retomado em breve.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SwitchTransact has a problem — %1 waiting; retrying automatically.</source>
        <translation>O SwitchTransact está com um problema — %1 aguardando; nova tentativa automática.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending paused: SwitchTransact refused the API key — %1 waiting.</source>
        <translation>Envio pausado: o SwitchTransact recusou a chave de API — %1 aguardando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the key in Settings; they are sent then.</source>
        <translation>Corrija a chave nas configurações; o envio acontece em seguida.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 waiting — not connected to SwitchTransact.</source>
        <translation>%1 aguardando — sem conexão com o SwitchTransact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up the server address and API key in Settings.</source>
        <translation>Configure o endereço do servidor e a chave de API nas configurações.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved — sending %1…</source>
        <translation>Salvo — enviando %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown caller</source>
        <translation>Chamador desconhecido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New contact: %1</source>
        <translation>Novo contato: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Waiting to retry</source>
        <translation>Aguardando nova tentativa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
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
        <translation>Requer atenção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not saved to disk yet</source>
        <translation>Ainda não salvo no disco</translation>
    </message>
</context>
<context>
    <name>OutboxButton</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="+158"/>
        <source>%1 waiting</source>
        <translation>%1 aguardando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everything sent</source>
        <translation>tudo enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1</source>
        <translation>Caixa de saída: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 (Ctrl+Shift+O)</source>
        <translation>Caixa de saída: %1 (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_dialog.py" line="+74"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call logs and new contacts are saved here first and sent to SwitchTransact in order. Nothing is dropped unless you discard it.</source>
        <translation>Registros de chamada e novos contatos são salvos aqui primeiro e enviados ao SwitchTransact em ordem. Nada se perde, a menos que você descarte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outbox entries</source>
        <translation>Itens da caixa de saída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call or contact</source>
        <translation>Chamada ou contato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Selected entry</source>
        <translation>Item selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;sent and discarded</source>
        <translation>Mostrar &amp;enviados e descartados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit &amp;&amp; resend…</source>
        <translation>E&amp;ditar &amp;&amp; reenviar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields SwitchTransact refused and send again (Enter)</source>
        <translation>Corrigir os campos recusados pelo SwitchTransact e enviar novamente (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this entry again now, unchanged</source>
        <translation>Enviar este item novamente agora, sem alterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>Des&amp;cartar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send this entry (asks first) (Delete)</source>
        <translation>Não enviar este item (pede confirmação) (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 waiting</source>
        <translation>%1 aguardando</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 not saved to disk yet</source>
        <translation>%1 ainda não salvo(s) no disco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything has been sent.</source>
        <translation>Tudo foi enviado.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing waits in the outbox.</source>
        <translation>Nada aguarda na caixa de saída.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not on disk yet: %1 It is written as soon as possible.</source>
        <translation>Ainda não está no disco: %1 Será gravado assim que possível.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts: %1.</source>
        <translation>Tentativas: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved — sending again.</source>
        <translation>Salvo — enviando novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending again.</source>
        <translation>Enviando novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>call log</source>
        <translation>registro de chamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new contact</source>
        <translation>novo contato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard this entry?</source>
        <translation>Descartar este item?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the %1 “%2”?</source>
        <translation>Descartar o %1 “%2”?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It will not be sent to SwitchTransact. It stays listed as discarded; this cannot be undone.</source>
        <translation>Ele não será enviado ao SwitchTransact. Continua na lista como descartado; isso não pode ser desfeito.</translation>
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
        <translation>O Agent Desktop está fechando.</translation>
    </message>
</context>
<context>
    <name>OutboxStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_strip.py" line="-129"/>
        <source>Outbox status</source>
        <translation>Estado da caixa de saída</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to send the waiting entries now</source>
        <translation>Tentar enviar agora os itens aguardando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Settings (Ctrl+,)</source>
        <translation>Abrir as configurações (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the outbox to correct, resend or discard</source>
        <translation>Abrir a caixa de saída para corrigir, reenviar ou descartar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>open the outbox</source>
        <translation>abrir a caixa de saída</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../agent_desktop/ui/outbox/outbox_view.py" line="+80"/>
        <source>Sending %1 saved before Agent Desktop last closed…</source>
        <translation>Enviando %1 salvo(s) antes do último fechamento do Agent Desktop…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 will be sent next time Agent Desktop starts.</source>
        <translation>%1: envio na próxima vez que o Agent Desktop for iniciado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in the outbox need your attention; they are kept for next time.</source>
        <translation>Na caixa de saída, requer(em) sua atenção: %1. Tudo fica guardado para a próxima vez.</translation>
    </message>
</context>
<context>
    <name>PhoneService</name>
    <message>
        <location filename="../../agent_desktop/qt/phone_service.py" line="+108"/>
        <source>The phone did not take the command (%1).</source>
        <translation>O telefone não aceitou o comando (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneSettings</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_settings.py" line="+105"/>
        <source>Only the call command (MicroSIP and others)</source>
        <translation>Só o comando de chamada (MicroSIP e outros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A desk phone (Yealink, Snom, Grandstream, Poly)</source>
        <translation>Um telefone de mesa (Yealink, Snom, Grandstream, Poly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asterisk (the PBX)</source>
        <translation>Asterisk (o PABX)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls come from</source>
        <translation>As chamadas vêm de</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing to set here.</source>
        <translation>Nada a configurar aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up in the settings file; see the README.</source>
        <translation>Configure no arquivo de configurações; veja o README.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls c&amp;ome from</source>
        <translation>As c&amp;hamadas vêm de</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starts when you save.</source>
        <translation>Começa ao salvar.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/phones/settings_desk_phone.py" line="+90"/>
        <location line="+195"/>
        <source>Listen on</source>
        <translation>Escutar em</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Address and port this computer listens on for the phone&apos;s requests. 127.0.0.1 takes only this computer; 0.0.0.0 takes the network (then list the phones below).</source>
        <translation>Endereço e porta em que este computador recebe as requisições do telefone. 127.0.0.1 aceita só este computador; 0.0.0.0 aceita a rede (então liste os telefones abaixo).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+187"/>
        <source>Phones allowed</source>
        <translation>Telefones permitidos</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>e.g. 192.168.1.50 or 192.168.1.0/24</source>
        <translation>ex.: 192.168.1.50 ou 192.168.1.0/24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only requests from these addresses or networks are taken; others are refused and counted.</source>
        <translation>Só são aceitas requisições destes endereços ou redes; as outras são recusadas e contadas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone make</source>
        <translation>Marca do telefone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to paste into the phone</source>
        <translation>Linhas para colar no telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the token</source>
        <translation>Mostrar o token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the lines, token included, to paste into the phone</source>
        <translation>Copiar as linhas, com o token, para colar no telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New token</source>
        <translation>Novo token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new secret token: the phone&apos;s old lines stop working until the new ones are pasted</source>
        <translation>Criar um novo token secreto: as linhas antigas do telefone param de funcionar até as novas serem coladas</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+140"/>
        <source>Phone&apos;s address</source>
        <translation>Endereço do telefone</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>e.g. 192.168.1.50, for dialling from here</source>
        <translation>ex.: 192.168.1.50, para discar daqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone&apos;s web user</source>
        <translation>Usuário web do telefone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone&apos;s web password</source>
        <translation>Senha web do telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Inalterada (guardada no chaveiro do sistema)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;isten on</source>
        <translation>Ou&amp;vir em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones allowed</source>
        <translation>Tele&amp;fones permitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone make</source>
        <translation>Marca do te&amp;lefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to paste</source>
        <translation>Linhas para colar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne&apos;s address</source>
        <translation>Endere&amp;ço do telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b user</source>
        <translation>Usu&amp;ário web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web password</source>
        <translation>Senha web</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The token is kept in the system keyring; run “agent-desktop phone setup” to see the lines.</source>
        <translation>O token fica no chaveiro do sistema; execute “agent-desktop phone setup” para ver as linhas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A new token was made. Paste the new lines into the phone: the old ones are refused from now on.</source>
        <translation>Um novo token foi criado. Cole as novas linhas no telefone: as antigas são recusadas a partir de agora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token cannot be kept: %1</source>
        <translation>O token não pode ser guardado: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The address to listen on should be like 0.0.0.0:8765.</source>
        <translation>O endereço de escuta deve ser como 0.0.0.0:8765.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste the lines into the phone&apos;s configuration.</source>
        <translation>Copiado. Cole as linhas na configuração do telefone.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Phones allowed: list the phones&apos; addresses (or their network) when listening beyond this computer.</source>
        <translation>Telefones permitidos: liste os endereços dos telefones (ou a rede deles) ao escutar além deste computador.</translation>
    </message>
</context>
<context>
    <name>PhoneTexts</name>
    <message>
        <location filename="../../agent_desktop/ui/phones/phone_texts.py" line="+18"/>
        <source>The call command</source>
        <translation>O comando de chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk phone</source>
        <translation>O telefone de mesa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reachable</source>
        <translation>inacessível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed</source>
        <translation>a conexão foi encerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the port is in use by another program</source>
        <translation>a porta está em uso por outro programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address cannot be used</source>
        <translation>o endereço não pode ser usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login was refused</source>
        <translation>o login foi recusado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set up</source>
        <translation>não configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not answer as expected</source>
        <translation>não responde como esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to be allowed in Bria (Notification tab, Allow Access)</source>
        <translation>aguardando permissão no Bria (aba “Notification”, “Allow Access”)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: off</source>
        <translation>%1: desligado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connecting to %2</source>
        <translation>%1: conectando a %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1 at %2</source>
        <translation>Conectado a %1 em %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on %1</source>
        <translation>Escutando em %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; trying again in %1 s</source>
        <translation>; nova tentativa em %1 s</translation>
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
        <translation> · solicitações recusadas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from %1)</source>
        <translation> (de %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be started: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
</context>
<context>
    <name>RecentFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/recent/recent_flow.py" line="+98"/>
        <source>&amp;Recent calls</source>
        <translation>Chamadas recen&amp;tes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent calls (%1)</source>
        <translation>Chamadas recentes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your calls of the last 30 days; missed ones to return</source>
        <translation>Suas chamadas dos últimos 30 dias; as perdidas, para retornar</translation>
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
        <translation>Chamadas recentes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Missed calls not seen yet</source>
        <translation>Chamadas perdidas ainda não vistas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the call, Ctrl+D calls the number back</source>
        <translation>Enter abre a chamada, Ctrl+D liga de volta para o número</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent calls. The calls you take and make are listed here.
Type a name, company, phone number or email above to find a contact; Ctrl+N creates one, F9 starts a call.</source>
        <translation>Nenhuma chamada recente. As chamadas que você recebe e faz aparecem aqui.
Digite acima um nome, empresa, telefone ou e-mail para encontrar um contato; Ctrl+N cria um, F9 inicia uma chamada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Call back</source>
        <translation>Ligar de volta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Call this number again (Ctrl+D)</source>
        <translation>Ligar de novo para este número (Ctrl+D)</translation>
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
        <translation>Abrir o contato, ou a revisão do registro (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open call</source>
        <translation>Abrir a chamada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>SwitchTransact refused this log; open the Outbox</source>
        <translation>O SwitchTransact recusou este registro; abra a caixa de saída</translation>
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
        <translation>África do Sul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namíbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbábue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Moçambique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Essuatíni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zâmbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Quênia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Maurício</translation>
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
        <translation>Austrália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nova Zelândia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>França</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Netherlands</source>
        <translation>Países Baixos</translation>
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
        <translation>Espanha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Itália</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Suíça</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the United Arab Emirates</source>
        <translation>Emirados Árabes Unidos</translation>
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
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the call&apos;s ids and every field sent to SwitchTransact</source>
        <translation>Mostra os IDs da chamada e cada campo enviado ao SwitchTransact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Call times</source>
        <translation>Horários da chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Horários</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Call id</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API field: %1</source>
        <translation>Campo da API: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number in international format (E.164)</source>
        <translation>Número no formato internacional (E.164)</translation>
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
        <translation>Como foi a chamada; a direção decorre disso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call number</source>
        <translation>Número da chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number logged with the call</source>
        <translation>O número registrado com a chamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked record</source>
        <translation>Ficha vinculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search above and choose a contact to link another one</source>
        <translation>Pesquise acima e escolha um contato para vincular outro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log this call without a contact (search a contact to link another one)</source>
        <translation>Registrar esta chamada sem contato (pesquise um contato para vincular outro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove contact from log</source>
        <translation>Remover o contato do registro</translation>
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
        <translation>Duração %1</translation>
    </message>
</context>
<context>
    <name>ReviewFlow</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_flow.py" line="+98"/>
        <source>Call log discarded: %1</source>
        <translation>Registro de chamada descartado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too late to undo: the log was discarded.</source>
        <translation>Tarde demais para desfazer: o registro foi descartado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Call ended.</source>
        <translation>Chamada encerrada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This log is now linked to %1.</source>
        <translation>Este registro agora está vinculado a %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Call log saved.</source>
        <translation>Registro salvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missed call from %1 logged.</source>
        <translation>Chamada perdida de %1 registrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call with %1 logged.</source>
        <translation>Chamada com %1 registrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved to disk yet.</source>
        <translation>Ainda não salvo no disco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log refused.</source>
        <translation>Registro de chamada recusado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call log not sent; kept for Retry.</source>
        <translation>Registro de chamada não enviado; guardado para “Tentar novamente”.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="+25"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact linked</source>
        <translation>Nenhum contato vinculado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity ID</source>
        <translation>ID da entidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call type</source>
        <translation>Tipo de chamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Não atendida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time</source>
        <translation>Horário local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set — add your name in Settings</source>
        <translation>Não definido — adicione seu nome nas configurações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent email</source>
        <translation>E-mail do agente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown caller</source>
        <translation>Chamador desconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No contact linked — search above to link one</source>
        <translation>Nenhum contato vinculado — pesquise acima para vincular um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sent once SwitchTransact says who called: the number is being looked up again. The log is kept here; you can carry on.</source>
        <translation>Enviado assim que o SwitchTransact disser quem ligou: o número está sendo procurado de novo. O registro fica aqui; você pode continuar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Logged ✓</source>
        <translation>Registrado ✓</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+51"/>
        <source>Review call log</source>
        <translation>Revisar registro de chamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts with the call&apos;s number</source>
        <translation>Contatos com o número da chamada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel auto-send</source>
        <translation>Cancelar envio automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the log here until you send it (Esc)</source>
        <translation>Manter o registro aqui até você enviá-lo (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log this call</source>
        <translation>Não registrar esta chamada</translation>
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
        <translation>Enviar o registro ao SwitchTransact (%1)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No contact linked — pick the caller below</source>
        <translation>Nenhum contato vinculado — escolha abaixo quem ligou</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_texts.py" line="-45"/>
        <source>Rang %1</source>
        <translation>Tocou %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialled %1</source>
        <translation>Discada %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered %1</source>
        <translation>atendida %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not answered</source>
        <translation>não atendida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended %1</source>
        <translation>encerrada %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Edit &amp;&amp; resend…</source>
        <translation>Editar &amp;&amp; reenviar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is still being created in SwitchTransact. Sent now, this log has no contact link (the number is kept); wait a moment and it is linked to the new contact.</source>
        <translation>%1 ainda está sendo criado no SwitchTransact. Se for enviado agora, este registro fica sem vínculo com o contato (o número é mantido); aguarde um momento e ele será vinculado ao novo contato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved — will send when back online. The log is safe in the outbox; you can carry on.</source>
        <translation>Salvo — será enviado quando a conexão voltar. O registro está seguro na caixa de saída; você pode continuar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved — it is sent as soon as SwitchTransact takes it; the bar below says what it waits for. The log is safe in the outbox.</source>
        <translation>Salvo — será enviado assim que o SwitchTransact aceitar; a barra abaixo diz o que ele aguarda. O registro está seguro na caixa de saída.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved — sending… The log is safe in the outbox; you can carry on.</source>
        <translation>Salvo — enviando… O registro está seguro na caixa de saída; você pode continuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the call log to disk: %1 It is kept in memory and will be written as soon as possible.</source>
        <translation>Não foi possível salvar o registro de chamada no disco: %1 Ele fica na memória e será gravado assim que possível.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not logged. %1 Correct it and send it again, or discard it in the outbox.</source>
        <translation>Não registrado. %1 Corrija e envie novamente, ou descarte na caixa de saída.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not sent: %1 The log is kept here; press Retry when ready.</source>
        <translation>Não enviado: %1 O registro fica aqui; clique em “Tentar novamente” quando quiser.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/review/review_page.py" line="+102"/>
        <source>Sending automatically in %1 s…</source>
        <translation>Envio automático em %1 s…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../agent_desktop/ui/search/search_box.py" line="+107"/>
        <source>Search name, company, phone or email</source>
        <translation>Pesquisar nome, empresa, telefone ou e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Pesquisar contatos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type two or more letters; use the arrow keys and Enter to open a contact.</source>
        <translation>Digite duas ou mais letras; use as setas e Enter para abrir um contato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts (Ctrl+K)</source>
        <translation>Pesquisar contatos (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The search failed.</source>
        <translation>A pesquisa falhou.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First %1 matches, type more to narrow</source>
        <translation>Primeiros %1 resultados; digite mais para refinar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 match</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · ↑↓ to choose, Enter to open</source>
        <translation>%1 · ↑↓ para escolher, Enter para abrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No matches for “%1”. Press Ctrl+N to create a contact.</source>
        <translation>Nenhum resultado para “%1”. Pressione Ctrl+N para criar um contato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No matches for “%1”. Type the full number to create a contact.</source>
        <translation>Nenhum resultado para “%1”. Digite o número completo para criar um contato.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../agent_desktop/ui/app/session.py" line="+128"/>
        <source>Connected to the built-in demo server.</source>
        <translation>Conectado ao servidor de demonstração integrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SwitchTransact server address is not set up yet.</source>
        <translation>O endereço do servidor SwitchTransact ainda não foi configurado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not set up yet.</source>
        <translation>A chave de API ainda não foi configurada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Agent Desktop is not connected yet: open Settings (Ctrl+,) and enter the server address and API key.</source>
        <translation>O Agent Desktop ainda não está conectado: abra as configurações (Ctrl+,) e informe o endereço do servidor e a chave de API.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/ui/settings/settings_dialog.py" line="+56"/>
        <source>An administrator creates API keys in the SwitchTransact web app under API / Developers → API Keys.</source>
        <translation>Um administrador cria as chaves de API no aplicativo web do SwitchTransact, em API / Developers → API Keys.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key from SwitchTransact</source>
        <translation>Cole a chave do SwitchTransact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Show key</source>
        <translation>Mostrar chave</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Checking the system keyring…</source>
        <translation>Verificando o chaveiro do sistema…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the key for this session only (not saved)</source>
        <translation>Usar a chave só nesta sessão (não é salva)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address</source>
        <translation>&amp;Endereço do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your first name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last name</source>
        <translation>Seu sobrenome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email</source>
        <translation>Seu e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You (written into each call log)</source>
        <translation>Você (gravado em cada registro de chamada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sobrenome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default region for phone numbers</source>
        <translation>Região padrão dos números de telefone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search delay after typing</source>
        <translation>Atraso da pesquisa após digitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off — send when I confirm</source>
        <translation>Desativado — enviar quando eu confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send call logs automatically after</source>
        <translation>Enviar registros de chamada automaticamente após</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region</source>
        <translation>&amp;Região</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search delay</source>
        <translation>Atraso da pes&amp;quisa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uto-send logs</source>
        <translation>Envio a&amp;utomático</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the computer</source>
        <translation>Iniciar com o computador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens Agent Desktop, minimised, when you log in</source>
        <translation>Abre o Agent Desktop, minimizado, quando você entra</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Set by the AGENT_DESKTOP_API_KEY environment variable; change it there.</source>
        <translation>Definida pela variável de ambiente AGENT_DESKTOP_API_KEY; altere-a lá.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Set by your administrator for this computer.</source>
        <translation>Definido pelo administrador para este computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by an environment variable.</source>
        <translation>Definido por uma variável de ambiente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on the command line for this session; not saved.</source>
        <translation>Definido na linha de comando para esta sessão; não é salvo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide key</source>
        <translation>Ocultar chave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept in %1.</source>
        <translation>Guardada em %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keyring found.</source>
        <translation>Nenhum chaveiro do sistema encontrado.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Server address %1.</source>
        <translation>Endereço do servidor %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tick “for this session only” to use the key without saving it.</source>
        <translation>Marque “só nesta sessão” para usar a chave sem salvá-la.</translation>
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
        <translation>Comando de discagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The softphone&apos;s command line for click-to-dial: {number} (as stored) or {e164} (+27721234567) where the number goes. Empty: phone links go to the system.</source>
        <translation>A linha de comando do softphone para discar com um clique: {number} (como está salvo) ou {e164} (+27721234567) no lugar do número. Vazio: os links de telefone vão para o sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring the window forward (keeps your typing)</source>
        <translation>Trazer a janela para a frente (sem perder o texto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a notification</source>
        <translation>Mostrar uma notificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the phone rings</source>
        <translation>Quando o telefone toca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them without review</source>
        <translation>Registrar sem revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them for review</source>
        <translation>Guardar para revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not log them (ring-all queues)</source>
        <translation>Não registrar (filas que tocam para todos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log them unless a colleague answered (PBX source)</source>
        <translation>Registrar, a menos que um colega tenha atendido (PABX)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calls nobody answered</source>
        <translation>Chamadas que ninguém atendeu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dial command</source>
        <translation>Comando de &amp;discagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When it rings</source>
        <translation>&amp;Ao tocar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Missed calls</source>
        <translation>Chamadas &amp;perdidas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dial command %1.</source>
        <translation>Comando de discagem %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/ui/settings/shortcut_settings.py" line="+62"/>
        <source>Global shortcuts</source>
        <translation>Atalhos globais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer, end and log calls from any application</source>
        <translation>Atender, encerrar e registrar chamadas de qualquer aplicativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys work while another application has the keyboard, and are taken from every other application.</source>
        <translation>Estas teclas funcionam enquanto outro aplicativo tem o teclado, e deixam de chegar a todos os outros aplicativos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global shortcut to answer or end the call</source>
        <translation>Atalho global para atender ou encerrar a chamada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global shortcut to send the call log</source>
        <translation>Atalho global para enviar o registro da chamada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer / end</source>
        <translation>Atender / encerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send call log</source>
        <translation>Enviar registro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the keys</source>
        <translation>Pressione as teclas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click, then press the keys (for example Ctrl+Shift+F9).</source>
        <translation>Clique e pressione as teclas (por exemplo Ctrl+Shift+F9).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” cannot be a global shortcut: use Ctrl, Alt or Meta with a letter, a digit, F1–F24, Return or Space (Ctrl+Alt with F1–F12 switches the Linux console).</source>
        <translation>“%1” não pode ser um atalho global: use Ctrl, Alt ou Meta com uma letra, um dígito, F1–F24, Enter ou Espaço (Ctrl+Alt com F1–F12 troca o console no Linux).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two global shortcuts must be different keys.</source>
        <translation>Os dois atalhos globais precisam ser teclas diferentes.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../agent_desktop/ui/common/widgets.py" line="-150"/>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
</context>
<context>
    <name>SpoolPoll</name>
    <message>
        <location filename="../../agent_desktop/ui/app/spool_poll.py" line="+56"/>
        <source>Softphone events reach this window about a second late: it cannot listen for them (%1). They are read from disk instead.</source>
        <translation>Os eventos do softphone chegam a esta janela com cerca de um segundo de atraso: ela não consegue escutá-los (%1). Em vez disso, eles são lidos do disco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a private folder of yours; remove it, or set XDG_RUNTIME_DIR</source>
        <translation>%1 não é uma pasta particular sua; remova-a ou defina XDG_RUNTIME_DIR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its socket %1 cannot be opened: %2</source>
        <translation>não é possível abrir o socket %1: %2</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestions.py" line="+125"/>
        <source>Exact match</source>
        <translation>Correspondência exata</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location line="-67"/>
        <source>Exact match</source>
        <translation>Correspondência exata</translation>
    </message>
</context>
<context>
    <name>SuggestionPopup</name>
    <message>
        <location filename="../../agent_desktop/ui/search/suggestion_popup.py" line="+55"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches.</source>
        <translation>Nenhum resultado.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../agent_desktop/ui/common/theme_scheme.py" line="+146"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light or dark</source>
        <translation>Claro ou escuro</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../agent_desktop/ui/review/undo_bar.py" line="+27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo discard</source>
        <translation>Desfazer o descarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring the call log back (%1)</source>
        <translation>Recuperar o registro de chamada (%1)</translation>
    </message>
</context>
<context>
    <name>UnsentStrip</name>
    <message>
        <location filename="../../agent_desktop/ui/review/unsent.py" line="+79"/>
        <source>%1 call logs not sent yet</source>
        <translation>%1 registros de chamada ainda não enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 call log not sent yet</source>
        <translation>1 registro de chamada ainda não enviado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>…and %1 more</source>
        <translation>…e mais %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent once its caller is found</source>
        <translation>Enviado assim que quem ligou for encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for review</source>
        <translation>Aguardando revisão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
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
        <translation>Carregando as configurações…</translation>
    </message>
</context>
</TS>
