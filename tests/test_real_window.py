"""The real window: FieldApp started on Qt's xcb plugin under Xvfb, not offscreen.

Offscreen tests never load the xcb plugin, so they pass on a machine where the window cannot
open at all (issue 9). These start the application in a child process under `xvfb-run`,
as `fieldapp` would start on a laptop, and look at the pixels on the X server's screen.
Skipped without xvfb-run, except in CI, whose script installs it.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREEN = "-screen 0 1366x768x24"
GIVE_UP_MS = 15_000
# text, icons and antialiasing give a painted window hundreds of colours; an unpainted one
# (Xvfb's root pattern, or a window that never drew) has one or two
PAINTED_COLOURS = 50


@pytest.fixture
def xvfb_run() -> str:
    path = shutil.which("xvfb-run")
    if path is None:
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail("xvfb-run is missing in CI: .ci/system-packages.sh --test installs "
                        "xvfb and xauth")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    return path


@pytest.fixture
def window_env(tmp_path) -> dict[str, str]:
    """The environment of a laptop's X11 session: no offscreen platform (conftest.py sets it
    for this process), xvfb-run's DISPLAY, preferences in a fresh data folder with the demo
    data already offered, so that no dialog waits for an answer."""
    env = dict(os.environ)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        env.pop(name, None)
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "settings.ini").write_text("[ui]\ndemo_offered=true\n")
    env["FIELDAPP_DATA_DIR"] = str(data)
    return env


def under_xvfb(xvfb_run: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([xvfb_run, "-a", "-s", SCREEN, sys.executable, *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=GIVE_UP_MS / 1000 + 30)


def test_the_application_starts_on_the_real_xcb_platform(xvfb_run, window_env, tmp_path):
    db = tmp_path / "field.sqlite3"
    done = under_xvfb(xvfb_run, window_env, "-m", "fieldapp.app", "--db", str(db),
                      "--operator", "测试员", "--quit-after-show")
    assert done.returncode == 0, done.stderr
    assert "could not load the qt platform plugin" not in done.stderr.lower()
    assert "qt.qpa.plugin" not in done.stderr, done.stderr  # nor any other plugin complaint
    assert db.exists()


def test_the_real_window_is_painted_on_the_screen(xvfb_run, window_env, tmp_path):
    db, png = tmp_path / "field.sqlite3", tmp_path / "window.png"
    done = under_xvfb(xvfb_run, window_env, "-c",
                      "import sys; from tests.test_real_window import show_and_grab; "
                      "sys.exit(show_and_grab(sys.argv[1:]))",
                      "--db", str(db), "--operator", "测试员", "--png", str(png))
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert report["title"] == "现场服务助手 FieldApp"
    assert report["width"] >= 800 and report["height"] >= 500, report
    assert report["colours"] >= PAINTED_COLOURS, report
    assert report["commonest_share"] < 0.9, report  # not one flat colour with specks
    assert png.stat().st_size > 10_000


# --- run in the child, under Xvfb --------------------------------------------------------------

def show_and_grab(argv: list[str]) -> int:
    """Start FieldApp through its own main() (platform check, QApplication on xcb, window);
    once the main window is exposed on the X server, grab its area from the screen (what the
    display shows, not the widget's own rendering), save it and print a JSON report."""
    png = argv[argv.index("--png") + 1]
    app_argv = argv[:argv.index("--png")]

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtWidgets import QApplication

    from fieldapp import app as fieldapp_app
    from fieldapp.ui.window.main_window import MainWindow

    run_event_loop = QApplication.exec
    outcome: dict[str, object] = {}

    def main_window(app: QApplication) -> MainWindow | None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        return windows[0] if windows else None

    def grab_when_painted(app: QApplication, waited: list[int]) -> None:
        window = main_window(app)
        handle = window.windowHandle() if window else None
        if handle is None or not handle.isExposed():
            waited[0] += 1
            QTimer.singleShot(50, lambda: grab_when_painted(app, waited))
            return
        if waited[0] >= 0:  # exposed: give the first paint a few turns of the loop
            waited[0] = -5
        if waited[0] < -1:
            waited[0] += 1
            QTimer.singleShot(50, lambda: grab_when_painted(app, waited))
            return
        area = window.frameGeometry()
        image = window.screen().grabWindow(0, area.x(), area.y(), area.width(),
                                           area.height()).toImage()
        image = image.convertToFormat(QImage.Format.Format_RGB32)
        image.save(png)
        counts = Counter(memoryview(bytes(image.constBits())).cast("I"))
        outcome.update(platform=QGuiApplication.platformName(), title=window.windowTitle(),
                       width=image.width(), height=image.height(), colours=len(counts),
                       commonest_share=round(max(counts.values()) / sum(counts.values()), 3))
        app.exit(0)

    def give_up(app: QApplication) -> None:
        shown = [f"{type(w).__name__} {w.windowTitle()!r}" for w in app.topLevelWidgets()
                 if w.isVisible()]
        print(f"no painted main window after {GIVE_UP_MS} ms; visible: {shown}",
              file=sys.stderr)
        app.exit(4)

    def exec_and_grab(app: QApplication | None = None) -> int:
        app = app or QApplication.instance()
        QTimer.singleShot(0, lambda: grab_when_painted(app, [0]))
        QTimer.singleShot(GIVE_UP_MS, lambda: give_up(app))
        return run_event_loop()

    QApplication.exec = exec_and_grab
    code = fieldapp_app.main(app_argv)
    if outcome:
        print(json.dumps(outcome))
    return code
