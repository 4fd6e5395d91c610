"""Round eight of data/dev (session 19), one of two annotators (state university cuts, EU farmers' protest, hospital data breach); loaded by
annotations.py. Written blind to the system like rounds one to seven; the system was
measured on round eight once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (round r9a of the attribution dev gold).

Same format as data/samples/annotations.py: every statement by its exact text, its mention and
cue by text plus direction, so build_gold.py computes and checks every offset.

Decisions where the rules in data/samples/README.md leave a case open:

* Two people speaking together ("Natarajan and Devon Achebe ... wrote in a joint letter"): one
  statement; ``speaker`` is the first-named person and the co-author is a speaker alias (either
  name is a right answer); the mention is the whole coordinated phrase as written; affiliation is
  the first speaker's body, the co-author's body an affiliation alias; role the first speaker's.
* Speaker in a relative clause ("state Rep. Lorna Vasquez-Tate, a Democrat from Kessling, who said
  ..."; "Gloria Pennington, 71, of Easton Falls, who said ..."): the mention is the antecedent
  name (with its title, as written), not the relative pronoun "who".
* Appositive after a possessive title ("The Faculty Senate's chair, Priya Natarajan,"): the
  mention is the name alone, as with any appositive.
* Non-statements left out: scare quotes ("right-sizing", "zero trust"), a sign and a banner
  ("Fund Us Like You Mean It.", "Marivia beef? No thanks"), a report title ("Critical
  Condition,"), and reactions with no reported content ("Several regents praised Ellery",
  "the European Commission defended the text", "Farmers cheered", "Brightwell declined to
  comment").
* "told the broadcaster VNR": cue "told" (as in the samples' "told the broadcaster NRV");
  "told reporters" stays a phrase.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. US regional newspaper: state university budget cuts. Straight "..." quotes, ' apostrophes,
#    American punctuation inside the marks, a multi-paragraph quote after "She said:", a joint
#    letter by two people, a relative-clause speaker, an emailed statement, "tweeted".
ELLERY = _who("Margaret Ellery", "Harlan State University System", "Chancellor",
              affiliation_aliases=["Harlan State", "Harlan State University"])
# "Ridgeford campus president Alan Whitcombe": the campus is the body he speaks for.
WHITCOMBE = _who("Alan Whitcombe", "Ridgeford campus", "president",
                 affiliation_aliases=["Ridgeford", "Harlan State University System",
                                      "Harlan State"])
NATARAJAN = _who("Priya Natarajan", "Faculty Senate", "chair")
# Joint letter: first-named author as speaker, co-author as alias (see module docstring).
NATARAJAN_ACHEBE = _who("Priya Natarajan", "Faculty Senate", "chair",
                        speaker_aliases=["Devon Achebe"],
                        affiliation_aliases=["Graduate Employees United"])
GEU = _who("Graduate Employees United", "Graduate Employees United")
# A state official with no fuller body named: "government", as for ministers.
MABRY = _who("Colin Mabry", "government", "State Budget Director",
             affiliation_aliases=["state", "state government"])
# "state Rep. ..., a Democrat": party as affiliation; role spelled out from "Rep.".
VASQUEZ_TATE = _who("Lorna Vasquez-Tate", "Democratic Party", "state representative",
                    affiliation_aliases=["Democrat", "Democrats"])
LINDGREN = _who("Maya Lindgren", None, "sophomore")
KESSLER = _who("Dana Kessler", "Harlan State University System", "spokeswoman",
               affiliation_aliases=["Harlan State", "Harlan State University"])

HARLAN = {
    "id": "harlan-state-budget-cuts",
    "title": "Harlan State to cut 140 jobs, suspend two programs after state funding cut",
    "published": "2025-06-18",
    "target": "the budget cuts at Harlan State",
    "quotes": [
        Q("Harlan State University System will eliminate about 140 staff positions and suspend "
          "admissions to two degree programs this fall to absorb a $38 million cut in state "
          "funding", "indirect", **ELLERY, stance="neutral",
          mention=("Chancellor Margaret Ellery", "after"), cue=("announced", "after")),
        Q("the system had \"run out of painless options\" after three years of flat "
          "appropriations and rising health insurance costs", "mixed", **ELLERY,
          stance="support", mention=("the chancellor", "before"), cue=("wrote", "before")),
        Q("Nobody in this office wanted to write this plan,", "direct", **ELLERY,
          stance="neutral", mention=("Ellery", "after"), cue=("told reporters", "after")),
        Q("But a budget is a set of choices, and the Legislature made its choice in April. Our "
          "job now is to protect the core of what we teach.", "direct", **ELLERY,
          stance="support"),
        Q("losing the social work program would \"leave a real hole\" in a part of the state "
          "already short of child welfare caseworkers", "mixed", **WHITCOMBE, stance="oppose",
          mention=("Ridgeford campus president Alan Whitcombe", "before"),
          cue=("acknowledged", "before")),
        Q("You don't hand people a finished plan two weeks before a vote and call that shared "
          "governance. Colleagues found out their programs were on the list from a "
          "spreadsheet.\n\n\"We will ask the regents to reopen this in September, and we will "
          "keep asking.", "direct", **NATARAJAN, stance="oppose",
          mention=("She", "before"), cue=("said", "before")),
        Q("the cuts \"fall hardest on the people with the least power to absorb them\" while "
          "leaving administrators' salaries untouched", "mixed", **NATARAJAN_ACHEBE,
          stance="oppose", mention=("Natarajan and Devon Achebe", "before"),
          cue=("wrote", "before")),
        Q("the plan would freeze graduate stipends for a third straight year", "indirect", **GEU,
          stance="oppose", mention=("The union", "before"), cue=("said", "before")),
        Q("spending on higher education had grown faster than the state's general fund for most "
          "of the past decade", "indirect", **MABRY, stance="support",
          mention=("State Budget Director Colin Mabry", "before"), cue=("testified", "before")),
        Q("Every agency took a haircut this year. The university system's was smaller than most,",
          "direct", **MABRY, stance="support", mention=("Mabry", "after"), cue=("said", "after")),
        Q("the system's appropriation remains above its 2019 level", "indirect", **MABRY,
          stance="support", mention=("He", "before"), cue=("noted", "before")),
        Q("the cuts were \"a choice dressed up as a necessity\" and that she would push for "
          "emergency funding when lawmakers return in January", "mixed", **VASQUEZ_TATE,
          stance="oppose", mention=("state Rep. Lorna Vasquez-Tate", "before"),
          cue=("said", "before")),
        Q("Kessling will remember this vote,", "direct", **VASQUEZ_TATE, stance="oppose",
          mention=("she", "after"), cue=("tweeted", "after")),
        Q("I picked Kessling because of the German program, and now I'm being told to finish "
          "somewhere else or not at all,", "direct", **LINDGREN, stance="oppose",
          mention=("Maya Lindgren", "after"), cue=("said", "after")),
        Q("no tenured faculty member would lose a job and that students already enrolled in the "
          "suspended programs would be able to complete their degrees", "indirect", **KESSLER,
          stance="support", mention=("system spokeswoman Dana Kessler", "before"),
          cue=("wrote", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. European wire story: farmers' protest against an EU trade deal. Curly “...” quotes,
#    ’ apostrophes, European punctuation (banner's full stop outside the marks), an org speaker
#    (police prefecture) re-mentioned as "the prefecture", "said ... and insisted that" (two
#    statements, one mention), a multi-paragraph quote after "He said:", an anonymous farmer.
PREFECTURE = _who("Vaulmont police prefecture", "Vaulmont police prefecture",
                  affiliation_aliases=["police prefecture", "police"])
# The article names "the Castranian government" (in his own statement), so that is his body.
RAMBAUD = _who("Étienne Rambaud", "Castranian government", "Agriculture Minister",
               speaker_aliases=["Etienne Rambaud"],
               affiliation_aliases=["government", "government of Castrane", "Castrane"])
# "Velmark’s farm minister": no fuller body named, so "government" (rule for ministers).
BRASK = _who("Annelie Brask", "government", "farm minister",
             affiliation_aliases=["Velmark", "government of Velmark", "Velmark government"])
BRENNER = _who("Olaf Brenner", "European Commission", "trade spokesperson",
               affiliation_aliases=["Commission"])
DELORME = _who("Hugues Delorme", "Castranian Farmers’ Federation", "president",
               affiliation_aliases=["Castranian Farmers' Federation"])
CARREL = _who("Bastien Carrel", None, "beef farmer")
KROLL = _who("Sabine Kroll", "Hallmark Institute for Trade Policy", "economist")

CASTRANE = {
    "id": "castrane-farmers-trade-protest",
    "title": "Farmers blockade Vaulmont as EU ministers split over Marivia trade deal",
    "published": "2025-03-04",
    "target": "the EU-Marivia trade agreement",
    "quotes": [
        Q("about 1,800 tractors and 4,000 protesters had entered the city by midday and that "
          "three people had been detained after a toll gate was set on fire", "indirect",
          **PREFECTURE, stance="neutral",
          mention=("The Vaulmont police prefecture", "before"), cue=("said", "before")),
        Q("Castrane will not sign a text that sacrifices our livestock farmers for a few extra "
          "car exports,", "direct", **RAMBAUD, stance="oppose",
          mention=("Agriculture Minister Étienne Rambaud", "after"),
          cue=("told reporters", "after")),
        Q("the Castranian government would try to assemble a blocking minority when EU trade "
          "ministers vote on the deal next month", "indirect", **RAMBAUD, stance="oppose",
          mention=("Rambaud", "before"), cue=("said", "before")),
        Q("imported beef must meet “exactly the same rules” as meat produced on Castranian farms",
          "mixed", **RAMBAUD, stance="oppose",
          mention=("Rambaud", "before"), cue=("insisted", "before")),
        Q("the deal offered “real safeguards” for sensitive products and would open a market of "
          "90 million consumers to the country’s cheesemakers", "mixed", **BRASK,
          stance="support", mention=("Annelie Brask", "before"), cue=("wrote", "before")),
        Q("We cannot tell our farmers to compete with the world and then shut the door on it,",
          "direct", **BRASK, stance="support", mention=("she", "after"), cue=("told", "after")),
        Q("This agreement contains the strongest sustainability chapter the EU has ever "
          "negotiated,", "direct", **BRENNER, stance="support",
          mention=("Commission trade spokesperson Olaf Brenner", "after"),
          cue=("told reporters", "after")),
        Q("Nothing in it lowers a single European food standard.", "direct", **BRENNER,
          stance="support"),
        Q("a €1 billion reserve would be available to compensate farmers if imports pushed down "
          "prices", "indirect", **BRENNER, stance="support",
          mention=("He", "before"), cue=("added", "before")),
        Q("They talk to us about safeguards. We heard about safeguards with the last deal, and "
          "the one before that, and each time the price at the farm gate went down.\n\n“A steer "
          "in Marivia can be raised on land that was rainforest five years ago and treated with "
          "antibiotics banned here since 2006. And they call that fair competition.\n\n“We are "
          "not going home until Brussels listens.", "direct", **DELORME, stance="oppose",
          mention=("He", "before"), cue=("said", "before")),
        Q("My father had sixty cows. I have forty. My son will have none if this passes,",
          "direct", **CARREL, stance="oppose",
          mention=("Bastien Carrel", "after"), cue=("said", "after")),
        Q("he had driven through the night from the south because the deal was “the end of small "
          "farms” and his bank would not wait another year", "mixed", None, affiliation=None,
          role="farmer", stance="oppose",
          mention=("A younger farmer", "before"), cue=("said", "before")),
        Q("the beef quota granted to Marivia amounts to less than 1.5 per cent of EU consumption",
          "indirect", **KROLL, stance="neutral",
          mention=("Sabine Kroll", "before"), cue=("According to", "before")),
        Q("the anger on the roads had more to do with a decade of rising costs and falling "
          "incomes than with the trade deal itself", "indirect", **KROLL, stance="support",
          mention=("She", "before"), cue=("argued", "before")),
        Q("the ring road would stay closed overnight and that farmers’ leaders had agreed to meet "
          "the regional prefect on Wednesday", "indirect", **PREFECTURE, stance="neutral",
          mention=("the prefecture", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Technology: data breach at a hospital chain. Curly “...” quotes, ’ apostrophes, American
#    punctuation inside the marks, org speaker re-mentioned as "the company", possessive
#    appositives, '"according to" after the statement, "conceded", "noted", "posted", a
#    relative-clause speaker, an anonymous employee of the chain, a report title and a scare
#    quote (not statements).
BRIGHTWELL = _who("Brightwell Health", "Brightwell Health",
                  speaker_aliases=["Brightwell"], affiliation_aliases=["Brightwell"])
FERREIRA = _who("Nadia Ferreira", "Brightwell Health", "chief information security officer",
                affiliation_aliases=["Brightwell"])
TAKAHASHI = _who("Owen Takahashi", "Larkspur Labs", "threat researcher")
# "Attorney General Helen Marchbanks said her office ...": the state is unnamed; the body she
# speaks for is her office.
MARCHBANKS = _who("Helen Marchbanks", "attorney general's office", "Attorney General",
                  affiliation_aliases=["state attorney general's office", "state"])
PPC = _who("Patient Privacy Coalition", "Patient Privacy Coalition")
ABERNATHY = _who("Ruth Abernathy", "Patient Privacy Coalition", "executive director")
PENNINGTON = _who("Gloria Pennington", None, "patient")

BRIGHTWELL_DOC = {
    "id": "brightwell-health-data-breach",
    "title": "Hackers took records of 1.2 million Brightwell Health patients, chain says",
    "published": "2025-09-25",
    "target": "Brightwell Health’s handling of the data breach",
    "quotes": [
        Q("hackers had stolen names, Social Security numbers and medical records belonging to "
          "about 1.2 million patients in an attack discovered seven weeks ago", "indirect",
          **BRIGHTWELL, stance="neutral",
          mention=("Brightwell Health", "before"), cue=("said", "before")),
        Q("it had “acted swiftly to contain the incident” and would offer two years of free "
          "credit monitoring to anyone affected", "mixed", **BRIGHTWELL, stance="support",
          mention=("the company", "before"), cue=("said", "before")),
        Q("the attackers got in through a remote-access account belonging to a billing "
          "contractor on July 24 and moved through the network for 11 days before they were "
          "detected", "indirect", **FERREIRA, stance="neutral",
          mention=("Nadia Ferreira", "before"), cue=("said", "before")),
        Q("We’re not going to pretend this didn’t happen on our watch,", "direct", **FERREIRA,
          stance="neutral", mention=("Ferreira", "after"), cue=("said", "after")),
        Q("But the moment our team saw it, we shut that door and called the FBI.", "direct",
          **FERREIRA, stance="support"),
        Q("it had taken the company several more weeks to work out whose records were in the "
          "stolen files, which she attributed to the sheer size of the data", "indirect",
          **FERREIRA, stance="neutral", mention=("She", "before"), cue=("conceded", "before")),
        Q("A ransomware group calling itself Hollow Wren began publishing samples of the data on "
          "its leak site last week", "indirect", **TAKAHASHI, stance="neutral",
          mention=("Owen Takahashi", "after"), cue=("according to", "after")),
        Q("Groups like this one barely bother encrypting anything anymore. They steal, they "
          "threaten, and they wait for someone to pay,", "direct", **TAKAHASHI,
          stance="neutral", mention=("Takahashi", "after"), cue=("said", "after")),
        Q("the contractor account had not been protected by multifactor authentication",
          "indirect", **TAKAHASHI, stance="oppose",
          mention=("Takahashi", "before"), cue=("noted", "before")),
        Q("her office had opened an investigation into whether Brightwell notified patients "
          "within the 30 days required by state law", "indirect", **MARCHBANKS,
          stance="neutral", mention=("Attorney General Helen Marchbanks", "before"),
          cue=("said", "before")),
        Q("Seven weeks is a long time to sit on information people need to protect themselves,",
          "direct", **MARCHBANKS, stance="oppose",
          mention=("Marchbanks", "after"), cue=("posted", "after")),
        Q("the delay had left patients “exposed to fraud they couldn’t see coming” while the "
          "company polished its public message", "mixed", **PPC, stance="oppose",
          mention=("The Patient Privacy Coalition", "before"), cue=("said", "before")),
        Q("Patients did everything right. They handed over their most private information "
          "because they were sick,", "direct", **ABERNATHY, stance="oppose",
          mention=("Ruth Abernathy", "after"), cue=("said", "after")),
        Q("she first learned of the breach from a bank alert about a credit card she had never "
          "applied for", "indirect", **PENNINGTON, stance="oppose",
          mention=("Gloria Pennington", "before"), cue=("said", "before")),
        Q("Nobody from the hospital called me. The letter came two weeks after the bank did,",
          "direct", **PENNINGTON, stance="oppose",
          mention=("Pennington", "after"), cue=("said", "after")),
        Q("technicians had flagged the contractor account to managers “more than once” last year",
          "mixed", None, affiliation="Brightwell Health", role="employee", stance="oppose",
          affiliation_aliases=("Brightwell", "Brightwell’s IT department",
                               "Brightwell's IT department"),
          mention=("An employee in Brightwell’s IT department", "before"),
          cue=("said", "before")),
    ],
}

DOCUMENTS = [HARLAN, CASTRANE, BRIGHTWELL_DOC]
