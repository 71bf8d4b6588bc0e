"""Audit round setaq: news reports of spokespeople from Chinese, Japanese, Taiwanese and Vietnamese outlets and US wire
copy (set AQ's train documents: CGTN, Taipei Times, Nikkei Asia, Focus Taiwan, Hanoi Times, Global Times, One America
News printing Reuters, Taiwan News). Each test reads a real passage (its page's URL in a comment) as the pipeline does
and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load, same, the


# --- the question the speaker was answering ends the words: "said ... that X when responding to a question on ..." ---

HANOI_TIMES_HANG = '''
Maritime disputes persist with the latest move caused by China in the South China Sea. Since early March, China has deployed more than 200 vessels to Vietnam’s Dao Sinh Ton Dong (Grierson Reef) in Truong Sa (Spratly) Islands.

MoFA’s Spokesperson Le Thi Thu Hang said earlier this month that Vietnam’s army get ready to defend the sovereignty when responding to a question on the dispatch of Gepard 3.9-class guided missile frigate Quang Trung in Spratly Islands.
'''


def test_the_question_answered_after_the_words_is_no_part_of_them():
    # https://m.hanoitimes.vn/vietnam-asks-china-to-resolve-maritime-disputes-317048.html (eval/own/docs-aq/vn/007.md)
    _, sts = excerpt(page(HANOI_TIMES_HANG))
    (hit,) = said(sts, "army get ready")
    assert hit[2].rstrip(" .") == "Vietnam’s army get ready to defend the sovereignty", hit
    assert same(hit[0], "Le Thi Thu Hang"), hit


def test_what_the_speaker_responded_to_that_is_no_question_stays_in_the_words():
    # must not: the China MFA's transcript (t1743902) "... of avoiding discrimination, stigmatization and overreaction
    # while responding to the outbreak": the words' own (no question or query answered)
    doc, statements = load("china-mfa-presscon-html/eng/t1743902.html", "overreaction while responding to the outbreak")
    assert "while responding to the outbreak" in the(doc, statements, "overreaction while responding").text


# --- a photo caption printed twice in one line, closed by Reuters' credit in capitals, is no statement ----------------

OANN_MATSUNO = '''
Japan's new Chief of Cabinet Secretary Matsuno Hirokazu announces new cabinet members at a news conference in Tokyo, Japan October 4, 2021. REUTERS/Kim Kyung-Hoon Japan's new Chief of Cabinet Secretary Matsuno Hirokazu announces new cabinet members at a news conference in Tokyo, Japan October 4, 2021. REUTERS/Kim Kyung-Hoon

October 5, 2021

TOKYO (Reuters) – Japan’s new chief cabinet secretary Hirokazu Matsuno said on Tuesday the government is watching oil prices as rises would hurt corporate profits and increase the burden on households.

He declined to comment on a fall in Japanese stock prices to a one-month low, saying markets move according to daily factors decided by the markets.
'''


def test_a_caption_printed_twice_in_one_line_is_no_statement():
    # https://www.oann.com/japan-chief-cabinet-secretary-matsuno-says-rising-oil-prices-would-hurt-corporate-profits/
    # (eval/own/docs-aq/wire/010.md): the caption's "announces new cabinet members" is the picture's, not words
    _, sts = excerpt(page(OANN_MATSUNO))
    assert not said(sts, "new cabinet members"), said(sts, "new cabinet members")
    assert said(sts, "the government is watching oil prices")[0][:2] == ("Hirokazu Matsuno", "2021-10-05")


def test_a_caption_once_closed_by_reuters_credit_in_capitals_goes():
    _, sts = excerpt(page(OANN_MATSUNO.replace(" REUTERS/Kim Kyung-Hoon Japan's new Chief of Cabinet Secretary Matsuno "
                                               "Hirokazu announces new cabinet members at a news conference in Tokyo, "
                                               "Japan October 4, 2021.", "")))
    assert not said(sts, "new cabinet members"), said(sts, "new cabinet members")


def test_a_line_that_does_not_repeat_itself_stays():
    # must not: a paragraph whose halves differ by a word is prose, kept ("..." said twice with a change)
    _, sts = excerpt(page("Foreign Minister Taro Kono said on Monday that Japan would protest. "
                          "Foreign Minister Taro Kono said on Monday that Japan would protest again.", date="2019-01-08"))
    assert said(sts, "Japan would protest")


# --- words the frame follows that open with the last speaker's own surname are his: "Kishi looks to ..., he said." ----

NIKKEI_KISHI = '''
TOKYO -- Developing the capability to strike enemy bases in response to an impending missile launch is "necessary to protect our nation," Defense Minister Nobuo Kishi said Friday, weighing in on a possible alternative to the suspended Aegis Ashore system.

The defense minister said he intends to take the opportunity to visit the U.S. when conditions allow with the coronavirus pandemic, and expressed interest in meeting with U.S. Defense Secretary Mark Esper.

Kishi looks to deepen cooperation between the two countries, including in the space and cyber domains, and "further strengthen the deterrence and response capabilities of the Japan-U.S. alliance," he said.
'''


def test_words_opening_with_the_last_speakers_surname_before_he_said_are_his():
    # https://asia.nikkei.com/Politics/Japan-s-base-strike-capability-necessary-Defense-chief-Kishi
    # (eval/own/docs-aq/jp/004.md): not Mark Esper, met inside Kishi's words before
    _, sts = excerpt(page(NIKKEI_KISHI))
    assert said(sts, "Kishi looks to deepen cooperation")[0][0] == "Nobuo Kishi"


def test_a_name_opening_the_words_after_the_pronoun_is_still_not_its_referent():
    # must not: set F ca/022 "He also accused Poilievre of saying ...": the pronoun comes before the words, so the
    # name opening them is another's (tests/test_news_quotes.py)
    from test_news_quotes import SET_F, containing, statements
    _, found = statements(SET_F / "ca" / "022.md")
    accused = containing(found, "First Nations can pay for their own clean water")
    assert accused and accused[0].speaker.name != "Pierre Poilievre"



# --- "told" its addressee on a call, then only when and by whose account: no words of its own -------------------------

HANOI_TIMES_SON = '''
Vietnam’s newly-appointed foreign minister has asked China to resolve disagreements in the spirit of respect for each other’s legitimate rights and interests, reached consensus, and international law.

Vietnam's Foreign Minister Bui Thanh Son. Photo:MOFA |

Vietnamese Foreign Minister Bui Thanh Son told his Chinese counterpart Wang Yi in a phone talk on April 16, according to the Vietnam’s Ministry of Foreign Affairs (MoFA).

MoFA said that the two sides exchanged sincerely and frankly on maritime issues, and agreed to continue promoting the role of the current negotiation mechanisms.
'''


def test_told_on_a_call_with_no_words_after_is_no_statement():
    # https://m.hanoitimes.vn/vietnam-asks-china-to-resolve-maritime-disputes-317048.html (eval/own/docs-aq/vn/007.md):
    # neither Son's "told his Chinese counterpart ... in a phone talk on April 16" nor the ministry's "according to"
    # over that frame
    _, sts = excerpt(page(HANOI_TIMES_SON))
    assert not said(sts, "phone talk"), said(sts, "phone talk")
    assert said(sts, "the two sides exchanged sincerely")[0][0] == "MoFA"


def test_told_with_its_words_after_the_occasion_stays():
    # must not: bbc-news/tech/052 "... recently told the BBC News website in an interview that EA was beginning to get
    # a sense of ...": the words after "that"
    doc, statements = load("bbc-news/tech/052.txt", "in an interview that EA was beginning")
    assert the(doc, statements, "EA was beginning to get a sense").text.startswith("EA was beginning")
    # ... nor a call whose words follow it ("told ... in a phone talk on April 16 that ...": the same passage so told)
    _, sts = excerpt(page(HANOI_TIMES_SON.replace("on April 16, according to the Vietnam’s Ministry of Foreign Affairs "
                                                  "(MoFA).", "on April 16 that Hanoi wanted talks.")))
    assert said(sts, "Hanoi wanted talks")


def test_the_last_speakers_surname_adjective_before_he_said_is_his_too():
    # reut2-000 #496 "Redstone said his group would contribute more than 475 mln dlrs ... ¶ The Redstone equity
    # contribution to the takeover would consist of ..., he said.": Redstone (was Merrill Lynch, named in a paragraph
    # before)
    doc, statements = load("reuters21578/reut2-000.sgm", "The Redstone equity contribution")
    assert the(doc, statements, "The Redstone equity contribution").speaker.name.endswith("Redstone")


def test_the_last_speakers_surname_inside_a_bodys_name_is_not_his():
    # must not: PolNeAR politico 2015-12-31 "“Regarding the Clinton Foundation leadership: I feel ...,” she writes."
    # (Jan Piercy's email): "Clinton" inside "the Clinton Foundation" keeps Hillary Clinton out of the pronoun's reach
    doc, statements = load("polnear/train/text/politico_2015-12-31_more-than-clinton-emails-now-dee.txt",
                           "Regarding the Clinton Foundation leadership")
    assert the(doc, statements, "Regarding the Clinton Foundation leadership").speaker.name != "Hillary Clinton"
