"""Cluster stage: the reports of one statement share a cluster; a duplicate article points to its first copy.

Statements: candidates come from MinHash LSH (datasketch) over word shingles of the folded text. The band keys
of every clustered statement are kept in `cluster_keys` (indexed), so a new statement finds its candidates by
lookup and the archive is never clustered again from scratch. A candidate is the same statement when
  - the speakers are compatible (same speaker, one unresolved, or one name's words inside the other's),
  - the days are close (a stock line repeated at next week's briefing is a new statement), and
  - the words agree (similar(): the same words, a trimmed quote inside the full one, an edited copy; stricter
    within one article), checked against the cluster's canonical statement (its fullest copy) too, so a short
    boilerplate sentence cannot chain two different statements together.
Articles: an exact copy (same headline and body) or a near copy (shingle Jaccard of the bodies' openings) is
recorded in `articles.duplicate_of` as a duplicate of the earliest copy.

`update(db, files)` runs after the writes of an ingest: it drops what the deleted rows left behind (repairing the
clusters and duplicate groups they belonged to) and clusters the rows of the files written in this run.
"""
import functools
import hashlib
import itertools
import re
import unicodedata
import zlib
from datetime import date

import numpy as np

from .normalize import _COMBINING, _HARD_CHARS, HARD_FOLDS

SHINGLE_WORDS = 3          # statements: word 3-grams
NUM_PERM = 24
BANDS, ROWS = 12, 2        # candidate probability 0.54 at Jaccard 0.25, 0.87 at 0.4, 0.97 at 0.5
MIN_CONTAINMENT = 0.8      # share of the shorter text's shingles found in the longer one's
EDITED_CONTAINMENT = 0.6   # an edited copy: fewer shingles shared, but
EDITED_WORDS = 0.8         #   this share of the shorter one's words found in the longer one
EDITED_LENGTH = 0.7        #   and nearly the same length
MIN_WORDS = 4              # "No.", "I don't.", "That's right." join only an exact copy in another article
SHORT_WORDS = 12           # a shorter text is a trimmed quote only when it runs word for word in the longer
RUN_WORDS, RUN_SHARE = 8, 0.6   # across articles: a quote of 8+ words, 60% of the shorter text, inside its framing
SAME_ARTICLE_WORDS = 15    # in one article: a passage printed twice, not a stock answer repeated, or
SAME_ARTICLE_RUN = 5       #   a shorter reading found word for word in a longer one
HOT_KEY = 100              # candidates taken per band key at most (a stock phrase's key says little)
CANDIDATES_READ = 50       # compatible candidates compared at most
SLICE_STATEMENTS = 300     # statements clustered against one read of their stored candidates
CANONICALS_KEPT = 2_000    # canonical copies of clusters held between slices at most
DAY_WINDOW = 2             # days between two reports' dates (said_on, else published) for the same statement

ARTICLE_SHINGLE_WORDS = 5
ARTICLE_BANDS, ARTICLE_ROWS = 8, 3     # candidate probability 0.997 at Jaccard 0.8
ARTICLE_MIN_JACCARD = 0.8
ARTICLE_CHARS = 3_000      # the opening compared for near copies
ARTICLE_SAMPLE = 4         # a consistent quarter of an article's shingles is enough to estimate Jaccard
ARTICLE_MIN_SHINGLES = 10  # fewer sampled shingles (a body under ~40 words): only exact copies are found

SCHEME = "affine32"        # stored band keys depend on the scheme, the seed and the shingle hash: all fixed


def ensure_cluster_tables(db):
    """The cluster tables and columns (idempotent); called by store.ensure_tables."""
    names = set(db.table_names())
    if "statement_clusters" not in names:
        db["statement_clusters"].create({
            "id": int, "canonical_id": str, "first_said": str, "first_reported": str, "reports": int,
            "outlets": int,
        }, pk="id")
        db["statement_clusters"].create_index(["reports"])
    if "cluster_id" not in db["statements"].columns_dict:
        db["statements"].add_column("cluster_id", int)
        db["statements"].create_index(["cluster_id"])
    if "duplicate_of" not in db["articles"].columns_dict:
        db["articles"].add_column("duplicate_of", str)
        db["articles"].create_index(["duplicate_of"])
    if "cluster_members" not in names:
        # One row per clustered statement: its file (to find what a re-ingest replaces), speaker and day (to
        # drop candidates before reading their text), number of words (the canonical is the longest copy),
        # a hash of its folded words (exact copies) and its LSH band keys (to delete them from cluster_keys).
        db.execute("""create table cluster_members (member integer primary key, statement_id text not null unique,
            cluster_id integer not null, file text, speaker_id text, speaker_name text, day text, words integer,
            text_key integer, keys blob)""")
        db.execute("create index idx_cluster_members_cluster_id on cluster_members(cluster_id)")
        db.execute("create index idx_cluster_members_file on cluster_members(file)")
        db.execute("create index idx_cluster_members_text_key on cluster_members(text_key)")
        db.execute("""create table cluster_keys (key integer not null, member integer not null,
            primary key (key, member)) without rowid""")
    # Setting cluster_id or duplicate_of must not re-index the row's full text: the update triggers of the
    # full-text indexes fire only when an indexed column changes.
    for table, columns in (("statements", "text, speaker_name, search_folds"),
                           ("articles", "headline, body, search_folds")):
        sql = db.execute("select sql from sqlite_master where type = 'trigger' and name = ?",
                         [f"{table}_au"]).fetchone()
        if sql and " UPDATE OF " not in sql[0].upper():
            db.execute(f"drop trigger [{table}_au]")
            db.execute(sql[0].replace(f"AFTER UPDATE ON [{table}]", f"AFTER UPDATE OF {columns} ON [{table}]"))
    if "article_signatures" not in names:
        db.execute("""create table article_signatures (article_id text primary key, file text, body_hash text,
            keys blob)""")
        db.execute("create index idx_article_signatures_file on article_signatures(file)")
        db.execute("create index idx_article_signatures_body_hash on article_signatures(body_hash)")
        db.execute("""create table article_keys (key integer not null, article_id text not null,
            primary key (key, article_id)) without rowid""")


