"""Seed round seed13: statement, speaker and date errors that recur on English-language news reports of what official
spokespeople said, from East Asian outlets (Xinhua, China Daily, Jiji, Nikkei, NHK, Yonhap, Korea Times, VNA, VOV).
Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator
expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "on Tuesday" before a reporting verb is the day of the saying, not a subject answered ---------------------------

def test_unnamed_official_on_a_weekday_dates_the_named_speakers_after_him():
    # http://www.ecns.cn/news/society/2022-11-23/detail-ihchchpu5656284.shtml (Xinhua, 04:28 on Wednesday 23 November)
    _, sts = excerpt(page('''
China stresses scientific, precise COVID-19 response: health official

A Chinese health official on Tuesday warned against any slackening in epidemic prevention and control and stressed science-based and precise COVID-19 response.

Mi Feng, spokesperson for the National Health Commission, said China faces a grave and complex COVID-19 situation with a wider spread and more transmission chains of the virus.

In response, health authorities have sent task forces to guide local governments in fully implementing the recently released 20 measures for optimizing China's COVID-19 response, according to Hu Xiang, an official from the national administration of disease prevention and control.
''', date="2022-11-23"))
    assert [(w, d) for w, d, _ in said(sts, "grave and complex")] == [("Mi Feng", "2022-11-22")]
    assert [(w, d) for w, d, _ in said(sts, "task forces")] == [("Hu Xiang", "2022-11-22")]


# --- "On the night of June 12," opening a sentence dates its verb, however long the subject ----------------------------

def test_on_the_night_of_a_day_opening_the_sentence_dates_the_speaker():
    # https://jmh.usembassy.gov/201606142238/ (Nikkei evening edition of 13 June 2016)
    _, sts = excerpt(page('''
On the night of June 12, Koichi Ito, a minister at the Japanese Embassy in Beijing, called on Xiao Qian, director general of the Department of Asian Affairs of the Chinese Foreign Ministry, and lodged a protest over the passage of a Chinese warship through the contiguous zone surrounding the Senkaku Islands. Ito expressed "serious concern" and strongly called on Xiao to prevent similar incidents, saying, "Japan cannot in any way accept China's assertions and actions." A Chinese warship traversed waters near the Senkakus early on the morning of June 9.
''', date="2016-06-13"))
    assert [(w, d) for w, d, _ in said(sts, "cannot in any way")] == [("Koichi Ito", "2016-06-12")]


def test_a_protest_lodged_on_a_day_is_an_occasion_of_its_speaker():
    # the same passage, its visit told with "met" (no reporting verb): the protest lodged is the occasion
    _, sts = excerpt(page('''
On the night of June 12, Koichi Ito, a minister at the Japanese Embassy in Beijing, met Xiao Qian and lodged a protest over the passage of a Chinese warship through the contiguous zone surrounding the Senkaku Islands. Ito expressed "serious concern" and strongly called on Xiao to prevent similar incidents, saying, "Japan cannot in any way accept China's assertions and actions."
''', date="2016-06-13"))
    assert [(w, d) for w, d, _ in said(sts, "cannot in any way")] == [("Koichi Ito", "2016-06-12")]
