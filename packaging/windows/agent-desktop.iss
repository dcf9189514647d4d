; Agent Desktop, per-user installer: no administrator rights needed. Installs into
; %LOCALAPPDATA%\Programs\Agent Desktop with a Start-menu entry and an uninstaller
; (Settings > Apps). Silent install for scripted roll-outs: agent-desktop-...-user-setup.exe /SILENT
;   iscc /DAppVersion=x.y.z packaging\windows\agent-desktop.iss
#include "common.iss"

[Setup]
PrivilegesRequired=lowest
OutputBaseFilename=agent-desktop-{#AppVersion}-windows-x64-user-setup