# --- text ---------------------------------------------------------------------------------------------------

_WORD = re.compile(r"[0-9a-z]+")


def words(text: str) -> list[str]:
    """The words of fold(text): the same list as fold(text).split(), found without the substitution, and the
    letters normalize.strip_marks folds by hand looked for first (str.translate is slow on long texts)."""
    text = text or ""
    if not text.isascii():
        if _HARD_CHARS.search(text):
            text = text.translate(HARD_FOLDS)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _WORD.findall(text.lower())


WORD_HASHES_KEPT = 100_000     # ~15 MB; news vocabulary past this is rare words, cheap to hash again
# The writer hashes only the words of the statements it compares (shingle_sequence): a small cache. Kept as large as
# the workers', it filled with the vocabulary of every stored twin the second copy of an archive met (11,000 words
# after one copy of the corpora, 34,000 after two), new long-lived entries made amid each clustering's transient
# peak, and the writer's RSS at two copies stood 4-5 MB higher (bench/trace_memory.py, 134 against 129-130 MB).
COMPARED_WORD_HASHES_KEPT = 1_000


class _WordHashes(dict):
    """word -> crc32 of the word (stable across runs, unlike hash()), made on first use: a vocabulary repeats,
    and a hit is a plain dict lookup (no Python call). Forgotten whenever more than `kept` are held."""

    def __init__(self, kept: int):
        super().__init__()
        self.kept = kept

    def __missing__(self, word: str) -> int:
        if len(self) > self.kept:
            self.clear()
        h = self[word] = zlib.crc32(word.encode("utf-8"))
        return h


_WORD_HASHES = _WordHashes(WORD_HASHES_KEPT)                     # the workers' signatures (shingle_batch)
_COMPARED_WORD_HASHES = _WordHashes(COMPARED_WORD_HASHES_KEPT)   # the writer's comparisons (shingle_sequence)


def _word_hash(word: str) -> int:
    return _WORD_HASHES[word]


def shingles(tokens: list[str], k: int = SHINGLE_WORDS, sample: int = 1) -> np.ndarray:
    """The word k-gram shingles of tokens as sorted unique 32-bit hashes (a text of k words or fewer is one
    shingle). sample > 1 keeps the shingles whose hash is divisible by it: a consistent sample, so the Jaccard
    of two samples estimates the Jaccard of the full sets (used for whole articles)."""
    h = sorted_unique(shingle_sequence(tokens, k))
    return h[h % np.uint64(sample) == 0] if sample > 1 else h


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique(a) of a 1-d array (its values sorted, each once) without np.unique's overhead on small arrays, and
    without its first call's import of numpy.ma in every process (30 ms)."""
    a = np.sort(a)
    if a.size > 1:
        a = a[np.concatenate(([True], a[1:] != a[:-1]))]
    return a


def shingle_sequence(tokens: list[str], k: int = SHINGLE_WORDS) -> np.ndarray:
    """The hashes of the word k-grams in text order."""
    n = len(tokens)
    if not n:
        return np.zeros(0, dtype=np.uint64)
    k = min(k, n)
    word = np.fromiter(map(_COMPARED_WORD_HASHES.__getitem__, tokens), dtype=np.uint64, count=n)
    h = np.zeros(n - k + 1, dtype=np.uint64)
    for j in range(k):   # a polynomial hash of the k word hashes (wraps around 2**64), then mixed
        h = h * np.uint64(0x100000001B3) + word[j:n - k + 1 + j]
    for shift, multiplier in ((33, 0xFF51AFD7ED558CCD), (33, 0xC4CEB9FE1A85EC53)):   # murmur3's finaliser
        h ^= h >> np.uint64(shift)
        h *= np.uint64(multiplier)
    return h >> np.uint64(32)


def longest_run(short_tokens: list[str], long_shingles: np.ndarray) -> int:
    """Words in the longest stretch of the short text whose shingles are all in the long text: the quote
    inside a reporter's framing ('there was "a strong case for ..."')."""
    found = np.isin(shingle_sequence(short_tokens), long_shingles)
    best = run = 0
    for hit in found:
        run = run + 1 if hit else 0
        best = max(best, run)
    return best + SHINGLE_WORDS - 1 if best else 0


