; NSIS 3 script of the Windows installer: GiamSatMTTQ-<version>-setup.exe.
; Keep this file UTF-8 with its byte-order mark: without one, makensis on Windows reads it in
; the system's code page and garbles the Vietnamese texts.
;
; Build the bundle first (installer\giamsat.spec), then, from the repository root:
;   makensis -DVERSION=0.1.0 installer\giamsat.nsi   ->  dist\GiamSatMTTQ-0.1.0-setup.exe
; Defines: VERSION (required), BUNDLE (the bundle folder, default ..\dist\GiamSat), OUTFILE,
; ICON (an .ico for the installer), COMPRESSOR (default "/SOLID lzma"; "none" stores the files
; as they are, which is how CI checks that this script compiles, in seconds). Relative paths are relative to this file.
;
; What it promises (installer/README.md says the same to a person):
; - per user, no administrator: %LOCALAPPDATA%\Programs\GiamSatMTTQ, an uninstaller
;   registered under HKCU, shortcuts in the user's Start menu and (a choice) on the desktop;
; - pages in Vietnamese or English, chosen at the start (Vietnamese first);
; - refuses to run while the program runs: the program holds the named mutex GiamSatMTTQ
;   (giamsat_desktop/services/safety/running_mark.py) for as long as it lives;
; - an upgrade removes the old program files before copying the new ones;
; - never removes the data folder %LOCALAPPDATA%\GiamSatMTTQ (database, attachments, backups,
;   settings.json), on uninstall or on upgrade, and refuses to be installed into it.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined: makensis -DVERSION=x.y.z installer\giamsat.nsi"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\GiamSat"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\GiamSatMTTQ-${VERSION}-setup.exe"
!endif
!ifdef COMPRESSOR
  !if "${COMPRESSOR}" == "none"
    SetCompress off
  !else
    SetCompressor ${COMPRESSOR}
  !endif
!else
  SetCompressor /SOLID lzma
!endif

!define APP_NAME "Giám sát MTTQ"
!define APP_ID "GiamSatMTTQ"
!define WINDOW_EXE "GiamSatMTTQ.exe"
!define CLI_EXE "giamsat.exe"
!define MUTEX_NAME "GiamSatMTTQ"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}\Installer"  ; the installer's own: its language

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} — bộ cài"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${WINDOW_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one shown when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString Running ${LANG_VIETNAMESE} "${APP_NAME} đang chạy trên máy này.$\r$\n$\r$\nHãy đóng cửa sổ chương trình (và các lệnh giamsat đang chạy), rồi bấm Thử lại."
LangString Running ${LANG_ENGLISH} "${APP_NAME} is running on this PC.$\r$\n$\r$\nClose the program's window (and any giamsat command), then press Retry."
LangString DataFolder ${LANG_VIETNAMESE} "Thư mục này là thư mục dữ liệu của chương trình. Hãy chọn thư mục khác để cài chương trình."
LangString DataFolder ${LANG_ENGLISH} "This folder holds the program's data. Choose another folder for the program."
LangString ProgramSection ${LANG_VIETNAMESE} "Chương trình ${APP_NAME}"
LangString ProgramSection ${LANG_ENGLISH} "The ${APP_NAME} program"
LangString DesktopSection ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString DesktopSection ${LANG_ENGLISH} "Desktop shortcut"
LangString ProgramDescription ${LANG_VIETNAMESE} "Chương trình và lối tắt trong menu Start. Dữ liệu đã có được giữ nguyên."
LangString ProgramDescription ${LANG_ENGLISH} "The program and its Start menu shortcut. Existing data is kept as it is."
LangString DesktopDescription ${LANG_VIETNAMESE} "Biểu tượng ${APP_NAME} trên màn hình nền."
LangString DesktopDescription ${LANG_ENGLISH} "A ${APP_NAME} icon on the desktop."
LangString RunNow ${LANG_VIETNAMESE} "Mở ${APP_NAME} ngay"
LangString RunNow ${LANG_ENGLISH} "Open ${APP_NAME} now"
LangString OldFiles ${LANG_VIETNAMESE} "Gỡ các tệp của phiên bản cũ (dữ liệu được giữ nguyên)…"
LangString OldFiles ${LANG_ENGLISH} "Removing the old version's files (the data is kept)…"
LangString DataKept ${LANG_VIETNAMESE} "Dữ liệu ở $LOCALAPPDATA\${APP_ID} được giữ lại. Muốn xóa hẳn thì xóa thư mục đó bằng tay."
LangString DataKept ${LANG_ENGLISH} "The data in $LOCALAPPDATA\${APP_ID} is kept. Delete that folder by hand to remove it."

; --- The program must not be running ------------------------------------------------------

!macro NOT_RUNNING_FUNCTION prefix
  Function ${prefix}NotRunning
    retry:
      ; SYNCHRONIZE (0x00100000) is all it takes to open a mutex that exists.
      System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${MUTEX_NAME}") p .r0'
      ${If} $0 P<> 0
        System::Call 'kernel32::CloseHandle(p r0)'
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(Running)" /SD IDCANCEL IDRETRY retry
        SetErrorLevel 2  ; a silent install (/S) tells its caller why it did nothing
        Quit
      ${EndIf}
  FunctionEnd
!macroend
!insertmacro NOT_RUNNING_FUNCTION ""
!insertmacro NOT_RUNNING_FUNCTION "un."

; The old program's files, and only those: never the data folder, never a file a person put
; beside the program.
!macro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\${WINDOW_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
!macroend

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
  Call NotRunning
FunctionEnd

Function .onVerifyInstDir
  ; The data folder, or any folder holding a database or the settings, is not for the program.
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP_ID}"
  ${OrIf} ${FileExists} "$INSTDIR\giamsat.sqlite3"
  ${OrIf} ${FileExists} "$INSTDIR\settings.json"
    Abort
  ${EndIf}
FunctionEnd

Section "$(ProgramSection)" SectionProgram
  SectionIn RO
  Call NotRunning  ; the program may have been started while the pages were shown
  ${If} $INSTDIR == "$LOCALAPPDATA\${APP_ID}"
    MessageBox MB_OK|MB_ICONSTOP "$(DataFolder)" /SD IDOK
    Quit
  ${EndIf}
  SetOutPath "$INSTDIR"
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
    DetailPrint "$(OldFiles)"
    !insertmacro REMOVE_PROGRAM_FILES
  ${EndIf}
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\${WINDOW_EXE}" 0

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "giamsat_desktop"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${WINDOW_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(DesktopSection)" SectionDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${WINDOW_EXE}" "" "$INSTDIR\${WINDOW_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionProgram} "$(ProgramDescription)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SectionDesktop} "$(DesktopDescription)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- Uninstall: the program, its shortcuts and its registration; never the data ----------

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  Call un.NotRunning
FunctionEnd

Section "Uninstall"
  Call un.NotRunning
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\${APP_ID}"
  DetailPrint "$(DataKept)"
SectionEnd
