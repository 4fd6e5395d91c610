"""Round nine of data/dev (session 20), one of two annotators; loaded by annotations.py. Written blind to the
system like rounds one to eight; the system was measured on round nine once before any rule looked at it
(data/dev/README.md).

Hand annotations for three invented news articles (round r9a, blind to the system under test).

Articles: ``ardesia-rates-hold`` (wire copy, curly quotes), ``wexley-jail-death-lawsuit`` (US local
paper, straight quotes), ``brackenfield-manager-sacked`` (UK sport, straight quotes). Every person,
organisation and place is invented. Offsets are computed by ``data/samples/build_gold.py``.

Decisions taken where the rules leave a case open:

1. "told <audience>": the cue includes a short audience object ("told a news conference",
   "told Meridian", "told Radio Brackenfield"), as "told reporters" / "told the council" do in the
   samples; "telling reporters" likewise.
2. "said in a statement" / "said in an interview" / "said on <programme>": the cue is "said" alone.
3. A data figure attributed with "according to" to a named body ("…, according to the Ardesian
   Statistics Office") is a statement, neutral, spoken by that body.
4. A lawsuit speaks for its plaintiff: "The lawsuit … says …" and "It also alleges that …" are
   statements by Angela Pryce (the mother who filed it), mention "The lawsuit" / "It". The lead
   "The mother of a Harrow Springs man … has filed a … lawsuit …, alleging that …" is likewise hers,
   mention "The mother of a Harrow Springs man" (the noun phrase up to its head's complement, the
   relative clause left out). Reported speech embedded in the suit ("Pryce told … that he was
   diabetic", "a deputy wrote "refused meal …"") is not annotated separately.
5. Not statements: expectations and forecasts with no speech cue ("Strand … expects the first cut",
   "had correctly forecast", "tipped by many"); "Commission records show that review is still open"
   (records showing is evidence, not a speech cue); "declined to say …", "did not respond to a
   request for comment", "referred questions to …", "thanked the players …", "struck a more
   impatient tone", "gave a different account", "described" (no reported content); questions
   ("Asked whether she felt political pressure …"); titles of reports and campaigns ("Prices and
   Prospects", "Conditions of Confinement in County Detention Facilities", "Our Club, Our Say");
   scare quotes ("five-year plan").
6. "said X but added that Y" and "said X but warned that Y" are two statements with the same
   mention; "said that A but that B" under one cue is one statement.
7. An anonymous source keeps speaker null, with the affiliation and role the text gives it
   ("A deputy who has worked at the jail …" → Wexley County Sheriff's Office / deputy); mention is
   the noun phrase the cue attaches to ("The deputy", "the deputy").
8. Re-mentions by description count as mentions: "the governor", "the 52-year-old", "the trust",
   "the bank", "The deputy".
9. Affiliation/role: a departing manager keeps the club and the title the article introduces him
   with (Brackenfield Town / manager); a rank before a name is not the role when an appositive
   gives one ("Sgt. Eli Vantassel, a spokesman for the sheriff's office" → spokesman), but the
   mention keeps the rank ("Sgt. Eli Vantassel"); "County Commissioner Linda Obermeyer" → Wexley
   County / County Commissioner; a ministry official gets the ministry as the article names it
   ("finance ministry"), with "government" as an alias; the family lawyer has no organisation.
10. A quote fragment closing a mixed statement: the closing mark is inside the span and the full
    stop outside it; texts were written with the full stop outside the mark for such fragments.
11. Stance: statements that justify or defend the hold / the lawsuit's claims / the sacking are
    support; ones that attack them are oppose; facts, procedure and personal farewells are neutral.
    The anonymous deputy's account of understaffing supports the lawsuit; Obermeyer's "no interest"
    in a court fight is support; the trust's warning that a new manager won't fix recruitment is
    oppose.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Central bank holds rates. Wire copy, curly quotes, ’ apostrophes, org speaker with "saying
#    that" and "…, the bank said", multi-paragraph quote after "wrote:", "according to" a body,
#    a report title in quotes (not gold).
ARB = _who("Ardesian Reserve Bank", "Ardesian Reserve Bank",
           speaker_aliases=["Ardesian central bank"])
OLSEWSKI = _who("Katarina Olsewski", "Ardesian Reserve Bank", "Governor")
STATS = _who("Ardesian Statistics Office", "Ardesian Statistics Office")
HESSLER = _who("Paulina Hessler", "finance ministry", "head of economic policy",
               affiliation_aliases=["Ardesian finance ministry", "government"])
STRAND = _who("Mikael Strand", "Brenmark Bank", "chief economist")
VOSS = _who("Radek Voss", "Social Union", "finance spokesman")

ARDESIA = {
    "id": "ardesia-rates-hold",
    "title": "Ardesian central bank holds rates, says services inflation still too hot",
    "published": "2025-06-12",
    "target": "the decision to hold interest rates",
    "quotes": [
        Q("price pressures in the services sector were still too strong to justify the first cut "
          "since 2021", "indirect", **ARB, stance="support",
          mention=("The Ardesian Reserve Bank", "before"), cue=("saying", "before")),
        Q("Five of the bank’s seven policymakers voted to hold, while two backed a quarter-point "
          "reduction", "indirect", **ARB, stance="neutral",
          mention=("the bank", "after"), cue=("said", "after")),
        Q("We are not there yet,", "direct", **OLSEWSKI, stance="support",
          mention=("Governor Katarina Olsewski", "after"), cue=("told a news conference", "after")),
        Q("The last mile of bringing inflation down is always the hardest, and we would rather be "
          "a few weeks late than have to change course.", "direct", **OLSEWSKI, stance="support"),
        Q("Annual inflation eased to 3.6% in May from 3.9% in April", "indirect", **STATS,
          stance="neutral",
          mention=("the Ardesian Statistics Office", "after"), cue=("according to", "after")),
        Q("the board had discussed a cut at length but judged that the risks to inflation were "
          "“still tilted to the upside”, in part because wage settlements this spring had come in "
          "higher than the bank had forecast", "mixed", **OLSEWSKI, stance="support",
          mention=("Olsewski", "before"), cue=("said", "before")),
        Q("every meeting was “live”", "mixed", **OLSEWSKI, stance="neutral",
          mention=("She", "before"), cue=("telling reporters", "before")),
        Q("the bank’s mandate was set by parliament and that it would “keep doing exactly what the "
          "law asks of us”", "mixed", **OLSEWSKI, stance="support",
          mention=("the governor", "before"), cue=("said", "before")),
        Q("the government respected the bank’s independence", "indirect", **HESSLER,
          stance="neutral", mention=("Paulina Hessler", "before"), cue=("said", "before")),
        Q("businesses were “running out of patience” with borrowing costs", "mixed", **HESSLER,
          stance="oppose", mention=("Paulina Hessler", "before"), cue=("added", "before")),
        Q("Every month that rates stay here is a month in which a factory doesn’t get built,",
          "direct", **HESSLER, stance="oppose",
          mention=("Hessler", "after"), cue=("told Meridian", "after")),
        Q("We are not asking the bank for miracles. We are asking it to look at the whole economy, "
          "not just one number.", "direct", **HESSLER, stance="oppose"),
        Q("The bank has bought itself another six weeks, but the data are starting to turn,",
          "direct", **STRAND, stance="neutral",
          mention=("Mikael Strand", "after"), cue=("said", "after")),
        Q("wage growth is likely to slow to about 4% by the end of the year as hiring cools, which "
          "would give the central bank room to ease “two or perhaps three times” before next summer",
          "mixed", **STRAND, stance="neutral",
          mention=("Strand", "before"), cue=("According to", "before")),
        Q("the decision was “a slap in the face for every family on a variable-rate mortgage” and "
          "that the bank was “fighting yesterday’s war”", "mixed", **VOSS, stance="oppose",
          mention=("Radek Voss", "before"), cue=("said", "before")),
        Q("Families were told to be patient last year, and they were. They were told to be patient "
          "again this spring.\n\n“Now they are being told to wait until the autumn. Patience is "
          "easy when you are not the one paying the mortgage.", "direct", **VOSS, stance="oppose",
          mention=("Voss", "before"), cue=("wrote", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. County jail death and lawsuit. US local paper, straight quotes, nested 'medical call',
#    lawsuit as speaker for its plaintiff, anonymous deputy, org speaker, follow-on paragraph,
#    "…, she said" after an indirect statement, a report title in quotes (not gold).
A_PRYCE = _who("Angela Pryce")
FARROW = _who("Monique Farrow", None, "attorney")
TALBOT = _who("Gordon Talbot", "Wexley County Sheriff's Office", "Sheriff",
              affiliation_aliases=["Wexley County", "sheriff's office"])
WCSO = _who("Wexley County Sheriff's Office", "Wexley County Sheriff's Office",
            speaker_aliases=["sheriff's office"], affiliation_aliases=["sheriff's office"])
DEPUTY = _who(None, "Wexley County Sheriff's Office", "deputy",
              affiliation_aliases=["Wexley County Jail", "sheriff's office"])
OBERMEYER = _who("Linda Obermeyer", "Wexley County", "County Commissioner",
                 affiliation_aliases=["Wexley County Board of Commissioners"])
VANTASSEL = _who("Eli Vantassel", "Wexley County Sheriff's Office", "spokesman",
                 affiliation_aliases=["sheriff's office"])

WEXLEY = {
    "id": "wexley-jail-death-lawsuit",
    "title": "Mother sues Wexley County, sheriff over son's death in jail",
    "published": "2025-04-17",
    "target": "the wrongful-death lawsuit",
    "quotes": [
        Q("jail staff ignored his pleas for insulin for more than 30 hours", "indirect", **A_PRYCE,
          stance="support",
          mention=("The mother of a Harrow Springs man", "before"), cue=("alleging", "before")),
        Q("Pryce told at least three deputies and a contract nurse that he was diabetic and had "
          "gone without insulin since his arrest", "indirect", **A_PRYCE, stance="support",
          mention=("The lawsuit", "before"), cue=("says", "before")),
        Q("a deputy wrote \"refused meal - no distress\" on a cell-check log about four hours "
          "before he was found", "mixed", **A_PRYCE, stance="support",
          mention=("It", "before"), cue=("alleges", "before")),
        Q("Darnell asked for help, over and over, and they wrote him off as a drunk,", "direct",
          **FARROW, stance="support",
          mention=("Monique Farrow", "after"), cue=("said", "after")),
        Q("They had a man dying in front of them, and they filled out paperwork.", "direct",
          **FARROW, stance="support"),
        Q("the family is seeking unspecified damages and wants the county to bring in an outside "
          "medical provider at the jail", "indirect", **FARROW, stance="support",
          mention=("Farrow", "before"), cue=("said", "before")),
        Q("Angela Pryce, who works as a school bus driver in Harrow Springs, was not ready to speak "
          "publicly", "indirect", **FARROW, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
        Q("he had not read the complaint but that his deputies \"followed our policies\" while "
          "Pryce was in custody", "mixed", **TALBOT, stance="oppose",
          mention=("Sheriff Gordon Talbot", "before"), cue=("said", "before")),
        Q("I'm not going to try this case in front of TV cameras,", "direct", **TALBOT,
          stance="neutral", mention=("Talbot", "after"), cue=("said", "after")),
        Q("What I will tell you is that every person who comes into my jail gets seen by medical "
          "staff, and Mr. Pryce was no different.", "direct", **TALBOT, stance="oppose"),
        Q("Losing anybody in custody is hard on this whole department. I've got people here who "
          "haven't slept right since October.", "direct", **TALBOT, stance="neutral"),
        Q("the state Commission on Jail Standards had reviewed the death and found no violations",
          "indirect", **WCSO, stance="oppose",
          mention=("the Wexley County Sheriff's Office", "before"), cue=("said", "before")),
        Q("the medical unit was often covered by a single nurse for more than 400 inmates and that "
          "night shifts were routinely left short", "indirect", **DEPUTY, stance="support",
          mention=("The deputy", "before"), cue=("said", "before")),
        Q("Everybody on that floor knew he was sick,", "direct", **DEPUTY, stance="support",
          mention=("the deputy", "after"), cue=("said", "after")),
        Q("But you make a 'medical call' at 2 a.m. and you're the one stuck at the hospital until "
          "noon.", "direct", **DEPUTY, stance="support"),
        Q("she would ask fellow commissioners at their April 29 meeting to hire an independent "
          "investigator to look at Pryce's death and at medical care in the jail more broadly",
          "indirect", **OBERMEYER, stance="neutral",
          mention=("County Commissioner Linda Obermeyer", "before"), cue=("said", "before")),
        Q("If our own people are telling us the jail is short-staffed, we need to hear that from "
          "somebody who doesn't answer to the sheriff,", "direct", **OBERMEYER, stance="neutral",
          mention=("Obermeyer", "after"), cue=("said", "after")),
        Q("the county's insurance pool would likely handle the case and that she had \"no "
          "interest\" in a drawn-out court fight with a grieving mother", "mixed", **OBERMEYER,
          stance="support", mention=("She", "before"), cue=("added", "before")),
        Q("the office does not comment on pending litigation", "indirect", **VANTASSEL,
          stance="neutral", mention=("Sgt. Eli Vantassel", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Football manager sacked. UK sport, straight quotes, multi-paragraph follow-on quote with no
#    cue, "said X but warned that Y", descriptive re-mention ("the 52-year-old"), org speaker
#    (supporters' trust), "According to X" with an embedded "he said", campaign title and scare
#    quote (not gold).
COLDWELL = _who("Martin Coldwell", "Brackenfield Town", "chairman")
AINSLEY = _who("Stuart Ainsley", "Brackenfield Town", "manager")
TRUST = _who("Brackenfield Town Supporters' Trust", "Brackenfield Town Supporters' Trust",
             speaker_aliases=["Brackenfield Town Supporters’ Trust"],
             affiliation_aliases=["Brackenfield Town Supporters’ Trust"])
DRAYCOTT = _who("Lee Draycott", "Northline Sport", "pundit")

BRACKENFIELD = {
    "id": "brackenfield-manager-sacked",
    "title": "Brackenfield Town sack Ainsley after seven defeats in eight games",
    "published": "2025-11-10",
    "target": "the sacking of Stuart Ainsley",
    "quotes": [
        Q("the decision had been \"one of the hardest\" of his six years in the role", "mixed",
          **COLDWELL, stance="support",
          mention=("chairman Martin Coldwell", "before"), cue=("said", "before")),
        Q("Stuart will always have a special place in this club's history, and nobody who was at "
          "Eastgate Road on that promotion night will ever forget it,", "direct", **COLDWELL,
          stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("But results since August have simply not been good enough, and the board has a duty to "
          "act while there is still time to turn this season around.\n\n\"The search for a new "
          "manager has already started. We will take the time to get it right, but we will not "
          "drag it out.", "direct", **COLDWELL, stance="support"),
        Q("the club had not yet spoken to any candidates and that he hoped to make an appointment "
          "\"within a fortnight\"", "mixed", **COLDWELL, stance="neutral",
          mention=("Coldwell", "before"), cue=("told Radio Brackenfield", "before")),
        Q("I gave this club everything I had for three and a half years and I'm proud of what we "
          "built together,", "direct", **AINSLEY, stance="neutral",
          mention=("he", "after"), cue=("said", "after")),
        Q("I don't agree with the decision and I don't think the timing helps anyone, but football "
          "is a results business and I understand that.", "direct", **AINSLEY, stance="oppose"),
        Q("he had been told of his dismissal in a phone call from Coldwell and had not been allowed "
          "to say goodbye to the squad", "indirect", **AINSLEY, stance="oppose",
          mention=("the 52-year-old", "before"), cue=("said", "before")),
        Q("That's the bit that hurts,", "direct", **AINSLEY, stance="oppose",
          mention=("he", "after"), cue=("added", "after")),
        Q("These lads ran through walls for me.", "direct", **AINSLEY, stance="neutral"),
        Q("it was \"not surprised\" by the decision", "mixed", **TRUST, stance="neutral",
          mention=("The Brackenfield Town Supporters' Trust", "before"), cue=("said", "before")),
        Q("changing the manager would not fix what it called \"deeper problems\" with recruitment",
          "mixed", **TRUST, stance="oppose",
          mention=("The Brackenfield Town Supporters' Trust", "before"), cue=("warned", "before")),
        Q("Sacking the manager is the easy part,", "direct", **TRUST, stance="oppose",
          mention=("the trust", "after"), cue=("said", "after")),
        Q("The people who signed off on last summer's recruitment are still sitting in the "
          "boardroom, and supporters deserve to hear how they will be held to account.", "direct",
          **TRUST, stance="oppose"),
        Q("the board had \"panicked\"", "mixed", **DRAYCOTT, stance="oppose",
          mention=("Former Brackenfield captain Lee Draycott", "before"), cue=("said", "before")),
        Q("Three months ago they were handing him a new contract, and now he's out the door,",
          "direct", **DRAYCOTT, stance="oppose",
          mention=("Draycott", "after"), cue=("said", "after")),
        Q("You can't tell me the board suddenly discovered he couldn't coach. This club hasn't had "
          "a proper plan since the takeover, and the manager is paying for it.", "direct",
          **DRAYCOTT, stance="oppose"),
        Q("at least two senior players had gone to the board in October to complain about "
          "Ainsley's training methods, which he said had become \"stale\"", "mixed", **DRAYCOTT,
          stance="neutral", mention=("Draycott", "before"), cue=("According to", "before")),
    ],
}

DOCUMENTS = [ARDESIA, WEXLEY, BRACKENFIELD]
