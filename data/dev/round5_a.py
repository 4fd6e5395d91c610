"""Round five of data/dev (session 19), one of two annotators (UK fraud trial, Australian budget levy, space launch delay); loaded by
annotations.py. Written blind to the system like rounds one to four; the system was
measured on round five once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (round r6a): a British court report, an Australian
budget story and a space-agency launch delay. Offsets are computed by build_gold.py.

Decisions where the rules leave a case open (each repeated at the statement it concerns):

* Joint statement by two named people: ``speaker`` is the first-named person, the co-speaker is a
  ``speaker_alias`` (either name is right); ``mention`` is the whole coordinated name phrase; role
  is the first-named person's.
* Speaker in a relative clause ("Ashworth, who told the jury that ..."): the statement is annotated;
  ``mention`` is the antecedent name, not the relative pronoun "who".
* ``cue`` for "told" keeps its addressee, as the samples do ("told reporters", "told the council"):
  "told the jury", "told Ashworth", "told parliament", "told local radio", "told a press conference".
  "said in a statement" and "posted on social media" take the bare verb ("said", "posted").
* A judge's affiliation is the court she sits in. Barristers speaking for a person (the defendant)
  and the prosecutor, whom the article does not tie to any body, get affiliation None.
* Not statements: scare quotes ("money doctor", "flagship first"), titles of works ("Peace of Mind
  in Later Life", "Nothing Routine"), a programme name the government "branded" ("Trained Here"),
  reactions without content ("Unions welcomed the measure", "Relatives ... applauded"), "who asked
  not to be named ..." (source boilerplate), "did not respond to a request for further comment".
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. British court report, fraud sentencing. Curly quotes, ’ apostrophes,
#    possessive appositives, relative-clause speaker, "testified", "conceded",
#    joint statement by two relatives, multi-paragraph follow-on quote with no
#    cue, org speaker re-mentioned as "the CPS", anonymous speaker without an
#    organisation, scare quote and a booklet title (not gold).
FENWICK = _who("Hilary Fenwick", "Morcaster Crown Court", "Judge")
MARSH = _who("Eleanor Marsh", None, "prosecutor", speaker_aliases=["Eleanor Marsh KC"])
CROWLE = _who("Janet Crowle", None, "former office manager")
ASHWORTH = _who("Graham Ashworth")
RUDD = _who("Tom Rudd", None, "barrister")
NEIGHBOUR = _who(None, None, "neighbour")
WHITMORE = _who("Carl Whitmore", "Hollinshire Police’s economic crime unit", "Detective Sergeant",
                affiliation_aliases=["Hollinshire Police's economic crime unit",
                                     "Hollinshire Police"])
# Joint statement: first-named speaker, co-speaker as alias; role of the first-named ("Her son").
PRYCE = _who("Martin Pryce", None, "son", speaker_aliases=["Alison Keane"])
CPS = _who("Crown Prosecution Service", "Crown Prosecution Service",
           speaker_aliases=["CPS"], affiliation_aliases=["CPS"])
LATHAM = _who("Fiona Latham", "Elder Watch Trust", "chief executive")

MORCASTER = {
    "id": "morcaster-adviser-fraud",
    "title": "Morcaster financial adviser jailed for eight years for £1.3m fraud on elderly clients",
    "published": "2025-07-19",
    "target": "Graham Ashworth's eight-year sentence",
    "quotes": [
        Q("he had “preyed on the trust of people who had worked all their lives to have something "
          "to leave their families”", "mixed", **FENWICK, stance="support",
          mention=("Judge Hilary Fenwick", "before"), cue=("told Ashworth", "before")),
        Q("You were not a desperate man. You were a comfortable one who wanted to be richer, and "
          "you chose the most vulnerable people you knew to pay for it,", "direct", **FENWICK,
          stance="support", mention=("the judge", "after"), cue=("said", "after")),
        # Factual account of the scheme: neutral toward the sentence.
        Q("Ashworth had persuaded 11 clients, the oldest of them 96, to hand him control of their "
          "savings or move their money into accounts he ran", "indirect", **MARSH,
          stance="neutral", mention=("Eleanor Marsh KC", "before"), cue=("told the jury", "before")),
        Q("He did not steal from strangers. He stole from people who invited him into their homes, "
          "made him tea and trusted him with everything they had,", "direct", **MARSH,
          stance="support", mention=("Ms Marsh", "after"), cue=("said", "after")),
        # "Ashworth’s former office manager": the possessive names a person, not a body.
        Q("she had raised concerns about a series of transfers in 2019 and had been told to "
          "“stick to the filing”", "mixed", **CROWLE, stance="neutral",
          mention=("Janet Crowle", "before"), cue=("testified", "before")),
        # Relative-clause speaker: mention is the antecedent name. His denial of guilt opposes
        # the sentence.
        Q("every payment had been a gift or a loan agreed with the client", "indirect", **ASHWORTH,
          stance="oppose", mention=("Ashworth", "before"), cue=("told the jury", "before")),
        # Plea in mitigation (arguing for a lighter sentence): oppose.
        Q("his client had lost his business, his home and his marriage, and was “deeply ashamed”",
          "mixed", **RUDD, stance="oppose", mention=("Tom Rudd", "before"), cue=("said", "before")),
        Q("There is no version of these events in which Mr Ashworth comes out well, and he knows "
          "that,", "direct", **RUDD, stance="neutral",
          mention=("Mr Rudd", "after"), cue=("conceded", "after")),
        # Anonymous speaker with no organisation.
        Q("he had always seemed “a perfect gentleman”", "mixed", **NEIGHBOUR, stance="neutral",
          mention=("A neighbour of Ashworth’s", "before"), cue=("said", "before")),
        Q("Graham Ashworth spent years building a reputation as a pillar of the community. Behind "
          "that reputation was a man quietly emptying the bank accounts of people in their "
          "eighties and nineties,", "direct", **WHITMORE, stance="support",
          mention=("Detective Sergeant Carl Whitmore", "after"), cue=("said", "after")),
        # Joint statement (see module docstring); cue "said" of "said in a statement".
        Q("eight years was “nowhere near enough”", "mixed", **PRYCE, stance="oppose",
          mention=("Martin Pryce and Alison Keane", "before"), cue=("said", "before")),
        # Follow-on quote over two paragraphs, no cue: same joint speakers.
        Q("Mum spent the last two years of her life worrying about money she should never have had "
          "to worry about.\n\n“He will probably be out in four years. She never got those years "
          "back, and neither did we.", "direct", **PRYCE, stance="oppose"),
        Q("it would now seek a confiscation order to recover as much of the money as possible for "
          "the victims", "indirect", **CPS, stance="neutral",
          mention=("The Crown Prosecution Service", "before"), cue=("said", "before")),
        Q("Financial abuse of older people is a cruel and often hidden crime, and we will pursue "
          "those responsible however respectable they appear,", "direct", **CPS, stance="support",
          mention=("the CPS", "after"), cue=("added", "after")),
        Q("fewer than one in ten such cases are ever reported to the police", "indirect", **LATHAM,
          stance="neutral", mention=("Fiona Latham", "before"), cue=("According to", "before")),
        Q("families should look out for “sudden changes in who is handling a parent’s money”",
          "mixed", **LATHAM, stance="neutral", mention=("She", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Australian federal budget measure. Straight quotes, ' apostrophes, speaker
#    after an indirect statement, "told parliament" + follow-on, lower-case
#    title alone ("the prime minister"), "said ... and promised that" (two
#    statements, one mention), possessive appositives, "argued", "noted",
#    "posted"/"wrote", org speaker with a relative clause before its cue, a
#    programme name in quotes after "branded" (not gold).
KAINE = _who("Meredith Kaine", "government", "Treasurer")
CORRIGAN = _who("Daniel Corrigan", "government", "Prime Minister")
BARWICK = _who("Fiona Barwick", "opposition", "Opposition Leader", affiliation_aliases=["Coalition"])
PELL = _who("Angus Pell", "opposition", "treasury spokesman", affiliation_aliases=["Coalition"])
MORIARTY = _who("Tessa Moriarty", "Heartland Party", "crossbench senator")
# An independent MP speaks for no organisation; the seat she holds is not one.
DASTUR = _who("Priya Dastur", None, "Independent MP")
YUEN = _who("Harriet Yuen", "Coral Sea Bank", "chief economist")
AEC = _who("Australian Enterprise Council", "Australian Enterprise Council")
DAVOREN = _who("Mark Davoren", "Australian Enterprise Council", "chief executive")

CANBERRA = {
    "id": "canberra-training-levy",
    "title": "Budget hits big employers with payroll levy to fund 120,000 apprenticeships",
    "published": "2026-05-13",
    "target": "the payroll training levy",
    "quotes": [
        Q("Businesses with annual payrolls above $10 million will pay a 0.4 per cent training levy "
          "from July next year to fund 120,000 additional apprenticeships", "indirect", **KAINE,
          stance="support",
          mention=("Treasurer Meredith Kaine", "after"), cue=("announced", "after")),
        Q("For too long we have left training to chance and then wondered why we can't find enough "
          "electricians, nurses and aged-care workers,", "direct", **KAINE, stance="support",
          mention=("Ms Kaine", "after"), cue=("told parliament", "after")),
        Q("This budget fixes that.", "direct", **KAINE, stance="support"),
        Q("the levy asked \"the biggest and most profitable companies in the country\" to "
          "contribute to a workforce they all relied on", "mixed", **CORRIGAN, stance="support",
          mention=("Prime Minister Daniel Corrigan", "before"), cue=("said", "before")),
        Q("If you're a company with a payroll of $10 million or more, you are not a battler. You "
          "can afford to help train the next generation,", "direct", **CORRIGAN, stance="support",
          mention=("the prime minister", "after"), cue=("told reporters", "after")),
        Q("the levy was \"a tax on jobs dressed up as a training plan\"", "mixed", **BARWICK,
          stance="oppose",
          mention=("Opposition Leader Fiona Barwick", "before"), cue=("said", "before")),
        Q("an incoming Coalition government would repeal it", "indirect", **BARWICK,
          stance="oppose",
          mention=("Opposition Leader Fiona Barwick", "before"), cue=("promised", "before")),
        Q("the measure would hit mid-sized manufacturers hardest, because many had payrolls just "
          "over the threshold but trained few apprentices of their own", "indirect", **PELL,
          stance="oppose", mention=("Angus Pell", "before"), cue=("argued", "before")),
        Q("A food processor in Wirrandale with 140 staff is not a mining giant. They're going to "
          "get a bill in the mail and no apprentices to show for it,", "direct", **PELL,
          stance="oppose", mention=("Mr Pell", "after"), cue=("said", "after")),
        # Conditional openness: neutral.
        Q("she was \"open to it\" but wanted a written guarantee that at least a quarter of the new "
          "places would go to regional areas", "mixed", **MORIARTY, stance="neutral",
          mention=("Tasmanian crossbench senator Tessa Moriarty", "before"),
          cue=("said", "before")),
        Q("Tasmania has been promised training places before, and somehow they always end up in "
          "Sydney and Melbourne,", "direct", **MORIARTY, stance="neutral",
          mention=("she", "after"), cue=("told local radio", "after")),
        # "a good idea with a bad design": the point is criticism of the measure as designed.
        Q("the levy was \"a good idea with a bad design\"", "mixed", **DASTUR, stance="oppose",
          mention=("Independent MP Priya Dastur", "before"), cue=("posted", "before")),
        Q("Companies that already train apprentices properly shouldn't be paying twice,",
          "direct", **DASTUR, stance="oppose", mention=("she", "after"), cue=("wrote", "after")),
        Q("similar levies overseas had lifted apprenticeship numbers but had also encouraged some "
          "firms to relabel existing in-house courses so they could claim the money back",
          "indirect", **YUEN, stance="neutral",
          mention=("Coral Sea Bank chief economist Harriet Yuen", "before"),
          cue=("noted", "before")),
        Q("the levy had been announced without any consultation and would add to costs at a time "
          "when wages were already rising", "indirect", **AEC, stance="oppose",
          mention=("The Australian Enterprise Council", "before"), cue=("said", "before")),
        Q("Our members already spend billions of dollars on training every year. Nobody in "
          "Treasury picked up the phone to ask us what actually works,", "direct", **DAVOREN,
          stance="oppose", mention=("Mark Davoren", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Space agency, delayed launch. Curly quotes, ’ apostrophes, org speaker
#    after the statement, acronym title ("ASEA Administrator"), "insisted",
#    "acknowledged" with an embedded "she said" (not split), org re-mentioned
#    as "the company", anonymous speaker with an organisation, "wrote in a blog
#    post", relative-clause speaker, "posted", '"...," said X', "According to",
#    memoir title and scare quote (not gold).
ASEA = _who("Allied Space Exploration Agency", "Allied Space Exploration Agency",
            speaker_aliases=["ASEA"], affiliation_aliases=["ASEA"])
MARCHETTI = _who("Celia Marchetti", "Allied Space Exploration Agency", "Administrator",
                 affiliation_aliases=["ASEA"])
VARRO = _who("Varro Launch Systems", "Varro Launch Systems",
             speaker_aliases=["Varro"], affiliation_aliases=["Varro"])
VARRO_ENGINEER = _who(None, "Varro Launch Systems", "engineer", affiliation_aliases=["Varro"])
ECCLES = _who("Naomi Eccles", "University of Ashgrove", "principal investigator")
# "Professor Alan Whitcombe, who leads the imaging team at ...": title before the name is the role.
WHITCOMBE = _who("Alan Whitcombe", "Pelham Applied Physics Laboratory", "Professor")
FERRANTE = _who("Joan Ferrante", None, "Former astronaut")
OKORO = _who("Samuel Okoro", "Orbital Ledger", "space policy analyst")

HALCYON = {
    "id": "halcyon-launch-delay",
    "title": "Halcyon asteroid probe grounded for at least 14 months by rocket valve fault",
    "published": "2025-09-12",
    "target": "the Halcyon launch delay",
    "quotes": [
        Q("The launch of Halcyon, a $2.1 billion probe built to study the metal-rich asteroid 2231 "
          "Veltra, has been pushed back by at least 14 months after engineers found a fault in "
          "the fuel valves of its rocket’s upper stage", "indirect", **ASEA, stance="neutral",
          mention=("the Allied Space Exploration Agency", "after"), cue=("said", "after")),
        Q("the agency had made the only responsible choice", "indirect", **MARCHETTI,
          stance="support",
          mention=("ASEA Administrator Celia Marchetti", "before"), cue=("insisted", "before")),
        Q("We have one spacecraft. We don’t get to fix it after it leaves the pad,", "direct",
          **MARCHETTI, stance="support",
          mention=("she", "after"), cue=("told a press conference", "after")),
        Q("If I have to choose between a late mission and a lost mission, I will choose late every "
          "time.", "direct", **MARCHETTI, stance="support"),
        # The embedded "she said" stays inside this statement.
        Q("the delay would add about $180 million to the mission’s cost, money she said would come "
          "from the agency’s existing science budget", "indirect", **MARCHETTI, stance="neutral",
          mention=("Marchetti", "before"), cue=("acknowledged", "before")),
        Q("it had “identified the root cause” of the fault and was working with a new supplier on "
          "a redesigned valve", "mixed", **VARRO, stance="neutral",
          mention=("Varro Launch Systems", "before"), cue=("said", "before")),
        Q("Mission success is the only measure that matters to us,", "direct", **VARRO,
          stance="support", mention=("the company", "after"), cue=("said", "after")),
        # Anonymous speaker with an organisation; "who asked not to be named ..." is not a statement.
        Q("staff had been told to expect “months, not weeks” of extra testing", "mixed",
          **VARRO_ENGINEER, stance="neutral",
          mention=("An engineer at Varro", "before"), cue=("said", "before")),
        Q("the team was “gutted” but fully supported the agency’s decision", "mixed", **ECCLES,
          stance="support", mention=("Dr Naomi Eccles", "before"), cue=("said", "before")),
        Q("Some of my students planned their PhDs around data that now won’t arrive until after "
          "they graduate. That’s a real cost, even if it never shows up in a budget,", "direct",
          **ECCLES, stance="neutral", mention=("Eccles", "after"), cue=("said", "after")),
        Q("the agency had “chosen schedule over scrutiny” for years", "mixed", **WHITCOMBE,
          stance="oppose", mention=("Professor Alan Whitcombe", "before"), cue=("wrote", "before")),
        # Relative-clause speaker: mention is the antecedent. The claim that the fault had been
        # flagged earlier is part of his case that the delay was avoidable: oppose.
        Q("he had raised concerns about the valve supplier at a design review in 2022", "indirect",
          **WHITCOMBE, stance="oppose", mention=("Whitcombe", "before"), cue=("said", "before")),
        Q("Marchetti had made “the grown-up call”", "mixed", **FERRANTE, stance="support",
          mention=("Former astronaut Joan Ferrante", "before"), cue=("posted", "before")),
        Q("Everyone wants to see Halcyon fly. Nobody wants to watch it fly twice, the second time "
          "in pieces,", "direct", **FERRANTE, stance="support",
          mention=("she", "after"), cue=("wrote", "after")),
        Q("This is the third major delay for an ASEA science mission in five years, and the "
          "pattern is getting hard to ignore,", "direct", **OKORO, stance="oppose",
          mention=("Samuel Okoro", "after"), cue=("said", "after")),
        Q("cost overruns on Halcyon and two other missions now total more than $600 million",
          "indirect", **OKORO, stance="neutral",
          mention=("Okoro", "before"), cue=("According to", "before")),
    ],
}

DOCUMENTS = [MORCASTER, CANBERRA, HALCYON]
