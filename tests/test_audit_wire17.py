"""Audit round wire17: statement, speaker and date errors that recur on wire copy and official releases as the search
tool gives their pages (navigation and all): Reuters and AP copy quoting officials, White House readouts reported by
outlets, State Department readouts reprinted, gov.uk releases and ministers' statements on ukpol.co.uk's category
pages, BBC politics reports. Each test reads a real passage (its page's URL in a comment) as the pipeline does and
asserts what an annotator expects."""
import pytest

from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a category page of items, each "The statement made by X, the Y, on D." over X's paragraphs -------------------

def test_made_by_items_of_a_category_page_are_each_speakers_on_each_day():
    # https://www.ukpol.co.uk/category/foreign-affairs/page/63 (indented as the page's list prints it)
    doc, sts = excerpt(page('''
Category: Foreign Affairs

  • Ben Wallace – 2022 Comments on Spanish and British Defence Plans

    Ben Wallace – 2022 Comments on Spanish and British Defence Plans

    The comments made by Ben Wallace, the Secretary of State for Defence, on 25 May 2022.

    Across the globe, the UK and Spain are deployed helping our allies upholding our common values. Spain, as one of the leaders in European defence, is a key partner for the UK armed forces and a vital NATO ally.

    Spain and the UK have been NATO Allies for forty years and our armed forces have worked together in operations right across the world.

  • Boris Johnson – 2022 Comments on Agreement with Qatar

    Boris Johnson – 2022 Comments on Agreement with Qatar

    The comments made by Boris Johnson, the Prime Minister, on 24 May 2022.

    Today’s announcement of up to £10bn in new investment from our Qatari friends is another vote of confidence in the UK’s brilliant businesses and cutting-edge industry. The new UK-Qatar Strategic Investment Partnership will create quality job opportunities across the country in key sectors, delivering on our vision of economic growth through trade and investment.
'''))
    assert doc.genre == "release"
    assert [(w, d) for w, d, _ in said(sts, "Across the globe")] == [("Ben Wallace", "2022-05-25")]
    assert [(w, d) for w, d, _ in said(sts, "NATO Allies for forty years")] == [("Ben Wallace", "2022-05-25")]
    assert [(w, d) for w, d, _ in said(sts, "Qatari friends")] == [("Boris Johnson", "2022-05-24")]
    # the lines naming the items are no one's words
    assert not said(sts, "Comments on") and not said(sts, "comments made by")


def test_made_by_line_with_a_note_after_it_and_a_second_item_of_the_same_speaker():
    # https://www.ukpol.co.uk/category/foreign-affairs/page/9
    doc, sts = excerpt(page('''
Category: Foreign Affairs

  • David Lammy – 2025 Statement on the Israel-Hamas Ceasefire

    David Lammy – 2025 Statement on the Israel-Hamas Ceasefire

    The statement made by David Lammy, the Foreign Secretary, on 15 January 2025.

    Today’s announcement of a ceasefire agreement is a moment of hope after over a year of agony, following Hamas’s appalling attack on 7 October 2023.

    For the region, this has brought yet more division and conflict.

  • David Lammy – 2025 Speech on the Future of the UK’s Foreign Policy

    David Lammy – 2025 Speech on the Future of the UK’s Foreign Policy

    The speech made by David Lammy, the Foreign Secretary, on 9 January 2025. We are trying to source a version of the speech which doesn’t have the political sections redacted.

    Well can I just begin by thanking Philip Barton for all the work he’s done, 30 years of public service. He is the personification of public service on behalf of our coun
'''))
    assert [(w, d) for w, d, _ in said(sts, "moment of hope")] == [("David Lammy", "2025-01-15")]
    assert [(w, d) for w, d, _ in said(sts, "yet more division")] == [("David Lammy", "2025-01-15")]
    assert [(w, d) for w, d, _ in said(sts, "thanking Philip Barton")] == [("David Lammy", "2025-01-09")]
    assert not said(sts, "We are trying to source")


# --- a quotation run on over paragraphs after "X said:", the page cut off inside its last one ----------------------

