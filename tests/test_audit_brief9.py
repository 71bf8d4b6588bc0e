"""Audit round brief9 (issue 8): briefings, releases and interviews of other governments and the UN. Each test
quotes a real page (its URL in a comment) and checks one class of error fixed in this round."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_audit_cases import excerpt, only_statement as _only, said as _said  # noqa: E402


# https://www.un.org/sg/en/content/former-secretary-general/statements/2008-09-22/statement-attributable-the-spokesperson-for-the-secretary-general-recent-bombings-spain
SG_SPOKESPERSON_STATEMENT = """---
title: "Statement Attributable to the Spokesperson for the Secretary-General on recent bombings in Spain"
date: 2008-09-22
source_url: https://www.un.org/sg/en/content/former-secretary-general/statements/2008-09-22/statement-attributable-the-spokesperson-for-the-secretary-general-recent-bombings-spain
---

New York

Statement Attributable to the Spokesperson for the Secretary-General on recent bombings in Spain

Statements | Spokesperson for the Secretary-General

The Secretary-General strongly condemns the recent series of car bombings in Spain, which have resulted in one fatality and the wounding of several others. He expresses his sympathy for the victims and their families, and his solidarity with the Government and people of Spain in the face of such terrorist violence.

New York, 22 September 2008
"""


def test_statement_attributable_to_the_spokesperson_is_a_release_of_the_secretary_general():
    """'Statement attributable to the Spokesperson for the Secretary-General on ...': the release's paragraph is one
    statement of the Secretary-General of the day (the unnamed spokesperson speaks for him), not clause fragments."""
    name, day, text = _only(SG_SPOKESPERSON_STATEMENT, "release")
    assert name == "Ban Ki-moon" and day == "2008-09-22"
    assert text.startswith("The Secretary-General strongly condemns the recent series of car bombings")
    assert text.endswith("in the face of such terrorist violence.")


# https://www.un.org/press/en/2012/sgsm14257.doc.htm
SG_SM_CLOSING_NOTE = """---
title: "Secretary-General Gravely Alarmed by Continued Violence in Syria, Demands Government Comply with Commitments without Delay"
date: 2012-04-26
source_url: https://www.un.org/press/en/2012/sgsm14257.doc.htm
---

SG/SM/14257

Secretary-General Gravely Alarmed by Continued Violence in Syria, Demands Government Comply with Commitments without Delay

26 April 2012

The following statement was issued today by the Spokesperson for Secretary-General Ban Ki-moon:

The Secretary-General reminds all concerned parties, particularly the Government of Syria, of the need to ensure that conditions for the effective operation of the United Nations Military Observers are put in place immediately, including a sustained cessation of armed violence.

* *** *

For information media • not an official record
"""


def test_un_press_release_closing_note_is_no_statement():
    _, statements = excerpt(SG_SM_CLOSING_NOTE)
    texts = [st.text for st in statements]
    assert not any("official record" in t for t in texts)
    assert any(t.startswith("The Secretary-General reminds all concerned parties") for t in texts)


# https://www.info.gov.hk/gia/general/201707/19/P2017071900504p.htm
HK_MEDIA_SESSION = """---
title: "Transcript of remarks by CS at media session (with video)"
date: 2017-07-19
source_url: https://www.info.gov.hk/gia/general/201707/19/P2017071900504p.htm
---

Transcript of remarks by CS at media session (with video)

Following is the transcript of remarks by the Chief Secretary for Administration, Mr Matthew Cheung Kin-chung, at a media session after attending the opening ceremony of Conference 2017 - Evolution of Corrections this morning (July 19):

Reporter: Mr Cheung, how can the Government mend the relationship with the lawmakers when there are four more lawmakers being ousted from LegCo? Do you plan to do anything to mend the relationship?

Chief Secretary for Administration: Well, let me stress that the new-term Government, we are determined to build relationship, particularly to build rapport with the pan-democrats or non-establishment members of the Legislative Council. All the eight items in fact are urgent, important to the community and also livelihood issues, so I would urge all members, in particular pan-democrats again, to rationally handle the eight items on the table.

