"""Audit round 46, the lead's class: an adverb in -ly between an apposition's closing comma and any reporting verb
belongs to the verb, as the lexicon's between-words ("publicly", "firmly") do: the subject is the name before the
apposition (subjects._strip_between)."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_audit_setab import PRACHATAI
from test_hard_cases import load, show, who

BENGHAZI = "polnear/train/text/west-journal_2016-03-15_hillary-just-insulted-the-bengha.txt"


def test_an_adverb_after_an_apposition_leaves_the_name_the_subject():
    # https://prachataienglish.com/node/4621 (own set AB 001, train): "directly", no between-word, had hidden the
    # subject of "accused", and the junta spokesman's accusation was lost
    _, sts = excerpt(page(PRACHATAI))
    accused = said(sts, "of spreading rumours about the Thai King")
    assert [(who, day) for who, day, _ in accused] == [("Sansern Kaewkamnerd", None)]
    assert accused[0][2].startswith("a Thai journalist living in self-imposed exile, Jom Petpradab, of spreading")


def test_the_named_mother_not_her_son_named_in_her_apposition_speaks():
    # polnear/train/text/west-journal_2016-03-15_hillary-just-insulted-the-bengha.txt: "However, Patricia Smith, mother
    # of Benghazi victim Sean Smith, forcefully rejected Clinton's claims ..." then her quotations: hers; must not go
    # to the son her apposition names (they did while "forcefully" hid the subject before it)
    doc, sts = load(BENGHAZI, "forcefully rejected")
    quoted = [st for st in sts if "She lied to me" in st.text or "special place in Hell" in st.text]
    assert [who(st) for st in quoted] == ["Patricia Smith", "Patricia Smith"], show(sts)
    assert not [st for st in sts if who(st) == "Sean Smith"], show(sts)
