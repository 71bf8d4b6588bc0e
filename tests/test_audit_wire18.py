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
