"""Audit round setbq: US government news (set BQ's train documents: Task & Purpose, Newsmax, The Hill, Transport
Topics, CBS News, NOTUS, The Daily Beast). Each test reads a real passage (its page's URL or file in a comment) as the
pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "..., a spokeswoman said Wednesday, highlighting the growing concern": the reporter's gloss ---------------------

CDC_OUTBREAK = '''
The Centers for Disease Control and Prevention said this week that infections of Enterovirus D68 have been reported in more than half of all states with at least 175 confirmed cases. Many of the cases are children.

President Obama was briefed on the outbreak during his visit last week to the CDC in Atlanta, a spokeswoman for the agency said Wednesday, highlighting the growing concern.
'''


def test_participle_of_emphasis_with_a_noun_after_a_postposed_frame_is_no_part_of_the_words():
    # http://thehill.com/policy/healthcare/218752-cdc-officials-warn-of-virus-outbreak-in-us
    # (eval/own/docs-bq/political/004.md): before, "highlighting the growing concern" was the spokeswoman's words and
    # the fronted clause was lost
    _, sts = excerpt(page(CDC_OUTBREAK))
    assert [(who, text) for who, _, text in said(sts, "Obama")] == [
        ("Centers for Disease Control and Prevention",
         "President Obama was briefed on the outbreak during his visit last week to the CDC in Atlanta")]
    assert said(sts, "highlighting") == []
    # must not: the participle with its own "that" clause still frames what was said
    # (https://selangorjournal.my/2024/06/malaysia-firm-on-using-negotiations-to-resolve-differences-pm;
    # eval/own/docs-at/my/011.md)
    _, sts = excerpt(page('''
KUALA LUMPUR, June 18 — Malaysia will continue to pursue bilateral and multilateral negotiations to address any issues with its Asean neighbours, said Prime Minister Datuk Seri Anwar Ibrahim.

During the interview, the Prime Minister also spoke on the Israeli-Palestinian conflict, highlighting that the ongoing conflict was about questions of justice, colonialism, and apartheid.
''', date="2024-06-18"))
    assert [(who, text) for who, _, text in said(sts, "justice")] == [
        ("Anwar Ibrahim", "the ongoing conflict was about questions of justice, colonialism, and apartheid")]


# --- "had confirmed cases of the virus": an adjective, no verb of speech ----------------------------------------------

def test_confirmed_before_cases_is_an_adjective():
    # http://thehill.com/policy/healthcare/218752-cdc-officials-warn-of-virus-outbreak-in-us
    # (eval/own/docs-bq/political/004.md): before, "the Midwest" said "cases of the virus", and then, as the last
    # speaker, was "the agency" of the spokeswoman
    first, second = CDC_OUTBREAK.strip().split("\n\n")
    _, sts = excerpt(page(first + '''

Two weeks ago, only 12 states, mostly in the Midwest, had confirmed cases of the virus. Within days, it was reported in New York and Connecticut, and has since reached California and Washington.

''' + second))
    assert said(sts, "cases of the virus") == []
    assert "Midwest" not in [who for who, _, _ in said(sts, "")]
    assert [who for who, _, _ in said(sts, "Obama")] == ["Centers for Disease Control and Prevention"]
    # must not: "confirmed" before anything but "cases" still frames what was confirmed (bbc-news/business/012.txt)
    _, sts = excerpt(page('''
Indonesia's government has confirmed it is considering raising fuel prices by as much as 30%.
''', date="2005-01-03"))
    assert [who for who, _, _ in said(sts, "raising fuel prices")] != []


# --- "Nielsen agreed with him that ...": agreement with the one who spoke before --------------------------------------

NIELSEN = '''
Building the wall at the Mexican border is important to the United States' security, new Homeland Security Secretary Kirstjen Nielsen said in an interview airing Thursday, and it bothers her that people in Washington are playing politics to its implementation.

"This is key to the security of our homeland," Nielson told Fox News' Brian Kilmeade who met with her at the border in Mccallum, Texas for an interview for the "Fox & Friends" program.

There was an immediate drop in people crossing over at the beginning of the Trump administration, pointed out Kilmeade, but the numbers are again going up with the delay of the wall, and Nielsen agreed with him that there are people waiting to hear what Washington will do.

"We are at such a disadvantage," she said. "They have money, they have time, so they do watch."
'''


def test_agreed_with_him_that_frames_the_clause():
    # https://newsmax.com/amp/newsfront/homeland-security-nielsen-border-wall-mexico/2017/12/14/id/831801
    # (eval/own/docs-bq/national/002.md): before, the agreement was no frame, Kilmeade stayed the last speaker, and
    # "she said" went to him
    _, sts = excerpt(page(NIELSEN, date="2017-12-14"))
    assert [(who, text) for who, _, text in said(sts, "there are people waiting") if text.startswith("there")] == [
        ("Kirstjen Nielsen", "there are people waiting to hear what Washington will do")]
    assert [who for who, _, _ in said(sts, "such a disadvantage")] == ["Kirstjen Nielsen"]
    # must not: "agreed" with no "that" clause after it stays no frame ('He agreed on the importance of Africa, saying,
    # "..."'; https://www.un.org/press/en/2005/db050923.doc.htm, eval/own/docs-b/transcripts/005.md)
    _, sts = excerpt(page('''
The Secretary-General, as you may know, is today in Washington, where he just addressed the Congressional Black Caucus in Washington, D.C., this morning, as they held a forum on the theme, “Africa Matters”. He agreed on the importance of Africa, saying, “At the time when African States are addressing their problems with new energy and determination, we must work with them.”
''', date="2005-09-23"))
    assert [st for st in sts if st.text.startswith("the importance of Africa")] == []


# --- "Here is Farah's statement in full: "..."": the owner's words -----------------------------------------------------

def test_named_owners_statement_before_a_colon_is_the_owners_quotation():
    # https://taskandpurpose.com/pentagon-fumbles-iran-denial (eval/own/docs-bq/military/001.md): before, the
    # quotation had no speaker and was dropped
    _, sts = excerpt(page('''
Pentagon spokeswoman Alyssa Farah said there are no plans to send that many troops to the region "at this time."

Here is Farah's statement in full: "As discussed in the hearing today, we are constantly evaluating the threat situation around the world and considering our options. We adjust our force posture and troop levels based on adversary action and the dynamic security situation."
'''))
    assert [who for who, _, _ in said(sts, "constantly evaluating")] == ["Alyssa Farah"]
    # must not: a possessive before a colon that names no one's own words ("Here's what the early reviews say:",
    # "Here's a guide to the plan:"; bbc-news) frames nothing; a place's path is no speaker
    # (http://thehill.com/homenews/sunday-talk-shows/3670887-..., eval/own/docs-bq/political/011.md, the sentence
    # before Criswell's words reworded to that form: "Here's Ian's path:")
    _, sts = excerpt(page('''
Ian made landfall in Florida on Wednesday afternoon near Fort Myers as a Category 4 hurricane.

Here's Ian's path: "The western coast of Florida, many homes completely destroyed, several that are damaged."
'''))
    assert [who for who, _, _ in said(sts, "western coast")] in ([], [None])
