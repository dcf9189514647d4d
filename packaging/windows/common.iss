; Shared part of the Agent Desktop installers (included by agent-desktop.iss and
; agent-desktop-machine.iss). Build from the repository root after packaging/build.py:
;   iscc /DAppVersion=1.2.3 packaging\windows\agent-desktop.iss
; Optional defines: /DAppNumericVersion=1.2.3.0 (file properties; defaults to AppVersion),
; /DSourceDir=<one-folder build> (default dist\agent-desktop), /DOutputDir=<folder> (default dist).

#ifndef AppVersion
  #error Pass the version from the package metadata: iscc /DAppVersion=x.y.z ...
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\agent-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Agent Desktop"
#define AppExe "agent-desktop.exe"

[Setup]
; Never change AppId: Windows uses it to recognise upgrades and the uninstall entry.
AppId={{6F0C8B52-3D4A-4E71-9B8E-2C5A7D1F4E93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Agent Desktop
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\agent-desktop.ico
OutputDir={#OutputDir}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running Agent Desktop before replacing its files (Restart Manager).
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; Start with the computer (per user for the per-user installer, for every user when machine-wide).
; The `autostart` setting governs: the app keeps the per-user entry in step with it and quits at
; once when an entry starts it while autostart is off (a site file may set and lock it).
Name: "autostart"; Description: "Start {#AppName} with the computer"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole library folder, so files a newer build no longer has do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Clicked tel:, callto: and sip: links run "agent-desktop.exe <link>" (which pops the contact and
; asks the softphone to dial). HKA is HKCU for the per-user installer and HKLM for the
; machine-wide one. The keys are ours and go on uninstall; Windows' Default Apps settings can
; still hand a scheme to another program (RegisteredApplications/Capabilities list us there).
Root: HKA; Subkey: "Software\Classes\AgentDesktop.Url"; ValueType: string; ValueName: ""; ValueData: "{#AppName} phone link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\AgentDesktop.Url"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\AgentDesktop.Url\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\AgentDesktop.Url\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: ""; ValueData: "URL:tel"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: ""; ValueData: "URL:callto"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\callto\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\sip"; ValueType: string; ValueName: ""; ValueData: "URL:sip"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\sip"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\sip\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\AgentDesktop\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\AgentDesktop\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Caller pop-ups and click-to-dial for SwitchTransact"
Root: HKA; Subkey: "Software\AgentDesktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "AgentDesktop.Url"
Root: HKA; Subkey: "Software\AgentDesktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "AgentDesktop.Url"
Root: HKA; Subkey: "Software\AgentDesktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "sip"; ValueData: "AgentDesktop.Url"
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"" --autostart"; Flags: uninsdeletevalue; Tasks: autostart
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppName}"; ValueData: "Software\AgentDesktop\Capabilities"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
