"""Enums whose members carry a Chinese and an English label (statuses, methods, kinds)."""
from __future__ import annotations

import enum

from fieldapp.domain.messages import language


class Labelled(enum.Enum):
    """An enum whose members carry (Chinese, English) labels in `_labels`."""

    @property
    def label(self) -> str:
        zh, en = type(self)._labels()[self.value]
        return en if language() == "en" else zh

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    @classmethod
    def parse(cls, text: str):
        """A member from its key or either label; None if unknown."""
        text = (text or "").strip()
        member = cls._value2member_map_.get(text)  # by its key: most often, and quick
        if member is not None:
            return member
        for member in cls:
            if text == member.value or text in cls._labels()[member.value]:
                return member
        return None
