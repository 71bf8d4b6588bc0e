"""Audit round setaj: news reports of spokespeople and ministers of other governments (set AJ's train documents: The
Moscow Times, IRNA, Samaa TV, DNA News, Ahram Online, Asharq Al-Awsat, Neo News, QNA). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects: who said it and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a Pakistani name's opening word ("Khawaja Muhammad Asif") is no tag before the name -----------------------------

DNA_ASIF = '''
ISLAMABAD, 27 MAY (DNA) – Defense Minister Khawaja Muhammad Asif has said that Pakistan has been fighting a successful war against terrorism and marked decline in militants’ activities is its best example.

In an interview, he further said that double standard should not be adopted in war against terrorism. Minister said the United States targeted Mulla Akhtar Mansour in a drone attack by violating Pakistan’s sovereignty, Radio Pakistan reported.

Khawaja Asif said the meeting of National Security Council on the issue of drone attack would be held soon after the return of Prime Minister Muhammad Nawaz Sharif. DNA
'''


def test_pakistani_names_opening_word_stays_in_the_name():
    # https://dnanews.com.pk/pakistan-fighting-war-on-terror-successfully-minister (eval/own/docs-aj/pk/005.md)
    _, sts = excerpt(page(DNA_ASIF))
    assert [w for w, _, _ in said(sts, "successful war against terrorism")] == ["Khawaja Muhammad Asif"]
    assert [w for w, _, _ in said(sts, "double standard")] == ["Khawaja Muhammad Asif"]


def test_a_tag_before_a_given_name_still_goes():
    # must not: a party's or an occupation's word before a given name and a surname is no part of the name ("Lib Dem
    # Norman Baker", "Farmer Geoff Brooks": names.yml's examples)
    _, sts = excerpt(page('''
Lib Dem Norman Baker said the plan was wrong.

Farmer Geoff Brooks said the rain had come late.
'''))
    assert [w for w, _, _ in said(sts, "plan was wrong")] == ["Norman Baker"]
    assert [w for w, _, _ in said(sts, "rain had come late")] == ["Geoff Brooks"]
