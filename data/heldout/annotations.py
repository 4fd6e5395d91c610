"""Hand annotations for the held-out articles (the source of gold.jsonl).

Built by ``python data/samples/build_gold.py --dir data/heldout``. ``Q`` and
``_who`` come from ``data/samples/gold_api.py`` (the fields are described there):
nothing holds an offset; each statement is written out as its exact text, and
its mention and cue as a text plus where to look for it, so the builder
computes every offset and fails loudly on a typo. Article texts live beside
this file as ``<id>.txt``.

The annotation rules are those of ``data/samples/README.md``.
"""

from __future__ import annotations

# The documents' `source`, so that scores on this set are never mixed up with
# the samples the rules were developed on.
SOURCE = "attribution held-out"

from pathlib import Path

from gold_api import Q, _who, documents_of  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)


# --------------------------------------------------------------------------- #
# 1. Business wire story. Straight quotes and apostrophes, American spelling,
#    dateline; org speakers ("Kestrel said in a statement", "the company said
#    in a statement, adding that"), title before name, "told Corvane News",
#    "told the agency", inverted "said X, a ... at ...", "X, who heads Y,
#    warned", "Its general secretary, X,", an unnamed spokeswoman (null), a
#    product name in quotes ("Talk Freely", not a statement).
KESTREL = _who("Kestrel Mobile", "Kestrel Mobile", speaker_aliases=["Kestrel"],
               affiliation_aliases=["Kestrel"])
SANDVIK = _who("Odile Sandvik", "Kestrel Mobile", "Chief Executive",
               affiliation_aliases=["Kestrel"])
ARVO = _who("Arvo Telecom", "Arvo Telecom", speaker_aliases=["Arvo"],
            affiliation_aliases=["Arvo"])
MARCHETTI = _who("Felix Marchetti", "Arvo Telecom", "Chairman", affiliation_aliases=["Arvo"])
REGULATOR_SPOKESWOMAN = _who(None, "Telecommunications Regulatory Board", "spokeswoman")
DELACROIX = _who("Rohan Delacroix", "Fenmore Securities", "telecoms analyst")
BRAUER = _who("Lena Brauer", "Fair Signal", "head")
GUILD = _who("Communications Workers Guild", "Communications Workers Guild")
OKONJO = _who("Hilde Okonjo", "Communications Workers Guild", "general secretary")