def _affine32_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of datasketch's MinHash(num_perm, seed, scheme='affine32') permutations, made as it makes them (an
    odd a, then b, from numpy's RandomState(seed)) without importing datasketch, whose import (scipy) cost every
    ingest 0.3 CPU s and as much wall clock before the first worker started; test_cluster checks the keys against
    datasketch's own MinHash."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b




def band_keys(shingle_hashes: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    """The LSH band keys of a shingle set: each band's minhash values mixed, with the band's number, into a
    signed 64-bit integer (an SQLite integer key)."""
    return band_keys_batch([shingle_hashes], bands, rows)[0]


_A, _B = _affine32_permutations(NUM_PERM, seed=7)
_FMIX32 = ((16, 0x85EB_CA6B), (13, 0xC2B2_AE35), (16, None))


def minhashes(flat: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """The minhash values (NUM_PERM of them) of each shingle set, the sets given one after the other in flat
    (sizes[i] hashes each, none empty), all in one numpy pass: the same values as datasketch's
    MinHash(num_perm=NUM_PERM, seed=7, scheme='affine32').update_batch of each set (murmur3's 32-bit
    finaliser, then h -> a*h + b mod 2**32, the minimum per permutation); repeated hashes change nothing."""
    hv = flat.astype(np.uint32)
    for shift, multiplier in _FMIX32:
        hv ^= hv >> np.uint32(shift)
        if multiplier:
            hv *= np.uint32(multiplier)
    phv = hv[:, None] * _A + _B
    starts = np.zeros(len(sizes), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    return np.minimum.reduceat(phv, starts, axis=0)


def band_keys_batch(sets: list[np.ndarray], bands: int = BANDS, rows: int = ROWS) -> list[list[int]]:
    """band_keys() of each shingle set (an empty set has none), the minhashes of all made in one batch."""
    sizes = np.fromiter((x.size for x in sets), dtype=np.int64, count=len(sets))
    return _band_keys_flat(np.concatenate(sets) if sets else np.zeros(0, np.uint64), sizes, bands, rows)


def _band_keys_flat(flat: np.ndarray, sizes: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(len(sizes))]
    full = np.flatnonzero(sizes)
    if not full.size:
        return out
    values = minhashes(flat, sizes[full])[:, :bands * rows].astype(np.uint64).reshape(full.size, bands, rows)
    keys = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15),
                           (full.size, bands)).copy()
    for r in range(rows):   # mixes the band's number and its values into one 64-bit key
        keys = (keys ^ values[:, :, r]) * np.uint64(0xBF58476D1CE4E5B9)
        keys ^= keys >> np.uint64(31)
    for i, row in zip(full.tolist(), keys.view(np.int64).tolist()):
        out[i] = row
    return out


def shingle_batch(token_lists: list[list[str]], k: int = SHINGLE_WORDS) -> tuple[np.ndarray, np.ndarray]:
    """shingle_sequence() of many texts in one numpy pass: (their hashes one text after the other, the number
    of each text's). Each text is laid out after k-1 zero words, so a text of fewer than k words gets the one
    shingle shingle_sequence() gives it."""
    lens = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
    seg = np.zeros(len(lens), dtype=np.int64)   # where each text's padded segment starts
    np.cumsum(lens[:-1] + k - 1, out=seg[1:])
    total = int(lens.sum()) + len(lens) * (k - 1)
    # The padded sequence hashed in one pass: the zero words are the empty string's, whose crc32 is 0 (no word of
    # _WORD is empty, so it stands for nothing else).
    pad = ("",) * (k - 1)
    padded = np.fromiter(map(_WORD_HASHES.__getitem__, itertools.chain.from_iterable(
        itertools.chain(pad, tokens) for tokens in token_lists)), dtype=np.uint64, count=total)
    h = np.zeros(max(total - k + 1, 0), dtype=np.uint64)
    for j in range(k):
        h = h * np.uint64(0x100000001B3) + padded[j:total - k + 1 + j]
    for shift, multiplier in ((33, 0xFF51AFD7ED558CCD), (33, 0xC4CEB9FE1A85EC53)):
        h ^= h >> np.uint64(shift)
        h *= np.uint64(multiplier)
    h >>= np.uint64(32)
    counts = np.where(lens >= k, lens - k + 1, np.minimum(lens, 1))   # window i ends at padded word i + k - 1
    first = seg + lens - counts
    starts = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    idx = np.arange(int(counts.sum())) - np.repeat(starts - first, counts)
    return h[idx], counts


def pack(keys: list[int]) -> bytes:
    return np.array(keys, dtype=">i8").tobytes()


def unpack(blob: bytes | None) -> list[int]:
    return [int(k) for k in np.frombuffer(blob, dtype=">i8")] if blob else []


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    return np.intersect1d(a, b, assume_unique=True).size


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the larger."""
    if not a.size or not b.size:
        return 0.0
    return _shared(a, b) / min(a.size, b.size)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not a.size or not b.size:
        return 0.0
    shared = _shared(a, b)
    return shared / (a.size + b.size - shared)


# --- the same statement? ------------------------------------------------------------------------------------

def speakers_compatible(a: dict, b: dict) -> bool:
    """Same speaker id, one unresolved, or one name's words all inside the other's ('Biden' / 'Joe Biden')."""
    if not a["speaker_id"] or not b["speaker_id"] or a["speaker_id"] == b["speaker_id"]:
        return True
    na, nb = _name_words(a["speaker_name"]), _name_words(b["speaker_name"])
    return bool(na and nb) and (na <= nb or nb <= na)


@functools.lru_cache(maxsize=50_000)
def _name_words(name: str | None) -> frozenset:
    return frozenset(words(name))


def days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except (TypeError, ValueError):
        return None


def compatible(a: dict, b: dict) -> bool:
    """Could a and b be reports of one statement, whatever the words: speakers compatible, days close."""
    if not speakers_compatible(a, b):
        return False
    apart = days_apart(a["day"], b["day"])
    return apart is None or apart <= DAY_WINDOW


def similar(a: dict, b: dict) -> bool:
    """Are the words of a and b one statement's?
    - In one article: overlapping spans (two readings of one passage) are; otherwise a long passage printed
      twice, or a shorter reading found word for word in a longer one (a stock answer repeated later in a
      briefing, "I'd refer you to ...", is a new answer unless it is the very same words, 6 or more).
    - Texts with different numbers are not ("February 18 saw 1,824 cured" / "February 20 saw 2,109").
    - The same words in two articles are; a short text is when it runs word for word inside the longer one;
      a longer one when most of its shingles are inside the longer one's.
    - An edited copy is: nearly the same words at nearly the same length, no name changed."""
    same_article = a.get("article") is not None and a.get("article") == b.get("article")
    if same_article and None not in (a.get("start"), b.get("start")) \
            and a["start"] < b["end"] and b["start"] < a["end"]:
        return True
    _with_words(a), _with_words(b)
    short, long = sorted((a, b), key=lambda st: len(st["tokens"]))
    n = len(short["tokens"])
    if not same_article and short["tokens"] == long["tokens"]:
        return bool(n)   # the same words, however few, by the same speaker within days, in two reports
    if n < MIN_WORDS or not _numbers(short["tokens"]) <= _numbers(long["tokens"]):
        return False
    quote = short["tokens"][1:] if short["tokens"][0].isdigit() else short["tokens"]   # "1. Start small"
    runs_inside = f" {' '.join(quote)} " in f" {' '.join(long['tokens'])} "
    shingled = containment(a["shingles"], b["shingles"])
    if same_article:
        if n < SAME_ARTICLE_RUN:
            return False
        if runs_inside or (n >= SAME_ARTICLE_WORDS and shingled >= MIN_CONTAINMENT):
            return True
    elif runs_inside or (n >= SHORT_WORDS and shingled >= MIN_CONTAINMENT):
        return True
    elif shingled >= EDITED_CONTAINMENT / 2:
        run = longest_run(short["tokens"], long["shingles"])
        if run >= RUN_WORDS and run >= RUN_SHARE * n:
            return True
    short_words, long_words = set(short["tokens"]), set(long["tokens"])
    return (shingled >= EDITED_CONTAINMENT and len(short_words & long_words) >= EDITED_WORDS * len(short_words)
            and n >= EDITED_LENGTH * len(long["tokens"])
            and not (_names(short["text"]) | _names(long["text"])) & (short_words ^ long_words))


_NAME = re.compile(r"(?<![.!?:\n\"“‘(]\s)(?<!^)\b[A-Z][\w'’-]+")


def _names(text: str) -> set[str]:
    """Folded capitalised words not opening a sentence: a copy with another name is another statement."""
    return {w for m in _NAME.findall(text or "") for w in words(m) if len(w) > 1}


NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million billion trillion first second third fourth fifth sixth seventh eighth ninth tenth
    mln bln""".split())


