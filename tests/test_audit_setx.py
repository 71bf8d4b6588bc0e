"""Audit round setx: news reports of what spokespeople said at regular briefings (set X's train documents,
eval/own/docs-x). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an
annotator expects: who said it, when, and the words; and at least one thing that must not come out."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- other stories' headlines opening the page: a ticker, no statements -------------------------------------------

AWAAZ = '''
PM Modi reviews research & vaccine deployment ecosystem against COVID-19

India to deliver Kilo Class submarine INS Sindhuvir to Myanmar Navy

Bangladesh rejects Chinese Corona vaccine co-financing request

50 teams of CPCB to report air polluting sources in Delhi, NCR

Govt urges all citizens to contribute to Armed Forces Flag Day Fund

इंडियन आवाज़     16 Oct 2020 03:55:06      انڈین آواز

WEB DESK

India today dismissed the claim of Pakistan Prime Minister’s Special assistant on national security that New Delhi has sent a message to Islamabad indicating a desire for talks between the two countries.

Briefing media virtually, MEA Spokesperson Anurag Srivastava said, we have seen reports on interview of a senior Pakistani official to an India media outlet and he has commented on India’s internal matters.

He said, as always, this is an effort of present Pakistan Government to divert attention from domestic failures and mislead its domestic constituents by pulling India into headlines on a daily basis.

The MEA Spokesperson said, the official is well advised to restrict his advise to his establishment and not to comment on India’s domestic policies.
'''


def test_headlines_ticker_opening_the_page_is_no_statement():
    # https://theindianawaaz.com/india-dismisses-pakistans-claim-that-new-delhi-sent-message-indicating-desire-for-talks/
    # (eval/own/docs-x/in/014.md, train)
    _, sts = excerpt(page(AWAAZ))
    assert not said(sts, "co-financing request") and not said(sts, "Armed Forces Flag Day Fund")
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Bangladesh", "Govt")]
    # the story's own statements stay, the spokesperson's
    assert [w for w, _, _ in said(sts, "divert attention from domestic failures")] == ["Anurag Srivastava"]
    assert [w for w, _, _ in said(sts, "well advised to restrict his advise")] == ["Anurag Srivastava"]


def test_headline_lines_without_a_ticker_run_stay():
    # (must not) two headline-like lines over a story are no ticker: nothing of the story is cut
    _, sts = excerpt(page('''
Govt urges all citizens to contribute to Armed Forces Flag Day Fund

WEB DESK

Briefing media virtually, MEA Spokesperson Anurag Srivastava said, we have seen reports on interview of a senior Pakistani official to an India media outlet and he has commented on India’s internal matters.

He said, as always, this is an effort of present Pakistan Government to divert attention from domestic failures and mislead its domestic constituents by pulling India into headlines on a daily basis.

The MEA Spokesperson said, the official is well advised to restrict his advise to his establishment and not to comment on India’s domestic policies.
'''))
    assert [w for w, _, _ in said(sts, "we have seen reports on interview")] == ["Anurag Srivastava"]


def test_fact_sheet_summary_lines_running_into_the_story_stay():
    # (must not) a fact sheet's summary lines straight over its first sentence are the story, no ticker: kept in the
    # body (data/whitehouse-briefing-room/statements-releases/2024-04/2024-04-05-fact-sheet-biden-harris-administration-
    # actions-following-the-francis-scott-key-bridge-collapse.md)
    text = '''
Unified Command structure immediately established and clearing wreckage

$60 million in federal Emergency Relief funds quickly approved for Maryland’s initial costs

Small Business Administration to provide low-interest disaster loans to eligible businesses

President Biden requests congressional authorization to fully cover the cost of rebuilding the Francis Scott Key Bridge

Private sector makes commitments to support workers

Following the devastating collapse of the Francis Scott Key Bridge, President Biden has launched a whole-of-government effort to provide immediate response. The President said the Administration will move heaven and earth to reopen the port. He added that the bridge will be rebuilt.
'''
    art, _ = excerpt(page(text, date="2024-04-05"))
    assert "Small Business Administration to provide low-interest disaster loans" in art.body


# --- a titled name, then the body he speaks for, whose name closes on a word that alone is vague ("Research") --------

INQUIRER = '''
MANILA, Philippines — The remains of two murdered women found in a mineshaft in Cyprus might be those of two Filipinos reported missing since 2018, the Department of Foreign Affairs (DFA) said Thursday.

In a phone interview with INQUIRER.net, Acting DFA Assistant Secretary Emmanuel Fernandez of the Office of Strategic Communications and Research said the Philippine Embassy in Athens is currently verifying if those bodies found in the abandoned mineshaft are indeed the Filipinos who vanished last year.

“Actually, as early as 2018, ‘yong ating Embassy sa Athens… may report na missing Filipino citizens as early as 2018,” Fernandez said.
'''


def test_titled_name_of_a_body_ending_in_research_is_the_person():
    # https://globalnation.inquirer.net/174847/ph-validating-if-bodies-in-cyprus-mineshaft-belong-to-missing-filipinas/amp
    # (eval/own/docs-x/ph/010.md, train)
    _, sts = excerpt(page(INQUIRER))
    found = said(sts, "the Philippine Embassy in Athens is currently verifying")
    assert [w for w, _, _ in found] == ["Emmanuel Fernandez"]
    assert "indeed the Filipinos who vanished last year" in found[0][2]     # the words run to the sentence's end
    assert [w for w, _, _ in said(sts, "might be those of two Filipinos")] == ["Department of Foreign Affairs"]
    # must not: the office he belongs to is no speaker of his words
    assert not [st for st in sts if st.speaker and "Office of Strategic" in st.speaker.name]


def test_unnamed_officials_of_a_body_ending_in_research_stay_vague():
    # (must not) no name before the body: "Officials of ..." remain unnamed sources, no statement
    _, sts = excerpt(page('''
Officials of the Office of Strategic Communications and Research said the embassy is verifying the bodies.

Analysts at the Institute for Fiscal Studies and Research said the tax would raise little.
'''))
    assert not said(sts, "the embassy is verifying the bodies") and not said(sts, "the tax would raise little")


# --- where and when a briefing was held, between "told" and "that"; a city whose name ends in "-ing" ---------------

PLA_DAILY = '''
BEIJING, Feb. 14 (Xinhua) -- China on Monday called on all relevant parties to remain rational and avoid actions that would escalate tensions and impact the crisis in Ukraine.

Spokesperson Wang Wenbin told a daily press briefing{where} that China is closely monitoring the situation in Ukraine, and the Chinese embassy and consulates in the country are operating as usual.

Wang said the Chinese embassy in Ukraine has issued a consular notice asking Chinese citizens to closely monitor the situation on the ground, and stating that it will provide consular protection.
'''


def test_briefing_told_with_its_place_and_day_before_that():
    # http://english.pladaily.com.cn/view/2022-02/15/content_10131762.htm (eval/own/docs-x/cn/004.md, train), its
    # second paragraph as printed and with the briefing's place and day told before "that", as seed-like reports print
    # it ("told a regular press briefing in Hanoi on Thursday that ...")
    for where, day in (("", "2022-02-14"), (" in Beijing on Monday", "2022-02-14"), (" on Monday", "2022-02-14")):
        _, sts = excerpt(page(PLA_DAILY.format(where=where), date="2022-02-15"))
        found = said(sts, "China is closely monitoring the situation in Ukraine")
        assert [(w, d) for w, d, _ in found] == [("Wang Wenbin", day)], where
        # must not: the briefing, its place or its day are no part of the words
        assert found[0][2].startswith("China is closely monitoring"), where


def test_told_reporters_in_beijing_is_a_place_not_a_gerund():
    # (same page) "in Beijing" is where the words were told: no gerund's adjunct ("in responding to ...") that would
    # leave the frame without words
    _, sts = excerpt(page(PLA_DAILY.format(where="").replace("told a daily press briefing", "told reporters in Beijing"),
                          date="2022-02-15"))
    found = said(sts, "China is closely monitoring the situation in Ukraine")
    assert [w for w, _, _ in found] == ["Wang Wenbin"] and found[0][2].startswith("China is closely monitoring")
    _, sts = excerpt(page(PLA_DAILY.format(where="").replace("told a daily press briefing", "said in Beijing on Monday"),
                          date="2022-02-15"))
    found = said(sts, "China is closely monitoring the situation in Ukraine")
    assert [(w, d) for w, d, _ in found] == [("Wang Wenbin", "2022-02-14")]
    assert found[0][2].startswith("China is closely monitoring")
    # must not: a real gerund after "in" still frames no words of its own
    _, sts = excerpt(page('''
"We will continue to respond firmly and calmly," he said.

China will respond, Hayashi said in responding to a question at a press conference.
''', date="2025-10-15"))
    assert not said(sts, "responding to a question")


# --- a manner adverb between the verb and "that" --------------------------------------------------------------------

def test_adverb_before_that_is_no_part_of_the_words():
    # bbc-news/tech/082.txt (shared corpus): "Microsoft has said repeatedly that it wants to be first to the market"
    _, sts = excerpt(page('''
Microsoft's next console is due next year.

Microsoft has said repeatedly that it wants to be first to the market and some analysts predict that Xbox 2 will be released in the US before the end of 2005.
'''))
    found = said(sts, "it wants to be first to the market")
    assert [w for w, _, _ in found] == ["Microsoft"] and found[0][2].startswith("it wants to be first")
    # must not: "early that morning" is no adverb's "that"
    _, sts = excerpt(page('''
North Korea's defence ministry spoke on Monday.

The ministry said early that morning that the missiles flew 300 km.
'''))
    assert not [st for st in sts if st.text.startswith("morning")]


# --- a weekday's own occasion with its kind before the noun: "Monday's regular press conference" --------------------

def test_weekday_s_regular_press_conference_dates_the_words():
    # http://english.pladaily.com.cn/view/2022-02/15/content_10131762.htm (eval/own/docs-x/cn/004.md, train): its
    # second paragraph with the briefing named as Global Times and Xinhua name it ("at Monday's regular press
    # conference"; "before Monday's routine news conference", eval/own/docs-h/cn/005.md), on the page of Tuesday
    text = PLA_DAILY.format(where="").replace("told a daily press briefing", "said at Monday's regular press conference")
    text = text.replace("China on Monday called on", "China called on").replace("BEIJING, Feb. 14 (Xinhua) -- ", "")
    #      (the lead's own day and the wire dateline's left out: the occasion alone tells the day)
    _, sts = excerpt(page(text, date="2022-02-15"))
    assert [(w, d) for w, d, _ in said(sts, "China is closely monitoring")] == [("Wang Wenbin", "2022-02-14")]
    # must not: a weekday's own event that is no occasion of speaking dates no words, its kind before it or not
    _, sts = excerpt(page('''
Lin Jian said Tuesday's regular vote was rigged.
''', date="2025-04-16"))
    assert [d for _, d, _ in said(sts, "vote was rigged")] == ["2025-04-16"]


# --- a phrase set off by commas between the source and its verb: "X, for its part, said" ----------------------------

def test_aside_phrase_between_source_and_verb():
    # data/state-dept-press-releases-rss/press-releases-2022-07.rss: "... and Secretary Blinken, for his part, said that
    # we have to be essentially clear that regional peace agreements ... is not a substitute for progress ..."
    _, sts = excerpt(page('''
Well, what I can say – and you heard this very clearly from Secretary Blinken and from his counterparts in the Negev Summit, when we traveled to the Negev desert in March – and Secretary Blinken, for his part, said that we have to be essentially clear that regional peace agreements and the construction of bridges between Israel and its Arab neighbors is not a substitute for progress between Palestinians and Israelis. That is a message that we heard in the Negev.
''', date="2022-07-14"))
    found = said(sts, "we have to be essentially clear")
    assert [w for w, _, _ in found] == ["Antony J. Blinken"]
    # the same with a body ("The DFA, for its part, said in a statement that ...", as Philippine reports print it)
    _, sts = excerpt(page('''
MANILA -- Malacañang on Tuesday said President Ferdinand Marcos Jr. will not attend the summit.

The Department of Foreign Affairs, for its part, said in a statement that Foreign Secretary Enrique Manalo would lead the delegation.
''', date="2025-05-21"))
    assert [w for w, _, _ in said(sts, "would lead the delegation")] == ["Department of Foreign Affairs"]
    # must not: a phrase that is the source's own ("X, a spokesman for the ministry, said") stays its apposition
    _, sts = excerpt(page('''
Ted Chaiban, the agency's deputy director, said that aid convoys were blocked.
''', date="2025-05-21"))
    assert [w for w, _, _ in said(sts, "aid convoys were blocked")] == ["Ted Chaiban"]


# --- "X, while addressing a weekly briefing, said": a participle's aside set off by commas -------------------------

def test_participle_aside_set_off_by_commas():
    # data/china-mfa-presscon-html/eng/t1606828.html (a question's words, as a report prints them): "Japanese Prime
    # Minister Shinzo Abe, when giving an interview to the media, said that China's economic development represents a
    # huge opportunity for Japan and the whole world and we should welcome that."
    _, sts = excerpt(page('''
Japanese Prime Minister Shinzo Abe, when giving an interview to the media, said that China's economic development represents a huge opportunity for Japan and the whole world and we should welcome that.
''', date="2018-10-22"))
    assert [w for w, _, _ in said(sts, "China's economic development represents")] == ["Shinzo Abe"]
    # ... and the day inside the aside dates the words (as Indian reports print the MEA's weekly briefing)
    _, sts = excerpt(page('''
MEA spokesperson Randhir Jaiswal, while addressing a weekly briefing on Thursday, said India rejected the remarks.
''', date="2024-05-10"))
    assert [(w, d) for w, d, _ in said(sts, "India rejected the remarks")] == [("Randhir Jaiswal", "2024-05-09")]
    # must not: the person the participle's clause names is no speaker
    _, sts = excerpt(page('''
Jones, while criticising Smith, said the plan would fail.
''', date="2024-05-10"))
    assert [w for w, _, _ in said(sts, "the plan would fail")] == ["Jones"]


# --- "told reporters Thursday <clause>": the day after the people told, no "on", no "that" -------------------------

def test_day_after_the_people_told_dates_the_words():
    # polnear/train/text/breitbart_2016-04-14_the-latest-trump-delivers-defens.txt: "Federico Lombardi told reporters
    # Thursday that the pope has no plans to either address the conference or meet with Sanders." -- and as AP copy
    # prints such a telling, without "that"
    for that in ("that ", ""):
        _, sts = excerpt(page(f'''
Vatican spokesman Federico Lombardi told reporters Thursday {that}the pope has no plans to either address the conference or meet with Sanders.
''', date="2016-04-08"))
        assert [(w, d) for w, d, _ in said(sts, "the pope has no plans")] == [("Federico Lombardi", "2016-04-07")], that
    # must not: a weekday's own event after the people told dates nothing ("told Reuters Thursday's vote ...")
    _, sts = excerpt(page('''
Hayashi told Reuters Thursday's vote was rigged.
''', date="2016-04-08"))
    assert all(d == "2016-04-08" for _, d, _ in said(sts, "vote was rigged"))


# --- "The foreign affairs official said": a body in lower case before a generic head, the official named before ---

def test_lowercase_body_official_refers_back_to_the_named_official():
    # https://globalnation.inquirer.net/174847/ph-validating-if-bodies-in-cyprus-mineshaft-belong-to-missing-filipinas/amp
    # (eval/own/docs-x/ph/010.md, train)
    _, sts = excerpt(page(INQUIRER + '''
Fernandez, however, refused to divulge the names of the victims out of respect to their privacy.

The foreign affairs official said DFA is still focused on verifying if the cadavers indeed belong to the missing Filipinos before they move to arrange repatriation of the said bodies.
'''))
    assert [w for w, _, _ in said(sts, "DFA is still focused on verifying")] == ["Emmanuel Fernandez"]
    # must not: an official left unnamed stays unnamed when "the health official" goes on, not the secretary named before
    _, sts = excerpt(page('''
Health Secretary Teodoro Herbosa said the outbreak was contained. A health ministry official said three more cases were found. The health official added that the patients were stable.
'''))
    assert not said(sts, "the patients were stable")
