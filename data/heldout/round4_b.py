"""Held-out round four (session 29), one of two annotators; loaded beside the other rounds. Written blind to the
system, to data/dev and to the other annotator's round-four file; to be measured once when it arrives and never
used to develop rules (data/heldout/README.md).

Hand annotations for three invented news articles: a British regional crime story
(``holloway-lane-stabbing``), a US city-hall story (``marlow-bay-shelter-vote``) and an economics /
markets wire story (``tessland-growth-slowdown``).

Every person, organisation, place, product and event is invented (Ashwell Green, Northmoor Police,
Marlow Bay, Coastal Public Employees Local 217, Tessland, Statistics Tessland, Halvorsen Bank ...);
only Oregon and the euro are real. The texts were written for this set and copy no sentence from real
news or any corpus. Nothing holds an offset: ``build_gold.py --dir`` finds every span from the exact
texts below. ``Q`` and ``_who`` come from ``data/samples/gold_api.py``.

Decisions taken where the rules in data/samples/README.md leave a case open:

Statement or not
* "He has been named locally as Callum Redfern" (a passive naming, nobody said to speak, no
  proposition) is not a statement.
* "official data showed on Thursday" is not annotated: "showed" is not a speech or communication
  cue and the clause it governs is the reporter's summary. The same figures' source speaks where a
  real cue is used ("according to a preliminary estimate from Statistics Tessland", "the statistics
  office said"); a document's figures speak for the body that published it (as in round3_b).
* Not statements: "Economists polled ahead of the release had expected ..." (an expectation, no
  cue), "in what analysts saw as a thinly veiled call" (an interpretation), "suggesting investors
  had added to bets" (market inference), "A spokesman for the bank declined to comment",
  "The union ... also weighed in" (a reaction with no content), "Not everyone is convinced",
  "Statistics Tessland will publish ..." (a schedule).
* A quote embedded in a quote ("they told me somebody would come round" inside Sandra Okoye's
  words) is not split out.
* "Neighbours said ..." and "Other economists said ..." (unnamed groups) are statements with
  speaker and affiliation null and the group noun as role, as "Analysts said" in round three.
* "said he would ask ..., though he conceded he was unlikely to find the votes": two statements,
  the second with its own mention ("he") and cue ("conceded"); the first ends before ", though".

Spans and kinds
* Article 1 uses curly double quotes (“…”) with ’ as the apostrophe (Mr Redfern’s, Police’s,
  I’m). A quoted fragment attributed to the speaker (a “no-go area”, “let down”) makes the
  statement mixed, not a scare quote.
* The family's two-paragraph statement after "said:" is one direct statement (repeated inner
  opening mark inside the span).
* A statement followed by its attribution and then reporter's framing ("Compared with a year
  earlier, the economy expanded 0.9%, the statistics office said, the weakest annual rate since
  ...") runs from the sentence start to the comma before the attribution; the framing after it is
  left out. "..., the force said." likewise.
* American/wire punctuation puts the final full stop inside the closing mark of a quoted fragment
  (act "before the damage becomes permanent."): the span then runs to the closing mark, so the
  full stop inside the marks is kept (the fragment's marks must both be inside a mixed span).
  Where the full stop is outside the marks (British copy, "“always acted on”.") it is left out.
* One cue with clauses joined by "and that" is one statement (Varela, the Mayor's Office, Amis,
  Banerjee, Vellacourt, Saltmarsh, Brennholt, the exporters' association).

Mention and cue
* "told reporters" and "told parliament" are cue phrases; "told the Gazette" has cue "told" (the
  outlet is not part of the cue, as "the judge told Maddox" in round three); "said in a statement",
  "said in a letter to council members", "said in a speech", "said later in a radio interview":
  cue "said"; "wrote in a note to clients": cue "wrote"; "according to a preliminary estimate from
  Statistics Tessland": cue "according to", mention the body's name.
* Titles written before the name are part of the mention ("Detective Chief Inspector Joanna
  Brightwell", "DCI Brightwell", "Councillor Dev Banerjee", "Tessland National Bank Governor Henrik
  Saltmarsh"); with an appositive or a possessive title ("the local's president, Marcus Oyelaran")
  the mention is the name alone.
* Unnamed speakers: "Another resident, who did not want to be named" -> mention "Another resident".

Speaker, affiliation, role
* The bereaved family ("Mr Redfern’s family said") speaks as a collective named by its surname,
  "Redfern family", affiliation null (as the Whitcombe family in round three), with the possessive
  forms as aliases.
* A detective "of Northmoor Police’s major crime team" gets that unit as affiliation with the force
  as an alias; "Chief Superintendent Rachel Amis, of Northmoor Police" -> Northmoor Police.
* "Northmoor Police said" / "the force said": the force speaks under its own name.
* The mayor has the city as affiliation ("Marlow Bay", as "Mayor Ana Ruiz of Port Calder" in the
  samples) although her title does not carry it; "Marlow Bay Mayor's Office" is an alias. Her office
  ("The Marlow Bay Mayor's Office said in a statement") speaks under its own name, and its
  spokeswoman ("Dana Whitfield, a spokeswoman for the mayor's office") is affiliated with it under
  its fullest name.
* Council members: affiliation "Marlow Bay City Council" ("Councilmember", "Council President").
* "Brent Salazar, owner of Salazar Marine Supply" -> Salazar Marine Supply / owner; private people
  with an occupation ("a retired nurse", "a retired school cook") get it as role and no affiliation.
* The union local speaks under its name "Coastal Public Employees Local 217" ("Local 217" alias).
* The finance minister: affiliation "government" (the article names no fuller body), aliases
  "Tessland government", "Tessland". Central bank governor: "Tessland National Bank", with
  "central bank" as an alias.
* Economists: "chief economist at Halvorsen Bank" -> Halvorsen Bank / chief economist; "head of
  macro research at Skarvik Securities" -> Skarvik Securities / head of macro research.

Stance
* Crime story (target: the police response to violence on Holloway Lane): the police defending
  their patrols and investigation support; residents and the councillor saying complaints were
  ignored oppose (facts offered as that argument included: Okoye's four reports, the
  neighbours' "building for months"); the family's tribute, the call for witnesses, the arrest
  and the incident facts are neutral; DCI Brightwell's "I want to reassure them ... detectives
  working around the clock" supports; Amis's offer to meet residents is neutral, her "the person
  responsible ... carried the knife" supports.
* City-hall story (target: the Dockside Avenue homeless shelter): the mayor, council president,
  Kessler and the union's letter ("supported the shelter but would fight ... a private contractor":
  the main claim is support) support; Penhallow and Salazar oppose; the budget/timetable statement,
  the union president's argument about who runs it, the spokeswoman's procedure and Penhallow's
  concession are neutral.
* Wire story (target: an interest rate cut by the Tessland National Bank): official figures and
  forecasts of what the bank will do are neutral (Oduya's forecast of cuts is a prediction, not an
  argument); the minister's budget remarks neutral, her "room now for monetary policy to support
  households" support; the governor oppose; economists arguing that the case has grown, Brennholt
  (his "broad-based" slowdown facts given as the case for a cut) and the exporters support; Aasveit
  oppose.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution held-out"


# --------------------------------------------------------------------------- #
# 1. British regional crime story. Curly quotes “…” with ’ as apostrophe, British spelling;
#    force as speaker ("..., Northmoor Police said", "the force said"), family statement over two
#    paragraphs after "said:", "Detective Chief Inspector X, of Y’s major crime team, said" + "DCI X
#    said" + continuation, "She said", unnamed neighbours and resident (null), retired school cook,
#    "Councillor X ... told the Gazette that" (mixed), "Chief Superintendent X, of Y, said" (mixed, two
#    fragments) + "she said" + continuation; trap: "He has been named locally as".
NORTHMOOR_POLICE = _who("Northmoor Police", "Northmoor Police")
REDFERN_FAMILY = _who("Redfern family", None, None,
                      speaker_aliases=["Mr Redfern’s family", "Mr Redfern's family",
                                       "Callum Redfern’s family", "Callum Redfern's family"])
BRIGHTWELL = _who("Joanna Brightwell", "Northmoor Police’s major crime team",
                  "Detective Chief Inspector",
                  affiliation_aliases=["Northmoor Police's major crime team", "Northmoor Police",
                                       "major crime team"])
NEIGHBOURS = _who(None, None, "neighbours")
OKOYE = _who("Sandra Okoye", None, "retired school cook")
RESIDENT = _who(None, None, "resident")
BANERJEE = _who("Dev Banerjee", "Northmoor City Council", "Councillor")
AMIS = _who("Rachel Amis", "Northmoor Police", "Chief Superintendent")

HOLLOWAY = {
    "id": "holloway-lane-stabbing",
    "title": "Teenager arrested after man, 34, stabbed to death on Holloway Lane",
    "published": "2025-06-16",
    "target": "the police response to violence on Holloway Lane",
    "quotes": [
        Q("Officers were called to the junction of Holloway Lane and Pitt Street shortly before "
          "11.40pm following reports of a fight", "indirect", **NORTHMOOR_POLICE, stance="neutral",
          mention=("Northmoor Police", "after"), cue=("said", "after")),
        # "He has been named locally as Callum Redfern" is not a statement.
        Q("Callum was the loudest laugh in every room and the first person to turn up whenever "
          "anyone needed a hand. His girls were his whole world.\n\n“We cannot understand how a "
          "night out for a curry has ended like this. We ask people to give us the space to "
          "grieve.", "direct", **REDFERN_FAMILY, stance="neutral",
          mention=("Mr Redfern’s family", "before"), cue=("said", "before")),
        Q("a 17-year-old boy from the Ashwell Green area had been arrested on Sunday morning and "
          "remained in custody for questioning", "indirect", **BRIGHTWELL, stance="neutral",
          mention=("Detective Chief Inspector Joanna Brightwell", "before"),
          cue=("said", "before")),
        Q("This was a shocking and senseless attack on a busy street, and I know people in Ashwell "
          "Green will be frightened and angry,", "direct", **BRIGHTWELL, stance="neutral",
          mention=("DCI Brightwell", "after"), cue=("said", "after")),
        Q("I want to reassure them that we have a team of detectives working around the clock.",
          "direct", **BRIGHTWELL, stance="support"),
        Q("officers were particularly keen to speak to anyone who had filmed the incident on a "
          "mobile phone, and to the driver of a silver hatchback seen leaving Pitt Street at "
          "speed", "indirect", **BRIGHTWELL, stance="neutral",
          mention=("She", "before"), cue=("said", "before")),
        Q("A dispersal order covering Holloway Lane and the surrounding streets will remain in "
          "place until Tuesday morning, giving officers powers to move on groups gathering in the "
          "area", "indirect", **NORTHMOOR_POLICE, stance="neutral",
          mention=("the force", "after"), cue=("said", "after")),
        Q("trouble outside the takeaway had been building for months", "indirect", **NEIGHBOURS,
          stance="oppose", mention=("Neighbours", "before"), cue=("said", "before")),
        Q("she had reported groups fighting in the street to police at least four times since "
          "Christmas", "indirect", **OKOYE, stance="oppose",
          mention=("Sandra Okoye", "before"), cue=("said", "before")),
        Q("Every time, they told me somebody would come round, and nobody ever did,", "direct",
          **OKOYE, stance="oppose", mention=("she", "after"), cue=("said", "after")),
        Q("Now a young man is dead at the end of my road. I’m sorry, but someone should have seen "
          "this coming.", "direct", **OKOYE, stance="oppose"),
        Q("the lane had become a “no-go area” after dark since the Ashwell Green police station "
          "closed its front counter two years ago", "mixed", **RESIDENT, stance="oppose",
          mention=("Another resident", "before"), cue=("said", "before")),
        Q("residents had been “let down” and that he would be asking the police and crime "
          "commissioner for more neighbourhood officers in the area", "mixed", **BANERJEE,
          stance="oppose", mention=("Councillor Dev Banerjee", "before"), cue=("told", "before")),
        Q("Holloway Lane had been a “priority location” for patrols since the spring and that "
          "reports from residents were “always acted on”", "mixed", **AMIS, stance="support",
          mention=("Chief Superintendent Rachel Amis", "before"), cue=("said", "before")),
        Q("I understand why people are angry, and I will personally meet anyone who feels they "
          "were not listened to,", "direct", **AMIS, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
        Q("But the person responsible for Saturday night is the person who carried the knife.",
          "direct", **AMIS, stance="support"),
    ],
}

# --------------------------------------------------------------------------- #
# 2. US city-hall story. Straight quotes and apostrophes, American spelling, dateline with em dash;
#    "Mayor X, who ..., said" (mixed), "told reporters" + continuation, the mayor's office as an
#    organisation speaker ("said in a statement Wednesday that ..., and that ..."), "Councilmember X,
#    who represents ... and voted against ..., said" (mixed), quote then "Penhallow said",
#    "Council President X", residents with occupation / business owner (indirect then direct with
#    "she said" / "he said" in one paragraph), union local "said in a letter", "the local's president,
#    X, said" after the quote, "X, a spokeswoman for the mayor's office, said" (mixed), "said ...,
#    though he conceded" (two statements); trap: "The union ... also weighed in".
VARELA = _who("Lucinda Varela", "Marlow Bay", "Mayor",
              affiliation_aliases=["Marlow Bay Mayor's Office", "city of Marlow Bay",
                                   "Marlow Bay city government"])
MAYORS_OFFICE = _who("Marlow Bay Mayor's Office", "Marlow Bay Mayor's Office",
                     speaker_aliases=["Marlow Bay Mayor’s Office", "Mayor's Office"],
                     affiliation_aliases=["Marlow Bay Mayor’s Office", "Mayor's Office",
                                          "Marlow Bay"])
PENHALLOW = _who("Harold Penhallow", "Marlow Bay City Council", "Councilmember",
                 affiliation_aliases=["City Council", "Marlow Bay council"])
FERRIS = _who("Yolanda Ferris", "Marlow Bay City Council", "Council President",
              affiliation_aliases=["City Council", "Marlow Bay council"])
KESSLER = _who("Joan Kessler", None, "retired nurse")
SALAZAR = _who("Brent Salazar", "Salazar Marine Supply", "owner")
LOCAL_217 = _who("Coastal Public Employees Local 217", "Coastal Public Employees Local 217",
                 speaker_aliases=["Local 217"], affiliation_aliases=["Local 217"])
OYELARAN = _who("Marcus Oyelaran", "Coastal Public Employees Local 217", "president",
                affiliation_aliases=["Local 217"])
WHITFIELD = _who("Dana Whitfield", "Marlow Bay Mayor's Office", "spokeswoman",
                 affiliation_aliases=["Marlow Bay Mayor’s Office", "Mayor's Office",
                                      "mayor's office", "Marlow Bay"])

MARLOW_BAY = {
    "id": "marlow-bay-shelter-vote",
    "title": "Marlow Bay council approves Dockside Avenue homeless shelter in 6-3 vote",
    "published": "2025-07-23",
    "target": "the Dockside Avenue homeless shelter",
    "quotes": [
        Q("the vote was \"a turning point for this city\" and that the first beds could open by "
          "November", "mixed", **VARELA, stance="support",
          mention=("Mayor Lucinda Varela", "before"), cue=("said", "before")),
        Q("For two winters we have watched people sleep in doorways three blocks from this "
          "building,", "direct", **VARELA, stance="support",
          mention=("Varela", "after"), cue=("told reporters", "after")),
        Q("Tonight the council decided that is not who we are.", "direct", **VARELA,
          stance="support"),
        Q("the city would spend $4.2 million from its general fund and a state housing grant to "
          "renovate the depot, and that a nonprofit operator would be chosen by September",
          "indirect", **MAYORS_OFFICE, stance="neutral",
          mention=("Marlow Bay Mayor's Office", "before"), cue=("said", "before")),
        Q("the city had \"ignored every question\" residents raised about safety, parking and the "
          "shelter's distance from Lighthouse Elementary School", "mixed", **PENHALLOW,
          stance="oppose", mention=("Councilmember Harold Penhallow", "before"),
          cue=("said", "before")),
        Q("Nobody on this council is against helping people. But we're putting 120 beds two blocks "
          "from an elementary school, and we still can't tell parents who is going to run it,",
          "direct", **PENHALLOW, stance="oppose",
          mention=("Penhallow", "after"), cue=("said", "after")),
        Q("the alternative was another winter of emergency warming centers that close every "
          "morning at 7 and send people back onto the street", "indirect", **FERRIS,
          stance="support", mention=("Council President Yolanda Ferris", "before"),
          cue=("said", "before")),
        Q("she had changed her mind after volunteering at a warming center last January",
          "indirect", **KESSLER, stance="support",
          mention=("Joan Kessler", "before"), cue=("said", "before")),
        Q("I came to the first hearing to speak against this. Then I met the people we're talking "
          "about,", "direct", **KESSLER, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("he was considering moving his business out of the neighborhood", "indirect", **SALAZAR,
          stance="oppose", mention=("Brent Salazar", "before"), cue=("said", "before")),
        Q("I've had my windows broken twice this year. Nobody from the city has explained how this "
          "makes my block safer,", "direct", **SALAZAR, stance="oppose",
          mention=("he", "after"), cue=("said", "after")),
        # "The union that represents the city's outreach workers also weighed in." has no content.
        Q("it supported the shelter but would fight any plan to hand its daily operation to a "
          "private contractor", "indirect", **LOCAL_217, stance="support",
          mention=("Coastal Public Employees Local 217", "before"), cue=("said", "before")),
        Q("Our members already know these clients by name. Bringing in an outside company to save "
          "a few dollars an hour would throw all of that away,", "direct", **OYELARAN,
          stance="neutral", mention=("Marcus Oyelaran", "after"), cue=("said", "after")),
        Q("no decision had been made on the operator and that the city would \"sit down with the "
          "union\" before it issues a request for proposals", "mixed", **WHITFIELD,
          stance="neutral", mention=("Dana Whitfield", "before"), cue=("said", "before")),
        Q("he would ask the council to reconsider the location at its Aug. 12 meeting", "indirect",
          **PENHALLOW, stance="oppose", mention=("Penhallow", "before"), cue=("said", "before")),
        Q("he was unlikely to find the votes", "indirect", **PENHALLOW, stance="neutral",
          mention=("he", "before"), cue=("conceded", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Economics / markets wire story. Straight quotes and apostrophes, wire dateline, % signs;
#    "according to a preliminary estimate from Statistics Tessland", "..., the statistics office
#    said, <framing>", inverted "...," said X, chief economist at Y + continuation, "X said she now
#    expected", "Finance Minister X told parliament" (mixed), "..., X said later in a radio interview,
#    in what analysts saw as ..." , "<Bank> Governor X said in a speech" (mixed) + "he said",
#    unnamed economists (null), "X, senior economist at Y, said" (mixed), "wrote in a note to
#    clients", organisation speaker (exporters' association, mixed with the full stop inside the
#    fragment), "X, head of macro research at Y, said" (mixed); traps: "official data showed",
#    "Economists polled ... had expected", "declined to comment", "suggesting investors ...".
STATS = _who("Statistics Tessland", "Statistics Tessland",
             speaker_aliases=["statistics office"], affiliation_aliases=["statistics office"])
ODUYA = _who("Miriam Oduya", "Halvorsen Bank", "chief economist")
VELLACOURT = _who("Astrid Vellacourt", "government", "Finance Minister",
                  affiliation_aliases=["Tessland government", "Tessland", "finance ministry"])
SALTMARSH = _who("Henrik Saltmarsh", "Tessland National Bank", "Governor",
                 affiliation_aliases=["central bank"])
ECONOMISTS = _who(None, None, "economists")
BRENNHOLT = _who("Lukas Brennholt", "Fenwick Marlow Consulting", "senior economist")
EXPORTERS = _who("Tessland Machinery Exporters' Association",
                 "Tessland Machinery Exporters' Association",
                 speaker_aliases=["Tessland Machinery Exporters’ Association",
                                  "Tessland Machinery Exporters Association"],
                 affiliation_aliases=["Tessland Machinery Exporters’ Association",
                                      "Tessland Machinery Exporters Association"])
AASVEIT = _who("Ingrid Aasveit", "Skarvik Securities", "head of macro research")

TESSLAND = {
    "id": "tessland-growth-slowdown",
    "title": "Tessland growth slows to near standstill, adding pressure for rate cut",
    "published": "2025-08-14",
    "target": "an interest rate cut by the Tessland National Bank",
    "quotes": [
        # "official data showed on Thursday" is not annotated (no speech cue).
        Q("Gross domestic product rose 0.1% from the previous quarter, down from 0.6% in the first "
          "three months of the year", "indirect", **STATS, stance="neutral",
          mention=("Statistics Tessland", "after"), cue=("according to", "after")),
        Q("Compared with a year earlier, the economy expanded 0.9%", "indirect", **STATS,
          stance="neutral", mention=("the statistics office", "after"), cue=("said", "after")),
        Q("The picture is of an economy that has stalled rather than one that is falling off a "
          "cliff,", "direct", **ODUYA, stance="neutral",
          mention=("Miriam Oduya", "after"), cue=("said", "after")),
        Q("But stalling is not a comfortable place to be when your two biggest trading partners are "
          "slowing too.", "direct", **ODUYA, stance="neutral"),
        Q("she now expected the Tessland National Bank to lower its main rate by a quarter point in "
          "September and again before the end of the year", "indirect", **ODUYA,
          stance="neutral", mention=("Oduya", "before"), cue=("said", "before")),
        Q("the figures were \"disappointing but not alarming\" and that the government would not "
          "abandon its goal of balancing the budget by 2027", "mixed", **VELLACOURT,
          stance="neutral", mention=("Finance Minister Astrid Vellacourt", "before"),
          cue=("told parliament", "before")),
        Q("Fiscal policy has done its part. There is room now for monetary policy to support "
          "households,", "direct", **VELLACOURT, stance="support",
          mention=("Vellacourt", "after"), cue=("said", "after")),
        Q("policymakers would \"look through\" a single weak quarter and that services inflation, "
          "at 4.1%, remained too high for comfort", "mixed", **SALTMARSH, stance="oppose",
          mention=("Tessland National Bank Governor Henrik Saltmarsh", "before"),
          cue=("said", "before")),
        Q("We are not in the business of reacting to every data point,", "direct", **SALTMARSH,
          stance="oppose", mention=("he", "after"), cue=("said", "after")),
        # "A spokesman for the bank declined to comment on Thursday's figures." is not a statement.
        Q("the case for a cut had grown stronger", "indirect", **ECONOMISTS, stance="support",
          mention=("Other economists", "before"), cue=("said", "before")),
        Q("the slowdown was \"broad-based\" and that purchasing managers' surveys pointed to a "
          "further contraction in manufacturing in the third quarter", "mixed", **BRENNHOLT,
          stance="support", mention=("Lukas Brennholt", "before"), cue=("said", "before")),
        Q("Waiting until October would be a mistake. By then the bank will be cutting into a "
          "recession rather than trying to head one off,", "direct", **BRENNHOLT,
          stance="support", mention=("Brennholt", "after"), cue=("wrote", "after")),
        Q("foreign orders had fallen for three consecutive months and that the central bank should "
          "act \"before the damage becomes permanent.\"", "mixed", **EXPORTERS, stance="support",
          mention=("Tessland Machinery Exporters' Association", "before"),
          cue=("said", "before")),
        Q("wage growth of nearly 5% meant a September cut risked \"fuelling the very inflation the "
          "bank has spent two years squeezing out.\"", "mixed", **AASVEIT, stance="oppose",
          mention=("Ingrid Aasveit", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [HOLLOWAY, MARLOW_BAY, TESSLAND]
