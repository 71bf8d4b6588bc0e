"""Audit round fix9a: error classes found on the brief9 round's held-out pages (their figures taken before this
round, so the pages may now be tuned on). Each test quotes a real page (its URL in a comment) and checks one class."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_audit_cases import excerpt, only_statement as _one, said as _said  # noqa: E402


# https://www.info.gov.hk/gia/general/201204/23/P201204230452.htm
HK_MEDIA_SESSION = """---
date: 2012-04-23
source_url: https://www.info.gov.hk/gia/general/201204/23/P201204230452.htm
---

Following is the transcript of remarks by the Chief Executive, Mr Donald Tsang, at a media session after attending the presentation ceremony of the Hong Kong News Awards 2011 today (April 23):

Chief Executive: There is one point about the transitional arrangements. I can assure you that things are going pretty well. I see CY quite regularly, at least once a week, and we also talk to each other on the phone as well. A number of things we have to do, for instance, the setting up of a new structure for him. Of course he hasn't explained to LegCo what it is all about. But I have now put in all the procedural support for him to ensure that the new team will then come into operation as soon as possible immediately on the first of July. Other things are going quite well. I'm quite confident that we'll be able to achieve what I call a seamless transition.

Reporter: In your speech just now you talked about press freedom. Do you have any specific examples in mind?

Chief Executive: No, I'm just saying we're looking at different sides of a coin. Sometimes we are on the receiving end of very critical questions. You're on the proposal, on the other side of the coin and therefore we are looking at the same issue from a different perspective, and obviously feelings are very different. All I am saying is, very important is, press freedom is one of the fundamental core values in Hong Kong, and it is something we must protect and preserve.

(Please also refer to the Chinese portion of the transcript.)

Ends/Monday, April 23, 2012
Issued at HKT 17:05
"""


def test_hong_kong_closing_lines_end_the_last_answer():
    """'(Please also refer to the Chinese portion of the transcript.)' and 'Ends/Monday, ...' close every Hong Kong
    government page: the last answer ends before them."""
    doc, statements = excerpt(HK_MEDIA_SESSION)
    said = _said(statements)
    assert [n for n, _, _ in said] == ["Donald Tsang", "Donald Tsang"], said
    assert said[-1][2].endswith("it is something we must protect and preserve.")
    assert all("Chinese portion" not in t and "Ends/" not in t for _, _, t in said)


# https://www.thestar.com.my/story/?file=%2F2008%2F1%2F2%2Fnation%2F19898562&amp;sec=nation
CHUA_QA_HEAD = """---
title: "A calm Chua faces newsmen"
date: 2008-01-02
source_url: https://www.thestar.com.my/story/?file=%2F2008%2F1%2F2%2Fnation%2F19898562&amp;sec=nation
---

Wednesday January 2, 2008

A calm Chua faces newsmen
"""
CHUA_QA_LEDE = """
HEALTH Minister Datuk Seri Dr Chua Soi Lek was in an uncomfortable position yesterday as he faced down pressmen. But he was brave and calm as he fielded questions from the reporters.
"""
CHUA_QA_TURNS = """
Q: Datuk, do you know who is behind the tape?

A: If you look at the statement, what is left out is why have they done this tape. The reason is obvious. But that is not in the statement.

Q: Any idea, Datuk, who did it?

A: Who has done it is not important, I already said I will not speculate.

Q: When did you meet the PM?