Reporter: Can the Government promise that you will not disqualify any more pan-democratic lawmakers in this administration?
"""


def test_hong_kong_media_session_answers_are_the_official_named_in_the_lede():
    """The lede names the official ('the Chief Secretary for Administration, Mr Matthew Cheung Kin-chung'); turns
    labelled by the title alone are his answers, 'Reporter:' turns are questions, and the lede is no statement."""
    name, day, text = _only(HK_MEDIA_SESSION, "transcript")
    assert name == "Matthew Cheung Kin-chung" and day == "2017-07-19"
    assert text.startswith("Well, let me stress that the new-term Government")
    assert text.endswith("to rationally handle the eight items on the table.")


# https://www.iranwatch.org/library/government/iran/islamic-republic-news-agency-irna/newsweek-interview-manouchehr-mottaki-iranian-foreign-minister-excerpts
NEWSWEEK_INTERVIEW = """---
title: "Newsweek Interview with Manouchehr Mottaki, Iranian Foreign Minister (Excerpts)"
date: 2008-10-07
source_url: https://www.iranwatch.org/library/government/iran/islamic-republic-news-agency-irna/newsweek-interview-manouchehr-mottaki-iranian-foreign-minister-excerpts
---

Newsweek Interview with Manouchehr Mottaki, Iranian Foreign Minister (Excerpts)

October 7, 2008

In New York for the United Nations General Assembly, Foreign Minister Manouchehr Mottaki sat down with NEWSWEEK's Lally Weymouth to discuss how he sees US-Iranian relations and Iran's growing power.

Newsweek: Do you believe there will be an Israeli or an American attack on your nuclear facilities?

Mottaki: No.

Newsweek: President Bush sent one of the top US State Department officials, William Burns, to attend negotiations with Iran last July. That was a pretty big change?

Mottaki: We welcomed the participation by Mr. Burns in the Geneva talks. We feel that if this is the real approach taken by the U.S. right now vis -a-vis the nuclear issue, they must continue with such efforts.
"""


def test_interview_turns_labelled_by_the_interviewees_surname():
    """'Newsweek:' asks, 'Mottaki:' answers: every answer (a bare 'No.' too) is Manouchehr Mottaki's."""
    doc, statements = excerpt(NEWSWEEK_INTERVIEW)
    assert doc.genre == "transcript"
    said = _said(statements)
    assert [t for _, _, t in said] == ["No.", "We welcomed the participation by Mr. Burns in the Geneva talks. We feel "
                                       "that if this is the real approach taken by the U.S. right now vis -a-vis the "
                                       "nuclear issue, they must continue with such efforts."]
    assert {n for n, _, _ in said} == {"Manouchehr Mottaki"}


# https://www.npr.org/templates/story/story.php?storyId=113389645
NPR_INTERVIEW = """---
title: "Transcript: Interview With Iran's Foreign Minister"
source_url: https://www.npr.org/templates/story/story.php?storyId=113389645
---

Transcript: Interview With Iran's Foreign Minister

Read a full transcript of Steve Inskeep's interview with Iranian Foreign Minister Manouchehr Mottaki.

Steve Inskeep: I would like to begin by asking about the nuclear facility that is under construction at Qom. Would you explain for us, simply, what are you building there?

Manouchehr Mottaki (through translator): According to the law approved by the parliament, the government has to generate 20,000 megawatts of electricity for the country in order to meet domestic requirements. It means that Iran needs to build at least 10 nuclear power plants.

Inskeep: How many centrifuges are you going to build then, at that specific facility at Qom?
"""


def test_interviewee_label_through_translator_and_interviewer_named_in_the_lede():
    """The lede names both the interviewer and the interviewee; the one whose turns are questions asks."""
    name, _, text = _only(NPR_INTERVIEW, "transcript")
    assert name == "Manouchehr Mottaki"
    assert text.startswith("According to the law approved by the parliament")


# https://www.voltairenet.org/article127017.html
LAVROV_QUESTION_ANSWER = """---
source_url: https://www.voltairenet.org/article127017.html
---

Question: The post-Soviet space has become an object of rivalry between Russia and the West. Is it a new seat of tensions? Or are we able to hold our own in this game?

Russian Foreign Minister Sergey Lavrov: This is not a seat of tensions. It is about being competitive, which, incidentally, is what the President is calling on us to be. The key to competitiveness is acceleration and greater effectiveness of our internal development.

Question: The CIS structure is not noted for dynamism or orientation towards real results. Can it be said that the latest Moscow session of the CIS Foreign Ministers Council got things moving?
"""


