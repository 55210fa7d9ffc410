"""The main window's first size: what it was last time if that fits this screen, else a
size that fits a 1366 × 768 laptop with its taskbar, centred."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1340, 760)
# What the system adds around the window (title bar, borders), not known before it is
# shown: kept free so that the whole frame fits the available area.
FRAME_ALLOWANCE = QSize(16, 40)


def default_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """The window's inner geometry: `preferred`, made smaller to fit `available` (the
    screen without its taskbar) with its frame, centred in it."""
    size = preferred.boundedTo(available.size() - FRAME_ALLOWANCE)
    rect = QRect(available.topLeft(), size)
    rect.moveCenter(available.center())
    return rect


def fits(geometry: QRect, available: QRect) -> bool:
    """True when the window at `geometry` (inner), with its frame, fits `available`."""
    framed = geometry.size() + FRAME_ALLOWANCE
    return available.contains(geometry) and framed.boundedTo(available.size()) == framed


def place_window(window: QWidget, remembered: QByteArray) -> None:
    """Restore the remembered geometry when it fits the screen it is on; otherwise
    (first start, a smaller screen or a screen gone since) the default geometry on the
    screen the window opens on."""
    if not remembered.isEmpty() and window.restoreGeometry(remembered):
        screen = QGuiApplication.screenAt(window.geometry().center())
        if screen is not None and fits(window.geometry(), screen.availableGeometry()):
            return
    window.setGeometry(default_geometry(window.screen().availableGeometry()))
