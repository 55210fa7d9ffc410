"""The start-up check for Qt's xcb libraries, and the script that installs them.

`ldd` and the package tools are replaced by small scripts on PATH that print what the real
ones would print on a machine missing libraries, so nothing is installed or hidden here.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldapp import app as fieldapp_app
from fieldapp import platform_check
from fieldapp.domain.messages import set_language

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "/venv/PySide6/Qt/plugins/platforms/libqxcb.so"

# what ldd prints for the xcb plugin on a Debian without libxcb-icccm4 and libxcb-keysyms1
LISTING_MISSING = f"""{PLUGIN}:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f4e)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f4e)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibQt6Made.so.6 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f4e)
"""
LISTING_COMPLETE = "\n".join(line for line in LISTING_MISSING.splitlines()
                             if "not found" not in line)


def write_tool(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tool = folder / name
    tool.write_text("#!/bin/sh\n" + body + "\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return tool


@pytest.fixture
def x11_desktop(monkeypatch):
    """An X11 session, as on a laptop: Qt would pick the xcb plugin."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")


def fake_ldd(monkeypatch, tmp_path, listing: str, status: int = 0) -> Path:
    """`ldd` printing `listing`, first on PATH; it leaves its arguments in a file."""
    folder = tmp_path / "bin"
    listing_file = tmp_path / "listing.txt"
    listing_file.write_text(listing)
    write_tool(folder, "ldd", f'echo "$@" > "{tmp_path}/asked"\n'
                              f'cat "{listing_file}"\nexit {status}')
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(platform_check, "xcb_plugin_files", lambda: [Path(PLUGIN)])
    return tmp_path / "asked"


def test_missing_libraries_stop_the_start_with_one_line_naming_them_and_their_packages(
        qapp, x11_desktop, monkeypatch, tmp_path, db_path, capsys):
    fake_ldd(monkeypatch, tmp_path, LISTING_MISSING)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)  # today's code would go on
    assert fieldapp_app.main(["--db", str(db_path)]) == platform_check.EXIT_MISSING_LIBRARIES
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libQt6Made.so.6" in err
    assert err.rstrip().endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "could not load the Qt platform plugin" not in err.lower()
    assert not db_path.exists()  # stopped before anything was opened


def test_the_line_follows_the_language_asked_for(x11_desktop, monkeypatch, tmp_path, capsys):
    fake_ldd(monkeypatch, tmp_path, LISTING_MISSING)
    try:
        assert platform_check.window_can_open("en") is False
    finally:
        set_language("zh")
    assert capsys.readouterr().err == (
        "Cannot open the window: Qt's xcb platform plugin needs system libraries that are "
        "missing: libxcb-icccm.so.4, libxcb-keysyms.so.1, libQt6Made.so.6. "
        "Install them with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n")


def test_libraries_no_package_is_known_for_are_still_named(x11_desktop, monkeypatch, tmp_path,
                                                           capsys):
    fake_ldd(monkeypatch, tmp_path, "\tlibQt6Made.so.6 => not found\n")
    assert platform_check.window_can_open() is False
    err = capsys.readouterr().err
    assert "libQt6Made.so.6" in err and "apt-get" not in err


def test_a_library_that_is_there_but_cannot_load_is_named(x11_desktop, monkeypatch, tmp_path,
                                                          capsys):
    folder = tmp_path / "bin"
    write_tool(folder, "ldd", f"echo '{PLUGIN}: error while loading shared libraries: "
                              "/lib/x86_64-linux-gnu/libxcb-icccm.so.4: file too short' >&2"
                              "\nexit 1")
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setattr(platform_check, "xcb_plugin_files", lambda: [Path(PLUGIN)])
    assert platform_check.window_can_open() is False
    assert "libxcb-icccm.so.4" in capsys.readouterr().err


def test_all_libraries_present_pass_quietly_after_asking_ldd_about_the_plugin(
        x11_desktop, monkeypatch, tmp_path, capsys):
    asked = fake_ldd(monkeypatch, tmp_path, LISTING_COMPLETE)
    assert platform_check.window_can_open() is True
    assert capsys.readouterr().err == ""
    assert asked.read_text().strip() == PLUGIN