def test_answer_labelled_with_title_and_name_between_questions():
    name, _, text = _only(LAVROV_QUESTION_ANSWER, "transcript")
    assert name == "Sergey Lavrov"
    assert text.startswith("This is not a seat of tensions.")


# http://www.mofa.go.kr/eng/brd/m_5679/view.do?seq=311717
KOREA_BRIEFING_OPENING = """---
title: "Spokesperson's Press Briefing (Sept. 13, 2012)"
date: 2012-09-13
source_url: http://www.mofa.go.kr/eng/brd/m_5679/view.do?seq=311717
---

Press Briefings

Spokesperson's Press Briefing (Sept. 13, 2012)

Date
2012-09-13

Press Briefing
Cho Tai-young, Spokesperson and Deputy Minister for Public Relations
Sep. 13, 2012 14:30 KST

Good afternoon. Let me start today's Briefing.

First of all, I will begin with the Spokesperson’s statement on the attack of the US Consulate in Benghazi, Libya.

The Government of the Republic of Korea strongly condemns the attack on the United States Consulate in Benghazi, Libya, and the killing of US Ambassador Christopher Stevens and his colleagues, on September 11. We offer our deepest condolences to the victims, their families and the people of the US.

Next announcement is on the measures we will take.

Regarding the incident in Libya, we are going to send a letter of condolences to the US Secretary of State, Hillary Clinton, signed by Foreign Minister Kim Sung-Hwan.
"""


def test_korea_briefing_without_questions_is_the_spokespersons_announcements():
    """No Q&A printed: the paragraphs after the line naming the spokesperson are the spokesperson's, dated to the
    briefing, one statement an announcement ("Next announcement is ..." opens the next); the greeting is none, and
    the government he speaks for is no second speaker."""
    doc, statements = excerpt(KOREA_BRIEFING_OPENING)
    assert doc.genre == "transcript"
    said = _said(statements)
    assert [(n, d) for n, d, _ in said] == [("Cho Tai-young", "2012-09-13")] * 2
    assert said[0][2].startswith("First of all, I will begin with the Spokesperson’s statement")
    assert said[0][2].endswith("the people of the US.")
    assert said[1][2].startswith("Regarding the incident in Libya")


# http://www.mofa.go.jp/announce/fm_press/2010/4/0406_01.html
OKADA_MINISTER_LABEL = """---
title: "Press Conference by Minister for Foreign Affairs Katsuya Okada"
date: 2010-04-06
source_url: http://www.mofa.go.jp/announce/fm_press/2010/4/0406_01.html
---

Press Conference by Minister for Foreign Affairs Katsuya Okada

Date: Tuesday, April 6, 2010, 5:30 p.m.
Place: MOFA Press Conference Room

1. Opening Statements

(1) Distribution of the 2010 Diplomatic Bluebook at the Cabinet Meeting

Foreign Minister Okada: I have three announcements. The first is that the Diplomatic Bluebook 2010 was distributed at today’s cabinet meeting. I believe that I do not have to brief you on this in particular, as you should already have been notified.

(2) Emergency Grant Aid to Haiti for Earthquake Disaster

Minister: The second is that a decision was made on emergency grant aid to Haiti for the earthquake disaster at today’s cabinet meeting. The Japanese Government decided to provide emergency grant aid up to 22.6 million US dollars, or approximately 2.124 billion yen, as additional aid to Haiti.
"""


def test_bare_title_label_after_the_officials_full_label():
    """'Minister:' after 'Foreign Minister Okada:' is the one official's next turn, not a question."""
    _, statements = excerpt(OKADA_MINISTER_LABEL)
    said = _said(statements)
    assert [(n, d) for n, d, _ in said] == [("Katsuya Okada", "2010-04-06")] * 2
    assert said[1][2].startswith("The second is that a decision was made on emergency grant aid")