def test_quotation_over_paragraphs_never_closed_at_the_pages_end():
    # https://www.ukpol.co.uk/category/press-releases/page/1080 (the search tool's copy ends mid-word)
    doc, sts = excerpt(page('''
The press release issued by the Scottish Government on 16 October 2022.

More funding to support biodiversity projects.

Biodiversity Minister Lorna Slater said:

“The interlinked crises of nature loss and climate change need urgent action across government and society. A healthy natural environment with restored and thriving biodiversity is also crucial to both our wellbeing and our economy.

“That is why we are continuing to support and build on a wide programme of enhancing nature protections. This new package of funding adds to our £65 million Nature Restoration Fund.

“We are at a crit
'''))
    found = said(sts, "The interlinked crises")
    assert [w for w, _, _ in found] == ["Lorna Slater"]
    assert found[0][2].endswith("We are at a crit") and "“" not in found[0][2][:1]
    assert not said(sts, "More funding")


# --- lines introducing a statement a page reprints -----------------------------------------------------------------

def test_statement_of_a_body_in_full_reprinted_by_a_news_site():
    # https://www.slobodenpecat.mk/en/mnr-spored-prvichnite-informacii-ne-e-najdena-nikakva-traga-za-eventualna-zloupotreba-na-diplomatska-pratka/
    doc, sts = excerpt(page('''
MFA: According to initial information, no trace of possible misuse of diplomatic mission was found

Ministry of Foreign Affairs of the Republic of Northern Macedonia Photo: MIA

The Ministry of Foreign Affairs issued a statement on the allegations published by some of the media, according to which In a shipment marked as diplomatic mail of the Ministry, cigarettes and beverages were carried and smuggled in trucks.

In addition, we transmit the statement of the Ministry of Foreign Affairs in full:

"Over the past few days, information has appeared in the public from several places about the alleged misuse of a diplomatic mission. Let us inform you that within the Ministry of Foreign Affairs, our services have been instructed to review all the documentation.

According to the initial information received in the past two days, no trace was found in the Ministry, for a possible shipment that could be a basis for abuse.

Although there is no confirmation of the existence of such a case, the Ministry has a policy of zero tolerance for abuse or possible falsification of diplomatic documents or documents of the institution, and therefore, the Ministry of Foreign Affairs in the next period will continue with thorough checks on the allegations and accordingly will inform the public ”.

Source: MIA

Video of the day
'''))
    assert [w for w, _, t in said(sts, "Over the past few days") if t.startswith("Over")] == ["Ministry of Foreign Affairs"]
    assert [w for w, _, _ in said(sts, "no trace was found")] == ["Ministry of Foreign Affairs"]
    assert not said(sts, "Source: MIA") and not said(sts, "in full")


def test_a_named_officer_issued_this_statement_over_its_paragraph():
    # https://blog.ap.org/announcements/ap-statement-on-michael-oreskes
    doc, sts = excerpt(page('''
Posted in Announcements

AP statement on Michael Oreskes

, by Lauren Easton

Director of Media Relations Lauren Easton issued this statement Monday regarding Michael Oreskes, former AP vice president and senior managing editor.

AP has a long-standing policy against sexual harassment, which includes an investigative procedure with a strong assurance of confidentiality to the complaining employee. The AP is committed to maintaining a safe working environment and does not tolerate harassment of any kind.
'''))
    assert [w for w, _, _ in said(sts, "long-standing policy")] == ["Lauren Easton"]
    assert not said(sts, "issued this statement")


def test_as_stated_by_the_spokesperson_and_the_reprinters_note_after_it():
    # https://www.miragenews.com/deputy-secretary-shermans-meeting-with-new-834026/
    doc, sts = excerpt(page('''
Deputy Secretary Sherman's Meeting with New Zealand's Ministry of Foreign Affairs and Trade Secretary and Chief Executive Chris

As stated by Spokesperson Ned Price:

Deputy Secretary of State Wendy Sherman met today with MFAT Secretary and Chief Executive Chris Seed in Wellington, New Zealand, to express her thanks for New Zealand's role in ensuring a strong Pacific Islands Forum. They also discussed our shared commitment to continuing to support Ukraine in the face of Russian aggression.

/Public Release. This material from the originating organization/author(s) might be of the point-in-time nature, and edited for clarity, style and length. Mirage.News does not take institutional positions or sides, and all views, positions, and conclusions expressed herein are solely those of the author(s).View in full here.
'''))
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "met today with MFAT")] == ["Ned Price"]
    assert not said(sts, "Public Release")


