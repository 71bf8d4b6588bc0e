"""Audit round setao: Canadian news quoting anyone (set AO's train documents: The Hockey News, Humber News and
castanet.net's copy of The Canadian Press). Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects: who said it and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a hyphenated word of occupation before an inverted frame's name ("said first-line winger Rick Nash") -----------

HOCKEY_NEWS_NASH = '''
Unlike in the NHL, he can't really bench an underperformer and call someone up from the minors. There's a real tightrope to be walked when dealing with the slow starters at this event.

"The coaches handle us a lot different," said first-line winger Rick Nash. "Guys are here kind of on their own time. I'm not saying that it's not an honour to represent Canada but I think they know we're here with our families. It's supposed to be a fun tournament as well.
'''


def test_hyphenated_occupation_before_the_name_of_an_inverted_frame():
    # https://thehockeynews.com/news/canadian-coaches-have-to-push-different-buttons-at-world-championship
    # (eval/own/docs-ao/ca/007.md)
    _, sts = excerpt(page(HOCKEY_NEWS_NASH))
    assert [w for w, _, _ in said(sts, "handle us a lot different")] == ["Rick Nash"]
    assert [w for w, _, _ in said(sts, "on their own time")] == ["Rick Nash"]


def test_hyphenated_occupation_with_no_name_after_it_names_no_one():
    # must not: the occupation's words and what follows them ("on the team") are no speaker's name
    _, sts = excerpt(page(HOCKEY_NEWS_NASH.replace("first-line winger Rick Nash", "first-line winger on the team")))
    assert not [w for w, _, _ in said(sts, "handle us a lot different") if w]


# --- "she" after a man spoke: the woman opening a sentence since, her names in no list ("Chrystia Freeland") -------

HUMBER_NEWS_BYELECTION = '''
“Canadians grow weary of the deceit, the mistrust and the cover-ups of the Conservatives,” Trudeau told Liberals at the campaign headquarters of Bourassa riding winner Emmanuel Dubourg.

Chrystia Freeland, Liberal candidate in Toronto-Centre came out on top with 49.1 per cent of the vote. “My message for Stephen Harper is: watch out, we’re on the rise, our party’s united,” she said Monday night. “Canadians want an alternative to the Conservatives and they have found that alternative in the Liberal party.”
'''


def test_she_after_a_man_spoke_is_the_woman_opening_a_sentence_since():
    # https://humbernews.ca/2013/11/the-liberals-gain-support-in-mondays-byelection/ (eval/own/docs-ao/ca/002.md)
    text = HUMBER_NEWS_BYELECTION.replace("” Trudeau told", "” Liberal leader Justin Trudeau told")
    _, sts = excerpt(page(text, "2013-11-26"))
    assert [w for w, _, _ in said(sts, "My message for Stephen Harper")] == ["Chrystia Freeland"]
    assert [w for w, _, _ in said(sts, "grow weary of the deceit")] == ["Justin Trudeau"]


def test_she_is_not_a_man_opening_a_sentence_since():
    # must not: a man's given name opening the sentence ("Michael Freeland") is not whom "she" names
    text = HUMBER_NEWS_BYELECTION.replace("” Trudeau told", "” Liberal leader Justin Trudeau told") \
        .replace("Chrystia Freeland, Liberal candidate in Toronto-Centre", "Michael Freeland")
    _, sts = excerpt(page(text, "2013-11-26"))
    assert "Michael Freeland" not in [w for w, _, _ in said(sts, "My message for Stephen Harper")]


def test_he_after_a_man_spoke_stays_his():
    # must not: with a pronoun of the last speaker's gender the rule does not look further
    text = HUMBER_NEWS_BYELECTION.replace("” Trudeau told", "” Liberal leader Justin Trudeau told") \
        .replace("” she said", "” he said")
    _, sts = excerpt(page(text, "2013-11-26"))
    assert [w for w, _, _ in said(sts, "My message for Stephen Harper")] == ["Justin Trudeau"]


# --- "..., the team announced": the body its own sentence opens with ---------------------------------------------

CASTANET_ROUGHRIDERS = '''
REGINA — The Saskatchewan Roughriders have hired Corey Mace to be the team's next head coach, the team announced Thursday.

Mace spent the last two seasons as defensive co-ordinator for the Toronto Argonauts, helping the team to a Grey Cup in 2022 and a 16-2 record this past season.
'''


def test_the_club_after_its_words_is_the_body_opening_the_sentence():
    # https://www.castanet.net/edition/news-story--79-.htm (The Canadian Press; eval/own/docs-ao/ca/008.md), its
    # "the team" read as "the club" (a body's head noun of the lexicon; "team" is none: "Clinton's team" and the like
    # would become bodies, PolNeAR)
    _, sts = excerpt(page(CASTANET_ROUGHRIDERS.replace("the team announced", "the club announced")))
    assert [w for w, _, _ in said(sts, "have hired Corey Mace")] == ["Saskatchewan Roughriders"]


def test_one_word_that_looks_like_a_body_opening_the_sentence_is_not_the_company():
    # must not: "Group consolidated turnover ..." opens with no body's name (reut2-000.sgm #936)
    _, sts = excerpt(page("Group consolidated turnover in the pharmaceuticals sector rose to 380 mln marks in 1985/86, "
                          "the company said.\n"))
    assert "Group" not in [w for w, _, _ in said(sts, "consolidated turnover")]


def test_the_company_after_its_words_is_the_company_opening_the_sentence():
    # the same construction with a company named by a body's word
    _, sts = excerpt(page("TORONTO — Rogers Communications has hired Jane Smith to be its next chief executive, the "
                          "company said Thursday.\n"))
    assert [w for w, _, _ in said(sts, "has hired Jane Smith")] == ["Rogers Communications"]


def test_the_club_is_not_a_person_opening_the_sentence():
    # must not: a person opening the sentence is not "the club"
    _, sts = excerpt(page(CASTANET_ROUGHRIDERS.replace("The Saskatchewan Roughriders have hired Corey Mace to be the "
                                                       "team's next head coach", "Corey Mace has been hired as the "
                                                       "next head coach").replace("the team announced",
                                                                                  "the club announced")))
    assert "Corey Mace" not in [w for w, _, _ in said(sts, "next head coach")]


# --- bodies of a Labrador land-claims story: "has long contended that", "issued a statement indicating that", the
# noun "claims" of "land claims agreements", and a body named first of two joined by "and" --------------------------

VOCM_LAND_CLAIMS = '''
The Innu Nation and Nunatsiavut Government, who have negotiated land claims agreements with the federal and provincial governments over the course of decades, are once again questioning the Indigenous rights claimed by the NunatuKavut Community Council in southern Labrador.

The Nunatsiavut Government yesterday issued a statement indicating that they do not recognize the NCC’s proposed land claim.

President Johannes Lampe indicates that the Inuit settled land claims agreement, negotiated over many years, and the rights that represents, be protected and recognized.

The Innu Nation, meanwhile, has long contended that the NunatuKavut Community Council is not an organization that can hold Indigenous Rights under section 35 of the Canadian Constitution.
'''


def test_has_long_contended_that_frames_the_clause_of_the_body():
    # https://vocm.com/2021/09/17/ncc-defends-indigenous-land-claims (eval/own/docs-ao/ca/010.md)
    _, sts = excerpt(page(VOCM_LAND_CLAIMS, "2021-09-17"))
    assert [w for w, _, _ in said(sts, "is not an organization that can hold")] == ["Innu Nation"]


def test_has_long_before_no_that_clause_frames_nothing():
    # must not: "long" before a verb with no clause ("has long contended with poverty") is no frame
    _, sts = excerpt(page("The Innu Nation has long contended with poverty and poor housing in Sheshatshiu.\n"))
    assert not sts


def test_statement_indicating_that_is_the_issuers():
    _, sts = excerpt(page(VOCM_LAND_CLAIMS, "2021-09-17"))
    assert [(w, d) for w, d, _ in said(sts, "do not recognize the NCC")] == [("Nunatsiavut Government", "2021-09-16")]


def test_figures_indicating_that_are_no_ones_words():
    # must not: a participle after what is no one's words ("figures") reports nothing
    _, sts = excerpt(page("The ministry released figures indicating that prices rose by 4 per cent.\n"))
    assert not sts


def test_land_claims_agreements_is_a_noun_no_frame():
    _, sts = excerpt(page(VOCM_LAND_CLAIMS, "2021-09-17"))
    assert not said(sts, "agreements with the federal")
    # must not: the verb "claims" with a clause still frames it
    _, sts = excerpt(page("The NCC claims the Nunatsiavut Government does not have the authority to reject its land "
                          "claim.\n"))
    assert [w for w, _, _ in said(sts, "does not have the authority")] == ["NCC"]


def test_body_named_first_of_two_joined_by_and_is_itself():
    _, sts = excerpt(page(VOCM_LAND_CLAIMS, "2021-09-17"))
    assert not [w for w, _, _ in said(sts, "") if w and " and " in w]
    # must not: a short form of one body's longer name is still that body ("Rogers" after "Rogers Communications Inc")
    _, sts = excerpt(page("Rogers Communications Inc said profits rose.\n\nRogers said it would hire 200 people.\n"))
    assert [w for w, _, _ in said(sts, "hire 200 people")] == ["Rogers Communications Inc"]


# --- "It" opening a sentence after a person spoke: the body the sentence before names by a name no list knows -------

CBC_YUKON_MOUNTIES = '''
The RCMP's major crimes unit has led the investigation that resulted in the charges, but Sgt. Mark Groves said Edmonton police are also being brought in to watch over the investigators.

"The RCMP will do everything possible to ensure that the public, everyone in the Yukon, feel they can trust the RCMP as Canada's national police force, and come to us for anything," Groves said.

Also monitoring the investigation is the Commission for Public Complaints Against the RCMP, an independent national police watchdog.

It announced earlier Wednesday that it is sending an observer to the Yukon to monitor the investigation and ensure it's conducted in an impartial manner.
'''


def test_it_opening_a_sentence_is_the_body_the_sentence_before_names():
    # https://sacomss-mediawatch.blogspot.com/2009/03/2-yukon-mounties-charged-with-sexually.html (a copy of a CBC
    # News story; eval/own/docs-ao/ca/004.md)
    _, sts = excerpt(page(CBC_YUKON_MOUNTIES))
    assert [w for w, _, _ in said(sts, "sending an observer")] == ["Commission for Public Complaints Against the RCMP"]


def test_it_is_not_a_body_named_in_the_middle_of_the_sentence_before():
    # must not: a body the sentence before names neither as its subject nor after "is" ("in a filing with the
    # Securities and Exchange Commission") is not what "It" opening the next sentence names
    _, sts = excerpt(page("Acme Holdings Corp told reporters that profits rose.\n\nAcme Holdings Corp said in a filing "
                          "with the Securities and Exchange Commission that it holds 5.1 pct of Beta Inc.\n\nIt said it "
                          "bought the shares for investment purposes.\n"))
    assert "Securities and Exchange Commission" not in [w for w, _, _ in said(sts, "bought the shares")]


def test_it_is_not_a_run_with_no_bodys_word():
    # must not: a capitalised run with no body's word ("the Yukon Quest") is no body "it" names, nor is the RCMP
    # named inside the watchdog's name
    text = CBC_YUKON_MOUNTIES.replace("the Commission for Public Complaints Against the RCMP, an independent national "
                                      "police watchdog", "the Yukon Quest organizer")
    _, sts = excerpt(page(text))
    assert "Yukon Quest" not in [w for w, _, _ in said(sts, "sending an observer")]
    _, sts = excerpt(page(CBC_YUKON_MOUNTIES))
    assert "RCMP" not in [w for w, _, _ in said(sts, "sending an observer")]


# --- a frame in mid-sentence after words that hold another speaker's frame ("... and that, says the Innu Nation, is
# not right") -----------------------------------------------------------------------------------------------------

VOCM_RICH = '''
Grand Chief Etienne Rich says despite decades of work by both the Nunatsiavut Government and the Innu Nation, and despite decades of proving who they are, “the NunatuKavut Community Council has received millions of dollars” from both the federal and provincial governments “just because they say they are Indigenous” and that, says the Innu Nation, is not right.
'''


def test_mid_sentence_frame_does_not_take_another_speakers_frame_before_it():
    # https://vocm.com/2021/09/17/ncc-defends-indigenous-land-claims (eval/own/docs-ao/ca/010.md)
    _, sts = excerpt(page(VOCM_RICH, "2021-09-17"))
    assert not [w for w, _, t in said(sts, "Grand Chief Etienne Rich says") if w == "Innu Nation"]
    assert [w for w, _, _ in said(sts, "despite decades of work")] == ["Etienne Rich"]


def test_mid_sentence_frame_after_its_own_words_keeps_them():
    # must not: words before the frame with no other frame in them stay the speaker's ("It would not be means tested,
    # say the Conservatives, because ...")
    _, sts = excerpt(page("The scheme would be universal. It would not be means tested, say the Conservatives, because "
                          "that would cost too much to run.\n"))
    assert [t for _, _, t in said(sts, "means tested")] == ["It would not be means tested"]


def test_mid_sentence_frame_before_a_role_keeps_the_words_before_it():
    # must not: after the frame comes the speaker's role, no predicate ("..., said Julie Mason, host of ... radio."):
    # the words before stay hers, another's "said" inside them notwithstanding (PolNeAR, nyt_2016-11-02)
    _, sts = excerpt(page("They also acquire a kind of radar - some state lobbyists said they know which lawmakers not "
                          "to visit alone - and develop a set of defenses, said Julie Mason, host of \"The Press Pool\" "
                          "on Sirius XM radio.\n"))
    assert not said(sts, "host of")


def test_it_after_a_frame_in_the_sentence_before_is_not_that_sentences_subject():
    # must not: the sentence before holds the last speaker's frame ("..., lead manager Postipankki said."): "It" is
    # not the body that sentence opens with (reut2-001.sgm #194)
    _, sts = excerpt(page("The World Bank is launching a 300 mln markka seven-year straight issue, lead manager "
                          "Postipankki said.\n\nIt said fees totalled 1-3/4 pct.\n"))
    assert "World Bank" not in [w for w, _, _ in said(sts, "fees totalled")]
