"""Hand annotations for the development set (the source of gold.jsonl).

Sixteen invented news articles, written in session 18 in three rounds (six,
then five more, documents 7-11, then five more, documents 12-16, in newsroom
styles the first two rounds lack) as a development set on which the speaker,
affiliation and role rules are improved. They were written and annotated
without looking at the system's code, models or output, and without reading
data/heldout/. The annotation rules are those of
data/samples/README.md.

Nothing here holds an offset: each statement is written out as its exact
text, and its mention and cue as a text plus where to look for it relative to
the statement, so ``data/samples/build_gold.py --dir data/dev`` computes every
offset and fails loudly on a typo. Article texts live beside this file as
``<id>.txt``.

``Q`` and ``_who`` come from ``data/samples/gold_api.py``, which describes their fields.
"""

from __future__ import annotations

SOURCE = "attribution dev"

from pathlib import Path

from gold_api import Q, _who, documents_of  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)


# --------------------------------------------------------------------------- #
# 1. Wire story, diplomatic expulsions. Curly quotes, ’ apostrophes, British
#    spelling. Org speaker "said in a statement"; title + name with "told
#    reporters" after the quote; "a spokeswoman for the embassy" (speaker
#    null); "Y's foreign ministry spokesman, X," with "wrote on social media"
#    and "warned"; anonymous "senior official at the Marvessan ministry" with
#    "told the agency", re-mentioned as "the official"; "X, who heads Y,";
#    ", according to X, a senior fellow at Y."
MARV_MFA = ("Marvessan Ministry of Foreign Affairs", "Ministry of Foreign Affairs",
            "Marvessan ministry", "Marvessan foreign ministry")
MFA = _who("Marvessan Ministry of Foreign Affairs", "Marvessan Ministry of Foreign Affairs",
           speaker_aliases=MARV_MFA[1:], affiliation_aliases=MARV_MFA[1:])
KORVIN = _who("Adela Korvin", "Marvessan Ministry of Foreign Affairs", "Foreign Minister",
              affiliation_aliases=MARV_MFA[1:] + ("government", "Marvessa"))
EMBASSY_SPOX = _who(None, "Durnish embassy in Vestrin", "spokeswoman",
                    affiliation_aliases=["Durnish embassy"])
OSTRAND = _who("Pavel Ostrand", "Durnholm’s foreign ministry", "spokesman",
               affiliation_aliases=["Durnholm's foreign ministry", "Durnish foreign ministry"])
MARV_OFFICIAL = _who(None, "Marvessan Ministry of Foreign Affairs", "official",
                     affiliation_aliases=MARV_MFA[1:])
HALDEN = _who("Irina Halden", "Free Durnish Press Centre", "head",
              affiliation_aliases=["Free Durnish Press Centre in Vestrin"])
FERRELL = _who("Tomasz Ferrell", "Kalder Institute for Security Studies", "senior fellow")