# --- a White House readout reported by a news page: the White House speaks, by the readout's name or as "the readout" ---

def test_readout_of_the_call_named_by_its_body_and_then_the_readout():
    # https://www.israelnationalnews.com/news/387948 (4 April 2024)
    doc, sts = excerpt(page('''
US President Joe Biden and Prime Minister Benjamin Netanyahu spoke over the phone for 45 minutes this evening (Thursday).

The White House stated in a readout of the phone call that "President Biden spoke by telephone with Prime Minister Netanyahu. The two leaders discussed the situation in Gaza."

"President Biden emphasized that the strikes on humanitarian workers and the overall humanitarian situation are unacceptable. He made clear that U.S. policy with respect to Gaza will be determined by our assessment of Israel’s immediate action on these steps," the readout stated.

"He underscored that an immediate ceasefire is essential to stabilize and improve the humanitarian situation and protect innocent civilians. President Biden made clear that the United States strongly supports Israel in the face of those threats," the White House statement concluded.
''', date="2024-04-04"))
    assert [(w, d) for w, d, _ in said(sts, "strikes on humanitarian workers")] == [("The White House", "2024-04-04")]
    assert [w for w, _, _ in said(sts, "immediate ceasefire is essential")] == ["The White House"]


def test_according_to_a_white_house_readout_of_the_call():
    # https://www.mediaite.com/news/biden-expressed-his-support-for-a-ceasefire-in-call-with-netanyahu-white-house-says/
    doc, sts = excerpt(page('''
President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Monday and, according to a White House readout of the call, “expressed his support for a ceasefire.”
''', date="2021-05-17"))
    assert [w for w, _, _ in said(sts, "expressed his support")] == ["The White House"]


# --- "by what Charles said" frames nothing; a quotation opened after a stop with a space on each side of its mark ---

BECKETT = '''
The Housing Minister Margaret Beckett has admitted that it has not been a pleasant week for the Government but that she had "seen far worse many times".

Mrs Beckett, who was first elected to Parliament in 1974, said it was "familiar territory" before going on to blame a "hostile opposition and a media that doesn't want to hear".

And she said she was "horrified" by Charles Clarke's comments where he said he was ashamed to be a Labour MP. " I'm truly sorry, horrified actually, by what Charles said. I think it's completely unjustified.

"I am very proud to be a Labour MP and if what Charles was referring to was the handling of the issue around the Gurkhas, I'm very pr
'''


def test_free_relative_what_x_said_frames_nothing():
    # http://news.bbc.co.uk/1/hi/programmes/politics_show/8025200.stm (3 May 2009; the page cut off in the last paragraph)
    doc, sts = excerpt(page(BECKETT, date="2009-05-03"))
    assert not [w for w, _, _ in said(sts, "") if w and w.startswith("Charles")]


@pytest.mark.xfail(strict=True, reason="a sentence boundary at 'MP. \" I\'m' would change how PolNeAR's text splits "
                   "into sentences, so the shipped model would no longer be what `make train` builds (merge of round 17)")
def test_a_spaced_opening_mark_after_a_stop_opens_a_quotation():
    doc, sts = excerpt(page(BECKETT, date="2009-05-03"))
    assert [t for w, _, t in said(sts, "horrified") if w == "Margaret Beckett" and t.startswith("she was")] == \
        ["she was \"horrified\" by Charles Clarke's comments where he said he was ashamed to be a Labour MP"]
    quoted = said(sts, "I'm truly sorry")
    assert [w for w, _, _ in quoted] == ["Margaret Beckett"]
    assert quoted[0][2].startswith("I'm truly sorry") and quoted[0][2].endswith("I'm very pr")


# --- "The company based in Beaverton, Ore., said": no speaker "Beaverton"; "was first announced Friday" no report day ---

