"""Audit round setu: English news reports of spokespeople, ministers and named bodies as Korean, Vietnamese,
Japanese, Chinese and Philippine outlets report them (set U train documents). Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the
words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a body's name whose portfolio has an "and": "Centers for Disease Control and Prevention" ----------------------

KCDC = '''
(Yonhap)

South Korea reported 34 more cases of the new coronavirus Tuesday, with the number of imported cases almost twice that of local infections, health authorities said.

The new cases -- 21 imported cases and 13 local infections -- raised South Korea's total cases of COVID-19 to 14,423, according to the Korea Centers for Disease Control and Prevention (KCDC).

Of the local infections, Gyeonggi Province surrounding Seoul accounted for the largest share with 11, followed by Seoul with nine and the southern city of Gwangju with two, the KCDC said.
'''


def test_body_name_goes_on_past_and_in_its_portfolio():
    # http://www.koreaherald.com/view.php?ud=20200804000216 (set U 014)
    _, sts = excerpt(page(KCDC, date="2020-08-04"))
    assert [(w, d) for w, d, _ in said(sts, "raised South Korea's total cases")] == \
        [("Korea Centers for Disease Control and Prevention", "2020-08-04")]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Korea Centers"]


def test_and_before_a_person_closes_the_body_name():
    # (the rule's edge) "the Department of Transportation and Mayor John Smith": a body and a person, not one name
    _, sts = excerpt(page('''
The road to the port will stay closed until Friday, according to the Department of Transportation and Mayor John Smith.

Rice exports rose 5 percent in May, according to the Ministry of Agriculture and Rural Development.
''', date="2020-08-04"))
    assert not [st for st in sts if st.speaker and "Mayor" in st.speaker.name]
    assert [w for w, _, _ in said(sts, "Rice exports rose")] == ["Ministry of Agriculture and Rural Development"]
