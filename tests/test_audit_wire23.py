"""Audit round wire23: official and wire text (White House and State Department briefings and readouts, foreign
ministry press conferences, UN noon briefings, agency copy of what officials said). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a readout's paragraph set in a part of a day at its opening ----------------------------------------------------

def test_paragraph_opening_with_a_part_of_a_day_dates_its_statements():
    # https://obamawhitehouse.archives.gov/realitycheck/the-press-office/readout-call-saturday-between-president-obama-and-prime-minister-singh-and-call-sun
    # (released Sunday 11 October 2009: Saturday's call is 10 October, Sunday's 11 October; not Singh's Friday)
    _, sts = excerpt(page('''
Office of the Press Secretary
For Immediate Release            October 11, 2009
Readout of call on Saturday between President Obama and Prime Minister Singh and call on Sunday between President Obama and Ambassador Eikenberry
Late Saturday morning, President Obama returned Indian Prime Minister Singh's phone call. Prime Minister Singh had called President Obama on Friday to congratulate him on having won the Nobel Peace Prize. The President expressed his appreciation for the call and congratulations. He noted that he was humbled and grateful for having received the Nobel, and that he saw it as a call to collective action on shared challenges. The President also underscored his concern for the attack on the Indian Embassy in Kabul, and said that he looked forward to receiving the Prime Minister in Washington later this year.
Early Sunday afternoon, President Obama called Ambassador Eikenberry, U.S. Ambassador to Afghanistan. The President thanked Ambassador Eikenberry for his work, and for his participation in the ongoing review of strategy toward Afghanistan. The President received an update on the Afghan elections, and reiterated the importance of Ambassador Eikenberry and his team to ensuring the implementation of a comprehensive strategy in Afghanistan, that includes both military and civilian components, and working with our Afghan partners.
''', date="2009-10-11"))
    assert [(w, d) for w, d, _ in said(sts, "humbled and grateful")] == [("Barack Obama", "2009-10-10")]
    assert [(w, d) for w, d, _ in said(sts, "receiving the Prime Minister")] == [("Barack Obama", "2009-10-10")]
    assert [(w, d) for w, d, _ in said(sts, "importance of Ambassador Eikenberry")] == [("Barack Obama", "2009-10-11")]
    assert not any(d == "2009-10-09" for _, d, _ in said(sts, ""))


# --- a two-word title in a speaker label --------------------------------------------------------------------------

def test_attorney_general_label_is_the_surname_not_general_sessions():
    # https://trumpwhitehouse.archives.gov/briefings-statements/press-briefing-press-secretary-sean-spicer-29-032717/
    _, sts = excerpt(page('''
James S. Brady Briefing Room

1:34 P.M. EDT

MR. SPICER: Hi, guys. Good afternoon. I hope everyone had a great weekend, seriously. It’s Monday, so I brought a special guest.

So, with that, Attorney General Sessions, come on up.

ATTORNEY GENERAL SESSIONS: Thank you, Sean. The Department of Justice has a view to enforce our nation’s laws, including our immigration laws. Those laws require us to promptly remove aliens when they are convicted or detained of certain crimes.
'''))
    assert [w for w, _, _ in said(sts, "Department of Justice has a view")] == ["Sessions"]
    assert not any(w == "General Sessions" for w, _, _ in said(sts, ""))


# --- "The President" of a readout's paragraph ---------------------------------------------------------------------

def test_the_president_is_the_one_the_paragraph_named_with_that_title():
    # https://ifttt.itbehere.com/2017/01/28/highlights-from-the-trump-merkel-call-nato-terrrorism-middle-east-russian-relations
    _, sts = excerpt(page('''
Concluding a busy Saturday, in addition to speaking on the phone to Japan‘s prime minister Abe, and Russia’s president Putin calling for “establishing real coordination of U.S. and Russian actions in order to defeat ISIS and other terrorist groups in Syria” as well as discussing the importance of “restoring business ties”, Trump also spoke on the phone with German chancellor Angela Merkel.
Finally, Trump said he accepted Germany’s invitation to attend the G-20 summit in Hamburg Germany, and said he “looked forward” to receiving the Chancellor in Washington soon.
READOUT OF THE PRESIDENT’S CALL WITH CHANCELLOR ANGELA MERKEL OF GERMANY
President Trump and Chancellor Merkel today held an extensive telephone conversation covering a range of issues, including NATO, the situation in the Middle East and North Africa, relations with Russia, and the Ukraine crisis. Both leaders affirmed the importance of close German-American cooperation to our countries’ security and prosperity and expressed their desire to deepen already close German-American relations in the coming years. The President and Chancellor also agreed on the NATO Alliance’s fundamental importance to the broader transatlantic relationship.
''', date="2017-01-28"))
    assert sorted(w for w, _, _ in said(sts, "NATO Alliance’s fundamental importance")) == ["Angela Merkel", "Donald Trump"]


# --- a briefer's opening that announces nothing -------------------------------------------------------------------

def test_nothing_off_the_top_and_an_opening_quip_are_no_statements():
    # https://agenparl.eu/2023/06/07/department-press-briefing-june-7-2023
    _, sts = excerpt(page('''
Department Press Briefing – June 7, 2023

Vedant Patel, Principal Deputy Spokesperson
1:19 p.m. EDT
*MR PATEL:* Good afternoon, everyone. I don’t have anything off the top today, so Matt, please.
*QUESTION:* I – this is probably a pointless exercise, but I’ll ask anyway if there’s anything new that you have to say about the Ukraine dam and what caused this to happen.
*MR PATEL:* We still conclusively don’t have anything additional to offer on what happened at this point, but that is a process that continues to be underway and we will share more information when we can.
'''))
    assert [w for w, _, _ in said(sts, "")] == ["Vedant Patel"]
    assert said(sts, "anything off the top") == []
    # https://www.goodreads.com/author/show/3903934.U_S_Department_of_State/blog?page=15 (Daily Press Briefing - May 3, 2016)
    _, sts = excerpt(page('''
John Kirby
Spokesperson
Daily Press Briefing
Washington, DC
May 3, 2016
TRANSCRIPT:
2:50 p.m. EDT
MR KIRBY: Okay, everybody. I don’t have a topping statement or an opening statement, so we can get right at it.
Anybody else? Pam?
QUESTION: Following up on what the Secretary had to say about Syria, first, a couple of questions concerning this – the teams that are working for this new ceasefire agreement in Aleppo. What’s different about this agreement in terms of teeth?
MR KIRBY: Okay, there’s a lot there. As the Secretary indicated, our two teams – U.S. and Russian teams – are working right now to try to get the modalities here in place for additional cessation compliance in other places in Syria.
'''))
    assert said(sts, "topping statement") == []
    assert len(said(sts, "our two teams")) == 1
    # https://www.presidency.ucsb.edu/documents/press-briefing-press-secretary-josh-earnest-187
    _, sts = excerpt(page('''
Press Briefing by Press Secretary Josh Earnest

July 10, 2015

James S. Brady Press Briefing Room

1:02 P.M. EDT

MR. EARNEST: Good afternoon, everybody. TGIF. (Laughter.)

Q: Oh, yeah? For who?

Q: Could you elaborate? (Laughter.)

MR. EARNEST: This is the fifth of five briefings this week, so looking forward to completing this one.

Q: Just yesterday, Director Archuleta was insisting that she was going to remain in the job. So I think we're curious what changed. Did she submit her resignation at the President's request today?

MR. EARNEST: Jim, I can tell you that Director Archuleta did offer her resignation today. She did so of her own volition.
'''))
    assert said(sts, "TGIF") == []
    assert [d for _, d, _ in said(sts, "did offer her resignation")] == ["2015-07-10"]


# --- a briefing run into one paragraph ---------------------------------------------------------------------------

def test_turns_of_a_briefing_run_into_one_paragraph():
    # https://donatonews.com/department-press-briefing-january-24-2024/
    _, sts = excerpt(page('''
Department Press Briefing – January 24, 2024

Article Index RUSSIA TURKIYE / SWEDEN / NATO NORTH KOREA 1:16 p.m. EST MR PATEL: Good afternoon, everybody. Happy Wednesday. I don’t have anything off the top, Matt, so — QUESTION: Really? Only Wednesday? MR PATEL: — feel free to kick us off. QUESTION: Okay. Well, I’ll just start off with something that I don’t think you’re going to be able to answer but I’ll ask anyway, because it is a topic of the day. This plane crash in Russia, what’s your understanding of what happened, if you have one? MR PATEL: I don’t have any independent verification to offer on any of this at this time. I have seen the public reporting, and our hope is that relevant authorities investigate the reporting to establish the facts around what happened. QUESTION: Right. And who – and the relevant authorities in this case are Russian authorities? MR PATEL: Correct.
''', date="2024-01-24"))
    answer = said(sts, "independent verification")
    assert [(w, d) for w, d, _ in answer] == [("Vedant Patel", "2024-01-24")] or \
        [(w, d) for w, d, _ in answer] == [("Patel", "2024-01-24")]
    assert answer[0][2].endswith("establish the facts around what happened.")
    assert said(sts, "plane crash in Russia") == [] and said(sts, "Only Wednesday") == []
    assert said(sts, "kick us off") == []     # the first question given: floor management
    # http://hri.org/news/usa/std/2001/01-07-16.std.html
    _, sts = excerpt(page('''
U.S. Department of State Daily Press Briefing, 01-07-16U.S. State Department: Daily Press Briefings Directory - Previous Article - Next ArticleFrom: The Department of State Foreign Affairs Network (DOSFAN) at <http://www.state.gov>DAILY PRESS BRIEFING Richard Boucher, Spokesman Washington, DC July 16, 2001 INDEX: STATEMENTS TRANSCRIPT_: MR. BOUCHER: Good afternoon, ladies and gentlemen. If I could just start off and tell you one thing. The Secretary of State will have a press briefing on Friday at 9:30 a.m. to talk about his trip to Japan, Vietnam, the Republic of Korea, the People's Republic of China and Australia. Q: A question, please, on trying to reach some accommodation with the Russians on missile defense. Is that -- MR. BOUCHER: I think if you look back, you will not find that in the lexicon of the new administration. Q: Well, whether it's there or not, I thought it was. Do you want to start out afresh? MR. BOUCHER: I think the newspaper was kind enough to print the actual words that the Secretary used.
''', date="2001-07-16"))
    assert [(w, d) for w, d, _ in said(sts, "lexicon of the new administration")] == [("Richard Boucher", "2001-07-16")]
    assert said(sts, "A question, please") == []


# --- "that" set off by a comma before the reported clause ----------------------------------------------------------

def test_that_set_off_before_a_phrase_of_time_is_no_part_of_the_content():
    # https://www.un.org/press/en/2014/db140211.doc.htm
    _, sts = excerpt(page('''
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

11 February 2014

The following is a near-verbatim transcript of today’s noon briefing by Martin Nesirky, Spokesperson for the Secretary-General.

Good afternoon, everybody.  Welcome to the Briefing.

** Syria

The Office for the Coordination of Humanitarian Affairs says that, in the past four days, more than 1,130 people were evacuated from the Old City of Homs, including 457 people yesterday, and food supplies were delivered for 2,500 people.
''', date="2014-02-11"))
    (found,) = said(sts, "1,130 people")
    assert found[0] == "Office for the Coordination of Humanitarian Affairs"
    assert found[2].startswith("in the past four days, more than 1,130 people were evacuated")


# --- a verb that speaks only with a clause, its noun phrase kept ------------------------------------------------

def test_maintaining_contact_is_no_statement():
    # http://hxen.net/englishnews/nation/2018-04-13/494175.html
    _, sts = excerpt(page('''
BEIJING, April 12 (Xinhua) -- China on Thursday expressed concern of rising tensions in Syria, and called on all relevant parties of the Syria issue to remain calm and show restraint.
Foreign Ministry spokesman Geng Shuang made the remarks at a routine news briefing.
"China is worried about the possibility of escalation of tension," Geng said.
China maintains contact on this issue with other members of the UN Security Council including the United States and Russia, as well as other regional countries, Geng added.
''', date="2018-04-13"))
    assert [w for w, _, _ in said(sts, "contact on this issue")] == ["Geng Shuang"]
    assert [d for _, d, _ in said(sts, "worried about")] == ["2018-04-12"]


def test_links_under_a_chinese_related_heading_are_no_story():
    # http://hxen.net/englishnews/nation/2018-04-13/494175.html
    _, sts = excerpt(page('''
BEIJING, April 12 (Xinhua) -- China on Thursday expressed concern of rising tensions in Syria, and called on all relevant parties of the Syria issue to remain calm and show restraint.
China called on all parties to the issue to ease the tension as soon as possible, Geng said.
相关文章
- 英语文摘:China urges G7 to cease interfering in its internal affairs
- 英语文摘:HKSAR gov't strongly refutes G7, EU statements on chief executive election
- 英语文摘:China calls for equal, balanced global development partnershi
''', date="2018-04-13"))
    assert said(sts, "G7") == [] and said(sts, "development partnershi") == []
    assert said(sts, "ease the tension")


# --- the topic a participle sets before a quotation ----------------------------------------------------------------

def test_speaking_about_a_topic_before_the_colon_is_no_part_of_the_words():
    # https://rco.news/world/31982/america-it-is-possible-to-reach-a-ceasefire-agreement-in-gaza
    _, sts = excerpt(page('''
America: It is possible to reach a ceasefire agreement in Gaza
According to Isna, the spokesperson of the US State Department said on Tuesday, speaking about the ceasefire in Gaza: “We continue to communicate with mediators to reach a ceasefire in Gaza, and we believe that considering the remaining issues, it is possible to reach a ceasefire agreement.” »
'''))
    (found,) = said(sts, "We continue to communicate")
    assert found[0] == "US Department of State"
    assert "speaking about" not in found[2] and found[2].lstrip("“").startswith("We continue to communicate")


# --- a UN noon briefing's statement read on after its introduction --------------------------------------------------

def test_statement_read_after_its_introduction_in_one_paragraph():
    # https://www.globalsecurity.org/military/library/news/2016/06/mil-160601-unbrief01.htm
    _, sts = excerpt(page('''
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

Department of Public Information . News and Media Division . New York

1 June 2016

The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.

Good afternoon.

I will start off with a statement on Mali:  The Secretary-General is outraged by the terrorist attacks carried out yesterday in Gao, Mali, against the United Nations.  According to preliminary reports, one peacekeeper from China was killed and a dozen UN personnel were injured.

The Secretary-General is deeply concerned by the recent series of attacks directed against the UN peacekeeping mission that have killed 12 peacekeepers and injured many more in May alone.
''', date="2016-06-01"))
    (found,) = said(sts, "outraged")
    assert found[:2] == ("Stéphane Dujarric", "2016-06-01")
    assert found[2].startswith("The Secretary-General is outraged") and "deeply concerned" in found[2]


# --- a part of a day in an answer is no greeting ------------------------------------------------------------------

def test_an_answer_telling_this_afternoon_is_no_greeting():
    # data/china-mfa-presscon-html/eng/t1595274.html (Geng Shuang, September 14, 2018)
    _, sts = excerpt('''---
title: "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 14, 2018"
source_url: "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/t1595274.shtml"
---
Q: Can you tell us when President Xi Jinping will be meeting with the Venezuelan President? Would it be today or tomorrow?

A: What I know is that they will meet this afternoon.

Q: Could you talk more about Vice Premier Han Zheng's visits to Russia?

A: Good afternoon.
''')
    assert [(w, d) for w, d, _ in said(sts, "they will meet this afternoon")] == [("Geng Shuang", "2018-09-14")]
    assert said(sts, "Good afternoon") == []