KESTREL_ARVO = {
    "id": "kestrel-arvo-bid",
    "title": "Kestrel Mobile makes $4.2 billion hostile bid for rival Arvo Telecom",
    "published": "2025-03-04",
    "target": "Kestrel Mobile's bid for Arvo Telecom",
    "quotes": [
        Q("The offer of $18.50 a share in cash is a premium of 31 percent to Arvo's closing price "
          "on Monday", "indirect", **KESTREL, stance="neutral",
          mention=("Kestrel", "after"), cue=("said", "after")),
        Q("Arvo's customers have been paying more for less coverage for too long. Together we can "
          "build the network this region deserves,", "direct", **SANDVIK, stance="support",
          mention=("Chief Executive Odile Sandvik", "after"), cue=("said", "after")),
        Q("Kestrel would keep the Arvo brand for at least two years and had no plans to close its "
          "customer service centers in Ashby, which employ about 900 people", "indirect",
          **SANDVIK, stance="support", mention=("Sandvik", "before"), cue=("said", "before")),
        Q("the combined company would cut costs by about $300 million a year, mostly by sharing "
          "masts and back-office systems", "indirect", **SANDVIK, stance="support",
          mention=("She", "before"), cue=("said", "before")),
        # "Arvo rejected the approach within hours." has no reported content: not a statement.
        Q("The proposal fails to recognize the value Arvo has built over the last three years, and "
          "the board has unanimously rejected it,", "direct", **ARVO, stance="oppose",
          mention=("the company", "after"), cue=("said", "after")),
        Q("shareholders should \"take no action\" while the board reviewed its options", "mixed",
          **ARVO, stance="oppose", mention=("the company", "before"), cue=("adding", "before")),
        Q("Kestrel was \"trying to buy a fast-growing company at a bargain-basement price\" and "
          "that the board expected to report its strongest quarterly earnings in five years later "
          "this month", "mixed", **MARCHETTI, stance="oppose",
          mention=("Arvo Chairman Felix Marchetti", "before"), cue=("told", "before")),
        Q("We're not against a deal in principle,", "direct", **MARCHETTI, stance="neutral",
          mention=("Marchetti", "after"), cue=("said", "after")),
        Q("We're against this deal, at this price. Our shareholders understand the difference.",
          "direct", **MARCHETTI, stance="oppose"),
        # "... and declined to comment further" reports no content.
        Q("it would \"examine any transaction on its merits\"", "mixed", **REGULATOR_SPOKESWOMAN,
          stance="neutral", mention=("A spokeswoman for the regulator", "before"),
          cue=("said", "before")),
        Q("A deal of this size is going to get a very hard look,", "direct", **DELACROIX,
          stance="neutral", mention=("Rohan Delacroix", "after"), cue=("said", "after")),
        Q("I'd expect the regulator to ask for some spectrum to be sold before it signs off, and "
          "that could take the best part of a year.", "direct", **DELACROIX, stance="neutral"),
        Q("fewer competitors would mean higher bills for families", "indirect", **BRAUER,
          stance="oppose", mention=("Lena Brauer", "before"), cue=("warned", "before")),
        Q("it would fight any deal that put jobs at risk", "indirect", **GUILD, stance="oppose",
          mention=("The Communications Workers Guild", "before"), cue=("said", "before")),
        Q("previous mergers in the industry had cost \"thousands of jobs\" despite promises from "
          "management that none would be lost", "mixed", **OKONJO, stance="oppose",
          mention=("Hilde Okonjo", "before"), cue=("told the agency", "before")),
        # "suggesting investors expect a higher offer" is the reporter's inference, no speaker.
        Q("Kestrel was prepared to make commitments on jobs and prices to win over the regulator",
          "indirect", **SANDVIK, stance="support",
          mention=("Sandvik", "before"), cue=("told reporters", "before")),
        Q("We've done this before and we've kept our word,", "direct", **SANDVIK,
          stance="support", mention=("she", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Health/science story. Curly quotes and ’ apostrophes, British spelling;
#    inverted "said X, a professor ... at the University of Y who led the
#    study", "she added" + continuation, a statement in a relative clause
#    ("which Thorsby said had played no part ..."), "wrote that" + "He
#    cautioned that", "who was not involved in the study", "wrote X, ...,
#    noting that", org speaker with appositive, "Its director of research",
#    an unnamed spokesperson (null) with "said" and "adding that", "According
#    to Thorsby", a book title in quotes (“Miracle Pills”, not a statement).
THORSBY = _who("Imogen Thorsby", "University of Farrowdale", "professor of neurology")
WHITCOMBE = _who("Samuel Whitcombe", "Brightling Institute for Ageing")
FERREIRA_HOLT = _who("Nadia Ferreira-Holt", "St Columba’s Hospital", "geriatrician",
                     affiliation_aliases=["St Columba's Hospital"])
HABBERLEY = _who("Len Habberley", "Kingsreach University", "pharmacologist")
MEMORY_MATTERS = _who("Memory Matters", "Memory Matters")
PRYCE = _who("Owen Pryce", "Memory Matters", "director of research")
HEALTH_SPOKESPERSON = _who(None, "Calloway’s Department of Health", "spokesperson",
                           affiliation_aliases=["Calloway's Department of Health",
                                                "Department of Health"])

CALDORIN = {
    "id": "caldorin-memory-trial",
    "title": "Cheap diabetes drug slowed memory decline in large trial",
    "published": "2025-06-18",
    "target": "caldorin as a treatment for memory decline",
    "quotes": [
        Q("This is the first time a medicine that every high-street pharmacy already stocks has "
          "shown a benefit of this size,", "direct", **THORSBY, stance="support",
          mention=("Imogen Thorsby", "after"), cue=("said", "after")),
        Q("We have to be careful. This was one trial, in one country, and it needs to be repeated,",
          "direct", **THORSBY, stance="neutral", mention=("she", "after"), cue=("added", "after")),
        Q("But if it holds up, it could change what we offer patients with mild memory problems "
          "within a few years.", "direct", **THORSBY, stance="support"),
        Q("the drug appeared to work by damping down inflammation in the small blood vessels of "
          "the brain, although her team had not yet proved that mechanism", "indirect", **THORSBY,
          stance="neutral", mention=("Thorsby", "before"), cue=("said", "before")),
        Q("had played no part in designing the study or analysing its results", "indirect",
          **THORSBY, stance="neutral", mention=("Thorsby", "before"), cue=("said", "before")),
        Q("the results were “genuinely encouraging”", "mixed", **WHITCOMBE, stance="support",
          mention=("Dr Samuel Whitcombe", "before"), cue=("wrote", "before")),
        Q("the volunteers were mostly white and comparatively well off, and that the benefit could "
          "be smaller in the wider population", "indirect", **WHITCOMBE, stance="neutral",
          mention=("He", "before"), cue=("cautioned", "before")),
        Q("The effect on test scores is real, but whether patients and their families would notice "
          "any difference in everyday life is a separate question,", "direct", **FERREIRA_HOLT,
          stance="neutral", mention=("Dr Nadia Ferreira-Holt", "after"), cue=("said", "after")),
        Q("We’ve been here before,", "direct", **HABBERLEY, stance="oppose",
          mention=("Len Habberley", "after"), cue=("wrote", "after")),
        Q("a smaller trial of caldorin in 2019 had found no benefit at all", "indirect",
          **HABBERLEY, stance="oppose",
          mention=("Len Habberley", "before"), cue=("noting", "before")),
        Q("the results were “the most hopeful news we have had in years”", "mixed",
          **MEMORY_MATTERS, stance="support",
          mention=("Memory Matters", "before"), cue=("said", "before")),
        Q("the charity had written to the health department asking it to fund a second, larger "
          "trial", "indirect", **PRYCE, stance="neutral",
          mention=("Dr Owen Pryce", "before"), cue=("said", "before")),
        Q("People should not go to their GP on Monday asking for this drug,", "direct", **PRYCE,
          stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("It is not licensed for memory loss, and doctors will not prescribe it for that.",
          "direct", **PRYCE, stance="neutral"),
        Q("the government would “look closely” at the evidence", "mixed", **HEALTH_SPOKESPERSON,
          stance="neutral",
          mention=("A spokesperson for Calloway’s Department of Health", "before"),
          cue=("said", "before")),
        Q("decisions on new uses for existing medicines were a matter for the National Medicines "
          "Council", "indirect", **HEALTH_SPOKESPERSON, stance="neutral",
          mention=("A spokesperson for Calloway’s Department of Health", "before"),
          cue=("adding", "before")),
        Q("a year’s supply of caldorin costs the health service less than £40 per patient, "
          "compared with several thousand pounds for the antibody treatments approved last year",
          "indirect", **THORSBY, stance="support",
          mention=("Thorsby", "before"), cue=("According to", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. International diplomacy story. Curly quotes and ’ apostrophes, American
#    spelling and punctuation (Mr.), dateline; "Y’s foreign minister, X, told
#    reporters" + multi-sentence continuation, "Foreign Minister X of Y",
#    an anonymous senior official (null), "according to Orlan News, the state
#    news agency", "X, a spokesman for Y’s Foreign Ministry, said", an embassy
#    statement with "said" and "warned that", "X, who heads Y, said",
#    "wrote on social media that", "said:", "He added that", a government as
#    speaker, scare quote “quiet house” (not a statement).
KOVARI = _who("Anselm Kovári", "Vessmark", "foreign minister",
              speaker_aliases=["Anselm Kovari"], affiliation_aliases=["government"])
MARROW = _who("Ilse Marrow", "Orlany", "Foreign Minister", affiliation_aliases=["government"])
VESSMARK_OFFICIAL = _who(None, "Vessmark", "official")
ORLAN_NEWS = _who("Orlan News", "Orlan News")
ARNHOLT = _who("Piet Arnholt", "Vessmark’s Foreign Ministry", "spokesman",
               affiliation_aliases=["Vessmark's Foreign Ministry", "Foreign Ministry"])
EMBASSY = _who("Orlany’s embassy in Valdra", "Orlany’s embassy in Valdra",
               speaker_aliases=["Orlany's embassy in Valdra", "Orlany’s embassy",
                                "Orlany's embassy", "Orlany embassy"],
               affiliation_aliases=["Orlany's embassy in Valdra", "Orlany’s embassy",
                                    "Orlany's embassy", "Orlany embassy"])
DEMARNE = _who("Lucia Demarne", "Regional Security Council’s monitoring mission", "head",
               affiliation_aliases=["Regional Security Council's monitoring mission",
                                    "Regional Security Council"])
HALLAN = _who("Rurik Hallan", "Homeland party", "leader", affiliation_aliases=["Homeland"])
ARDENNE = _who("Ardenne’s government", "Ardenne’s government",
               speaker_aliases=["Ardenne's government", "Ardenne government", "Ardenne"],
               affiliation_aliases=["Ardenne's government", "Ardenne government", "Ardenne"])

TARSK = {
    "id": "tarsk-crossing-deal",
    "title": "Vessmark and Orlany agree to reopen Tarsk border crossing",
    "published": "2025-02-20",
    "target": "the agreement to reopen the Tarsk crossing",
    "quotes": [
        Q("Today we chose to talk instead of shoot,", "direct", **KOVARI, stance="support",
          mention=("Anselm Kovári", "after"), cue=("told reporters", "after")),
        Q("Nobody should pretend that this solves everything. But it is a beginning.", "direct",
          **KOVARI, stance="support"),
        Q("her government would judge Vessmark “by what happens at the border, not by what is "
          "signed in a palace” in the coming weeks", "mixed", **MARROW, stance="neutral",
          mention=("Foreign Minister Ilse Marrow of Orlany", "before"), cue=("said", "before")),
        Q("We have buried too many young men to be naive,", "direct", **MARROW, stance="neutral",
          mention=("Marrow", "after"), cue=("said", "after")),
        Q("Orlany had dropped its demand for an international inquiry into the January clashes in "
          "return for the troop withdrawal", "indirect", **VESSMARK_OFFICIAL, stance="neutral",
          mention=("A senior Vessmark official", "before"), cue=("said", "before")),
        Q("The two sides also agreed to exchange 31 detained border guards within a month",
          "indirect", **ORLAN_NEWS, stance="neutral",
          mention=("Orlan News", "after"), cue=("according to", "after")),
        Q("he could not confirm the report", "indirect", **ARNHOLT, stance="neutral",
          mention=("Piet Arnholt", "before"), cue=("said", "before")),
        Q("the agreement “must now be matched by deeds”", "mixed", **EMBASSY, stance="neutral",
          mention=("Orlany’s embassy in Valdra", "before"), cue=("said", "before")),
        Q("Orlany would close the crossing again if its soldiers came under fire", "indirect",
          **EMBASSY, stance="neutral",
          mention=("Orlany’s embassy in Valdra", "before"), cue=("warned", "before")),
        Q("40 unarmed observers could be deployed along the border within 10 days", "indirect",
          **DEMARNE, stance="neutral", mention=("Lucia Demarne", "before"), cue=("said", "before")),
        Q("A ceasefire line is only as strong as the people watching it,", "direct", **DEMARNE,
          stance="neutral", mention=("she", "after"), cue=("said", "after")),
        # "Not everyone in Vessmark welcomed the deal." is a reaction without content.
        Q("Kovári had “handed Orlany a victory it could not win on the battlefield” and should "
          "resign", "mixed", **HALLAN, stance="oppose",
          mention=("Rurik Hallan", "before"), cue=("wrote", "before")),
        Q("Mr. Hallan is welcome to visit the border villages and explain to the families there "
          "why the shooting should continue.", "direct", **KOVARI, stance="support",
          mention=("Kovári", "before"), cue=("said", "before")),
        Q("Vessmark would reopen its consulate in Kesh, Orlany’s second-largest city, before the "
          "summer", "indirect", **KOVARI, stance="support",
          mention=("He", "before"), cue=("added", "before")),
        Q("the ministers would meet there again in six weeks", "indirect", **ARDENNE,
          stance="neutral", mention=("Ardenne’s government", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 4. Local court story. Straight quotes and apostrophes, British spelling;
#    "Prosecutor X told the court" without "that", "Ms Castell said", "X,
#    Mallender's barrister, said", "Mr Renner told the court" + continuation,
#    a judge's sentencing remarks ("the judge told him"), a club statement
#    and "They added that" (the club), "The club's chairman, X,", "he said" +
#    continuation, "Detective Constable X, of Y, said", a nickname in quotes
#    ("Mr Reliable", not a statement).
CASTELL = _who("Anwen Castell", None, "Prosecutor")
RENNER = _who("Tobias Renner", None, "barrister")
QUENNELL = _who("Harriet Quennell", "Kelbridge Crown Court", "Judge")
ROVERS = _who("Ashcombe Rovers", "Ashcombe Rovers",
              speaker_aliases=["Ashcombe Rovers football club"],
              affiliation_aliases=["Ashcombe Rovers football club"])
FOTHERGILL = _who("Neil Fothergill", "Ashcombe Rovers", "chairman",
                  affiliation_aliases=["Ashcombe Rovers football club"])
RUDD = _who("Maeve Rudd", "Westfold Police's economic crime unit", "Detective Constable",
            affiliation_aliases=["Westfold Police"])

ASHCOMBE = {
    "id": "ashcombe-treasurer-jailed",
    "title": "Former Ashcombe Rovers treasurer jailed for stealing £380,000 from club",
    "published": "2025-05-30",
    "target": "the jail sentence for Derek Mallender",
    "quotes": [
        Q("Mallender had used the money to pay off gambling debts and to fund holidays abroad, "
          "moving it through a second bank account that nobody else at the club knew existed",
          "indirect", **CASTELL, stance="neutral",
          mention=("Prosecutor Anwen Castell", "before"), cue=("told the court", "before")),
        Q("This was not a moment of madness. It was a careful, deliberate deception of people who "
          "trusted him completely, carried out month after month,", "direct", **CASTELL,
          stance="support", mention=("Ms Castell", "after"), cue=("said", "after")),
        Q("his client was \"deeply ashamed\" and had already sold his house to repay part of what "
          "he owed", "mixed", **RENNER, stance="oppose",
          mention=("Tobias Renner", "before"), cue=("said", "before")),
        Q("He has lost his reputation, his marriage and his home,", "direct", **RENNER,
          stance="oppose", mention=("Mr Renner", "after"), cue=("told the court", "after")),
        Q("Nobody who knows him believes he is a danger to anyone.", "direct", **RENNER,
          stance="oppose"),
        Q("Mallender had \"abused a position of trust at the heart of a community club\", and that "
          "only his guilty pleas had spared volunteers the ordeal of giving evidence", "mixed",
          **QUENNELL, stance="support",
          mention=("Judge Harriet Quennell", "before"), cue=("said", "before")),
        Q("The people you stole from were volunteers who washed kits, ran raffles and drove "
          "children to away matches. Every one of them was your victim,", "direct", **QUENNELL,
          stance="support", mention=("the judge", "after"), cue=("told", "after")),
        Q("the sentence \"reflects the seriousness of what was done to this club\"", "mixed",
          **ROVERS, stance="support",
          mention=("Ashcombe Rovers", "before"), cue=("said", "before")),
        # British copy treats the club as plural: "They added that".
        Q("about £95,000 had so far been recovered through the courts", "indirect", **ROVERS,
          stance="neutral", mention=("They", "before"), cue=("added", "before")),
        Q("the fraud had come close to forcing Rovers out of the Kelbridge and District League in "
          "2023, when the team could not pay for a new pitch licence", "indirect", **FOTHERGILL,
          stance="neutral", mention=("Neil Fothergill", "before"), cue=("said", "before")),
        Q("There were weeks when we didn't know if we could pay the referees,", "direct",
          **FOTHERGILL, stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("Four years feels about right to me, but it won't bring the money back.", "direct",
          **FOTHERGILL, stance="support"),
        Q("the case should be a warning to every amateur club to have at least two people "
          "checking its accounts", "indirect", **RUDD, stance="neutral",
          mention=("Detective Constable Maeve Rudd", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [KESTREL_ARVO, CALDORIN, TARSK, ASHCOMBE]

# Round two (session 19): two annotators, each in its own file beside this one.
DOCUMENTS += documents_of(Path(__file__).with_name("round2_a.py")) + documents_of(Path(__file__).with_name("round2_b.py"))
# Round three (session 20), the same way.
DOCUMENTS += documents_of(Path(__file__).with_name("round3_a.py")) + documents_of(Path(__file__).with_name("round3_b.py"))
# Round four (session 29), the same way: kinds of copy none of the rounds before had (a football report, an
# East Asian wire story, a US federal court story, a British crime story, a US city-hall story, a markets story)
DOCUMENTS += documents_of(Path(__file__).with_name("round4_a.py")) + documents_of(Path(__file__).with_name("round4_b.py"))
