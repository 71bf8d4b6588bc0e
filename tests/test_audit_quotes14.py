"""Audit round quotes14: statement and speaker errors on Canadian news that quotes anyone (CBC, CTV, Global News, The
Canadian Press, CJME, the Squamish Chief, bayfm.ca, the Calgary Herald). Each test reads a real passage (its page's URL
in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "B.C." before a name ends no sentence: the B.C. Wildfire Service, B.C. Emergency Management Minister Bowinn Ma --

def test_a_provinces_dotted_abbreviation_before_a_name_ends_no_sentence():
    # https://amp.cbc.ca/lite/story/1.7273327
    doc, sts = excerpt(page('''
There are currently around 430 active wildfires, according to the B.C. Wildfire Service (BCWS). The vast majority of them are caused by lightning, and around 60 per cent of them are considered by the service to be out of control.

"This past week has been difficult for many people and communities, and we are expecting more challenging days ahead," B.C. Emergency Management Minister Bowinn Ma said in a news conference Wednesday.

"Right now, we are asking everyone to take steps to be prepared."
'''))
    assert [w for w, _, _ in said(sts, "430 active wildfires")] == ["B.C. Wildfire Service"]
    assert [w for w, _, _ in said(sts, "This past week has been difficult")] == ["Bowinn Ma"]
    assert [w for w, _, _ in said(sts, "Right now, we are asking")] == ["Bowinn Ma"]


def test_a_provinces_abbreviation_after_a_town_or_a_place_preposition_may_end_a_sentence():
    from pressarchive.extract.sentences import sentences
    text = "Two homes burned in Wells, B.C. The fire grew. He moved to B.C. Then he left. A spokesperson for B.C. Hydro said so."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Two homes burned in Wells, B.C.", "The fire grew.", "He moved to B.C.", "Then he left.",
        "A spokesperson for B.C. Hydro said so."]


def test_a_headlines_b_c_body_urges_and_says():
    # https://www.cbc.ca/news/canada/british-columbia/bc-wildfires-sunday-1.4228215
    doc, sts = excerpt(page('''
Hundreds were under evacuation orders that came down in Clinton and surrounding areas of the B.C. Interior late Saturday.

B.C. Wildfire Service urges locals to head for safety, saying 'areas are evacuated for good reason'
'''))
    assert {w for w, _, _ in said(sts, "")} == {"B.C. Wildfire Service"}, said(sts, "")


# --- a manner adverb or what the words were about after the frame is no content: the quotation is the words ----------

def test_said_and_a_manner_adverb_frames_the_quotation():
    # https://www.cjme.com/2015/10/20/brad-wall-not-interested-in-federal-leadership/
    doc, sts = excerpt(page('''
Considering a switch to federal politics doesn’t appear likely for Saskatchewan Premier Brad Wall anytime soon, but what about in the future? Gormley also asked Wall if he’s ruled out completely ever seeking a federal position?

“Yes,” Wall said concisely.
''', date="2015-10-20"))
    assert [(w, t) for w, _, t in said(sts, "")] == [("Brad Wall", "Yes")]   # (Gormley's question: none of his words)


def test_said_regarding_what_the_words_were_about_frames_the_quotation():
    # https://saskatoon.ctvnews.ca/saskatoon-mayor-surprised-to-hear-premier-s-comments-on-broken-down-communication-1.5629588
    doc, sts = excerpt(page('''
Saskatoon Mayor Charlie Clark says he was surprised to hear Premier Scott Moe say communication lines have “broken down” with the city.

“We’re going to use every channel we can to continue to work with the province to come up with as coordinated an effort as possible,” Clark said regarding the high numbers of COVID-19 cases in the city.

During an interview with CTV News, Moe clarified his earlier comment, saying Saskatoon hasn't been on the call for "the last couple of weeks."
'''))
    assert [(w, t) for w, _, t in said(sts, "every channel")] == [("Charlie Clark", "We’re going to use every channel we can to continue to work with the province to come up with as coordinated an effort as possible")]
    assert not said(sts, "regarding")
    assert not said(sts, "his earlier comment")      # his own words named again, no content
    assert [w for w, _, _ in said(sts, "hasn't been on the call")] == ["Scott Moe"]


# --- "are very concerned and stressed about": an adjective, no second verb ------------------------------------------

def test_stressed_after_be_and_an_adjective_is_no_verb_and_the_mayor_of_a_place_is_no_body():
    # https://www.bayfm.ca/news/local-news/humber-arm-south-concerned-about-domino-effect-of-no-crab-fishery
    doc, sts = excerpt(page('''
While some harvesters are defying the union and heading out to fish anyway, the Mayor of Humber Arm South says she hasn’t heard of this happening along the south shore. Erica Humber-Shears says council has been meeting and speaking with a lot of residents who are very concerned and stressed about the situation. She says she doesn’t know if government can help but says something needs to happen. The Mayor says some sort of specialized program needs to be put in place to help plant workers.
'''))
    assert "Humber Arm South" not in {w for w, _, _ in said(sts, "")}, said(sts, "")
    assert [t for _, _, t in said(sts, "council has been")] == [
        "council has been meeting and speaking with a lot of residents who are very concerned and stressed about the "
        "situation"]
    assert not said(sts, "about the situation")[1:]
    assert [w for w, _, _ in said(sts, "specialized program")] in ([], ["Erica Humber-Shears"])


# --- a passive participle coordinated in the reported clause is no second frame ------------------------------------

def test_and_confirmed_by_is_a_passive_in_the_clause():
    # http://www.bttoronto.ca/blogs/page/16/ (CityNews, 24 January 2018)
    doc, sts = excerpt(page('''
U.S. Homeland security adviser Tom Bossert wrote in a Wall Street Journal op-ed last month that North Korea was “directly responsible” for the WannaCry ransomware attack.

Bossert said the U.S. administration’s finding of responsibility is based on evidence and confirmed by other governments and private companies, including the U.K. and Microsoft.
'''))
    assert [t for _, _, t in said(sts, "finding of responsibility")] == [
        "the U.S. administration’s finding of responsibility is based on evidence and confirmed by other governments "
        "and private companies, including the U.K. and Microsoft"]
    assert not [t for _, _, t in said(sts, "") if t.startswith("by other")]


# --- "told Postmedia last fall": the season is the frame's -------------------------------------------------------

def test_a_season_after_told_an_outlet_is_the_frames():
    # https://herald2636.rssing.com/chan-49466957/all_p108.html (Calgary Herald)
    doc, sts = excerpt(page('''
Creep Catchers pose a growing concern for law enforcement across North America, including in Calgary, where Dawson Raymond wages a similar public shaming campaign.

Raymond told Postmedia last fall he poses as a young teenage girl on online dating sites, where he claims a surprising number of men request to meet, despite the fact the fictitious girl is a minor.
'''))
    assert [t[:40] for w, _, t in said(sts, "teenage girl") if w == "Dawson Raymond"] == [
        "he poses as a young teenage girl on onli"]


# --- an apposition of two lower-case words before the title's head and its body ------------------------------------

def test_an_apposition_with_two_words_before_officer_and_its_service():
    # https://www.squamishchief.com/highlights/stop-ignoring-evacuation-orders-bc-wildfire-service-4184562
    doc, sts = excerpt(page('''
Jean Strong, fire information officer with BC Wildfire Service, says there is a significant number of residents across the province being placed on evacuation orders or alerts — and that number fluctuates daily.
'''))
    assert [w for w, _, _ in said(sts, "significant number of residents")] == ["Jean Strong"]


# --- radio-style progressive frames: "He’s only saying that ...", "is calling on X to ..." ---------------------------

def test_a_contracted_progressive_and_a_two_word_progressive_frame():
    # https://vancouverisland.ctvnews.ca/troubling-incident-at-councillor-s-home-leads-langford-mayor-to-ask-former-mayor-to-denounce-behaviour-1.6770248
    doc, sts = excerpt(page('''
At a press conference on Wednesday, Langford Mayor Scott Goodmanson was flanked by four city councillors as he called for unity within the community.

The mayor isn’t saying which council member it was, nor who the member of the public is that is being accused of the privacy breach. He’s only saying that the councillor now fears for their family's safety.

Goodmanson is calling on community leaders to denounce the incident, including former mayor Stew Young.
'''))
    assert [w for w, _, _ in said(sts, "the councillor now fears")] == ["Scott Goodmanson"]
    assert [w for w, _, _ in said(sts, "community leaders to denounce")] == ["Scott Goodmanson"]
    assert not said(sts, "which council member")      # what he isn't saying


# --- an adverb between the subject and the verb a participle of saying hangs on ------------------------------------

def test_an_adverb_between_the_subject_and_the_verb_before_saying():
    # https://www.daily8.com/en/hashtag/Legault (Montreal Gazette, June 2025)
    doc, sts = excerpt(page('''
Trump acted Tuesday, signing an executive order raising U.S. tariffs from 25 per cent to 50 per cent as of 12:01 am Wednesday, Premier François Legault noted.

Legault immediately responded on social media, saying it was an 'unjustified decision which hurts our workers, our economy as well as that of the United States.'
'''))
    assert [w for w, _, _ in said(sts, "unjustified decision")] == ["François Legault"]


# --- bare "police" after the RCMP named without a place ------------------------------------------------------------

def test_bare_police_after_the_rcmp_named_without_a_place_is_the_rcmp():
    # https://www.thestar.com/calgary/2018/12/13/a-man-claimed-to-taken-hostages-at-a-banff-hostel-then-it-turned-out-to-be-a-hoax.html
    doc, sts = excerpt(page('''
CALGARY—It started with a phone call to police early Tuesday morning. The man on the line said he was at a hostel in Banff National Park — and he had hostages. The call sparked what was a massive response from local RCMP, summoning “everything we had” from the Banff detachment, according to one officer, plus officers from Canmore, 25 kilometres down the highway.

Then it turned out to be a hoax, and police say the person behind it might not have been in the country. But it wasn’t clear at first, according to RCMP Staff Sgt. Michael Buxton-Carr.
''', date="2018-12-13"))
    assert [w for w, _, _ in said(sts, "might not have been in the country")] == ["RCMP"]
    assert not said(sts, "everything we had")       # one officer, unnamed


# --- the lead's subject, then described by a title with its tenure ----------------------------------------------------

def test_a_title_with_its_tenure_after_the_leads_subject_is_that_person():
    # https://test.daily8.com/en/article/9a6c15575ca9c93144e500103d9d32fa (CBC, 7 July 2025)
    doc, sts = excerpt(page('''
Danny Breen isn't planning to leave municipal politics anytime soon.

The St. John's mayor of eight years announced Monday that he will be seeking re-election for the city's top job this October.
''', date="2025-07-07"))
    assert [(w, d) for w, d, _ in said(sts, "seeking re-election")] == [("Danny Breen", "2025-07-07")]
    from pressarchive.extract.mentions import parse_np, tokens
    assert parse_np(tokens("The St. John's mayor of eight years")).role == "St. John's mayor"
