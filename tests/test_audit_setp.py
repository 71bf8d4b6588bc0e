"""Audit round setp: English news reports of foreign-ministry, government and defence spokespeople as Vietnamese,
Chinese, Korean, Japanese, Philippine and US outlets print them (set P, train documents). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the
words; and what must not be read from it."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- the day of an inverted frame whose title and name run long ---------------------------------------------------

VIETNAMPLUS = '''
A Vietnamese fishing and all crew on board have been detained by the Navy of Brunei and they to Brunei ’s port of Muara , according to the Vietnamese Foreign Ministry.

“The Vietnamese Embassy in Brunei said: the Bruneian side informed that the Navy of Brunei detained the fishing vessel PY 90368 (Phu Yen province) with captain Vo Van Tu and eight crew members while they are fishing in the Bruneian sea at 12:00 on July 13, 2011, and brought the ship and crew to the port of Muara (Brunei),” said the Vietnamese Foreign Ministry’s Consular Department on July 16.
'''


def test_day_after_a_long_possessive_body_name_in_an_inverted_frame():
    # https://en.vietnamplus.vn/vietnamese-fishing-vessel-crew-detained-in-brunei/29907.vnp (no publication date; the
    # year is the one the quoted words give)
    _, sts = excerpt(page(VIETNAMPLUS))
    assert [(w, d) for w, d, _ in said(sts, "the Bruneian side informed")] == [("Consular Department", "2011-07-16")]
    # must not: the day of the detention told inside the quotation is not the day it was said
    assert not [st for st in sts if st.said_on == "2011-07-13"]


def test_weekday_after_a_titled_name_in_an_inverted_frame():
    # the same frame with a weekday, as Xinhua and VNA print it ("said Chinese Foreign Ministry spokesperson Wang
    # Wenbin on Monday"; https://english.news.cn/20221212/1eb1136b4fbc44f0a541f98486be691f/c.html quotes Wang's
    # "China firmly opposes it and strongly condemns it")
    _, sts = excerpt(page('''
"China firmly opposes it and strongly condemns it," said Chinese Foreign Ministry spokesperson Wang Wenbin on Monday.
''', date="2022-12-14"))
    assert [(w, d) for w, d, _ in said(sts, "firmly opposes")] == [("Wang Wenbin", "2022-12-12")]
    # must not: the publication day
    assert not [st for st in sts if st.said_on == "2022-12-14"]


# --- the lead's spokesperson named next: a rank written short, the remarks given as the person's ------------------

KOREA_HERALD = '''
The potential weapons trade between North Korea and Russia demonstrates the dire situation Russia finds itself in amid its ongoing war against Ukraine, a Pentagon spokesperson said Tuesday.

Brig. Gen. Pat Ryder made the remark after a news report suggested that North Korea may be sending weapons to Russia.
'''


def test_rank_written_short_before_the_name_that_made_the_remark():
    # http://www01.koreaherald.com/view.php?mp=5&np=49&ud=20230802000094 (a Korean paper of Wednesday 2 August 2023
    # reporting the Pentagon's Tuesday briefing)
    _, sts = excerpt(page(KOREA_HERALD, date="2023-08-02"))
    assert [(w, d) for w, d, _ in said(sts, "dire situation")] == [("Pat Ryder", "2023-08-01")]
    # must not: the body spoken for, nor a speaker named by the rank
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Pentagon", "Brig", "Gen")]


XINHUA = '''
BEIJING, Dec. 12 (Xinhua) -- China urges the United States to withdraw its so-called sanctions on Chinese officials immediately, and stop interfering in Tibet affairs, a Chinese spokesperson said on Monday.

Foreign Ministry spokesperson Wang Wenbin's remarks came after the United States on Friday imposed sanctions on two senior Chinese officials over what they called serious human rights abuse in Tibet Autonomous Region.
'''


def test_remarks_given_as_the_named_spokespersons():
    # https://english.news.cn/20221212/1eb1136b4fbc44f0a541f98486be691f/c.html
    _, sts = excerpt(page(XINHUA, date="2022-12-12"))
    assert ("Wang Wenbin", "2022-12-12") in [(w, d) for w, d, _ in said(sts, "withdraw its so-called sanctions")]
    # must not: the sanctions the United States imposed are no one's statement
    assert not said(sts, "imposed sanctions on two senior")


# --- no speaking: a participle a possessive makes an adjective, a claim laid to land ------------------------------

IBTIMES = '''
China's repeated military intrusions in the East China Sea, a tactic that Beijing has repeatedly employed to wear out the militaries of rival nations with which it has competing territorial claims, seems to be having the just opposite effect on Japan.

Japanese Defense Minister Nobuo Kishi told CNN during an interview that Tokyo considers the Senkakus unquestionably its territory and the islands would be defended as such.

China has laid claim to the chain of uninhabited islands that lie 1,200 miles (1,900 kilometers) southwest of Tokyo since the 1970s, when oil reserves were first deteced around the area.
'''


def test_possessive_before_repeated_is_no_frame_and_a_claim_laid_is_no_speech():
    # https://www.ibtimes.com/senkaku-islands-dispute-japan-vows-match-china-military-threats-ship-ship-3297219
    _, sts = excerpt(page(IBTIMES))
    assert [w for w, _, _ in said(sts, "unquestionably its territory")] == ["Nobuo Kishi"]
    # must not: China "repeated" intrusions, nor "laid claim" as words said
    assert not said(sts, "military intrusions")
    assert not said(sts, "chain of uninhabited islands")
    assert not [st for st in sts if st.speaker and st.speaker.name == "China"]


# --- a wire dateline before the lead's quotation -------------------------------------------------------------------

def test_dateline_with_diacritics_before_a_quotation_is_no_clause_partly_quoted():
    # the dateline as Viet Nam News prints it (https://vietnamnews.vn/society/1663311/..., "HÀ NỘI — The support from
    # the international community ..."), before a quotation as Yonhap's "SEOUL, Jan. 28 (Yonhap) --" stands before
    # its lead
    _, sts = excerpt(page('''
HÀ NỘI — “The support from the international community is immensely valuable,” spokesperson for the Ministry of Foreign Affairs Phạm Thu Hằng said on Thursday.
''', date="2024-09-19"))
    got = [(st.speaker.name if st.speaker else None, st.said_on, st.kind, st.text) for st in sts]
    assert got == [("Phạm Thu Hằng", "2024-09-19", "direct",
                    "The support from the international community is immensely valuable")]
    # must not: the dateline inside the words, nor the opening mark
    assert not [st for st in sts if "NỘI" in st.text or "“" in st.text]


# --- the one an outlet quoted, the outlet closing the frame --------------------------------------------------------

def test_quoted_by_an_outlet_frames_the_quotation_before_it():
    # https://www.ibtimes.com/senkaku-islands-dispute-japan-vows-match-china-military-threats-ship-ship-3297219
    _, sts = excerpt(page('''
Japanese Defense Minister Nobuo Kishi told CNN during an interview that Tokyo considers the Senkakus unquestionably its territory and the islands would be defended as such.

"Against Chinese action to Senkaku Islands and other parts of the East China Sea ... we have to demonstrate that the government of Japan is resolutely defending our territory with the greater number of Japanese coast guard vessels than that of China," Kishi was quoted by CNN.
'''))
    got = [(w, st) for w, _, st in said(sts, "resolutely defending")]
    assert got == [("Nobuo Kishi", "Against Chinese action to Senkaku Islands and other parts of the East China Sea ... we "
                    "have to demonstrate that the government of Japan is resolutely defending our territory with the "
                    "greater number of Japanese coast guard vessels than that of China")]
    # must not: the outlet quoting is no speaker
    assert not [st for st in sts if st.speaker and st.speaker.name == "CNN"]
