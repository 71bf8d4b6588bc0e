"""Audit round quotes23: Canadian news dense with quotes (CTV, CBC, Global News, the Canadian Press, the Toronto Star,
Winnipeg and Edmonton outlets and copies of them), fresh pages from the search tool, read against their statements.
Each test is a real passage (URL in a comment), what an annotator marks and what must not be extracted."""
import pytest

from test_audit_cases import excerpt
from test_audit_seed10 import page, said
from test_hard_cases import load


def speakers(sts, marker):
    return [w for w, _, _ in said(sts, marker)]


# --- "he said" after a speaker whose given name gender-guesser calls a woman's: that speaker, not a man named only
# before or inside those words ------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="the rule (the other man only if not named inside the last speaker's words) was "
                   "reverted at the merge: it cost a right speaker on an earlier round's held-out pages (un19)")
def test_he_after_a_man_with_a_womans_given_name_stays_his():
    # https://winnipeg.ctvnews.ca/police-chief-to-address-not-new-comments-about-serious-crime-in-winnipeg-1.5984778
    _, sts = excerpt(page('''
Police chief to address 'not new' comments about serious crime in Winnipeg

Winnipeg's police chief will be addressing comments he made last week that crime levels in the city are not new.

"This is not new, none of this new. But it became a very, more of a priority for the media this week," said Chief Danny Smyth on Friday when asked if there has been an overreaction to recent reporting about attacks at The Forks.

Following the release of the Annual Report, Smyth will address the media about his comments on Wednesday.

Moe Sabourin, the Winnipeg Police Association (WPA) president, said on Monday in a release that the WPA and its members have "serious concerns" about Smyth's ability to lead.

"Describing the recent surge of violent crimes against innocent Winnipeggers as 'normal' brings these concerns to a heightened new level," he said in a release.

"Implying that these incidents are somehow just a routine part of life in a community is to otherwise give up," he added, "The reality is there are practical and tangible measures Chief Smyth can immediately take to help get this problem under control. An increase in resources to general foot patrols is an obvious first step."

He said the chief's comments were "utterly inexcusable."
'''))
    assert speakers(sts, "none of this new") == ["Danny Smyth"]
    for marker in ("heightened new level", "otherwise give up", "Chief Smyth can immediately take", "utterly inexcusable"):
        assert speakers(sts, marker) == ["Moe Sabourin"], marker


# --- a weekday that is a surname: "said Julie Sunday, assistant deputy minister" -----------------------------------

def test_weekday_after_a_lone_given_name_is_her_surname_and_no_day():
    # https://www.ctvnews.ca/politics/canada-evacuating-vulnerable-canadian-citizens-out-of-haiti-joly-1.6821338
    _, sts = excerpt(page('''
Canada airlifted 18 vulnerable Canadians out of Haiti by helicopter to the Dominican Republic Monday and more will be offered the chance to evacuate in the coming days, Foreign Affairs Minister Mélanie Joly said Monday.

"That is why in these circumstances it is important for us to be able to bring Canadians to safety," Joly said at a press conference in Ottawa Monday.

There are close to 3,000 Canadians officially registered as remaining in the country, said Julie Sunday, assistant deputy minister of consular, security, and emergency management.

However fewer than 300 have requested assistance to leave the country and only about 30 people signalled that they were "travel ready," she said.
''', date="2024-03-25"))
    assert [(w, d) for w, d, _ in said(sts, "close to 3,000 Canadians")] == [("Julie Sunday", "2024-03-25")]
    assert [(w, d) for w, d, _ in said(sts, "fewer than 300")] == [("Julie Sunday", "2024-03-25")]
    assert speakers(sts, "bring Canadians to safety") == ["Mélanie Joly"]


# --- places are no speakers: the end of a list before "on Parliament Hill", "the chief representing a First Nation in
# southern Alberta", the municipality a fire chief serves ----------------------------------------------------------

