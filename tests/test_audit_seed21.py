"""Audit round seed21: the classes left on the WORK pages of the seed-like rounds (seed17, vncn18, seed19, seed20):
English reports by Vietnamese, Chinese, Korean and Philippine outlets of what spokespeople said. Each test reads the
real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "the defense chief": the portfolio's secretary or minister the text named ---------------------------------------

def test_portfolio_chief_refers_back_to_the_secretary():
    # https://usasianpost.com/?p=117087
    _, sts = excerpt(page('''
MANILA – The Philippines will not alter its position on the West Philippine Sea (WPS) despite reports of increased Chinese presence in the area, Defense Secretary Gilberto Teodoro Jr. said Monday, stressing that any shift would be “to the great detriment of our national interest.”

“Sumusuporta ang maraming bansa kasi pareho ang interest — international law at UNCLOS (We are supported by many countries because we have the same interest, which is based on international law and UNCLOS),” he said.

The defense chief confirmed that the Armed Forces of the Philippines has observed a heightened Chinese presence not only in Ayungin Shoal but also in other parts of the WPS, though he noted such movements are not unusual.
'''))
    assert [w for w, _, _ in said(sts, "heightened Chinese presence")] == ["Gilberto Teodoro Jr."]
    assert said(sts, "The defense chief") == []


# --- an interview of one answer: "Reporter:" asks, the labelled ambassador answers ------------------------------------

def test_reporter_label_asks_and_the_labelled_ambassador_answers():
    # https://en.qdnd.vn/foreign-affairs/bilateral-relations/china-attaches-importance-to-welcomes-n-a-chairman-vuong-dinh-hue-s-visit-ambassador-...
    doc, sts = excerpt(page('''
On this occasion, Chinese Ambassador to Vietnam Xiong Bo granted the Vietnam News Agency (VNA) an interview on contents related to the visit.

Reporter: N.A. Chairman Vuong Dinh Hue will visit China in the coming days. Could you please say about the meanings of the visit to the relationship between the two countries?

Ambassador Xiong Bo: This will be the first official visit that Vietnamese N.A. Chairman Vuong Dinh Hue pays to China as the leader of the Vietnamese N.A. China attaches great importance to and warmly welcomes this visit.

The visit is an important interaction between high-ranking leaders of the two Parties and two countries with an aim to maintain and strengthen strategic exchanges.
'''))
    assert [w for w, _, _ in said(sts, "first official visit")] == ["Xiong Bo"]
    assert [w for w, _, _ in said(sts, "important interaction")] == ["Xiong Bo"]
    assert said(sts, "Could you please") == []
