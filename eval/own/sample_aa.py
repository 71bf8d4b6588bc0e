"""Draw set AA (SOURCE-aa.md) at random from shared/corpora; prints each kind's candidate order, one line a draw.

    python3 eval/own/sample_aa.py          (seed 2033; prints every kind's shuffled candidates, first 40)

Kinds and pools (none in the dev gold nor in any eval/own gold, by path and by URL: sample_r.used()):
  state    items of state-dept-press-releases-rss, body under 700 words (else drawn again)
  wh       whitehouse-briefing-room documents of any year outside press-briefings/ whose name is no press briefing,
           gaggle or press call, body under 700 words (else drawn again)
  briefing whitehouse-briefing-room press briefings ("press-briefing-by-" in the file name, any folder), cut by hand
           to a coherent first part of about 12 answers (the cut copy goes to docs-aa/, path kept)
  mfa      china-mfa-presscon-html/eng transcripts with under 12 answers (sample_r's count) (else drawn again)
  reuters  reuters21578 records continuing articles/README.md's shuffled order (random.Random(20261122) over the 3,021
           reporting NEWIDs) after its first 21 (17 README + set R's 4); kept only when a named person or body is
           quoted (read by hand)
"""
import html
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_r import C, mfa_answers, show, state_items, used, words   # noqa: E402

SEED = 2033


def reuters_order():
    ids, bodies = [], {}
    for f in sorted((C / "reuters21578").glob("reut2-*.sgm")):
        text = f.read_text(encoding="latin-1")
        for rec in re.findall(r"<REUTERS[^>]*>.*?</REUTERS>", text, re.S):
            newid = int(re.search(r'NEWID="(\d+)"', rec).group(1))
            body = re.search(r"<BODY>(.*?)</BODY>", rec, re.S)
            if not body or newid > 4000:
                continue
            b = html.unescape(re.sub(r"&#(\d+);", lambda m: "" if int(m.group(1)) < 32 or int(m.group(1)) == 127
                                     else m.group(0), body.group(1)))
            if re.search(r"\b(said|says|say|told|stated|according to)\b", b, re.I):
                ids.append(newid)
                bodies[newid] = b
    ids.sort()
    random.Random(20261122).shuffle(ids)
    return ids


def main():
    docs, urls = used()
    rng = random.Random(SEED)
    show("state", "doc, url, words", state_items(urls), rng)
    wh, briefings = [], []
    for p in sorted((C / "whitehouse-briefing-room").rglob("*.md")):
        rel = str(p.relative_to(C))
        if rel in docs:
            continue
        if "press-briefing-by-" in p.name:
            briefings.append((rel, words(p.read_text(encoding="utf-8"))))
        elif not ("press-briefings/" in rel or re.search(r"press-briefing|press-gaggle|press-call", p.name)):
            wh.append((rel, words(p.read_text(encoding="utf-8"))))
    show("wh", "doc, words", wh, rng)
    show("briefing", "doc, words", briefings, rng)
    show("mfa", "doc, answers", mfa_answers(docs), rng)
    order = reuters_order()
    print(f"## reuters (draw number, NEWID), {len(order)} reporting NEWIDs, draws 22 on")
    for i, newid in enumerate(order[21:61], start=22):
        print("reuters", i, newid, sep="\t")


if __name__ == "__main__":
    main()