def test_chiefs_on_parliament_hill_are_unnamed_and_the_chief_representing_a_first_nation_is_the_chief_named():
    # https://infonews.ca/news/7449823/carney-meets-with-prairie-chiefs-outside-assembly-of-first-nations-gathering
    _, sts = excerpt(page('''
OTTAWA — Prime Minister Mark Carney met Wednesday with chiefs representing Treaties 6, 7 and 8 on Parliament Hill, who expressed openness to the idea of pipeline ownership days after Carney signed a memorandum of understanding with Alberta that opens the door to get one to B.C.’s coast.
Piikani Nation Chief Troy Knowlton, speaking to reporters outside the door where he and other chiefs met with Carney, said First Nations need a stake in any project proposed on their lands.
“We’re not against economic growth or benefits to the region, to our people, to the greater population,” Knowlton said.
What he is against is harms to the environment and potential health impacts caused by destruction of the waterways.
“But if we’re real co-owners, then the concerns we have, we can ensure that we’re addressing those concerns: environmental health and safety, employment and recognition of the area’s First Nations ancestral places,” said the chief representing a First Nation in southern Alberta.
The agreement between Ottawa and Alberta commits the two governments to working toward building an oil pipeline to the West Coast — and opens the door to changes to the coastal tanker ban.
It says Ottawa’s commitment is contingent on the pipeline being approved as a project of national interest, and on the project providing “opportunities for Indigenous co-ownership and shared economic benefits.”
'''))
    assert speakers(sts, "real co-owners") == ["Troy Knowlton"]
    assert speakers(sts, "need a stake") == ["Troy Knowlton"]
    assert not [w for w, _, _ in said(sts, "") if w in ("Parliament Hill", "Nation", "Alberta")], said(sts, "")


def test_the_municipality_a_fire_chief_serves_is_not_the_regional_fire_chief():
    # https://edmonton.citynews.ca/2024/05/15/over-6000-fort-mcmurray-residents-under-evacuation
    _, sts = excerpt(page('''
More than 6,000 residents of Fort McMurray remain under a mandatory evacuation order Wednesday as an out-of-control wildfire continues to grow, threatening the city.

In a press conference Wednesday morning, the regional fire chief says they don’t want any residents who were mandated to evacuate, returning home until it is safe to do so.

“If you are currently under an evacuation order please prepare to remain evacuated until at least Tuesday, May 21. This does not guarantee you will return on that date but would advise you plan to remain evacuated until then,” said Jody Butz, Regional Fire chief in the Regional Municipality of Wood Buffalo.
''', date="2024-05-15"))
    assert speakers(sts, "remain evacuated until then") == ["Jody Butz"]
    assert speakers(sts, "returning home until it is safe") in ([], ["Jody Butz"])


# --- "Tory" in a standfirst: the mayor the story names in full further on, not the party ---------------------------

def test_tory_in_a_standfirst_is_mayor_john_tory_named_later():
    # https://www.thestar.com/news/city_hall/2017/03/21/mayor-tory-says-lack-of-communication-with-staff-to-blame-for-vote-discrepancies.html
    _, sts = excerpt(page('''
Tory said he had a copy of the sheet but didn’t go through to compare how he was voting as the vote was taking place.

Facing backlash from the public and questions from both opposing and allied councillors, Mayor John Tory says a lack of communication with his staff is to blame for the discrepancy between his recent votes and instructions from his office.
''', date="2017-03-21"))
    assert speakers(sts, "had a copy of the sheet") == ["John Tory"]
    assert speakers(sts, "lack of communication") == ["John Tory"]


# --- '"...," he went on to say.' frames the quotation before it ----------------------------------------------------

def test_he_went_on_to_say_frames_the_quotation_before_it():
    # https://winnipeg.ctvnews.ca/police-chief-to-address-not-new-comments-about-serious-crime-in-winnipeg-1.5984778
    _, sts = excerpt(page('''
"This is not new, none of this new. But it became a very, more of a priority for the media this week," said Chief Danny Smyth on Friday when asked if there has been an overreaction to recent reporting about attacks at The Forks.

"All stabbings and all homicides concern me and it doesn't matter where it happens in the city. I know that The Forks is a special place for most in the city, but it is no less significant or more significant than the stabbing that occurred downtown or a stabbing that occurred at another part of the city," he went on to say.
'''))
    found = said(sts, "The Forks is a special place")
    assert [(w, t[:20]) for w, _, t in found] == [("Danny Smyth", "All stabbings and al")], found
    assert [st.kind for st in sts if "All stabbings" in st.text] == ["direct"]


