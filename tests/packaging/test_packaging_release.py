"""The Windows release's recipe: the installer script, the Windows workflow, the CI check.

The bundle itself is built and run in CI (``installer/check_release.sh`` from ``.ci/run``);
these tests check what can be checked on any machine: that the installer script compiles,
keeps its promises about the data folder and checks the mark the program holds, and that the
Windows workflow runs the same steps as the Linux check, on files that exist.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from giamsat_desktop.services.safety.running_mark import MUTEX_NAME

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SCRIPT = INSTALLER / "giamsat.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-release.yml"


def _script() -> str:
    return SCRIPT.read_text(encoding="utf-8-sig")


def _steps() -> list[dict[str, object]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["windows"]
    assert job["runs-on"] == "windows-latest"
    steps: list[dict[str, object]] = job["steps"]
    return steps


def _commands() -> str:
    return "\n".join(str(step.get("run", "")) for step in _steps())


def test_the_script_is_utf8_with_a_byte_order_mark_for_makensis_on_windows() -> None:
    raw = SCRIPT.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Giám sát MTTQ" in raw.decode("utf-8-sig")


def test_the_installer_checks_the_mark_the_running_program_holds() -> None:
    script = _script()
    assert f'!define MUTEX_NAME "{MUTEX_NAME}"' in script
    assert 'OpenMutexW(i 0x00100000, i 0, w "${MUTEX_NAME}")' in script
    # both the installer and the uninstaller, at their start and again before they write
    assert script.count("Call NotRunning") == 2
    assert script.count("Call un.NotRunning") == 2


def test_the_program_and_the_commands_hold_the_mark() -> None:
    for module in ("app.py", "cli/__init__.py"):
        source = (ROOT / "giamsat_desktop" / module).read_text(encoding="utf-8")
        assert "hold_running_mark()" in source, module


def test_the_installer_is_per_user_and_never_touches_the_data_folder() -> None:
    script = _script()
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_ID}"' in script
    assert "HKLM" not in script
    removals = [
        line.split(";")[0].strip()
        for line in script.splitlines()
        if re.match(r"\s*(RMDir|Delete)\b", line)
    ]
    assert removals, "the uninstaller removes nothing"
    for line in removals:
        assert "$LOCALAPPDATA" not in line, line  # the data folder, whatever the install folder
        assert "$APPDATA" not in line, line
    # the install folder itself only when empty, the bundle's own folder recursively
    assert 'RMDir "$INSTDIR"' in removals
    recursive = [line for line in removals if line.startswith("RMDir /r")]
    assert recursive == ['RMDir /r "$INSTDIR\\_internal"']


def test_the_shortcuts_and_the_uninstall_entry_name_the_program_in_vietnamese() -> None:
    script = _script()
    assert '!define APP_NAME "Giám sát MTTQ"' in script
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk"' in script
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk"' in script
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"' in script
    assert '!insertmacro MUI_LANGUAGE "Vietnamese"' in script
    assert '!insertmacro MUI_LANGUAGE "English"' in script
    for name in re.findall(r"^LangString (\w+) \$\{LANG_VIETNAMESE\}", script, re.M):
        assert f"LangString {name} ${{LANG_ENGLISH}}" in script, name


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis is not installed")
def test_the_script_compiles_and_refuses_a_missing_version(tmp_path: Path) -> None:
    bundle = tmp_path / "GiamSat"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("GiamSatMTTQ.exe", "giamsat.exe", "_internal/base_library.zip"):
        (bundle / name).write_bytes(b"stand-in")
    setup = tmp_path / "GiamSatMTTQ-1.2.3-setup.exe"
    common = ["makensis", "-V2", "-WX", f"-DBUNDLE={bundle}", f"-DOUTFILE={setup}"]

    compiled = subprocess.run(
        [*common, "-DVERSION=1.2.3", "-DCOMPRESSOR=none", str(SCRIPT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    assert setup.read_bytes().startswith(b"MZ")  # a Windows executable

    unversioned = subprocess.run([*common, str(SCRIPT)], capture_output=True, text=True)
    assert unversioned.returncode != 0
    assert "VERSION is not defined" in unversioned.stdout + unversioned.stderr


def test_the_windows_workflow_builds_smokes_installs_and_uploads() -> None:
    steps = _steps()
    python = [s for s in steps if str(s.get("uses", "")).startswith("actions/setup-python")]
    assert python and python[0]["with"] == {"python-version": "3.11"}  # type: ignore[index]
    commands = _commands()
    assert 'pip install ".[postgresql,bundle]"' in commands
    assert "pyinstaller --noconfirm --clean" in commands
    assert "installer\\giamsat.spec" in commands
    smoke = "python installer\\smoke_bundle.py dist\\GiamSat --older build\\older-version"
    assert smoke in commands
    assert "python installer\\older_database.py build\\older-version" in commands
    assert "installer\\giamsat.nsi" in commands
    assert f"TryOpenExisting('{MUTEX_NAME}'" in commands
    upload = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert upload and upload[0]["with"]["path"] == "dist/GiamSatMTTQ-*-setup.exe"  # type: ignore[index]


def test_every_file_the_workflow_names_exists() -> None:
    named = set(re.findall(r"(?<![\w\\])(?:installer|giamsat_desktop)\\[\w.\\]+\.\w+", _commands()))
    assert named
    for path in named:
        assert (ROOT / path.replace("\\", "/")).is_file(), path


def test_the_workflow_and_the_linux_check_run_the_same_smoke_script() -> None:
    check = (INSTALLER / "check_release.sh").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "installer/smoke_bundle.py" in check and "installer/bundle_sizes.py" in check
    assert "installer/giamsat.nsi" in check
    assert "bash installer/check_release.sh build/release/dist/GiamSat" in ci
    assert re.search(r"^\s+binutils nsis$", ci, re.M)
