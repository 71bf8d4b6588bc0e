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

