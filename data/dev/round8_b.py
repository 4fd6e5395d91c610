"""Round eight of data/dev (session 19), one of two annotators (presidential pardon, council bin collections, stadium naming rights); loaded by
annotations.py. Written blind to the system like rounds one to seven; the system was
measured on round eight once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (round r9b): a Latin American pardon story in wire
style (straight quotes), a UK council bin-collection story (curly quotes, ’ apostrophes) and a
sports-business story about stadium naming rights and a relocation threat (straight quotes, nested
'...'). Every person, organisation, place and company is invented.

Offsets are computed by build_gold.py from the exact texts below (see gold_api.py).

Decisions where the rules leave a case open (applied the same way in all three articles):

* Two people speaking together ("Senators Lucía Benavides and Tomás Irigoyen ... said"): the
  speaker is the first person named, the second is a speaker alias, and the mention is the whole
  coordinated subject with its title.
* A speaker inside a relative clause ("Maureen Tate, 71, of Linden Road, who said ..."): the
  mention is the name the clause hangs on, as with an appositive, not the relative pronoun "who".
* A minister when the article also names her ministry ("Justice Minister Claudia Ferrand", with
  "A senior Justice Ministry official" in the same story): affiliation "Justice Ministry", with
  "government" as an alias.
* Council, city and club staff whose body is named only by a possessive or by context ("The
  council's leader", "the cabinet member for environment", "The city's economic development
  director", "Foxes owner"): the affiliation is that body at its fullest as the article names it
  (Kessington Borough Council, Ridgehaven, Ridgehaven Foxes).
* Private people with no title (victims' relatives, residents, a named fan): role null. An
  anonymous speaker described by a noun ("One season-ticket holder") gets that noun as role and no
  affiliation; his being a city employee is given as a reason for anonymity, not as whom he speaks
  for.
* Stance: facts offered by a side as an argument carry that side's stance (as in the samples);
  facts from officials giving evidence (Feld's testimony, the anonymous ministry official) and
  procedural remarks (summoning the minister, filing a petition) are neutral. A company manager
  conceding that his own firm's service was "nowhere near good enough" opposes the target
  (Tollgate) by its content, whoever says it.
* Not statements: "defended the decision", "did not comment", "who wrote the 2020 ruling",
  "Residents' groups welcomed the warning", the strategy title “Cleaner Kessington”, the book title
  "Bread and Circuses, Inc.", "he posted a video of ...", "were divided".
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Presidential pardon, wire style. Straight quotes, dateline, speaker after the
#    statement ("his office said"), org speaker, two senators speaking together,
#    anonymous official with an organisation, "wrote on social media", "According to".
OFFICE = _who("Office of the President", "Office of the President",
              speaker_aliases=["president's office", "presidential office"],
              affiliation_aliases=["president's office", "presidential office"])
FERRAND = _who("Claudia Ferrand", "Justice Ministry", "Justice Minister",
               affiliation_aliases=["government"])
OCAMPO = _who("Mariela Ocampo", "Supreme Court", "Justice")
BENAVIDES = _who("Lucía Benavides", "Democratic Renewal Party", "Senator",
                 affiliation_aliases=["Democratic Renewal"])
BENAVIDES_IRIGOYEN = _who("Lucía Benavides", "Democratic Renewal Party", "Senator",
                          speaker_aliases=["Tomás Irigoyen"],
                          affiliation_aliases=["Democratic Renewal"])
PAREDES = _who("Octavio Paredes", "Broad Left Front", "senator")
CARVAJAL = _who("Inés Carvajal", "Center for Memory and Justice", "human rights lawyer")
QUISPE = _who("Rosa Quispe")

VALTIERRA = {
    "id": "valtierra-general-pardon",
    "title": "Valtierra president pardons ex-general jailed over 1991 farmworker killings",
    "published": "2025-03-04",
    "target": "the pardon of Ernesto Salcedo",
    "quotes": [
        Q("President Rodrigo Almonte of Valtierra has pardoned a former army general who was "
          "serving a 25-year sentence for the 1991 killing of 14 farmworkers", "indirect", **OFFICE,
          stance="neutral", mention=("his office", "after"), cue=("said", "after")),
        Q("the pardon \"does not question the work of the courts\" and that Ernesto Salcedo, 78, had "
          "been released on humanitarian grounds after doctors found he was suffering from "
          "terminal heart failure", "mixed", **OFFICE, stance="support",
          mention=("the Office of the President", "before"), cue=("said", "before")),
        Q("The constitution gives the president the power of clemency, and he has used it with "
          "great care,", "direct", **FERRAND, stance="support",
          mention=("Ferrand", "after"), cue=("told reporters", "after")),
        Q("This is not an amnesty. Nobody else is leaving prison.", "direct", **FERRAND,
          stance="support"),
        Q("the ministry had reviewed Salcedo's medical records and that three independent doctors "
          "had concluded he was unlikely to survive another year in a cell", "indirect", **FERRAND,
          stance="support", mention=("She", "before"), cue=("said", "before")),
        Q("Salcedo had been moved to a military hospital in San Lucio on Monday night", "indirect",
          None, affiliation="Justice Ministry", role="official", stance="neutral",
          mention=("A senior Justice Ministry official", "before"), cue=("said", "before")),
        Q("the pardon was \"within the president's powers\" but sent \"a terrible message\" to "
          "families still waiting for justice in other cases", "mixed", **OCAMPO, stance="oppose",
          mention=("Supreme Court Justice Mariela Ocampo", "before"), cue=("told", "before")),
        Q("Nobody disputes that the president can do this. What I dispute is whether he should,",
          "direct", **OCAMPO, stance="oppose", mention=("she", "after"), cue=("said", "after")),
        # Two senators speaking together: first named is the speaker, the other an alias.
        Q("they would ask the Senate to summon Ferrand next week to explain the medical findings",
          "indirect", **BENAVIDES_IRIGOYEN, stance="neutral",
          mention=("Senators Lucía Benavides and Tomás Irigoyen", "before"),
          cue=("said", "before")),
        Q("The general walked out of prison on Monday night and not one doctor's name has been "
          "made public,", "direct", **BENAVIDES, stance="oppose",
          mention=("Benavides", "after"), cue=("said", "after")),
        Q("the pardon was \"the price of the army's loyalty\" and an insult to the dead of Cerro "
          "Morado", "mixed", **PAREDES, stance="oppose",
          mention=("Broad Left Front senator Octavio Paredes", "before"), cue=("wrote", "before")),
        # Procedural (a petition to be filed): neutral, like the samples' summons to a committee.
        Q("the group would file a petition with the Inter-American Commission on Human Rights "
          "within weeks", "indirect", **CARVAJAL, stance="neutral",
          mention=("Inés Carvajal", "before"), cue=("said", "before")),
        Q("Valtierra has signed treaties that bar pardons for crimes against humanity, and the "
          "government is obliged to honor them", "indirect", **CARVAJAL, stance="oppose",
          mention=("Carvajal", "before"), cue=("According to", "before")),
        Q("she had heard about the pardon from a neighbor's television", "indirect", **QUISPE,
          stance="neutral", mention=("Rosa Quispe", "before"), cue=("said", "before")),
        Q("For almost 30 years we waited for that sentence,", "direct", **QUISPE, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        Q("It lasted seven.", "direct", **QUISPE, stance="oppose"),
    ],
}

# --------------------------------------------------------------------------- #
# 2. UK council bins. Curly quotes, ’ apostrophes, possessive appositive ("The council’s
#    leader, Cllr Janet Pryce,"), multi-paragraph quote after "told ...:", org speaker
#    re-mentioned as "The company" with two statements in one sentence, "conceded",
#    "insisted", "argued", "added", speaker in a relative clause, a strategy title.
COUNCIL = _who("Kessington Borough Council", "Kessington Borough Council",
               speaker_aliases=["Kessington council"],
               affiliation_aliases=["Kessington council"])
PRYCE = _who("Janet Pryce", "Kessington Borough Council", "leader",
             affiliation_aliases=["Kessington council", "council"])
SIDDIQUI = _who("Amir Siddiqui", "Kessington Borough Council", "cabinet member for environment",
                affiliation_aliases=["Kessington council", "council"])
TOLLGATE = _who("Tollgate Waste Solutions", "Tollgate Waste Solutions",
                speaker_aliases=["Tollgate"], affiliation_aliases=["Tollgate"])
LOWE = _who("Gareth Lowe", "Tollgate Waste Solutions", "regional manager",
            affiliation_aliases=["Tollgate"])
MADDOX = _who("Dean Maddox", "Unity Workers’ Federation", "organiser",
              affiliation_aliases=["Unity Workers' Federation"])
MARSH = _who("Helen Marsh", "Progressive Alliance group", "leader",
             affiliation_aliases=["Progressive Alliance"])
TATE = _who("Maureen Tate")

KESSINGTON = {
    "id": "kessington-bin-collections",
    "title": "Kessington council threatens to sack bin contractor after 9,000 missed collections",
    "published": "2024-11-26",
    "target": "Tollgate Waste Solutions",
    "quotes": [
        Q("it could lose a £48m contract after more than 9,000 bin collections were missed in the "
          "six weeks since new rounds were introduced", "indirect", **COUNCIL, stance="oppose",
          mention=("Kessington Borough Council", "before"), cue=("warned", "before")),
        Q("residents had been “badly let down” since Tollgate Waste Solutions took over the "
          "borough’s household rounds in September, and that a formal default notice had been "
          "served on the firm on Friday", "mixed", **PRYCE, stance="oppose",
          mention=("Cllr Janet Pryce", "before"), cue=("said", "before")),
        Q("I’m not going to sugar-coat this: if we don’t see a dramatic improvement by Christmas, "
          "we will end this contract, and I won’t lose a minute’s sleep over it,", "direct",
          **PRYCE, stance="oppose", mention=("she", "after"), cue=("said", "after")),
        Q("We have had 9,412 missed collections since the new rounds started. In the same six "
          "weeks last year we had just over 600.\n\n“Some streets in Northgate and Pelham Vale "
          "have not had a recycling collection since the middle of October. Crews are arriving at "
          "the depot with lorries that were never emptied the day before.\n\n“I have asked "
          "officers to prepare every option, including bringing the service back in-house.",
          "direct", **SIDDIQUI, stance="oppose",
          mention=("Cllr Amir Siddiqui", "before"), cue=("told", "before")),
        # An apology that puts the blame on teething problems: the company defending itself.
        Q("it “sincerely apologised” for the disruption, which it blamed on teething problems with "
          "new route-planning software and higher-than-expected staff sickness", "mixed",
          **TOLLGATE, stance="support",
          mention=("Tollgate Waste Solutions", "before"), cue=("said", "before")),
        Q("the service was “improving week on week”", "mixed", **TOLLGATE, stance="support",
          mention=("The company", "before"), cue=("insisted", "before")),
        Q("96 per cent of bins had been emptied on schedule last week", "indirect", **TOLLGATE,
          stance="support", mention=("The company", "before"), cue=("said", "before")),
        Q("the first weeks of the contract had been “nowhere near good enough”", "mixed", **LOWE,
          stance="oppose", mention=("Gareth Lowe", "before"), cue=("conceded", "before")),
        Q("But we’re not walking away from Kessington,", "direct", **LOWE, stance="support",
          mention=("he", "after"), cue=("told", "after")),
        Q("Our crews are working six days a week to clear the backlog, and residents will see the "
          "difference before Christmas.", "direct", **LOWE, stance="support"),
        Q("the new rounds were “physically impossible” to complete in a single shift", "mixed",
          **MADDOX, stance="oppose", mention=("Dean Maddox", "before"), cue=("said", "before")),
        Q("Our members are being blamed for a timetable drawn up by people who have never lifted "
          "a bin,", "direct", **MADDOX, stance="oppose",
          mention=("he", "after"), cue=("added", "after")),
        Q("the council should end the contract now rather than “wait for another month of "
          "rotting rubbish”", "mixed", **MARSH, stance="oppose",
          mention=("Cllr Helen Marsh", "before"), cue=("argued", "before")),
        Q("The leader has known since October that this company cannot do the job,", "direct",
          **MARSH, stance="oppose", mention=("Marsh", "after"), cue=("said", "after")),
        # Relative clause: mention is the name the clause hangs on.
        Q("her recycling had not been collected since 14 October", "indirect", **TATE,
          stance="oppose", mention=("Maureen Tate", "before"), cue=("said", "before")),
        Q("Whoever these people are, they’ve never been down my road,", "direct", **TATE,
          stance="oppose", mention=("she", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Stadium naming rights and relocation threat. Straight quotes, nested 'we might have
#    to move,', org speakers ("the team announced", "The company confirmed"), "tweeted",
#    "posted on social media:", "testified", "noted", "conceded", '"...," said X, appositive'
#    with a book title in quotes, anonymous fan without an organisation.
FOXES = _who("Ridgehaven Foxes", "Ridgehaven Foxes",
             speaker_aliases=["Foxes"], affiliation_aliases=["Foxes"])
DENHOLM = _who("Victor Denholm", "Ridgehaven Foxes", "owner", affiliation_aliases=["Foxes"])
VANCE = _who("Patricia Vance", "Meridian Baseball League", "commissioner")
RUELAS = _who("Hector Ruelas", "Ridgehaven", "Mayor", affiliation_aliases=["City of Ridgehaven"])
FELD = _who("Naomi Feld", "Ridgehaven", "economic development director",
            affiliation_aliases=["City of Ridgehaven"])
OYELARAN = _who("Marcus Oyelaran", "Lakeshore State University", "sports economist")
AMES = _who("Rachel Ames", "Quillon Energy", "chief marketing officer")
QUILLON = _who("Quillon Energy", "Quillon Energy")
KIMURA = _who("Dolores Kimura")

RIDGEHAVEN = {
    "id": "ridgehaven-foxes-naming-rights",
    "title": "Foxes sell ballpark naming rights as owner presses city for renovation money",
    "published": "2025-06-11",
    "target": "public funding for the ballpark renovation",
    "quotes": [
        Q("The Ridgehaven Foxes have sold the naming rights to their 41-year-old ballpark to "
          "Quillon Energy in a 20-year deal worth $180 million", "indirect", **FOXES,
          stance="neutral", mention=("the team", "after"), cue=("announced", "after")),
        Q("he would \"have no choice\" but to listen to offers from other cities if the City "
          "Council did not commit at least $250 million in public money by the end of the year",
          "mixed", **DENHOLM, stance="support",
          mention=("Foxes owner Victor Denholm", "before"), cue=("wrote", "before")),
        Q("This deal shows we're putting our own money on the table. Now we need the city to "
          "meet us halfway,", "direct", **DENHOLM, stance="support",
          mention=("Denholm", "after"), cue=("told reporters", "after")),
        # "he posted a video ..." in the same sentence is not a statement.
        Q("the ballpark was \"held together with duct tape and prayers,\"", "mixed", **DENHOLM,
          stance="support", mention=("Denholm", "before"), cue=("tweeted", "before")),
        Q("the Meridian Baseball League \"strongly supports\" a public-private partnership to "
          "modernize the ballpark", "mixed", **VANCE, stance="support",
          mention=("league commissioner Patricia Vance", "before"), cue=("said", "before")),
        Q("no other city had formally applied to host the team", "indirect", **VANCE,
          stance="neutral", mention=("Vance", "before"), cue=("noted", "before")),
        Q("talks with the team were \"ongoing and productive\" and that he expected to meet "
          "Denholm again next week", "mixed", **RUELAS, stance="neutral",
          mention=("Mayor Hector Ruelas", "before"), cue=("said", "before")),
        Q("I'm not going to write a blank check to a billionaire, and I don't think anyone in "
          "this city wants me to.", "direct", **RUELAS, stance="oppose",
          mention=("he", "before"), cue=("posted", "before")),
        # Testimony of an official giving the city's own estimate: neutral.
        Q("the ballpark brings about $95 million a year into the local economy and supports some "
          "1,100 jobs", "indirect", **FELD, stance="neutral",
          mention=("Naomi Feld", "before"), cue=("testified", "before")),
        Q("the estimate did not count money fans would spend elsewhere in the city if the team "
          "left", "indirect", **FELD, stance="neutral",
          mention=("she", "before"), cue=("conceded", "before")),
        Q("Those numbers are almost always inflated,", "direct", **OYELARAN, stance="oppose",
          mention=("Marcus Oyelaran", "after"), cue=("said", "after")),
        Q("When an owner says 'we might have to move,' that's usually the opening line of a "
          "negotiation, not the last one.", "direct", **OYELARAN, stance="oppose"),
        Q("the company saw the agreement as \"a 20-year bet on Ridgehaven\" and on its fans",
          "mixed", **AMES, stance="neutral", mention=("Rachel Ames", "before"),
          cue=("said", "before")),
        Q("the contract allows it to walk away if the Foxes leave the city", "indirect",
          **QUILLON, stance="neutral", mention=("The company", "before"),
          cue=("confirmed", "before")),
        Q("We're already paying for this team every time we buy a hot dog,", "direct", **KIMURA,
          stance="oppose", mention=("Dolores Kimura", "after"), cue=("said", "after")),
        # Anonymous fan, no organisation.
        Q("he would \"happily\" see tax money spent on the ballpark if that kept the team in town",
          "mixed", None, role="season-ticket holder", stance="support",
          mention=("One season-ticket holder", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [VALTIERRA, KESSINGTON, RIDGEHAVEN]