def _numbers(tokens) -> set[str]:
    """Numbers and number words; a leading list number ("1. Start small") is not part of the words."""
    if tokens and tokens[0].isdigit():
        tokens = tokens[1:]
    return {t for t in tokens if t in NUMBER_WORDS or any(c.isdigit() for c in t)}


def same_statement(a: dict, b: dict) -> bool:
    """a and b: dicts with speaker_id, speaker_name, day, tokens and shingles (see statement())."""
    return compatible(a, b) and similar(a, b)


# --- the incremental update ---------------------------------------------------------------------------------

STATEMENT_SQL = """select s.id, s.text, s.speaker_id, s.speaker_name, coalesce(s.said_on, substr(a.published, 1, 10))
  as day, a.file, s.article_id, s.start, s."end" from statements s left join articles a on a.id = s.article_id"""


def statement(sid, text, speaker_id, speaker_name, day, file=None, article=None, start=None, end=None,
              signature=None) -> dict:
    """What clustering needs of a statement (day: said_on, else the publication day; article and start/end:
    where it is). Its words and shingles are made when a comparison needs them (_with_words); the signature
    may come from the worker that read it."""
    key, n_words, keys = signature or statement_signature(text)
    return {"id": sid, "text": text, "speaker_id": speaker_id, "speaker_name": speaker_name, "day": day,
            "file": file, "article": article, "start": start, "end": end, "text_key": key, "words": n_words,
            "keys": keys}


def statement_signature(text: str) -> tuple[int, int, bytes]:
    """(hash of the folded words, number of words, packed LSH band keys) of a statement's text."""
    tokens = words(text)
    sh = shingles(tokens)
    return text_key(tokens), len(tokens), pack(band_keys(sh) if sh.size else [])


