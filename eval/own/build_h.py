"""Build a set of news reports of spokespeople (issue 8) from batches-X/*.txt: documents under docs-X/<kind>/NNN.md,
gold in train-X.jsonl / test-X.jsonl, for set H (`python eval/own/build_h.py`, the default), set I
(`python eval/own/build_h.py i`), J, K, M, N, O, P, Q, S, T, U, V, X, Y, AB, AC, AD, AF, AG, AH, AI, AJ, AK, AL, AN, AO, AQ, AR, AS, AT, AU, AW, AX, AY, AZ, BB, BC, BD, BE, BF, BG, BH, BI, BJ, BK, BM, BN, BL, BQ, BR, BP, BO, BS, BV, BU or BT (`... j`, `k`, `m`, `n`, `o`, `p`, `q`, `s`, `t`, `u`, `v`, `x`, `y`, `ab`, `ac`, `ad`, `af`, `ag`, `ah`, `ai`, `aj`, `ak`, `al`, `an`, `ao`, `aq`, `ar`, `as`, `at`, `au`, `aw`, `ax`, `ay`, `az`, `bb`, `bc`, `bd`, `be`, `bf`, `bg`, `bh`, `bi`, `bj`, `bk`, `bm`, `bn`, `bl`, `bq`, `br`, `bp`, `bo`, `bs`, `bv`, `bu`, `bt`),
which share one format. The batch format is build.py's (see its docstring); `title: -` means the stored copy printed
no headline (the front matter then has none). Every third document (numbers divisible by 3) is test."""
import json
import sys

from build import HERE, parse_batch


def main(letter="h"):
    docs = []
    for b in sorted((HERE / f"batches-{letter}").glob("*.txt")):
        docs += parse_batch(b.read_text(encoding="utf-8"), b.name)
    nums = [d["num"] for d in docs]
    assert len(nums) == len(set(nums)), "duplicate document numbers"
    train, test = [], []
    for d in sorted(docs, key=lambda d: d["num"]):
        title = None if d["title"] in ("", "-") else d["title"]
        rel = f"docs-{letter}/{d['kind']}/{d['num']:03d}.md"
        front = {"title": title, "source_url": d["url"], "date": d["published"], "site_name": d["site"]}
        lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items() if v] + ["---", ""]
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + d["body"] + "\n", encoding="utf-8")
        gold = dict(doc=rel, url=d["url"], published=d["published"], headline=title, statements=d["statements"])
        (test if d["num"] % 3 == 0 else train).append(gold)
    for name, rows in ((f"train-{letter}", train), (f"test-{letter}", test)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for g in rows:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    n = lambda rows: sum(len(g["statements"]) for g in rows)
    print(f"{len(docs)} documents, {n(train) + n(test)} statements; train {len(train)} docs / {n(train)} statements, "
          f"test {len(test)} docs / {n(test)} statements")


if __name__ == "__main__":
    main(*sys.argv[1:2])