# --- "She challenged a statement made by Lohr suggesting ...": Lohr's words, not hers -------------------------------

def test_participle_after_a_statement_made_by_someone_is_not_the_subjects():
    # https://www.halifaxexaminer.ca/government/province-house/municipal-councillors-challenge-provincial-ministers/
    _, sts = excerpt(page('''
Patti Cuttell, the councillor who represents the Spryfield-Sambro-Prospect area of HRM, voiced her concerns about a new law which gives Lohr the power to override HRM and make decisions about where and how fast new housing gets built.

Cuttell is an urban planner by profession. She challenged a statement made by Lohr suggesting special powers are needed to deal with not-in-my-backyard sentiments from residents who oppose future development.
'''))
    assert "Patti Cuttell" not in speakers(sts, "special powers are needed")


# --- a day closing a reported clause with its own verb is that clause's, not the saying's ---------------------------

def test_day_closing_a_reported_clause_with_its_own_verb_does_not_date_the_saying():
    # reuters21578/reut2-002.sgm (5 March 1987): "earlier today" dates Bonior's words, "next Wednesday" the vote
    _, sts = excerpt(page('''
In the House of Representatives earlier today, Rep. David Bonior, a Michigan Democrat, told reporters Democratic leaders in the House had decided to push for a 180-day moratorium on further aid. He said the House would vote next Wednesday.
''', date="1987-03-05"))
    assert [(w, d) for w, d, _ in said(sts, "the House would vote")] == [("David Bonior", "1987-03-05")]


# --- a pronoun inside a relative clause on a person is that person, not a name inside the clause ---------------------

def test_he_inside_a_relative_clause_is_the_person_it_is_about():
    # PolNeAR train: breitbart_2016-06-28_underdog-conservative-claudia-te (Breitbart, 28 June 2016)
    _, sts = excerpt(page('''
“It’s going to be well over a million dollars by the time it’s done,” Tenney said about the money being spent against her in the primary. She went on to say:

"Incredibly, by the way, none of them will come out and support Trump. They won’t say that they’re going to support Donald Trump because Donald Trump is going to blow up the establishment."

Tenney previously helped fight Oneida Indian Nation leader Ray Halbritter, who spearheaded the campaign to change the Washington Redskins mascot because he claimed it was offensive to Native Americans.
'''))
    assert speakers(sts, "offensive to Native Americans") == ["Ray Halbritter"]


# --- "Councillor Mike Gunn from Annapolis county noted that ...": a place's lower-case kind closes the body -----------

def test_person_from_a_county_written_in_lower_case_speaks():
    # https://www.halifaxexaminer.ca/government/province-house/municipal-councillors-challenge-provincial-ministers/
    _, sts = excerpt(page('''
Provincial cabinet ministers fielded angry questions from municipal councillors yesterday during a bearpit session at the annual conference of the Nova Scotia Federation of Municipalities.

Councillor Mike Gunn from Annapolis county noted that volunteer firefighters in his area had been called on 200 times in the past year to respond to accidents and emergencies that rightfully should be the job of trained paramedics paid by Emergency Medical Care.
'''))
    assert speakers(sts, "volunteer firefighters in his area") == ["Mike Gunn"]


# --- a description opening a sentence, then the person it names: that person is the sentence's subject ---------------

def test_person_named_after_a_description_is_the_subject_a_later_surname_is():
    # PolNeAR train: nyt_2015-12-18_rubio-and-cruz-diverge-on-approa (New York Times, 18 December 2015): "The other,
    # Ted Cruz, is partial to cowboy boots ..." opens with him, so "Mr. Cruz wrote" is Ted Cruz, not the name he was
    # born with, "Rafael Edward Cruz", met later
    doc, sts = load("polnear/train/text/nyt_2015-12-18_rubio-and-cruz-diverge-on-approa.txt", "Mr. Cruz wrote")
    for marker in ("every major corn chip", "Fritos, Cheetos", "rejection of him and his heritage",
                   "saved my father"):
        assert speakers(sts, marker) == ["Ted Cruz"], (marker, said(sts, marker))


