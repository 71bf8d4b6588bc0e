"""Audit round setbm: news reports of spokespeople and officials from Chinese mainland, Hong Kong and Macau outlets
(set BM's train documents: the South China Morning Post, Macau Daily Times, Macao News, Hong Kong Free Press, People's
Daily Online, shine.cn). Each test reads a real passage (its page's URL or file in a comment) as the pipeline does and
asserts what an annotator expects: who said it, when, and the words."""
from pathlib import Path

from test_audit_cases import excerpt
from test_audit_seed10 import page

from pressarchive.extract.mentions import parse_np, tokens

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def said(statements, marker: str):
    return [(st.speaker.name if st.speaker else None, st.said_on, st.text) for st in statements if marker in st.text]


# --- "Sam, the former head of the Court of Final Appeal, stated that ...": the body's name goes on after "of" ------

def test_capitals_after_a_bodys_head_and_of_go_on_naming_the_body():
    # https://macaudailytimes.com.mo/sam-hou-fai-pledges-to-regulate-gaming-diversify-the-economy.html
    # (eval/own/docs-bm/mo/002.md): "Final Appeal" is no person closing the title, so the apposition is Sam's
    _, sts = excerpt(page('''
Macau’s sole candidate for Chief Executive, Sam Hou Fai, unveiled a comprehensive policy agenda this morning aimed at regulating the gaming sector while fostering development in other industries.

Speaking at his policy platform presentation, he emphasized the importance of “strict enforcement” of the law to ensure orderly growth in the city. Sam, the former head of the Court of Final Appeal, stated that the implementation of a new gaming law will be crucial for maintaining a healthy and regulated industry. He expressed a commitment to combat illegal activities and prioritize the development of non-gaming elements in Macau’s economy.
'''))
    assert [who for who, _, _ in said(sts, "new gaming law will be crucial")] == ["Sam Hou Fai"]
    # must not: a person's name right after the body's name (no "of" before it) still closes the title
    # (https://allafrica.com/stories/202011100752.html, eval/own/docs/au/106.md)
    m = parse_np(tokens("The Chairperson of the African Union Commission Moussa Faki Mahamat", 0))
    assert (m.kind, m.name) == ("name", "Moussa Faki Mahamat")
    # ... and a place after the bank's "of" leaves its president the speaker
    # (zyte-article-extraction/ground-truth.json, the New York Times' "Trump's ... embrace" story)
    _, sts = excerpt(page('''
“It’s striking that in almost every corner of the world geopolitical tensions are threatening to put the brakes on growth,” John Williams, the president of the Federal Reserve Bank of New York, said in a speech last week.
'''))
    assert [who for who, _, _ in said(sts, "geopolitical tensions")] == ["John Williams"]


# --- "Hong Kong’s new police commissioner told ...": the place's possessive and "new" tell nothing of the office -----

def test_a_places_new_title_is_the_holder_of_that_title():
    # https://scmp.com/news/hong-kong/law-and-crime/article/3041102/new-hong-kong-police-chief-chris-tang-tells-top
    # (eval/own/docs-bm/hk/001.md): "Hong Kong Police Commissioner Chris Tang", not the minister in the caption with
    # him
    _, sts = excerpt(page('''
Hong Kong Police Commissioner Chris Tang, left, with Minister of Public Security Zhao Kezhi in Beijing on Saturday. Photo: Weibo

Hong Kong’s new police commissioner told top Beijing officials on Saturday that his force would handle the ongoing anti-government protests with both “hard and soft” tactics – being tough on violence but flexible on minor offences.
'''))
    assert [who for who, _, _ in said(sts, "hard and soft")] == ["Chris Tang"]
    # must not: another country's new minister is no holder of this one's title (set AY's case made for it: the
    # corpora hold no "X's new foreign minister" after another's named)
    _, sts = excerpt(page('''
Foreign Minister Wang Yi said China would respond firmly.

Japan's new foreign minister said Tokyo would lodge a protest.
'''))
    assert "Wang Yi" not in [who for who, _, _ in said(sts, "lodge a protest")]


# --- "Lam apologised, admitting there had been deficiencies ...": "admitting" frames more speech -------------------

def test_admitting_after_a_comma_frames_more_speech():
    # https://scmp.com/news/hong-kong/law-and-crime/article/3014704/hong-kong-extradition-bill-financial-secretary-paul
    # (eval/own/docs-bm/hk/004.md)
    _, sts = excerpt(page('''
Chan’s remarks on Sunday came as one of Chief Executive Carrie Lam Cheng Yuet-ngor’s advisers, Regina Ip Lau Suk-yee, said the city leader should apologise to Hongkongers for the controversy and damage the bill had caused. In a statement issued at 8.30pm on Sunday, Lam apologised, admitting there had been deficiencies in the government’s work.
'''))
    assert [(who, text) for who, _, text in said(sts, "deficiencies")] == \
        [("Carrie Lam Cheng Yuet-ngor", "there had been deficiencies in the government’s work")]
    # must not: "admitting to" set off by dashes is what people do, nobody's words (bbc-news/tech/227.txt)
    _, sts = excerpt(page((CORPORA / "bbc-news" / "tech" / "227.txt").read_text(encoding="utf-8")))
    assert said(sts, "adult entertainment") == []


# --- "The Registry of Trade Unions has demanded that ...": a registry is a body, its members' word no vague head ----

def test_a_registry_of_members_is_a_body():
    # https://hongkongfp.com/2022/04/25/no-need-to-defend-press-freedom-because-it-exists-hong-kong-leadership-
    # candidate-john-lee-says/ (eval/own/docs-bm/hk/008.md)
    _, sts = excerpt(page('''
When asked about meeting the Hong Kong Journalists Association, he rejected the idea citing an ongoing investigation.

The Registry of Trade Unions has demanded that the watchdog provide financial information and explain some of its social media posts.
''', date="2022-04-25"))
    assert [(who, text) for who, _, text in said(sts, "financial information")] == \
        [("Registry of Trade Unions", "the watchdog provide financial information and explain some of its social media posts")]
    # must not: "the unions" alone stay unnamed (bbc-news/business/148.txt)
    _, sts = excerpt(page((CORPORA / "bbc-news" / "business" / "148.txt").read_text(encoding="utf-8")))
    assert said(sts, "new engines will be made by GM") == []
