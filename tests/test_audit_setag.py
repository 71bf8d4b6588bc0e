"""Audit round setag: Canadian news quoting anyone (set AG's train documents: CBC North, Black Press, the Sudbury
Star's sister paper, Yukon News). Each test reads a real passage (its page's URL in a comment) as the pipeline does and
asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a person's glued initials ("P.J. Akeeagok") end no sentence -------------------------------------------------

CBC_NUNAVUT_SITTING = '''
Nunavut Premier P.J. Akeeagok was in Ottawa Monday to ask for funding for the housing plan.

About 65 per cent of the cost is budgeted to come from governments and Inuit organizations. Akeeagok, along with Nunavut Tunngavik Incorporated (NTI) president Aluki Kotierk, met with Prime Minister Justin Trudeau to retain $500 million worth of this money to be split between NTI the Nunavut government. (NTI plans to use its share of the split funds, if granted, for its own housing project separate from Nunavut 3000).

Akeeagok said his government's plan is "very ambitious but attainable."

"I really feel the reaction was really positive and the prime minister understands that housing is our priority," he said.
'''


def test_glued_initials_introduce_the_person_whose_surname_speaks():
    # https://amp.cbc.ca/news/canada/north/nunavut-legislative-assembly-fall-sitting-2022-1.6629222
    # (eval/own/docs-ag/ca/007.md)
    _, sts = excerpt(page('''
David Joanasie, South Baffin MLA, Community and Government Services Minister and the government House leader, said this sitting will be an "opportune time" for the housing minister.
''' + CBC_NUNAVUT_SITTING))
    assert [w for w, _, _ in said(sts, "very ambitious")] == ["P.J. Akeeagok"]
    # "he said" after Akeeagok's words is his (a person), not the minister named before him
    assert [w for w, _, _ in said(sts, "I really feel")] == ["P.J. Akeeagok"]
    assert all(st.speaker.kind == "person" for st in sts if st.speaker and "Akeeagok" in st.speaker.name)


def test_province_or_country_initials_still_end_a_sentence():
    # must not: "B.C." or "U.S." closing a sentence is no given name of the surname opening the next
    _, sts = excerpt(page('''
Premier David Eby met mayors from across B.C. Eby said the province would cover the cost of the repairs.

The company also has three plants in the U.S. Deelstra said the union would fight for every job.
'''))
    assert [w for w, _, _ in said(sts, "cover the cost")] == ["David Eby"]
    assert not [st for st in sts if st.speaker and st.speaker.name.startswith(("B.C.", "U.S."))]


def test_honorific_initials_after_a_title_stay_no_given_name():
    # must not: "H.E." (His Excellency) after a title is no part of the name (own set A, docs/kh/131.md)
    _, sts = excerpt(page('''
As reflected in his Facebook account, the Government Spokesperson H.E. Phay Siphan outlined that as a sovereign country abide by the rule of law, executive and judiciary branches are independent bodies.
'''))
    assert [w for w, _, _ in said(sts, "sovereign country")] == ["Phay Siphan"]


# --- two people named before an aside opened by a participle, then the verb --------------------------------------

RIVER_VALLEY_SUN_TEACHERS = '''
“The message is clear,” said NBTF co-president Connie Keating, “Stop the squeeze.”

Hogan stood outside his Main Street office to greet Keating, her fellow co-president Nathalie Brideau and more than 250 teachers between Keswick Ridge and Plaster Rock who attended the 4:30 p.m. rally.

“You’re asking teach- ers to make lemonade out of dried-up lemons,” Keating told Hogan to the loud cheers of supporters.

Keating and Brideau, speaking alternately in English and French, asked Hogan to relay to his cabinet colleagues that teachers, who have been without a contract since February 2021, demand respect.
'''


def test_two_names_before_a_participle_aside_speak_together():
    # https://issuu.com/rivervalleysun/docs/rvs_april_2023_online/s/22906589 (eval/own/docs-ag/ca/004.md)
    _, sts = excerpt(page(RIVER_VALLEY_SUN_TEACHERS))
    assert sorted(w for w, _, _ in said(sts, "relay to his cabinet")) == ["Connie Keating", "Nathalie Brideau"]


def test_one_subject_before_a_participle_aside_stays_one():
    # must not: one body before the aside is the one speaker; a name inside the aside is not
    _, sts = excerpt(page('''
The firm, reporting its first annual results since listing on the London Stock Exchange in June, said profits rose to 12 million pounds.

Keating, speaking after meeting Brideau and Hogan, said teachers would keep marching.
'''))
    assert len(said(sts, "keep marching")) == 1
    assert not [w for w, _, _ in said(sts, "keep marching") if w in ("Brideau", "Hogan")]
    assert len(said(sts, "profits rose")) <= 1