A: I met the Prime Minister yesterday.
"""


def test_qa_answers_are_the_lede_subjects_who_faced_the_press():
    """A Q:/A: page whose interviewee is named only as the subject of its lede, which has him face the press
    ('... was in an uncomfortable position yesterday as he faced down pressmen'): the A: answers are his, said on
    the day the lede gives ('yesterday')."""
    doc, statements = excerpt(CHUA_QA_HEAD + CHUA_QA_LEDE + CHUA_QA_TURNS)
    said = _said(statements)
    assert doc.genre == "transcript"
    assert [(n, d) for n, d, _ in said] == [("Chua Soi Lek", "2008-01-01")] * 3, said
    assert said[0][2].startswith("If you look at the statement") and said[-1][2] == "I met the Prime Minister yesterday."


def test_qa_answers_without_a_named_lede_subject_stay_unattributed():
    """The same page without its lede: the headline's 'A calm Chua faces newsmen' names no one in full, so the
    answers are given to no one."""
    doc, statements = excerpt(CHUA_QA_HEAD + CHUA_QA_TURNS)
    assert not [s for s in _said(statements) if s[0] and "Chua" in s[0]]


# https://www.mfa.gov.af/user/spokesperson-office-mfa/page-8.html
MFA_KABUL_RELEASES = """---
source_url: https://www.mfa.gov.af/user/spokesperson-office-mfa/page-8.html
---

Sunday 19 September 2021

KABUL – Ministry of Foreign Affairs is aware of the decision by the Australian Government to temporarily suspend its Embassy in Kabul due to security situation.

Respecting Australia’s decision, the Ministry of Foreign Affairs is grateful to Australia’s comprehensive support and cooperation with Afghanistan in the last two decades.

We remain grateful to Australia’s reaffirmed commitment to continue its support and assistance to Afghanistan and acknowledge that the realization of these pledges play a significant role in the fight against terrorism, ensuring peace and stability in Afghanistan, and continuation of strategic cooperation between the two countries.

We hope, as mentioned in the Australian Government Statement, that this measure will be temporary, and Australia will soon resume its permanent presence in Afghanistan.

KABUL – Ministry of Foreign Affairs welcomes the statement by the NATO Secretary General in France, emphasizing continued support to Afghanistan following the withdrawal of the NATO forces from Afghanistan.

We appreciate NATO’s statement reaffirming its support to Afghanistan on capacity building, support to the institutions, financial support, and training of the Afghan National Defense and Security Forces and providing services for the functioning of Kabul airport. We consider NATO’s support commensurate with the needs of the ANSDF.
"""


def test_ministry_release_under_a_dash_dateline_is_the_ministrys_paragraphs():
    """'KABUL – Ministry of Foreign Affairs is aware of ...' then 'the Ministry ... is grateful', 'We remain ...': a
    body's release in its own name and as 'we'; each paragraph is the ministry's, without the dateline."""
    doc, statements = excerpt(MFA_KABUL_RELEASES)
    said = _said(statements)
    assert doc.genre == "release"
    assert [n for n, _, _ in said] == ["Ministry of Foreign Affairs"] * 6, said
    assert said[0][2].startswith("Ministry of Foreign Affairs is aware of the decision")
    assert said[3][2].startswith("We hope, as mentioned") and said[4][2].startswith("Ministry of Foreign Affairs welcomes")
    assert said[5][2].endswith("commensurate with the needs of the ANSDF.")


# http://ec.europa.eu/avservices/video/shotlist.cfm?ref=89763
EC_SHOT_LIST = """---
title: "Foreign Affairs Council (FAC): Extracts from the arrivals and doorsteps"
date: 2012-11-19
source_url: http://ec.europa.eu/avservices/video/shotlist.cfm?ref=89763
---

Foreign Affairs Council (FAC): Extracts from the arrivals and doorsteps

Type: NEWS Référence: 89763 Durée: 00:06:37 Première transmission: 19/11/2012 Lieu: Brussels, Belgium - Council
Fin de production: 19/11/2012

EU foreign ministers will discuss the situation in the eastern Democratic Republic of the Congo and then the latest events in Syria and elsewhere in the EU's southern neighbourhood. The Council will then take stock of the Middle East Peace Process and debate the situation in Ukraine following the recent parliamentary elections.

