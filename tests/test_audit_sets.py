"""Audit round "sets" (set S): UN, EU, Indian, Thai and Gulf spokespeople and ministers as news reports them. Each test
reads a real passage of a TRAIN document of set S (its page's URL in a comment) as the pipeline does and asserts what
an annotator expects: who said it, when, and the words, and what must not be read."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a long occasion after the frame: "said at a Brussels press briefing following ..." -----------------------------

STANO = '''
BRUSSELS - European Commission (EC) spokesperson Peter Stano said on Thursday the EC stood ready to support Serbia in implementing all recommendations of the OSCE Office for Democratic Institutions and Human Rights (ODIHR).

"We stand ready to provide support for the implementation of all the recommendations by ODIHR OSCE, including on the issues that are vital for the public in Serbia, for the Serbian people, and for its confidence in the electoral process, because there are more elections to come in Serbia," Stano said at a Brussels press briefing following Wednesday's release of the final ODIHR report on the December elections in Serbia.

"We stand ready to support the Serbian authorities in addressing all those issues," he said.
'''


def test_quotation_framed_at_a_place_named_press_briefing():
    # https://infobalkans.com/2024/02/29/stano-ec-stands-ready-support-serbia-implementing-odihr-recommendations
    # (set S 010, train): the occasion's place ("a Brussels press briefing") and what followed it are no content
    _, sts = excerpt(page(STANO, date="2024-02-29"))
    assert [(w, d) for w, d, _ in said(sts, "more elections to come in Serbia")] == [("Peter Stano", "2024-02-29")]
    assert [(w, d) for w, d, _ in said(sts, "addressing all those issues")] == [("Peter Stano", "2024-02-29")]
    # must not: the release's day ("following Wednesday's release") as the day he spoke, nor the frame as words
    assert not [st for st in sts if st.said_on == "2024-02-28"]
    assert not [st for st in sts if "Brussels press briefing" in st.text]


def test_possessive_weekday_of_an_event_dates_no_words():
    # (same page's class) "said Tuesday's vote was rigged": Tuesday is the vote's; an occasion's stays ("at Friday's
    # press briefing")
    _, sts = excerpt(page('''
BRUSSELS - The observers have published their report.

European Commission spokesperson Peter Stano said Tuesday's vote in Serbia had been marred by irregularities.

Stano told reporters at Friday's press briefing that the Commission expected a transparent follow-up.
''', date="2024-02-29"))
    assert [w for w, _, _ in said(sts, "marred by irregularities")] == ["Peter Stano"]
    assert not [st for st in sts if "marred" in st.text and st.said_on == "2024-02-27"]
    assert [(w, d) for w, d, _ in said(sts, "transparent follow-up")] == [("Peter Stano", "2024-02-23")]


# --- "..., Hamas, an official says": the unnamed official is the subject -------------------------------------------

def test_unnamed_official_after_a_name_set_off_in_the_clause():
    # https://trtworld.com/middle-east/humanitarian-pause-not-enough-for-aid-delivery-urge-for-ceasefire-un-16048512
    # (set S 002, train)
    _, sts = excerpt(page('''
UN chief Antonio Guterres told the UN Security Council that the level of aid remains completely inadequate to meet the huge needs of more than 2 million people.

The UN welcomed the recent extension of a humanitarian pause between Israel and the Palestinian resistance group, Hamas, an official says, as it urges a ceasefire in Gaza.

"We need to have a ceasefire for humanitarian purposes. We welcome the fact that this pause or stoppage or silence of the guns has been extended for 24 hours,” spokesman Stephane Dujarric told reporters in New York.
'''))
    # must not: Hamas as the speaker of the UN's welcome ("Hamas, an official" is no apposition without its comma)
    assert not [st for st in sts if st.speaker and st.speaker.name == "Hamas"]
    assert [w for w, _, _ in said(sts, "We need to have a ceasefire")] == ["Stéphane Dujarric"]
    assert [w for w, _, _ in said(sts, "completely inadequate")] == ["António Guterres"]


def test_named_person_with_an_apposition_missing_its_comma_still_speaks():
    # (the same rule's bound) a person's two-word name set off before "an official said" stays the speaker
    _, sts = excerpt(page('''
GENEVA - The talks went on.

The plan was approved by the cabinet on Monday, John Smith, an official said.
''', date="2024-02-29"))
    assert [w for w, _, _ in said(sts, "The plan was approved")] == ["John Smith"]


# --- "stressed on the importance of": the object after the preposition is what was said ---------------------------

def test_stressed_on_the_importance_of_is_the_words_not_the_opening_adjunct():
    # https://lovin.co/abudhabi/en/latest/ministry-dubai-tensions/ (set S 011, train)
    _, sts = excerpt(page('''
The Ministry of Foreign Affairs and International Cooperation reiterates its efforts in following up with the developments in the Middle East and reaffirms the importance of de-escalating current tensions.

In an official statement published on Wednesday, the Ministry stressed on the importance of ‘dialogue and political solutions in the current situation.’

The announcement comes following rumours of a story pertaining to that of the Iran-US tensions.
'''))
    words = said(sts, "dialogue and political solutions")
    assert [w for w, _, _ in words] == ["Ministry of Foreign Affairs and International Cooperation"]
    # must not: the opening adjunct read as the ministry's words
    assert not [st for st in sts if st.text.startswith("In an official statement")]


def test_said_on_the_sidelines_stays_an_adjunct():
    # (the rule's bound) "said on the sidelines of" is where, not what
    _, sts = excerpt(page('''
GENEVA - The talks went on.

The talks are stalled, the Foreign Ministry said on the sidelines of the summit.
''', date="2024-02-29"))
    assert [w for w, _, t in said(sts, "The talks are stalled")] == ["Foreign Ministry"]


# --- a frame inside another's reported words: both statements --------------------------------------------------------

def test_frame_opening_another_speakers_words_is_a_statement_of_its_own():
    # https://trtworld.com/middle-east/humanitarian-pause-not-enough-for-aid-delivery-urge-for-ceasefire-un-16048512
    # (set S 002, train): GUIDELINES, a framed statement inside another speaker's is a statement of its own
    _, sts = excerpt(page('''
"We need to have a ceasefire for humanitarian purposes," spokesman Stephane Dujarric told reporters in New York.

He added that UN chief Antonio Guterres told the UN Security Council on Wednesday that the level of aid remains "completely inadequate to meet the huge needs of more than 2 million people."
'''))
    assert [w for w, _, t in said(sts, "completely inadequate") if t.startswith("UN chief")] == ["Stéphane Dujarric"]
    assert [w for w, _, t in said(sts, "completely inadequate") if t.startswith("the level of aid")] == \
        ["António Guterres"]


def test_no_statement_for_a_name_inside_a_described_subject():
    # (the rule's bound; polnear/train/text/nyt_2016-02-03_tax-overhaul-remains-a-distant-g.txt) "a commission
    # appointed by President George W. Bush estimated": the commission, unnamed, not Bush
    _, sts = excerpt(page('''
WASHINGTON - The plan stalled.

Jason Furman, who leads Mr. Obama's Council of Economic Advisers, said that a commission appointed by President George W. Bush estimated in 2005 that a fundamental tax overhaul would add less than 1 percent to long-run national economic output.
''', date="2016-02-03"))
    assert not [st for st in sts if st.speaker and "Bush" in st.speaker.name]
    assert [w for w, _, _ in said(sts, "less than 1 percent")] == ["Jason Furman"]


# --- "warned (on Friday) of X": the danger is the words ----------------------------------------------------------------

def test_warned_of_with_its_day_is_a_statement():
    # http://english.cqnews.net/html/2019-11/11/content_50717704.htm (set S 008, train): Xinhua's lead, "The United
    # Nations is warning of an unfolding emergency"; the same with the day between ("on Friday warned of ...")
    _, sts = excerpt(page('''
UNITED NATIONS, Nov. 8 (Xinhua) -- The United Nations is warning of an unfolding emergency in the aftermath of flooding in South Sudan.

The UN refugee agency on Friday warned of a looming famine in the country.
''', date="2019-11-11"))
    assert [(w, d) for w, d, _ in said(sts, "unfolding emergency")] == [("United Nations", "2019-11-08")]
    assert [(w, d) for w, d, _ in said(sts, "looming famine")] == [("UNHCR", "2019-11-08")]
    # must not: "of" kept as the first word of the words
    assert not [st for st in sts if st.text.startswith("of ")]


# --- "External Affairs Ministry spokesperson X" ... "said MEA spokesperson": the acronym spells the head first ------

def test_mea_spokesperson_refers_back_to_the_external_affairs_ministry_spokesperson():
    # the class of https://news.vebnox.com/no-updates-on-when-sheikh-hasina-will-leave-india-says-mea-india-news-times-of-india
    # (set I 002, train: "said MEA spokesperson" after the ministry's named spokesperson), in PTI's word order
    # ("External Affairs Ministry spokesperson", as Indian outlets of set S print it: docs-s/in/004.md)
    _, sts = excerpt(page('''
NEW DELHI: External Affairs Ministry spokesperson Randhir Jaiswal on Thursday said that India has no updates on when Sheikh Hasina will leave India.

MEA confirmed that diplomats have been invited to the oath ceremony. “Diplomatic community members have been invited to participate and it is likely that our high commissioner (to Bangladesh) would participate,” said MEA spokesperson.
''', date="2024-08-08"))
    assert [w for w, _, _ in said(sts, "Diplomatic community members")] == ["Randhir Jaiswal"]
    # must not: the acronym as a person's name
    assert not [st for st in sts if "Diplomatic community" in st.text and st.speaker and st.speaker.name == "MEA"]


def test_no_nested_statement_under_the_press_own_frame():
    # business-standard.com (set I, docs-i/in/022.md, train): "Media reports said that Jaishankar told ..." -- the outer
    # frame is the press's, no statement found, so nothing nests in it; the occasion of the spokesperson's Thursday
    # briefing must not date Jaishankar's committee words (gold: his October 18 briefing)
    _, sts = excerpt(page('''
The Ministry of External Affairs on Thursday declined to comment on the Foreign Secretary's briefing to the Parliamentary Committee on surgical strikes across the Line of Control.

Jaishanker briefed the Parliamentary Committee on October 18 on the surgical strikes conducted by Indian Army on terrorist launch pads in Pakistan occupied Kashmir.

Media reports said that Jaishankar told the Parliamentary Committee that India had in the past too conducted similar strikes across the LoC.
''', date="2016-10-20"))
    assert not [st for st in sts if "similar strikes" in st.text and st.said_on == "2016-10-20"]
