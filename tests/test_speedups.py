"""The ingest's speedups change how, never what: each fast path gives what its plain definition gives, on real
text of the corpora."""
import re

from pressarchive import store
from pressarchive.extract.transcripts import NAME_RUN, Person, _fuller, _name_of_run
from pressarchive.extract.layout import CASE_CUES, CUE_FORMS, PRONOUN_JUST_BEFORE, PROGRESSIVE_THAT_CUES, REQUESTED, WORD, \
    _MULTIWORD, adjective_before_noun, defended_with_case, find_cues, prepositional_noun
from pressarchive.extract.mentions import Mention, _parse_at_zero, parse_np, tokens
from pressarchive.normalize import _fold, fold


def cues_by_every_word(body, lo, hi):
    """The definition: every lower-case word looked up, a phrasal verb when the next word follows one space on (or the
    next two: "joined calls for", "made it clear"), "defend" only with a case after it, "request" only with an
    addressee and an infinitive (or "that") after it, "reply" and "answer" not between "in" and "to", a participle not
    before a noun it describes ("confirmed cases")."""
    out = []
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(body, lo, hi)]
    for k, (start, end, word) in enumerate(words):
        follow = _MULTIWORD.get(word)
        if follow and k + 1 < len(words) and words[k + 1][2] in follow and words[k + 1][0] == end + 1:
            if not word.endswith("ing") and CUE_FORMS[follow[words[k + 1][2]]] in PROGRESSIVE_THAT_CUES and \
                    PRONOUN_JUST_BEFORE.search(body, max(0, start - 30), start) is None:
                continue     # ("reported that" frames after "he" or "she" only)
            out.append((start, words[k + 1][1], follow[words[k + 1][2]]))
        elif follow and k + 2 < len(words) and f"{words[k + 1][2]} {words[k + 2][2]}" in follow and \
                words[k + 1][0] == end + 1 and words[k + 2][0] == words[k + 1][1] + 1:
            out.append((start, words[k + 2][1], follow[f"{words[k + 1][2]} {words[k + 2][2]}"]))
        elif word in CUE_FORMS:
            if prepositional_noun(body, start, end, word) or adjective_before_noun(body, end, word):
                continue     # ("in reply to reporters' queries": a noun of the occasion; "confirmed cases": an adjective)
            if CUE_FORMS[word] in CASE_CUES and not defended_with_case(body, end, hi):
                continue     # ("defended the action": a cue only with what is defended as a plan, reason or judgement)
            if CUE_FORMS[word] == "request" and not REQUESTED.match(body, end, hi):
                continue     # ("requested anonymity": a cue only with an addressee and an infinitive or "that")
            out.append((start, end, word))
    return out


def texts(corpora):
    folders = ["bbc-news/politics", "reuters21578", "whitehouse-briefing-room"]
    for folder in folders:
        for path in sorted(p for p in (corpora / folder).rglob("*") if p.is_file())[:40]:
            yield path.read_bytes()[:100_000].decode("utf-8", "replace")


