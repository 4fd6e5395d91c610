"""Held-out round two (session 19), one of two annotators (US school board, drug trial, Indian state policy); loaded by
annotations.py. Written blind to the system and to data/dev; never used to develop rules
(data/heldout/README.md).

Hand annotations for three invented articles (round r5a), source of gold.jsonl.

Written by hand against data/samples/README.md ("Annotation rules"). No offsets: every statement
is given by its exact text, mention and cue by text plus direction, and build_gold.py computes
the spans.

Decisions where the rules leave a case open (applied the same way in all three articles):

* Mentions with a title written directly before the name, capitalised or not, include the title
  ("business manager Glen Pruitt", "district spokeswoman Angela Brandt", "Leader of the
  Opposition Arvind Kulkarni"); a title in an appositive ("Mark Tuttle, president of ...") is
  not part of the mention. Honorifics are part of the mention as written ("Mr Rao",
  "Dr Aaron Feld"), but never part of `speaker`.
* A speaker named in the main clause whose statement sits in a relative clause ("Board member Ray
  Delgado, who argued that ...") gets the name phrase as mention, not the relative pronoun.
* A letter read aloud at a meeting is the letter writer's statement (cue "wrote"), not the
  reader's.
* Anonymous speakers: speaker null, the whole noun phrase as mention ("A spokesperson for the
  agency", "A senior official in the Finance Department", "Another farmer"); role is the head
  noun without "senior" (as in the samples' "A senior coalition officer" -> officer).
* Private people get a role only from a descriptor the article gives ("a retired teacher",
  "a Wrenfield parent" -> parent, "paddy growers" -> paddy grower) and no affiliation.
* Two people reported together ("paddy growers Harpal Singh and Jaswant Rawat said ..."): one
  statement, speaker = the first named, the second as speaker alias, mention = the whole
  coordinated phrase.
* Indian names with initials: speaker keeps the initials as written ("K. Raghavendra Rao"); the
  spelling without the full stop is an alias. Ministers speak for the government the article
  names ("Vindhara government"); the Chief Minister's party is an affiliation alias.
* Parties and organisations introduced with an abbreviation ("Jan Nyaya Dal (JND)") speak under
  the full name with the abbreviation as alias; the mention is the noun phrase as written,
  parenthesis included.
* "X, its maker said on Monday, although it did not ...": the "although" clause is the
  reporter's framing and is left out of the statement.
* Facts offered as reasons for or against the target carry that stance (the samples' Okafor and
  Halabi facts); purely procedural or logistical statements are neutral.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution held-out"


# --------------------------------------------------------------------------- #
# 1. US small-town paper, school board votes to close an elementary school. Straight quotes and
#    apostrophes; a report title in quotes ("Building for 2030," not a statement); a reaction
#    without content (parents applauded); a letter read aloud; follow-on paragraph with no cue;
#    speaker in a relative clause; "said ... but warned that" (two statements, one mention).
MAYS = _who("Carolyn Mays", "Harlan Falls City Schools", "Superintendent",
            affiliation_aliases=["Harlan Falls school district"])
PRUITT = _who("Glen Pruitt", "Harlan Falls City Schools", "business manager",
              affiliation_aliases=["Harlan Falls school district"])
SORENSEN = _who("Linda Sorensen", "Harlan Falls Board of Education", "Board President",
                affiliation_aliases=["Harlan Falls school board", "Board of Education"])
DELGADO = _who("Ray Delgado", "Harlan Falls Board of Education", "board member",
               affiliation_aliases=["Harlan Falls school board", "Board of Education"])
VANCE = _who("Eleanor Vance", None, "retired teacher")
TRAN = _who("Jessica Tran", None, "parent")
TUTTLE = _who("Mark Tuttle", "Harlan Falls Education Association", "president")
BRANDT = _who("Angela Brandt", "Harlan Falls City Schools", "spokeswoman",
              affiliation_aliases=["Harlan Falls school district"])

HARLAN = {
    "id": "harlan-falls-school-closure",
    "title": "Harlan Falls board votes 4-3 to close Wrenfield Elementary",
    "published": "2025-02-12",
    "target": "closing Wrenfield Elementary School",
    "quotes": [
        Q("enrollment at Wrenfield had dropped to 141 students, less than half the building's "
          "capacity, and that the district faces a $2.3 million shortfall next year",
          "indirect", **MAYS, stance="support",
          mention=("Superintendent Carolyn Mays", "before"), cue=("told the board", "before")),
        Q("Nobody in my office wanted to bring this recommendation to you,", "direct", **MAYS,
          stance="support", mention=("Mays", "after"), cue=("said", "after")),
        Q("But I can't ask taxpayers to heat and staff a building that is more than half empty.",
          "direct", **MAYS, stance="support"),
        Q("The closure would save the district roughly $900,000 a year", "indirect", **PRUITT,
          stance="support",
          mention=("business manager Glen Pruitt", "after"), cue=("according to", "after")),
        Q("the board had \"run out of painless options\" after two years of cuts", "mixed",
          **SORENSEN, stance="support",
          mention=("Board President Linda Sorensen", "before"), cue=("conceded", "before")),
        Q("We looked at redrawing attendance lines, we looked at sharing a principal with Lincoln "
          "Park, we looked at everything,", "direct", **SORENSEN, stance="support",
          mention=("Sorensen", "after"), cue=("said", "after")),
        Q("The numbers just don't move.", "direct", **SORENSEN, stance="support"),
        # Statement inside a relative clause; the main clause ("cast one of the three no votes")
        # is not speech.
        Q("the district never seriously studied a four-day school week", "indirect", **DELGADO,
          stance="oppose",
          mention=("Board member Ray Delgado", "before"), cue=("argued", "before")),
        Q("We are telling families on the east side of town that their kids count for a little "
          "less,", "direct", **DELGADO, stance="oppose",
          mention=("he", "after"), cue=("said", "after")),
        # Letter read aloud by board member Denise Whitaker: the writer is the speaker.
        Q("A school is not a line in a budget. It is the place where this town learned to read, "
          "and you cannot buy that back once it's gone,", "direct", **VANCE, stance="oppose",
          mention=("Vance", "after"), cue=("wrote", "after")),
        Q("My daughter walks four blocks to Wrenfield. Next year she'll be on a bus for forty "
          "minutes each way,", "direct", **TRAN, stance="oppose",
          mention=("Jessica Tran", "after"), cue=("said", "after")),
        # Follow-on paragraph with no cue.
        Q("Who is going to make sure those buses show up on time in February? Not the people "
          "sitting up on that stage.", "direct", **TRAN, stance="oppose"),
        Q("no teachers would lose their jobs under the plan", "indirect", **TUTTLE,
          stance="neutral", mention=("Mark Tuttle", "before"), cue=("said", "before")),
        Q("class sizes at Lincoln Park could climb to 28 or more in some grades", "indirect",
          **TUTTLE, stance="oppose", mention=("Mark Tuttle", "before"), cue=("warned", "before")),
        Q("bus routes and schedules would be mailed to Wrenfield families by April 1", "indirect",
          **BRANDT, stance="neutral",
          mention=("district spokeswoman Angela Brandt", "before"), cue=("said", "before")),
        # Indirect statement before its cue ("..., she said.").
        Q("No decision has been made about the future of the building", "indirect", **BRANDT,
          stance="neutral", mention=("she", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Health/science story on a drug trial. Curly quotes and ’ apostrophes; the company first
#    mentioned as "its maker" and re-mentioned as "the company"; a multi-paragraph follow-on
#    quote with no cue; an embedded "which she said" not split; possessive "Corvane’s chief
#    medical officer, Dr Aaron Feld,"; an anonymous regulator spokesperson; "posted";
#    scare quote “blockbuster” and a reaction without content ("welcomed the results").
CORVANE = _who("Corvane Pharmaceuticals", "Corvane Pharmaceuticals",
               speaker_aliases=["Corvane"], affiliation_aliases=["Corvane"])
ADEYEMI = _who("Naomi Adeyemi", "Kingsbury University Hospital", "lead investigator")
FELD = _who("Aaron Feld", "Corvane Pharmaceuticals", "chief medical officer",
            affiliation_aliases=["Corvane"])
WREN = _who("Tomasz Wren", "University of Easthaven", "heart failure specialist")
NMA = _who("National Medicines Agency", "National Medicines Agency")
AMBROSE = _who("Rachel Ambrose", "Heart Failure Patients’ Alliance", "chief executive",
               affiliation_aliases=["Heart Failure Patients' Alliance"])
LOWELL = _who("Derek Lowell", None, "retired bus driver")

VELMASTAT = {
    "id": "velmastat-heart-failure-trial",
    "title": "Heart failure pill cuts hospital stays by a fifth but does not save lives, trial finds",
    "published": "2025-06-09",
    "target": "velmastat",
    "quotes": [
        # "its maker" is Corvane Pharmaceuticals (named in the next paragraph); the "although"
        # clause is the reporter's, not the company's.
        Q("An experimental heart failure drug cut hospital admissions by about a fifth in a large "
          "international trial", "indirect", **CORVANE, stance="support",
          mention=("its maker", "after"), cue=("said", "after")),
        Q("velmastat, a twice-daily pill, lowered the rate of hospitalisation for worsening heart "
          "failure by 21 per cent compared with a placebo over two years in the 4,300-patient "
          "study", "indirect", **CORVANE, stance="support",
          mention=("Corvane Pharmaceuticals", "before"), cue=("said", "before")),
        Q("it would seek approval from regulators before the end of the year", "indirect",
          **CORVANE, stance="neutral", mention=("The company", "before"), cue=("added", "before")),
        Q("For patients, a night in hospital is not a statistic. It is frightening and "
          "exhausting, and for many of them it happens again and again,", "direct", **ADEYEMI,
          stance="support", mention=("Adeyemi", "after"), cue=("told reporters", "after")),
        # Follow-on quote over two paragraphs, no cue: one statement.
        Q("What we have shown is that a pill most patients tolerated well can prevent a "
          "meaningful share of those admissions.\n\n“I would be the first to say this is not a "
          "cure. But it is a real step forward.", "direct", **ADEYEMI, stance="support"),
        # The embedded "which she said" is part of this statement, not a separate one.
        Q("the drug had shown no effect on deaths from any cause, which she said the trial had "
          "been too small to detect", "indirect", **ADEYEMI, stance="neutral",
          mention=("She", "before"), cue=("conceded", "before")),
        Q("the mortality result was “not a red flag”", "mixed", **FELD, stance="support",
          mention=("Dr Aaron Feld", "before"), cue=("insisted", "before")),
        Q("a larger study due to report in 2027 had been designed to answer that question",
          "indirect", **FELD, stance="neutral",
          mention=("Dr Aaron Feld", "before"), cue=("said", "before")),
        Q("about one in eight patients on velmastat had stopped taking it early because of side "
          "effects, mostly dizziness and changes in kidney function", "indirect", **WREN,
          stance="oppose", mention=("Dr Tomasz Wren", "before"), cue=("noted", "before")),
        Q("The headline number is encouraging,", "direct", **WREN, stance="support",
          mention=("Wren", "after"), cue=("said", "after")),
        Q("But a drug that doesn’t help people live longer, and that one patient in eight can’t "
          "stay on, is not the breakthrough some people are calling it.", "direct", **WREN,
          stance="oppose"),
        Q("it had not yet received an application for velmastat", "indirect", **NMA,
          stance="neutral",
          mention=("The National Medicines Agency", "before"), cue=("said", "before")),
        Q("any submission would be judged “on the full evidence, including the safety data”",
          "mixed", None, affiliation="National Medicines Agency", role="spokesperson",
          stance="neutral",
          mention=("A spokesperson for the agency", "before"), cue=("said", "before")),
        Q("the findings offered “real hope to the 900,000 people living with heart failure in "
          "this country”", "mixed", **AMBROSE, stance="support",
          mention=("Rachel Ambrose", "before"), cue=("posted", "before")),
        Q("he had not spent a night in hospital since starting the pills two years ago, after "
          "four admissions the year before", "indirect", **LOWELL, stance="support",
          mention=("Derek Lowell", "before"), cue=("said", "before")),
        Q("I can walk to the shops again. For me, that’s everything,", "direct", **LOWELL,
          stance="support", mention=("he", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Indian English political story on a state crop policy. Straight quotes, full stops outside
#    the closing mark; initials and honorifics (K. Raghavendra Rao / Mr Rao, Dr P. Meenakshi);
#    party abbreviations explained once (VJP, JND, SKP); "..., said X, adding that ..."; an
#    anonymous official with an organisation and an anonymous farmer without one; "tweeted";
#    two farmers speaking together; scare quote "dark zone"; study title "Running Dry"; a
#    reaction without content ("struck a more cautious note").
RAO = _who("K. Raghavendra Rao", "Vindhara government", "Chief Minister",
           speaker_aliases=["K Raghavendra Rao"],
           affiliation_aliases=["government", "State government", "Vindhara Janata Party",
                                "VJP"])
MEENAKSHI = _who("P. Meenakshi", "Vindhara government", "Agriculture Minister",
                 speaker_aliases=["P Meenakshi"],
                 affiliation_aliases=["government", "State government", "Agriculture Department"])
VENKATESH = _who("R. Venkatesh", "Agriculture Department", "Principal Secretary",
                 speaker_aliases=["R Venkatesh"],
                 affiliation_aliases=["Vindhara government"])
JND = _who("Jan Nyaya Dal", "Jan Nyaya Dal", speaker_aliases=["JND"], affiliation_aliases=["JND"])
KULKARNI = _who("Arvind Kulkarni", "Jan Nyaya Dal", "Leader of the Opposition",
                affiliation_aliases=["JND"])
MENON = _who("Revathi Menon", "Samyukta Kisan Paksha", "legislature party leader",
             affiliation_aliases=["SKP"])
SIDDIQUI = _who("Farah Siddiqui", "Institute for Rural Policy Studies", "agricultural economist")
FARMERS = _who("Harpal Singh", None, "paddy grower", speaker_aliases=["Jaswant Rawat"])

VINDHARA = {
    "id": "vindhara-crop-diversification",
    "title": "Vindhara to pay farmers Rs 7,500 an acre to give up paddy; Opposition cries foul",
    "published": "2025-07-17",
    "target": "the Vindhara Crop Diversification Policy",
    "quotes": [
        Q("the State could \"no longer afford to pump out water that took a thousand years to "
          "collect\"", "mixed", **RAO, stance="support",
          mention=("Chief Minister K. Raghavendra Rao", "before"), cue=("said", "before")),
        Q("Our fathers grew paddy because the water was there. Our children will not have that "
          "choice if we do nothing today,", "direct", **RAO, stance="support",
          mention=("Mr Rao", "after"), cue=("told reporters", "after")),
        Q("no farmer would be forced to give up paddy and that the incentive was \"entirely "
          "voluntary\"", "mixed", **RAO, stance="support",
          mention=("He", "before"), cue=("insisted", "before")),
        Q("her department had identified 3.1 lakh hectares in 11 districts for the first phase, "
          "and that procurement of ragi and jowar at the minimum support price would begin in "
          "October", "indirect", **MEENAKSHI, stance="support",
          mention=("Agriculture Minister Dr P. Meenakshi", "before"), cue=("said", "before")),
        Q("Everything depends on whether the State can buy what farmers grow. A subsidy on paper "
          "means nothing if there is no buyer at the mandi,", "direct", **VENKATESH,
          stance="neutral", mention=("R. Venkatesh", "after"), cue=("said", "after")),
        Q("140 new procurement centres would open before the kharif season", "indirect",
          **VENKATESH, stance="neutral",
          mention=("R. Venkatesh", "before"), cue=("adding", "before")),
        Q("the scheme's cost had been \"pared down twice\" before it reached the Cabinet", "mixed",
          None, affiliation="Finance Department", role="official", stance="neutral",
          affiliation_aliases=("Vindhara government",),
          mention=("A senior official in the Finance Department", "before"),
          cue=("said", "before")),
        Q("the scheme was \"an election gimmick dressed up as environmental policy\"", "mixed",
          **JND, stance="oppose",
          mention=("The Opposition Jan Nyaya Dal (JND)", "before"), cue=("said", "before")),
        Q("Mr Rao's government is punishing the small tenant for the sins of the big landlord,",
          "direct", **KULKARNI, stance="oppose",
          mention=("Leader of the Opposition Arvind Kulkarni", "after"), cue=("said", "after")),
        Q("A man who leases twenty acres from four families will lose his free power overnight.",
          "direct", **KULKARNI, stance="oppose"),
        Q("JND workers would protest outside all 38 district collectorates on Monday", "indirect",
          **KULKARNI, stance="oppose", mention=("Mr Kulkarni", "before"), cue=("tweeted", "before")),
        Q("the SKP would back the policy in the Assembly but would press for the incentive to be "
          "raised to Rs 12,000 an acre", "indirect", **MENON, stance="support",
          mention=("Dr Revathi Menon", "before"), cue=("said", "before")),
        Q("Rs 7,500 roughly matches what a paddy farmer gives up by switching in a normal year",
          "indirect", **SIDDIQUI, stance="neutral",
          mention=("Dr Farah Siddiqui", "before"), cue=("According to", "before")),
        Q("But three years is too short. Farmers will go back to paddy the day the money stops "
          "unless there is an assured market,", "direct", **SIDDIQUI, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        # Two speakers together: first named as speaker, the other as alias.
        Q("they would not switch until they saw the first instalment in their bank accounts",
          "indirect", **FARMERS, stance="neutral",
          mention=("paddy growers Harpal Singh and Jaswant Rawat", "before"),
          cue=("said", "before")),
        Q("Millets don't repay a tractor loan. Paddy does.", "direct", None, role="farmer",
          stance="oppose", mention=("Another farmer", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [HARLAN, VELMASTAT, VINDHARA]
