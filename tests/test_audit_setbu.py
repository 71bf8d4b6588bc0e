"""Audit round setbu: wire copy of foreign ministries' spokespeople and ministers (set BU's train documents: Yonhap,
TASS, Newsmax and Townhall printing AP, Business Standard printing ANI, Malay Mail printing Bernama, Reuters). Each test
reads a real passage (its page's URL or file in a comment) as the pipeline does and asserts what an annotator expects:
who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_quotes22 import RIVERVIEW_MAYOR
from test_audit_seed10 import page, said


def speakers(sts, marker):
    return [who for who, _, _ in said(sts, marker)]


def days(sts, marker):
    return [day for _, day, _ in said(sts, marker)]


# --- an evening stamp and the next day's weekday: the dateline's day ------------------------------------------------

def test_an_evening_stamp_and_the_next_weekday_tell_the_dateline_day():
    # https://www.reuters.com/article/us-northkorea-missiles-southkorea/north-korea-says-no-inter-korean-talks-unless-
    # south-korea-u-s-end-military-drills-idUSKCN1V00SM (eval/own/docs-bu/uk/011.md): stamped on Saturday 10 August at
    # 10:08 PM, the Seoul story's "said on Sunday" is Sunday 11 August, not six days back
    _, sts = excerpt(page('''
World News

August 10, 2019 / 10:08 PM / Updated an hour ago

1 Min Read

SEOUL (Reuters) - There will not be inter-Korean talks unless South Korea and the United States end joint military exercises that set North Korea as an “enemy,” a senior official at Pyongyang’s foreign ministry said on Sunday.

Kwon Jong Gun, director-general for American affairs at the ministry, said South Korea talked “nonsense” by urging the North to stop missile tests which served its right to self-defense.

“Given that the military exercise clearly puts us as an enemy in its concept,” Kwon said in a statement carried by state media KCNA.
''', date="2019-08-10"))
    assert said(sts, "talked “nonsense”")[0][:2] == ("Kwon Jong Gun", "2019-08-11")
    assert days(sts, "Given that the military exercise") == ["2019-08-11"]
    # must not: an evening stamp with the stamp's own weekday keeps that day (eval/own/docs-v/us/002.md, reuters.com
    # idUSBREA3K1C020140421: "April 21, 2014 / 10:41 PM", Monday)
    _, sts = excerpt(page('''
#World News

April 21, 2014 / 10:41 PM / 3 years ago

Reuters Staff

1 Min Read

MOSCOW (Reuters) - The United States could impose sanctions on a range of Russian officials over the crisis in Ukraine, U.S. State Department spokeswoman Jen Psaki said on Monday.
''', date="2014-04-21"))
    assert said(sts, "impose sanctions")[0][:2] == ("Jen Psaki", "2014-04-21")
    # ... nor does a morning stamp move the days (eval/own/docs-ay/uk/005.md, reuters.com idUSKCN11J05X: "September 13,
    # 2016 / 2:21 AM", Tuesday)
    _, sts = excerpt(page(AY_005, date="2016-09-13"))
    assert said(sts, "treaty obligations and commitments")[0][:2] == ("Perfecto Yasay", "2016-09-13")


AY_005 = '''
September 13, 2016 / 2:21 AM / a year ago

Reuters Staff

1 Min Read

MANILA (Reuters) - The Philippines will continue to honor its treaty obligations with the United States, its foreign minister said on Tuesday, a day after President Rodrigo Duterte called for the withdrawal of U.S. special forces troops from southern Philippines.

"The president has said, even as a priority statement in his inaugural address, that we will respect and continue to honor our treaty obligations and commitments particularly even with the U.S.," Foreign Affairs Secretary Perfecto Yasay told a radio interview on Tuesday.
'''


# --- "a day after U.S. Secretary of State ... told": an initial's stop inside the span -----------------------------

def test_an_initials_stop_stays_inside_a_span_of_days():
    # https://cloudflarepoc.newsmax.com/newsfront/iran-nuclear/2010/12/04/id/378955/ (eval/own/docs-bu/us/004.md): "U.S."
    # had ended the span, so Clinton's words took Mottaki's Saturday; they were said the day before, and "spoke
    # Saturday" now tells his day
    _, sts = excerpt(page('''
MANAMA, Bahrain (AP) — Iran's foreign minister says Tehran will seek to broaden next week's meeting with world powers beyond nuclear issues to include the Islamic Republic's views on world affairs.

Manouchehr Mottaki's comments in a speech in Bahrain restate Iran's position that it wants Monday's planned talks in Geneva to go further than Iran's nuclear program.

Mottaki also hinted that Iran could offer more talks with the U.S. and allies if the "Iranian agenda" is added. Among the issues Iran seeks to address is Israel's undeclared but widely suspected nuclear arsenal.

Mottaki spoke Saturday, a day after U.S. Secretary of State Hillary Rodham Clinton told the Bahrain conference that Iran must prove to the world it only seeks a peaceful nuclear program.
''', date="2010-12-04"))
    assert said(sts, "must prove to the world")[0][:2] == ("Hillary Rodham Clinton", "2010-12-03")
    assert said(sts, "more talks with the U.S.")[0][:2] == ("Manouchehr Mottaki", "2010-12-04")
    # must not: the minister's own day before a span is his, "U.S." inside the span after it or not
    # (eval/own/docs-ay/uk/005.md)
    _, sts = excerpt(page(AY_005, date="2016-09-13"))
    assert days(sts, "continue to honor its treaty obligations") == ["2016-09-13"]


# --- "an official from the Japanese Embassy in Kuala Lumpur": the place the holder serves in, no holder ------------

def test_a_place_after_in_is_no_holder_of_the_title():
    # https://www.malaymail.com/news/malaysia/2021/09/13/malaysias-security-agencies-looking-into-japans-advisory-on-
    # possible-terror/2005250 (eval/own/docs-bu/my/010.md): "the official" had been "Kuala Lumpur", a person with the
    # role "official"; the official is unnamed, so the words are no one's
    _, sts = excerpt(page('''
PUTRAJAYA, Sept 13 — Malaysian security agencies, in particular the Royal Malaysian Police, are assessing the situation very carefully after Japan issued an advisory to its citizens including in Malaysia over possible terrorist threat in South-east Asia.

Earlier today, an official from the Japanese Embassy in Kuala Lumpur when contacted by Bernama, confirmed that a warning has been issued to Japanese citizens in Malaysia this morning over possible terrorist threat in this region.

“We issued the advisory following an instruction from Tokyo,” the official said without providing further information on the matter.

The official said currently approximately 31,000 Japanese nationals reside in Malaysia.
''', date="2021-09-13"))
    assert "Kuala Lumpur" not in speakers(sts, "")
    assert said(sts, "We issued the advisory") == []
    # must not: a title's holder named after it stays the holder, a place in a caption before or not
    # (https://globalnews.ca/news/7557490/shooting-incident-riverview-high-nb-mayor/, test_audit_quotes22)
    _, sts = excerpt(page(RIVERVIEW_MAYOR, date="2021-01-05"))
    assert speakers(sts, "now under control") == ["Ann Seamans"]
