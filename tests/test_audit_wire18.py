"""Audit round wire18: statement, speaker and date errors that recur on wire copy and official releases as the search
tool gives their pages (navigation and all): White House readouts naming their people by title and surname, State
Department media notes and releases reprinted on pages of several items, foreign ministries' statements, Reuters and
AFP copy reprinted by portals. Each test reads a real passage (its page's URL in a comment) as the pipeline does and
asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a readout's people named by title and surname alone ------------------------------------------------------------

def test_readout_they_after_a_sentence_opening_with_two_leaders_is_both():
    # https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2014/07/18/readout-president-s-call-prime-minister-cameron-united-kingdom
    _, sts = excerpt(page('''
The White House

Office of the Press Secretary

Readout of the President’s Call with Prime Minister Cameron of the United Kingdom

President Obama spoke today with Prime Minister Cameron of the United Kingdom.  The two discussed the shoot-down of Malaysia Airlines Flight 17 and agreed that an independent, full, credible, and unimpeded international investigation must begin immediately.  They also agreed that all countries should do their utmost to ensure the Russian-supported separatists grant secure access to the site of the incident.

The President and Prime Minister also discussed the situation in Gaza.  They agreed on the need for a ceasefire as soon as possible, noting shared concern about the risk of further escalation and the loss of more innocent life.
''', date="2014-07-18"))
    # each of the two leaders, not the White House the page's first line names
    assert sorted(w for w, _, _ in said(sts, "all countries should do their utmost")) == ["Barack Obama", "David Cameron"]
    assert sorted(w for w, _, _ in said(sts, "need for a ceasefire")) == ["Barack Obama", "David Cameron"]
    assert not [w for w, _, _ in said(sts, "") if w == "The White House"]


def test_the_president_after_president_and_surname_is_he():
    # https://obamawhitehouse.archives.gov/realitycheck/node/293871
    _, sts = excerpt(page('''
Readout of the President’s Call with Iraqi Prime Minister-designate Haider al-Abadi

President Obama called Dr. Haider al-Abadi today to congratulate him on his appointment as the Iraqi Prime Minister-designate.  The President expressed his support for the formation of a new government in Iraq, consistent with constitutional requirements.  The President emphasized that the United States stands ready to deepen political and security cooperation with Iraq as political leaders seek to implement political reforms.  Dr. Abadi thanked the President for his call and expressed his support for a strong partnership between the United States and Iraq.
'''))
    assert [w for w, _, _ in said(sts, "formation of a new government")] == ["Barack Obama"]
    assert [w for w, _, _ in said(sts, "stands ready to deepen")] == ["Barack Obama"]
    assert [w for w, _, _ in said(sts, "strong partnership")] == ["Haider al-Abadi"]


def test_the_mayor_is_no_deputy_mayor_named_by_title_and_name():
    # bbc-news/politics/232 ("The mayor accused Oliver Finegold ..." is Ken Livingstone, not Deputy Mayor Nicky Gavron)
    _, sts = excerpt(page('''
On Sunday, Deputy Mayor Nicky Gavron told the BBC's Politics Show she believed the Mayor of London would say sorry on Tuesday for offending the wider Jewish community.

The mayor accused Oliver Finegold, of the Evening Standard newspaper, of "doorstepping" him at a "predominately gay event" held for MP Chris Smith.
'''))
    assert not [w for w, _, _ in said(sts, "Oliver Finegold") if w == "Nicky Gavron"]


# --- a State Department media note among other items -----------------------------------------------------------------

def test_media_note_released_by_four_ministers_is_each_ones_up_to_the_next_item():
    # http://government-world.com/united-states/oecd-united-states/page/282/?print=print-search
    doc, sts = excerpt(page('''
Press Releases: Joint Statement on First Anniversary of Chemical Attack on Khan Sheikhoun, Syria


Media Note

Office of the Spokesperson

Washington, DC

April 4, 2018


The text of the following statement was released by UK Foreign Secretary Boris Johnson, French Foreign Minister Jean-Yves Le Drian, German Foreign Minister Heiko Maas, and U.S. Acting Secretary John Sullivan.

Begin Text:

Today marks one year since the heinous attack on the town of Khan Sheikhoun, where Asad’s forces unleashed sarin nerve gas with tragic consequences for hundreds of men, women and children.

We condemn the use of chemical weapons by anyone, anywhere. We are committed to ensuring that all those responsible use are held to account. We will not rest in our efforts to seek justice for the victims of these abhorrent attacks in Syria.






Press Releases: Acting Secretary Sullivan’s Meeting With Moroccan Foreign Minister Nasser Bourita


Readout

Office of the Spokesperson

Washington, DC

April 3, 2018


The below is attributable to Spokesperson Heather Nauert:

Acting Secretary of State John J. Sullivan met today with Mor
'''))
    assert doc.genre == "release"
    four = ["Boris Johnson", "Heiko Maas", "Jean-Yves Le Drian", "John Sullivan"]
    assert sorted(w for w, _, _ in said(sts, "Today marks one year")) == four
    assert sorted((w, d) for w, d, _ in said(sts, "We condemn the use")) == [(w, "2018-04-04") for w in four]
    # the lines after the statement are the next item's, no one's words
    assert not said(sts, "Press Releases") and not said(sts, "Office of the Spokesperson") and not said(sts, "met today")


def test_statement_released_by_a_list_of_bodies_is_read_as_before():
    # data/state-dept-press-releases-rss/press-releases-2022-02.rss#33: no person named, the G7's "We ... call on"
    doc, sts = excerpt(page('''
Office of the Spokesperson

The text of the following statement was released by the G7 foreign ministers of Canada, France, Germany, Italy, Japan, the United Kingdom, and the United States of America, and the High Representative of the European Union.

Begin Text:

We, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States of America and the High Representative of the European Union, remain gravely concerned about Russia’s threatening military build-up around Ukraine.

We call on Russia to choose the path of diplomacy, to de-escalate tensions and to fully abide by international commitments.
''', date="2022-02-19"))
    assert doc.genre != "release"
    assert [w for w, _, _ in said(sts, "Russia to choose the path of diplomacy")] == ["G7"]


# --- a foreign ministry's release under its headline -------------------------------------------------------------------

def test_statement_by_minister_prior_to_departure_is_a_release_of_hers():
    # https://www.auswaertiges-amt.de/en/newsroom/news/baerbock-spain/2511582?view=
    doc, sts = excerpt('''---
title: "Statement by Foreign Minister Annalena Baerbock prior to her departure for Madrid"
source_url: "https://www.auswaertiges-amt.de/en/newsroom/news/baerbock-spain/2511582?view="
date: "2022-02-15"
---
Statement by Foreign Minister Annalena Baerbock prior to her departure for Madrid

15.02.2022 - Press release

The build-up of Russian troops means that the fate of an entire country and its people currently hangs in the balance on the Ukrainian border. The situation is extremely dangerous and could escalate at any time.

I am travelling to Madrid today because we regard Spain as one of our most important and closest partners in these endeavours. At the same time, we in the EU and NATO stand united behind Ukraine and leave in no doubt that the responsibility for de-escalation clearly lies with Russia: it is the duty of the Government in Moscow to withdraw the troops – in accordance with the principles by which Russia has pledged to abide, not least within the context of the OSCE.
''')
    assert doc.genre == "release"
    assert [(w, d) for w, d, _ in said(sts, "The build-up of Russian troops")] == [("Annalena Baerbock", "2022-02-15")]
    assert [w for w, _, _ in said(sts, "I am travelling to Madrid")] == ["Annalena Baerbock"]
    assert not [w for w, _, _ in said(sts, "") if w == "Russia"]


# --- "the statement said" after "statement by X says" ---------------------------------------------------------------

def test_quotation_of_the_statement_by_a_secretary_is_his():
    # https://news.am/eng/news/814012.html
    _, sts = excerpt(page('''
The US authorities strongly condemn the terrorist attack at the Crocus City Hall near Moscow and express solidarity with Russians mourning the victims, statement by US Secretary of State Anthony Blinken says.
"The United States strongly condemns yesterday's deadly terrorist attack in Moscow. We extend our deepest condolences to the families and loved ones of those killed and to all those affected by this heinous crime," the statement said.
''', date="2024-03-23"))
    # ("yesterday" in his words is the attack's day, not the statement's)
    assert [(w, d) for w, d, _ in said(sts, "We extend our deepest condolences")] == [("Anthony Blinken", "2024-03-23")]


def test_a_statement_from_a_body_said_is_the_bodys():
    # https://24newsglobe.com/world/333744.html (the form; a statement from a body speaks with its voice)
    _, sts = excerpt(page('''
A statement by the Foreign Ministry said that Israel attacked the tower in Gaza where the offices of different media outlets are located.
''', date="2023-11-03"))
    assert [w for w, _, _ in said(sts, "Israel attacked the tower")] == ["Foreign Ministry"]


# --- a gaggle's headline ---------------------------------------------------------------------------------------------

def test_gaggle_headline_en_route_is_no_part_of_the_press_secretarys_name():
    # https://whitehouse.gov/briefing-room/press-briefings/2024/05/21/press-gaggle-by-press-secretary-karine-jean-pierre-en-route-merrimack-nh
    doc, sts = excerpt('''---
title: "Press Gaggle by Press Secretary Karine Jean-Pierre En Route Merrimack, NH"
source_url: "https://whitehouse.gov/briefing-room/press-briefings/2024/05/21/press-gaggle-by-press-secretary-karine-jean-pierre-en-route-merrimack-nh"
date: "2024-05-21"
---
Press Gaggle by Press Secretary Karine Jean-Pierre En Route Merrimack, NH
Aboard Air Force One
En Route Merrimack, New Hampshire
10:35 A.M. EDT
MS. JEAN-PIERRE: Hey, everybody. All right, I just have one quick thing at the top, and then we’ll — we’ll get at it.
So, we’re on our way to New Hampshire, where the President will be joined by the Secretary of Veterans Affairs Denis McDonough to deliver remarks on a key priority of his Unity Agenda: supporting our nation’s veterans.
Q Thanks, Karine. Earlier today, Israeli officials seized equipment from the AP. Does the administration have a reaction to that?
MS. JEAN-PIERRE: So, thanks for the question. We’ve seen the reporting, and obviously we’re looking into them.
''')
    assert doc.genre == "transcript"
    assert {w for w, _, _ in said(sts, "")} == {"Karine Jean-Pierre"}


def test_they_after_a_telephone_call_of_two_presidents_is_both():
    # data/whitehouse-briefing-room/statements-releases/2022-03/2022-03-10-readout-of-president-bidens-call-with-president-recep-tayyip-erdogan-of-turkey.md
    _, sts = excerpt(page('''
President Biden held a telephone call today with President Recep Tayyip Erdogan of Turkey. The presidents discussed their shared concern about Russia’s unprovoked and unjustified invasion of Ukraine. They reaffirmed their strong support for the government and people of Ukraine, underscored the need for an immediate cessation of Russian aggression, and welcomed the coordinated international response to the crisis.
''', date="2022-03-10"))
    assert sorted(w for w, _, _ in said(sts, "strong support for the government")) == ["Joe Biden", "Recep Tayyip Erdogan"]


def test_they_is_no_pair_named_in_a_sentence_of_other_doings_or_after_unnamed_sources():
    # PolNeAR huff-post_2016-06-23 ("they" are the economists) and Reuters 1987 reut2-001.sgm#248 ("they" the sources)
    _, sts = excerpt(page('''
Hillary Clinton has been criticizing Donald Trump for embracing debt, and it’s sparking fears among progressive economists that the Democratic presidential front-runner will undermine the case for running budget deficits in a slow economy.

That is especially troubling because it threatens the extensive work that progressive economists did during the Obama administration. Had their arguments for more stimulus prevailed sooner, the recovery might have been far less sluggish, they argue.
'''))
    assert not said(sts, "far less sluggish")
    _, sts = excerpt(page('''
Brazilian Finance Minister Dilson Funaro met West German Finance Minister Gerhard Stoltenberg for talks this evening and the two men were continuing their discussions over dinner, Brazilian delegation sources said.

They said Funaro and Stoltenberg discussed Third World debt in general and Brazil's debt position in particular but declined to give further details.
''', date="1987-03-03"))
    assert not said(sts, "Third World debt")


# --- wire copy's frames ----------------------------------------------------------------------------------------------

def test_quoted_by_an_agency_as_saying_after_the_words_is_the_named_ones():
    # https://sana.sy/en/?p=291546 (the dateline "MOSCOW, SANA- " no part of the words)
    _, sts = excerpt(page('''
MOSCOW, SANA- The number of Russian diplomats remaining in certain unfriendly states is not above two, official spokeswoman of the Russian Foreign Ministry Maria Zakharova was quoted by TASS as saying on Saturday.
'''))
    assert [(w, t) for w, _, t in said(sts, "unfriendly states")] == [
        ("Maria Zakharova", "The number of Russian diplomats remaining in certain unfriendly states is not above two")]


def test_quoted_as_saying_a_clause_is_no_frame_after_the_words():
    # Reuters 1987 (reut2-000.sgm#891): the words follow "as saying"; Reuters 1987 (reut2-003.sgm#17): they precede it
    _, sts = excerpt(page('''
A strike by Brazil's 40,000 seafarers who want pay rises of up to 180 pct may have cost the state-owned oil company Petrobras 20 mln dlrs in lost export orders, the company's commercial director Arthur de Carvalho was quoted as saying in press reports.
''', date="1987-03-09"))
    assert [(w, t[:8]) for w, _, t in said(sts, "")] == [("Arthur de Carvalho", "A strike")]


def test_dash_glued_to_the_closing_mark_then_said_and_name():
    # https://24newsreporter.com/world/318357.html
    _, sts = excerpt(page('''
Zakharova also expressed confidence that the words of the head of the British diplomatic department were conveyed correctly.
“I’m sure he said that. But the resonance caused by this statement forced London to back down and sacrifice Reuters.”– said Zakharova.
'''))
    assert [w for w, _, _ in said(sts, "forced London to back down")] == ["Zakharova"]


def test_said_on_a_day_then_a_pronoun_and_a_past_verb_is_the_content():
    # http://www.reuters.com/article/egypt-currency-img-idUSL1E8NV1VF20121231
    _, sts = excerpt(page('''
WASHINGTON, Dec 31 (Reuters) - The International Monetary Fund said on Monday it welcomed steps Egypt has taken to stop a drain on its international reserves, which have allowed the Egyptian pound to hit record lows.
''', date="2012-12-31"))
    assert [(w, d) for w, d, _ in said(sts, "it welcomed steps")] == [("International Monetary Fund", "2012-12-31")]


def test_with_regard_to_before_that_is_the_frames():
    # https://allnewspress.com/diplomacy-government-according-to-baerbock-statement-are-not-a-war-party/
    _, sts = excerpt(page('''
Defense Minister Boris Pistorius (SPD) also emphasized with regard to the recent decision to deliver Leopard 2 main battle tanks to Ukraine that this does not make Germany a party to the war.
'''))
    assert [t for _, _, t in said(sts, "party to the war")] == ["this does not make Germany a party to the war"]


def test_maintains_a_noun_phrase_with_a_plural_noun_says_nothing():
    # https://www.canada.ca/en/news/advanced-news-search/news-results.html?dprtmnt=departmentofforeignaffairstradeanddevelopment&idx=290&typ=statements
    _, sts = excerpt(page('''
The Government of Canada maintains the strength and resilience of Canada’s democratic institutions through vigilance, including by monitoring the digital information environment for threats, such as foreign interference.

Canada is very disappointed that the United States continues to impose unwarranted and unfair duties on Canadian softwood lumber, the minister said.
'''))
    assert not said(sts, "strength and resilience")
    _, sts = excerpt(page('''
The Foreign Ministry maintains the allegations are baseless.
'''))
    assert [t for _, _, t in said(sts, "baseless")] == ["the allegations are baseless"]


# --- releases and transcripts ----------------------------------------------------------------------------------------

def test_issuer_lines_of_a_list_of_releases_introduce_no_one_elses_words():
    # https://www.canada.ca/en/news/advanced-news-search/news-results.html?dprtmnt=departmentofforeignaffairstradeanddevelopment&idx=290&typ=statements
    _, sts = excerpt(page('''
The Honourable Mélanie Joly, Minister of Foreign Affairs, and the Honourable Kamal Khera, Minister of Diversity, Inclusion and Persons with Disabilities, today issued the following statement:
Global Affairs Canada today issued the following statement: “Canada welcomes the leadership and decisions taken by the leaders of the Economic Community of West African States [ECOWAS] at their summit on Sunday, July 30, aimed at restoring constitutional order in Niger.”
“Canada is very disappointed that the United States continues to impose unwarranted and unfair duties on Canadian softwood lumber.
'''))
    assert not [w for w, _, _ in said(sts, "") if w in ("Mélanie Joly", "Kamal Khera")]


def test_press_secretarys_topics_to_share_are_procedural():
    # http://www.mofa.go.jp/announce/press/2011/1/0113_01.html
    doc, sts = excerpt(page('''
Press Conference by the Deputy Press Secretary, 13 January 2011
Deputy Press Secretary Hidenobu Sobashima: Good afternoon ladies and gentlemen. Welcome to my press conference. Today I have several topics I would like to share with you.
Mr. Sobashima: The first is the visit of Foreign Minister Maehara to the United States. He visited there from 6-9 January.
Q: Will the minister visit Russia?
Mr. Sobashima: Nothing has been decided about a visit to the Russian Federation at this point.
''', date="2011-01-13"))
    assert doc.genre == "transcript"
    assert not said(sts, "Welcome to my press conference") and not said(sts, "several topics")
    assert [w for w, _, _ in said(sts, "The first is the visit")] == ["Hidenobu Sobashima"]


def test_both_leaders_after_a_call_with_a_doctor_are_the_two():
    # https://obamawhitehouse.archives.gov/realitycheck/node/293871 ("Dr." ends no sentence of the two named)
    _, sts = excerpt(page('''
President Obama called Dr. Haider al-Abadi today to congratulate him on his appointment as the Iraqi Prime Minister-designate.  The President expressed his support for the formation of a new government in Iraq, consistent with constitutional requirements.  Both leaders agreed on the importance of forming an inclusive government representative of all communities as soon as possible.
'''))
    assert sorted(w for w, _, _ in said(sts, "inclusive government")) == ["Barack Obama", "Haider al-Abadi"]


def test_statement_from_reporters_without_borders_is_the_bodys():
    # https://24newsglobe.com/world/333744.html (the body's name reads as no person's)
    _, sts = excerpt(page('''
The statement from Reporters Without Borders said that Israel attacked the tower in Gaza where the offices of different media outlets are located.
''', date="2023-11-03"))
    assert [w for w, _, _ in said(sts, "Israel attacked the tower")] == ["Reporters Without Borders"]


def test_a_named_speakers_frame_coordinated_after_the_words_ends_them():
    # data/whitehouse-briefing-room/statements-releases/2024-05/2024-05-06-readout-of-president-bidens-meeting-with-his-majesty-king-abdullah-ii-of-jordan-3.md
    # and bbc-news/business/434 ("..., while India has also rejected international aid, saying ...")
    _, sts = excerpt(page('''
President Biden met today with His Majesty King Abdullah II at the White House. Both leaders reaffirmed their commitment to working together to realize a more stable and integrated Middle East region, and President Biden confirmed unwavering U.S. support for Jordan and the Jordanian people.
''', date="2024-05-06"))
    assert sorted((w, t) for w, _, t in said(sts, "more stable")) == [
        ("Abdullah II", "their commitment to working together to realize a more stable and integrated Middle East region"),
        ("Joe Biden", "their commitment to working together to realize a more stable and integrated Middle East region")]
    assert [w for w, _, _ in said(sts, "unwavering U.S. support")] == ["Joe Biden"]
    _, sts = excerpt(page('''
Thailand has said it does not wish to opt for a debt repayment freeze, while India has also rejected international aid, saying it can cope on its own resources.
'''))
    assert [t for _, _, t in said(sts, "debt repayment freeze")] == ["it does not wish to opt for a debt repayment freeze"]
    assert [w for w, _, _ in said(sts, "can cope")] == ["India"]
    # ... not a name inside a clause of the words ("but that Mr. LeVota - who denied ..."; PolNeAR nyt_2016-11-02)
    _, sts = excerpt(page('''
Taylor Hirth said that the missives ultimately stopped, but that Mr. LeVota - who denied any wrongdoing when he stepped down - shunned her in the office afterward, denying her assignments.
'''))
    assert [w for w, _, _ in said(sts, "shunned her")] == ["Taylor Hirth"]


def test_the_two_after_a_call_discussed_and_agreed_are_both():
    # https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2014/07/18/readout-president-s-call-prime-minister-cameron-united-kingdom
    _, sts = excerpt(page('''
President Obama spoke today with Prime Minister Cameron of the United Kingdom.  The two discussed the shoot-down of Malaysia Airlines Flight 17 and agreed that an independent, full, credible, and unimpeded international investigation must begin immediately.
''', date="2014-07-18"))
    assert sorted((w, d) for w, d, _ in said(sts, "international investigation")) == [
        ("Barack Obama", "2014-07-18"), ("David Cameron", "2014-07-18")]
