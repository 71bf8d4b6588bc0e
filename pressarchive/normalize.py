"""Text helpers shared by every stage: folding for matching and search, stable ids."""
import hashlib
import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base + combining mark, so NFKD (and SQLite's
# unicode61 remove_diacritics) leave them alone: fold them by hand.
HARD_FOLDS = str.maketrans({
    "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ı": "i",
})
_HARD_CHARS = re.compile("[đĐøØłŁßæÆœŒðÐþÞħĦı]")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_WORD_CHARS = re.compile(r"[0-9a-z]+")


def strip_marks(text: str) -> str:
    """'Lê Hải Bình' -> 'Le Hai Binh', 'Đoàn' -> 'Doan'; case kept."""
    text = text or ""
    if text.isascii():
        return text
    if _HARD_CHARS.search(text):     # a scan is much cheaper than translate's per-character look-ups
        text = text.translate(HARD_FOLDS)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fold(text: str) -> str:
    """Lowercase, diacritics removed, punctuation to single spaces: the key for matching names."""
    if text and len(text) <= _SHORT:
        return _fold_short(text)   # words and names recur across documents: fold each once per process
    return _fold(text)


_SHORT = 80


def _fold(text: str) -> str:
    return " ".join(_WORD_CHARS.findall(strip_marks(text).lower()))   # = _NOT_WORD runs to one space, stripped


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


def fold_words(text: str) -> list[str]:
    """fold(text).split(): the folded words themselves, a long text's not joined only to be split again."""
    if text and len(text) <= _SHORT:
        return _fold_short(text).split()
    return _WORD_CHARS.findall(strip_marks(text).lower())


def search_folds(*texts: str) -> str:
    """Folded forms of the words SQLite's tokenizer cannot fold itself (đ, ø, ß ...), for the FTS index.

    unicode61 with remove_diacritics=2 already matches 'Le Hai Binh' to 'Lê Hải Bình'; only words with
    letters like đ need a folded copy ('Doan' must find 'Đoàn'). Empty for almost every English text."""
    words = []
    for text in texts:
        if text and _HARD_CHARS.search(text):
            words.extend(fold(w) for w in re.findall(r"\w*[đĐøØłŁßæÆœŒðÐþÞħĦı]\w*", text))
    return " ".join(dict.fromkeys(words))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    return _NOT_SLUG.sub("-", strip_marks(text).lower()).strip("-")


def stable_id(*parts) -> str:
    """A short id derived from content, identical across runs."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:16]
