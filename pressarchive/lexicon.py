"""Word lists are data: every list lives in data/lexicon/*.yml and is loaded here, once.

Each YAML file maps list names to lists of words (or, for verbs, to base forms with their irregular
inflections); an item '@name' includes the words of list 'name'. A list name defined in two files, or a word listed twice in one list, is an error: a list is
defined once. Regular inflections of verbs are derived here, not written out.

Lists derived from well-kept packages (places, demonyms, given names) are built by `gazetteer.py`.
"""
import re
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"


class LexiconError(ValueError):
    pass


@lru_cache(maxsize=4)
def lists(directory: Path = LEXICON_DIR) -> dict:
    """{list name: list} over every *.yml of data/lexicon; duplicates rejected."""
    out, where = {}, {}
    for path in sorted(Path(directory).glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, items in data.items():
            if name in out:
                raise LexiconError(f"list {name!r} defined in {where[name]} and {path.name}")
            _check_unique(name, items, path.name)
            out[name], where[name] = items, path.name
    return out


def _check_unique(name, items, file):
    keys = list(items) if isinstance(items, (list, dict)) else []
    seen = set()
    for k in keys:
        if isinstance(k, bool):   # YAML reads a bare on, off, yes or no as true/false: quote such a word
            raise LexiconError(f"{file}: {name!r} holds {k!r}, a bare on/off/yes/no in YAML: quote the word")
        key = str(k).lower()
        if key in seen:
            raise LexiconError(f"{file}: {key!r} is listed twice in {name!r}")
        seen.add(key)


def _expand(name: str, seen=()) -> list:
    """The items of a list, with '@other' items replaced by the items of list 'other' (a list is defined once
    and included where another list needs its words: '@spokes_words' in name_heads)."""
    if name in seen:
        raise LexiconError(f"list {name!r} includes itself")
    out = []
    for w in lists()[name]:
        if isinstance(w, str) and w.startswith("@"):
            out.extend(_expand(w[1:], seen + (name,)))
        else:
            out.append(str(w))
    return out


@lru_cache(maxsize=None)
def words(name: str) -> frozenset:
    """A word list as a set of lower-case strings."""
    return frozenset(w.lower() for w in _expand(name))


def ordered(name: str) -> list:
    return _expand(name)


def mapping(name: str) -> dict:
    return dict(lists()[name])


def alternatives(name: str) -> str:
    """A word list as a regex alternation, longest first, its phrases' spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words(name), key=len, reverse=True))


# -- inflections ------------------------------------------------------------------------------------------
VOWELS = "aeiou"


def inflect(base: str, irregular: list | None = None) -> tuple:
    """(past, third person, -ing) of a verb or phrasal verb ('point out' -> 'pointed out', ...)."""
    if irregular:
        return tuple(irregular)
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e") and not head.endswith("ee"):
        forms = (head + "d", head + "s", head[:-1] + "ing")
    elif head.endswith("ee"):
        forms = (head + "d", head + "s", head + "ing")
    elif head.endswith("y") and head[-2:-1] not in VOWELS:
        forms = (head[:-1] + "ied", head[:-1] + "ies", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = (head + "ed", head + "es", head + "ing")
    else:
        forms = (head + "ed", head + "s", head + "ing")
    return tuple(f + tail for f in forms)


def verb_forms(name: str) -> dict:
    """{base: (past, third person, -ing)} for a verb list whose items are 'base' or {base: [irregular]}."""
    out = {}
    for item in lists()[name]:
        if isinstance(item, dict):
            (base, irregular), = item.items()
        else:
            base, irregular = item, None
        out[str(base)] = inflect(str(base), irregular)
    return out
