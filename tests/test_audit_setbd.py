"""Audit round setbd: news reports of spokespeople from US, UK, Irish, Australian and New Zealand outlets (set BD's
train documents: NewsChain printing PA, The Irish Times, Brisbane Times, NZ Herald, TheJournal.ie, SBS News printing
AAP, TVNZ 1News, The Australian Financial Review printing AAP). Each test reads a real passage (its page's URL or file
in a comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- '," she said, jokingly adding that ...': an adverb of manner before the participle ------------------------------

TVNZ_ARDERN = '''
September 18, 2018

But Ms Ardern rejected the notion today, saying she started working on the speech "about a month ago, from memory".

"It would be very hard to do anything like that in a week's time," she said, jokingly adding that Mr Tame has "so much cynicism for one so young".
'''


def test_an_adverb_of_manner_before_the_participle_after_a_frame():
    # https://www.tvnz.co.nz/one-news/new-zealand/winston-peters-undermining-you-moment-jack-tames-curly-question-
    # jacinda-ardern-gets-curt-response-no (eval/own/docs-bd/nz/010.md): "jokingly adding" frames words of its own, as
    # "adding" does; the quotation before it keeps "she said" (before, it was lost, and "jokingly adding that ..."
    # were the words of "she said")
    _, sts = excerpt(page(TVNZ_ARDERN, date="2018-09-18"))
    assert [(who, text) for who, _, text in said(sts, "week's time")] == \
        [("Ardern", "It would be very hard to do anything like that in a week's time")]
    assert [(who, text) for who, _, text in said(sts, "Mr Tame")] == \
        [("Ardern", 'Mr Tame has "so much cynicism for one so young"')]
    # must not: an adverb before a participle of no saying frames nothing
    # (polnear/train/text/nyt_2016-04-21_crucial-wins-for-clinton-and-tru.txt)
    _, sts = excerpt(page('''
The Queens-born, Manhattan-made Mr. Trump was poised to take most of the 95 Republican delegates at stake, substantially adding to his current lead over Senator Ted Cruz of Texas and significantly improving his chances of winning the Republican nomination.
''', date="2016-04-21"))
    assert sts == []
    # ... and the reporter's gloss after a frame, "likely referring to ...", stays no one's words
    # (polnear/train/text/politico_2016-01-07_seiu-chief-says-trump-can-win.txt)
    _, sts = excerpt(page('''
SEIU President Mary Kay Henry spoke on Thursday.

“This ad that Trump released today is horrific in my mind and reminds me of Pete Wilson in California on Proposition 226,” Henry said, likely referring to Trump's first TV ad talking about building a wall along the U.S.-Mexico border and a proposal to ban Muslims from entering the U.S.
''', date="2016-01-07"))
    assert [who for who, _, _ in said(sts, "horrific")] == ["Mary Kay Henry"]
    assert said(sts, "first TV ad") == []


# --- "the Tánaiste", "the Taoiseach": Ireland's titles of office -----------------------------------------------------

JOURNAL_RED_PAINT = '''
TÁNAISTE AND MINISTER for Foreign Affairs Micheál Martin has said it is “beyond him” why someone would “attack” the Department of Foreign Affairs after paint was thrown on the building over the weekend.

On Saturday, thousands of pro-Palestine protesters marched through Dublin city to call for an end to Israel’s war with Hamas amid the humanitarian crisis in Gaza.

A gardaí investigation has since been launched after the Department reported the incident.

Gardaí have described it as an incident of criminal damage.

Speaking to reporters today the Tánaiste said: “It’s with the greatest of regret we view that criminal act in many ways in terms of defacing Iveagh House. Particularly in the context of the extraordinary work diplomats have been putting in in respect of the entire Middle Eastern crisis.”
'''
JOURNAL_URL = "https://www.thejournal.ie/red-paint-department-of-foreign-affairs-6228616-Nov2023/"


def test_the_tanaiste_is_a_title_of_office_its_holder_named_before():
    # https://www.thejournal.ie/red-paint-department-of-foreign-affairs-6228616-Nov2023/ (eval/own/docs-bd/ie/007.md):
    # "the Tánaiste" is the person named with the title before, not a body called Tánaiste; as a person's title the
    # comma-less "Speaking to reporters today the Tánaiste said:" reads its subject after the day (before, the
    # quotation was lost)
    _, sts = excerpt(page(JOURNAL_RED_PAINT, url=JOURNAL_URL))
    assert [who for who, _, _ in said(sts, "greatest of regret")] == ["Micheál Martin"]
    # must not: "The Taoiseach", no holder introduced with the title, stays the office's words (a body, as before),
    # not dropped; the titles inside another's words take no statement (The Irish Times, eval/own/docs-bd/ie/002.md)
    _, sts = excerpt(page('''
Varadkar says he and Tánaiste agreed substantial progress needed by June EU summit

The Taoiseach has insisted that he and Tánaiste Simon Coveney hold the same view that “sufficient and substantial progress” needs to be made on Brexit by the time of the next European Council meeting in June.

Labour leader Brendan Howlin said he discerned a “slight difference of opinion” between the Taoiseach and Tánaiste and warned that if there was no clear decision by June “then we will have an awful lot less leverage in October when the final settlement issues are being addressed”.
''', url="https://www.irishtimes.com/news/politics/oireachtas/current-fashion-to-parse-and-analyse-what-taoiseach-"
                "and-tanaiste-say-about-brexit-1.3474307"))
    assert [who for who, _, _ in said(sts, "hold the same view")] == ["Taoiseach"]
    assert [who for who, _, _ in said(sts, "slight difference")] == ["Brendan Howlin"]


# --- "Gardaí have described it as ...": Ireland's police by their name ---------------------------------------------

def test_gardai_speak_as_a_body_however_the_copy_cases_them():
    # https://www.thejournal.ie/red-paint-department-of-foreign-affairs-6228616-Nov2023/ (eval/own/docs-bd/ie/007.md):
    # "gardaí" in lower case before ("A gardaí investigation") made "Gardaí" a common noun at the sentence's start
    _, sts = excerpt(page(JOURNAL_RED_PAINT, url=JOURNAL_URL))
    assert [(who, text) for who, _, text in said(sts, "criminal damage")] == \
        [("Gardaí", "it as an incident of criminal damage")]
    assert said(sts, "investigation has since been launched") == []
    # must not: the force named in a release's list of partners says nothing
    # (state-dept-press-releases-rss/press-releases-2022-04.rss, the Kinahan reward)
    _, sts = excerpt(page('''
Today’s reward offer announcement complements the Department of Treasury’s announcement of sanctions against the Kinahans pursuant to Executive Order 14059, Imposing Sanctions on Foreign Persons Involved in the Global Illicit Drug Trade. The reward is offered jointly with the An Garda Síochana (AGS) in Ireland and the National Crime Agency (NCA) in the United Kingdom.
''', date="2022-04-12"))
    assert not [who for who, _, _ in said(sts, "") if who and "Garda" in who]


# --- "..., and the Labour leader said it was ...": a second frame in the sentence, its speaker titled -----------------

IRISH_TIMES_HOWLIN = '''
Labour leader Brendan Howlin said he discerned a “slight difference of opinion” between the Taoiseach and Tánaiste and warned that if there was no clear decision by June “then we will have an awful lot less leverage in October when the final settlement issues are being addressed”.

Mr Howlin also said Britain’s Brexit secretary David Davis stated on Wednesday that “most of the technology exists” to solve border problems, and the Labour leader said it was “as if there is some technological magical solution”.
'''


def test_a_titled_speakers_frame_after_and_ends_the_words_before_it():
    # https://www.irishtimes.com/news/politics/oireachtas/current-fashion-to-parse-and-analyse-what-taoiseach-and-
    # tanaiste-say-about-brexit-1.3474307 (eval/own/docs-bd/ie/002.md): ", and the Labour leader said" is a frame of
    # its own, as ", and Labour says" is; before, its words ran on in Howlin's first statement
    _, sts = excerpt(page(IRISH_TIMES_HOWLIN))
    assert [(who, text) for who, _, text in said(sts, "border problems")] == \
        [("Brendan Howlin", "Britain’s Brexit secretary David Davis stated on Wednesday that “most of the technology "
                            "exists” to solve border problems")]
    assert [who for who, _, _ in said(sts, "magical solution")] == ["Brendan Howlin"]
    # must not: two names of one subject are no second frame ("Britain and France said": bbc-news/politics/398's
    # Tories and Labour keep their own words, each its statement)
    _, sts = excerpt(page('''
The Tories say the Lib Dems would make people pay more tax and Labour says the party's sums do not add up.
''', date="2005-04-20"))
    assert [(who, text) for who, _, text in said(sts, "more tax")] == \
        [("Conservative Party", "the Lib Dems would make people pay more tax")]


# --- "..., but shed little light on ...": the reporter's note of what the speaker withheld --------------------------

def test_what_the_speaker_shed_little_light_on_is_no_part_of_the_words():
    # https://www.newschainonline.com/news/downing-street-unable-to-confirm-where-pm-will-work-from-in-final-weeks-
    # 286589 (eval/own/docs-bd/uk/001.md; Monday 15 August 2022)
    _, sts = excerpt(page('''
Downing Street was unable to confirm on Monday whether the Prime Minister would be returning to work from No 10 after his latest holiday.

The Prime Minister’s official spokesman confirmed on Monday that Mr Johnson is on leave and will return this weekend, but shed little light on where he will spend his time once he is back.
''', date="2022-08-15"))
    assert said(sts, "on leave") == \
        [("Downing Street", "2022-08-15", "Mr Johnson is on leave and will return this weekend")]
    # must not: shedding told inside the words stays in them, no "but" and no light withheld
    # (bbc-news/business/027.txt)
    _, sts = excerpt(page('''
However, Lakshmi Mittal has told investors the combined company will have to shed thousands of jobs.
''', date="2004-10-25"))
    assert [text for _, _, text in said(sts, "shed")] == ["the combined company will have to shed thousands of jobs"]


# --- "messages in which Ms Berejiklian purportedly called ...": a named subject of "in which", no comma ------------

def test_a_named_subject_of_in_which_inside_the_clause_frames_the_calling():
    # https://www.brisbanetimes.com.au/politics/federal/anonymous-sledging-scott-morrison-defends-relationship-with-
    # gladys-berejiklian-20220202-p59t2u.html (eval/own/docs-bd/au/004.md): the relative clause opens inside the
    # sentence's one chunk, only the name and a hedge ("purportedly", as "reportedly") before the verb
    _, sts = excerpt(page('''
Deputy Prime Minister Barnaby Joyce has called on the minister who allegedly made derogatory comments about Prime Minister Scott Morrison in a text message conversation with the former NSW premier to identify themselves.

Mr Morrison was forced to defend his relationship with Gladys Berejiklian on Wednesday after the release of damaging text messages in which Ms Berejiklian purportedly called the Prime Minister a “horrible, horrible person”. The unnamed Liberal cabinet minister reportedly called Mr Morrison “a complete psycho”.
''', date="2022-02-02"))
    assert [(who, text) for who, _, text in said(sts, "horrible")] == \
        [("Gladys Berejiklian", "the Prime Minister a “horrible, horrible person”")]
    assert said(sts, "psycho") == []
    # must not: a name after "in which" and a verb of no saying frames nothing
    # (polnear/dev/text/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt)
    _, sts = excerpt(page('''
A web video by the Republican National Committee references four cases in which Kaine defended people accused of rape or murder.
''', date="2016-10-03"))
    assert said(sts, "accused of rape") == []
