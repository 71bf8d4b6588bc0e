"""Audit round setk: English news reports of spokespeople from Middle Eastern, European, African, New Zealand, Latin
American and South Asian outlets (set K's TRAIN documents, eval/own/docs-k). Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the
words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load, show


# --- a news agency credited at the end of a sentence is no speaker -------------------------------------------------

MENAFOCUS = '''
LONDON — Saudi Minister of Foreign Affairs, Adel Bin Ahmed Al-Jubeir, on Tuesday said that “there is no siege on Qatar”, emphasising that no country will be accepted with its media supporting terrorism and terrorist operations.

He went on to say that the Kingdom does not see any seriousness by Tehran in dialogue and diplomatic cooperation. He said, “Iran is destabilising the region through Hezbollah and terrorist attacks,” and referred to Al Qaeda leaders in Iran who have given orders to carry out attacks in the Kingdom, SPA added.
'''


def test_agency_added_at_the_end_is_no_speaker():
    # https://menafocus.qa/saudi-foreign-minister-we-will-not-deal-with-a-state-that-supports-terrorism-2/
    _, sts = excerpt(page(MENAFOCUS))
    assert [w for w, _, _ in said(sts, "Iran is destabilising the region")] == ["Adel Bin Ahmed Al-Jubeir"]
    assert [w for w, _, _ in said(sts, "does not see any seriousness")] == ["Adel Bin Ahmed Al-Jubeir"]
    # must not: the Saudi Press Agency's credit gives the whole sentence, frame and all, to SPA
    assert not [st for st in sts if st.speaker and st.speaker.name == "SPA"]
    assert not [st for st in sts if st.text.startswith("He said")]


# --- a statement issued, then "the statement reads" / "it adds": the issuer's words ---------------------------------

MERCOPRESS = '''
Tuesday, June 28th 2011 - 04:41 UTC

General Leopoldo Galtieri, appealing to false nationalism invaded the Falklands in 1982

The verbal escalation between the Argentine and British governments in the Falklands/Malvinas Islands sovereignty issue continued Monday with strong exchange of statements.

Argentina’s Foreign Ministry issued a statement condemning British Defence Minister Liam Fox’s earlier remarks, in which he stated that the UK has the political will and military means to defend the Islands, adding that Argentine politicians “huff and puff” will not affect London’s resolve.

“The Argentine Government strongly condemns British Defence Minister Liam Fox’s regrettable statements on the Malvinas Islands,” the statement reads.

“By choosing to ignore the international community’s calls to negotiate the islands sovereignty, the British Government continues to show its contempt over international law” it adds.
'''


def test_statement_issued_with_a_participle_is_the_issuers():
    # http://en.mercopress.com/2011/06/28/falklands-malvinas-argentina-condemns-uk-militaristic-regrettable-statements
    # "issued a statement condemning ..., in which he stated ...": the participle and the relative clause after
    # "issued a statement" are no frame of the sentence's own, so the statement is the ministry's
    _, sts = excerpt(page(MERCOPRESS, date="2011-06-28"))
    assert [w for w, _, _ in said(sts, "strongly condemns British Defence Minister")] == ["Argentina’s Foreign Ministry"]
    assert [w for w, _, _ in said(sts, "continues to show its contempt")] == ["Argentina’s Foreign Ministry"]
    # must not: the caption's Galtieri (the newest person before) speaking the statement
    assert not [st for st in sts if st.speaker and "Galtieri" in st.speaker.name]


def test_pronoun_in_a_relative_clause_on_a_persons_remarks_is_their_owner():
    # (same page) "Liam Fox’s earlier remarks, in which he stated that ...": he is Fox, not the caption's Galtieri
    _, sts = excerpt(page(MERCOPRESS, date="2011-06-28"))
    assert [w for w, _, _ in said(sts, "the UK has the political will")] == ["Liam Fox"]
    assert [w for w, _, _ in said(sts, "huff and puff")] == ["Liam Fox"]


def test_it_reads_after_an_issued_statement():
    # (same page) '“...,” it reads.' three paragraphs after "issued a statement": the ministry's words
    _, sts = excerpt(page('''
Argentina’s Foreign Ministry issued a statement condemning British Defence Minister Liam Fox’s earlier remarks.

“Argentina will never accept such bellicose provocations and will continue to comply with its obligations as a responsible member of the international community,” it reads.
''', date="2011-06-28"))
    assert [w for w, _, _ in said(sts, "will never accept such bellicose")] == ["Argentina’s Foreign Ministry"]
    # must not: "reads" a verb of speech anywhere else ("The bill reads ..." is a document)
    _, sts = excerpt(page('''
The bill was published on Monday.

“No person shall be detained without charge for more than 48 hours,” it reads.
''', date="2011-06-28"))
    assert not sts


# --- "today" under a wire dateline of another day --------------------------------------------------------------------

SPA = '''
الأربعاء 1440/1/2 هـ الموافق 2018/09/12 م واس

Cairo, Muharram 01, 1440, September 11, 2018, SPA -- Minister of Foreign Affairs Adel bin Ahmed Al-Jubeir stressed that the Kingdom of Saudi Arabia is keen on the unity, stability and security of Yemen and its brotherly people, stressing that the Kingdom has provided all the humanitarian assistance needed by the Yemeni people.
In a press statement on the sidelines of the 150th session of the Council of the Arab League at the ministerial level held in Cairo today, he said, "The meeting emphasized the centrality of the Palestinian issue for the Arab world and the importance of reaching a peaceful solution based on the Arab Peace Initiative and relevant international legitimacy resolutions and reaching a Palestinian state on the 1967 borders with East Jerusalem as its capital. "
Al-Jubeir added that the meeting also stressed the importance of supporting UNRWA in providing education, food and other humanitarian assistance to Palestinian students in refugee camps and refugee students.
'''


def test_today_under_a_dateline_of_the_day_before_the_page():
    # https://www.spa.gov.sa/1812885: the page is stamped 2018/09/12, the report's dateline is September 11 and "held
    # in Cairo today" is the dateline's day
    _, sts = excerpt(page(SPA, date="2018-09-12"))
    assert [(w, d) for w, d, _ in said(sts, "centrality of the Palestinian issue")] == \
        [("Adel bin Ahmed Al-Jubeir", "2018-09-11")]
    assert [(w, d) for w, d, _ in said(sts, "supporting UNRWA")] == [("Adel bin Ahmed Al-Jubeir", "2018-09-11")]
    # must not: the page's day
    assert not [st for st in sts if st.said_on == "2018-09-12"]


def test_today_under_a_dateline_of_the_pages_day_is_that_day():
    # (the same report as a page of its own day: no day moves) and a wire dateline in the common form
    _, sts = excerpt(page(SPA.replace("2018/09/12", "2018/09/11"), date="2018-09-11"))
    assert {st.said_on for st in sts} == {"2018-09-11"}
    _, sts = excerpt(page('''
KUALA LUMPUR, Jan 11 (Bernama) -- Foreign Minister Saifuddin Abdullah said today that Malaysia will send aid to the flood victims in the neighbouring country.
''', date="2022-01-12"))
    assert [(w, d) for w, d, _ in said(sts, "will send aid")] == [("Saifuddin Abdullah", "2022-01-11")]


# --- "said, commenting on X, that ...": the words after the participle's phrase -----------------------------------

SPUTNIK = '''
MOSCOW (Sputnik) - Kremlin spokesman Dmitry Peskov said on Monday, commenting on reports that Iran is allegedly supplying missiles, that such information not always corresponds to reality.

On Monday, CNN reported, citing sources, that Iran allegedly transferred short-range ballistic missiles to Russia for use in special military operation in Ukraine.
'''


def test_participle_phrase_between_the_verb_and_that():
    # https://sputnikglobe.com/20240909/kremlin-on-reports-of-iran-allegedly-supplying-missiles-such-information-not-always-true-1120084126.html
    _, sts = excerpt(page(SPUTNIK, date="2024-09-09"))
    assert [(w, d, t) for w, d, t in said(sts, "such information")] == \
        [("Dmitry Peskov", "2024-09-09", "such information not always corresponds to reality")]
    # must not: the reports' clause ("Iran is allegedly supplying missiles") as Peskov's words, nor CNN a speaker
    assert not said(sts, "Iran is allegedly supplying")
    assert not [st for st in sts if st.speaker and st.speaker.name == "CNN"]


def test_asked_phrase_between_told_and_that():
    # (the same construction with "when asked"): what follows the second comma is what was told
    _, sts = excerpt(page('''
Foreign Minister Sergei Lavrov told reporters, when asked about the new sanctions, that Russia would not be intimidated.
''', date="2024-09-09"))
    assert [(w, t) for w, _, t in said(sts, "intimidated")] == [("Sergei Lavrov", "Russia would not be intimidated")]
    assert not said(sts, "the new sanctions")


# --- a minister's long portfolio, then a name the given-name lists lack ---------------------------------------------

def test_name_after_a_long_portfolio_is_a_person():
    # https://english.khabarhub.com/2020/08/140765
    _, sts = excerpt(page('''
KATHMANDU: Minister for Communications and Information Technology Parbat Gurung has said that the incumbent government would not be changed.

At a program organized by Nepal Civil Servant Employees Organisation Working Committee of the Ministry of Communications and Information Technology on Sunday, Minister Gurung added that the incumbent government will provide stability and development and urged all to support the government for building prosperous Nepal.

Publish Date : 08 November 2020 21:15 PM
''', date="2020-11-08"))
    assert [(w, d) for w, d, _ in said(sts, "would not be changed")] == [("Parbat Gurung", "2020-11-08")]
    assert [w for w, _, _ in said(sts, "stability and development")] == ["Parbat Gurung"]
    # must not: a body named "Minister for Communications and Information Technology Parbat Gurung"
    assert not [st for st in sts if st.speaker and "Minister" in st.speaker.name]
    assert [s.speaker.role for s in sts if "would not be changed" in s.text] == \
        ["Minister for Communications and Information Technology"]


# --- "former" before a capitalised title after an inverted frame or "according to" ---------------------------------

def test_according_to_a_former_capitalised_title():
    # https://kyivindependent.com/russia-claims-destruction-of-ukrainian-mig-29
    _, sts = excerpt(page('''
The news came after Russian forces carried out an attack against another Ukrainian military airfield in the city of Myrhorod in Poltava Oblast on July 1. The strike resulted in "some losses," according to former Air Force spokesperson Yurii Ihnat.

"There was an attack. There are some losses, but not the ones the enemy claims," he said.
'''))
    assert [(w, t) for w, _, t in said(sts, "some losses")][0] == ("Yurii Ihnat", 'The strike resulted in "some losses,"')
    assert [w for w, _, _ in said(sts, "There was an attack")] == ["Yurii Ihnat"]
    # must not: the attack's clause before it as anyone's words
    assert not said(sts, "Russian forces carried out")


def test_said_former_capitalised_title_inverted():
    # (the inverted frame: '"...," said former Prime Minister X.' had no source; "said former minister X" had)
    _, sts = excerpt(page('''
"The plan will fail," said former Prime Minister Tony Blair.
'''))
    assert [(w, k) for w, _, _ in said(sts, "The plan will fail") for k in ["direct"]] == [("Tony Blair", "direct")]
    assert [st.kind for st in sts] == ["direct"]


# --- ", indicating that ...": a second statement, the first's words end at its comma --------------------------------

def test_indicating_that_after_described_as():
    # https://menafocus.qa/saudi-foreign-minister-we-will-not-deal-with-a-state-that-supports-terrorism-2/
    _, sts = excerpt(page('''
On Iran, Al Jubeir described the Iranian Foreign Minister’s statements about rapprochement with the Kingdom as “ridiculous”, indicating that Iran must first change its policies, including its support of terrorism and interference with the affairs of other nations, if it seeks rapprochement and improvement of its relationship with Saudi.
'''))
    assert [t for _, _, t in said(sts, "ridiculous")] == \
        ["the Iranian Foreign Minister’s statements about rapprochement with the Kingdom as “ridiculous”"]
    assert [(w, t[:35]) for w, _, t in said(sts, "Iran must first change")] == [("Al Jubeir", "Iran must first change its policies")]
    # must not: one statement running across the participle
    assert not said(sts, "indicating")


# --- a country after its possessive body: the country --------------------------------------------------------------

def test_country_after_its_ministry_is_the_country():
    # https://kyivindependent.com/russia-claims-destruction-of-ukrainian-mig-29
    _, sts = excerpt(page('''
The Russian military destroyed a Ukrainian Mig-29 fighter jet that was stationed on the Dovhyntseve airfield in Dnipropetrovsk Oblast, Russia's Defense Ministry claimed on July 4.

Russia claimed earlier it allegedly destroyed five Su-27 fighter jets which were stationed at the Myrhorod military airbase.
'''))
    assert [w for w, _, _ in said(sts, "Mig-29 fighter jet")] == ["Russia's Defense Ministry"]
    assert [w for w, _, _ in said(sts, "five Su-27")] == ["Russia"]
    # must not: the ministry (whose owner "Russia" is) speaking for the country
    assert len([st for st in sts if st.speaker and st.speaker.name == "Russia's Defense Ministry"]) == 1


# --- a participle opening the sentence: what the main clause's subject said ----------------------------------------

def test_saying_that_opening_the_sentence():
    # https://english.khabarhub.com/2020/08/140765
    _, sts = excerpt(page('''
KATHMANDU: Minister for Communications and Information Technology Parbat Gurung has said that the incumbent government would not be changed.

Saying that the government was committed to the rights of civil servants, Minister Gurung expressed his commitment to approve the Federal Civil Service Act from the parliament as soon as possible.
''', date="2020-11-08"))
    assert [(w, t) for w, _, t in said(sts, "committed to the rights")] == \
        [("Parbat Gurung", "the government was committed to the rights of civil servants")]
    assert [w for w, _, _ in said(sts, "his commitment to approve")] == ["Parbat Gurung"]
    # must not: the participle's clause run on into the main clause
    assert not [st for st in sts if "committed to the rights" in st.text and "Federal Civil Service" in st.text]


# --- '“...,” it stated.' after a person's statement: hers -----------------------------------------------------------

NEWSCENTRAL = '''
President Uhuru Kenyatta on Friday held a meeting with senior security chiefs drawn from the National Government Administration Office (NGAO) and the National Police Service (NPS) at State House, Nairobi.
State House spokesperson Kanze Dena said in a statement that the Head of State, Regional and County Commissioners discussed a wide range of national security concerns.
“Led by Interior Cabinet Secretary Dr Fred Matiang’i, the security chiefs thanked President Kenyatta for the support their formations receive from the Government including improved welfare, and assured the Head of State of their commitment to continue discharging their mandate professionally,” it stated.
The meeting was also attended by Head of Public Service Joseph Kinyua, Interior PS Karanja Kibicho and CAS Hussein Dado.
'''


def test_it_stated_after_a_persons_statement():
    # https://newscentral.africa/security-chiefs-president-kenyatta-meets-top-security-chiefs-amid-terror-attack-alerts
    _, sts = excerpt(page(NEWSCENTRAL))
    assert [(w, k) for w, _, _ in said(sts, "Led by Interior Cabinet Secretary") for k in ["direct"]] == \
        [("Kanze Dena", "direct")]
    # must not: a body of the text (NPS, NGAO, State House) speaking it, nor Kenyatta
    assert {st.speaker.name for st in sts if st.speaker} == {"Kanze Dena"}
    # and "it" after a body's words stays the body's: 'Apple said in a statement. It added that ...' is no person's
    _, sts = excerpt(page('''
"Members of Apple Developer Connection receive advance copies of Apple software under strict confidentiality agreements," Apple said in a statement.

It added that its future financial results were very much dependent on developing its operating systems.
'''))
    assert not [st for st in sts if "financial results" in st.text and st.speaker and st.speaker.kind == "person"]
    # nor after a body's statement a person's words came between: '“...,” the former monopoly said in a statement.
    # “...,” BT chief executive Ben Verwaayen said. ... It added that ...' (bbc-news/business/252)
    _, sts = excerpt(page('''
"Central to the proposals are plans by BT to offer operators lower wholesale prices," the former monopoly said in a statement. "The United Kingdom has the opportunity to create the most exciting and innovative telecoms market in the world," BT chief executive Ben Verwaayen said.

It added that it plans to invest £10bn in the next five years to create a "21st Century network".
'''))
    assert not [st for st in sts if "invest £10bn" in st.text and st.speaker and "Verwaayen" in st.speaker.name]


# --- ", adding (that) CLAUSE" after a predicate that is no speech: the subject's words -----------------------------

def test_adding_a_clause_after_an_action():
    # https://newscentral.africa/security-chiefs-president-kenyatta-meets-top-security-chiefs-amid-terror-attack-alerts
    _, sts = excerpt(page('''
The United States Embassy in Kenya on Friday urged its citizens to exercise vigilance in public places frequented by tourists.
The Kenya Police Service has since allayed fears of a looming terror attack, adding it is yet to be officially notified by said foreign governments.
'''))
    assert [(w, t) for w, _, t in said(sts, "officially notified")] == \
        [("Kenya Police Service", "it is yet to be officially notified by said foreign governments")]
    # must not: the action ("allayed fears") as words, nor the embassy speaking the police's clause
    assert not said(sts, "allayed fears")
    # and "adding" with no clause after it frames nothing: "adding to the confusion"
    _, sts = excerpt(page('''
The Kenya Police Service closed two roads on Friday, adding to the confusion in the city centre.
'''))
    assert not sts


def test_adding_after_a_frame_the_sentence_gives_is_not_the_clause_subjects():
    # (the lead's merge check over PolNeAR) "Washington did not complain when China's spending helped global growth, a
    # Chinese official said, adding that the impact of closing factories was hard to estimate.": the unnamed official
    # adds it, not Washington, the subject of the words before
    doc, sts = load("polnear/train/text/nyt_2016-06-07_china-rebuts-american-criticism-.txt",
                    "a Chinese official said, adding that")
    assert not [s for s in sts if s.speaker and s.speaker.name == "Washington"], show(sts)
