"""Can Qt open a window here? Checked before the QApplication exists, without Qt.

When Qt's xcb platform plugin cannot load a system library, Qt aborts the whole process with
a hint that blames the plugin (and, since Qt 6.5, names libxcb-cursor0 even when it is
installed). This module loads the plugin first: if the loader takes it (Qt would load the
same file moments later, so this costs about nothing), all is well; if not, `ldd` lists every
missing dependency, and one line names them and the Debian packages that provide them. The
package list below is the only one: `.ci/system-packages.sh` installs exactly these
(`python3 -m fieldapp.platform_check --packages`).

Standard library only, and nothing it imports may import Qt: it also runs before the venv
exists, with whatever `python3` the machine has.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from fieldapp.domain.messages import MESSAGES, msg, set_language

# Debian/Ubuntu package -> the shared libraries in it that Qt loads to open a window (the
# xcb plugin, libQt6XcbQpa and QtGui). Ubuntu 24.04's t64 renames (libglib2.0-0t64) are
# found by apt under these names.
QT_PACKAGES: dict[str, tuple[str, ...]] = {
    "libxcb1": ("libxcb.so.1",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxcb-icccm4": ("libxcb-icccm.so.4",),
    "libxcb-image0": ("libxcb-image.so.0",),
    "libxcb-keysyms1": ("libxcb-keysyms.so.1",),
    "libxcb-randr0": ("libxcb-randr.so.0",),
    "libxcb-render0": ("libxcb-render.so.0",),
    "libxcb-render-util0": ("libxcb-render-util.so.0",),
    "libxcb-shape0": ("libxcb-shape.so.0",),
    "libxcb-shm0": ("libxcb-shm.so.0",),
    "libxcb-sync1": ("libxcb-sync.so.1",),
    "libxcb-util1": ("libxcb-util.so.1",),
    "libxcb-xfixes0": ("libxcb-xfixes.so.0",),
    "libxcb-xkb1": ("libxcb-xkb.so.1",),
    "libx11-6": ("libX11.so.6",),
    "libx11-xcb1": ("libX11-xcb.so.1",),
    "libxkbcommon0": ("libxkbcommon.so.0",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
    "libegl1": ("libEGL.so.1",),
    "libgl1": ("libGL.so.1",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libfreetype6": ("libfreetype.so.6",),
    "libglib2.0-0": ("libglib-2.0.so.0", "libgthread-2.0.so.0"),
    "libdbus-1-3": ("libdbus-1.so.3",),
}
PACKAGE_OF_LIBRARY = {library: package for package, libraries in QT_PACKAGES.items()
                      for library in libraries}

# main() returns this when the window cannot open (2 is a database that cannot be opened)
EXIT_MISSING_LIBRARIES = 3
LDD_TIMEOUT_S = 5
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
# a library that is there but cannot be loaded (truncated, wrong architecture) stops ldd
_UNLOADABLE = re.compile(r"error while loading shared libraries: (?:\S*/)?(\S+?): ")
# the loader names the first dependency it misses by its bare name (the plugin by its path)
_FIRST_MISSING = re.compile(r"([^/\s:]+): cannot open shared object file")

MESSAGES.update({
    "platform.missing": (
        "无法打开窗口：Qt 的 xcb 平台插件缺少系统库 {libraries}。"
        "请安装：sudo apt-get install {packages}",
        "Cannot open the window: Qt's xcb platform plugin needs system libraries that are "
        "missing: {libraries}. Install them with: sudo apt-get install {packages}"),
    "platform.missing_unknown": (
        "无法打开窗口：Qt 的 xcb 平台插件缺少系统库 {libraries}，请用系统的软件包管理器安装",
        "Cannot open the window: Qt's xcb platform plugin needs system libraries that are "
        "missing: {libraries}. Install them with the system's package manager"),
})


def platform_is_xcb(environ: Mapping[str, str], system: str = sys.platform) -> bool:
    """Will Qt try the xcb (X11) plugin first? Only then do its libraries matter: an explicit
    QT_QPA_PLATFORM=xcb, or none on an X11 desktop (DISPLAY) that is not a Wayland session."""
    if not system.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0]
        return first.split(":")[0].strip() == "xcb"
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


def xcb_plugin_files() -> list[Path]:
    """The xcb plugin in PySide6's wheel layout, found without importing PySide6; empty when
    PySide6 is laid out otherwise (a distribution's build). Loading it, or ldd, follows what
    it links, so libQt6XcbQpa and its own dependencies are covered too."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(list(spec.submodule_search_locations)[0], "Qt", "plugins", "platforms",
                  "libqxcb.so")
    return [plugin] if plugin.exists() else []


def load_error(plugin: Path) -> str | None:
    """The dynamic loader's complaint about `plugin` and what it links, None when it loads."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error)
    return None


def missing_libraries(files: Sequence[Path], environ: Mapping[str, str]) -> list[str] | None:
    """The libraries the loader cannot find for `files`, in ldd's order; None when ldd
    cannot tell (absent, failed, too slow), so that the check never blocks start-up."""
    ldd = shutil.which("ldd", path=environ.get("PATH", os.defpath))
    if ldd is None or not files:
        return None
    try:
        listing = subprocess.run([ldd, *map(str, files)], capture_output=True, text=True,
                                 env=dict(environ), timeout=LDD_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    found = _NOT_FOUND.findall(listing.stdout) + _UNLOADABLE.findall(listing.stderr)
    return list(dict.fromkeys(found))


def missing_libraries_line(libraries: Sequence[str]) -> str:
    """One line naming the missing libraries and the packages to install."""
    packages = list(dict.fromkeys(PACKAGE_OF_LIBRARY[library] for library in libraries
                                  if library in PACKAGE_OF_LIBRARY))
    if not packages:
        return msg("platform.missing_unknown", libraries=", ".join(libraries))
    return msg("platform.missing", libraries=", ".join(libraries),
               packages=" ".join(packages))


def window_can_open(language: str | None = None,
                    environ: Mapping[str, str] | None = None) -> bool:
    """False, after printing one line on stderr, when the xcb plugin will miss libraries.
    True when it loads, and whenever the missing library cannot be named."""
    environ = os.environ if environ is None else environ
    if not platform_is_xcb(environ):
        return True
    files = xcb_plugin_files()
    error = load_error(files[0]) if files else None
    if error is None:
        return True
    first = _FIRST_MISSING.match(error)
    missing = missing_libraries(files, environ) or ([first.group(1)] if first else [])
    if not missing:
        return True
    if language:
        set_language(language)
    print(missing_libraries_line(missing), file=sys.stderr)
    return False


def main(argv: Sequence[str]) -> int:
    """`--packages`: the Debian packages Qt needs, for .ci/system-packages.sh; no argument:
    the check itself, as the application makes it."""
    if list(argv) == ["--packages"]:
        print(" ".join(QT_PACKAGES))
        return 0
    return 0 if window_can_open() else EXIT_MISSING_LIBRARIES


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