# https://www.fmprc.gov.cn/ce/cgtrt/eng/fyrthhz/lxjzzdh/t1108768.htm
HONG_LEI_HELD = """---
title: "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 13, 2013"
source_url: https://www.fmprc.gov.cn/ce/cgtrt/eng/fyrthhz/lxjzzdh/t1108768.htm
---

Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on December 13, 2013

Foreign Ministry Spokesperson Hong Lei held a press conference on December 13, 2013.

Hong Lei started the press conference with the following announcement:

As agreed by China and the US, the 24th meeting of the China-US Joint Commission on Commerce and Trade will be held in Beijing on December 19 and 20. Vice Premier Wang Yang of the State Council will co-chair the meeting with US Secretary of Commerce Penny Pritzker and US Trade Representative Michael Froman.

Q: The release put out by the DPRK yesterday said that Jang Sung-taek, Vice Chairman of its National Defence Commission was executed immediately after being sentenced to death. What is China's comment?

A: We have noted relevant reports. It is the DPRK's internal affair. As its neighbor, we hope to see the DPRK maintain political stability and realize economic development and people there lead a happy life.
"""


def test_the_pages_line_about_the_briefing_is_no_announcement():
    _, statements = excerpt(HONG_LEI_HELD)
    said = _said(statements)
    assert not any(t.startswith("Foreign Ministry Spokesperson Hong Lei held") for _, _, t in said)
    assert [t[:30] for _, _, t in said] == ["As agreed by China and the US,", "We have noted relevant reports"]
    assert {n for n, _, _ in said} == {"Hong Lei"} and {d for _, d, _ in said} == {"2013-12-13"}


# https://www.ukpol.co.uk/tag/foreign-office/page/203
WOODWARD_RELEASE = """---
title: "PRESS RELEASE : Russia’s latest Black Sea Grain Initiative demands are tantamount to holding the world’s starving hostage – UK statement at the Security Council [July 2023]"
date: 2023-07-21
source_url: https://www.ukpol.co.uk/tag/foreign-office/page/203
---

PRESS RELEASE : Russia’s latest Black Sea Grain Initiative demands are tantamount to holding the world’s starving hostage – UK statement at the Security Council [July 2023]

The press release issued by the Foreign Office on 21 July 2023.

Statement by Ambassador Barbara Woodward at the UN Security Council meeting on Ukraine.

I’d like to start by thanking USG DiCarlo and USG Griffiths for their briefings.

Colleagues, my Foreign Secretary said on Monday that Russia’s termination of the BSGI [Black Sea Grain Initiative] was taking food out of the mouths of the poorest people across the world.

Now, Russia has gone further, burning food at the dockside, and making threats to murder civilian sailors.
"""


def test_release_paragraph_reporting_another_keeps_the_release_day():
    """'my Foreign Secretary said on Monday' dates the Foreign Secretary's words, not the ambassador's paragraph,
    nor (through it) her other paragraphs: all are of the release's day."""
    _, statements = excerpt(WOODWARD_RELEASE)
    said = _said(statements)
    assert len(said) == 3
    assert {(n, d) for n, d, _ in said} == {("Barbara Woodward", "2023-07-21")}


# http://www.embrussia.ru/node/921
ZAKHAROVA_BRIEFING = """---
title: "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, October 12, 2017"
source_url: http://www.embrussia.ru/node/921
---

Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, October 12, 2017

Meeting between Foreign Minister Sergey Lavrov and President of El Salvador’s Legislative Assembly Guillermo Gallegos

On October 13, Foreign Minister Sergey Lavrov will have a meeting with President of El Salvador’s Legislative Assembly Guillermo Gallegos, who will be in Russia as head of a delegation of the Salvadoran Parliament to participate in the 137th session of the Inter-Parliamentary Union Assembly (St Petersburg, October 14-18).

We consider El Salvador our promising partner in Central America. In recent years, bilateral relations have gained a noticeable momentum and made some progress reaching a qualitatively new level.
"""


def test_briefing_headed_by_topics_is_the_headlines_spokesperson():
    """No labels: the section under a topic heading is one announcement of the spokesperson the headline names,
    dated to the briefing the headline dates."""
    name, day, text = _only(ZAKHAROVA_BRIEFING, "transcript")
    assert (name, day) == ("Maria Zakharova", "2017-10-12")
    assert text.startswith("On October 13, Foreign Minister Sergey Lavrov will have a meeting")
    assert text.endswith("reaching a qualitatively new level.")