def body_hash(headline: str | None, body: str | None) -> str:
    """The hash of an article's headline and body, spacing aside (exact copies)."""
    return hashlib.sha1((" ".join((headline or "").split()) + "\n" + " ".join((body or "").split()))
                        .encode("utf-8")).hexdigest()


def article_signature(headline: str | None, body: str | None) -> tuple[str, bytes]:
    """(hash of the headline and body, packed LSH band keys of the body's opening) of an article."""
    sh = _article_shingles(body)
    return body_hash(headline, body), pack(band_keys(sh, ARTICLE_BANDS, ARTICLE_ROWS)
                                           if sh.size >= ARTICLE_MIN_SHINGLES else [])


def signatures(article_rows: list[dict], statements: list) -> dict:
    """The signatures of one file's articles and statements, made where the file is read (a worker process),
    so the clustering after the writes only looks up and compares: the same values as article_signature() and
    statement_signature() give, the shingles and minhashes of the whole file made in one numpy batch."""
    tokens = [words(st.text) for st in statements]
    keys = _band_keys_flat(*shingle_batch(tokens))
    flat, counts = shingle_batch([words((a["body"] or "")[:ARTICLE_CHARS]) for a in article_rows],
                                 ARTICLE_SHINGLE_WORDS)
    owner = np.repeat(np.arange(len(counts), dtype=np.uint64), counts)
    sampled = flat % np.uint64(ARTICLE_SAMPLE) == 0
    distinct = sorted_unique((owner[sampled] << np.uint64(32)) | flat[sampled])   # each article's sampled set
    per_article = np.bincount((distinct >> np.uint64(32)).astype(np.int64), minlength=len(counts))
    enough = per_article >= ARTICLE_MIN_SHINGLES
    article_keys = _band_keys_flat(distinct & np.uint64(0xFFFFFFFF), per_article, ARTICLE_BANDS, ARTICLE_ROWS)
    return {"articles": {a["id"]: (body_hash(a["headline"], a["body"]), pack(k if ok else []))
                         for a, k, ok in zip(article_rows, article_keys, enough.tolist())},
            "statements": {st.id: (text_key(t), len(t), pack(k)) for st, t, k in zip(statements, tokens, keys)}}


def _with_words(st: dict) -> dict:
    if "tokens" not in st:
        st["tokens"] = words(st["text"])
        st["shingles"] = shingles(st["tokens"])
    return st


def text_key(tokens: list[str]) -> int:
    return int.from_bytes(hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).digest(), "big",
                          signed=True)


def _statement(row, signature=None) -> dict:
    return statement(*row, signature=signature)


def update(db, files=(), whole=True) -> dict:
    """Bring clusters and article duplicates up to date after an ingest wrote `files` (their sources; or a
    dict source -> signatures(...) of the file), in one transaction. Files with statements or articles never
    clustered (a database built before clustering) are added to the list, and members whose statement is gone
    dropped: `whole=False` leaves these two archive-wide checks (scans of every member and statement) to a
    later call, for the ingest's batches."""
    conn = db.conn
    sigs = {"articles": {}, "statements": {}}
    if isinstance(files, dict):
        for file_sigs in files.values():
            for kind in sigs:
                sigs[kind].update((file_sigs or {}).get(kind, {}))
    with conn:
        if not conn.in_transaction:
            conn.execute("begin")
        files = list(dict.fromkeys(list(files) + (_unclustered_files(conn) if whole else [])))
        dirty = _drop_statements(conn, files, orphans=whole)
        gone_articles = _drop_articles(conn, files)
        added = _add_statements(conn, files, dirty, sigs["statements"])
        _refresh_clusters(conn, dirty)
        _repair_groups(conn, gone_articles)
        duplicates = _add_articles(conn, files, sigs["articles"])
    return {"statements": added, "clusters_touched": len(dirty), "duplicate_articles": duplicates}


def _unclustered_files(conn) -> list[str]:
    files = [r[0] for r in conn.execute("select distinct a.file from statements s join articles a "
                                        "on a.id = s.article_id where s.cluster_id is null")]
    signed = conn.execute("select count(*) from article_signatures").fetchone()[0]
    if signed < conn.execute("select count(*) from articles").fetchone()[0]:
        files += [r[0] for r in conn.execute("select distinct file from articles where id not in "
                                            "(select article_id from article_signatures)")]
    return files


# An IN list's length is part of its SQL text, and the connection keeps the last 128 texts prepared (Python's
# statement cache): one text per list length filled it with the clustering's long IN lists (SQLite's own memory rose
# 3.6 -> 7.6 MB over two copies of bbc-news/politics). A list is padded to the next of these lengths instead (or to
# its chunk's size), its last value repeated: an IN list is a set, so the rows found are the same.
IN_LENGTHS = (1, 4, 16, 64, 256)


def _padded(chunk: list, size: int | None = None) -> tuple[list, str]:
    """(chunk padded to one of IN_LENGTHS or to size, its last value repeated; the placeholders for it)."""
    n = next((m for m in IN_LENGTHS if m >= len(chunk)), size or len(chunk))
    n = min(n, size) if size else n
    chunk = chunk + chunk[-1:] * (n - len(chunk))
    return chunk, ",".join("?" * len(chunk))


