"""Which speakers of an ingested database look like no one? Prints each suspicious speaker with its statement
count, grouped by the rule that flags it, and the totals per rule.

    python bench/speaker_audit.py DB [--all]

Two kinds of rules: those of `speaker_names.why_not_a_speaker` (applied to the stored name, so after a fix
they should find nothing), and checks of their own that look for what those rules may miss (a comma, a title
word glued before a name, a name with no given name and no surname known to names-dataset, a one-word body
noun). `--all` lists every speaker with its count as well. The data/ corpus's test
(tests/test_data_corpus.py) asserts the rules' classes over the whole data/ DB.
"""
import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pressarchive.gazetteer import first_names, surnames  # noqa: E402
from pressarchive.lexicon import words  # noqa: E402
from pressarchive.normalize import fold  # noqa: E402
from pressarchive.speaker_names import looks_like_person, why_not_a_speaker  # noqa: E402


def comma(name, kind):
    return "," in name and not re.search(r", (?:Jr|Sr|II|III)\.?$", name)


def title_glued(name, kind):
    ws = name.split()
    titles = words("title_words") - words("connectors") - {"the", "to", "at", "in", "on"}
    return kind == "person" and len(ws) > 2 and any(fold(w) in titles for w in ws[1:-1])


def no_known_name(name, kind):
    ws = [fold(w) for w in name.split()]
    return kind == "person" and len(ws) > 1 and not any(w in first_names() or w in surnames() for w in ws) \
        and not looks_like_person(name)


def lone_body_noun(name, kind):
    return len(name.split()) == 1 and fold(name) in words("org_nouns") | words("title_words")


CHECKS = [comma, title_glued, no_known_name, lone_body_noun]


def audit(db):
    rows = list(db.query("select sp.name, sp.kind, count(*) as n, max(sp.in_registry) as reg from statements s "
                         "join speakers sp on sp.id = s.speaker_id group by sp.id order by n desc, sp.name"))
    flagged = defaultdict(list)
    for r in rows:
        rule = why_not_a_speaker(r["name"], r["kind"])
        if rule:
            flagged[f"rule:{rule}"].append(r)
            continue
        for check in CHECKS:
            if check(r["name"], r["kind"]):
                flagged[f"check:{check.__name__}"].append(r)
                break
    return rows, flagged


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--all", action="store_true", help="list every speaker with its statement count too")
    args = ap.parse_args(argv)
    rows, flagged = audit(sqlite_utils.Database(args.db))
    if args.all:
        for r in rows:
            print(f"{r['n']:6}  {r['kind'] or '-':12}  {r['name']}")
        print()
    for cls in sorted(flagged):
        print(f"== {cls}: {len(flagged[cls])} speakers, {sum(r['n'] for r in flagged[cls])} statements")
        for r in flagged[cls]:
            print(f"  {r['n']:5}  {r['kind'] or '-':12}  {r['name']}{'  (registry)' if r['reg'] else ''}")
    rules = [c for c in flagged if c.startswith("rule:")]
    print(f"speakers {len(rows)}, statements {sum(r['n'] for r in rows)}; flagged by the rules: "
          f"{sum(len(flagged[c]) for c in rules)} speakers, {sum(r['n'] for c in rules for r in flagged[c])} statements")


if __name__ == "__main__":
    main()