def test_find_cues_is_the_word_by_word_scan(corpora):
    checked = 0
    for body in texts(corpora):
        for lo, hi in [(0, len(body)), (len(body) // 3, len(body) // 2)]:
            found = [(c.start(), c.end(), c.group()) for c in find_cues(body, lo, hi)]
            assert found == cues_by_every_word(body, lo, hi)
            checked += len(found)
    assert checked > 500     # the texts hold cues, so the comparison meant something


def test_fold_cached_or_not_gives_the_same(corpora):
    for body in texts(corpora):
        for word in body.split()[:300]:
            assert fold(word) == _fold(word)


def test_parse_np_copies_do_not_leak_into_the_cache():
    toks = tokens("Foreign Ministry Spokesperson Le Hai Binh")
    first = parse_np(toks)
    first.role = "changed by a caller"
    second = parse_np(toks)
    assert second.name == "Le Hai Binh" and second.role != "changed by a caller"


def test_parse_np_moved_from_offset_zero_is_the_parse_in_place(corpora):
    """parse_np caches each phrase by its words and their offsets from its first word, and moves the Mention to
    where the words stand: the same as the rules run on the tokens in place (the phrases before each "said"; a
    phrase met again elsewhere in the corpora is a cache hit)."""
    checked = 0
    before = _parse_at_zero.cache_info().hits
    for body in texts(corpora):
        for said in re.finditer(r" (?:said|says)\b", body):
            toks = tokens(body[max(0, said.start() - 80):said.start()], max(0, said.start() - 80))
            for n in (1, 2, 3, 4, 6):
                if len(toks) < n:
                    break
                found, plain = parse_np(toks[-n:]), _parse_at_zero.__wrapped__(tuple(toks[-n:]))
                assert found == plain
                checked += isinstance(found, Mention)
    hits = _parse_at_zero.cache_info().hits - before
    assert checked > 300 and hits > 100     # real mentions, some of them read from the cache at another offset


def test_bounded_writer_caches_lose_nothing(corpora, run_ingest, tmp_path, monkeypatch):
    """The writer forgets the speakers it kept once its cache is full (memory stays flat): speakers met again after
    that are read back from the database, so the speakers table is the same as with a cache that never empties.
    Whitehouse statements name the same officials again and again, across many batches."""
    folder = corpora / "whitehouse-briefing-room"
    files = sorted(p for p in folder.rglob("*.md"))[:120]
    for p in files:
        (tmp_path / "in" / p.relative_to(folder)).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / p.relative_to(folder)).write_bytes(p.read_bytes())
    kept, _ = run_ingest(tmp_path / "kept.db", [tmp_path / "in"], batch_articles=10)
    monkeypatch.setattr(store, "SPEAKER_CACHE", 0)     # forget at every batch
    forgot, _ = run_ingest(tmp_path / "forgot.db", [tmp_path / "in"], batch_articles=10)
    rows = "select * from speakers order by id"
    assert len(list(kept.query(rows))) > 20
    assert list(forgot.query(rows)) == list(kept.query(rows))


def fuller_by_every_run(person, body):
    """The definition of transcripts._fuller: every capitalised run of the body read in order."""
    for m in NAME_RUN.finditer(body):
        name, role = _name_of_run(body, m)
        if name and fold(name).split()[-1:] == person.words[-1:] and len(name) > len(person.name.strip("’'")):
            return name, role or person.role
    return person.name.strip("’'"), person.role


def test_fuller_names_are_those_of_the_run_by_run_scan(corpora):
    folders = ["whitehouse-briefing-room", "china-mfa-presscon-html"]
    checked = longer = 0
    for folder in folders:
        for path in sorted(p for p in (corpora / folder).rglob("*") if p.is_file())[:25]:
            body = path.read_text(encoding="utf-8", errors="replace")[:60_000]
            surnames = {m.group(0).split()[-1] for m in NAME_RUN.finditer(body)}
            for surname in sorted(surnames)[:30] + ["Nobody", "N.", "Kirby’"]:
                person = Person(surname, "Spokesperson")
                found = _fuller(person, body)
                assert (found.name, found.role) == fuller_by_every_run(person, body)
                checked += 1
                longer += found.name != surname
    assert checked > 500 and longer > 50     # real names, many of them found in a fuller form


def test_plain_inline_fast_path_changes_nothing(corpora, monkeypatch):
    from pressarchive.read import markdown
    paragraphs = []
    for path in sorted((corpora / "whitehouse-briefing-room").rglob("*.md"))[:200]:
        content = path.read_text(encoding="utf-8").split("---", 2)[-1].replace("\u00a0", " ")
        paragraphs += [" ".join(p.split("\n")) for p in content.split("\n\n") if p.strip()]
    paragraphs += ["A *word* and **more**", "x &amp; y", "[a](http://b) c", "  plain   words  ", "tag <b>x</b>", "\\*"]
    fast = [markdown.plain_inline(p) for p in paragraphs]
    plain = sum(1 for p in paragraphs if not markdown.INLINE_SYNTAX.search(p))
    monkeypatch.setattr(markdown, "INLINE_SYNTAX", re.compile(""))     # matches everywhere: every rule runs
    assert fast == [markdown.plain_inline(p) for p in paragraphs]
    assert plain > 500 and len(paragraphs) - plain > 100     # both paths were compared on real text


def test_front_matter_fast_loader_reads_what_the_bounded_loader_reads(corpora):
    import yaml
    from pathlib import Path
    from pressarchive.read import markdown
    assert markdown.FAST_LOADER is not None     # PyYAML built with libyaml: else the speedup is silently lost
    own = Path(__file__).resolve().parent.parent / "eval" / "own"
    files = sorted((corpora / "whitehouse-briefing-room").rglob("*.md"))[:300] + sorted(own.rglob("*.md"))
    blocks = [m.group(1) for f in files if (m := markdown.FRONT_MATTER.match(f.read_text(encoding="utf-8")))]
    blocks += ["title: 'a: b'\ndate: 2020-01-02", "x: [1, [2, 3]]", "bad: [unclosed", "t: \"x\\ty\""]
    for block in blocks:
        try:
            slow = yaml.load(block, Loader=markdown.front_matter_loader(50))
        except yaml.YAMLError as e:
            slow = type(e)
        try:
            fast = markdown.read_front_matter(block, 50)
        except Exception as e:     # the ReadError made of the pure-Python loader's error
            fast = type(e.__cause__)
        assert fast == (slow or {}), block
    assert len(blocks) > 300


def test_surname_subject_is_the_one_pattern_search(corpora):
    """resolve.last_surname_subject looks each copy of a surname up among the sentence openers instead of compiling
    one pattern per surname: the same last match as that pattern, on real text (every capitalised word as a
    surname, in folded form as the resolver passes it, at several positions)."""
    from pressarchive.resolve import SUBJECT_AFTER_NAME, last_surname_subject, sentence_openers

    def by_one_pattern(body, surname, pos):
        opener = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w’'-]+[ \t]+(?i:%s))(?=%s)"
                            % (re.escape(surname), SUBJECT_AFTER_NAME.pattern))
        found = None
        for found in opener.finditer(body, 0, pos):
            pass
        return (found.start(1), found.end(1)) if found else None

    checked = found = 0
    for body in list(texts(corpora))[::3]:
        body = body[:20_000]
        openers = sentence_openers(body)
        names = {fold(w) for w in re.findall(r"(?<=[ \t])[A-Z][\w’'-]+", body)}
        for surname in sorted(n for n in names if n and " " not in n)[:40] + ["nobody", "o'neill"]:
            for pos in (len(body), len(body) // 2, body.find(" said") + 1):
                got = last_surname_subject(body, surname, pos, openers)
                assert got == by_one_pattern(body, surname, pos) == last_surname_subject(body, surname, pos)
                checked += 1
                found += got is not None
    assert checked > 1000 and found > 30     # real subjects were found, so the comparison meant something


def test_presidents_voice_word_gate_changes_nothing(corpora):
    """transcripts._in_presidents_voice looks for one word of its phrases before taking a text's quotations out: the
    same answer as the search without that gate, on White House pages (where it is in the President's voice)
    and news."""
    from pressarchive.extract.transcripts import PRESIDENTS_VOICE, QUOTED, _in_presidents_voice
    bodies = [p.read_text(encoding="utf-8", errors="replace")
              for p in sorted((corpora / "whitehouse-briefing-room").rglob("*.md"))[:400]] + list(texts(corpora))
    bodies += ['my“quoted”Administration', 'As “x” President, I', 'I am returning “it” herewith']
    answers = [_in_presidents_voice(b) for b in bodies]
    assert answers == [bool(PRESIDENTS_VOICE.search(QUOTED.sub(" ", b))) for b in bodies]
    assert sum(answers) > 5 and len(answers) - sum(answers) > 100     # both answers met on real text


def test_fold_words_is_fold_split(corpora):
    """topics.scores reads the folded words without joining and splitting them: the same words, short texts
    (cached fold) and long ones alike."""
    from pressarchive.normalize import fold_words
    for body in texts(corpora):
        for n in (20, 80, 81, 3000):
            part = body[:n]
            assert fold_words(part) == fold(part).split()


def test_sorted_unique_is_np_unique(corpora):
    """The shingle sets made without np.unique (its overhead per small array, its lazy numpy.ma import) are the
    same arrays: the statements' shingles of real text, and the empty and one-value cases."""
    import numpy as np

    from pressarchive.cluster import shingle_sequence, sorted_unique, words
    for body in texts(corpora):
        for sentence in body.split(".")[:20]:
            seq = shingle_sequence(words(sentence)) if words(sentence) else np.zeros(0, np.uint64)
            got, want = sorted_unique(seq), np.unique(seq)
            assert got.dtype == want.dtype and np.array_equal(got, want)
    for a in (np.zeros(0, np.uint64), np.array([7, 7, 7], np.uint64)):
        assert np.array_equal(sorted_unique(a), np.unique(a))


def test_topic_scores_count_each_phrase_as_the_word_by_word_scan(corpora):
    """Distinct words counted once each (Counter) give the scores the word-by-word loop gave."""
    from pathlib import Path

    from pressarchive.topics import Taxonomy
    taxonomy = Taxonomy.load(Path(__file__).resolve().parent.parent / "data" / "topics.yml")

    def by_every_word(text):
        words = fold(text).split()
        out = {}
        for word in words:
            for slug in taxonomy._word_topics(word):
                out[slug] = out.get(slug, 0) + 1
        for i, word in enumerate(words):
            for n in range(2, taxonomy.longest + 1):
                head = tuple(words[i:i + n - 1])
                if head not in taxonomy.heads or i + n > len(words):
                    break
                last = words[i + n - 1]
                slugs = set(taxonomy.exact.get(head + (last,), ()))
                for cut in range(1, len(last) + 1):
                    slugs |= taxonomy.stems.get(head + (last[:cut],), set())
                for slug in slugs:
                    out[slug] = out.get(slug, 0) + 1
        return out
    checked = 0
    for body in texts(corpora):
        for text in (body[:3000], body[:300]):
            want = by_every_word(text)
            assert taxonomy.scores(text) == want
            checked += sum(want.values())
    assert checked > 100


def test_issuer_line_word_gate_changes_nothing(corpora):
    """ISSUER_LINE and FULL_STATEMENT are tried only on a line holding one of STATEMENT_WORDS: on real paragraphs
    neither pattern matches a line the gate leaves out."""
    from pressarchive.extract.transcripts import FULL_STATEMENT, ISSUER_LINE, STATEMENT_WORDS
    lines = [line for body in texts(corpora) for line in body.split("\n") if line.strip()]
    matched = 0
    for line in lines:
        found = ISSUER_LINE.match(line) or FULL_STATEMENT.match(line)
        if found:
            matched += 1
            assert any(w in line for w in STATEMENT_WORDS), line
    assert len(lines) > 1000


def test_summary_keeps_the_messages_it_prints():
    """The summary counts every problem and keeps only the messages it prints, with the rest counted."""
    from pressarchive.pipeline import SHOWN_MESSAGES, Summary
    summary = Summary()
    for k in range(SHOWN_MESSAGES + 7):
        summary.problem(f"inbox/{k}.txt: empty file")
    assert summary.problems == SHOWN_MESSAGES + 7 and len(summary.messages) == SHOWN_MESSAGES
    lines = list(summary.lines())
    assert lines[-1] == "  ... and 7 more (see the problems table)"
    assert lines[5] == "  problem: inbox/0.txt: empty file"
