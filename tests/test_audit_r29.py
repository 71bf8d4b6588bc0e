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