def _in_chunks(values, size=500):
    """values in chunks of at most size, each padded for an IN list (_padded), with its placeholders."""
    values = list(values)
    for i in range(0, len(values), size):
        yield _padded(values[i:i + size], size)


def _drop_statements(conn, files, orphans=True) -> set[int]:
    """Forget members whose file is written again, and (orphans) those whose statement is gone; returns their
    clusters."""
    gone = conn.execute("select m.member, m.cluster_id, m.keys from cluster_members m "
                        "left join statements s on s.id = m.statement_id where s.id is null").fetchall() \
        if orphans else []
    for chunk, marks in _in_chunks(files):
        gone += conn.execute(f"select member, cluster_id, keys from cluster_members where file in ({marks})",
                             chunk).fetchall()
    dirty = set()
    seen = set()
    for member, cluster_id, keys in gone:
        if member in seen:
            continue
        seen.add(member)
        dirty.add(cluster_id)
        conn.executemany("delete from cluster_keys where key = ? and member = ?", [(k, member) for k in unpack(keys)])
    for chunk, marks in _in_chunks(seen):
        conn.execute(f"delete from cluster_members where member in ({marks})", chunk)
    return dirty


class _Canonicals:
    """The canonical (longest) copy of each cluster the run touches, loaded on first use."""

    def __init__(self, conn):
        self.conn, self.rows = conn, {}

    def get(self, cluster_id):
        if cluster_id not in self.rows:
            row = self.conn.execute(STATEMENT_SQL + " where s.id = (select m.statement_id from cluster_members m "
                                    "where m.cluster_id = ? order by m.words desc, m.member limit 1)",
                                    [cluster_id]).fetchone()
            self.rows[cluster_id] = _statement(row) if row else None
        return self.rows[cluster_id]

    def bound(self):
        """Forget them all when more than CANONICALS_KEPT are held (with their words and shingles, a few kB
        each), between slices: every member of the slices before is stored by then, so a canonical read again
        is the one that was held."""
        if len(self.rows) > CANONICALS_KEPT:
            self.rows.clear()

    def offer(self, cluster_id, st):
        current = self.get(cluster_id)
        if current is None or st["words"] > current["words"]:
            self.rows[cluster_id] = st


def _add_statements(conn, files, dirty: set[int], sigs: dict) -> int:
    """Cluster the statements of files, in file order, 200 files at a time and at most SLICE_STATEMENTS
    statements at a time (a Reuters SGML file holds 1,000 articles): the stored members sharing a band key with
    the slice are read in one query; the slice's own members are indexed in memory, then written, so the next
    slice finds them stored."""
    canonicals = _Canonicals(conn)
    ids = {"member": (conn.execute("select max(member) from cluster_members").fetchone()[0] or 0) + 1,
           "cluster": (conn.execute("select max(id) from statement_clusters").fetchone()[0] or 0) + 1}
    added = 0
    for chunk, marks in _in_chunks(files, 200):
        # Read a slice at a time (not the batch's statements at once): the slices' writes go to the cluster
        # tables, never to the statements this cursor reads.
        cursor = conn.execute(STATEMENT_SQL + f" where a.file in ({marks}) order by s.rowid", chunk)
        while rows := cursor.fetchmany(SLICE_STATEMENTS):
            canonicals.bound()
            added += _add_slice(conn, [_statement(r, sigs.get(r[0])) for r in rows], dirty, canonicals, ids)
    return added


