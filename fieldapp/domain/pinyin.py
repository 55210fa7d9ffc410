"""Pinyin of names, so that Chinese users can find and order them as they type.

A name is *spelled* by a latin query when the query starts one of its spellings: the
initials of its characters (张婷 → "zt") or their whole syllables run together
("zhangting", so "zhang" and "zhangt" too). Every reading of a character in use today
counts (曾 is "zeng" or "ceng", 单 "shan", "dan" or "chan"), as a name's reading cannot
be told from its characters alone; readings only old dictionaries know (超 "tiao", 方
"wang", 董 "zhong") do not, or "zt" would find 董超文. Latin letters and digits in a
name spell themselves.

Readings come from pypinyin (commonest first) kept to those of the 现代汉语词典
(pypinyin-dict's kXHC1983 data) when it lists the character, once per character and
kept (a register holds a few thousand distinct characters), so spelling a whole
register costs little more than reading it.
"""
from __future__ import annotations

import os
from functools import lru_cache
from itertools import islice, product

# Most spellings of each kind (initials, syllables) kept for one name: a name whose
# characters have many readings each would otherwise have hundreds. The first ones
# use every character's commonest reading.
MAX_SPELLINGS = 32
# Between the syllables of a sort key and the name itself (sorts before any letter and
# the space between syllables: 安 before 安宁).
SORT_SEPARATOR = "\x1f"

# Surnames read otherwise than their character's commonest reading (曾 is ceng in 曾经
# but Zeng in 曾国藩): a person's name sorts by these.
SURNAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao",
                    "区": "ou", "查": "zha", "覃": "qin", "盖": "ge", "缪": "miao",
                    "翟": "zhai", "种": "chong", "召": "shao", "折": "she"}

# Words of place and community names whose characters read otherwise than their
# commonest reading (乐 is le, but 乐清 is Yueqing): a place's name sorts by these. Read
# by word because pypinyin's phrase dictionary, which would know them, costs 40 MB.
PLACE_READINGS = {"乐清": "yue qing", "重庆": "chong qing", "长安": "chang an",
                  "长春": "chang chun", "长沙": "chang sha", "长江": "chang jiang",
                  "长乐": "chang le", "长兴": "chang xing", "长城": "chang cheng",
                  "长宁": "chang ning", "长征": "chang zheng", "长青": "chang qing",
                  "长虹": "chang hong", "长岭": "chang ling", "朝晖": "zhao hui",
                  "银行": "yin hang", "行政": "xing zheng", "藏龙": "cang long",
                  "厦门": "xia men", "大厦": "da sha", "六安": "lu an", "蚌埠": "beng bu",
                  "丽水": "li shui", "台州": "tai zhou", "泰顺": "tai shun"}

_readings: dict[str, tuple[str, ...]] = {}


def readings(char: str) -> tuple[str, ...]:
    """The tone-less readings of one character, commonest first (ü written v); an ASCII
    letter or digit reads as itself lower-cased; other characters (punctuation, spaces)
    read as nothing."""
    found = _readings.get(char)
    if found is None:
        found = _readings[char] = _read(char)
    return found


def _read(char: str) -> tuple[str, ...]:
    if char.isascii():
        return (char.lower(),) if char.isalnum() else ()
    # imported on first use (a window that only lists households need not load the
    # dictionaries), and without pypinyin's phrases: characters are read one by one
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    from pypinyin import Style, pinyin
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin_dict.pinyin_data.kxhc1983 import pinyin_dict as modern

    spoken = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    if spoken == [char]:  # not a Chinese character
        return (char,) if char.isalnum() else ()
    spoken = [s for s in spoken if s.isascii() and s.isalpha()]
    today = [to_normal(s) for s in modern.get(ord(char), "").split(",") if s]
    kept = [s for s in spoken if s in today] + [s for s in today if s not in spoken]
    return tuple(dict.fromkeys(kept or spoken))


