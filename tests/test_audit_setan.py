"""Audit round setan: news reports of spokespeople from Korean, Philippine, Singaporean, Malaysian and Indonesian outlets
and US wire copy (set AN's train documents: NK News, ABS-CBN News, Selangor Journal, AP, Manila Bulletin, The Online
Citizen, Yonhap, CNA). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts
what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import assert_speaker, load, show, the


# --- a place is no described body: "..., the presidential office said on Thursday. ¶ ... ¶ The meeting came hours after
# Pyongyang repeated its threat ..." ---------------------------------------------------------------------------------

NK_NEWS_PRESIDENTIAL_OFFICE = '''
Seoul will “open a door for dialogue” and pursue diplomacy with Pyongyang despite growing tensions between the U.S. and North Korea, the presidential office said on Thursday.

Chief of the National Security Office (NSO) Chung Eui-yong convened a two-hour meeting of the standing committee of the National Security Council (NSC) at 3 pm KST.

The meeting came hours after Pyongyang repeated its threat to attack the U.S. territory of Guam with Hwasong-12 ballistic missiles, a plan that, the DPRK military said, was in the “final stages” of development.
'''


def test_a_place_framing_next_is_not_the_described_body_of_the_lead():
    # https://www.nknews.org/2017/08/seoul-will-open-a-door-for-dialogue-with-the-north-presidential-office/
    # (eval/own/docs-an/kr/001.md): the presidential office is no "Pyongyang" (the capital of the other Korea), whose
    # threat the sentence after next reports; better no speaker than that one
    _, sts = excerpt(page(NK_NEWS_PRESIDENTIAL_OFFICE))
    assert all(who != "Pyongyang" for who, _, _ in said(sts, "open a door for dialogue")), said(sts, "open a door")
    assert said(sts, "its threat to attack")[0][0] == "Pyongyang"


def test_a_body_framing_next_still_names_the_described_lead():
    # must not: politics/059 "A cap on donations ... should not be introduced yet, the elections watchdog has said. ¶
    # ... In a new report, the Electoral Commission says ...": a body, no place, is the watchdog
    doc, statements = load("bbc-news/politics/059.txt", "the elections watchdog has said")
    assert_speaker(the(doc, statements, "A cap on donations to political parties"), "Electoral Commission", "indirect")


# --- the next sentence goes on from words dated by the day opening their sentence: "On October 6, Marcos said ... ¶
# While he refused ..., he said that ..." --------------------------------------------------------------------------------

MB_MARCOS = '''
After more than 100 days, President Marcos said he is still in the process of transitioning and rightsizing the government, which is why he is yet to fill certain slots in his Cabinet, including the recently vacated Office of the Press Secretary (OPS).

"Because we are still in transition. We talk about rightsizing all the time. We are rightsizing everything, everywhere, all the time, and this is part of that," he told reporters in Pasay City on Friday, October 14.

President Marcos said his Cabinet would be complete eventually.

"Magso-solidify na 'yang mga position na 'yan (Those positions will solidify)," he ensured.

On October 7, Malacañang confirmed that Marcos tapped Garafil to help in the OPS following the resignation of lawyer Trixie Cruz-Angeles supposedly due to health reasons, on October 4.

Angeles was one of the officials that the Commission on Appointments (CA) bypassed two weeks ago.

On October 6, Marcos said they would be naming the next press secretary "early next week" after revealing that they had narrowed the list to three people.

While he refused to identify the people on the list, he said that the next press secretary should be a "friend of the media," preferably a journalist or a media practitioner who can effectively deliver the government's message to the public.
'''


def test_he_said_right_after_a_sentence_opened_by_its_day_is_of_that_day():
    # https://mb.com.ph/2022/10/14/marcos-on-naming-a-new-press-secretary-still-in-transition
    # (eval/own/docs-an/ph/007.md): October 6, not the report's Friday, October 14
    _, sts = excerpt(page(MB_MARCOS, "2022-10-14"))
    assert said(sts, "should be a \"friend of the media,\"")[0][:2] == ("Marcos", "2022-10-06")
    assert said(sts, "his Cabinet would be complete")[0][:2] == ("Marcos", "2022-10-14")


def test_he_has_since_said_is_not_of_the_fronted_day():
    # must not: a later time of its own ("has since said") is no longer that day
    text = MB_MARCOS.replace("While he refused to identify the people on the list, he said that",
                             "He has since said that")
    _, sts = excerpt(page(text, "2022-10-14"))
    assert said(sts, "should be a \"friend of the media,\"")[0][1] != "2022-10-06"


def test_after_revealing_that_without_a_comma_is_a_statement_of_its_own():
    # (eval/own/docs-an/ph/007.md): two statements, the naming and what he revealed
    _, sts = excerpt(page(MB_MARCOS, "2022-10-14"))
    assert said(sts, "naming the next press secretary")[0][2].rstrip(".") == \
        'they would be naming the next press secretary "early next week"'
    assert said(sts, "narrowed the list")[0][:3] == ("Marcos", "2022-10-06", "they had narrowed the list to three people")


def test_after_a_participle_of_no_saying_stays_in_the_words():
    # must not: "after learning that" reports no words: one statement, whole
    _, sts = excerpt(page("Smith said the plan was ready after learning that the budget had doubled.", "2022-10-14"))
    assert [s[2] for s in said(sts, "")] == ["the plan was ready after learning that the budget had doubled"]


def test_ensured_beside_a_quotation_frames_it():
    # (eval/own/docs-an/ph/007.md): "ensured" for "assured", beside the quotation
    _, sts = excerpt(page(MB_MARCOS, "2022-10-14"))
    assert said(sts, "Magso-solidify")[0][:2] == ("Marcos", "2022-10-14")


def test_ensured_away_from_a_quotation_is_an_act():
    # must not: "ensured that ..." away from a quotation says nothing
    _, sts = excerpt(page("The election commission ensured that the vote ran smoothly in every province.", "2022-10-14"))
    assert not said(sts, "the vote ran smoothly"), show(sts)


# --- words a legislature "was told", the minister named in the next sentence: "..., the Dewan Rakyat was told today. ¶
# In this regard, Foreign Affairs Minister Datuk Seri Mohamad Hasan said, ..." ------------------------------------------

SELANGOR_JOURNAL_MOHAMAD = '''
KUALA LUMPUR, June 27 — Malaysia has to exercise caution in positioning itself in its relations with other nations in view of increasingly complex geopolitics, the Dewan Rakyat was told today.

In this regard, Foreign Affairs Minister Datuk Seri Mohamad Hasan said, every invitation for Prime Minister Datuk Seri Anwar Ibrahim to visit other countries, including Russia, must be carefully considered.
'''


def test_words_the_house_was_told_are_the_ministers_named_next():
    # https://selangorjournal.my/2024/06/malaysia-must-be-cautious-of-how-it-associates-with-other-nations-wisma-putra
    # (eval/own/docs-an/my/004.md)
    _, sts = excerpt(page(SELANGOR_JOURNAL_MOHAMAD, "2024-06-27"))
    assert said(sts, "exercise caution")[0] == (
        "Mohamad Hasan", "2024-06-27", "Malaysia has to exercise caution in positioning itself in its relations with "
        "other nations in view of increasingly complex geopolitics")


def test_words_the_house_was_told_are_no_reacting_members():
    # must not: a member who is no minister, reacting next, did not tell the House; nor is a court a legislature
    text = ("The tax would raise two billion ringgit a year, the Dewan Rakyat was told today.\n\n"
            "Opposition MP John Brown said the figures were wrong.\n\n"
            "The suspect had been drinking before the crash, the court was told today.\n\n"
            "Deputy Public Prosecutor Jane Smith said the car was travelling at 150km/h.")
    _, sts = excerpt(page(text, "2024-06-27"))
    assert not said(sts, "would raise two billion"), show(sts)
    assert not said(sts, "had been drinking"), show(sts)


# --- an appositive's relative clause told by another frame set off by commas: "..., a plan that, the DPRK military said,
# was in the “final stages” of development." --------------------------------------------------------------------------

def test_a_relative_aside_frame_is_a_statement_and_ends_the_words_before_it():
    # https://www.nknews.org/2017/08/seoul-will-open-a-door-for-dialogue-with-the-north-presidential-office/
    # (eval/own/docs-an/kr/001.md): Pyongyang's threat ends before ", a plan that"; the plan's stage is the DPRK
    # military's; and the lead two sentences before is still no one's (a place, and whoever speaks in its sentence)
    _, sts = excerpt(page(NK_NEWS_PRESIDENTIAL_OFFICE))
    assert said(sts, "its threat to attack")[0][::2] == (
        "Pyongyang", "its threat to attack the U.S. territory of Guam with Hwasong-12 ballistic missiles")
    assert said(sts, "final stages")[0][::2] == ("DPRK military", "was in the “final stages” of development")
    assert not said(sts, "open a door for dialogue"), show(sts)


def test_a_relative_aside_by_the_speaker_himself_stays_in_his_words():
    # must not: "he said" set off inside his own words is no other speaker's
    _, sts = excerpt(page("Smith said he backed the budget, a plan that, he said, would cut taxes for families."))
    assert [s[::2] for s in said(sts, "")] == [
        ("Smith", "he backed the budget, a plan that, he said, would cut taxes for families")]
