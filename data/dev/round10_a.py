"""Round ten of data/dev (session 20), one of two annotators; loaded by annotations.py. Written blind to the
system like rounds one to nine; the system was measured on round ten once before any rule looked at it
(data/dev/README.md).

Hand annotations for three invented articles (round r10a of the attribution dev set).

Every person, organisation and place in the texts is invented. Offsets are computed by
``data/samples/build_gold.py --dir <this folder>`` from the exact statement texts below.

Decisions taken where the written rules leave a case open:

1. Single curly quotes (southmere-brennan-park-stadium). The builder accepts ‘…’ for direct
   quotes, but it recognises a mixed statement only by a double quotation mark inside the span,
   so a reported clause carrying a ‘single-quoted fragment’ could be labelled neither mixed (the
   builder rejects it) nor indirect (wrong kind). The article therefore has no mixed statement;
   double marks appear only nested inside a direct quote (“parkland renewal”).
2. Titles of reports and campaigns (‘Stadium Southmere: …’, ‘Hands Off Our Park’), and the words
   on protest signs (“Keep Linden Open.”), are not statements: no speaker and no cue.
3. Reactions without reported content (“welcomed the announcement”, “the crowd booed”),
   thoughts without a cue (“Government strategists believe …”), refusals with no content
   (“would not say whether …”) and motions/actions (“moved to delay the closures”, “issued a
   red alert”) are not statements.
4. A statement introduced before its speaker in Australian style (“The stadium would be …,
   Ms Kilbride said, adding that …”) is two statements: the clause before the speaker (mention
   and cue after it) and the clause after “adding that” (mention and cue before it).
5. Honorific re-mentions (“Ms Kilbride”, “Mr Tenney”, “Cr Sorrell”) are the mention as
   written; the speaker stays the full name. “The Premier” is the mention for a role-only
   re-mention.
6. Ministers (Premier, Treasurer) get the body the article names, “Southmere government”
   (aliases “government”, “Southmere”). The Chief Minister gets “Vindhara government” by the
   same reasoning, although the article only says “the state” and “the administration”
   (aliases “state government”, “government”).
7. “Opposition Leader Craig Dunleavy” names no party: affiliation “Opposition”, role
   “Opposition Leader”; “Coalition” (the word he uses for his side) is an affiliation alias.
8. “Larkhill Mayor Annette Sorrell”: the title before the name gives affiliation “Larkhill”
   (alias “City of Larkhill”, the body the article names) and role “Mayor”.
9. Anonymous speakers keep speaker null and take affiliation/role from their description:
   “A senior government source” → government / source; “A district spokeswoman” → Tallow Creek
   Community Schools / spokeswoman; “A senior official in the state relief department” →
   state relief department / senior official. Unnamed groups (“officials”, “Several parents”,
   “Other villagers”) get speaker null, affiliation null and the group word as role.
10. A statement embedded in a reported statement (“… Mr Tenney had argued for …” inside the
    anonymous source's claim; “they feared …” inside the villagers' statement) is not split.
11. “denied there had been …”, “warned that …”, “asked” (a quoted question), “announced that …”
    and “forecast that …” are communication cues. A weather centre's forecast is its statement;
    the centre speaks under its own name.
12. A parent described only by a relative clause (“whose son is in seventh grade …”) or an age
    gets role null; “a Linden Avenue parent” gets role “parent” and affiliation null (a parent
    does not speak for the school). “farmer Bhola Ram Kushwah” → role “farmer”.
13. Board members: “board President Gregory Pelt” → Tallow Creek Board of Education /
    President; “Board member Dale Kubiak” and “Aisha Montrose, one of two members who voted no”
    → Tallow Creek Board of Education / board member (the board is the body the context names).
14. An organisation's mention is the noun phrase as written, including a descriptor before the
    name (“the Chandrakol-based aid group Nirmal Dhara Relief Collective”) but not a
    parenthesised acronym (“The Vindhara State Disaster Management Authority” (VSDMA)); a
    pronoun re-mention of an organisation (“it said”) is the mention.
15. With a title-then-appositive-name (“the union’s president, Lorraine Ebbesen”; “The centre's
    director, S.K. Bhandari”; “the group’s convenor, Helen Prothero”) the mention is the name
    alone, as for “A spokeswoman for Norvik Energy, Lise Dahl”.
16. Stance: facts, figures and procedural remarks are neutral even when they favour one side
    (the finance director's savings figure, rescue and camp counts, toll figures, the
    weather forecast, the Premier's construction timeline, as for Nordwind's in the samples); an announcement of the measure by its own government is support
    (as in the samples); a government explanation of delays that promises airdrops is support;
    complaints about consultation or about the response are oppose; a non-committal
    “reviewed on its merits” is neutral.
17. The wire dateline (“CHANDRAKOL, Aug 4 (Kestrel) -”) is part of the first paragraph and not
    part of any statement; the lead statement attributed to “officials” starts at “At least”.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Australian state politics. Single curly quotes ‘…’, ’ apostrophes, nested “…”,
#    Ms/Mr/Cr re-mentions, speaker after an indirect statement, "adding that",
#    "according to" after the statement, report and campaign titles (not gold).
KILBRIDE = _who("Joanne Kilbride", "Southmere government", "Premier",
                affiliation_aliases=["government", "Southmere"])
TENNEY = _who("Marcus Tenney", "Southmere government", "Treasurer",
              affiliation_aliases=["government", "Southmere"])
DUNLEAVY = _who("Craig Dunleavy", "Opposition", "Opposition Leader",
                affiliation_aliases=["Coalition"])
SORRELL = _who("Annette Sorrell", "Larkhill", "Mayor", affiliation_aliases=["City of Larkhill"])
FRIENDS = _who("Friends of Brennan Park", "Friends of Brennan Park")
PROTHERO = _who("Helen Prothero", "Friends of Brennan Park", "convenor")

SOUTHMERE = {
    "id": "southmere-brennan-park-stadium",
    "title": "Kilbride commits to $2.1 billion roofed stadium at Brennan Park",
    "published": "2025-03-19",
    "target": "the Brennan Park stadium",
    "quotes": [
        Q("The Southmere government will build a 42,000-seat roofed stadium at Brennan Park in "
          "Port Ellery’s inner north", "indirect", **KILBRIDE, stance="support",
          mention=("Premier Joanne Kilbride", "after"), cue=("announced", "after")),
        Q("This is a once-in-a-generation investment, and we are not going to let it slip "
          "through our fingers,", "direct", **KILBRIDE, stance="support",
          mention=("Ms Kilbride", "after"), cue=("told reporters", "after")),
        Q("Every other mainland capital has built a modern stadium in the past 20 years. "
          "Southmere fans have waited long enough, and so have the players.", "direct",
          **KILBRIDE, stance="support"),
        Q("construction would begin in mid-2026 and the stadium would open for the 2030 football "
          "season, with a new light rail stop on Dorrigan Street to carry crowds from the city "
          "centre", "indirect", **KILBRIDE, stance="neutral",
          mention=("The Premier", "before"), cue=("said", "before")),
        Q("the $2.1 billion stadium would be paid for from the existing infrastructure pipeline "
          "rather than new borrowing, and that about $600 million would come from selling the "
          "Carrick Oval site for housing", "indirect", **TENNEY, stance="support",
          mention=("Treasurer Marcus Tenney", "before"), cue=("said", "before")),
        Q("We have done the numbers, and they stack up,", "direct", **TENNEY, stance="support",
          mention=("Mr Tenney", "after"), cue=("said", "after")),
        Q("Nobody in this state is going to pay a new tax because of this stadium.", "direct",
          **TENNEY, stance="support"),
        Q("the document had been written backwards to justify a decision already made in the "
          "Premier’s office", "indirect", **DUNLEAVY, stance="oppose",
          mention=("Opposition Leader Craig Dunleavy", "before"), cue=("said", "before")),
        Q("Ask anyone waiting eight hours in an emergency department in the outer suburbs "
          "whether they want a roof on a football ground,", "direct", **DUNLEAVY,
          stance="oppose", mention=("he", "after"), cue=("said", "after")),
        Q("I know what their answer is.", "direct", **DUNLEAVY, stance="oppose"),
        Q("Every major project will be reviewed on its merits, and this one will be no different,",
          "direct", **DUNLEAVY, stance="neutral",
          mention=("he", "after"), cue=("told", "after")),
        Q("The City of Larkhill, which manages Brennan Park on the state’s behalf, was not shown "
          "the final design until Monday night", "indirect", **SORRELL, stance="oppose",
          mention=("Larkhill Mayor Annette Sorrell", "after"), cue=("according to", "after")),
        Q("We found out about the multistorey car park and the loss of the netball courts from a "
          "glossy brochure, the same as everybody else,", "direct", **SORRELL, stance="oppose",
          mention=("Cr Sorrell", "after"), cue=("said", "after")),
        Q("the council would ask the government to guarantee that no more than a third of the "
          "park’s open space would be lost", "indirect", **SORRELL, stance="neutral",
          mention=("She", "before"), cue=("said", "before")),
        Q("ratepayers should not be left to foot the bill for upgraded roads around the precinct",
          "indirect", **SORRELL, stance="oppose",
          mention=("She", "before"), cue=("warned", "before")),
        Q("the stadium would swallow playing fields used every weekend by about 40 junior "
          "sporting clubs", "indirect", **FRIENDS, stance="oppose",
          mention=("The Friends of Brennan Park", "before"), cue=("said", "before")),
        Q("They keep calling this “parkland renewal”. There is nothing renewed about a concrete "
          "concourse,", "direct", **PROTHERO, stance="oppose",
          mention=("Helen Prothero", "after"), cue=("said", "after")),
        Q("the group would seek an injunction in the Southmere Planning Tribunal if the "
          "government tried to rezone the site without a public hearing", "indirect", **PROTHERO,
          stance="oppose", mention=("Ms Prothero", "before"), cue=("said", "before")),
        Q("Mr Tenney had argued for a cheaper, roofless design until late last year", "indirect",
          None, affiliation="government", role="source",
          affiliation_aliases=("Southmere government",), stance="neutral",
          mention=("A senior government source", "before"), cue=("said", "before")),
        Q("there had been any split in cabinet", "indirect", **TENNEY, stance="neutral",
          mention=("Mr Tenney", "before"), cue=("denied", "before")),
        Q("The stadium would be the first in the country built to a six-star green rating",
          "indirect", **KILBRIDE, stance="support",
          mention=("Ms Kilbride", "after"), cue=("said", "after")),
        Q("the government would plant 2,000 trees around the precinct and keep the park’s "
          "heritage-listed grandstand", "indirect", **KILBRIDE, stance="support",
          mention=("Ms Kilbride", "before"), cue=("adding", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. US local schools. Curly “…”, ’ apostrophes, multi-paragraph quote after
#    "she wrote:", "said board President X", a quoted question with "asked",
#    a sign slogan in quotes (not gold), anonymous spokeswoman and parents.
VASQUEZ = _who("Renata Vasquez-Holloway", "Tallow Creek Community Schools", "Superintendent",
               affiliation_aliases=["district"])
OSTROWSKI = _who("Paul Ostrowski", "Tallow Creek Community Schools", "finance director",
                 affiliation_aliases=["district"])
PELT = _who("Gregory Pelt", "Tallow Creek Board of Education", "President",
            affiliation_aliases=["board", "Board of Education"])
KUBIAK = _who("Dale Kubiak", "Tallow Creek Board of Education", "board member",
              affiliation_aliases=["board", "Board of Education"])
MONTROSE = _who("Aisha Montrose", "Tallow Creek Board of Education", "board member",
                affiliation_aliases=["board", "Board of Education"])
TCEA = _who("Tallow Creek Education Association", "Tallow Creek Education Association")
EBBESEN = _who("Lorraine Ebbesen", "Tallow Creek Education Association", "president",
               affiliation_aliases=["union"])
WHITCOMBE = _who("Jerome Whitcombe", None, "parent")
OJUKWU = _who("Tamsin Ojukwu")

TALLOW = {
    "id": "tallow-creek-school-closures",
    "title": "Tallow Creek board votes 5-2 to close Linden Avenue, Harrow Park schools",
    "published": "2025-02-12",
    "target": "the school closures",
    "quotes": [
        Q("the district could no longer afford to heat, staff and repair buildings that are less "
          "than half full", "indirect", **VASQUEZ, stance="support",
          mention=("Superintendent Renata Vasquez-Holloway", "before"), cue=("said", "before")),
        Q("Nobody on this stage wanted to be here tonight,", "direct", **VASQUEZ,
          stance="support", mention=("Vasquez-Holloway", "after"),
          cue=("told the board", "after")),
        Q("But I would be failing every child in this district if I pretended the math was going "
          "to fix itself.", "direct", **VASQUEZ, stance="support"),
        Q("Linden Avenue was built for 600 children. This year it has 241. Harrow Park has room "
          "for 900 and enrolls 388.\n\n“Those empty classrooms still need boilers, roofs and "
          "custodians, and every dollar we spend on them is a dollar we cannot spend on "
          "teachers.\n\n“I know what these schools mean to the families who love them. I also "
          "know we owe every student the same chance.", "direct", **VASQUEZ, stance="support",
          mention=("she", "before"), cue=("wrote", "before")),
        Q("The closures will save about $3.8 million a year once the buildings are sold or "
          "repurposed", "indirect", **OSTROWSKI, stance="neutral",
          mention=("district finance director Paul Ostrowski", "after"),
          cue=("told the board", "after")),
        Q("We kicked this can down the road in 2019 and again in 2022,", "direct", **PELT,
          stance="support", mention=("board President Gregory Pelt", "after"),
          cue=("said", "after")),
        Q("If we kick it again, there’s no road left.", "direct", **PELT, stance="support"),
        Q("he had spent months going through the district’s enrollment projections and found no "
          "sign that the decline would reverse", "indirect", **KUBIAK, stance="support",
          mention=("Board member Dale Kubiak", "before"), cue=("said", "before")),
        Q("I didn’t run for this board to close schools,", "direct", **KUBIAK, stance="support",
          mention=("Kubiak", "after"), cue=("said", "after")),
        Q("I didn’t run to bankrupt it, either.", "direct", **KUBIAK, stance="support"),
        Q("the transportation plan was “a sketch on a napkin” that had never been tested on a "
          "winter morning", "mixed", **MONTROSE, stance="oppose",
          mention=("Aisha Montrose", "before"), cue=("said", "before")),
        Q("We are asking 7-year-olds to stand at a bus stop at 6:50 in the morning, and we still "
          "can’t tell their parents which bus,", "direct", **MONTROSE, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        Q("it would hold the district to its pledge that no teacher would be laid off because of "
          "the closures", "indirect", **TCEA, stance="neutral",
          mention=("The Tallow Creek Education Association", "before"), cue=("said", "before")),
        Q("some classes at the receiving schools would swell past 30 students", "indirect",
          **EBBESEN, stance="oppose",
          mention=("Lorraine Ebbesen", "before"), cue=("warned", "before")),
        Q("You can’t squeeze 600 kids into the buildings down the street and pretend nothing "
          "changes,", "direct", **EBBESEN, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        Q("at least 14 teachers at the two schools have already asked about transfers to "
          "neighboring districts", "indirect", **EBBESEN, stance="oppose",
          mention=("Ebbesen", "before"), cue=("According to", "before")),
        Q("Where are my kids supposed to walk to now?", "direct", **WHITCOMBE, stance="oppose",
          mention=("Jerome Whitcombe", "after"), cue=("asked", "after")),
        Q("We bought our house because we could see the school from the porch.", "direct",
          **WHITCOMBE, stance="oppose"),
        Q("she would rather he attend a full school with a band and an orchestra than a "
          "half-empty one with neither", "indirect", **OJUKWU, stance="support",
          mention=("Tamsin Ojukwu", "before"), cue=("told the board", "before")),
        Q("they were looking at charter schools or at the neighboring Pell Township district",
          "indirect", None, role="parents", stance="oppose",
          mention=("Several parents", "before"), cue=("said", "before")),
        Q("the two buildings would not be sold before a series of community meetings planned for "
          "March", "indirect", None, affiliation="Tallow Creek Community Schools",
          role="spokeswoman", affiliation_aliases=("district",), stance="neutral",
          mention=("A district spokeswoman", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. South-Asian wire story. Straight "…", ' apostrophes, dateline, "officials said"
#    lead, organisation with acronym and pronoun re-mention ("it said"), mixed with
#    speaker after, "forecast that", follow-on paragraphs, anonymous official, villagers.
VSDMA = _who("Vindhara State Disaster Management Authority",
             "Vindhara State Disaster Management Authority",
             speaker_aliases=["VSDMA"], affiliation_aliases=["VSDMA"])
KHERADIA = _who("Anupama Kheradia", "Vindhara State Disaster Management Authority",
                "executive director", affiliation_aliases=["VSDMA"])
MEHERWAL = _who("Raghunath Meherwal", "Vindhara government", "Chief Minister",
                affiliation_aliases=["state government", "government", "Vindhara"])
NIRMAL = _who("Nirmal Dhara Relief Collective", "Nirmal Dhara Relief Collective")
DALVI = _who("Farah Dalvi", "Nirmal Dhara Relief Collective", "field coordinator")
RMC = _who("Chandrakol Regional Meteorological Centre", "Chandrakol Regional Meteorological Centre",
           speaker_aliases=["Regional Meteorological Centre"],
           affiliation_aliases=["Regional Meteorological Centre"])
BHANDARI = _who("S.K. Bhandari", "Chandrakol Regional Meteorological Centre", "director",
                speaker_aliases=["S. K. Bhandari", "S K Bhandari"],
                affiliation_aliases=["Regional Meteorological Centre"])
KUSHWAH = _who("Bhola Ram Kushwah", None, "farmer")
BAIRWA = _who("Sunita Bairwa")

VINDHARA = {
    "id": "vindhara-monsoon-floods",
    "title": "Vindhara floods kill 38, displace 210,000 as Nelavati overflows",
    "published": "2025-08-04",
    "target": "the Vindhara government's flood response",
    "quotes": [
        Q("At least 38 people have been killed and more than 210,000 forced from their homes "
          "after a week of heavy monsoon rain swelled the Nelavati river and its tributaries "
          "across the eastern state of Vindhara", "indirect", None, role="officials",
          stance="neutral", mention=("officials", "after"), cue=("said", "after")),
        Q("1,140 villages in 11 districts were under water, with Baranmati, Chandrakol and "
          "Tiloni the worst hit", "indirect", **VSDMA, stance="neutral",
          mention=("The Vindhara State Disaster Management Authority", "before"),
          cue=("said", "before")),
        Q("Most of the deaths were caused by drowning, house collapses and electrocution",
          "indirect", **VSDMA, stance="neutral", mention=("it", "after"), cue=("said", "after")),
        Q("The water level at the Tarangpur barrage crossed the danger mark on Saturday night and "
          "is still rising. We have asked everyone in low-lying areas to move to relief camps "
          "immediately,", "direct", **KHERADIA, stance="neutral",
          mention=("VSDMA executive director Anupama Kheradia", "after"), cue=("told", "after")),
        Q("46 teams of the state disaster response force, backed by army columns, had rescued "
          "more than 9,600 people by boat since Friday", "indirect", **KHERADIA,
          stance="neutral", mention=("Kheradia", "before"), cue=("said", "before")),
        Q("The situation was \"serious but under control\" in most districts", "mixed",
          **KHERADIA, stance="support", mention=("she", "after"), cue=("said", "after")),
        Q("312 relief camps had been opened in schools and panchayat buildings", "indirect",
          **KHERADIA, stance="neutral", mention=("She", "before"), cue=("said", "before")),
        Q("the families of each person killed would receive 400,000 rupees in compensation",
          "indirect", **MEHERWAL, stance="support",
          mention=("Chief Minister Raghunath Meherwal", "before"), cue=("announced", "before")),
        Q("the state would seek emergency assistance from the Centre", "indirect", **MEHERWAL,
          stance="neutral", mention=("He", "before"), cue=("said", "before")),
        Q("No one will be left without food or shelter. I have directed every district collector "
          "to stay in the field until the water goes down,", "direct", **MEHERWAL,
          stance="support", mention=("Meherwal", "after"), cue=("told reporters", "after")),
        Q("This is the worst flooding our state has seen in two decades, and the administration "
          "is working day and night.", "direct", **MEHERWAL, stance="support"),
        Q("food and clean drinking water had yet to reach dozens of villages in Tiloni district, "
          "where road links have been cut for four days", "indirect", **NIRMAL, stance="oppose",
          mention=("the Chandrakol-based aid group Nirmal Dhara Relief Collective", "before"),
          cue=("said", "before")),
        Q("People are drinking floodwater because there is nothing else. We are already seeing "
          "diarrhoea among children in the camps,", "direct", **DALVI, stance="oppose",
          mention=("Farah Dalvi", "after"), cue=("said", "after")),
        Q("The government's figures do not match what we are seeing on the ground.", "direct",
          **DALVI, stance="oppose"),
        Q("at least 14 of the camps it has visited have no working toilets and no separate space "
          "for women", "indirect", **NIRMAL, stance="oppose",
          mention=("the collective", "before"), cue=("According to", "before")),
        Q("supplies had been held up by breaches on the Tiloni-Baranmati highway and would be "
          "airdropped from Tuesday", "indirect", None, affiliation="state relief department",
          role="senior official", affiliation_aliases=("relief department",), stance="support",
          mention=("A senior official in the state relief department", "before"),
          cue=("said", "before")),
        Q("heavy to very heavy rain would continue over seven districts for the next 72 hours",
          "indirect", **RMC, stance="neutral",
          mention=("The Chandrakol Regional Meteorological Centre", "before"),
          cue=("forecast", "before")),
        Q("a fresh low-pressure area was likely to form by Thursday and could bring a second "
          "spell of intense rain to the upper catchment of the Nelavati", "indirect", **BHANDARI,
          stance="neutral", mention=("S.K. Bhandari", "before"), cue=("said", "before")),
        Q("he had lost his entire paddy crop and two buffaloes", "indirect", **KUSHWAH,
          stance="neutral", mention=("farmer Bhola Ram Kushwah", "before"),
          cue=("said", "before")),
        Q("We climbed onto the roof of the school with the children and waited two days. No boat "
          "came until Sunday,", "direct", **KUSHWAH, stance="oppose",
          mention=("he", "after"), cue=("said", "after")),
        Q("The officials come, they take photographs, and they go,", "direct", **BAIRWA,
          stance="oppose", mention=("Sunita Bairwa", "after"), cue=("said", "after")),
        Q("ration cards and land documents had been washed away, and that they feared they could "
          "not claim compensation without them", "indirect", None, role="villagers",
          stance="neutral", mention=("Other villagers", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [SOUTHMERE, TALLOW, VINDHARA]