MARVESSA = {
    "id": "marvessa-expulsions",
    "title": "Marvessa expels four Durnish diplomats over surveillance of exiled journalists",
    "published": "2025-10-14",
    "target": "the expulsion of the Durnish diplomats",
    "quotes": [
        Q("the four, who include the embassy’s deputy head of mission, had been declared persona "
          "non grata for “activities incompatible with their diplomatic status”", "mixed", **MFA,
          stance="support",
          mention=("The Marvessan Ministry of Foreign Affairs", "before"), cue=("said", "before")),
        Q("We will not allow any foreign government to hunt down people who have found safety in "
          "our country,", "direct", **KORVIN, stance="support",
          mention=("Foreign Minister Adela Korvin", "after"), cue=("told reporters", "after")),
        Q("Marvessa is an open society. It is not an open field for other states’ intelligence "
          "services.", "direct", **KORVIN, stance="support"),
        Q("the ministry had gathered evidence over several months, including photographs of "
          "embassy staff following a journalist to her home, and had shared it with Marvessa’s "
          "allies", "indirect", **KORVIN, stance="support",
          mention=("Korvin", "before"), cue=("said", "before")),
        Q("the diplomats had done “nothing beyond their normal work” and that Durnholm would "
          "respond “in a proportionate manner”", "mixed", **EMBASSY_SPOX, stance="oppose",
          mention=("A spokeswoman for the embassy", "before"), cue=("said", "before")),
        Q("the expulsions were “a provocation built on fantasies”", "mixed", **OSTRAND,
          stance="oppose", mention=("Pavel Ostrand", "before"), cue=("wrote", "before")),
        Q("Vestrin would “bear full responsibility” for whatever followed", "mixed", **OSTRAND,
          stance="oppose", mention=("Pavel Ostrand", "before"), cue=("warned", "before")),
        Q("at least two more Durnish diplomats were under investigation", "indirect",
          **MARV_OFFICIAL, stance="neutral",
          mention=("A senior official at the Marvessan ministry", "before"),
          cue=("told the agency", "before")),
        Q("They were not the only ones,", "direct", **MARV_OFFICIAL, stance="neutral",
          mention=("the official", "after"), cue=("said", "after")),
        Q("several of her colleagues had noticed they were being followed this year", "indirect",
          **HALDEN, stance="support", mention=("Irina Halden", "before"), cue=("said", "before")),
        Q("We went to the police in March and nobody believed us. Now at least we know we were "
          "not imagining it,", "direct", **HALDEN, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("The expulsions are likely to stall talks on a new gas transit agreement between the two "
          "countries", "indirect", **FERRELL, stance="neutral",
          mention=("Tomasz Ferrell", "after"), cue=("according to", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Tech/business, acquisition. Straight quotes and apostrophes, American
#    spelling. "Y's chief executive, X," after the quote + continuation;
#    "Acme Systems Chief Financial Officer X told reporters" (no "that");
#    ", Nwosu said." after an indirect; "X, Y's co-founder and chief
#    executive, said in an interview"; inverted ", said X, a ... at Y" +
#    continuation; lowercase title "company spokesman X said" after the
#    statement; "The company said" (-> the company's fullest name); org
#    speaker with "warned"; "the group's policy director, X, said"; "She
#    pointed out that"; a product name in quotes ("Tidewater," not gold).
LUMERA_NAMES = ("Lumera Systems", "Lumera")
LUMERA = _who("Lumera Systems Inc.", "Lumera Systems Inc.",
              speaker_aliases=LUMERA_NAMES, affiliation_aliases=LUMERA_NAMES)
WHITCOMBE = _who("Dana Whitcombe", "Lumera Systems Inc.", "chief executive",
                 affiliation_aliases=LUMERA_NAMES)
NWOSU = _who("Gregory Nwosu", "Lumera Systems Inc.", "Chief Financial Officer",
             affiliation_aliases=LUMERA_NAMES)
ARANGO = _who("Felix Arango", "Lumera Systems Inc.", "spokesman",
              affiliation_aliases=LUMERA_NAMES)
ASHDOWN = _who("Camille Ashdown", "Pinecrest Analytics", "co-founder and chief executive",
               affiliation_aliases=["Pinecrest"])
MADDOX = _who("Oren Maddox", "Halcyon Securities", "software analyst")
DFP = _who("Digital Fairness Project", "Digital Fairness Project",
           affiliation_aliases=["the Digital Fairness Project"])
TRASK = _who("Simone Trask", "Digital Fairness Project", "policy director",
             affiliation_aliases=["the Digital Fairness Project"])

LUMERA_DOC = {
    "id": "lumera-pinecrest-deal",
    "title": "Lumera Systems to buy Pinecrest Analytics for $2.4 billion",
    "published": "2025-06-02",
    "target": "Lumera Systems' acquisition of Pinecrest Analytics",
    "quotes": [
        Q("Pinecrest gives us the piece we were missing,", "direct", **WHITCOMBE, stance="support",
          mention=("Dana Whitcombe", "after"), cue=("said", "after")),
        Q("Our customers have been asking for this kind of analytics for years. Now we can offer it "
          "to them under one roof.", "direct", **WHITCOMBE, stance="support"),
        Q("the deal would add about $310 million in annual revenue and that all of Pinecrest's 420 "
          "employees had been offered jobs at the combined company", "indirect", **WHITCOMBE,
          stance="support", mention=("Whitcombe", "before"), cue=("said", "before")),
        Q("the company expected the acquisition to add to earnings within 18 months", "indirect",
          **NWOSU, stance="support",
          mention=("Lumera Systems Chief Financial Officer Gregory Nwosu", "before"),
          cue=("told reporters", "before")),
        Q("It will be paid for with cash on hand and a new $1 billion term loan", "indirect",
          **NWOSU, stance="neutral", mention=("Nwosu", "after"), cue=("said", "after")),
        Q("selling the company had been \"the hardest decision I've ever made\" but that Pinecrest "
          "needed Lumera's sales force to keep growing", "mixed", **ASHDOWN, stance="support",
          mention=("Camille Ashdown", "before"), cue=("said", "before")),
        Q("They're paying a full price for a company that still doesn't make money,", "direct",
          **MADDOX, stance="oppose", mention=("Oren Maddox", "after"), cue=("said", "after")),
        Q("The strategy makes sense. The price tag is harder to love.", "direct", **MADDOX,
          stance="neutral"),
        Q("Lumera expects the review to be finished by the end of the year", "indirect", **ARANGO,
          stance="neutral", mention=("company spokesman Felix Arango", "after"),
          cue=("said", "after")),
        Q("it would keep the Pinecrest brand and the startup's offices in Marbury for at least two "
          "years", "indirect", **LUMERA, stance="neutral",
          mention=("The company", "before"), cue=("said", "before")),
        Q("the merger would give Lumera \"far too much control\" over the data of small businesses "
          "that rely on both companies' products", "mixed", **DFP, stance="oppose",
          mention=("The Digital Fairness Project", "before"), cue=("warned", "before")),
        Q("Regulators should look very hard at this one,", "direct", **TRASK, stance="oppose",
          mention=("Simone Trask", "after"), cue=("said", "after")),
        Q("Lumera had bought two smaller analytics firms in the past three years, and that its "
          "customers often signed contracts lasting five years or longer", "indirect", **TRASK,
          stance="oppose", mention=("She", "before"), cue=("pointed out", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Transport, rail fares. Curly quotes, British spelling. Speaker after an
#    indirect statement ("..., Transport Secretary X announced"); "told
#    parliament that"; "she said" + continuation; "X, the Y Party's transport
#    spokesman," with "said" and "warned" (one mention); "told reporters"
#    after the quote; inverted ", said X, a director of Y"; "Officials at Y
#    said" then "They added" (speaker null); "A spokeswoman for Y said"
#    (speaker null); re-mention by title alone ("the transport secretary
#    said"); scare quote “fares freeze” (not gold).
BRANNOCK = _who("Odile Brannock", "government", "Transport Secretary")
PELLOW = _who("Gareth Pellow", "Heartland Party", "transport spokesman")
ROE = _who("Anita Roe", "Rail Users’ Council", "director",
           affiliation_aliases=["Rail Users' Council"])
NORTHWAY = _who(None, "Northway Rail", "officials")
ORS = _who(None, "Office of Rail Standards", "spokeswoman")

ALBRENN = {
    "id": "albrenn-rail-fares",
    "title": "Albrenn rail fares to rise 5.8 per cent, ending two-year freeze",
    "published": "2025-11-19",
    "target": "the rail fare increase",
    "quotes": [
        Q("Rail fares across Albrenn will rise by 5.8 per cent from March", "indirect", **BRANNOCK,
          stance="support", mention=("Transport Secretary Odile Brannock", "after"),
          cue=("announced", "after")),
        Q("the rise was needed to close a 1.2 billion crown gap in the railways’ finances and "
          "would help pay for 400 new carriages", "indirect", **BRANNOCK, stance="support",
          mention=("Brannock", "before"), cue=("told parliament", "before")),
        Q("Nobody likes paying more for a train ticket, and I won’t pretend otherwise,", "direct",
          **BRANNOCK, stance="support", mention=("she", "after"), cue=("said", "after")),
        Q("But the alternative is older trains, fewer services and a railway that keeps getting "
          "worse.", "direct", **BRANNOCK, stance="support"),
        Q("the increase was “a tax on going to work”", "mixed", **PELLOW, stance="oppose",
          mention=("Gareth Pellow", "before"), cue=("said", "before")),
        Q("many commuters would simply switch back to their cars", "indirect", **PELLOW,
          stance="oppose", mention=("Gareth Pellow", "before"), cue=("warned", "before")),
        Q("Families are already choosing between heating and eating, and now they will be choosing "
          "between the train and the job,", "direct", **PELLOW, stance="oppose",
          mention=("Pellow", "after"), cue=("told reporters", "after")),
        Q("This is the fourth above-inflation rise in five years, and trains are no more punctual "
          "than they were in 2019,", "direct", **ROE, stance="oppose",
          mention=("Anita Roe", "after"), cue=("said", "after")),
        Q("the extra revenue was essential to keep older trains running until the new carriages "
          "arrived", "indirect", **NORTHWAY, stance="support",
          mention=("Officials at Northway Rail", "before"), cue=("said", "before")),
        Q("revised timetables would be published in January", "indirect", **NORTHWAY,
          stance="neutral", mention=("They", "before"), cue=("added", "before")),
        Q("it would publish an assessment of the rise’s effect on punctuality targets in the "
          "spring", "indirect", **ORS, stance="neutral",
          mention=("A spokeswoman for the Office of Rail Standards", "before"),
          cue=("said", "before")),
        Q("she did so “most days, and I pay for my ticket like everyone else”", "mixed",
          **BRANNOCK, stance="neutral",
          mention=("the transport secretary", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 4. Environment, river spill. Straight quotes, American spelling. Org
#    speaker with "saying that", then "the department said in a statement" +
#    continuation; "X, director of the Y at the University of Z, said";
#    "X said. '...'" continuation; ", according to X of the Y Institute, a
#    ..."; "He warned that"; "X, president of Y, said"; "Its plant manager,
#    X, told the Wenlow Courier that"; anonymous "An official at the Y" with
#    affiliation; a reaction with no content ("Anglers welcomed the
#    decision", not gold).
DEQ_NAMES = ("Department of Environmental Quality",)
DEQ = _who("Halloway Department of Environmental Quality",
           "Halloway Department of Environmental Quality",
           speaker_aliases=DEQ_NAMES, affiliation_aliases=DEQ_NAMES)
MARSH = _who("Lena Marsh", "Center for River Ecology at the University of South Halloway",
             "director",
             affiliation_aliases=["Center for River Ecology", "University of South Halloway"])
HADDAD = _who("Jerome Haddad", "Wenlow Watershed Institute", None)
BRISCO = _who("Tom Brisco", "Lower Wenlow Anglers Club", "president")
SALAZAR = _who("Rick Salazar", "Brenton Coatings", "plant manager")
HEALTH_OFFICIAL = _who(None, "Halloway Department of Health", "official",
                       affiliation_aliases=["Department of Health"])

WENLOW = {
    "id": "wenlow-fishing-ban",
    "title": "Halloway lifts Wenlow River fishing ban five weeks after solvent spill",
    "published": "2025-04-10",
    "target": "lifting the fishing ban on the Wenlow River",
    "quotes": [
        Q("levels of a solvent released in a factory spill last month had fallen below federal "
          "safety limits", "indirect", **DEQ, stance="support",
          mention=("The Halloway Department of Environmental Quality", "before"),
          cue=("saying", "before")),
        Q("The data are clear and consistent,", "direct", **DEQ, stance="support",
          mention=("the department", "after"), cue=("said", "after")),
        Q("Fish caught in the Wenlow are safe to eat in normal quantities.", "direct", **DEQ,
          stance="support"),
        Q("the state was moving too fast", "indirect", **MARSH, stance="oppose",
          mention=("Lena Marsh", "before"), cue=("said", "before")),
        Q("We have five weeks of water samples. We have almost no data on what's sitting in the "
          "sediment, and that's where this solvent ends up,", "direct", **MARSH, stance="oppose",
          mention=("Marsh", "after"), cue=("said", "after")),
        Q("Lifting the ban now is a gamble with people's health.", "direct", **MARSH,
          stance="oppose"),
        Q("The solvent can persist in riverbed mud for years", "indirect", **HADDAD,
          stance="oppose", mention=("Jerome Haddad", "after"), cue=("according to", "after")),
        Q("bottom-feeding fish such as catfish could carry far higher levels than the species the "
          "state had tested", "indirect", **HADDAD, stance="oppose",
          mention=("He", "before"), cue=("warned", "before")),
        Q("the ban had cost local bait shops and fishing guides most of their spring business, in "
          "a year when the river's walleye run was the strongest anyone could remember",
          "indirect", **BRISCO, stance="support",
          mention=("Tom Brisco", "before"), cue=("said", "before")),
        Q("the faulty valve had been replaced and that the tank would not be used again until it "
          "passed an independent inspection", "indirect", **SALAZAR, stance="neutral",
          mention=("Rick Salazar", "before"), cue=("told the Wenlow Courier", "before")),
        Q("pregnant women and young children should still limit how much fish they eat from the "
          "river until further testing is completed", "indirect", **HEALTH_OFFICIAL,
          stance="neutral",
          mention=("An official at the Halloway Department of Health", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 5. Politics/election. Curly quotes, British spelling. "Prime Minister X
#    told a rally ... that"; multi-sentence quote with the cue after +
#    continuation; "Opposition leader X of the Y party said in an interview
#    with ..."; "She added that"; "X, the education minister, wrote on social
#    media that" then re-mention by title alone ("the minister said");
#    ", according to figures from the national statistics office"; inverted
#    ", said X, 17, a co-founder of the campaign group Y"; "According to X, a
#    ... at Y, ..."; "he said"; anonymous party official; a petition title
#    in quotes (“Count Us In”, not gold).
DANEK = _who("Aurelio Danek", "government", "Prime Minister",
             affiliation_aliases=["Civic Alliance"])
VOSS = _who("Marguerite Voss", "National Renewal party", "leader",
            affiliation_aliases=["National Renewal"])
WREN = _who("Tobias Wren", "government", "education minister")
STATS = _who("national statistics office", "national statistics office")
LISK = _who("Hana Lisk", "Votes at Sixteen", "co-founder")
OLIN = _who("Marek Olin", "Korrin University", "political scientist")
CA_OFFICIAL = _who(None, "Civic Alliance", "campaign official")

VELDRIA = {
    "id": "veldria-voting-age",
    "title": "Votes at 16 becomes surprise battleground in Veldria election",
    "published": "2026-02-22",
    "target": "lowering the voting age to 16",
    "quotes": [
        Q("his Civic Alliance would pass the change within a year if it won a second term",
          "indirect", **DANEK, stance="support",
          mention=("Prime Minister Aurelio Danek", "before"), cue=("told a rally", "before")),
        Q("Sixteen-year-olds can work, pay tax and join the army. They have earned a say in the "
          "decisions that shape their lives,", "direct", **DANEK, stance="support",
          mention=("Danek", "after"), cue=("said", "after")),
        Q("This is not a gimmick. It is long overdue.", "direct", **DANEK, stance="support"),
        Q("the plan was “a cynical attempt to harvest votes”", "mixed", **VOSS, stance="oppose",
          mention=("Opposition leader Marguerite Voss", "before"), cue=("said", "before")),
        Q("If the prime minister really believed in this, he has had eight years to do it,",
          "direct", **VOSS, stance="oppose", mention=("Voss", "after"), cue=("said", "after")),
        Q("the young people she met on the campaign trail cared far more about rents than about "
          "the ballot box", "indirect", **VOSS, stance="oppose",
          mention=("She", "before"), cue=("added", "before")),
        Q("schools would add a compulsory year of civics lessons to prepare new voters",
          "indirect", **WREN, stance="support",
          mention=("Tobias Wren", "before"), cue=("wrote", "before")),
        Q("We are not asking teenagers to vote without preparing them,", "direct", **WREN,
          stance="support", mention=("the minister", "after"), cue=("said", "after")),
        Q("About 240,000 Veldrians would gain the right to vote if the change went ahead",
          "indirect", **STATS, stance="neutral",
          mention=("the national statistics office", "after"), cue=("according to", "after")),
        Q("We’re not asking for a favour. We’re asking to be counted,", "direct", **LISK,
          stance="support", mention=("Hana Lisk", "after"), cue=("said", "after")),
        Q("the issue is unlikely to decide the election but could lift turnout among first-time "
          "voters", "indirect", **OLIN, stance="neutral",
          mention=("Marek Olin", "before"), cue=("According to", "before")),
        Q("Most people over thirty made up their minds about this a long time ago,", "direct",
          **OLIN, stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("the party’s internal polling showed the pledge was popular with voters under 40, "
          "including many parents of teenagers", "indirect", **CA_OFFICIAL, stance="neutral",
          mention=("A senior Civic Alliance campaign official", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 6. Sport, stadium move. Straight quotes and apostrophes, British spelling.
#    Org speaker after the statement ("..., the club announced"); "Rovers
#    chairman X told a news conference" after the quote + continuation;
#    "X, who heads the Y, said" mixed; "she said" + continuation; "Rovers
#    captain X wrote on social media that"; "Its chair, Councillor X,
#    warned that"; inverted ", said X, a lecturer in ... at Y"; "The club
#    said" (-> the club's name); "A club spokesman said" (speaker null); a
#    nickname in quotes ("the Kettle", not gold outside Oduro's statement).
ROVERS = _who("Redhaven Rovers", "Redhaven Rovers",
              speaker_aliases=["Rovers"], affiliation_aliases=["Rovers"])
PRYCE = _who("Alan Pryce", "Redhaven Rovers", "chairman", affiliation_aliases=["Rovers"])
BENN = _who("Carla Benn", "Redhaven Supporters' Trust", "head",
            affiliation_aliases=["Redhaven Supporters’ Trust", "Supporters' Trust"])
ODURO = _who("Danny Oduro", "Redhaven Rovers", "captain", affiliation_aliases=["Rovers"])
HALE = _who("Brigid Hale", "Redhaven City Council's planning committee", "chair",
            affiliation_aliases=["Redhaven City Council’s planning committee",
                                 "Redhaven City Council", "planning committee"])
TATE = _who("Owen Tate", "Lanford Business School", "lecturer in sports finance")
ROVERS_SPOX = _who(None, "Redhaven Rovers", "spokesman", affiliation_aliases=["Rovers"])

REDHAVEN = {
    "id": "redhaven-rovers-stadium",
    "title": "Redhaven Rovers to leave Ferry Lane for new 38,000-seat stadium",
    "published": "2026-01-13",
    "target": "Redhaven Rovers' move to a new stadium",
    "quotes": [
        Q("Redhaven Rovers will leave Ferry Lane, their home for 118 years, and move to a new "
          "38,000-seat stadium on the edge of the city from the 2028-29 season", "indirect",
          **ROVERS, stance="support", mention=("the club", "after"), cue=("announced", "after")),
        Q("Ferry Lane has given us everything, but it can't give us a future,", "direct", **PRYCE,
          stance="support", mention=("Rovers chairman Alan Pryce", "after"),
          cue=("told a news conference", "after")),
        Q("We lose money every time we open the gates. The new ground will let us pay our way.",
          "direct", **PRYCE, stance="support"),
        Q("many fans felt the club was \"selling its soul\" and that the trust would ask its members "
          "to vote on whether to fight the plan", "mixed", **BENN, stance="oppose",
          mention=("Carla Benn", "before"), cue=("said", "before")),
        Q("We found out from a press release like everyone else,", "direct", **BENN,
          stance="oppose", mention=("she", "after"), cue=("said", "after")),
        Q("For a club that calls itself a family, that hurts.", "direct", **BENN, stance="oppose"),
        Q("he was \"gutted to be part of the last team at the Kettle\" but excited about what came "
          "next", "mixed", **ODURO, stance="neutral",
          mention=("Rovers captain Danny Oduro", "before"), cue=("wrote", "before")),
        Q("the stadium's transport plan \"does not work yet\" and that match days could bring "
          "gridlock to the ring road", "mixed", **HALE, stance="oppose",
          mention=("Councillor Brigid Hale", "before"), cue=("warned", "before")),
        Q("Selling the old ground for housing pays for most of the new one. Without that, the "
          "numbers simply don't add up,", "direct", **TATE, stance="neutral",
          mention=("Owen Tate", "after"), cue=("said", "after")),
        Q("season-ticket holders would be offered seats in the same part of the ground at the new "
          "stadium and that prices would be frozen for the first season there", "indirect",
          **ROVERS, stance="neutral", mention=("The club", "before"), cue=("said", "before")),
        Q("talks with the council had been \"constructive\" and that a revised transport plan would "
          "be submitted next month", "mixed", **ROVERS_SPOX, stance="neutral",
          mention=("A club spokesman", "before"), cue=("said", "before")),
    ],
}

# =========================================================================== #
# Round two (session 18): five more articles, other kinds of copy and other
# ways of naming whom a speaker speaks for.
# =========================================================================== #

# --------------------------------------------------------------------------- #
# 7. Court/legal, sentencing. Straight quotes and apostrophes, American
#    spelling, US local paper. Re-mention by title alone ("the judge told
#    Kolb", first named as "Judge X of Y Court") + continuation; "Assistant
#    Attorney General X argued that" (office named in the same paragraph);
#    "Kolb's attorney, X," (a client is no affiliation) with mixed; "told
#    reporters" after the quote; "She said the defense would"; org speaker
#    "the attorney general's office said in a statement" (direct); "A
#    spokesperson for the office, X," (named; "the office" refers back);
#    "former X treasurer" (the defendant); "X, who chairs Y," + "she said" +
#    continuation; anonymous "An employee in the county finance department"
#    (mixed, affiliation given); an audit title in quotes ("Following the
#    Money," not gold).
AG_NAMES = ("attorney general's office", "state attorney general's office")
AG = _who("state attorney general's office", "state attorney general's office",
          speaker_aliases=AG_NAMES[:1], affiliation_aliases=AG_NAMES[:1])
VANCE = _who("Patricia Vance", "Merrow County Circuit Court", "Judge")
REYES = _who("Marcus Reyes", "state attorney general's office", "Assistant Attorney General",
             affiliation_aliases=AG_NAMES[:1])
WHITFORD = _who("Janine Whitford", None, "attorney")
GALLO = _who("Renee Gallo", "state attorney general's office", "spokesperson",
             affiliation_aliases=AG_NAMES[:1])
KOLB = _who("Dennis Kolb", "Merrow County", "former treasurer")
OKONJO = _who("Ruth Okonjo", "Merrow County Board of Commissioners", "chair")
FINANCE_EMPLOYEE = _who(None, "county finance department", "employee",
                        affiliation_aliases=["Merrow County finance department",
                                             "Merrow County"])

MERROW = {
    "id": "merrow-treasurer-sentencing",
    "title": "Former Merrow County treasurer gets six years for embezzling $1.3 million",
    "published": "2025-09-17",
    "target": "the prison sentence for Dennis Kolb",
    "quotes": [
        Q("You were trusted with money that belonged to every taxpayer in this county, and you "
          "treated it as your own,", "direct", **VANCE, stance="support",
          mention=("the judge", "after"), cue=("told", "after")),
        Q("That kind of betrayal deserves more than a slap on the wrist.", "direct", **VANCE,
          stance="support"),
        Q("Kolb had concealed the transfers for years by falsifying monthly reports to the county "
          "board, and had stopped only when an outside auditor flagged a missing deposit",
          "indirect", **REYES, stance="support",
          mention=("Assistant Attorney General Marcus Reyes", "before"), cue=("argued", "before")),
        Q("her client had been \"a dedicated public servant for 25 years before one terrible "
          "decision\" and had always meant to pay the money back", "mixed", **WHITFORD,
          stance="oppose", mention=("Janine Whitford", "before"), cue=("said", "before")),
        Q("Six years for a first offense by a man in his sixties is far out of line with what "
          "courts in this state have done in similar cases,", "direct", **WHITFORD,
          stance="oppose", mention=("Whitford", "after"), cue=("told reporters", "after")),
        Q("the defense would appeal", "indirect", **WHITFORD, stance="oppose",
          mention=("She", "before"), cue=("said", "before")),
        Q("This sentence sends a clear message that no public official is above the law,",
          "direct", **AG, stance="support",
          mention=("the attorney general's office", "after"), cue=("said", "after")),
        Q("investigators were still trying to trace about $200,000 that has not been recovered",
          "indirect", **GALLO, stance="neutral",
          mention=("Renee Gallo", "before"), cue=("said", "before")),
        Q("I let down my family and the people who elected me, and I accept that,", "direct",
          **KOLB, stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("the county had since hired an outside firm to review every account and now requires "
          "two signatures on any transfer above $10,000", "indirect", **OKONJO,
          stance="neutral", mention=("Ruth Okonjo", "before"), cue=("said", "before")),
        Q("It should never have been possible for one person to move that much money without "
          "anyone noticing,", "direct", **OKONJO, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
        Q("We failed the public too, and we've had to own that.", "direct", **OKONJO,
          stance="neutral"),
        Q("staff had raised concerns about Kolb's monthly reports as early as 2021 but were told "
          "to \"stay in their lane\" by his deputy", "mixed", **FINANCE_EMPLOYEE,
          stance="neutral",
          mention=("An employee in the county finance department", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 8. Health/science study. Curly quotes, ’ apostrophes, British spelling
#    (Guardian style: "Prof", "Dr" without full stops, "40%"). Plural
#    unnamed speaker "The researchers, from X and Y, wrote in the journal ..."
#    (speaker null); "The study's lead author, Prof X of Y," + "she said" +
#    continuation; "X, a professor of Z at the University of W, who was not
#    involved in the study, said ... but cautioned that" (mixed + indirect,
#    one mention) + "he said"; org speaker (health agency); "HPA chief Dr X
#    told the Brenmark Herald" (acronym never spelled out beside the name;
#    role "chief"); inverted ", said X, an economist at Y, a think tank"; "A
#    Department of Health spokesperson said" (speaker null); org speaker
#    union (mixed); a paper title in quotes (“Working Against the Clock”,
#    not gold); "in one of the largest studies" (no cue, not gold).
HPA_NAMES = ("Health Protection Agency", "HPA")
CARRICK_RESEARCHERS = _who(None, "University of Carrick", "researchers",
                           affiliation_aliases=["Brenmark Institute of Occupational Health"])
CASTELL = _who("Rhiannon Castell", "University of Carrick", "lead author")
MENSAH = _who("Farid Mensah", "University of Wexley", "professor of endocrinology")
HPA = _who("Brenmark Health Protection Agency", "Brenmark Health Protection Agency",
           speaker_aliases=HPA_NAMES, affiliation_aliases=HPA_NAMES)
RAO = _who("Sunita Rao", "Brenmark Health Protection Agency", "chief",
           affiliation_aliases=HPA_NAMES)
FRAME = _who("Alan Frame", "Palmer Trust", "economist",
             affiliation_aliases=["the Palmer Trust"])
DOH_SPOX = _who(None, "Department of Health", "spokesperson")
NURSES = _who("Brenmark Nurses’ Union", "Brenmark Nurses’ Union",
              speaker_aliases=["Brenmark Nurses' Union", "Nurses’ Union", "Nurses' Union"],
              affiliation_aliases=["Brenmark Nurses' Union", "Nurses’ Union", "Nurses' Union"])

CARRICK = {
    "id": "carrick-night-shift-study",
    "title": "Night shifts linked to 40% higher risk of type 2 diabetes, Brenmark study finds",
    "published": "2025-11-05",
    "target": "the link between night-shift work and type 2 diabetes",
    "quotes": [
        Q("people who had worked nights for at least a decade were about 40% more likely to "
          "develop the disease than day workers, even after accounting for diet, smoking and "
          "weight", "indirect", **CARRICK_RESEARCHERS, stance="support",
          mention=("The researchers", "before"), cue=("wrote", "before")),
        Q("the effect was strongest among workers whose shifts rotated between days and nights",
          "indirect", **CASTELL, stance="support",
          mention=("Prof Rhiannon Castell", "before"), cue=("said", "before")),
        Q("Your body clock never gets the chance to settle, and your metabolism pays the price,",
          "direct", **CASTELL, stance="support", mention=("she", "after"), cue=("said", "after")),
        Q("This is not about blaming people for their jobs. It is about employers and the health "
          "service taking the risk seriously.", "direct", **CASTELL, stance="support"),
        Q("the findings were “robust and worrying”", "mixed", **MENSAH, stance="support",
          mention=("Dr Farid Mensah", "before"), cue=("said", "before")),
        Q("observational research could not prove that shift work itself caused the disease",
          "indirect", **MENSAH, stance="neutral",
          mention=("Dr Farid Mensah", "before"), cue=("cautioned", "before")),
        Q("Night workers may differ from day workers in ways the researchers could not measure,",
          "direct", **MENSAH, stance="oppose", mention=("he", "after"), cue=("said", "after")),
        Q("it would review its guidance for employers in the light of the study", "indirect",
          **HPA, stance="support",
          mention=("The Brenmark Health Protection Agency", "before"), cue=("said", "before")),
        Q("the agency was “looking closely” at whether shift workers should be offered free "
          "diabetes checks from the age of 35", "mixed", **RAO, stance="support",
          mention=("HPA chief Dr Sunita Rao", "before"),
          cue=("told the Brenmark Herald", "before")),
        Q("Checking everyone who has ever worked a night shift would cost tens of millions a "
          "year, and we don’t yet know it would save a single life,", "direct", **FRAME,
          stance="neutral", mention=("Alan Frame", "after"), cue=("said", "after")),
        Q("ministers would “consider the evidence carefully” before making any decision",
          "mixed", **DOH_SPOX, stance="neutral",
          mention=("A Department of Health spokesperson", "before"), cue=("said", "before")),
        Q("the findings confirmed what nurses had “known for years”", "mixed", **NURSES,
          stance="support", mention=("The Brenmark Nurses’ Union", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 9. Labour, port strike. Wire copy with a dateline, straight quotes and
#    apostrophes, American punctuation (comma inside the closing mark). Org
#    speaker re-mentioned as "The federation" (mixed, quoted fragment in the
#    middle); inverted ", said X, the federation's chief negotiator"; plural
#    "Union leaders said" (speaker null); "X spokeswoman Y" (company's short
#    name) + "she said, adding that" (direct + indirect, one mention);
#    "X's chief operating officer Y" with no commas; "Y, a member of X's
#    supervisory board, said in an interview"; ", according to X, an
#    economist at Y, who said" (the relative pronoun as mention); "Z-based
#    shipping analyst X" (a place, no organisation) + "he said"; anonymous
#    "One crane operator" (no organisation).
VDF_NAMES = ("Dockworkers' Federation", "Vellmark Dockworkers’ Federation")
VDF = _who("Vellmark Dockworkers' Federation", "Vellmark Dockworkers' Federation",
           speaker_aliases=VDF_NAMES, affiliation_aliases=VDF_NAMES)
LUND = _who("Petra Lund", "Vellmark Dockworkers' Federation", "chief negotiator",
            affiliation_aliases=VDF_NAMES)
UNION_LEADERS = _who(None, "Vellmark Dockworkers' Federation", "leaders",
                     affiliation_aliases=VDF_NAMES)
BRANNHOLT_NAMES = ("Brannholt",)
MOEN = _who("Ida Moen", "Brannholt Terminals", "spokeswoman",
            affiliation_aliases=BRANNHOLT_NAMES)
SATO = _who("Ruben Sato", "Brannholt Terminals", "chief operating officer",
            affiliation_aliases=BRANNHOLT_NAMES)
FELL = _who("Anders Fell", "Brannholt Terminals", "member of the supervisory board",
            affiliation_aliases=BRANNHOLT_NAMES)
SAND = _who("Mira Sand", "Northbridge Bank", "economist")
RAVN = _who("Nils Ravn", None, "shipping analyst")
CRANE_OPERATOR = _who(None, None, "crane operator")

HALLINGSBY = {
    "id": "hallingsby-port-strike",
    "title": "Dockworkers strike at Vellmark's Hallingsby port over automation plan",
    "published": "2026-03-04",
    "target": "the dockworkers' strike at Hallingsby",
    "quotes": [
        Q("the plan, drawn up \"without a single conversation with the people who do the work,\" "
          "would cut at least 600 jobs within three years", "mixed", **VDF, stance="support",
          mention=("The federation", "before"), cue=("said", "before")),
        Q("Nobody is against new machines. We are against being thrown away like old ones,",
          "direct", **LUND, stance="support", mention=("Petra Lund", "after"),
          cue=("said", "after")),
        Q("they were prepared to extend the walkout if the company did not withdraw the plan by "
          "Friday", "indirect", **UNION_LEADERS, stance="support",
          mention=("Union leaders", "before"), cue=("said", "before")),
        Q("automation was needed to keep Hallingsby competitive with rival ports in the region, "
          "where automated terminals already unload ships up to a third faster", "indirect",
          **MOEN, stance="oppose",
          mention=("Brannholt spokeswoman Ida Moen", "before"), cue=("said", "before")),
        Q("No one will be forced out. Every worker whose job changes will be offered retraining "
          "or a voluntary package,", "direct", **MOEN, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        Q("the company had offered to meet the union again on Thursday", "indirect", **MOEN,
          stance="neutral", mention=("she", "before"), cue=("adding", "before")),
        Q("the first automated cranes would arrive in early 2027", "indirect", **SATO,
          stance="neutral",
          mention=("Brannholt's chief operating officer Ruben Sato", "before"),
          cue=("told an industry conference", "before")),
        Q("the board had backed the plan unanimously but would \"listen carefully\" to the "
          "workers' concerns", "mixed", **FELL, stance="neutral",
          mention=("Anders Fell", "before"), cue=("said", "before")),
        Q("The strike is costing the port about 40 million crowns a day", "indirect", **SAND,
          stance="neutral", mention=("Mira Sand", "after"), cue=("according to", "after")),
        Q("a prolonged stoppage could shave a tenth of a percentage point off quarterly growth",
          "indirect", **SAND, stance="neutral", mention=("who", "before"),
          cue=("said", "before")),
        Q("most shipping lines would divert cargo to other ports if the strike lasted more than a "
          "week", "indirect", **RAVN, stance="neutral",
          mention=("Kastrup-based shipping analyst Nils Ravn", "before"),
          cue=("said", "before")),
        Q("Shipping lines have options. Hallingsby's workers may find that they have fewer,",
          "direct", **RAVN, stance="oppose", mention=("he", "after"), cue=("said", "after")),
        Q("he would rather lose a month's pay than watch his job disappear", "indirect",
          **CRANE_OPERATOR, stance="support",
          mention=("One crane operator", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 10. Housing/city hall, rezoning vote. Curly quotes, ’ apostrophes, American
#    spelling. "Mayor X, who had pushed for ..., said" (affiliation the city)
#    + "X said" + continuation; "The developer, X," then "The firm said in a
#    statement" (-> the developer's name); "X, director of development at
#    Y," (Y a short form of a name given earlier) with "told the council";
#    plural "Residents of the Z neighborhood told the council" (speaker null,
#    a place is no affiliation); inverted ", said X, 74, a retired
#    machinist"; employer given only in an earlier paragraph ("X has spent
#    eight years as an organizer for Y." then "…,” Kerr said); "The
#    association said"; "Council member X, whose 3rd Ward ..., voted against
#    the plan. He said" (mixed); "Council President X"; a building's
#    marketing name in quotes (“The Foundry Lofts”, not gold).
LF_COUNCIL = "Linden Falls City Council"
ESTEVEZ = _who("Gloria Estevez", "Linden Falls", "Mayor",
               affiliation_aliases=["city of Linden Falls"])
HARROW = _who("Harrow Point Partners", "Harrow Point Partners",
              speaker_aliases=["Harrow Point"], affiliation_aliases=["Harrow Point"])
FERRO = _who("Lucia Ferro", "Harrow Point Partners", "director of development",
             affiliation_aliases=["Harrow Point"])
EASTBANK_RESIDENTS = _who(None, None, "residents")
BEGAY = _who("Harold Begay", None, "retired machinist")
ETA = _who("Eastbank Tenants Association", "Eastbank Tenants Association")
KERR = _who("Nadia Kerr", "Eastbank Tenants Association", "organizer")
BELL = _who("Tariq Bell", LF_COUNCIL, "Council member", affiliation_aliases=["City Council"])
LINDGREN = _who("Amy Lindgren", LF_COUNCIL, "Council President",
                affiliation_aliases=["City Council"])

LINDEN_FALLS = {
    "id": "linden-falls-foundry-rezoning",
    "title": "Linden Falls council approves 420-unit tower on old foundry site",
    "published": "2025-08-06",
    "target": "the Foundry Lofts development",
    "quotes": [
        Q("the city could not afford to turn away new housing when rents had risen by nearly a "
          "third in five years", "indirect", **ESTEVEZ, stance="support",
          mention=("Mayor Gloria Estevez", "before"), cue=("said", "before")),
        Q("Every family that can’t find a place here ends up in a car on the interstate for an "
          "hour each way,", "direct", **ESTEVEZ, stance="support",
          mention=("Estevez", "after"), cue=("said", "after")),
        Q("That is not the city I want to run.", "direct", **ESTEVEZ, stance="support"),
        Q("construction would begin next spring and take about two years", "indirect", **HARROW,
          stance="neutral", mention=("The firm", "before"), cue=("said", "before")),
        Q("the tower had been redesigned twice to reduce the shadow it casts on Millrace Park "
          "next door", "indirect", **FERRO, stance="support",
          mention=("Lucia Ferro", "before"), cue=("told the council", "before")),
        Q("the tower would overwhelm its narrow streets and push up rents in the older houses "
          "around it", "indirect", **EASTBANK_RESIDENTS, stance="oppose",
          mention=("Residents of the Eastbank neighborhood", "before"),
          cue=("told the council", "before")),
        Q("I’ve watched this street for 40 years. Nobody from that company ever knocked on my "
          "door to ask what we wanted,", "direct", **BEGAY, stance="oppose",
          mention=("Harold Begay", "after"), cue=("said", "after")),
        Q("They call it affordable, but 15 percent of a luxury tower is 63 apartments. This "
          "neighborhood needs hundreds,", "direct", **KERR, stance="oppose",
          mention=("Kerr", "after"), cue=("said", "after")),
        Q("it was weighing a legal challenge to the vote", "indirect", **ETA, stance="oppose",
          mention=("The association", "before"), cue=("said", "before")),
        Q("the council was approving it “in a hurry, at one in the morning” and without a proper "
          "traffic study", "mixed", **BELL, stance="oppose",
          mention=("He", "before"), cue=("said", "before")),
        Q("the city would require a full traffic study before it issued any building permits",
          "indirect", **LINDGREN, stance="neutral",
          mention=("Council President Amy Lindgren", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 11. International/conflict, ground offensive. Straight quotes and
#    apostrophes, British spelling and punctuation (full stop outside the
#    closing mark). Org speaker "The army said in a statement" (mixed with
#    two fragments; first named "Kardania's army"), later "The Kardanian
#    army denied ..., saying" (mixed); "Colonel X, the army's spokesman,
#    told reporters in the capital, Tesko, that" + "he said"; "Orvesh's
#    foreign ministry said" (mixed) + "The ministry added that"; "Orveshi
#    Foreign Minister X" (affiliation the ministry named just before);
#    ", according to Orvesh's state news agency." (unnamed agency as
#    speaker); "X, a spokesperson for the UN refugee agency," + "she said";
#    inverted ", said a woman in Ostrel who gave only her first name, Dana"
#    (a first name is a name); anonymous "A senior Kardanian military
#    official" (mixed, affiliation given); anonymous "One Western diplomat
#    in Tesko" (no organisation); "denied firing on Ostrel" (no reported
#    clause, not gold).
KARD_ARMY_NAMES = ("Kardanian army", "army")
KARD_ARMY = _who("Kardania's army", "Kardania's army",
                 speaker_aliases=KARD_ARMY_NAMES, affiliation_aliases=KARD_ARMY_NAMES)
VELIC = _who("Radu Velic", "Kardania's army", "spokesman", affiliation_aliases=KARD_ARMY_NAMES)
ORV_MFA_NAMES = ("Orveshi foreign ministry", "foreign ministry")
ORV_MFA = _who("Orvesh's foreign ministry", "Orvesh's foreign ministry",
               speaker_aliases=ORV_MFA_NAMES, affiliation_aliases=ORV_MFA_NAMES)
DORN = _who("Lia Dorn", "Orvesh's foreign ministry", "Foreign Minister",
            affiliation_aliases=ORV_MFA_NAMES + ("government", "Orvesh"))
ORV_NEWS = _who("Orvesh's state news agency", "Orvesh's state news agency",
                speaker_aliases=["state news agency"], affiliation_aliases=["state news agency"])
SARAC = _who("Elif Sarac", "UN refugee agency", "spokesperson")
DANA = _who("Dana", None, None)
KARD_OFFICIAL = _who(None, "Kardanian military", "official",
                     affiliation_aliases=("Kardania's army",) + KARD_ARMY_NAMES)
DIPLOMAT = _who(None, None, "diplomat")

SELLIN = {
    "id": "sellin-valley-offensive",
    "title": "Thousands flee as Kardanian army pushes into Sellin valley",
    "published": "2026-04-21",
    "target": "the Kardanian army's offensive in the Sellin valley",
    "quotes": [
        Q("its troops had \"cleared\" three villages of armed groups it accused of shelling "
          "Kardanian towns, and that the operation would continue \"until the threat is "
          "removed\"", "mixed", **KARD_ARMY, stance="support",
          mention=("The army", "before"), cue=("said", "before")),
        Q("no civilians had been harmed", "indirect", **VELIC, stance="support",
          mention=("Colonel Radu Velic", "before"), cue=("told reporters", "before")),
        Q("Our soldiers are operating with great care. The only people who need to fear us are "
          "those who fire rockets at our children,", "direct", **VELIC, stance="support",
          mention=("he", "after"), cue=("said", "after")),
        Q("the offensive was \"a flagrant violation\" of the 2019 ceasefire", "mixed", **ORV_MFA,
          stance="oppose", mention=("Orvesh's foreign ministry", "before"),
          cue=("said", "before")),
        Q("it had summoned Kardania's ambassador", "indirect", **ORV_MFA, stance="oppose",
          mention=("The ministry", "before"), cue=("added", "before")),
        Q("her country would not send troops into the valley but would \"use every diplomatic "
          "tool we have\" to force a withdrawal", "mixed", **DORN, stance="oppose",
          mention=("Orveshi Foreign Minister Lia Dorn", "before"), cue=("said", "before")),
        Q("At least 11 civilians, including four children, were killed when shells hit a market "
          "in the town of Ostrel on Sunday", "indirect", **ORV_NEWS, stance="neutral",
          mention=("Orvesh's state news agency", "after"), cue=("according to", "after")),
        Q("the market had been hit by \"rockets fired by the militants themselves\"", "mixed",
          **KARD_ARMY, stance="support",
          mention=("The Kardanian army", "before"), cue=("saying", "before")),
        Q("about 14,000 people had crossed into Orvesh since Saturday, most of them women and "
          "children", "indirect", **SARAC, stance="neutral",
          mention=("Elif Sarac", "before"), cue=("said", "before")),
        Q("People are arriving with nothing but what they could carry. Many have walked through "
          "the night,", "direct", **SARAC, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
        Q("We sleep in the basement now. Every night we hear the guns coming closer,", "direct",
          **DANA, stance="oppose", mention=("a woman in Ostrel", "after"),
          cue=("said", "after")),
        Q("the operation was expected to last \"weeks, not months\"", "mixed", **KARD_OFFICIAL,
          stance="neutral", mention=("A senior Kardanian military official", "before"),
          cue=("said", "before")),
        Q("the offensive appeared aimed at seizing the valley's only road before the spring rains "
          "make it impassable", "indirect", **DIPLOMAT, stance="neutral",
          mention=("One Western diplomat in Tesko", "before"), cue=("said", "before")),
    ],
}

# =========================================================================== #
# Round three (session 18): five more articles, in newsroom styles the first
# two rounds lack, on how copy names whom a speaker speaks for.
# =========================================================================== #

# --------------------------------------------------------------------------- #
# 12. African wire story, fuel subsidy. Dateline, curly quotes, ’ apostrophes,
#    British spelling and punctuation. Ministry with a long official name as
#    org speaker (mixed); "According to a ministry statement" (the statement
#    as mention, the ministry as speaker); "The country's central bank
#    governor X" (no commas; the bank's full name and acronym only in a later
#    paragraph) + "the governor added"; "The Energy ... Authority (EPRA)"
#    then "An EPRA spokesperson, X," (acronym reused); "State broadcaster KBC
#    reported" (acronym only, org speaker); "X, leader of the opposition Y
#    (KPC)," (mixed) then "KPC lawmaker X wrote"; inverted ", said X,
#    secretary-general of Y" + follow-on in the same paragraph; "country
#    director for the ELDB" (acronym introduced two paragraphs earlier);
#    inverted "a motorcycle taxi driver" (no organisation). Not gold: "reacted
#    with fury", "welcomed the decision" (no content).
KIV_MOF_NAMES = ("Ministry of Finance", "finance ministry", "Kivara's finance ministry",
                 "Kivara’s finance ministry")
KIV_MOF = _who("Ministry of Finance, Planning and Economic Development",
               "Ministry of Finance, Planning and Economic Development",
               speaker_aliases=KIV_MOF_NAMES, affiliation_aliases=KIV_MOF_NAMES)
CBK_NAMES = ("CBK", "central bank", "the country’s central bank", "the country's central bank",
             "Kivara's central bank", "Kivara’s central bank")
KIPRONO = _who("Daniel Kiprono", "Central Bank of Kivara", "governor",
               affiliation_aliases=CBK_NAMES)
EPRA_NAMES = ("EPRA",)
EPRA = _who("Energy and Petroleum Regulatory Authority",
            "Energy and Petroleum Regulatory Authority",
            speaker_aliases=EPRA_NAMES, affiliation_aliases=EPRA_NAMES)
NYAMWEYA = _who("Ruth Nyamweya", "Energy and Petroleum Regulatory Authority", "spokesperson",
                affiliation_aliases=EPRA_NAMES)
KBC = _who("KBC", "KBC", speaker_aliases=["State broadcaster KBC"],
           affiliation_aliases=["State broadcaster KBC"])
KPC_NAMES = ("Kivara People's Congress", "KPC", "opposition Kivara People’s Congress",
             "opposition Kivara People's Congress")
OTIENO = _who("Samuel Otieno", "Kivara People’s Congress", "leader",
              affiliation_aliases=KPC_NAMES)
OBURA = _who("Wanjiru Obura", "Kivara People’s Congress", "lawmaker",
             affiliation_aliases=KPC_NAMES)
KIBET = _who("Moses Kibet", "Kivara Federation of Transport Workers", "secretary-general")
FERREIRA = _who("Ana Ferreira", "Eastern Lakes Development Bank", "country director",
                affiliation_aliases=["ELDB"])
OCHIENG = _who("Peter Ochieng", None, "motorcycle taxi driver")

KIVARA = {
    "id": "kivara-fuel-subsidy",
    "title": "Kivara scraps fuel subsidy, sending petrol prices up by almost a third",
    "published": "2025-05-12",
    "target": "the removal of Kivara's fuel subsidy",
    "quotes": [
        Q("the subsidy had cost the treasury 310 billion shillings last year and had “mostly "
          "helped those who own cars, not those who need help”", "mixed", **KIV_MOF,
          stance="support",
          mention=("The Ministry of Finance, Planning and Economic Development", "before"),
          cue=("said", "before")),
        Q("about half of the savings will go to monthly cash transfers for the poorest 1.2 "
          "million households, starting in July", "indirect", **KIV_MOF, stance="support",
          mention=("a ministry statement", "before"), cue=("According to", "before")),
        Q("inflation would rise “for two or three months” before easing, and that the bank was "
          "ready to act if prices kept climbing", "mixed", **KIPRONO, stance="neutral",
          mention=("The country’s central bank governor Daniel Kiprono", "before"),
          cue=("told a news conference", "before")),
        Q("We expected this and we have prepared for it,", "direct", **KIPRONO, stance="neutral",
          mention=("the governor", "after"), cue=("added", "after")),
        Q("the new ceiling of 212 shillings a litre would be reviewed on the 14th of each month",
          "indirect", **EPRA, stance="neutral",
          mention=("The Energy and Petroleum Regulatory Authority", "before"),
          cue=("said", "before")),
        Q("stations caught hoarding fuel would lose their licences", "indirect", **NYAMWEYA,
          stance="neutral", mention=("Ruth Nyamweya", "before"), cue=("said", "before")),
        Q("several stations in the western town of Ebusia had closed rather than sell at the new "
          "price", "indirect", **KBC, stance="neutral",
          mention=("State broadcaster KBC", "before"), cue=("reported", "before")),
        Q("the removal was “a tax on the poor dressed up as reform” and that his party would "
          "table a motion in parliament to restore the subsidy", "mixed", **OTIENO,
          stance="oppose", mention=("Samuel Otieno", "before"), cue=("said", "before")),
        Q("Nobody in this government has ever queued for fuel,", "direct", **OBURA,
          stance="oppose", mention=("KPC lawmaker Wanjiru Obura", "after"),
          cue=("wrote", "after")),
        Q("We cannot raise fares overnight, and we cannot run at a loss,", "direct", **KIBET,
          stance="oppose", mention=("Moses Kibet", "after"), cue=("said", "after")),
        Q("Something has to give.", "direct", **KIBET, stance="oppose"),
        Q("Subsidies like this one mostly reach the better-off. Targeted cash transfers reach the "
          "people who actually need them,", "direct", **FERREIRA, stance="support",
          mention=("Ana Ferreira", "after"), cue=("said", "after")),
        Q("I used to fill my tank for 1,600 shillings. This morning it cost me 2,100,", "direct",
          **OCHIENG, stance="oppose", mention=("Peter Ochieng", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 13. US political story, Senate vote. AP style: straight quotes and
#    apostrophes, American punctuation. Real generic institutions (Senate,
#    House, White House, Department of Agriculture, the two parties, US
#    states) with invented people and an invented bill. Inverted ", said Sen.
#    X, R-Kan.," (party label after the name: affiliation the party, role
#    "Sen." as written) with a two-sentence quote; "X told reporters" (mixed);
#    "Sen. X, R-Utah, said ... and warned that" (mixed + indirect) + "the
#    senator said"; "Rep. X (D-Calif.)" (parenthesised label) + "she said in a
#    statement"; "White House press secretary X told reporters" (no "that",
#    mixed); anonymous "A White House official"; ", according to the
#    Department of Agriculture." then "Agriculture Secretary X" (the
#    department named just before); "Rasmussen campaign spokeswoman X"; "A
#    spokesman for Whitaker's re-election campaign, X,"; inverted "a budget
#    analyst with the nonpartisan Y". Not gold: "Farm groups cheered the vote".
GOP_NAMES = ("Republican", "Republicans", "R", "GOP", "Senate", "U.S. Senate")
WHITAKER = _who("Dale Whitaker", "Republican Party", "Sen.", affiliation_aliases=GOP_NAMES)
HALVORSEN = _who("Brock Halvorsen", "Republican Party", "Sen.", affiliation_aliases=GOP_NAMES)
DELGADO_FINCH = _who("Maria Delgado-Finch", "Democratic Party", "Rep.",
                     affiliation_aliases=("Democratic", "Democrats", "Democrat", "D", "House",
                                          "House of Representatives", "U.S. House"))
ELLERY = _who("Karen Ellery", "White House", "press secretary")
WH_OFFICIAL = _who(None, "White House", "official", affiliation_aliases=["administration"])
USDA_NAMES = ("Agriculture Department", "USDA", "U.S. Department of Agriculture")
USDA = _who("Department of Agriculture", "Department of Agriculture",
            speaker_aliases=USDA_NAMES, affiliation_aliases=USDA_NAMES)
BRANDT = _who("Paula Brandt", "Department of Agriculture", "Agriculture Secretary",
              affiliation_aliases=USDA_NAMES + ("government", "administration"))
MARLOWE = _who("Tessa Marlowe", "Rasmussen campaign", "spokeswoman",
               affiliation_aliases=["Cody Rasmussen's campaign", "Rasmussen's campaign"])
PETTIT = _who("Noah Pettit", "Whitaker's re-election campaign", "spokesman",
              affiliation_aliases=["Whitaker's campaign", "Whitaker campaign",
                                   "Dale Whitaker's re-election campaign"])
AKERS = _who("Jordan Akers", "Meridian Center for Budget Policy", "budget analyst")

SENATE = {
    "id": "senate-drought-aid",
    "title": "Senate passes $14 billion drought aid bill over fiscal hawks' objections",
    "published": "2025-07-23",
    "target": "the drought relief bill",
    "quotes": [
        Q("This is about whether a family that has farmed the same ground for four generations "
          "can plant again next spring. Washington has found money for a lot less,", "direct",
          **WHITAKER, stance="support", mention=("Sen. Dale Whitaker", "after"),
          cue=("said", "after")),
        Q("he had commitments from \"at least a dozen\" House Republicans and expected a vote "
          "there before the August recess", "mixed", **WHITAKER, stance="support",
          mention=("Whitaker", "before"), cue=("told reporters", "before")),
        Q("the package was \"a blank check with a cowboy hat on it\"", "mixed", **HALVORSEN,
          stance="oppose", mention=("Sen. Brock Halvorsen", "before"), cue=("said", "before")),
        Q("not a dollar of it was offset by cuts elsewhere", "indirect", **HALVORSEN,
          stance="oppose", mention=("Sen. Brock Halvorsen", "before"), cue=("warned", "before")),
        Q("We keep calling things emergencies so we don't have to pay for them,", "direct",
          **HALVORSEN, stance="oppose", mention=("the senator", "after"), cue=("said", "after")),
        Q("she would press House leaders to take up the Senate bill without changes", "indirect",
          **DELGADO_FINCH, stance="support",
          mention=("Rep. Maria Delgado-Finch", "before"), cue=("said", "before")),
        Q("Every week we wait, another grower sells out,", "direct", **DELGADO_FINCH,
          stance="support", mention=("she", "after"), cue=("said", "after")),
        Q("the president would sign the bill \"the minute it reaches his desk\" if the House "
          "passed it unchanged", "mixed", **ELLERY, stance="support",
          mention=("White House press secretary Karen Ellery", "before"),
          cue=("told reporters", "before")),
        Q("the administration had urged House leaders to schedule a vote next week", "indirect",
          **WH_OFFICIAL, stance="support", mention=("A White House official", "before"),
          cue=("said", "before")),
        Q("Farm income in the Plains states is expected to fall 23% this year", "indirect",
          **USDA, stance="neutral", mention=("the Department of Agriculture", "after"),
          cue=("according to", "after")),
        Q("the department had received 41,000 applications for emergency loans since May, nearly "
          "triple last year's total", "indirect", **BRANDT, stance="neutral",
          mention=("Agriculture Secretary Paula Brandt", "before"), cue=("said", "before")),
        Q("the vote showed that Whitaker had \"gone native\" after 18 years in Washington",
          "mixed", **MARLOWE, stance="oppose",
          mention=("Rasmussen campaign spokeswoman Tessa Marlowe", "before"),
          cue=("said", "before")),
        Q("the senator would \"put his record for Kansas farmers up against anyone's\" in the "
          "primary", "mixed", **PETTIT, stance="support",
          mention=("Noah Pettit", "before"), cue=("said", "before")),
        Q("Most of this money goes out as loans, not grants, so the real cost to taxpayers will "
          "be a fraction of the headline number,", "direct", **AKERS, stance="support",
          mention=("Jordan Akers", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 14. UK story, asylum accommodation. Curly quotes, ’ apostrophes, British
#    spelling and punctuation. Real generic bodies (Home Office, Downing
#    Street, NHS) with invented people, places and trust. "In a statement,
#    the Home Office said" (org speaker, mixed); "a Downing Street spokesman
#    told reporters" (speaker null) + follow-on in the same paragraph;
#    "Councillor X, leader of Y," + "the council leader said" (title alone);
#    "The trust's chief executive, Dr X," (possessive referring back to the
#    trust named in the sentence before; mixed) + "he told the Wendale
#    Gazette"; "A Home Office spokesperson" (speaker null, mixed); inverted
#    ", said the shadow immigration minister, X." (title first, then the
#    name; affiliation "opposition") + "She added that" (mixed); "Chief
#    Superintendent X of Wendale Police" (mixed); org speaker "Open Door, a
#    refugee charity" (mixed); "one of its volunteers, X," (affiliation the
#    charity). Not gold: "left the NHS trust ... “blindsided”" (no cue), "The
#    Home Office has not said how long ..." (negated, nothing reported).
HOME_OFFICE = _who("Home Office", "Home Office")
NO10 = _who(None, "Downing Street", "spokesman",
            affiliation_aliases=["No 10", "Number 10", "10 Downing Street"])
ABBEY_GRANT = _who("Ruth Abbey-Grant", "Wendale District Council", "leader",
                   affiliation_aliases=["Wendale council"])
WENDALE_TRUST_NAMES = ("Wendale Hospitals NHS Trust", "Wendale Hospitals")
ASANTE = _who("Kwame Asante", "Wendale Hospitals NHS Foundation Trust", "chief executive",
              affiliation_aliases=WENDALE_TRUST_NAMES)
HO_SPOX = _who(None, "Home Office", "spokesperson")
THWAITE = _who("Imogen Thwaite", "opposition", "shadow immigration minister")
DYER = _who("Mark Dyer", "Wendale Police", "Chief Superintendent")
OPEN_DOOR = _who("Open Door", "Open Door")
HADDAD = _who("Samir Haddad", "Open Door", "volunteer")

ASHCOMBE = {
    "id": "ashcombe-asylum-site",
    "title": "Home Office to house 400 asylum seekers at former Ashcombe hospital",
    "published": "2025-09-29",
    "target": "the Home Office plan to house asylum seekers at the former Ashcombe hospital",
    "quotes": [
        Q("the site would provide “safe, basic and cost-effective accommodation” and would help "
          "end the use of hotels, which cost taxpayers £8m a day", "mixed", **HOME_OFFICE,
          stance="support", mention=("the Home Office", "before"), cue=("said", "before")),
        Q("Hotels were never meant to be a long-term answer,", "direct", **NO10,
          stance="support", mention=("a Downing Street spokesman", "after"),
          cue=("told reporters", "after")),
        Q("The prime minister wants them closed, and sites like Ashcombe are part of how we get "
          "there.", "direct", **NO10, stance="support"),
        Q("the council had learned of the plan from a journalist on Friday evening and would seek "
          "a judicial review", "indirect", **ABBEY_GRANT, stance="oppose",
          mention=("Councillor Ruth Abbey-Grant", "before"), cue=("said", "before")),
        Q("This is a town of 30,000 people with one GP surgery still taking patients. Nobody in "
          "Whitehall has asked how that is supposed to work,", "direct", **ABBEY_GRANT,
          stance="oppose", mention=("the council leader", "after"), cue=("said", "after")),
        Q("it had been “blindsided” by the announcement and had not agreed to lease the land to "
          "anyone", "mixed", **ASANTE, stance="oppose",
          mention=("Dr Kwame Asante", "before"), cue=("said", "before")),
        Q("We found out the same way everyone else did, from the news,", "direct", **ASANTE,
          stance="oppose", mention=("he", "after"), cue=("told the Wendale Gazette", "after")),
        Q("talks with the trust were “ongoing and constructive”", "mixed", **HO_SPOX,
          stance="support", mention=("A Home Office spokesperson", "before"),
          cue=("said", "before")),
        Q("The government promised to end the hotel scandal and has instead picked a fight with "
          "an NHS trust,", "direct", **THWAITE, stance="oppose",
          mention=("Imogen Thwaite", "after"), cue=("said", "after")),
        Q("ministers should “start again, and this time talk to people”", "mixed", **THWAITE,
          stance="oppose", mention=("She", "before"), cue=("added", "before")),
        Q("officers would be “visible around the site” and that there was no intelligence of any "
          "planned disorder", "mixed", **DYER, stance="neutral",
          mention=("Chief Superintendent Mark Dyer", "before"), cue=("said", "before")),
        Q("large sites left people “isolated, bored and forgotten”", "mixed", **OPEN_DOOR,
          stance="oppose", mention=("Open Door", "before"), cue=("said", "before")),
        Q("almost anything was better than a hotel room shared by four men", "indirect",
          **HADDAD, stance="support", mention=("Samir Haddad", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 15. Business/markets, bank losses. Straight quotes and apostrophes,
#    American spelling and punctuation. Org speaker first as "the Tessland
#    lender ... said it would" (after "disclosed" with no clause, not gold),
#    then "The bank said in a stock exchange filing"; "Castellane CEO X told
#    analysts" (company short name + title before the name) + "Osei said";
#    inverted ", said X, chief economist at Y"; plural "Analysts at Y wrote in
#    a note to clients" (speaker null); regulator "The Prudential Supervision
#    Authority (PSA)" (mixed) then "A PSA spokesperson" (mixed); "Bank of Z
#    Governor X told lawmakers" (mixed) + "…," X said in the same paragraph;
#    org speaker with an appositive ("Calloway Ratings, a credit rating
#    agency,"); ", according to two people familiar with the matter"
#    (anonymous, no organisation, no role); inverted ", said X, a portfolio
#    manager at Y, one of ...". Not gold: "Analysts were less convinced", "The
#    bank declined to comment".
CASTELLANE_NAMES = ("Castellane",)
CASTELLANE = _who("Castellane Financial Group", "Castellane Financial Group",
                  speaker_aliases=CASTELLANE_NAMES, affiliation_aliases=CASTELLANE_NAMES)
OSEI = _who("Victor Osei", "Castellane Financial Group", "CEO",
            affiliation_aliases=CASTELLANE_NAMES)
SZABO = _who("Hannah Szabo", "Redfern Capital", "chief economist")
MORROW_ANALYSTS = _who(None, "Morrow Brothers", "analysts")
PSA_NAMES = ("PSA",)
PSA = _who("Prudential Supervision Authority", "Prudential Supervision Authority",
           speaker_aliases=PSA_NAMES, affiliation_aliases=PSA_NAMES)
PSA_SPOX = _who(None, "Prudential Supervision Authority", "spokesperson",
                affiliation_aliases=PSA_NAMES)
ABERG = _who("Lukas Aberg", "Bank of Tessland", "Governor")
CALLOWAY = _who("Calloway Ratings", "Calloway Ratings")
FAMILIAR = _who(None, None, None)
HOLM = _who("Greta Holm", "Lindmoor Asset Management", "portfolio manager")

CASTELLANE_DOC = {
    "id": "castellane-property-losses",
    "title": "Castellane shares slide 19% on $1.8 billion property loss, $2.5 billion capital call",
    "published": "2026-02-10",
    "target": "Castellane's plan to raise new capital",
    "quotes": [
        Q("it would ask investors for $2.5 billion in new capital", "indirect", **CASTELLANE,
          stance="neutral", mention=("the Tessland lender", "before"), cue=("said", "before")),
        Q("most of the losses came from office towers in the capital, Ostby, where vacancy rates "
          "have doubled since 2022", "indirect", **CASTELLANE, stance="neutral",
          mention=("The bank", "before"), cue=("said", "before")),
        Q("We are taking the pain now, in full, so that nobody has to wonder what is still hiding "
          "on our balance sheet,", "direct", **OSEI, stance="support",
          mention=("Castellane CEO Victor Osei", "after"), cue=("told analysts", "after")),
        Q("the share sale was fully underwritten and that the bank would pay no dividend this "
          "year", "indirect", **OSEI, stance="support",
          mention=("Osei", "before"), cue=("said", "before")),
        Q("The new money plugs the hole, but it doesn't tell us how big the hole is going to get,",
          "direct", **SZABO, stance="oppose", mention=("Hannah Szabo", "after"),
          cue=("said", "after")),
        Q("the new shares would dilute existing investors by about 40% and that the bank's "
          "profits were unlikely to recover before 2027", "indirect", **MORROW_ANALYSTS,
          stance="oppose", mention=("Analysts at Morrow Brothers", "before"),
          cue=("wrote", "before")),
        Q("it was \"in close contact\" with the bank", "mixed", **PSA, stance="neutral",
          mention=("The Prudential Supervision Authority", "before"), cue=("said", "before")),
        Q("the authority did not comment on individual firms' capital plans but that the banking "
          "system as a whole remained \"well capitalized\" and able to absorb losses", "mixed",
          **PSA_SPOX, stance="neutral", mention=("A PSA spokesperson", "before"),
          cue=("said", "before")),
        Q("Castellane's problems were \"specific to one lender\" and posed no risk to the wider "
          "financial system", "mixed", **ABERG, stance="neutral",
          mention=("Bank of Tessland Governor Lukas Aberg", "before"),
          cue=("told lawmakers", "before")),
        Q("We see no sign of contagion,", "direct", **ABERG, stance="neutral",
          mention=("Aberg", "after"), cue=("said", "after")),
        Q("it had placed Castellane's A- rating on review for a possible downgrade", "indirect",
          **CALLOWAY, stance="neutral", mention=("Calloway Ratings", "before"),
          cue=("said", "before")),
        Q("Castellane approached at least two larger rivals about a possible merger before "
          "settling on the share sale", "indirect", **FAMILIAR, stance="neutral",
          mention=("two people familiar with the matter", "after"),
          cue=("according to", "after")),
        Q("I've held this stock for 11 years and I'll take up my rights, but I want to see "
          "changes on the board,", "direct", **HOLM, stance="support",
          mention=("Greta Holm", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 16. Science/environment, seagrass report. Curly quotes, ’ apostrophes,
#    American spelling and punctuation ("Dr.", comma inside the closing
#    mark). "..., according to a report released Thursday by the W
#    Institute" (the report as mention, the institute as speaker); "The
#    institute said" (-> the institute's full name); inverted ", said X, the
#    institute's director of coastal research" + "Marchetti said" + "she
#    said"; "Dr. X, who studies Y at Z and was not involved in the report,
#    said" (role null) + "But she cautioned that"; "A Harwood State
#    University press officer said" (speaker null); inverted ", said X of
#    the Y, which represents ..." (role null) + follow-on in the same
#    paragraph; "The Orlan Department of Natural Resources (DNR)" then "A DNR
#    spokeswoman, X," (mixed, comma inside the mark); "X, executive director
#    of the nonprofit Y,". Not gold: "Fishing groups have long disputed the
#    link ..." (no reported clause).
TELLER_NAMES = ("Teller Institute",)
TELLER = _who("Teller Institute for Marine Science", "Teller Institute for Marine Science",
              speaker_aliases=TELLER_NAMES, affiliation_aliases=TELLER_NAMES)
MARCHETTI = _who("Lena Marchetti", "Teller Institute for Marine Science",
                 "director of coastal research", affiliation_aliases=TELLER_NAMES)
QUILL = _who("Amara Quill", "Harwood State University", None)
HSU_PRESS = _who(None, "Harwood State University", "press officer")
AMARAL = _who("Gus Amaral", "Orlan Trawlers Association", None)
DNR_NAMES = ("DNR", "Department of Natural Resources")
DNR = _who("Orlan Department of Natural Resources", "Orlan Department of Natural Resources",
           speaker_aliases=DNR_NAMES, affiliation_aliases=DNR_NAMES)
NUNES = _who("Carla Nunes", "Orlan Department of Natural Resources", "spokeswoman",
             affiliation_aliases=DNR_NAMES)
BRENNAN = _who("Sofia Brennan", "Merrin Sound Keepers", "executive director")

MERRIN = {
    "id": "merrin-sound-seagrass",
    "title": "Half of Merrin Sound's seagrass gone since 2010, report finds",
    "published": "2025-10-16",
    "target": "a ban on bottom trawling in Merrin Sound",
    "quotes": [
        Q("Nearly half of the seagrass meadows in Merrin Sound have disappeared since 2010",
          "indirect", **TELLER, stance="neutral",
          mention=("a report released Thursday by the Teller Institute for Marine Science",
                   "after"),
          cue=("according to", "after")),
        Q("warming water and bottom trawling were roughly equally to blame, and that closing the "
          "sound’s southern basin to trawlers for 10 years would give the meadows a chance to "
          "recover", "indirect", **TELLER, stance="support",
          mention=("The institute", "before"), cue=("said", "before")),
        Q("We used to measure these meadows in square miles. In some bays we are now measuring "
          "them in square feet,", "direct", **MARCHETTI, stance="neutral",
          mention=("Lena Marchetti", "after"), cue=("said", "after")),
        Q("satellite images showed the sharpest losses along the routes trawlers use to reach "
          "deeper water", "indirect", **MARCHETTI, stance="support",
          mention=("Marchetti", "before"), cue=("said", "before")),
        Q("Warming we can’t fix quickly. Trawling we could fix tomorrow,", "direct", **MARCHETTI,
          stance="support", mention=("she", "after"), cue=("said", "after")),
        Q("its figures matched what her own team had found in the northern sound", "indirect",
          **QUILL, stance="neutral", mention=("Dr. Amara Quill", "before"),
          cue=("said", "before")),
        Q("trawling had been banned in the northern sound since 2015, and the meadows there had "
          "still shrunk by a fifth", "indirect", **QUILL, stance="oppose",
          mention=("she", "before"), cue=("cautioned", "before")),
        Q("Quill’s own study, which is still under review, would be published in the spring",
          "indirect", **HSU_PRESS, stance="neutral",
          mention=("A Harwood State University press officer", "before"),
          cue=("said", "before")),
        Q("Every time the water gets warm, somebody blames the boats,", "direct", **AMARAL,
          stance="oppose", mention=("Gus Amaral", "after"), cue=("said", "after")),
        Q("A 10-year closure would finish half the fleet.", "direct", **AMARAL, stance="oppose"),
        Q("it would review the report before deciding whether to change its rules", "indirect",
          **DNR, stance="neutral",
          mention=("The Orlan Department of Natural Resources", "before"),
          cue=("said", "before")),
        Q("the department hoped to reach a decision “by early next year,” after public hearings "
          "in Kell Harbor and Merrin", "mixed", **NUNES, stance="neutral",
          mention=("Carla Nunes", "before"), cue=("said", "before")),
        Q("the group had gathered 9,000 signatures for a trawling ban and would deliver them to "
          "the governor next month", "indirect", **BRENNAN, stance="support",
          mention=("Sofia Brennan", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [MARVESSA, LUMERA_DOC, ALBRENN, WENLOW, VELDRIA, REDHAVEN,
             MERROW, CARRICK, HALLINGSBY, LINDEN_FALLS, SELLIN,
             KIVARA, SENATE, ASHCOMBE, CASTELLANE_DOC, MERRIN]

# Round four (session 19): two annotators, each in its own file beside this one.
DOCUMENTS += documents_of(Path(__file__).with_name("round4_a.py")) + documents_of(Path(__file__).with_name("round4_b.py"))
# Round five (session 19), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round5_a.py")) + documents_of(Path(__file__).with_name("round5_b.py"))
# Round six (session 19), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round6_a.py")) + documents_of(Path(__file__).with_name("round6_b.py"))
# Round seven (session 19), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round7_a.py")) + documents_of(Path(__file__).with_name("round7_b.py"))
# Round eight (session 19), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round8_a.py")) + documents_of(Path(__file__).with_name("round8_b.py"))
# Round nine (session 20), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round9_a.py")) + documents_of(Path(__file__).with_name("round9_b.py"))
# Round ten (session 20), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round10_a.py")) + documents_of(Path(__file__).with_name("round10_b.py"))
