"""Search-as-you-type over households, fast for one- and two-character Chinese queries.

SQLite 3.40's FTS5 trigram tokenizer finds nothing for queries under three characters,
and two-character Chinese names are common. So the index holds *bigrams*: every run of
letters and digits in the searchable fields is cut into overlapping two-character tokens
("张三丰" → "张三 三丰"), and runs are separated by a token that no query can produce.

- A query term of two or more characters becomes an FTS5 phrase of its bigrams: the
  bigrams must stand next to each other, which is exactly "contains this substring".
- A one-character term falls back to a bounded scan (name LIKE, account/mobile prefix
  through their indexes).
- Every term also matches the households of communities whose name contains it.

Terms separated by spaces must all match.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# Never equal to a query bigram (queries make two-character tokens only).
_SEPARATOR = "sep"
_RUN = re.compile(r"[^\W_]+")
# How many candidate rows one term may contribute before ordering and paging.
TERM_LIMIT = 20_000


def runs(text: str) -> list[str]:
    """Runs of letters and digits, lower-cased."""
    return _RUN.findall(text.lower())


def grams(fields: Iterable[str]) -> str:
    """The indexed text of a record: bigrams of every run, runs separated."""
    tokens: list[str] = []
    # one pass over all fields: a space between them ends a run like any other gap
    for run in _RUN.findall(" ".join(text or "" for text in fields).lower()):
        if tokens:
            tokens.append(_SEPARATOR)
        if len(run) > 1:
            tokens += [run[i:i + 2] for i in range(len(run) - 1)]
        else:
            tokens.append(run)
    return " ".join(tokens)


def terms(query: str) -> list[str]:
    """The search text split into terms (each a run of letters and digits)."""
    return [run for run in runs(query)]


def _phrase(term: str) -> str:
    return '"' + " ".join(term[i:i + 2] for i in range(len(term) - 1)) + '"'


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix_range(prefix: str) -> tuple[str, str]:
    """Bounds such that lo <= value < hi exactly when value starts with `prefix`;
    unlike LIKE 'x%', a range can use an index."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _limited(sql: str) -> str:
    return f"SELECT * FROM ({sql} LIMIT {TERM_LIMIT})"


def term_condition(term: str) -> tuple[str, list]:
    """SQL (an `h.id IN (...)` condition) and parameters for one term."""
    like = f"%{_like_escape(term)}%"
    parts = [("SELECT id FROM households WHERE community_uuid IN (SELECT uuid FROM"
              " communities WHERE name LIKE ? ESCAPE '\\')", [like])]
    if len(term) >= 2:
        parts.append(("SELECT rowid FROM household_search WHERE household_search MATCH ?",
                      [_phrase(term)]))
    else:
        lo, hi = prefix_range(term)
        parts += [("SELECT id FROM households WHERE name LIKE ? ESCAPE '\\'", [like]),
                  ("SELECT id FROM households WHERE account_no >= ? AND account_no < ?",
                   [lo, hi]),
                  ("SELECT id FROM households WHERE mobile >= ? AND mobile < ?", [lo, hi])]
    sql = " UNION ".join(_limited(part) for part, _ in parts)
    params = [value for _, values in parts for value in values]
    return f"h.id IN (SELECT id FROM ({sql}) LIMIT {TERM_LIMIT})", params
