; Inno Setup script of the Windows installer (Inno Setup 6.3 or newer).
; Keep this file UTF-8 with its byte-order mark: Inno Setup before 6.3 reads a file
; without one as ANSI and would garble the Vietnamese texts.
;
; Build the bundle first (installer\giamsat.spec), then, from the repository root:
;   iscc /DAppVersion=0.1.0 installer\giamsat.iss   ->  dist\GiamSatMTTQ-0.1.0-setup.exe
; Paths below are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\GiamSat"
#endif
#define AppName "Giám sát MTTQ"
#define WindowExe "GiamSatMTTQ.exe"

[Setup]
; Never change AppId: Windows finds an installed copy (upgrade, uninstall) by it.
AppId={{19939FBB-C81E-4CAD-AC75-78985A1D4341}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
; Per user by default, no administrator needed; the first page (or /ALLUSERS on the
; command line) lets an administrator install for all users instead. {autopf} is then
; %LOCALAPPDATA%\Programs or Program Files. The program folder must never be the data
; folder %LOCALAPPDATA%\GiamSatMTTQ.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\GiamSatMTTQ
DisableProgramGroupPage=yes
; Qt 6 and the bundled 64-bit Python need 64-bit Windows 10 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist
OutputBaseFilename=GiamSatMTTQ-{#AppVersion}-setup
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#WindowExe}
ShowLanguageDialog=auto
SetupLogging=yes

[Languages]
; Vietnamese first: it is used whenever Windows' own language is not English.
; Vietnamese.isl is an unofficial translation: if the compiler misses it, copy it
; from Inno Setup's translations page into Inno Setup's Languages folder.
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AppComment=Quản lý công tác giám sát và phản biện xã hội của Ủy ban MTTQ
en.AppComment=Supervision and social criticism records of a Fatherland Front committee
vi.ShortcutsGroup=Lối tắt:
en.ShortcutsGroup=Shortcuts:
vi.DesktopShortcut=Tạo lối tắt trên &màn hình nền
en.DesktopShortcut=Create a &desktop shortcut
vi.OpenAfterInstall=Mở {#AppName} ngay
en.OpenAfterInstall=Open {#AppName} now

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; GroupDescription: "{cm:ShortcutsGroup}"

[InstallDelete]
; A new version replaces the whole bundle, so that nothing an older build left behind
; (a library, a renamed migration script that Alembic would still read) lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; GiamSatMTTQ.exe (the window), giamsat.exe (headless commands) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:OpenAfterInstall}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes only what [Files], [Icons] and [InstallDelete] above deal with.
; The user's data folder %LOCALAPPDATA%\GiamSatMTTQ (database, attachments, backups,
; settings.json) is deliberately left in place, so that a reinstall or an upgrade finds
; the records where they were. Do not add it ({localappdata}\GiamSatMTTQ) to an
; [UninstallDelete] section or delete it from [Code].
