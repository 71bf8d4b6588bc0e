"""Audit round setal: Canadian news quoting anyone (set AL's train documents: The Globe and Mail's Quebec legislature
story on a copy site). Each test reads a real passage (its page's URL in a comment) as the pipeline does and asserts
what an annotator expects: who said it and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said

from pressarchive.speaker_names import looks_like_person


# --- a time phrase opening the sentence before its subject ("But earlier in the day, Paul St-Pierre Plamondon ...") ---

GLOBE_QUEBEC_LEGISLATURE = '''
Having thus dispensed with the niceties, Mr. Tanguay rose again to question the Premier, this time striking a rather different tone. “At the end of the CAQ’s regime, does he acknowledge his mistakes?” Mr. Tanguay asked. “He will have been the Premier of decline and debt.”

Though Question Period is always theatrical, there was an element of absurdity in Quebec’s Salon Rouge on Tuesday. Within a matter of months, neither Mr. Legault nor Mr. Tanguay will be at the helm of their respective parties. Not long after that, Quebec’s political landscape may be entirely transformed.

The leader of the steadiest ship in Quebec politics – the Parti Québécois – remained silent during Question Period. But earlier in the day, Paul St-Pierre Plamondon had summed up the situation to reporters. “It’s a session that promises to be different,” he said. “But interesting.”
'''


def test_subject_after_a_fronted_time_phrase_takes_the_pronoun():
    # https://www.newsbeep.com/ca/452809 (a copy of The Globe and Mail; eval/own/docs-al/ca/005.md)
    _, sts = excerpt(page(GLOBE_QUEBEC_LEGISLATURE))
    assert [w for w, _, _ in said(sts, "promises to be different")] == ["Paul St-Pierre Plamondon"]
    assert [w for w, _, _ in said(sts, "Premier of decline and debt")] == ["Tanguay"]


def test_time_phrase_before_an_unnamed_subject_gives_the_pronoun_to_no_one_named():
    # must not: the person named before ("Mr. Tanguay") is not the unnamed leader the later sentence opens with
    _, sts = excerpt(page(GLOBE_QUEBEC_LEGISLATURE.replace("Paul St-Pierre Plamondon", "the party's leader")))
    assert not [w for w, _, _ in said(sts, "promises to be different") if w == "Tanguay"]


# --- a given name that is a place's, then a French-Canadian saint's surname ("Paul St-Pierre Plamondon") -----------

def test_saint_compound_surname_after_a_place_given_name_is_a_person():
    assert looks_like_person("Paul St-Pierre Plamondon")
    assert looks_like_person("Paul Saint-Jacques Tremblay")


def test_saint_compound_in_an_institution_name_is_no_person():
    # must not: a school, a church named after a saint ("St-Jean") is no one
    assert not looks_like_person("Paul St-Jean School")


# --- a municipality named by its kind and its place speaks, also online ("The town of Hay River also posted that") --

CBC_HAY_RIVER = '''
The chief of K'atl'odeeche First Nation also posted a video online Wednesday evening about the approaching fire.

"It's moving fast," said Chief April Martel.

The town of Hay River also posted that the fire was moving northward toward the community.
'''


def test_town_of_a_river_place_posting_that_is_the_town():
    # https://amp.cbc.ca/lite/story/1.6937973 (eval/own/docs-al/ca/008.md)
    _, sts = excerpt(page(CBC_HAY_RIVER))
    assert [w for w, _, _ in said(sts, "moving northward")] == ["Town of Hay River"]
    assert [w for w, _, _ in said(sts, "moving fast")] == ["April Martel"]
    # must not: "posted a video ... about the approaching fire" (no "that") says nothing
    assert not said(sts, "approaching fire")


def test_town_of_a_place_inside_a_phrase_is_no_speaker():
    # must not: the town named where people live is not the body speaking
    _, sts = excerpt(page(CBC_HAY_RIVER.replace("The town of Hay River also posted that",
                                                "Residents of the town of Hay River said")))
    assert not [w for w, _, _ in said(sts, "moving northward") if w == "Town of Hay River"]


# --- a province's or territory's dotted abbreviation and one word names a body ("N.W.T. Fire said", "B.C. Hydro") ----

CBC_NWT_FIRE = '''
A wildfire burning near Hay River, N.W.T., is expected to reach the community sometime Wednesday evening, according to emergency officials.

In an online update early Wednesday evening, N.W.T. Fire said strong winds had blown the fire within 10 kilometres of the community.

"The situation has changed quickly," it reads.
'''


def test_territory_abbreviation_and_a_word_is_a_body_whose_update_reads():
    # https://amp.cbc.ca/lite/story/1.6937973 (eval/own/docs-al/ca/008.md)
    _, sts = excerpt(page(CBC_NWT_FIRE))
    assert [(st.speaker.name, st.speaker.kind) for st in sts if "within 10 kilometres" in st.text] == \
        [("N.W.T. Fire", "organization")]
    assert [w for w, _, _ in said(sts, "changed quickly")] == ["N.W.T. Fire"]


def test_glued_initials_before_a_surname_stay_a_person():
    # must not: a person's initials written without spaces are no province's ("Nunavut Premier P.J. Akeeagok", as
    # amp.cbc.ca/news/canada/north/nunavut-legislative-assembly-fall-sitting-2022-1.6629222 names him; set AG 007)
    _, sts = excerpt(page('''
Nunavut Premier P.J. Akeeagok said the territory would keep pressing Ottawa for housing money.
'''))
    assert [(st.speaker.name, st.speaker.kind) for st in sts if "housing money" in st.text] == \
        [("P.J. Akeeagok", "person")]


# --- a post, statement or release read out, its owner's possessive after the verb ("reads the town's post") -----------

def test_words_that_read_the_owners_post_are_the_owners():
    # https://amp.cbc.ca/lite/story/1.6937973 (eval/own/docs-al/ca/008.md)
    _, sts = excerpt(page(CBC_HAY_RIVER + '''
"All persons should go to the Hay River Airport and await further instructions," reads the town's post.
'''))
    assert [w for w, _, _ in said(sts, "await further instructions")] == ["Town of Hay River"]


def test_words_that_read_a_sign_are_no_ones():
    # must not: a sign, a banner read out is nobody's statement
    _, sts = excerpt(page(CBC_HAY_RIVER + '''
"All persons should go to the Hay River Airport and await further instructions," reads the sign on the door.
'''))
    assert not said(sts, "await further instructions")
