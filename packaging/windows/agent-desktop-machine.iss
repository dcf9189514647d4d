; Agent Desktop, machine-wide installer for IT: needs administrator rights, installs into
; C:\Program Files\Agent Desktop for every user, and can lay down the machine-wide settings file
; C:\ProgramData\agent-desktop\settings.toml (platformdirs' site_config_dir with appauthor=False),
; whose values are every user's defaults and whose `locked` keys users cannot change.
;
; The settings file comes from either
;   - the build:   iscc /DAppVersion=x.y.z /DSiteSettings=C:\it\settings.toml packaging\windows\agent-desktop-machine.iss
;   - the install: agent-desktop-...-machine-setup.exe /VERYSILENT /SETTINGS="\\server\share\settings.toml"
; (the install-time file wins when both are given). An existing file is replaced; uninstalling
; leaves it in place, as IT may manage it separately (e.g. by group policy).
#include "common.iss"

[Setup]
PrivilegesRequired=admin
OutputBaseFilename=agent-desktop-{#AppVersion}-windows-x64-machine-setup

#ifdef SiteSettings
[Files]
Source: "{#SiteSettings}"; DestDir: "{commonappdata}\agent-desktop"; DestName: "settings.toml"; Flags: ignoreversion uninsneveruninstall
#endif

; Desk phones (phone = "desk_phone") send their Action URLs to this PC on TCP 8765 (the
; desk_phone_listen default). Asked for, the installer lets them through Windows Firewall: from the
; local subnet only, to Agent Desktop's program only, on domain and private networks; the rule
; goes with the uninstall. Silent: /TASKS="deskphonefirewall". Another port: change the rule in
; Windows Defender Firewall (see the README's "Desk phones").
[Tasks]
Name: "deskphonefirewall"; Description: "Let desk phones on the local network reach Agent Desktop (Windows Firewall, TCP port 8765)"; Flags: unchecked

[Run]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall add rule name=""Agent Desktop desk phones"" dir=in action=allow protocol=TCP localport=8765 remoteip=localsubnet profile=domain,private program=""{app}\{#AppExe}"""; Flags: runhidden; Tasks: deskphonefirewall; StatusMsg: "Allowing desk phones through Windows Firewall..."

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""Agent Desktop desk phones"""; Flags: runhidden; RunOnceId: "DeleteDeskPhoneFirewallRule"

[Code]
function SettingsParam(): String;
begin
  Result := ExpandConstant('{param:SETTINGS|}');
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if (SettingsParam() <> '') and not FileExists(SettingsParam()) then
  begin
    SuppressibleMsgBox('The settings file ' + SettingsParam() + ' given with /SETTINGS does not exist.',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  TargetDir: String;
begin
  if (CurStep = ssPostInstall) and (SettingsParam() <> '') then
  begin
    TargetDir := ExpandConstant('{commonappdata}\agent-desktop');
    if not ForceDirectories(TargetDir) then
      RaiseException('Could not create ' + TargetDir);
    if not FileCopy(SettingsParam(), TargetDir + '\settings.toml', False) then
      RaiseException('Could not copy ' + SettingsParam() + ' to ' + TargetDir + '\settings.toml');
    Log('Machine-wide settings installed from ' + SettingsParam());
  end;
end;
