"""A regex led by the characters its matches can begin with: the same matches, found faster by a scan.

Python's engine tries a pattern at every position of the text it scans; a pattern opening with lookbehinds,
word boundaries or an alternation of many branches pays all of them at every character. `led(rx)` puts a
lookahead of the characters any match can open with in front (`(?=[...])(?:PATTERN)`), so most positions are
refused by one character-class test. The matches, their groups and their order are those of the pattern itself:
the lookahead only refuses positions where no match can begin. When the first characters cannot be known (a
branch that opens with any character, a negated class, a back reference, a pattern that can match nothing, flags
set inside it), the pattern is given back unchanged."""
import re

try:
    from re import _constants as _c, _parser as _p
except ImportError:     # Python < 3.11
    import sre_constants as _c
    import sre_parse as _p

_CATEGORIES = {_c.CATEGORY_SPACE: r"\s", _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(x for x in (getattr(_c, "MAX_REPEAT", None), getattr(_c, "MIN_REPEAT", None),
                             getattr(_c, "POSSESSIVE_REPEAT", None)) if x is not None)


class _Unknown(Exception):
    pass


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]\\^" else "\\" + chr(code)


def _item(op, av) -> list[str]:
    if op is _c.LITERAL:
        return [_char(av)]
    if op is _c.IN:
        out = []
        for iop, iav in av:
            if iop is _c.LITERAL:
                out.append(_char(iav))
            elif iop is _c.RANGE:
                out.append(_char(iav[0]) + "-" + _char(iav[1]))
            elif iop is _c.CATEGORY and iav in _CATEGORIES:
                out.append(_CATEGORIES[iav])
            else:
                raise _Unknown     # NEGATE, a negated category, ...
        return out
    raise _Unknown


def _sequence(items) -> tuple[list[str], bool]:
    """(the first characters of a sequence of parsed items, can it match the empty string)."""
    out = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                chars, empty = _sequence(branch.data if hasattr(branch, "data") else branch)
                out += chars
                nullable = nullable or empty
            if not nullable:
                return out, False
        elif op is _c.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown
            chars, empty = _sequence(sub.data)
            out += chars
            if not empty:
                return out, False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            chars, empty = _sequence(av.data)
            out += chars
            if not empty:
                return out, False
        elif op in _REPEATS:
            low, _, sub = av
            chars, empty = _sequence(sub.data)
            out += chars
            if low and not empty:
                return out, False
        else:
            out += _item(op, av)
            return out, False
    return out, True


def first_chars(pattern, flags: int = 0) -> str | None:
    """A character class ('[...]') of the characters a match of the pattern (a string with its flags, or a compiled
    pattern) can begin with; None when unknown."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if not isinstance(pattern, str) or flags & (re.VERBOSE | re.LOCALE):
        return None
    try:
        chars, empty = _sequence(_p.parse(pattern, flags).data)
    except (_Unknown, RecursionError):
        return None
    if empty or not chars:
        return None
    return "[" + "".join(dict.fromkeys(chars)) + "]"


def led(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), with a lookahead of its first characters in front (the same matches) when they are
    known. The pattern is parsed once for them and compiled once, led (compiling it as well cost every process that
    imports the rules 0.1 CPU s: callgrind, 360 M instructions)."""
    chars = first_chars(pattern, flags)
    if chars is None or re.match(r"\(\?[aiLmsux]+\)", pattern):     # (global inline flags must stay first)
        return re.compile(pattern, flags)
    return re.compile(f"(?={chars})(?:{pattern})", flags)