def test_company_based_in_a_town_and_a_first_announcement_day():
    # https://columbian.com/news/2013/oct/27/resers-expands-recall-of-packaged-salads (AP, Sunday 27 October 2013)
    doc, sts = excerpt(page('''
BEAVERTON, Ore. — Reser’s Fine Foods Inc. has voluntarily expanded a recall of packaged salads from its factory in Topeka, Kan.

The company based in Beaverton, Ore., said it took the step Saturday because the products distributed nationwide and in Canada may be contaminated with listeria, which can cause serious illness.

The recall was first announced Friday.

Food and Drug Administration spokeswoman Juli Ann Putnam said FDA generally does food inspections, but companies sometimes do their own.
''', date="2013-10-27"))
    assert not [w for w, _, _ in said(sts, "") if w == "Beaverton"]
    assert [(w, d) for w, d, _ in said(sts, "FDA generally does")] != [("Juli Ann Putnam", "2013-10-25")]
    assert [w for w, _, _ in said(sts, "FDA generally does")] == ["Juli Ann Putnam"]


# --- a related headline's unnamed title is no other country's minister the story names next --------------------------

def test_related_headline_saudi_minister_is_not_the_iraqi_minister_named_next():
    # https://www.dailysabah.com/energy/2018/03/28/some-oil-exporting-countries-suggest-extending-cap-on-oil-supply-by-6-months-iraqi-minister
    doc, sts = excerpt(page('''
OPEC oil output still on rise despite deal to reduce production

OPEC to keep output cuts in place in second half of 2018, Saudi energy minister says

A number of oil exporting countries have suggested a six-month extension to the oil supply cut deal agreed by OPEC countries and non-OPEC crude producers, Iraqi oil minister Jabar al-Luaibi said on Wednesday.

Meanwhile Mohammad Barkindo, the secretary general of the organization, said OPEC was looking for "more sustainable" cooperation with other oil exporters.

Barkindo was commenting on news that top OPEC producer Saudi Arabia and non-OPEC producer Russia are working on a historic long-term pact that could extend controls over world crude supplies by major exporters for up to 20 years.
''', date="2018-03-28"))
    assert [w for w, _, _ in said(sts, "OPEC to keep output cuts") if w == "Jabar al-Luaibi"] == []
    assert [(w, d) for w, d, _ in said(sts, "six-month extension")] == [("Jabar al-Luaibi", "2018-03-28")]
    # what the news said is no statement of the one commenting on it
    assert not said(sts, "working on a historic long-term pact")
    assert [w for w, _, _ in said(sts, "more sustainable")] == ["Mohammad Barkindo"]


# --- "was accused of a “...”" is no statement of hers; "highlighted the clip, commenting: “...”" only the quotation ----

def test_accused_of_words_and_a_clip_highlighted_with_a_comment():
    # https://politic-news.space/2023/uk-politics/tory-minister-talks-of-when-not-if-labour-wins-next-election (The Independent)
    doc, sts = excerpt(page('''
Maria Caulfield was accused of a “poor choice of words” after seemingly painting a Labour victory at the next election as an inevitability.

Speaking on Sky News, the health minister said people would be afraid of what Labour would do “when they get into government”.

Rob Powell, political correspondent at the broadcaster, highlighted the clip, commenting: “Eeek – poor choice of words from government minister Maria Caulfield.”
'''))
    assert [w for w, _, t in said(sts, "poor choice of words") if w == "Maria Caulfield"] == []
    assert [w for w, _, _ in said(sts, "afraid of what Labour")] == ["Maria Caulfield"]
    assert [t for w, _, t in said(sts, "") if w == "Rob Powell"] == \
        ["Eeek – poor choice of words from government minister Maria Caulfield."]


# --- a title in a headline is no one the body's first line names ----------------------------------------------------

def test_constituency_mp_is_not_the_person_named_under_a_headline_with_mp():
    # https://huffingtonpost.co.uk/amp/entry/a-sign-of-real-rot-laura-kuenssberg-roasts-minister-after-tory-mp-defects-to-labour_uk_662e16c5e4b0d197edc1297d
    doc, sts = excerpt(page('''
'It's A Sign Of Real Rot': Laura Kuenssberg Roasts Minister After Tory MP Defects To Labour

Chris Philp hit out at Dan Poulter after he said the Conservatives were now "a nationalist party".

A Tory minister clashed with Laura Kuenssberg this morning in the wake of one of the party’s MPs defecting to Labour.

Poulter, a doctor and former health minister, said the Tories no longer saw the NHS as a priority.

The Central Suffolk and North Ipswich MP also said the Conservatives had become a “nationalist party” in recent years.
'''))
    assert [w for w, _, _ in said(sts, "had become a") if w == "Chris Philp"] == []


