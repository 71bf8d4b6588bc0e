"""Audit round setbt: Canadian news that quotes anyone, the nineteenth sample (set BT's train documents: the Toronto
Sun on canoe.com). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what
an annotator expects: who said it, when, and the words; and a must-not case from another document."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said

from pressarchive.extract.sentences import sentences


# --- '," he said. “(Albertans are) upset; ...”': a quotation opening on the reporter's round bracket opens a sentence --

def test_quotation_opening_on_a_round_bracket_opens_its_sentence():
    # https://canoe.com/news/provincial/ontario-will-champion-a-united-canada-premier-doug-ford/wcm/0c5c8e70-380d-43a6-a65b-b277029d5acf/amp/
    # (eval/own/docs-bt/ca/004.md): the second quotation, after "he said.", opens on "(" (sentences.BOUNDARY), so it
    # is a sentence of its own and the words of the speaker of the one before
    text = ("“I understand their concerns out west; they’re putting $20 billion into the federal government’s pockets "
            "and they’re frustrated,” he said. “(Albertans are) upset; they’re really upset, actually.”")
    assert [text[a:b][:12] for a, b in sentences(text)] == ["“I understan", "“(Albertans "]
    _, sts = excerpt(page('''
Ontario needs to “step up” and help heal a country fractured after a federal election campaign, Premier Doug Ford says.

''' + text))
    assert said(sts, "Albertans") == [("Doug Ford", None, "(Albertans are) upset; they’re really upset, actually.")]
    # ... as in polnear/test/text/usa-today_2016-10-25_in-florida-s-crucial-county-a-fi.txt
    text = ('"It\'s a great measure of how well they are competing nationally," says Morrissey. "(Hillsborough) is '
            'really where the battleground is in Florida."')
    assert len(sentences(text)) == 2
    # must not: a lower-case word in a bracket after a full stop opens nothing ("there is a lot . . . [of] interest",
    # polnear/train/text/wash-post_2016-01-31_state-calls-emails-of-clinton-to.txt; "etc. (apart from ...",
    # bbc-news/politics/290.txt)
    text = '"And as we have seen there is a lot . . . [of] interest. But it\'s something that took time to get done."'
    assert [text[a:b][-9:] for a, b in sentences(text)] == ["interest.", 'et done."']
    text = ("we are still a democracy where it is rare to be arrested without charge/trial etc. (apart from a number of "
            "prisoners in Belmarsh goal, for example).")
    assert len(sentences(text)) == 1


# --- 'The head of the Toronto Transit Commission acknowledged ... ¶ "...," CEO Rick Leary said.': a chief officer ----

def test_head_of_a_body_named_next_by_a_chief_officers_title():
    # https://toronto.ctvnews.ca/ttc-asks-for-more-spending-powers-for-health-and-safety-emergencies-1.6335500
    # (eval/own/docs-bt/ca/010.md): "head" names no office, so "CEO" is no other office's title
    # (analyse._head_named_by_chief_title; titles.yml head_words, chief_officer_titles): the lead is Leary's
    _, sts = excerpt(page('''
The head of the Toronto Transit Commission acknowledged Thursday that violent incidents in recent months have left people scared to use the TTC.

"Our ridership patterns have stayed relatively level, but I'm talking to people and they're telling me that they are nervous. They're nervous to send the kids out on the TTC," CEO Rick Leary said.
'''))
    assert said(sts, "violent incidents") == [
        ("Rick Leary", None, "violent incidents in recent months have left people scared to use the TTC")]
    # must not: a unit's director is another office than the body's head ("The head of OC Transpo insists ..." and
    # "OC Transpo's director of transit customer systems and planning told The Canadian Press ...", CTV News Ottawa,
    # eval/own/docs-bk/ca/010.md), as a mayor or a minister is
    from pressarchive.analyse import _title_of_another_office
    assert _title_of_another_office("director of transit customer systems and planning", "The head of OC Transpo")
    assert _title_of_another_office("Mayor", "The head of the Toronto Transit Commission")
    assert not _title_of_another_office("CEO", "The head of the Toronto Transit Commission")


# --- 'made a plea to the public, especially smokers, to be extremely careful ...': a plea made is an appeal -----------

def test_plea_made_to_someone_is_an_appeal():
    # https://www.nanaimobulletin.com/news/nanaimo-officials-ask-the-public-to-be-fire-smart/ (eval/own/docs-bt/ca/007.md):
    # "make a plea to"/"make a plea for" frame speech and keep their object in the words (verbs.yml speech_verbs,
    # object_in_content), one statement for each of the two named speakers
    _, sts = excerpt(page('''
Over the weekend firefighters battled 13 blazes, all of which were caused by careless smoking.

Monday afternoon Nanaimo Fire Rescue Chief Craig Richardson and Mayor Bill McKay made a plea to the public, especially smokers, to be extremely careful with anything that could spark a wildfire.
'''))
    words = "the public, especially smokers, to be extremely careful with anything that could spark a wildfire"
    assert sorted(said(sts, "especially smokers")) == [("Bill McKay", None, words), ("Craig Richardson", None, words)]
    # must not: a plea owned and retold in a reporter's question is no frame ("since Blinken made his plea to the UN for
    # countries to get on board, so where are you guys at?", state-dept-press-releases-rss/press-releases-2022-06.rss)
    _, sts = excerpt(page('''
QUESTION: Ukraine? It’s been a few weeks now since Blinken made his plea to the UN for countries to get on board, so where are you guys at?
'''))
    assert said(sts, "get on board") == []
