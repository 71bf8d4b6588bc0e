"""Topics: 1-2 of the guideline labels per statement, from an editable phrase taxonomy (data/topics.yml)."""
import re
from pathlib import Path

import yaml

from .normalize import fold


class Taxonomy:
    def __init__(self, topics: dict):
        self.names = {slug: spec.get("name", slug) for slug, spec in topics.items()}
        self.patterns = {}
        for slug, spec in topics.items():
            alts = []
            for phrase in spec.get("phrases") or []:
                p = fold(str(phrase).rstrip("*"))
                if not p:
                    continue
                alts.append(re.escape(p) + (r"\w*" if str(phrase).endswith("*") else ""))
            if alts:
                self.patterns[slug] = re.compile(r"\b(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")\b")

    @classmethod
    def load(cls, path) -> "Taxonomy":
        return cls(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})

    def scores(self, text: str) -> dict:
        folded = fold(text)
        out = {}
        for slug, pattern in self.patterns.items():
            n = len(pattern.findall(folded))
            if n:
                out[slug] = n
        return out

    def assign(self, text: str, context: dict | None = None, question: str | None = None) -> list[str]:
        """The statement's own words decide; the article's topics (context) break ties and fill silence."""
        own = self.scores(text)
        if question:
            for k, v in self.scores(question).items():
                own[k] = own.get(k, 0) + v
        total = dict(own)
        for k, v in (context or {}).items():
            total[k] = total.get(k, 0) + 0.25 * v
        ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked:
            return []
        best = [ranked[0][0]]
        if len(ranked) > 1 and ranked[1][1] >= 0.6 * ranked[0][1]:
            best.append(ranked[1][0])
        return best
