"""Word lists are data (data/lexicon/*.yml): loaded once, duplicates rejected, inflections derived."""
import pytest

from pressarchive.lexicon import LexiconError, inflect, lists, verb_forms, words


def test_the_shipped_lexicon_loads_without_duplicates():
    data = lists()
    assert len(data) >= 40
    assert "say" in dict(verb_forms("speech_verbs")) and "spokesperson" in words("spokes_words")
    # Each word list is defined once: other lists include the spokesperson words and the months ("@months").
    assert [name for name, items in data.items() if isinstance(items, list) and "spokesperson" in items] == \
        ["spokes_words"]
    assert [name for name, items in data.items() if isinstance(items, list) and "september" in {str(w).lower() for w in items}] == ["months"]


def test_a_list_defined_twice_is_rejected(tmp_path):
    (tmp_path / "a.yml").write_text("months: [January]\n")
    (tmp_path / "b.yml").write_text("months: [February]\n")
    with pytest.raises(LexiconError, match="defined in a.yml and b.yml"):
        lists(tmp_path)


def test_a_word_listed_twice_is_rejected(tmp_path):
    (tmp_path / "a.yml").write_text("honorifics: [mr, Mrs, MR]\n")
    with pytest.raises(LexiconError, match="listed twice"):
        lists(tmp_path)


def test_a_bare_yaml_boolean_is_rejected(tmp_path):
    """YAML reads a bare `on` as true: the word 'on' would silently be 'True' (it was, in one list)."""
    (tmp_path / "a.yml").write_text("adverbial_prepositions: [after, on]\n")
    with pytest.raises(LexiconError, match="quote the word"):
        lists(tmp_path)


@pytest.mark.parametrize("base, forms", [
    ("urge", ("urged", "urges", "urging")), ("deny", ("denied", "denies", "denying")),
    ("stress", ("stressed", "stresses", "stressing")), ("point out", ("pointed out", "points out", "pointing out")),
    ("agree", ("agreed", "agrees", "agreeing")), ("warn", ("warned", "warns", "warning")),
])
def test_regular_inflections_are_derived(base, forms):
    assert inflect(base) == forms


def test_irregular_verbs_keep_their_listed_forms():
    forms = verb_forms("speech_verbs")
    assert forms["say"] == ("said", "says", "saying") and forms["tell"] == ("told", "tells", "telling")