# --- "She said in past weeks her clothes have gone missing ...": a period the words tell of, then their clause ------

def test_said_in_past_weeks_then_a_clause_is_a_statement():
    # http://35.201.78.98/news/canada/manitoba/wolseley-west-broadway-homeless-population-increasing-1.4734443 (CBC)
    _, sts = excerpt(page('''
Abby Flackman has lived just south of Portage Avenue for 14 years and says she hasn't ever seen it this bad.
"I've seen them wandering around the neighbourhood before, on street corners asking for money," said Flackman. "But never directly in my yard, on my property, on my neighbour's property."
Flackman said the man was with two women. One was going through a pile of clothes and the other had what she assumed to be a drug kit.
She said in past weeks her clothes have gone missing off the line in her backyard.
'''))
    assert speakers(sts, "her clothes have gone missing") == ["Abby Flackman"]


# --- bare "police said" after "The Vancouver Police Department" spoke: that force, by the name it spoke by ----------

def test_police_said_is_the_police_department_that_spoke_before():
    # https://www.todayville.com/little-change-to-vancouver-downtown-street-encampment-as-residents-wonder-where-to-go/
    # (The Canadian Press)
    _, sts = excerpt(page('''
The Vancouver Police Department released a statement Tuesday saying multiple people were arrested after officers were assaulted during a “melee.”

It said staff at a community centre had called police to report a man throwing computers and behaving erratically. The man resisted arrest, police said, as “a large crowd gathered, and became hostile and combative with the officers.”
'''))
    assert set(speakers(sts, "")) == {"Vancouver Police Department"}, said(sts, "")


# --- "they" of a person the text gives "they/them" as pronouns -----------------------------------------------------

def test_they_of_a_councillor_whose_pronouns_are_they_them():
    # https://ottawa.citynews.ca/2021/11/25/city-councillor-urging-mayor-to-apologize-over-police-budget-protest-comments-4796581
    _, sts = excerpt(page('''
In a letter, Somerset Ward Councillor Catherine McKenney is urging Watson to apologize for those comments, adding it is highly offensive to insinuate that the residents who took part in protests opposing next year's police budget do not represent the public.
In response to comments made by the Mayor today I have sent the following letter requesting an apology from him to those who have peacefully demonstrated & eloquently spoken to us about your experiences and the changes you need in your city. pic.twitter.com/WGoadTXKbo
— Catherine McKenney (they/them) (@cmckenney) November 24, 2021
The councillor also feels it is an abdication of Watson's responsibility to consider all voices, regardless if he personally agrees with them.
They are also accusing the mayor of tokenizing city staff, after he listed off racialized senior leaders and members of council in an effort to highlight diversity within the City of Ottawa.
''', date="2021-11-25"))
    assert speakers(sts, "tokenizing city staff") == ["Catherine McKenney"]


# --- an office holder's name whose last word looks like a common noun: "Finance Minister Chrystia Freeland" -----------

def test_finance_minister_chrystia_freeland_is_a_person_who_speaks():
    # https://722668.bdghimsw7.asia/player/play/video/9.6590142 (a copy of CBC News' video page)
    _, sts = excerpt(page('''
Freeland says some premiers in favour of robust response to threatened U.S. tariffs
Deputy Prime Minister and Finance Minister Chrystia Freeland says premiers proactively identified products that their provinces produce and export to the United States that should be targets for a Canadian response to threatened U.S. tariffs. Freeland spoke after a meeting Prime Minister Justin Trudeau held with all of the premiers on U.S.-Canada relations ahead of president-elect Donald Trump's return to the White House.
'''))
    assert speakers(sts, "premiers proactively identified products") == ["Chrystia Freeland"]
