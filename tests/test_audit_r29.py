"""Audit round r29: statements the pooled TRAIN splits of the own sets missed, by class. Each test reads a real passage
(its page's URL or its own-set path in a comment) as the pipeline does and asserts what an annotator expects: who said
it, when, and the words; and at least one thing that must not happen."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a briefing's words run on in the briefer's tense, whatever tense the reporter gave the first sentence ---------

GNNHD = '''
Islamabad: The Foreign Office spokesperson has said that the attack on the Jaffar Express was also carried out by a leadership based abroad and India is behind this train terrorism.

Addressing a weekly briefing at the Foreign Office, Spokesperson Shafqat Ali Khan stated: “We have just completed the rescue operation on the Jaffar Express terrorism. The attack was also carried out by a leadership based abroad and India is behind the attack”.

The spokesperson added that the terrorists involved in the recent terrorism in Balochistan were in contact with their associates in Afghanistan. Traces of contacts with Afghanistan have been found in the traced calls during this incident.
'''


def test_briefing_words_run_on_after_a_backshifted_statement():
    # https://gnnhd.tv/news/44768/india-responsible-for-jaffar-express-terrorism-fo-spokesperson (own set N train,
    # docs-n/pk/014)
    _, sts = excerpt(page(GNNHD, date="2025-03-14"))
    assert [w for w, _, _ in said(sts, "were in contact with their associates")] == ["Shafqat Ali Khan"]
    assert [w for w, _, _ in said(sts, "Traces of contacts with Afghanistan have been found")] == ["Shafqat Ali Khan"]


UN_NOON = '''
Spokesperson's Noon Briefing

And earlier today the UN High Commissioner for Human Rights, Navi Pillay, added she too was shocked and alarmed by the verdicts and heavy jail sentences of between 7 and 10 years handed down to three Al Jazeera journalists on Monday, as well as 11 other defendants who were tried in absentia. And her full statement is available on the website.
'''


def test_briefer_pointing_to_the_statement_is_no_part_of_it():
    # https://www.un.org/News/briefings/docs/2014/db140623.doc.htm (own set B train, docs-b/transcripts/062)
    _, sts = excerpt(page(UN_NOON, date="2014-06-23"))
    assert [w for w, _, _ in said(sts, "shocked and alarmed")] == ["Navi Pillay"]
    # must not: the briefer's pointer to where the statement is printed is the High Commissioner's words
    assert not said(sts, "full statement is available")


def test_present_tense_after_a_backshifted_statement_outside_a_briefing_stays_the_reporters():
    # (bbc-news/politics/150, no briefing: the reporter's present perfect after a backshifted statement)
    _, sts = excerpt(page('''
The latest footage showed Mrs Hassan asking for British troops to be pulled out of Iraq. She also said the aid agency she works for should close its office in Baghdad. Care has since closed down all its operations in Iraq.
''', date="2004-11-02"))
    # must not: the agency's closure, told by the reporter, is Mrs Hassan's
    assert not said(sts, "Care has since closed down")


def test_news_conference_mentioned_in_wire_copy_is_no_briefing_report():
    # reuters21578/reut2-000.sgm#561 (wire copy backshifts: the present tense after it is the reporter's)
    _, sts = excerpt(page('''
Benetton Group Spa BTOM.MI said it reached agreement with textiles concern GFT-Gruppo Finanziario Tessile Spa for a joint venture in the financial services sector.

A Benetton spokeswoman said details of the accord would be outlined at a news conference on Thursday in Milan. The Italian clothing group has targeted financial services as a sector in which to expand its activities.
''', date="1987-03-02"))
    assert [w for w, _, _ in said(sts, "details of the accord would be outlined")] == ["Benetton Group Spa"]
    # must not: the group's strategy, told by the reporter after the spokeswoman's backshifted words, is hers
    assert not said(sts, "has targeted financial services")


# --- unframed sentences between a speaker's statement and words framed after them by "he" -------------------------

PROTHOM_ALO = '''
The government has been working as before to send back the Border Guard Police (BGP) members of Myanmar who have taken shelter in Bangladesh Monday, said foreign minister Hasan Mahmud on Tuesday.

Asked whether the Myanmar ambassador would be summoned or not, the minister said they have continuous communication with the Myanmar side. The Myanmar ambassador has not been summoned yet. But that would be done if it is necessary, he told the media.
'''


def test_sentence_between_a_statement_and_he_told_the_media_is_the_speakers():
    # https://en.prothomalo.com/amp/story/bangladesh/2lsk56ddoz (own set N train, docs-n/bd/010)
    _, sts = excerpt(page(PROTHOM_ALO, date="2024-02-06"))
    assert [w for w, _, _ in said(sts, "The Myanmar ambassador has not been summoned yet")] == ["Hasan Mahmud"]
    assert [w for w, _, _ in said(sts, "that would be done if it is necessary")] == ["Hasan Mahmud"]


def test_narration_before_a_quotation_framed_by_he_stays_the_reporters():
    # bbc-news/politics/055 (a quotation, not reported words, closes the run: the sentence between is the reporter's)
    _, sts = excerpt(page('''
Ms Kelly said reforms should build on GCSEs and A-levels. Her comments did not impress Tory shadow education secretary Tim Collins. "Ruth Kelly wants to ditch the Tomlinson report on exam structures but has absolutely no idea what to put in its place," he said.
''', date="2005-01-11"))
    assert [w for w, _, _ in said(sts, "reforms should build on GCSEs")] == ["Ruth Kelly"]
    assert [w for w, _, _ in said(sts, "Ruth Kelly wants to ditch")] == ["Tim Collins"]
    # must not: the reporter's sentence about her comments is hers or Collins's
    assert not said(sts, "did not impress")


def test_sentence_before_another_speakers_frame_stays_unattributed():
    # (the same shape with another speaker's surname framing the words after: no run-on across speakers)
    _, sts = excerpt(page('''
Foreign minister Hasan Mahmud said they have continuous communication with the Myanmar side. The Myanmar ambassador has not been summoned yet. But that would be done if it is necessary, Quader told the media.
''', date="2024-02-06"))
    # must not: the sentence between two speakers is given to either
    assert not said(sts, "has not been summoned yet")


def test_aside_before_words_framed_by_the_speakers_name_again_stays_the_reporters():
    # bbc-news/entertainment/260 (the agent's words, the reporter's biography of the singer, the agent's again)
    _, sts = excerpt(page('''
"No wedding plans have been set yet," said Aguilera's agent Meghan Prophet. Aguilera burst onto the pop scene in 1999, winning a best new artist Grammy in 2000. Her hits include What a Girl Wants, Dirrty and Beautiful. Bratman presented his fiancee with a diamond ring designed by jeweller Stephen Webster on Friday, said Ms Prophet.
''', date="2005-02-14"))
    assert [w for w, _, _ in said(sts, "No wedding plans")] == ["Meghan Prophet"]
    # must not: the singer's career, told by the reporter, is the agent's
    assert not said(sts, "burst onto the pop scene") and not said(sts, "Her hits include")


# --- "Amb", Kenyan copy's short form of Ambassador, is a title ----------------------------------------------------

CAPITAL_FM = '''
NAIROBI, Kenya, Jan 29 — The Ministry of Foreign Affairs has termed recently published notices on an imminent threat in Kenya by various embassies as disappointing and distressful.

Foreign Affairs Principal Secretary Amb Macharia Kamau said on Friday Kenya was ready and capable to relay messages concerning any imminent threat to the country directly to its citizens.

Amb Kamau said the government will continue to cooperate with its allies through their embassies and the United Nations to keep the country safe and secure.

He defended existing communication channels between the government and its bilateral partners as robust.

Amb Kamau also cautioned against the tendency to take advisories by foreign embassies out of context and misrepresent them.
'''


def test_amb_is_a_title_not_a_given_name():
    # https://www.capitalfm.co.ke/news/2022/01/mfa-terms-bombardment-of-terror-alerts-as-disappointing/ (set K train,
    # docs-k/ke/007; "Amb" is Kenyan copy's short form of Ambassador; the speaker is Macharia Kamau throughout)
    _, sts = excerpt(page(CAPITAL_FM, date="2022-01-29"))
    assert {w for w, _, _ in said(sts, "")} - {"Ministry of Foreign Affairs"} == {"Macharia Kamau"}
    # must not: a second speaker "Amb Kamau" or a name with "Amb" in it
    assert not [w for w, _, _ in said(sts, "") if w and "Amb" in w]


# --- "defended" a plan, a person for a reason, a thing as good ------------------------------------------------------

def test_defended_plans_is_a_statement():
    # bbc-news/politics/386.txt (own set D train)
    _, sts = excerpt(page('''
UK Foreign Secretary Jack Straw has defended plans to end the European Union's arms embargo on China, despite opposition from the US and Japan.

Washington argues that if the embargo is lifted, it could lead to a buying spree for arms. The US is bound by law to help Taiwan defend itself.
''', date="2005-02-24"))
    assert [w for w, _, _ in said(sts, "plans to end the European Union's arms embargo")] == ["Jack Straw"]
    # must not: what a law binds a country to defend is no one's statement
    assert not said(sts, "itself")


def test_defended_as_a_judgement_is_a_statement():
    # https://www.capitalfm.co.ke/news/2022/01/mfa-terms-bombardment-of-terror-alerts-as-disappointing/ (set K train,
    # docs-k/ke/007)
    _, sts = excerpt(page(CAPITAL_FM, date="2022-01-29"))
    assert [(w, d) for w, d, _ in said(sts, "existing communication channels")] == [("Macharia Kamau", "2022-01-28")]


def test_defended_without_a_case_is_no_statement():
    # (docs-h/us/013, set H: 'John Kirby defended the action.', not annotated; bbc-news sport: titles defended)
    _, sts = excerpt(page('''
White House Security Council spokesman John Kirby defended the action. Carlos Moya has chosen not to help Spain try and defend the Davis Cup crown they won in Seville in November. Defending champion Roger Federer faces Fabrice Santoro.
''', date="2023-02-13"))
    # must not: a bare thing defended, a title defended or a "defending champion" is a statement
    assert not sts


def test_defended_without_a_case_leaves_the_participle_its_words():
    # bbc-news/politics/153.txt: "defended X, saying ..." reports by its participle, as before "defend" was a cue
    _, sts = excerpt(page('''
Mr Blair told BBC Radio 4's Westminster Hour: "We should cut the number or increase it depending on the country's needs." But he defended the UK's current regime, saying all systems around the world were subject to abuse.
''', date="2005-02-07"))
    assert [w for w, _, _ in said(sts, "all systems around the world were subject to abuse")] == ["Tony Blair"]
    # must not: the regime defended is a statement of its own
    assert not said(sts, "current regime")
