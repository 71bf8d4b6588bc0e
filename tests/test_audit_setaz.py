"""Audit round setaz: news reports of spokespeople from Korean, Japanese, Philippine and Chinese outlets (set AZ's
train documents: Yonhap, Inquirer.net, Northbound Asia printing PNA, People's Daily Online printing Xinhua, The Japan
Times, APD News printing Xinhua, nippon.com printing Jiji Press). Each test reads a real passage (its page's URL or
file in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import NOON_BRIEFING_2014_07_16, excerpt
from test_audit_seed10 import page, said


INQUIRER_ROOT = "http://newsinfo.inquirer.net/680381/palace-denies-…uino-collapsed"


# --- "The Secretary said ...": no Secretary-General --------------------------------------------------------------

def test_the_secretary_is_not_the_secretary_general():
    # http://newsinfo.inquirer.net/680381/palace-denies-…uino-collapsed (eval/own/docs-az/ph/002.md): "The
    # Secretary" (Lacierda, a spokesperson of cabinet rank) is no holder of "Secretary-General", whom the registry
    # gave the day (Ban Ki-moon in 2015): "general" after the title makes another title
    _, sts = excerpt(page('''
MANILA, Philippines – Malacañang on Saturday denied a rumor that President Benigno Aquino III “collapsed” Friday night.

At past midnight, Presidential Spokesperson Edwin Lacierda issued the following statement: “I have communicated with the President regarding the rumors circulating tonight that he collapsed, and he immediately responded to my text with – ‘No such thing.’”

The Secretary said he had “no idea” where the rumor came from.
''', date="2015-03-21", url=INQUIRER_ROOT))
    assert "Ban Ki-moon" not in [who for who, _, _ in said(sts, "no idea")]
    # must not: "the Secretary-General" of a UN noon briefing is still the one in office (16 July 2014,
    # globalsecurity.org's copy; test_audit_cases)
    _, sts = excerpt(NOON_BRIEFING_2014_07_16)
    assert [who for who, _, _ in said(sts, "important contributions")] == ["Ban Ki-moon"]


# --- "X, over state-run radio on Saturday morning, said ...": an aside between the subject and its verb -------------

def test_an_aside_over_the_radio_between_subject_and_verb():
    # http://newsinfo.inquirer.net/680381/palace-denies-…uino-collapsed (eval/own/docs-az/ph/002.md): "over" opens
    # an adverbial set off by commas (the medium and the day of the words), no noun phrase of the subject's
    _, sts = excerpt(page('''
MANILA, Philippines – Malacañang on Saturday denied a rumor that President Benigno Aquino III “collapsed” Friday night.

Deputy Presidential Spokesperson Abigail Valte, over state-run radio on Saturday morning, said there was nothing wrong with the President’s health.

“I can assure you that the President’s health is in good condition according to his physician,” she said.
''', date="2015-03-23", url=INQUIRER_ROOT))
    assert said(sts, "nothing wrong") == \
        [("Abigail Valte", "2015-03-21", "there was nothing wrong with the President’s health")]
    # must not: "Over the years," opening a sentence with an inserted frame stays an adjunct of the words
    # (polnear/train/text/politico_2016-01-31_clinton-rolls-out-special-charac.txt)
    _, sts = excerpt(page('''
As for Donald Trump’s attacks on Bill Clinton’s scandals from the 1990s? “It goes in here and goes out here,” Tom Ebeling said, pointing to one and then the other of his ears. Betsy Ebeling shook her head. “Tom’s much better about it than I am.”

Over the years, she said, email has helped her stay in close touch with Clinton – although at the mention of email she laughed and admitted “emails have been wonderful, although that can be a curse also.”
''', date="2016-01-31"))
    assert [(who, text) for who, _, text in said(sts, "email has helped")] == \
        [("Betsy Ebeling", "email has helped her stay in close touch with Clinton – although at the mention of email "
                           "she laughed")]


# --- "X, in a Twitter exchange Wednesday, revealed ...": the aside's weekday dates the verb --------------------------

PNA_PASSPORTS = '''
“If true, then it is a very grave security concern and quite alarming. These are personal information such as full name, date and place of birth and other information that could be used illegally,” DND Secretary Delfin Lorenzana said in a message to reporters Sunday.

DFA Secretary Teodoro Locsin Jr., in a Twitter exchange Wednesday, revealed that the previous contractor has made inaccessible the data it was entrusted to after its printing contract was terminated.
'''


def test_a_weekday_closing_an_aside_before_the_verb_dates_it():
    # https://northboundasia.com/2019/01/14/... (eval/own/docs-az/ph/004.md; Monday 14 January 2019): Locsin's
    # tweet is Wednesday's, not the Sunday of Lorenzana's message
    _, sts = excerpt(page(PNA_PASSPORTS, date="2019-01-14"))
    assert [(who, day) for who, day, _ in said(sts, "previous contractor")] == [("Teodoro Locsin Jr.", "2019-01-09")]
    assert [(who, day) for who, day, _ in said(sts, "grave security concern")] == [("Delfin Lorenzana", "2019-01-13")]
    # must not: a weekday in an aside after a relative pronoun, no name, dates no saying (nor, as the story's one
    # day, the next speaker's words) (polnear/train/text/huff-post_2015-12-20_why-the-democratic-party-s-move-.txt)
    _, sts = excerpt(page('''
Clinton’s rhetoric on the issue was noticeably more conciliatory than that of her campaign’s leadership, who, on a press call Friday, criticized Sanders for stealing their data and for “misrepresenting what had occurred.” Her campaign manager, Robby Mook, suggested that what the Sanders staffers did “may have been a violation of the law.”
''', date="2015-12-20"))
    assert [(who, day) for who, day, _ in said(sts, "violation of the law")] == [("Robby Mook", "2015-12-20")]


# --- "According to the Chinese ministry, Liu expressed ...": the source relays Liu's saying -----------------------

def test_according_to_a_source_relaying_a_framed_saying():
    # https://www.nippon.com/en/news/yjj2025021000786/ (eval/own/docs-az/jp/011.md): the ministry and the embassy,
    # bodies, relay what Liu and Yokochi said, each framed with a verb of their own; no statement of the source
    _, sts = excerpt(page('''
Beijing, Feb. 10 (Jiji Press)--China's Foreign Ministry on Monday protested a joint statement issued late last week by the leaders of Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump.

Liu Jinsong, director-general of the Chinese ministry's Department of Asian Affairs, summoned Akira Yokochi, chief minister of the Japanese Embassy in Beijing, and lodged the protest.

According to the Chinese ministry, Liu expressed "grave concern and strong dissatisfaction over Japan's recent negative moves related to China."

In response, Yokochi explained the Japanese government's position and reiterated its requests to the Chinese side on pending issues such as the situation in the East China Sea, according to the Japanese Embassy.
''', date="2025-02-10"))
    assert [who for who, _, _ in said(sts, "grave concern")] == ["Liu Jinsong"]
    assert [who for who, _, _ in said(sts, "pending issues")] == ["Akira Yokochi"]
    # must not: words of the source's own, no frame inside them, stay the source's
    # (https://livewirecalgary.com/2022/02/03/councillors-quiz-calgary-transit-on-station-train-safety-concerns/,
    # eval/own/docs-ac/ca/007.md)
    _, sts = excerpt(page('''
Ridership is currently sitting at between 37 and 39 per cent of pre-pandemic levels, said Misty Sklar, acting manager of transit. Service was at 75 per cent of pre-pandemic levels.

According to Sklar, they expect Calgary Transit ridership to rise to between 60 and 75 per cent of pre-pandemic levels in 2022.
''', date="2022-02-03"))
    assert [who for who, _, _ in said(sts, "ridership to rise")] == ["Misty Sklar"]
    # ... nor a person's account of what her side did, a frame inside it: "According to Zahra, Pakistan has
    # emphasized ..." is Zahra's words (https://www.servepak.com/fo-wont-say-when-pm-shehbaz-will-visit-china/,
    # eval/own/docs-i/pk/008.md)
    _, sts = excerpt(page('''
According to the spokeswoman, formal notification of the investigation’s findings will be given after it is finished.

According to Zahra, Pakistan has emphasized its wish for Afghan refugees to return to their country of origin as soon as possible and with dignity, despite the country’s strict policies on unlawful foreign residents. Pakistan’s position on the One Document Regime remains unchanged.
'''))
    assert [who for who, _, _ in said(sts, "emphasized its wish")] == ["Zahra"]
    # ... nor an outlet's account of what unnamed people did and found (the words and the next sentence stay the
    # Post's; polnear/train/text/west-journal_2015-12-16_right-after-the-debate-trump-lau.txt)
    _, sts = excerpt(page('''
According to the Post, Bush campaign officials looked into what the consequences would be if their candidate announced he would not back Trump now. They determined that, due to party rules, Bush would fall off the ballot in three states: South Carolina, Kentucky, and Utah.
''', date="2015-12-16"))
    assert [who for who, _, _ in said(sts, "fall off the ballot")] == ["Post"]
    # ... nor a capital word opening the words that the text named no one by (reuters21578/reut2-001.sgm #616)
    _, sts = excerpt(page('''
Between February and October 1986, California's crude oil production slipped from an all-time high of 1.185 mln barrels per day to 1.066 mln bpd, Guerard said.

Total estimated crude oil production in California for 1986 was 408 mln bbls, compared with 424 mln bbls in 1985 and 405 mln bbl in 1983, according to the California Department of Conservation.
''', date="1987-03-04"))
    assert "California Department of Conservation" in [who for who, _, _ in said(sts, "408 mln bbls")]


# --- "A ... spokesman on Monday said recent comments by Xi Jinping ...": Xi is in the words, no spokesman -----------

XINHUA_TAO = '''
A Chinese mainland spokesman on Monday said recent comments by Xi Jinping, general secretary of the Communist Party of China Central Committee, have showed the mainland's good faith in enhancing cross-Strait ties.

Ma Xiaoguang, spokesman for the State Council Taiwan Affairs Office, said Xi's comments have also revealed the mainland's sincerity in efforts to advance the peaceful development of cross-Strait ties.

During a visit on Saturday to Pingtan, a pilot development zone in southeast China's Fujian Province, Xi said the two sides of the Strait "have no reason not to join hands in development."

At a meeting with Taiwanese entrepreneurs, Xi said, "The mainland has a large population, a broad market and a wide scope of industries, so it is big enough for Taiwanese products and enterprises."

"We hope the two sides of the Strait will firmly adhere to the theme of peaceful development of cross-Strait ties, reinforce the basis for development, promote mutual trust, enhance cooperation and strengthen the mutual bond to achieve further development and mutual benefits," the spokesman said.

"We hope the two sides can take vigorous efforts on a common political basis to enhance communication, remove distractions and jointly promote cross-Strait development," the mainland spokesman said.
'''


def test_a_name_in_the_spokesmans_words_is_no_spokesman():
    # http://www.apdnews.com/... (eval/own/docs-az/cn/010.md, Xinhua's story): Xi Jinping is named in what the
    # spokesman said ("said recent comments by Xi Jinping"), which makes him no holder of "the mainland spokesman"
    _, sts = excerpt(page(XINHUA_TAO))
    assert "Xi Jinping" not in [who for who, _, _ in said(sts, "vigorous efforts")]
    assert [who for who, _, _ in said(sts, "firmly adhere")] == ["Ma Xiaoguang"]
    # must not: the spokesperson named in the next paragraph as the one who made the remark is still the one
    # (https://m-en.yna.co.kr/view/AEN20220313002600315, as test_audit_seed10)
    _, sts = excerpt(page('''
SEOUL, March 13 (Yonhap) -- North Korea should return to the dialogue table for complete denuclearization, a spokesperson for President-elect Yoon Suk-yeol said Sunday, as Pyongyang accelerates efforts to develop a new intercontinental ballistic missile.

Kim Eun-hye, the spokesperson, made the remark during a press briefing, but she declined to discuss details, including what was discussed when national security adviser Suh Hoon briefed Yoon on pending issues a day earlier
''', date="2022-03-13"))
    assert [w for w, _, _ in said(sts, "dialogue table")] == ["Kim Eun-hye"]


# --- "During a visit to Pingtan, a pilot development zone in ..., Xi said": the place's description heads nothing ----

def test_a_description_after_an_adjunct_heads_no_apposition():
    # eval/own/docs-az/cn/010.md: "a pilot development zone in southeast China's Fujian Province" describes Pingtan;
    # Xi is the subject (before, "Fujian Province" spoke with the title "Xi")
    _, sts = excerpt(page(XINHUA_TAO))
    assert [who for who, _, _ in said(sts, "no reason not to join hands")] == ["Xi Jinping"]
    # ... as a person's description before the name: "A white accountant from tiny Apollo Beach, Shenefield says ..."
    # (polnear/test/text/usa-today_2016-10-25_in-florida-s-crucial-county-a-fi.txt; before, Apollo Beach spoke)
    _, sts = excerpt(page('''
A white accountant from tiny Apollo Beach, Shenefield says she's been a lifelong Democrat like the rest of her family. She voted for Obama in 2012 but will likely vote Trump in this election.
''', date="2016-10-25"))
    assert [who for who, _, _ in said(sts, "lifelong Democrat")] == ["Shenefield"]
    # must not: a name heading its own description still speaks (bbc-news/tech/036.txt)
    _, sts = excerpt(page('''
The spyware tool was only released by Microsoft in the last few weeks and has been downloaded by six million people. Stephen Toulouse, a security manager at Microsoft, said the malicious program was called Bankash-A Trojan and was being sent as an e-mail attachment.
''', date="2005-02-14"))
    assert [who for who, _, _ in said(sts, "Bankash-A Trojan")] == ["Stephen Toulouse"]


# --- "(END)" closes a Yonhap story: the headlines after it are links -----------------------------------------------

YONHAP_SEOUL_IRAN = '''
SEOUL, Jan. 17 (Yonhap) -- The South Korean foreign ministry on Tuesday said President Yoon Suk Yeol's recent remark about Iran during his visit to the United Arab Emirates was "irrelevant" to Seoul's relations with Tehran, in an apparent effort to prevent it from spilling into a diplomatic controversy.

"Since forging diplomatic ties with Iran in 1962, our country has long maintained friendly and cooperative ties with Iran, and our commitment to continue developing the friendly bilateral relations with Iran remains firm," the ministry said.

julesyi@yna.co.kr

(END)

-

Opposition leader Lee vows not to succumb to prosecution's 'fabrication'

-

Police to release results of Itaewon tragedy probe this week

-

Ex-Ssangbangwool chief arrested in Thailand while fleeing corruption allegations
'''


def test_what_follows_a_wires_end_mark_is_no_story():
    # https://m-en.yna.co.kr/view/AEN20220328005900325 (eval/own/docs-az/kr/001.md): other stories' headlines
    # between "-" lines after "(END)"; "(4th LD) Cheong Wa Dae voices concerns over ..." is no statement
    _, sts = excerpt(page('''
SEOUL, March 28 (Yonhap) -- South Korea is keeping close tabs on North Korea in close consultation with the United States amid recent signs of the secretive nation repairing its nuclear testing site, the unification ministry said Monday.

"But our government is taking thorough measures to prepare for all possibilities in close consultation with the United States," she added.

julesyi@yna.co.kr

(END)

-

(LEAD) Moon names IMF official as BOK chief amid tensions with Yoon

-

(4th LD) Seoul, Washington react sternly to provocative North Korean ICBM firing

-

(4th LD) Cheong Wa Dae voices concerns over Yoon's plan to relocate presidential office
''', date="2022-03-28"))
    assert not said(sts, "relocate presidential office")
    assert [who for who, _, _ in said(sts, "keeping close tabs")] == ["unification ministry"]
    # ... nor "Opposition leader Lee vows not to succumb ..." (Yonhap, set C's docs-c/015.txt); must not: the story's
    # last words before the mark stay the ministry's
    _, sts = excerpt(page(YONHAP_SEOUL_IRAN, date="2023-01-17"))
    assert not said(sts, "succumb")
    assert [who for who, _, _ in said(sts, "Since forging diplomatic ties")] == ["South Korean foreign ministry"]


# --- ", an apparent refernce to ...": the reporter's gloss after the words ------------------------------------------

def test_the_reporters_gloss_after_the_words_is_no_part_of_them():
    # https://www.japantimes.co.jp/news/2001/04/27/... (eval/own/docs-az/jp/007.md; the typo as printed)
    _, sts = excerpt(page('''
Newly appointed Foreign Minister Makiko Tanaka said Thursday that Tokyo should avoid actions that could lead to a deterioration in ties between Taiwan and China, an apparent refernce to Tokyo's approval of a visit by former Taiwan President Lee Teng-hui.
''', date="2001-04-27"))
    assert said(sts, "Tokyo should avoid") == [("Makiko Tanaka", "2001-04-26", "Tokyo should avoid actions that could "
                                                "lead to a deterioration in ties between Taiwan and China")]
    # ... and a gloss noun alone: ", a reference to thousands of emails leaked last week ..."
    # (polnear/train/text/usa-today_2016-07-27_clinton-still-faces-a-spoiler-in.txt)
    _, sts = excerpt(page('''
In her address at the Monday evening rally, Stein, a physician from Massachusetts and longtime Green Party activist, accused the Democratic National Committee of sabotaging the Sanders campaign, a reference to thousands of emails leaked last week that showed senior members at the committee sought to undercut Sanders' campaign.
''', date="2016-07-27"))
    assert {text for _, _, text in said(sts, "sabotaging")} == \
        {"the Democratic National Committee of sabotaging the Sanders campaign"}
    # must not: an adjunct of purpose opened by "in" is no such gloss; the words run on as before (set C's
    # docs-c/015.txt)
    _, sts = excerpt(page(YONHAP_SEOUL_IRAN, date="2023-01-17"))
    assert [text.endswith("in an apparent effort to prevent it from spilling into a diplomatic controversy")
            for _, _, text in said(sts, "Seoul's relations with Tehran")] == [True]


# --- "X issued the following statement: “...”": the colon after the act frames the quotation ------------------------

def test_a_statement_issued_with_a_colon_frames_its_quotation():
    # http://newsinfo.inquirer.net/680381/palace-denies-…uino-collapsed (eval/own/docs-az/ph/002.md)
    _, sts = excerpt(page('''
MANILA, Philippines – Malacañang on Saturday denied a rumor that President Benigno Aquino III “collapsed” Friday night.

At past midnight, Presidential Spokesperson Edwin Lacierda issued the following statement: “I have communicated with the President regarding the rumors circulating tonight that he collapsed, and he immediately responded to my text with – ‘No such thing.’”
''', date="2015-03-21", url=INQUIRER_ROOT))
    assert [(who, day) for who, day, _ in said(sts, "I have communicated")] == [("Edwin Lacierda", "2015-03-21")]
    # must not: a release's issuer set off with her title stays the issuer stage's, hers (https://awdnet.ca/canada-
    # the-world, eval/own/docs-b/releases/074.md)
    _, sts = excerpt(page('''
Canada & The World

Canada News Centre

1. Canada strongly condemns North Korea’s launches of ballistic missiles on January 27, which poses a direct threat to international and regional peace and security.
2. The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement: “Thirty years ago today, Canada established diplomatic relations with Ukraine. Since then, our mutual commitment to strengthening the Canada-Ukraine friendship has grown.”
''', url="https://awdnet.ca/canada-the-world"))
    assert [who for who, _, _ in said(sts, "Thirty years ago")] == ["Mélanie Joly"]


# --- "stressed opposing X and insisting on Y": two gerunds, the verb's words ------------------------------------------

def test_two_gerunds_joined_by_and_are_one_saying():
    # eval/own/docs-az/cn/010.md (Xinhua's story): "insisting" after "and" is the second of the gerunds the
    # spokesman stressed, no participle of a saying of its own
    _, sts = excerpt(page(XINHUA_TAO + '''
In response to a question on reports about Taiwan leader Ma Ying-jeou's latest remarks on cross-Strait ties, the spokesman stressed opposing "Taiwan independence" and insisting on the "1992 Consensus" as the basis for peaceful development of cross-Strait ties.
'''))
    assert said(sts, "1992 Consensus") == [("Ma Xiaoguang", None, 'opposing "Taiwan independence" and insisting on the '
                                            '"1992 Consensus" as the basis for peaceful development of cross-Strait '
                                            'ties')]
    # must not: a participle's words opening with a clause end before "and saying", a saying of its own (Radio New
    # Zealand, eval/own/docs-b/wire/080.md)
    _, sts = excerpt(page('''
Foreign Minister Winston Peters has hit back at North Korea, saying he rejected the country’s aggressive rhetoric towards New Zealand and saying the country’s people would be better served if its leadership re-engaged with the international community diplomatically.
''', date="2017-09-22"))
    assert [text for _, _, text in said(sts, "aggressive rhetoric")] == \
        ["he rejected the country’s aggressive rhetoric towards New Zealand"]