def test_without_ldd_the_check_is_skipped_and_the_start_goes_on(x11_desktop, monkeypatch,
                                                                tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(platform_check, "xcb_plugin_files", lambda: [Path(PLUGIN)])
    assert platform_check.window_can_open() is True
    assert capsys.readouterr().err == ""


def test_without_ldd_the_library_the_loader_names_is_still_reported(x11_desktop, monkeypatch,
                                                                   tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(platform_check, "xcb_plugin_files", lambda: [Path(PLUGIN)])
    monkeypatch.setattr(platform_check, "load_error", lambda plugin: (
        "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"))
    assert platform_check.window_can_open() is False
    assert "libxcb-icccm.so.4" in capsys.readouterr().err


@pytest.mark.skipif(not platform_check.xcb_plugin_files(), reason="no PySide6 wheel layout")
def test_a_plugin_that_loads_costs_no_ldd(x11_desktop, monkeypatch, tmp_path, capsys):
    real_plugin = platform_check.xcb_plugin_files()
    asked = fake_ldd(monkeypatch, tmp_path, LISTING_MISSING)
    monkeypatch.setattr(platform_check, "xcb_plugin_files", lambda: real_plugin)
    assert platform_check.window_can_open() is True
    assert not asked.exists() and capsys.readouterr().err == ""


def test_ldd_failing_for_its_own_reasons_does_not_block_the_start(x11_desktop, monkeypatch,
                                                                  tmp_path, capsys):
    fake_ldd(monkeypatch, tmp_path, "\tnot a dynamic executable\n", status=1)
    assert platform_check.window_can_open() is True
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("environ, system, xcb", [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "darwin", False),
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_only_an_xcb_start_is_checked(environ, system, xcb):
    assert platform_check.platform_is_xcb(environ, system) is xcb


def test_offscreen_never_runs_ldd(monkeypatch, tmp_path):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    asked = fake_ldd(monkeypatch, tmp_path, LISTING_MISSING)
    assert platform_check.window_can_open() is True
    assert not asked.exists()


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd on this machine")
def test_the_real_plugin_links_only_window_libraries_the_package_list_knows():
    """A PySide6 upgrade that links one more X library (as 6.5 did with libxcb-cursor) must
    add its package to the list, or bare machines would miss it again."""
    files = platform_check.xcb_plugin_files()
    if not files:
        pytest.skip("PySide6 without the wheel's Qt layout")
    listing = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True).stdout
    linked = {line.split()[0] for line in listing.splitlines() if "=>" in line}
    window_libraries = {name for name in linked if name.startswith(
        ("libxcb", "libX11", "libxkbcommon", "libEGL", "libGL.", "libfontconfig", "libfreetype",
         "libglib", "libgthread", "libdbus"))}
    assert window_libraries, listing
    assert window_libraries <= set(platform_check.PACKAGE_OF_LIBRARY), (
        window_libraries - set(platform_check.PACKAGE_OF_LIBRARY))
    assert platform_check.missing_libraries(files, os.environ) == []


# --- .ci/system-packages.sh -----------------------------------------------------------------

def run_script(tmp_path: Path, *args: str, installed: set[str], uid: int = 0,
               sudo: bool = True, apt: bool = True) -> subprocess.CompletedProcess:
    """The script on a PATH of stand-ins: dpkg knows `installed`, apt-get and sudo leave
    what they were asked in calls.txt."""
    folder = tmp_path / "tools"
    calls = tmp_path / "calls.txt"
    for real in ("dirname", "env"):
        folder.mkdir(exist_ok=True)
        (folder / real).symlink_to(shutil.which(real))
    (folder / "python3").symlink_to(sys.executable)
    known = " ".join(installed)
    write_tool(folder, "dpkg", f'for p in {known}; do [ "$2" = "$p" ] && exit 0; done; exit 1')
    write_tool(folder, "id", f"echo {uid}")
    if apt:
        write_tool(folder, "apt-get",
                   f'echo "apt-get $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> "{calls}"')
    if sudo:
        write_tool(folder, "sudo", f'echo sudo >> "{calls}"; "$@"')
    env = {"PATH": str(folder), "HOME": str(tmp_path)}
    done = subprocess.run(["/bin/bash", str(ROOT / ".ci" / "system-packages.sh"), *args],
                          env=env, capture_output=True, text=True, timeout=30,
                          stdin=subprocess.DEVNULL)
    done.calls = calls.read_text().splitlines() if calls.exists() else []
    return done


def test_the_script_installs_only_the_missing_packages_without_asking(tmp_path):
    everything = set(platform_check.QT_PACKAGES) | {"python3", "python3-venv"}
    done = run_script(tmp_path, installed=everything - {"libxcb-icccm4", "python3-venv"})
    assert done.returncode == 0, done.stderr
    assert done.calls == [
        "apt-get update -qq DEBIAN_FRONTEND=",
        "apt-get install -y -qq --no-install-recommends python3-venv libxcb-icccm4 "
        "DEBIAN_FRONTEND=noninteractive"]


def test_the_test_suite_adds_xvfb_and_uses_sudo_when_not_root(tmp_path):
    done = run_script(tmp_path, "--test", installed=set(platform_check.QT_PACKAGES)
                      | {"python3", "python3-venv", "libreoffice-calc-nogui"}, uid=1000)
    assert done.returncode == 0, done.stderr
    assert done.calls[0] == "sudo" and done.calls[-1].startswith(
        "apt-get install -y -qq --no-install-recommends xvfb xauth DEBIAN")


def test_nothing_missing_means_no_apt_get_and_no_sudo(tmp_path):
    done = run_script(tmp_path, uid=1000, installed=set(platform_check.QT_PACKAGES)
                      | {"python3", "python3-venv", "libglib2.0-0t64"} - {"libglib2.0-0"})
    assert done.returncode == 0, done.stderr
    assert done.calls == [] and done.stdout == ""


def test_not_root_without_sudo_says_what_to_run(tmp_path):
    done = run_script(tmp_path, uid=1000, sudo=False, installed={"python3", "python3-venv"})
    assert done.returncode == 1
    assert "as root run: apt-get install libxcb1 libxcb-cursor0" in done.stderr
    assert done.calls == []


def test_without_apt_get_the_script_says_so_and_succeeds(tmp_path):
    done = run_script(tmp_path, apt=False, installed=set())
    assert done.returncode == 0
    assert "no apt-get" in done.stderr and done.calls == []


def test_readme_first_command_and_ci_install_through_the_one_script():
    readme = (ROOT / "README.md").read_text()
    first_command = readme.split("```bash", 1)[1].split("```", 1)[0]
    assert "bash .ci/system-packages.sh && python3 -m venv .venv" in first_command
    assert "\nbash .ci/system-packages.sh --test\n" in (ROOT / ".ci" / "run").read_text()


LAUNCH_WITH_LIBRARIES_MISSING = """
import sys
from fieldapp import launch, platform_check
asked = []
def cannot_open(language=None):
    asked.append(language)
    return False
platform_check.window_can_open = cannot_open
code = launch.main(["--lang", "en", "--db", sys.argv[1]])
print(code, asked, sorted(m for m in sys.modules if m.startswith(("PySide6", "fieldapp.app"))))
"""


def test_the_launcher_checks_before_any_qt_module_is_imported(tmp_path):
    """A missing libglib makes the PySide6 import itself fail: the installed `fieldapp`
    command checks first, so even then the user gets the one line, not a traceback."""
    done = subprocess.run([sys.executable, "-c", LAUNCH_WITH_LIBRARIES_MISSING,
                           str(tmp_path / "x.sqlite3")], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.split() == [str(platform_check.EXIT_MISSING_LIBRARIES), "['en']", "[]"]
    assert not (tmp_path / "x.sqlite3").exists()


def test_the_installed_fieldapp_command_is_the_launcher():
    text = (ROOT / "pyproject.toml").read_text()
    assert 'fieldapp = "fieldapp.launch:main"' in text
