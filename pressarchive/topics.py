"""Topics: 1-2 of the guideline labels per statement, from an editable phrase taxonomy (data/topics.yml)."""
from collections import Counter
from pathlib import Path

import yaml

from .normalize import fold, fold_words


class Taxonomy:
    def __init__(self, topics: dict):
        self.names = {slug: spec.get("name", slug) for slug, spec in topics.items()}
        # Phrases as word tuples: exact ones, and ones whose last word is a stem ("elect*"). Matching walks the
        # folded words once, which stays fast with thousands of phrases.
        self.exact: dict[tuple, set] = {}
        self.stems: dict[tuple, set] = {}
        self.longest = 1
        for slug, spec in topics.items():
            for phrase in spec.get("phrases") or []:
                words = tuple(fold(str(phrase).rstrip("*")).split())
                if not words:
                    continue
                table = self.stems if str(phrase).endswith("*") else self.exact
                table.setdefault(words, set()).add(slug)
                self.longest = max(self.longest, len(words))
        # Every leading part of a multi-word phrase, so a scan stops as soon as no phrase can continue.
        self.heads = {words[:k] for table in (self.exact, self.stems) for words in table for k in range(1, len(words))}
        self.first_words = {head[0] for head in self.heads}
        self.stem_heads = {words[:-1] for words in self.stems}
        self._cache: dict[str, frozenset] = {}

    @classmethod
    def load(cls, path) -> "Taxonomy":
        return cls(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {})

    def _word_topics(self, word: str) -> frozenset:
        """Topics of a single word (exact or by stem), memoised: the vocabulary of news is small."""
        hit = self._cache.get(word)
        if hit is None:
            slugs = set(self.exact.get((word,), ()))
            for cut in range(1, len(word) + 1):
                slugs |= self.stems.get((word[:cut],), set())
            hit = self._cache[word] = frozenset(slugs)
            if len(self._cache) > 50_000:     # ~10 MB: a bound, so memory stays flat
                self._cache.clear()
        return hit

    def scores(self, text: str) -> dict:
        """Topic -> number of its phrases in text (order of keys: none; callers rank)."""
        words = fold_words(text)
        out: dict[str, int] = {}
        get = self._cache.get      # this loop runs for every distinct word of every statement: look-ups kept local
        for word, n in Counter(words).items():     # each distinct word once, counted in C
            hit = get(word)
            if hit is None:
                hit = self._word_topics(word)
            if hit:
                for slug in hit:
                    out[slug] = out.get(slug, 0) + n
        first_words = self.first_words
        for i in [i for i, word in enumerate(words) if word in first_words]:     # where a longer phrase may start
            for n in range(2, self.longest + 1):
                head = tuple(words[i:i + n - 1])
                if head not in self.heads or i + n > len(words):
                    break
                last = words[i + n - 1]
                slugs = set(self.exact.get(head + (last,), ()))
                if head in self.stem_heads:     # else no stemmed phrase continues this head
                    for cut in range(1, len(last) + 1):
                        slugs |= self.stems.get(head + (last[:cut],), set())
                for slug in slugs:
                    out[slug] = out.get(slug, 0) + 1
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
