"""Audit round setbf: news reports of spokespeople from Taiwanese, Hong Kong, Ukrainian and Eastern European / Caucasus
outlets (set BF's train documents: China Daily Hong Kong, The Taipei Times, the South China Morning Post, UNIAN, Taiwan
News, Interfax-Ukraine, Coconuts Hong Kong, Eurasia.ro). Each test reads a real passage (its page's URL or file in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


TAIWAN_NEWS_MAC = '''
TAIPEI (Taiwan News) – The new minister at the Mainland Affairs Council (MAC), Chen Ming-tong (陳明通), said Wednesday he hoped he could work toward Taiwan’s and China’s semi-official cross-straits bodies opening up offices in each other’s territory.

Having the two bodies set up offices on the other side would help prevent relations from falling prey to a vicious circle, Chen told legislators Wednesday, according to the Central News Agency.

He cited his experience during the rule of President Chen Shui-bian (陳水扁), when he also served a time as MAC minister, as a reason why he might able to improve relations with China. Negotiations about direct ferry links were stuck until he managed to reach an agreement, Chen said, adding he hoped he could end the current deadlock the same way.

“Once the misunderstandings are resolved, it’s a green light all the way,” CNA quoted him as saying.
'''


# --- "during the rule of President Chen Shui-bian ..., Chen said": the namesake in a phrase takes no surname -------

def test_a_namesake_named_in_an_of_phrase_leaves_the_surname_to_the_speaker():
    # https://www.taiwannews.com.tw/en/news/3387022 (eval/own/docs-bf/tw/007.md): Chen Shui-bian, named inside "the
    # rule of ..." in Chen Ming-tong's sentence, is mentioned, not brought in to speak
    _, sts = excerpt(page(TAIWAN_NEWS_MAC, date="2018-03-01"))
    assert {who for who, _, _ in said(sts, "ferry links") + said(sts, "deadlock") + said(sts, "green light")} == \
        {"Chen Ming-tong"}
    # must not: a namesake named as a verb's object, and the subject of the next sentence, takes the family name
    # (http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=178852, eval/own/docs-ad/kr/007.md)
    _, sts = excerpt(page('''
President Yoon Suk Yeol has said that the Ministry of Unification should not operate as a support service for North Korea.Presidential spokesperson Kim Eun-hye said on Sunday that Yoon made the remarks to his aides regarding his nominations for new unification minister and vice minister last week.President Yoon said that the unification ministry has acted like a pro-North Korea support organization, but that should end, adding that now is the time for the ministry to change.Yoon said that the ministry should carry out its duties according to the spirit of the Constitution, focusing on unification based on liberal democracy, while also stressing that the nation should pursue a unification that improves the lives of the residents of both Koreas.Last Thursday, Yoon nominated Kim Young-ho, a professor of political diplomacy at Sungshin Women's University and a former human rights ambassador, as the new unification minister. Kim has been calling for addressing the North Korean human rights issue.
''', date="2023-07-02"))
    assert [who for who, _, _ in said(sts, "human rights issue")] == ["Kim Young-ho"]


# --- "..., Chen told legislators Wednesday, according to ...": a bare audience closes the frame after the words ------

def test_told_legislators_closes_a_frame_after_the_words():
    # https://www.taiwannews.com.tw/en/news/3387022 (eval/own/docs-bf/tw/007.md): "legislators", bare, is who was
    # told, as "reporters" and "lawmakers" are; the words are before the frame, not "legislators Wednesday, ..."
    _, sts = excerpt(page(TAIWAN_NEWS_MAC, date="2018-03-01"))
    assert said(sts, "vicious circle") == [
        ("Chen Ming-tong", "2018-02-28", "Having the two bodies set up offices on the other side would help prevent "
                                         "relations from falling prey to a vicious circle")]
    assert not said(sts, "according to the Central News Agency")
    # must not: words after a bare audience told stay the frame's words (https://hosted.ap.org/berkshireeagle/article/
    # 6486944b076b4df99a583a3a7c85574d/..., zyte-article-extraction ground truth)
    _, sts = excerpt(page('''
Sondland’s appearance follows the testimony Tuesday of four national security and diplomatic officials, including a career Army officer who described Trump’s call with Zelenskiy as “improper.”

Lt. Col. Alexander Vindman told lawmakers it was his “duty” to report his concerns about the call, as he deflected Republican attacks, including from the White House on his loyalty and career in public service.
''', date="2019-11-20"))
    assert [(who, text[:40]) for who, _, text in said(sts, "duty")] == \
        [("Alexander Vindman", "it was his “duty” to report his concerns")]


# --- "X yesterday downplayed allegations that ..., saying ...": the day reaches the participle -----------------------

TAIPEI_TIMES_GIFTS = '''
The Presidential Office yesterday downplayed allegations that President Ma Ying-jeou (馬英九) accepted gifts from Chinese Nationalist Party (KMT) Central Standing Committee (CSC) members, saying it would check whether any of the committee members gave Ma gifts.

Presidential Office Spokesman Wang Yu-chi (王郁琦) said the office established a system to manage gifts given to the president and vice president when they took office in May last year.

The office has also returned certain controversial items, such as ivory tusks, Wang said.

As of last month, Wang said, the office had received 1,906 gifts, with 1,393 addressed to the president and 285 addressed to the vice president. He said 41 gifts had been returned to the givers.
'''


def test_a_nouns_that_clause_in_the_dated_predicate_lets_the_day_reach_the_participle():
    # http://www.taipeitimes.com/News/front/archives/2009/10/28/2003457054 (eval/own/docs-bf/tw/002.md; 28 October
    # 2009): "allegations that ..." is the object of "downplayed"; its "that" opens no reported clause of another day
    _, sts = excerpt(page(TAIPEI_TIMES_GIFTS, date="2009-10-28"))
    assert said(sts, "would check") == \
        [("Presidential Office", "2009-10-27", "it would check whether any of the committee members gave Ma gifts")]
    assert [day for _, day, _ in said(sts, "established a system")] == ["2009-10-27"]
    # must not: a "that" the gap holds after a verb (not only after a noun of what was put forward) still keeps the
    # day from the participle (polnear/train/text/wash-post_2015-11-13_cruz-rubio-take-off-the-kid-glov.txt: the gap
    # after "said Thursday")
    from pressarchive.dates import _that_of_a_noun_only
    assert _that_of_a_noun_only(" downplayed allegations that President Ma Ying-jeou (馬英九) accepted gifts from "
                                "Chinese Nationalist Party (KMT) Central Standing Committee (CSC) members, ")
    assert not _that_of_a_noun_only(" that Rubio's claim that Cruz is in favor of legalizing illegal immigrants is "
                                    "\"simply not true.\" ")


# --- "As of last month, Wang said, ...": a bound of the words, no recalled saying ----------------------------------

def test_as_of_a_month_gone_by_bounds_the_words_not_the_saying():
    # http://www.taipeitimes.com/News/front/archives/2009/10/28/2003457054 (eval/own/docs-bf/tw/002.md): "As of last
    # month" is the time of the count reported; Wang said it on the story's day, as the next sentence too
    _, sts = excerpt(page(TAIPEI_TIMES_GIFTS, date="2009-10-28"))
    assert [day for _, day, _ in said(sts, "1,906 gifts")] == ["2009-10-27"]
    assert [day for _, day, _ in said(sts, "41 gifts")] == ["2009-10-27"]
    # must not: an "as" clause recalling the speaker's words of a year gone by stays undated
    # (whitehouse-briefing-room/statements-releases/2024-08/2024-08-08-fact-sheet-one-year-after-maui-wildfires-...)
    _, sts = excerpt(page('''
As President Biden made clear during his visit to Maui last year, the Biden-Harris Administration will be with the people of Maui every step of the way, no matter how long it takes, to recover and rebuild from these unprecedented wildfires.
''', date="2024-08-08"))
    assert [(who, day) for who, day, _ in said(sts, "every step of the way")] == [("Joe Biden", None)]


# --- '“...,” the government statement read, adding that ...': a document's frame, no person inside the words --------

def test_a_participle_after_a_documents_frame_is_no_one_named_in_the_words():
    # https://coconuts.co/hongkong/news/detainee-suspected-of-writing-hong-kong-independence-messages-on-prison-wall
    # (eval/own/docs-bf/hk/010.md): the statement goes on; Ma, named in the quoted words, is the detainee, no speaker
    _, sts = excerpt(page('''
The Correctional Service Department said detainees who commit illegal acts, such as spreading messages of Hong Kong independence, will be “handled seriously with zero tolerance.”

Ma was “immediately put in custody under separation for investigation,” the government statement read, adding that police have been alerted to the case.
''', date="2021-01-05"))
    assert "Adam Ma" not in [who for who, _, _ in said(sts, "alerted to the case")]
    assert "Ma" not in [who for who, _, _ in said(sts, "alerted to the case")]
    assert [who for who, _, _ in said(sts, "zero tolerance")] == ["Correctional Service Department"]
    # must not: after a person's frame the participle stays the person's (reuters21578/articles/2352.txt)
    _, sts = excerpt(page('''
"There is no doubt in my mind about the willingness of our trading partners to retaliate against unfair trade legislation," Yeutter said, adding that policy flexibility is essential in solving international trade problems.
''', date="1987-03-05"))
    assert [who for who, _, _ in said(sts, "policy flexibility")] == ["Yeutter"]


# --- "The Office of the Commissioner of ... in the Hong Kong Special Administrative Region has ...": one body ----------

def test_a_bodys_own_long_name_is_one_subject():
    # https://chinadailyhk.com/article/258835 (eval/own/docs-bf/hk/001.md): seventeen tokens, the head noun and "of"
    # first, capitalised words and a body's small words only: a body's name, as a spokesperson's long body already is
    _, sts = excerpt(page('''
HONG KONG – The Office of the Commissioner of the Chinese Foreign Ministry in the Hong Kong Special Administrative Region has firmly rejected a so-called statement issued by the British government and some members of the “Media Freedom Coalition” that slandered Hong Kong’s press freedom.

In a statement issued on Tuesday, a spokesperson for the office said a recent “statement” released jointly by the British Foreign, Commonwealth and Development Office and the “Media Freedom Coalition” smeared the HKSAR government’s law enforcement activities.

The spokesperson emphasized that no one should use freedom of the press as a shield for engaging activities disrupting China and the HKSAR or undermining national security and social stability.
''', date="2022-02-08"))
    office = "Office of the Commissioner of the Chinese Foreign Ministry in the Hong Kong Special Administrative Region"
    assert [(who, day) for who, day, _ in said(sts, "smeared")] == [(office, "2022-02-08")]
    assert [who for who, _, _ in said(sts, "as a shield")] == [office]
    assert "Media Freedom Coalition" not in [who for who, _, _ in said(sts, "")]
    # must not: a titled person named with a body's long name stays the person (https://newsinfo.inquirer.net/...,
    # eval/own/docs-x/ph/010.md)
    _, sts = excerpt(page('''
In a phone interview with INQUIRER.net, Acting DFA Assistant Secretary Emmanuel Fernandez of the Office of Strategic Communications and Research said the Philippine Embassy in Athens is currently verifying if those bodies found in the abandoned mineshaft are indeed the Filipinos who vanished last year.
'''))
    assert [who for who, _, _ in said(sts, "currently verifying")] == ["Emmanuel Fernandez"]
