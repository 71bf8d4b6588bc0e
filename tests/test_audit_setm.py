"""Audit round setm: Canadian news that quotes anyone (set M's TRAIN documents: Global News, CBC, Halifax Examiner,
Law Times, CTV, copies of Star and Canadian Press stories). Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a party's possessive before a member's full name; "she" after a man spoke ---------------------------------------

CTV_BYELECTION = '''
COPE's Sean Orr and OneCity's Lucy Maloney are seen in images from their candidate websites.

Vancouver’s newest city councillors say their decisive byelection victories have given them a mandate to push back on the “harmful policies” and “worst ideas” championed by Mayor Ken Sim and his ABC party.

The unofficial results show COPE’s Sean Orr and OneCity’s Lucy Maloney each received more than three times the votes than the candidates running under the mayor’s banner. Both spoke to CTV News Sunday, after a byelection that saw thousands standing in hours-long lines to cast their ballots.

The willingness to wait, Orr said, shows how committed voters were to bringing change to City Hall.

“People stood in line for three hours to really send a message to Ken Sim and ABC that what they’re doing isn’t working,” Orr said.

“I’m so proud of Vancouver for sticking it out, waiting in line for three hours and showing that they care, that Vancouver means something to us.”

While Sim and his party still have a majority on council, the relatively dismal showing for ABC’s candidates is something Maloney agrees reflects a dissatisfaction with the status quo.

“It’s really a decisive victory for progressives in in Vancouver. The people of Vancouver have made their views very strongly felt about the performance of this mayor and his party. They have said loud and clear that ABC and Ken Sim have been moving in the wrong direction,” she said.
'''


def test_party_possessive_before_a_full_name_introduces_the_member():
    # https://vancouver.ctvnews.ca/vancouver/article/vancouvers-newly-elected-city-councillors-say-they-have-a-mandate-to-push-back-against-ken-sim-abc
    _, sts = excerpt(page(CTV_BYELECTION))
    assert [w for w, _, _ in said(sts, "People stood in line")] == ["Sean Orr"]
    assert [w for w, _, _ in said(sts, "shows how committed voters")] == ["Sean Orr"]
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Orr", "COPE's Sean Orr", "COPE")]


def test_she_after_a_man_spoke_is_the_woman_named_last():
    # (same page) "she said" after Sean Orr's words: Lucy Maloney, named just before, not Ken Sim (a given name of
    # either gender, named inside Orr's words and in the sentence before)
    _, sts = excerpt(page(CTV_BYELECTION))
    assert [w for w, _, _ in said(sts, "decisive victory for progressives")] == ["Lucy Maloney"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Ken Sim"]


def test_interviewer_after_an_outlets_possessive_is_introduced_by_no_owner_rule():
    # must not: "told CNN's Jake Tapper" introduces no one the next "he said" could name (the outlet's presenter)
    _, sts = excerpt(page('''
Mayor Tom Hill said the city would appeal the ruling.

“We will not give up,” Hill told CNN’s Jake Tapper on Sunday.

“This is about our residents,” he said.
''', date="2024-05-06"))
    assert [w for w, _, _ in said(sts, "This is about our residents")] == ["Tom Hill"]
