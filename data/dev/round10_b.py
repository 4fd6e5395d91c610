"""Round ten of data/dev (session 20), one of two annotators; loaded by annotations.py. Written blind to the
system like rounds one to nine; the system was measured on round ten once before any rule looked at it
(data/dev/README.md).

Hand annotations for three invented articles (attribution dev, round r10b).

Written blind to the system under evaluation, from the rules in data/samples/README.md only.
Article texts live beside this file as ``<id>.txt``; ``build_gold.py --dir`` computes the offsets.

Decisions taken where the rules leave a case open:

1. Published reports and written statements speak for the body that issued them, as a court's
   judgment speaks for the court: "The 212-page report also found that …" is a statement by the
   Dravian Air Safety Board (mention "The 212-page report", cue "found"), and "… the statement said"
   after "In a written statement, the company argued …" is a statement by Aventa Aerospace
   (mention "the statement"). "found" in a published report counts as a communication cue.
2. A statement "issued through her publicist" and re-mentioned as "the statement said" is the
   artist's (speaker Jessa Thornquill), because the copy attributes it to her; the publicist is the
   speaker only where she is the subject of the cue ("Her publicist, Nadia Ferrante, … told …").
3. "told <named outlet> that" (the Brennock Herald, the public broadcaster KTV): cue "told" alone,
   as with "Ingrid Solheim told …" in the samples; "told reporters" and "told a news conference"
   keep their object, as "told reporters" / "told the council" do in the rules.
4. "denied reports that X": the statement is X (as "denied that" in the samples), cue "denied".
5. "called the judgment «…»": the guillemets hold words attributed to Stillwater, so the quoted
   content is a direct statement with cue "called"; only the quoted words are the span.
6. "With an appositive the mention is the name alone" is applied to possessive appositives too:
   "the board’s chief investigator, Tomas Reyvik" → mention "Tomas Reyvik"; "Its president, Captain
   Aron Feld" → mention "Captain Aron Feld" (title kept, as a title before the name is part of the
   mention); "the authority’s commissioner, Alma Dresner" → "Alma Dresner".
7. Role when both a title and a descriptive clause exist: the title wins ("Councillor Brid Lacey,
   who chairs the council's arts and events committee" → role Councillor; "Captain Aron Feld"
   introduced as "Its president" → role president, since "Captain" is a rank, not the role he
   speaks in).
8. Affiliation is null where the appositive names no body the speaker speaks for: a lawyer "for
   several of the families" (role lawyer), a publicist, a nursing student, a schoolteacher who
   brought the case. The anonymous ticket holder ("one man who asked not to be named") has null
   speaker, affiliation and role; anonymous insiders get their body and role ("A senior official
   at the transport ministry" → transport ministry / senior official; "One Orvanta engineer" →
   Orvanta / engineer), and their mention is the noun phrase without its relative or participle
   clause.
9. Not statements: "welcomed the report/judgment" (reaction), "apologised to them again",
   "The group has asked prosecutors … to open a criminal investigation" (an action/request with
   no reported clause),
   "declined to say whether …", "would not give details", "has not said whether …" (negated or
   refused speech, no content), "vented their anger at the timing" (no reported content),
   "The board expects to publish …" (expectation without a cue), report and album titles in
   quotation marks. Statements embedded inside another statement ("had been told weeks ago to
   prepare …" in the engineer's statement, "Today the court said that …" inside Aldana's quote,
   "these companies have told us that …") are not annotated separately.
10. "welcomed the report but said it …" and "said X but warned that Y": only the said/warned
    clauses are statements; "said X but warned that Y" gives two statements with one mention.
11. Stance: a statement by the author of the target (the safety board about its own findings, the
    court about its own ruling) is support unless purely procedural ("it was for national courts
    to decide …" is neutral). Criticism that a report is too lenient on someone is oppose toward
    the report's findings. For "the cancellation of the festival", statements defending the
    decision are support, complaints about it are oppose, facts (ticket numbers, refunds, the
    artist's reasons) neutral.
12. A speaker's organisation is named at its fullest in the document (e.g. "Northlink Airways"
    for "The airline's" / "Its chief executive"); shorter forms the text also uses go into
    affiliation_aliases / speaker_aliases, with straight-apostrophe spellings for names with ’.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Aviation. Curly quotes, ’ apostrophes, report title in quotes (not gold), report and written
#    statement as speakers, multi-paragraph follow-on quote with no cue, anonymous official.
BOARD = _who("Dravian Air Safety Board", "Dravian Air Safety Board",
             speaker_aliases=["Air Safety Board"], affiliation_aliases=["Air Safety Board"])
REYVIK = _who("Tomas Reyvik", "Dravian Air Safety Board", "chief investigator",
              affiliation_aliases=["Air Safety Board"])
AVENTA = _who("Aventa Aerospace", "Aventa Aerospace",
              speaker_aliases=["Aventa"], affiliation_aliases=["Aventa"])
NORTHLINK = _who("Northlink Airways", "Northlink Airways",
                 speaker_aliases=["Northlink"], affiliation_aliases=["Northlink"])
MARLOWE = _who("Ines Marlowe", "Northlink Airways", "chief executive",
               affiliation_aliases=["Northlink"])
PILOTS = _who("Dravian Airline Pilots Association", "Dravian Airline Pilots Association")
FELD = _who("Aron Feld", "Dravian Airline Pilots Association", "president")
OBERG = _who("Hanna Oberg", "Flight 417 Families Group", "chair")
LUND = _who("Petra Lund", None, "lawyer")

NORTHLINK_DOC = {
    "id": "northlink-417-report",
    "title": "Faulty sensor and training gaps caused Flight 417 crash, safety board finds",
    "published": "2025-06-12",
    "target": "the safety board's findings",
    "quotes": [
        Q("A faulty angle-of-attack sensor and gaps in pilot training caused the crash of Northlink "
          "Airways Flight 417, which killed 38 people when it came down short of the runway at Port "
          "Ilsen last March", "indirect", **BOARD, stance="support",
          mention=("the Dravian Air Safety Board", "after"), cue=("said", "after")),
        Q("the sensor on the left side of the Aventa A-90’s nose had been sending false readings "
          "for at least three flights before the accident, and that maintenance crews had never "
          "been told of an earlier fault warning", "indirect", **BOARD, stance="support",
          mention=("the board", "before"), cue=("said", "before")),
        Q("the two pilots had received only a 40-minute computer-based briefing on how the "
          "aircraft’s stall-protection system behaves when a sensor fails, and had never practised "
          "the failure in a simulator", "indirect", **BOARD, stance="support",
          mention=("The 212-page report", "before"), cue=("found", "before")),
        Q("The crew were confronted with a situation that nothing in their training had prepared "
          "them for,", "direct", **REYVIK, stance="support",
          mention=("Tomas Reyvik", "after"), cue=("told a news conference", "after")),
        Q("They fought that aircraft until the last seconds.", "direct", **REYVIK,
          stance="support"),
        Q("the board was making 14 safety recommendations, among them that Aventa Aerospace "
          "redesign the flight-control software so that a single faulty sensor can no longer push "
          "the nose down, and that regulators require simulator training for the failure on every "
          "A-90 crew", "indirect", **REYVIK, stance="support",
          mention=("Reyvik", "before"), cue=("said", "before")),
        Q("it “respectfully disagrees” with parts of the board’s analysis", "mixed", **AVENTA,
          stance="oppose", mention=("Aventa Aerospace", "before"), cue=("said", "before")),
        Q("the sensor fault had been introduced during routine maintenance and did not point to a "
          "flaw in the aircraft’s design", "indirect", **AVENTA, stance="oppose",
          mention=("the company", "before"), cue=("argued", "before")),
        Q("The A-90 has flown more than four million hours safely,", "direct", **AVENTA,
          stance="oppose", mention=("the statement", "after"), cue=("said", "after")),
        Q("We will study every recommendation carefully, but we do not accept that the design of "
          "the aircraft caused this tragedy.", "direct", **AVENTA, stance="oppose"),
        Q("it accepted the findings in full and had already retrained all 160 of its A-90 pilots",
          "indirect", **NORTHLINK, stance="support",
          mention=("Northlink Airways", "before"), cue=("said", "before")),
        Q("Nothing we say today brings back the people who were on that aircraft,", "direct",
          **MARLOWE, stance="neutral", mention=("Marlowe", "after"), cue=("said", "after")),
        Q("What we can do is make sure that every lesson in this report is learned, and learned "
          "quickly.", "direct", **MARLOWE, stance="support"),
        Q("it had let the manufacturer off too lightly", "indirect", **PILOTS, stance="oppose",
          mention=("The Dravian Airline Pilots Association", "before"), cue=("said", "before")),
        Q("pilots had been warning about the training gap “for years” without any response from "
          "the regulator", "mixed", **FELD, stance="support",
          mention=("Captain Aron Feld", "before"), cue=("said", "before")),
        Q("Blaming the crew is the easy answer, and I’m glad the board didn’t take it,", "direct",
          **FELD, stance="support", mention=("Feld", "after"), cue=("said", "after")),
        Q("But this report goes far too easy on the people who certified an aircraft that could "
          "fly itself into the ground because of one bad sensor.", "direct", **FELD,
          stance="oppose"),
        Q("the report confirmed what relatives had long suspected", "indirect", **OBERG,
          stance="support", mention=("Hanna Oberg", "before"), cue=("said", "before")),
        Q("For a year we were told to be patient and wait for the facts. Now we have them, and they "
          "are worse than we feared.\n\n“Somebody decided that a 40-minute slideshow was enough "
          "training for a failure that could kill everyone on board. We want to know who that was, "
          "and we want them to answer for it in court.", "direct", **OBERG, stance="support"),
        Q("a decision on whether to bring charges is not expected before the autumn", "indirect",
          **LUND, stance="neutral", mention=("Petra Lund", "before"), cue=("According to", "before")),
        Q("the government was likely to make the extra simulator training mandatory within months",
          "indirect", None, affiliation="transport ministry", role="senior official",
          stance="support", mention=("A senior official at the transport ministry", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Culture. Straight quotes and apostrophes, album title in quotes (not gold), artist statement
#    through a publicist, "denied reports that", anonymous ticket holder, "said … but warned that".
HAVERTY = _who("Colm Haverty", "Larkspur Fields festival", "director",
               affiliation_aliases=["Larkspur Fields"])
THORNQUILL = _who("Jessa Thornquill", None, "singer")
FERRANTE = _who("Nadia Ferrante", None, "publicist")
COUNCIL = _who("Brennock City Council", "Brennock City Council")
LACEY = _who("Brid Lacey", "Brennock City Council", "Councillor")
DUNMORE = _who("Aoife Dunmore", None, "nursing student")
MOSS = _who("Declan Moss", "Harbour Nights Live", "managing director")

LARKSPUR = {
    "id": "larkspur-fields-cancelled",
    "title": "Larkspur Fields festival cancelled after headliner Jessa Thornquill pulls out",
    "published": "2025-07-01",
    "target": "the cancellation of the festival",
    "quotes": [
        Q("We have looked at every possible way to go ahead, and there isn't one,", "direct",
          **HAVERTY, stance="support", mention=("Colm Haverty", "after"), cue=("said", "after")),
        Q("Without a headliner, the numbers simply don't add up.", "direct", **HAVERTY,
          stance="support"),
        Q("about 31,000 tickets had been sold for the three-day event, which was to take place in "
          "Quarry Park on the northern edge of Brennock from July 18", "indirect", **HAVERTY,
          stance="neutral", mention=("Haverty", "before"), cue=("said", "before")),
        Q("All ticket holders will receive a full refund within 30 days", "indirect", **HAVERTY,
          stance="neutral", mention=("he", "after"), cue=("added", "after")),
        Q("she was pulling out of all her summer shows on medical advice", "indirect",
          **THORNQUILL, stance="neutral", mention=("Thornquill", "before"), cue=("said", "before")),
        Q("I hate letting people down, and I know how many of you planned your summer around this "
          "weekend,", "direct", **THORNQUILL, stance="neutral",
          mention=("the statement", "after"), cue=("said", "after")),
        Q("But my doctors have been very clear, and for once I'm going to listen to them.",
          "direct", **THORNQUILL, stance="neutral"),
        Q("the singer expected to be back on stage \"well before the end of the year\"", "mixed",
          **FERRANTE, stance="neutral", mention=("Nadia Ferrante", "before"), cue=("told", "before")),
        Q("Thornquill had withdrawn over a pay dispute with the organisers", "indirect", **FERRANTE,
          stance="neutral", mention=("Ferrante", "before"), cue=("denied", "before")),
        Q("it was \"deeply disappointed\" by the decision and would seek to recover part of the "
          "money", "mixed", **COUNCIL, stance="oppose",
          mention=("Brennock City Council", "before"), cue=("said", "before")),
        Q("the organisers had \"put every egg in one basket\"", "mixed", **LACEY, stance="oppose",
          mention=("Councillor Brid Lacey", "before"), cue=("said", "before")),
        Q("A festival this size shouldn't live or die on one name,", "direct", **LACEY,
          stance="oppose", mention=("she", "after"), cue=("said", "after")),
        Q("The hotels, the food traders and the taxi drivers were all counting on that weekend, and "
          "they're the ones who'll pay for it.", "direct", **LACEY, stance="oppose"),
        Q("she had spent more than 400 pounds on her ticket, train fares and a campsite upgrade, and "
          "expected to get back barely half of it", "indirect", **DUNMORE, stance="oppose",
          mention=("Aoife Dunmore", "before"), cue=("said", "before")),
        Q("The refund covers the ticket and that's it,", "direct", **DUNMORE, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        Q("Nobody is refunding my days off.", "direct", **DUNMORE, stance="oppose"),
        Q("he would \"think twice\" before buying a Larkspur ticket again", "mixed", None,
          stance="oppose", mention=("one man", "before"), cue=("said", "before")),
        Q("the cancellation reflected wider problems in the industry", "indirect", **MOSS,
          stance="neutral", mention=("Declan Moss", "before"), cue=("said", "before")),
        Q("Costs have gone up by a third since 2019, insurance is a nightmare, and audiences now buy "
          "a ticket for one act, not for a weekend,", "direct", **MOSS, stance="neutral",
          mention=("Moss", "after"), cue=("said", "after")),
        Q("In that world, if your headliner goes, you go. Honestly, I'd have made the same call.",
          "direct", **MOSS, stance="support"),
        Q("at least four other mid-sized festivals in the region have scaled back or postponed "
          "their events this summer", "indirect", **MOSS, stance="neutral",
          mention=("Moss", "before"), cue=("According to", "before")),
        Q("the festival intended to return next year", "indirect", **HAVERTY, stance="neutral",
          mention=("Haverty", "before"), cue=("said", "before")),
        Q("it would need \"new partners and probably a smaller site\" to survive", "mixed",
          **HAVERTY, stance="neutral", mention=("Haverty", "before"), cue=("warned", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Data-privacy ruling. «…» guillemets without inner spaces, nested ‹…›, ’ apostrophes, court
#    as speaker ("ruled that", "the judges said", "the court said"), "called … «…»", multi-paragraph
#    quote after "said in a statement:", anonymous insider, "According to" with appositive.
COURT = _who("European Court of Justice", "European Court of Justice",
             speaker_aliases=["Court of Justice", "Court of Justice of the European Union"],
             affiliation_aliases=["Court of Justice", "Court of Justice of the European Union"])
VOSK = _who("Lena Vosk", None, "schoolteacher")
ORVANTA = _who("Orvanta", "Orvanta")
HALE = _who("Marten Hale", "Orvanta", "chief privacy officer")
VANEK = _who("Tereza Vanek", "European Commission", "spokesperson",
             affiliation_aliases=["Commission"])
STILLWATER = _who("Stillwater", "Stillwater")
ALDANA = _who("Joris Aldana", "Stillwater", "director")
DPA_ALIASES = ["Carvenia's Data Protection Authority", "Carvenian Data Protection Authority",
               "Data Protection Authority"]
DPA = _who("Carvenia’s Data Protection Authority", "Carvenia’s Data Protection Authority",
           speaker_aliases=DPA_ALIASES, affiliation_aliases=DPA_ALIASES)
DRESNER = _who("Alma Dresner", "Carvenia’s Data Protection Authority", "commissioner",
               affiliation_aliases=DPA_ALIASES)

ORVANTA_DOC = {
    "id": "orvanta-messages-ruling",
    "title": "EU court rules Orvanta broke data law by mining private messages for adverts",
    "published": "2025-11-18",
    "target": "the court's ruling",
    "quotes": [
        Q("Orvanta, the social media company, broke EU data protection law by using the contents "
          "of its users’ private messages to target advertising without their explicit consent",
          "indirect", **COURT, stance="support",
          mention=("The European Court of Justice", "before"), cue=("ruled", "before")),
        Q("a clause buried in Orvanta’s terms of service could not amount to the «freely given, "
          "specific and informed» agreement that the law demands", "mixed", **COURT,
          stance="support", mention=("the judges", "before"), cue=("said", "before")),
        Q("Consent hidden in a document that almost no one reads is not consent,", "direct",
          **COURT, stance="support", mention=("the court", "after"), cue=("said", "after")),
        Q("it was for national courts to decide whether individual users were owed compensation",
          "indirect", **COURT, stance="neutral",
          mention=("The court", "before"), cue=("added", "before")),
        Q("she felt «vindicated»", "mixed", **VOSK, stance="support",
          mention=("Vosk", "before"), cue=("said", "before")),
        Q("I only wanted to know what they had done with my messages,", "direct", **VOSK,
          stance="neutral", mention=("she", "after"), cue=("told reporters", "after")),
        Q("It took four years to get an answer.", "direct", **VOSK, stance="neutral"),
        Q("it was «disappointed» by the decision and would study it carefully", "mixed", **ORVANTA,
          stance="oppose", mention=("Orvanta", "before"), cue=("said", "before")),
        Q("the messages had been stripped of names before being analysed and that no employee had "
          "ever read them", "indirect", **HALE, stance="oppose",
          mention=("Marten Hale", "before"), cue=("wrote", "before")),
        Q("We have always believed our approach was lawful, and we still do,", "direct", **HALE,
          stance="oppose", mention=("Hale", "after"), cue=("wrote", "after")),
        Q("But we will comply with the court’s decision in every market where it applies.",
          "direct", **HALE, stance="neutral"),
        Q("teams had been told weeks ago to prepare for «the worst-case outcome» and that switching "
          "off the feature in Europe would take «days, not months»", "mixed", None,
          affiliation="Orvanta", role="engineer", stance="neutral",
          mention=("One Orvanta engineer", "before"), cue=("said", "before")),
        Q("officials would examine whether other platforms relied on similar consent clauses",
          "indirect", **VANEK, stance="neutral",
          mention=("Commission spokesperson Tereza Vanek", "before"),
          cue=("told reporters", "before")),
        Q("This is not about one company,", "direct", **VANEK, stance="support",
          mention=("Vanek", "after"), cue=("said", "after")),
        Q("The court has set a standard that applies to everyone who does business in Europe.",
          "direct", **VANEK, stance="support"),
        Q("a landmark for every person who has ever clicked a box without reading it", "direct",
          **STILLWATER, stance="support", mention=("Stillwater", "before"),
          cue=("called", "before")),
        Q("For years these companies have told us that ticking ‹I agree› meant we had agreed to "
          "everything. Today the court said that is simply not how the law works.\n\n«Millions of "
          "people can now ask what was done with their messages, and they can say no.", "direct",
          **ALDANA, stance="support", mention=("Joris Aldana", "before"), cue=("said", "before")),
        Q("it would give Orvanta 60 days to prove it had stopped the practice and deleted the data "
          "it had gathered", "indirect", **DPA, stance="support",
          mention=("Carvenia’s Data Protection Authority", "before"), cue=("said", "before")),
        Q("about 1.2 million Carvenian users could be affected", "indirect", **DRESNER,
          stance="neutral", mention=("Alma Dresner", "before"), cue=("According to", "before")),
        Q("We will not hesitate to use every power the law gives us,", "direct", **DRESNER,
          stance="support", mention=("she", "after"), cue=("told", "after")),
    ],
}

DOCUMENTS = [NORTHLINK_DOC, LARKSPUR, ORVANTA_DOC]