# --- a readout's "The participants emphasized ...": each participant of the meeting it told --------------------------

def test_readout_participants_are_those_who_met_not_those_named_after():
    # https://www.einpresswire.com/article/590205904/secretary-blinken-s-meeting-with-french-german-and-uk-counterparts
    doc, sts = excerpt(page('''
The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken met virtually while in Brussels today with French Foreign Minister Catherine Colonna, German Foreign Minister Annalena Baerbock, and UK Foreign Secretary James Cleverly. The Secretary again extended his deepest sympathies to the people of the Commonwealth on the death of Her Majesty Queen Elizabeth II.

Secretary Blinken also briefed them on his visit to Ukraine, including his discussions with President Zelenskyy and Foreign Minister Kuleba, and our announcement of more than $2.8 billion in additional U.S. military assistance to Ukraine and its neighbors. The participants emphasized the importance of providing further military and humanitarian aid to Ukraine and reaffirmed their strong commitment to support Ukraine’s sovereignty and territorial integrity as well as to advance accountability and justice for the victims of Russia’s devastating aggression. They also discussed the challenges posed by Iran and our commitment to working together to address them.
''', date="2022-09-09"))
    assert doc.genre == "release"
    assert sorted(w for w, _, t in said(sts, "") if t.startswith("the importance of providing")) == \
        ["Annalena Baerbock", "Antony J. Blinken", "Catherine Colonna", "James Cleverly"]
    assert sorted((w, d) for w, d, t in said(sts, "") if t.startswith("their strong commitment")) == \
        [("Annalena Baerbock", "2022-09-09"), ("Antony J. Blinken", "2022-09-09"), ("Catherine Colonna", "2022-09-09"),
         ("James Cleverly", "2022-09-09")]
    assert [w for w, _, _ in said(sts, "met virtually")] == ["Ned Price"]


# --- "his ministry said" after a minister's words: the ministry his title heads; a Reuters story code no content -----

def test_his_ministry_is_the_ministry_of_the_minister_and_the_story_code_goes():
    # https://www.euronews.com/2019/07/16/no-need-to-take-eu-steps-against-turkey-seriously-foreign-minister
    doc, sts = excerpt(page('''
ISTANBUL (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu said on Tuesday there is no need to take very seriously decisions made by the European Union to curb contacts and funding for Ankara over its drilling for gas and oil off Cyprus.

He made the comment at a news conference, broadcast by CNN Turk, in the North Macedonian capital Skopje. Earlier, his ministry said the moves would not affect Turkish determination to pursue energy activities in the region. [nL8N24H0EP]

(Reporting by Ali Kucukgocmen; Editing by Daren Butler)
''', date="2019-07-16"))
    found = said(sts, "would not affect Turkish determination")
    assert [w for w, _, _ in found] == ["Turkish Foreign Ministry"]
    assert found[0][2].endswith("in the region")


def test_reprinting_outlets_credit_opening_a_readout_paragraph():
    # https://stl.news/deputy-secretary-bieguns-meetings-with-choi-and-lee/ (7 January 2021)
    doc, sts = excerpt(page('''
The following is attributable to Principal Deputy Spokesperson Cale Brown:

(STL.News) Deputy Secretary of State and Special Representative for North Korea Stephen E. Biegun met today in Seoul with Republic of Korea (ROK) First Vice Foreign Minister Choi Jong-kun. The Deputy Secretary reaffirmed our commitment to the U.S.-ROK Alliance and expressed appreciation for the ROK’s continued coordination on the COVID-19 response.
''', date="2021-01-07"))
    assert [t[:20] for w, _, t in said(sts, "met today in Seoul") if w == "Cale Brown"] == ["Deputy Secretary of "]
