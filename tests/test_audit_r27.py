"""Audit round 27 (helper r27), the lead's classes: real passages of the shared corpora (file named in each test),
what an annotator marks under GUIDELINES.md, and what must not be."""
from test_hard_cases import assert_speaker, load, near, show, the


def test_it_is_the_company_the_sentence_before_described():
    # zyte-article-extraction (spacepolicyonline.com, NASA hearing): "Boeing is one of the companies bidding on the HLS
    # program, and confirmed that its approach makes use of the SLS. In a statement released November 5, the day the
    # proposals were due to NASA, it said it submitted a proposal ...": Boeing's words (the sentence before calls it a
    # company), not NASA's, named paragraphs before and inside the adjunct
    rel = "zyte-article-extraction/html/c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4.html.gz"
    doc, sts = load(rel, "In a statement released November 5")
    st = the(doc, sts, "it submitted a proposal that would involve the launch")
    assert_speaker(st, "Boeing", "indirect")
    assert st.said_on == "2019-11-05", show([st])
    # ... must not: "they" is no such company: bbc-news/business/300, "Guidant is a key producer of equipment ...
    # Analysts said that the deal ... They also pointed out that more mergers are likely ...": the analysts, unnamed
    doc, sts = load("bbc-news/business/300.txt", "They also pointed out")
    assert not [st for st in sts if "more mergers are likely" in st.text and st.speaker is not None], \
        show(near(doc, sts, "They also pointed out"))