def is_spelling(term: str) -> bool:
    """True for a query term that can spell a name: latin letters, and digits that
    names hold too (东方公寓2期 → "dfgy2q")."""
    return term.isascii() and term.isalnum() and not term.isdigit()


@lru_cache(maxsize=65_536)  # names repeat: 张伟 and 王芳 by the thousand
def spellings(name: str) -> tuple[str, ...]:
    """Every spelling of `name` (initials first, then whole syllables), lower-case;
    none for a name without Chinese characters (a latin query finds those by their
    letters)."""
    read, chinese = [], False
    for char in name:
        spoken = _readings.get(char) or readings(char)
        if spoken:
            read.append(spoken)
            chinese = chinese or (not char.isascii() and spoken[0].isascii())
    if not chinese:
        return ()
    if all(len(spoken) == 1 for spoken in read):  # most names: one spelling of each kind
        return ("".join(spoken[0][0] for spoken in read),
                "".join(spoken[0] for spoken in read))
    initials = [tuple(dict.fromkeys(s[0] for s in spoken)) for spoken in read]
    return tuple(dict.fromkeys([*_joined(initials), *_joined(read)]))


def _joined(choices: list[tuple[str, ...]]) -> list[str]:
    """The first MAX_SPELLINGS combinations, the leftmost character's readings varying
    fastest: people type from the start, so every reading of the first characters is
    kept before a later character's second reading (长乐… → changle and zhangle)."""
    combos = islice(product(*reversed(choices)), MAX_SPELLINGS)
    return ["".join(reversed(parts)) for parts in combos]


def spells(term: str, name: str) -> bool:
    """True when latin `term` (lower-case) starts a spelling of the name: its initials,
    or its syllables run together (the last one may be cut short), with any reading of
    each character — matched character by character, so no reading is left out however
    many the name's characters have."""
    read = [spoken for spoken in map(readings, name) if spoken]
    if not read or not any(not char.isascii() for char in name):
        return False
    if len(term) <= len(read) and all(
            any(s[0] == letter for s in spoken) for letter, spoken in zip(term, read)):
        return True
    return _syllables_start(term, tuple(read), 0, 0)


def _syllables_start(term: str, read: tuple, at: int, char: int) -> bool:
    if at == len(term):
        return True
    if char == len(read):
        return False
    rest = term[at:]
    return any(spoken.startswith(rest)
               or (rest.startswith(spoken) and _syllables_start(term, read, at + len(spoken),
                                                               char + 1))
               for spoken in read[char])


@lru_cache(maxsize=65_536)
def sort_key(name: str, person: bool = False) -> str:
    """What names are ordered by: their syllables (each character's commonest
    reading, or for a `person` the surname's own; separated by spaces; latin letters
    and digits kept together), then the name itself for names that sound alike."""
    syllables, latin = "", False
    words = {} if person else _place_words(name)
    for at, char in enumerate(name):
        read = _readings.get(char) or readings(char)
        if person and not syllables and char in SURNAME_READINGS:
            read = (SURNAME_READINGS[char],)
        if at in words:
            read = (words[at],)
        if read:
            together = latin and char.isascii() or not syllables
            syllables += read[0] if together else " " + read[0]
        latin = bool(read) and char.isascii()
    return f"{syllables}{SORT_SEPARATOR}{name}"


def _place_words(name: str) -> dict[int, str]:
    """Position → reading of the characters of `name` that stand in a PLACE_READINGS word."""
    found: dict[int, str] = {}
    for word, reading in PLACE_READINGS.items():
        start = name.find(word)
        while start >= 0:
            for offset, syllable in enumerate(reading.split()):
                found.setdefault(start + offset, syllable)
            start = name.find(word, start + len(word))
    return found


def name_of(key: str) -> str:
    """The name a sort key was made from."""
    return key.partition(SORT_SEPARATOR)[2]