00:00:00 Title 00:00:04
00:00:04 Erkki Tuomioja, Finnish Minister for Foreign Affairs 00:00:10
00:00:27 János Martonyi, hungarian Minister for Foreign Affairs 00:00:08
00:00:35 SOUNDBITE by William Hague, UK Foreign Secretary (In English) saying that: We will of course talk about the situation in Syria. I had a good meeting with the new Syrian opposition coalition on Friday in London; I was impressed with their objectives, with their clarity, their determination to be inclusive in Syria of all communities and groups within Syria and I'll be speaking in our Parliament next week about how we now intend to increase our support for that opposition coalition and bring greater international support for them at the same time. 00:00:37
00:01:12 Karel Schwarzenberg, Czech Minister for Foreign Affairs 00:00:08
"""


def test_shot_list_soundbite_is_the_named_speakers():
    """'SOUNDBITE by William Hague, UK Foreign Secretary (In English) saying that: ...': the words after the colon, up
    to the next time code, are Hague's, on the day of the shot list; the other shots name people who say nothing."""
    name, day, text = _one(EC_SHOT_LIST)
    assert (name, day) == ("William Hague", "2012-11-19")
    assert text.startswith("We will of course talk about the situation in Syria.")
    assert text.endswith("bring greater international support for them at the same time.")


# https://www.pakistanpoint.com/amp/en/story/634262/japanese-foreign-minister-says-latest-22-talks-with-ru.html
KONO_TWO_PARAGRAPH_QUOTE = """---
title: "Japanese Foreign Minister Says Latest 2+2 Talks With Russia Useful, Constructive"
date: 2019-05-30
source_url: https://www.pakistanpoint.com/amp/en/story/634262/japanese-foreign-minister-says-latest-22-talks-with-ru.html
---

Japanese Foreign Minister Says Latest 2+2 Talks With Russia Useful, Constructive

TOKYO (Pakistan Point News / Sputnik - 30th May, 2019) The latest 2+2 talks between Russian and Japanese foreign and defense ministers were useful and constructive, Japanese Foreign Minister Taro Kono said Thursday.

"The security situation in the Asia Pacific region is changing almost every hour and every minute, and the region is facing various challenges.

Under such circumstances, a frank exchange of views on a broad range of issues between the heads of the defense and foreign ministries of Japan and Russia - the countries responsible for peace and stability in the region - is important. I think that today's consultations were also constructive and useful," Kono told reporters after the talks.
"""


def test_quote_over_two_paragraphs_closed_by_a_frame_without_a_second_opening_mark():
    """'"The security situation ... various challenges.' then a paragraph with no opening mark ending 'constructive
    and useful," Kono told reporters after the talks.': one quotation over both paragraphs, Kono's."""
    doc, statements = excerpt(KONO_TWO_PARAGRAPH_QUOTE)
    said = [s for s in _said(statements) if s[2].startswith("The security situation")]
    assert len(said) == 1, _said(statements)
    name, _, text = said[0]
    assert name == "Taro Kono"
    assert "\n\nUnder such circumstances, a frank exchange of views" in text
    assert text.endswith("I think that today's consultations were also constructive and useful")
    assert not [s for s in _said(statements) if s[2] == "I think that today's consultations were also constructive and useful"]


# https://www.singaporenewstribe.com/mfa-press-release-transcript-of-minister-for-foreign-affairs-and-minister-for-law-k-shanmugams-interview-with-iranian-media-in-tehran-on-25-february-2014/
SHANMUGAM_INTERVIEW = """---
title: "MFA Press Release: Transcript of Minister for Foreign Affairs and Minister for Law K Shanmugam’s Interview with Iranian Media in Tehran on 25 February 2014"
source_url: https://www.singaporenewstribe.com/mfa-press-release-transcript-of-minister-for-foreign-affairs-and-minister-for-law-k-shanmugams-interview-with-iranian-media-in-tehran-on-25-february-2014/
---

MFA Press Release: Transcript of Minister for Foreign Affairs and Minister for Law K Shanmugam’s Interview with Iranian Media in Tehran on 25 February 2014

Iranian media: First of all, let me extend a warm welcome to Your Excellency. My question is on the Iran and P5+1 talks. What is Your Excellency’s assessment regarding the Iran and P5+1 talks, and how do you see the final end and final result of these talks, and the result of these talks on Iran – Asia and Iran – World cooperation?

Minister Shanmugam: I think even the President of the United States cannot answer this question. But let me try. I asked President Rouhani and Foreign Minister Zarif yesterday, and I also asked Dr Velayati today, because the Iranian leadership is amongst those in the driving seat, in terms of the P5+1 talks. From an outsider’s perspective and from the perspective of a friend of Iran, what we have seen so far is very encouraging. The temporary agreement that has been reached is positive. And my understanding after speaking with the Foreign Minister and His Excellency is that there are obviously obstacles but these are not insurmountable. And with goodwill on both sides, and a focus on the key essentials and what is important for Iran and what is important for the rest of world within the framework of the NPT (Nuclear Non-Proliferation Treaty), I think it is possible to reach a deal. And the Foreign Minister emphasised that it is not just economics. It must also relate to the dignity of Iran. And we understand that. And so we hope that for the benefit of the Iranian people and the entire region, a deal can be reached.

Iranian media: How do you assess the current position of Iran in the region?
"""