def _add_slice(conn, statements, dirty, canonicals, ids) -> int:
    n_keys = np.fromiter((len(st["keys"]) // 8 for st in statements), dtype=np.int64, count=len(statements))
    flat = np.frombuffer(b"".join(st["keys"] for st in statements), dtype=">i8").astype(np.int64)
    owner = np.repeat(np.arange(len(statements)), n_keys)
    index = _stored_members(conn, set(flat.tolist()), {st["text_key"] for st in statements})
    # Only a key another statement has (stored, or in this slice) can bring a candidate: the others are
    # left out of the in-memory index and of the look-ups.
    _, inverse, counts = np.unique(flat, return_inverse=True, return_counts=True)
    stored = np.fromiter((k for k in index if not isinstance(k, tuple)), dtype=np.int64)
    useful = (counts[inverse] > 1) | np.isin(flat, stored)
    split_at = np.cumsum(np.bincount(owner[useful], minlength=len(statements)))[:-1]
    keys_of = [part.tolist() for part in np.split(flat[useful], split_at)] if statements else []
    first_member = ids["member"]
    local: dict[int, dict] = {}
    in_run: dict[tuple, list] = {}   # (cluster, article) -> this slice's statements, not written yet
    member_rows, new_clusters = [], []
    for st, keys in zip(statements, keys_of):
        cluster_id = _best_cluster(conn, st, keys, index, local, canonicals, in_run)
        if cluster_id is None:
            cluster_id = ids["cluster"]
            ids["cluster"] += 1
            new_clusters.append((cluster_id, st["id"]))
            canonicals.rows[cluster_id] = st
        else:
            canonicals.offer(cluster_id, st)
        dirty.add(cluster_id)
        member = ids["member"]
        ids["member"] += 1
        entry = (member, cluster_id, st["id"], st["speaker_id"], st["speaker_name"], st["day"], st["text_key"])
        for k in keys:   # a hot key's first HOT_KEY members are enough candidates
            entries = index.get(k)
            if entries is None:
                index[k] = [entry]
            elif len(entries) < HOT_KEY:
                entries.append(entry)
        index.setdefault(("exact", st["text_key"]), []).append(entry)
        local[member] = st
        in_run.setdefault((cluster_id, st["article"]), []).append(st)
        member_rows.append((member, st["id"], cluster_id, st["file"], st["speaker_id"], st["speaker_name"],
                            st["day"], st["words"], st["text_key"], st["keys"]))
    conn.executemany("insert into statement_clusters (id, canonical_id) values (?, ?)", new_clusters)
    conn.executemany("""insert into cluster_members (member, statement_id, cluster_id, file, speaker_id,
        speaker_name, day, words, text_key, keys) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", member_rows)
    order = np.lexsort((owner, flat))   # by key: the index pages written in order
    conn.executemany("insert or ignore into cluster_keys (key, member) values (?, ?)",
                     zip(flat[order].tolist(), (owner[order] + first_member).tolist()))
    return len(member_rows)


MEMBER_ENTRY = "m.member, m.cluster_id, m.statement_id, m.speaker_id, m.speaker_name, m.day, m.text_key"


def _stored_members(conn, keys, text_keys) -> dict:
    """band key -> [(member, cluster_id, statement_id, speaker_id, speaker_name, day, text_key)] in the database,
    and ("exact", text_key) -> the members with those very words (found by their hash, whatever the bands).
    The rows come in key order, then member order (the order the primary key and the text_key index give: the
    ORDER BY costs no sort), whatever the length of the IN list: a hot key's first HOT_KEY members are its
    oldest."""
    index: dict = {}
    # One entry per member, however many of the slice's keys it shares (12 a statement; a slice whose statements
    # all have stored twins meets each twin under every key): the rows give a new tuple and new strings each time.
    entries: dict[int, tuple] = {}
    for chunk, marks in _in_chunks(sorted(keys), 900):
        for key, *entry in conn.execute(f"""select k.key, {MEMBER_ENTRY} from cluster_keys k
                join cluster_members m on m.member = k.member where k.key in ({marks})
                order by k.key, k.member""", chunk):
            # A member is kept only when its key takes it: a hot key's members past its first HOT_KEY (more of
            # them the larger the archive) go with their row.
            found = index.setdefault(key, [])
            if len(found) < HOT_KEY:
                found.append(entries.get(entry[0]) or entries.setdefault(entry[0], tuple(entry)))
    for chunk, marks in _in_chunks(sorted(text_keys), 900):
        for entry in conn.execute(f"select {MEMBER_ENTRY} from cluster_members m where m.text_key in ({marks}) "
                                  "order by m.text_key, m.member", chunk):
            index.setdefault(("exact", entry[-1]), []).append(entries.get(entry[0]) or tuple(entry))
    return index


def _best_cluster(conn, st, keys, index, local, canonicals, in_run) -> int | None:
    """The cluster of the candidate sharing most band keys that is the same statement, or None. Speakers and
    days are checked on the member entries first, so only plausible candidates have their text read."""
    shared: dict[int, int] = {}
    entries = {}
    for entry in index.get(("exact", st["text_key"]), ()):   # exact copies first
        shared[entry[0]] = len(keys) + 1
        entries[entry[0]] = entry
    for k in keys:
        for entry in index.get(k, ()):
            shared[entry[0]] = shared.get(entry[0], 0) + 1
            entries[entry[0]] = entry
    read = 0
    for member in sorted(shared, key=lambda m: (-shared[m], m)):
        _, cluster_id, sid, speaker_id, speaker_name, day, key = entries[member]
        if not compatible(st, {"speaker_id": speaker_id, "speaker_name": speaker_name, "day": day}):
            continue
        read += 1
        if read > CANDIDATES_READ:
            break
        if not (key == st["text_key"] and st["words"] >= SAME_ARTICLE_WORDS):   # a long exact copy: no reading
            other = local.get(member)
            if other is None:
                row = conn.execute(STATEMENT_SQL + " where s.id = ?", [sid]).fetchone()
                other = _statement(row) if row else None
            if other is None or not similar(st, other):
                continue
            # An exact copy of a member joins the member's cluster: the member passed the canonical check when
            # it joined (or joined by overlapping a passage in its own article), and the copy brings no new words.
            # Checking the copy against the canonical instead would make the outcome depend on the order.
            canonical = None if key == st["text_key"] else canonicals.get(cluster_id)
            if not (canonical is None or canonical["id"] == sid or same_statement(st, canonical)):
                continue
        if _fits_article(conn, st, cluster_id, in_run):
            return cluster_id
    return None


def _fits_article(conn, st, cluster_id, in_run) -> bool:
    """A cluster holds two statements of one article only when they are one statement by the rules for one
    article (a briefing's two "Said." stay apart even when a copy of the briefing joins one of them)."""
    same = list(in_run.get((cluster_id, st["article"]), ()))
    same += [_statement(r) for r in conn.execute(
        STATEMENT_SQL + " join cluster_members m on m.statement_id = s.id where m.cluster_id = ? and s.article_id = ?",
        [cluster_id, st["article"]])]
    return all(similar(st, other) for other in same)


def _refresh_clusters(conn, cluster_ids):
    """Canonical (longest copy, then earliest reported), dates and counts of these clusters; empty ones go."""
    for chunk, marks in _in_chunks(cluster_ids):
        conn.execute(f"""update statements set cluster_id = (select m.cluster_id from cluster_members m
            where m.statement_id = statements.id)
            where id in (select statement_id from cluster_members where cluster_id in ({marks}))""", chunk)
        conn.execute(f"""update statement_clusters set
              canonical_id = (select m.statement_id from cluster_members m join statements s on s.id = m.statement_id
                left join articles a on a.id = s.article_id where m.cluster_id = statement_clusters.id
                order by m.words desc, a.published, m.member limit 1),
              first_said = (select min(coalesce(s.said_on, substr(a.published, 1, 10))) from statements s
                left join articles a on a.id = s.article_id where s.cluster_id = statement_clusters.id),
              first_reported = (select min(a.published) from statements s join articles a on a.id = s.article_id
                where s.cluster_id = statement_clusters.id),
              reports = (select count(*) from cluster_members m where m.cluster_id = statement_clusters.id),
              outlets = (select count(distinct a.outlet) from statements s join articles a on a.id = s.article_id
                where s.cluster_id = statement_clusters.id)
            where id in ({marks})""", chunk)
        conn.execute(f"delete from statement_clusters where id in ({marks}) and reports = 0", chunk)


# --- articles -----------------------------------------------------------------------------------------------

def _drop_articles(conn, files) -> set[str]:
    """Forget the signatures of deleted or re-written articles; returns their ids (a group whose first copy
    is gone or re-written is repaired by _repair_groups)."""
    gone = conn.execute("select g.article_id, g.keys from article_signatures g left join articles a "
                        "on a.id = g.article_id where a.id is null").fetchall()
    for chunk, marks in _in_chunks(files):
        gone += conn.execute(f"select article_id, keys from article_signatures where file in ({marks})",
                             chunk).fetchall()
    gone = dict(gone)
    for article_id, keys in gone.items():
        conn.executemany("delete from article_keys where key = ? and article_id = ?",
                         [(k, article_id) for k in unpack(keys)])
        conn.execute("delete from article_signatures where article_id = ?", [article_id])
    return set(gone)


def _article_shingles(body) -> np.ndarray:
    """Sampled shingles of the body's opening (enough to tell a copy; long transcripts cost no more)."""
    return shingles(words((body or "")[:ARTICLE_CHARS]), ARTICLE_SHINGLE_WORDS, ARTICLE_SAMPLE)


def _add_articles(conn, files, sigs: dict) -> int:
    duplicates = 0
    for chunk, marks in _in_chunks(files):
        rows = conn.execute(f"select id, file, headline, body from articles where file in ({marks}) order by rowid",
                            chunk).fetchall()
        for article_id, file, headline, body in rows:
            body_hash, packed = sigs.get(article_id) or article_signature(headline, body)
            keys = unpack(packed)
            original = _copy_of(conn, article_id, body_hash, keys, body)
            conn.execute("insert or replace into article_signatures (article_id, file, body_hash, keys) "
                         "values (?, ?, ?, ?)", [article_id, file, body_hash, packed])
            conn.executemany("insert or ignore into article_keys (key, article_id) values (?, ?)",
                             [(k, article_id) for k in keys])
            if original is not None:
                root = _root(conn, original)
                if root != article_id:
                    conn.execute("update articles set duplicate_of = ? where id = ?", [root, article_id])
                _point_to_first(conn, _group(conn, root))
                duplicates += 1
    return duplicates


def _copy_of(conn, article_id, body_hash, keys, body) -> str | None:
    row = conn.execute("select article_id from article_signatures where body_hash = ? and article_id != ? "
                       "limit 1", [body_hash, article_id]).fetchone()
    if row:
        return row[0]
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    sh = None
    for other_id, other_body in conn.execute(
            f"""select k.article_id, a.body from article_keys k join articles a on a.id = k.article_id
                where k.key in ({marks}) and k.article_id != ? group by k.article_id
                order by count(*) desc limit 20""", keys + [article_id]).fetchall():
        sh = _article_shingles(body) if sh is None else sh
        if jaccard(sh, _article_shingles(other_body)) >= ARTICLE_MIN_JACCARD:
            return other_id
    return None


def _root(conn, article_id) -> str:
    row = conn.execute("select duplicate_of from articles where id = ?", [article_id]).fetchone()
    return row[0] if row and row[0] else article_id


def _group(conn, root) -> list[str]:
    return [r[0] for r in conn.execute("select id from articles where id = ? or duplicate_of = ?", [root, root])]


def _point_to_first(conn, ids):
    if not ids:
        return
    padded, marks = _padded(list(ids))
    ordered = [r[0] for r in conn.execute(f"select id from articles where id in ({marks}) "
                                          "order by published is null, published, rowid", padded)]
    first = ordered[0]
    conn.execute("update articles set duplicate_of = null where id = ?", [first])
    conn.executemany("update articles set duplicate_of = ? where id = ?", [(first, i) for i in ordered[1:]])


def _repair_groups(conn, roots):
    """After deletions and re-writes: the remaining members of each group get their first copy again."""
    for root in roots:
        _point_to_first(conn, _group(conn, root))
