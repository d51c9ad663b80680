; Inno Setup script for the Windows installer of Seminarnotes (Inno Setup 6.4 or newer).
;
;   iscc /DAppVersion=X.Y.Z packaging\windows\seminarnotes.iss
;
; packs the PyInstaller bundle dist\seminarnotes (packaging/pyinstaller/seminarnotes.spec) into
; dist\seminarnotes-X.Y.Z-setup.exe. .github/workflows/build.yml passes the version from
; pyproject.toml, the one place it is written. tests/packaging/test_inno_setup.py checks on
; Linux that every file named here is in the bundle and that [Files] installs all of it.
;
; The bundle has two executables of one program beside the _internal folder they share:
; seminarnotes.exe, windowed, which the Start menu, the desktop shortcut, the file association
; and the uninstall entry name; and seminarnotes-cli.exe, a console program for the command
; line (the windowed one prints nothing in a console), which no shortcut names: a user runs it
; by its full path, {app}\seminarnotes-cli.exe, as the README says. The installer leaves PATH
; alone: Inno Setup changes it only through code of our own, and taking just our entry out of
; it again on uninstall is more code still.
;
; The installer needs no administrator rights: by default it installs for the current user
; (%LOCALAPPDATA%\Programs\Seminarnotes, file association under HKCU); an administrator may
; choose "all users" instead (Program Files, HKLM). The uninstaller removes only what the
; installer put there. The user's library, its backups beside it and the settings stay
; (%LOCALAPPDATA%\Seminarnotes and HKCU\Software\Seminarnotes): this script deliberately has
; no [UninstallDelete] section and no code that touches them.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z seminarnotes.iss
#endif
#if Ver < EncodeVer(6, 4, 0)
  #error Inno Setup 6.4 or newer is needed: earlier versions ship no Swedish translation
#endif

#define Bundle "..\..\dist\seminarnotes"
#define ExeName "seminarnotes.exe"
#define CliName "seminarnotes-cli.exe"
#define FileIcon "_internal\resources\icons\seminarnotes.ico"
#define ProgId "Seminarnotes.Package"

[Setup]
AppId={{F760E160-D5AA-4BF3-88E2-B060E0986041}
AppName=Seminarnotes
AppVersion={#AppVersion}
AppVerName=Seminarnotes {#AppVersion}
AppPublisher=The Seminarnotes developers
AppComments=Document seminar group discussions and export them to Word
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Seminarnotes
VersionInfoDescription=Seminarnotes setup
DefaultDirName={autopf}\Seminarnotes
DefaultGroupName=Seminarnotes
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\seminarnotes.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName=Seminarnotes
OutputDir=..\..\dist
OutputBaseFilename=seminarnotes-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"

[CustomMessages]
en.PackageFileType=Seminarnotes seminar
sv.PackageFileType=Seminarnotes-seminarium

[Tasks]
Name: "associate"; Description: "{cm:AssocFileExtension,Seminarnotes,.seminarnotes}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\{#ExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\{#CliName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Seminarnotes"; Filename: "{app}\{#ExeName}"; Comment: "Document seminar group discussions"
Name: "{autodesktop}\Seminarnotes"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.seminarnotes"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.seminarnotes\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#FileIcon}"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".seminarnotes"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,Seminarnotes}"; Flags: nowait postinstall skipifsilent
