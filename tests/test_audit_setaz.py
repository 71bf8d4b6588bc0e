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
