"""The kinds of notice, each declared once by its own module (receipt.py, …) and looked
up here by key: issuing, reprinting and verifying work the same for every kind."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.domain.messages import MESSAGES, language, msg

MESSAGES.update({
    "notice.unknown_kind": ("没有名为“{kind}”的通知书（可用：{known}）",
                            "There is no notice \"{kind}\" (known: {known})"),
})


@dataclass(frozen=True)
class NoticeKind:
    """What a notice kind needs to be issued.

    find(store, number_or_uuid) → the record or None and record_no(record) → its readable
    number follow from the record kind (RECORDS); gather(store, record, settings) → the
    facts the notice prints, as text in the current language with identifiers masked
    (ValueError naming what is missing when the record lacks something); story(facts) →
    the body as layout blocks (notices.document: paragraph, grid, title_block, Gap)."""

    key: str                        # receipt, …
    code: str                       # the notice number's prefix
    record_kind: str                # the record kind it is issued for
    names: tuple[str, str]          # (Chinese, English) title
    gather: Callable
    story: Callable

    @property
    def title(self) -> str:
        return self.names[1] if language() == "en" else self.names[0]

    @property
    def find(self) -> Callable:
        return RECORDS[self.record_kind][0]

    @property
    def record_no(self) -> Callable:
        return RECORDS[self.record_kind][1]


def _request(store, reference: str):
    """A charger request by its number or its record id."""
    requests = store.charger_requests
    return requests.by_number(reference) or requests.get(reference)


def _inspection(store, reference: str):
    """An inspection by its record id (inspections have no number of their own)."""
    return store.inspections.get(reference)


# record kind → (find(store, number_or_uuid), the record's readable number)
RECORDS: dict[str, tuple[Callable, Callable]] = {
    "charger_request": (_request, lambda request: request.request_no),
    "inspection": (_inspection, lambda inspection: inspection.uuid),
}


KINDS: dict[str, NoticeKind] = {}


def declare(kind: NoticeKind) -> NoticeKind:
    KINDS[kind.key] = kind
    return kind


def kind_of(key: str) -> NoticeKind:
    """The declared kind `key`; ValueError naming the known ones otherwise."""
    _load()
    if key not in KINDS:
        raise ValueError(msg("notice.unknown_kind", kind=key, known="、".join(KINDS)))
    return KINDS[key]


def _load() -> None:
    """Import the kinds' modules (each declares itself)."""
    from fieldapp.notices import advance, plan, receipt, rectification  # noqa: F401