# https://www.globalsecurity.org/military/library/news/2015/07/mil-150702-unbrief01.htm
NOON_BRIEFING_WE_EXPECT = """---
title: "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
date: 2015-07-02
source_url: https://www.globalsecurity.org/military/library/news/2015/07/mil-150702-unbrief01.htm
---

Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

2 July 2015

The following is a near-verbatim transcript of today’s noon briefing by Farhan Haq, Deputy Spokesman for the Secretary-General.

Good afternoon.

The UN [Multidimensional Integrated Stabilization] Mission in Mali, MINUSMA, condemned the attack this morning in the Timbuktu region, against one of its patrols which killed 6 peacekeepers and wounded 5 others.  The head of the Mission, Mongi Hamdi, called for the perpetrators of that attack to be brought to justice quickly.  We expect to have a statement on this shortly, possibly before the end of this briefing.
"""


def test_first_person_sentence_after_reported_speech_is_not_its_continuation():
    """Reported speech runs on in the third person: 'We expect to have a statement on this shortly' after 'Mongi
    Hamdi called for ...' is the briefer's own voice, not Hamdi's."""
    _, statements = excerpt(NOON_BRIEFING_WE_EXPECT)
    said = _said(statements)
    assert ("Mongi Hamdi", "2015-07-02", "the perpetrators of that attack to be brought to justice quickly") in said
    assert not any(t.startswith("We expect to have a statement") for _, _, t in said)


# https://www.ukpol.co.uk/tag/foreign-office/page/162
CROKER_EXPLANATION_OF_VOTE = """---
title: "PRESS RELEASE : The UK is committed to building a fairer international tax system for all – UK statement at the UN Second Committee [November 2023]"
date: 2023-11-22
source_url: https://www.ukpol.co.uk/tag/foreign-office/page/162
---

PRESS RELEASE : The UK is committed to building a fairer international tax system for all – UK statement at the UN Second Committee [November 2023]

The press release issued by the Foreign Office on 22 November 2023.

Explanation of vote by Ambassador to the General Assembly Richard Croker at the UN Second Committee.

The UK strongly supports developing countries’ efforts to scale-up domestic resource mobilisation to finance sustainable development.

As I set out earlier, our new International Development White Paper published on Monday commits to building a stronger and fairer international tax system for all.
"""


def test_explanation_of_vote_line_names_the_issuer_after_his_titles_portfolio():
    """'Explanation of vote by Ambassador to the General Assembly Richard Croker at ...' introduces his statement
    as 'Statement by Ambassador ...' does: each paragraph is Richard Croker's, of the release's day."""
    doc, statements = excerpt(CROKER_EXPLANATION_OF_VOTE)
    assert doc.genre == "release"
    said = _said(statements)
    assert {(n, d) for n, d, _ in said} == {("Richard Croker", "2023-11-22")}
    assert [t[:30] for _, _, t in said] == ["The UK strongly supports devel", "As I set out earlier, our new "]


# https://still4hill.com/tag/miguel-angel-moratinos/
CLINTON_REMARKS_HEADER = """---
title: "Posts Tagged ‘Miguel Angel Moratinos’"
source_url: https://still4hill.com/tag/miguel-angel-moratinos/
---

Posts Tagged ‘Miguel Angel Moratinos’

Finally, I have caught up with the two bilaterals from yesterday!

Remarks With Kuwaiti Deputy Prime Minister Muhammad al-Sabah After Their Meeting

Hillary Rodham Clinton
Secretary of State
Treaty Room
Washington, DC
April 30, 2010

SECRETARY CLINTON: Good morning. Well, once again, it is an honor to welcome His Excellency the deputy prime minister to the State Department. I first met Dr. Muhammad when he was serving as Kuwait’s ambassador to Washington back in the 1990s, and it is such a pleasure to work with him.
"""


def test_remarks_header_block_names_and_dates_the_speaker():
    """A name run stops at a blank line ('... After Their Meeting' / 'Hillary Rodham Clinton' are two runs), so
    'SECRETARY CLINTON:' is Hillary Rodham Clinton; the header's last line dates the undated page's remarks."""
    name, day, text = _only(CLINTON_REMARKS_HEADER, "transcript")
    assert (name, day) == ("Hillary Rodham Clinton", "2010-04-30")
    # (the opening greeting is no part of the statement since brief18: "Good morning." is procedural)
    assert text.startswith("Well, once again, it is an honor")