def test_given_name_as_a_lone_initial_names_the_interviewee_of_the_headline():
    """'... Minister for Law K Shanmugam’s Interview with Iranian Media ...' then 'Minister Shanmugam:': the initial
    'K' is his given name (Singapore's style), so the label's surname finds him; dated by the headline's day. The
    'Iranian media:' label asks."""
    name, day, text = _one(SHANMUGAM_INTERVIEW)
    assert (name, day) == ("K Shanmugam", "2014-02-25")
    assert text.startswith("I think even the President of the United States cannot answer this question.")
    assert text.endswith("a deal can be reached.")      # the next 'Iranian media:' question is no part of it


def test_a_lone_capital_is_no_given_name_without_a_title():
    from pressarchive.extract.transcripts import _split_name
    assert _split_name("Minister for Law K Shanmugam") == ("K Shanmugam", "Minister for Law")
    assert _split_name("A Chua")[0] is None and _split_name("I Shanmugam")[0] is None


# https://www.reuters.com/world/middle-east/saudi-foreign-minister-describes-talks-with-iran-cordial-exploratory-ft-2021-10-15/
FT_REPORTED = """---
title: "Saudi foreign minister describes talks with Iran as 'cordial' and 'exploratory' - FT"
date: 2021-10-15
source_url: https://www.reuters.com/world/middle-east/saudi-foreign-minister-describes-talks-with-iran-cordial-exploratory-ft-2021-10-15/
---

Saudi foreign minister describes talks with Iran as 'cordial' and 'exploratory' - FT

Saudi Arabia's Foreign Minister Faisal bin Farhan Al-Saud speaks during a joint news conference with EU foreign policy chief Josep Borrell in Riyadh, Saudi Arabia, October 3, 2021. REUTERS/Ahmed Yosri

Oct 15 (Reuters) - Saudi Arabian Foreign Minister Prince Faisal bin Farhan has said that talks with Iran had been "cordial," describing the negotiations as "exploratory,” the Financial Times reported on Friday.
"""


def test_outlets_frame_after_a_quotation_is_no_part_of_what_was_said():
    """'..., describing the negotiations as "exploratory,” the Financial Times reported on Friday.': the outlet's frame
    closing the sentence is cut from the reported words."""
    said = _said(excerpt(FT_REPORTED)[1])
    assert said and all(n == "Faisal bin Farhan" for n, _, _ in said), said
    assert any("exploratory" in t for _, _, t in said)
    assert not [t for _, _, t in said if "Financial Times" in t or "reported" in t]


def test_dateline_with_outlets_and_day_in_brackets_is_no_part_of_the_reported_words():
    """'TOKYO (Pakistan Point News / Sputnik - 30th May, 2019) The latest 2+2 talks ... were useful and constructive,
    Japanese Foreign Minister Taro Kono said Thursday.': the reported clause opens after the dateline."""
    said = _said(excerpt(KONO_TWO_PARAGRAPH_QUOTE)[1])
    assert ("Taro Kono", "2019-05-30", "The latest 2+2 talks between Russian and Japanese foreign and defense ministers "
            "were useful and constructive") in said, said
