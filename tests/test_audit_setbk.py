"""Audit round setbk: Canadian news that quotes anyone, the seventeenth sample (set BK's train documents: Global News
Winnipeg, the Winnipeg Free Press). Each test reads a real passage (its page's URL in a comment) as
the pipeline does and asserts what an annotator expects: who said it, when, and the words; and a must-not case from
another document."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said

from pressarchive.extract.subjects import _day_after_source


# --- '“...,” he answered emphatically, despite the tight deadline.': the reporter's concession ends the frame -------

def test_despite_after_the_frame_is_the_reporters():
    # https://www.winnipegfreepress.com/breakingnews/2025/05/06/kinew-khan-spar-on-trade-comments-about-trump
    # (eval/own/docs-bk/ca/008.md): ", despite ..." after the verb and its manner adverb is the reporter's aside
    # (direct.FRAME_TAIL_END), so the quotation before is framed
    _, sts = excerpt(page('''
Premier Wab Kinew says he’s on board with removing provincial trade barriers by Canada Day.

The premier was asked during question period Tuesday whether he supports Prime Minister Mark Carney’s plan for “free trade” across Canada by July 1.

“Yes. We’re dismantling interprovincial trade barriers,” he answered emphatically, despite the tight deadline.
''', date="2025-05-06"))
    assert [(who, day, text) for who, day, text in said(sts, "dismantling")] == \
        [("Wab Kinew", "2025-05-06", "Yes. We’re dismantling interprovincial trade barriers")]
    # must not: a "despite" clause after an indirect frame stays in the words said (the direct frame's tail only;
    # bbc-news/politics/136.txt)
    _, sts = excerpt(page('''
In December, the EU pledged to work towards lifting the ban but said it was not ready to do so yet. Germany and France have repeatedly called for the embargo to be lifted. Britain has been more cautious but Mr Straw last week said he also wanted it to end, despite US objections.
''', date="2005-01-20"))
    assert [text for _, _, text in said(sts, "wanted it to end")] == ["he also wanted it to end, despite US objections"]


# --- '..., said police Monday morning.': a weekday after a lower-case source is the day, not part of its name --------

def test_day_after_an_inverted_lower_case_source():
    # https://globalnews.ca/news/6091116/service-backlog-monday-as-winnipeg-police-deal-with-violent-weekend/
    # (eval/own/docs-bk/ca/002.md): the inverted subject "police" ends before "Monday" (subjects._day_after_source,
    # read by np_after); "police" is the force the text names
    _, sts = excerpt(page('''
Winnipeg police say citizens may have a bit of a wait for officers to arrive for property and other non-emergency crime Monday.

A shotgun fired into a home Sunday and three homicides Saturday night mean police are dealing with a backlog due to the strain on their resources, said police Monday morning.
''', date="2019-10-28"))
    assert [(who, day) for who, day, _ in said(sts, "backlog")] == [("Winnipeg police", "2019-10-28")]
    # must not: a weekday after another source is left as it was read ("according to a Chinese mainland spokesman
    # Wednesday", Xinhua; eval/own/docs-ak/cn/006.md), and after a capitalised name it is part of it ("told Fox News
    # Sunday.", a programme; polnear/test/text/west-journal_2016-10-17_polls-show-despite-campaign-of-a.txt)
    assert not _day_after_source([("a", 0, 1), ("Chinese", 2, 9), ("mainland", 10, 18), ("spokesman", 19, 28)],
                                 "Wednesday")
    assert not _day_after_source([("Fox", 0, 3), ("News", 4, 8)], "Sunday")
    _, sts = excerpt(page('''
“I think what’s happening is this is a highly contested election, and it’s going to be fought all the way to the finish,” Trump running mate Gov. Mike Pence of Indiana told Fox News Sunday.
''', date="2016-10-17"))
    assert [who for who, _, _ in said(sts, "highly contested")] == ["Mike Pence"]
