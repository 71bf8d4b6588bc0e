"""Audit round seed17: English news reports of what spokespeople and officials said, from Vietnamese, Chinese,
Korean, Japanese and Philippine outlets and US ones reporting such spokespeople. Each test reads a real passage (its
page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- words after "said" that only tell how it was said: the quotation is the statement -----------------------------

def test_language_after_said_leaves_the_quotation_its_statement():
    # https://www.inquirer.net/?p=452573
    _, sts = excerpt(page('''
PCG spokesperson for the WPS Commodore Jay Tarriela made the pronouncement in a discussion following the free screening of the “Food Delivery: Fresh from the West Philippine Sea” documentary in the House of Representatives on Wednesday.

“If there is one thing the Congress can provide the Philippine Coast Guard, that would be more vessels to make sure that the coast guard is there to ensure that Filipino fisherfolk will not be harassed,” Tarriela said partly in Filipino.
'''))
    assert [(w, st.kind) for w, _, _ in said(sts, "more vessels") for st in sts if "more vessels" in st.text] == \
        [("Jay Tarriela", "direct")]
    assert said(sts, "partly") == []


def test_participle_of_reference_after_said_leaves_the_quotation():
    # https://plenglish.com/news/2024/07/19/china-rejects-content-of-japans-defense-white-paper
    _, sts = excerpt(page('''
Defense Ministry Spokesman Zhang Xiaogang condemned the content of the Japanese document related to tensions in the Taiwan Strait and the China-Russia joint maritime patrol.

“The defense white paper is filled with cliches, misleading the international community and providing pretexts for its military buildup,” he said referring to the text.
''', "2024-07-19"))
    assert [w for w, _, _ in said(sts, "filled with cliches")] == ["Zhang Xiaogang"]
    assert said(sts, "referring") == []


# --- a file photo's caption tells an earlier occasion, not the day of what the report quotes ------------------------

def test_file_photo_caption_dates_no_statement():
    # https://www.inquirer.net/?p=452573
    _, sts = excerpt(page('''
Tarriela to Congress: More PCG patrol vessels needed for West PH Sea

Philippine Coast Guard spokesperson for the West Philippine Sea Commodore Jay Tarriela holds a press briefing on Tuesday, May 6, 2025, in Manila. — File photo by Noy Morcoso/INQUIRER.net

MANILA, Philippines — Congress could help the Philippine Coast Guard (PCG) ensure the safety of Filipino fisherfolk in the West Philippine Sea (WPS) by helping the agency acquire more 97-meter multirole response vessels.

PCG spokesperson for the WPS Commodore Jay Tarriela made the pronouncement in a discussion following the free screening of the “Food Delivery: Fresh from the West Philippine Sea” documentary in the House of Representatives on Wednesday.

According to the PCG official, they received many testimonies from fishermen from Zambales, Pangasinan, Mindoro, and Palawan, saying that the Chinese Coast Guard “hesitates” to harass and bully them when Philippine authorities are present where they fish.

Tarriela revealed that the PCG only has two multirole response vessels as big as BRP Teresa Magbanua, manufactured by Japan, and the other one is BRP Melchora Aquino (MRRV-9702).
'''))
    found = said(sts, "testimonies") + said(sts, "two multirole")
    assert [w for w, _, _ in found] == ["Jay Tarriela", "Jay Tarriela"]
    assert [d for _, d, _ in found] == [None, None]
