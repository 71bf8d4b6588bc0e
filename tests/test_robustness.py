"""Nothing lost: every bad file gives a problem row with a clear message, everything else is ingested, a fixed
file is ingested on the next run; incremental re-runs, changed files, --prune, --quiet; the full corpora."""
import gzip
import json
import os
import shutil

import pytest
from click.testing import CliRunner

from pressarchive.cli import cli


def outcome(db, source):
    return db["sources"].get(source)


def problems_of(db, source):
    return [r["message"] for r in db.query("select message from problems where source = ? or source like ?",
                                           [source, source + "#%"])]


@pytest.fixture
def mixed_folder(corpora, tmp_path):
    """Good files from the corpora next to one bad file of each kind."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(corpora / "seeds" / "000_b936ad9e30ec9187.txt", folder / "good.txt")
    page = corpora / "china-mfa-presscon-html" / "eng" / "t1558711.html"
    shutil.copy(page, folder / "good.html")
    lines = [json.dumps({"title": f"Item {i}", "maintext": f"The minister said item {i} was ready.",
                         "url": f"https://example.org/{i}", "date_publish": "2020-01-02 10:00:00"}) for i in range(3)]
    (folder / "items.jsonl").write_text(lines[0] + "\n" + '{"title": "broken", "maintext": "cut' + "\n"
                                        + "\n".join(lines[1:]) + "\n")
    packed = gzip.compress(page.read_bytes())
    (folder / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "invalid.rss").write_bytes(b"<?xml version='1.0'?><rss version='2.0'><channel><<<>>>")
    (folder / "empty.txt").write_bytes(b"")
    with open(folder / "huge.txt", "wb") as f:   # 50 MB, over the 20 MB default limit
        line = b"The spokesperson said the talks would continue next week.\n"
        f.write(line * (50 * 1024 * 1024 // len(line) + 1))
    os.symlink(folder / "no-such-file.txt", folder / "dangling.txt")
    return folder


BAD = {
    "truncated.html.gz": "truncated gzip",
    "binary.txt": "binary content",
    "invalid.rss": "not a valid RSS/Atom feed",
    "empty.txt": "empty file",
    "huge.txt": "file too large: 52.4 MB, over the 21 MB limit",
    "dangling.txt": "cannot read the file",
}


def test_each_bad_file_is_a_problem_and_the_rest_is_ingested(mixed_folder, tmp_path, run_ingest):
    db, summary = run_ingest(tmp_path / "a.db", [mixed_folder])
    for name, message in BAD.items():
        source = f"inbox/{name}"
        assert outcome(db, source)["outcome"] == "failed", name
        assert any(message in m for m in problems_of(db, source)), (name, problems_of(db, source))
        assert any(m.startswith(source) for m in summary.messages)
    assert summary.failed == len(BAD)
    assert outcome(db, "inbox/good.txt")["outcome"] == "ok"
    assert outcome(db, "inbox/good.html")["format"] == "html"
    jsonl = outcome(db, "inbox/items.jsonl")
    assert jsonl["outcome"] == "partial" and jsonl["articles"] == 3
    (message,) = problems_of(db, "inbox/items.jsonl")
    assert message.startswith("line 2: invalid JSON: Unterminated string") and "column" in message
    assert db["articles"].count == 2 + 3
    row = outcome(db, "inbox/good.html")
    assert row["sha256"] and row["size"] == (mixed_folder / "good.html").stat().st_size and row["ingested_at"]

    # Fix every file; the next run ingests them and clears their problems.
    page = (mixed_folder / "good.html").read_bytes()
    (mixed_folder / "truncated.html.gz").write_bytes(gzip.compress(page))
    (mixed_folder / "binary.txt").write_text("Officials said the border would reopen on Monday.\n")
    (mixed_folder / "empty.txt").write_text("The ambassador said the embassy would stay open.\n")
    (mixed_folder / "huge.txt").write_text("The minister said the plan was sound.\n")
    (mixed_folder / "dangling.txt").unlink()
    (mixed_folder / "dangling.txt").write_text("A spokesman said nothing had changed.\n")
    (mixed_folder / "invalid.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><item><title>Talks</title>"
        "<link>https://example.org/talks</link><description>The envoy said talks went well.</description>"
        "</item></channel></rss>")
    items = (mixed_folder / "items.jsonl").read_text().splitlines()
    (mixed_folder / "items.jsonl").write_text("\n".join(items[:1] + items[2:]) + "\n")
    db, again = run_ingest(tmp_path / "a.db", [mixed_folder])
    assert again.failed == 0 and again.problems == 0
    assert again.unchanged == 2   # good.txt, good.html
    for name in list(BAD) + ["items.jsonl"]:
        assert outcome(db, f"inbox/{name}")["outcome"] == "ok", name
        assert problems_of(db, f"inbox/{name}") == []


def test_unreadable_file(tmp_path, run_ingest):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop reads (the dangling symlink covers unreadable files)")
    folder = tmp_path / "in"
    folder.mkdir()
    locked = folder / "locked.txt"
    locked.write_text("The minister said so.\n")
    locked.chmod(0)
    try:
        db, summary = run_ingest(tmp_path / "u.db", [folder])
        assert problems_of(db, "in/locked.txt") == ["cannot read the file: permission denied"]
    finally:
        locked.chmod(0o644)
    db, summary = run_ingest(tmp_path / "u.db", [folder])
    assert outcome(db, "in/locked.txt")["outcome"] == "ok"


def test_incremental_changed_file_replaced_and_prune(corpora, tmp_path, run_ingest):
    folder = tmp_path / "feeds"
    folder.mkdir()
    feeds = sorted((corpora / "state-dept-press-releases-rss").glob("*.rss"))[:3]
    for f in feeds:
        shutil.copy(f, folder / f.name)
    db, first = run_ingest(tmp_path / "i.db", [folder])
    counts = [f.read_bytes().count(b"<item>") for f in feeds]
    assert first.articles == sum(counts) and db["articles"].count == sum(counts)

    db, again = run_ingest(tmp_path / "i.db", [folder])
    assert again.unchanged == 3 and again.articles == 0 and db["articles"].count == sum(counts)

    # Drop the last item of the first feed: its article goes, the others keep their ids.
    changed = folder / feeds[0].name
    data = changed.read_bytes()
    start = data.rindex(b"<item>")
    changed.write_bytes(data[:start] + data[data.index(b"</item>", start) + len(b"</item>"):])
    ids_before = {r["id"] for r in db.query("select id from articles where file = ?", [f"feeds/{feeds[0].name}"])}
    db, third = run_ingest(tmp_path / "i.db", [folder])
    ids_after = {r["id"] for r in db.query("select id from articles where file = ?", [f"feeds/{feeds[0].name}"])}
    assert third.unchanged == 2 and len(ids_after) == counts[0] - 1 and ids_after < ids_before
    assert db["articles"].count == sum(counts) - 1

    # A removed file keeps its rows until --prune.
    (folder / feeds[1].name).unlink()
    db, fourth = run_ingest(tmp_path / "i.db", [folder])
    assert db["articles"].count == sum(counts) - 1
    db, fifth = run_ingest(tmp_path / "i.db", [folder], prune_missing=True)
    assert fifth.pruned == 1 and db["articles"].count == sum(counts) - 1 - counts[1]
    assert db["sources"].count == 2


def test_progress_callback_sees_every_file_and_quiet_prints_nothing(corpora, tmp_path, run_ingest):
    folder = corpora / "seeds"
    seen = []

    def progress(results, total):
        for r in results:
            seen.append(r.source)
            yield r

    db, summary = run_ingest(tmp_path / "p.db", [folder], progress=progress)
    assert len(seen) == summary.files == len([p for p in folder.iterdir() if p.is_file()])
    runner = CliRunner()
    quiet = runner.invoke(cli, [str(tmp_path / "q.db"), str(folder), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""
    loud = runner.invoke(cli, [str(tmp_path / "q2.db"), str(folder)])
    assert loud.exit_code == 0 and "articles: 2" in loud.output and "ingesting" not in loud.output   # no tty


def test_full_corpora_every_file_accounted_for(full_ingest, corpora):
    db, first, again = full_ingest
    files = [p for p in corpora.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert first.files == len(files) == db["sources"].count
    assert first.files == first.skipped + first.failed + db["sources"].count_where("outcome in ('ok', 'partial')")

    def articles(prefix, where="1=1"):
        return db.execute(f"select count(*) from articles where file like ? and {where}", [prefix + "%"]).fetchone()[0]

    assert articles("corpora/whitehouse-briefing-room/") == 1109
    assert articles("corpora/state-dept-press-releases-rss/") == 500
    assert articles("corpora/china-mfa-presscon-html/eng/", "language = 'en'") == 200
    assert articles("corpora/china-mfa-presscon-html/zh/", "language = 'zh'") == 10
    for name in ("listing/default.html", "listing/default_1.html", "listing/default_10.html", "other/error.html"):
        row = db["sources"].get(f"corpora/china-mfa-presscon-html/{name}")
        assert row["outcome"] == "failed" and ("listing page" in row["message"] or "error page" in row["message"])
    # Every failed file has its problem row; nothing silently dropped.
    for row in db.query("select source from sources where outcome = 'failed'"):
        assert problems_of(db, row["source"]), row["source"]
    assert db.execute("select count(*) from sources where outcome is null").fetchone()[0] == 0
    # The unchanged re-run analyses nothing again.
    assert again.articles == 0 and again.unchanged == first.files - first.skipped - first.failed
