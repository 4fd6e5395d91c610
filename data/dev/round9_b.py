"""Round nine of data/dev (session 20), one of two annotators; loaded by annotations.py. Written blind to the
system like rounds one to eight; the system was measured on round nine once before any rule looked at it
(data/dev/README.md).

Hand annotations for three invented articles (attribution dev, round r9b).

Texts live beside this file as ``<id>.txt``; ``build_gold.py --dir`` computes every offset.
``Q`` and ``_who`` come from ``data/samples/gold_api.py``.

Decisions taken where the annotation rules leave a case open:

1. Descriptive mention before the name. The kidney-trial lede ("…, the lead researcher of a large
   international trial said on Tuesday") is annotated with the description as ``mention`` and the
   speaker resolved to the person the article names two paragraphs later (Anneliese Korvath).
   The trailing participle (", raising hopes for …") is outside the statement, which ends before
   the speaker clause.
2. Organisations named through a possessive pronoun ("Its foreign ministry", "its foreign
   ministry") speak under "<Country>’s foreign ministry" in the article's own apostrophe style,
   with straight-apostrophe and "<Country> foreign ministry" / "Orlavian foreign ministry" aliases.
   The mention is the phrase as written, pronoun included.
3. Not statements: "urged both governments to accept a ceasefire" (an infinitive request with no
   reported proposition); "declined to say how much the drug would cost" (no content); reactions
   without content ("traded accusations", "told a very different story", "were more guarded",
   "appeared the more receptive", "drew swift criticism"); expectations without a speech cue
   ("Corvane expects to record …", "analysts broadly expect …", "is expected to discuss …");
   narrator background ("Her plan … would pull both armies back …", "Corvane received $38 million …").
4. Titles, slogans and scare quotes are not statements: “Time Off the Machine”, “Framework for
   De-escalation in the Kaldun Valley”, "Code Is Labor.", the “temporary line”.
5. One cue, one statement: "said A, but that B" (Marovna) and "cautioned that A, and that B"
   (Korvath) are single statements. Two cues, two statements: "Moravec denied that A, saying B"
   gives two indirect statements with the same mention ("Moravec") and cues "denied" / "saying".
   For a denial the content is the denied clause (as the samples' "Lise Dahl denied that …").
6. Cues: "said in a statement", "said in an interview", "said in a voice message" → "said" only (as
   in the samples); "told the congress", "told reporters", "told a press conference", "told
   employees" are kept whole; "According to" / "according to" as written. In "An Orlavian
   official, speaking on condition of anonymity …, said …" the cue is "said", not "speaking".
7. Anonymous sources: speaker null and the whole noun phrase as mention ("An Orlavian official",
   "Two diplomats at the UN familiar with the negotiations", "Two people familiar with the
   plans"). "An Orlavian official" → affiliation "Orlavia" / role "official" (as the samples'
   "A senior coalition officer"). The diplomats are posted at the UN but are not said to speak
   for it, so their affiliation is null and their role "diplomats". The "people familiar with
   the plans" get no affiliation and no role.
8. Affiliation and role: "the country’s ambassador to the UN, Ilse Marovna" → Tessarin /
   ambassador to the UN; "The UN special envoy for the Kaldun valley, Ottilie Brenvar" → UN /
   special envoy (alias "United Nations"); "the group’s commander, Ruslan Terevko" → Kaldun
   Liberation Front / commander; "Its chief executive, Tomasz Ferrant" → Renal Voices / chief
   executive; "an organizer with the union" → Wrenhaven Tech Workers Union / organizer;
   "Anneliese Korvath, professor of nephrology at the University of Tallowford, …" → University
   of Tallowford / professor of nephrology ("who led the study" is not a role). "State Sen.
   Lorraine Batiste-Holm" → role "state senator" (the abbreviated title written out) and
   affiliation "state Senate", the article naming no fuller body (as ministers get "government").
   The mention keeps the title as written ("State Sen. Lorraine Batiste-Holm", "Chief Executive
   Dana Whitcomb", "Dr Sunniva Rademaker").
9. Sentence-level spans: the Corvane lede's statement runs to the full stop and so includes the
   framing "in its second round of layoffs in just over a year"; Rademaker's warning includes
   the figures after the colon.
10. Stance. Facts offered as an argument for or against the target take that side (as the
    samples' obesity figures for the ban): trial results → support, side-effect warning →
    oppose, projected savings and margin gains → support. Procedural or commercial remarks are
    neutral (Halvren seeking approval, Dunmore's access pledge, severance terms, the union's
    plans to bargain, Brenvar's travel). Each side's account of the border clash, including
    Orlavia's "reserves the right to respond", is neutral towards the ceasefire proposal, which
    it does not address. A denial is neutral (as the samples' Dahl). A judgment with a caveat
    is labelled by its main evaluation (Rademaker's "real and meaningful, but … not a cure" →
    support); a balanced one is neutral (Solvang's "the market likes this, but … real risk").
    Terevko's "we have never fired first … talk to us" opposes a plan that leaves his group out.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Drug trial. Curly quotes, ’ apostrophes; lede with a descriptive mention, a
#    multi-paragraph follow-on quote, org speaker, campaign title (not gold).
KORVATH = _who("Anneliese Korvath", "University of Tallowford", "professor of nephrology")
HALVREN = _who("Halvren Therapeutics", "Halvren Therapeutics",
               speaker_aliases=["Halvren"], affiliation_aliases=["Halvren"])
DUNMORE = _who("Rafael Dunmore", "Halvren Therapeutics", "chief executive",
               affiliation_aliases=["Halvren"])
RADEMAKER = _who("Sunniva Rademaker", "Brannock General Hospital", "kidney specialist")
RENAL = _who("Renal Voices", "Renal Voices")
FERRANT = _who("Tomasz Ferrant", "Renal Voices", "chief executive")

VELTORAZIDE = {
    "id": "veltorazide-kidney-trial",
    "title": "Experimental pill slows kidney decline in large trial",
    "published": "2025-06-17",
    "target": "veltorazide",
    "quotes": [
        Q("An experimental pill slowed the loss of kidney function by almost a third in people "
          "with advanced chronic kidney disease", "indirect", **KORVATH, stance="support",
          mention=("the lead researcher of a large international trial", "after"),
          cue=("said", "after")),
        Q("Fewer of them went on to need dialysis or a transplant", "indirect", **KORVATH,
          stance="support",
          mention=("Anneliese Korvath", "after"), cue=("told the congress", "after")),
        Q("For people at this stage of the disease, every year they stay off dialysis is a year in "
          "which they can work, travel and look after their families,", "direct", **KORVATH,
          stance="support", mention=("Korvath", "after"), cue=("said", "after")),
        Q("This is the first time in a long while that we have had something genuinely new to "
          "offer them.", "direct", **KORVATH, stance="support"),
        Q("the benefit was smaller among patients who also had type 2 diabetes, and that the trial "
          "had not been large enough to show whether the drug helped people live longer",
          "indirect", **KORVATH, stance="neutral",
          mention=("She", "before"), cue=("cautioned", "before")),
        Q("it would ask regulators to approve veltorazide before the end of the year", "indirect",
          **HALVREN, stance="neutral", mention=("Halvren", "before"), cue=("said", "before")),
        Q("We believe veltorazide has the potential to change how this disease is treated for a "
          "great many people,", "direct", **DUNMORE, stance="support",
          mention=("Rafael Dunmore", "after"), cue=("said", "after")),
        Q("the company would “work closely with health systems” to make sure it reached the "
          "patients who needed it", "mixed", **DUNMORE, stance="neutral",
          mention=("Dunmore", "before"), cue=("said", "before")),
        Q("The effect is real and it is meaningful, but nobody should be calling this a cure,",
          "direct", **RADEMAKER, stance="support",
          mention=("Dr Sunniva Rademaker", "after"), cue=("said", "after")),
        Q("the trial measured success mainly through blood tests of kidney function rather than "
          "through deaths or hospital admissions, so doctors will need several more years of data "
          "before they know how much the drug changes patients’ lives", "indirect", **RADEMAKER,
          stance="neutral", mention=("Rademaker", "before"), cue=("According to", "before")),
        Q("side effects could limit its use: about one in twelve patients on veltorazide stopped "
          "taking it because of nausea or dizziness, compared with one in 25 on the placebo",
          "indirect", **RADEMAKER, stance="oppose",
          mention=("She", "before"), cue=("warned", "before")),
        Q("the findings offered “real hope” to patients facing a lifetime of dialysis", "mixed",
          **RENAL, stance="support", mention=("Renal Voices", "before"), cue=("said", "before")),
        Q("patients would judge the drug by whether they could actually get it", "indirect",
          **FERRANT, stance="neutral",
          mention=("Tomasz Ferrant", "before"), cue=("said", "before")),
        Q("Too many good medicines sit on a shelf for years because the price is wrong,",
          "direct", **FERRANT, stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("We will be asking Halvren some very direct questions about that in the coming weeks."
          "\n\n“But for the first time in years, I can tell our members that there is something "
          "real on the horizon.", "direct", **FERRANT, stance="support"),
        Q("the research team would keep following the patients for another three years to see "
          "whether the early benefit held up", "indirect", **KORVATH, stance="neutral",
          mention=("Korvath", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Border dispute. British spelling, curly quotes, nested ‘…’; ministries named
#    by possessive pronoun, anonymous official and diplomats, a multi-paragraph
#    quote after "Terevko said:", a plan title and a scare quote (not gold).
ORL_MIN = _who("Orlavia’s foreign ministry", "Orlavia’s foreign ministry",
               speaker_aliases=["Orlavia's foreign ministry", "Orlavian foreign ministry"],
               affiliation_aliases=["Orlavia's foreign ministry", "Orlavian foreign ministry"])
TES_MIN = _who("Tessarin’s foreign ministry", "Tessarin’s foreign ministry",
               speaker_aliases=["Tessarin's foreign ministry", "Tessarin foreign ministry"],
               affiliation_aliases=["Tessarin's foreign ministry", "Tessarin foreign ministry"])
MAROVNA = _who("Ilse Marovna", "Tessarin", "ambassador to the UN",
               affiliation_aliases=["government of Tessarin"])
BRENVAR = _who("Ottilie Brenvar", "UN", "special envoy", affiliation_aliases=["United Nations"])
TEREVKO = _who("Ruslan Terevko", "Kaldun Liberation Front", "commander")

KALDUN = {
    "id": "kaldun-valley-clash",
    "title": "Orlavia and Tessarin trade blame for deadly Kaldun valley clash as UN presses ceasefire plan",
    "published": "2025-08-14",
    "target": "the UN ceasefire proposal",
    "quotes": [
        Q("four of its border guards had been killed late on Wednesday when Tessarin troops "
          "crossed the 1998 demarcation line near the village of Vrelna and opened fire on an "
          "observation post", "indirect", **ORL_MIN, stance="neutral",
          mention=("Orlavia’s foreign ministry", "before"), cue=("said", "before")),
        Q("the attack was “a deliberate provocation” and that Orlavia “reserves the right to "
          "respond by all necessary means”", "mixed", **ORL_MIN, stance="neutral",
          mention=("the ministry", "before"), cue=("said", "before")),
        Q("Orlavian soldiers had fired first, and that Tessarin units had “acted strictly in "
          "self-defence, on Tessarin soil”", "mixed", **TES_MIN, stance="neutral",
          mention=("Its foreign ministry", "before"), cue=("said", "before")),
        Q("Nobody in Tessarin wants a war. But nobody in Tessarin will accept that our soldiers "
          "can be shot at on our own land,", "direct", **MAROVNA, stance="neutral",
          mention=("Ilse Marovna", "after"), cue=("told reporters", "after")),
        Q("her government was “studying” the envoy’s proposal, but that it would not sign any "
          "agreement that left Orlavian forces on the ridges above Vrelna", "mixed", **MAROVNA,
          stance="oppose", mention=("Marovna", "before"), cue=("said", "before")),
        Q("This is not a final settlement, and nobody is being asked to give up a claim,",
          "direct", **BRENVAR, stance="support",
          mention=("Brenvar", "after"), cue=("told a press conference", "after")),
        Q("It is simply a way of making sure that nobody else dies while the politicians argue.",
          "direct", **BRENVAR, stance="support"),
        Q("both governments had accepted “the idea of monitors” in principle, and that the "
          "remaining disagreements were “about maps, not about principles”", "mixed", **BRENVAR,
          stance="support", mention=("She", "before"), cue=("added", "before")),
        Q("it would “engage constructively” with the plan, provided Tessarin first withdrew the "
          "units involved in Wednesday’s clash", "mixed", **ORL_MIN, stance="support",
          mention=("its foreign ministry", "before"), cue=("said", "before")),
        Q("the government was under heavy pressure from nationalist members of parliament not to "
          "give up “a single metre” of the valley", "mixed", None, affiliation="Orlavia",
          role="official", affiliation_aliases=("government of Orlavia", "Orlavian government"),
          stance="neutral",
          mention=("An Orlavian official", "before"), cue=("said", "before")),
        Q("Tessarin had privately asked for the withdrawal zone on its side of the line to be "
          "narrowed to three kilometres", "indirect", None, affiliation=None, role="diplomats",
          stance="neutral",
          mention=("Two diplomats at the UN familiar with the negotiations", "before"),
          cue=("said", "before")),
        Q("the envoy’s plan had been “written in two capitals for two armies”", "mixed",
          **TEREVKO, stance="oppose",
          mention=("Ruslan Terevko", "before"), cue=("said", "before")),
        Q("Nobody in Vell or Sarvenna has asked the people of this valley what they want,",
          "direct", **TEREVKO, stance="oppose", mention=("he", "after"), cue=("said", "after")),
        Q("They keep telling us to ‘be patient’. We have been patient since 1998.", "direct",
          **TEREVKO, stance="oppose"),
        Q("We have never fired on anyone who did not fire on us first.\n\n“But if anyone wants "
          "peace in Kaldun, they will have to come and talk to us.", "direct", **TEREVKO,
          stance="oppose", mention=("Terevko", "before"), cue=("said", "before")),
        Q("she would travel to Sarvenna on Monday for further talks with Tessarin’s foreign "
          "minister", "indirect", **BRENVAR, stance="neutral",
          mention=("Brenvar", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Tech layoffs. US style, straight quotes; org speaker before and after its
#    statement, a memo, "according to" after a direct and an indirect statement,
#    anonymous sources, "denied that …, saying …", a slogan in quotes (not gold).
CORVANE = _who("Corvane Systems", "Corvane Systems",
               speaker_aliases=["Corvane"], affiliation_aliases=["Corvane"])
WHITCOMB = _who("Dana Whitcomb", "Corvane Systems", "Chief Executive",
                affiliation_aliases=["Corvane"])
MORAVEC = _who("Tessa Moravec", "Corvane Systems", "spokeswoman", affiliation_aliases=["Corvane"])
SOLVANG = _who("Priyanka Solvang", "Cormorant Ridge Securities", "analyst")
ELLERY_DUNN = _who("Marcus Ellery-Dunn", "Wrenhaven Tech Workers Union", "organizer",
                   affiliation_aliases=["Wrenhaven Tech Workers"])
BATISTE_HOLM = _who("Lorraine Batiste-Holm", "state Senate", "state senator")

CORVANE_DOC = {
    "id": "corvane-layoffs",
    "title": "Corvane Systems to cut 1,800 jobs in second round of layoffs",
    "published": "2025-03-04",
    "target": "the layoffs",
    "quotes": [
        Q("it would cut about 1,800 jobs, or roughly 14% of its workforce, in its second round of "
          "layoffs in just over a year", "indirect", **CORVANE, stance="neutral",
          mention=("Corvane Systems", "before"), cue=("said", "before")),
        Q("The cuts will save about $210 million a year once they are complete", "indirect",
          **CORVANE, stance="support", mention=("the company", "after"), cue=("said", "after")),
        Q("the company had \"hired ahead of demand\" during the pandemic and now needed to become "
          "\"smaller, faster and more focused\" so it could keep investing in new products",
          "mixed", **WHITCOMB, stance="support",
          mention=("Chief Executive Dana Whitcomb", "before"), cue=("wrote", "before")),
        Q("This is the hardest decision I have made since I joined Corvane, and I want to be "
          "straight with you about why we are making it,", "direct", **WHITCOMB,
          stance="support", mention=("Whitcomb", "after"), cue=("wrote", "after")),
        Q("Our growth has slowed, our costs have not, and that gap was not going to close on its "
          "own.", "direct", **WHITCOMB, stance="support"),
        Q("Most of the cuts will fall on the company's sales and customer-support teams, and "
          "about 600 of the affected jobs are at its headquarters campus in Wrenhaven",
          "indirect", **MORAVEC, stance="neutral",
          mention=("Tessa Moravec", "after"), cue=("according to", "after")),
        Q("affected employees would receive at least 12 weeks of severance pay and six months of "
          "health coverage", "indirect", **MORAVEC, stance="neutral",
          mention=("She", "before"), cue=("said", "before")),
        Q("the company was also weighing whether to close a smaller office in Marrowgate that "
          "employs about 150 people", "indirect", None, stance="neutral",
          mention=("Two people familiar with the plans", "before"), cue=("said", "before")),
        Q("The market likes this, but cutting support staff at a company that sells to hospitals "
          "carries real risk,", "direct", **SOLVANG, stance="neutral",
          mention=("Priyanka Solvang", "after"), cue=("according to", "after")),
        Q("she expected Corvane's operating margin to improve by three to four percentage points "
          "over the next year as a result of the layoffs", "indirect", **SOLVANG,
          stance="support", mention=("Solvang", "before"), cue=("said", "before")),
        Q("They are laying off the people who answered the phones at 3 a.m. when a hospital's "
          "system went down,", "direct", **ELLERY_DUNN, stance="oppose",
          mention=("Marcus Ellery-Dunn", "after"), cue=("said", "after")),
        Q("Those workers kept this company's customers happy, and this is how they get thanked.",
          "direct", **ELLERY_DUNN, stance="oppose"),
        Q("the union had heard from more than 200 Corvane workers since the announcement and "
          "would ask the company to bargain over severance terms", "indirect", **ELLERY_DUNN,
          stance="neutral", mention=("Ellery-Dunn", "before"), cue=("said", "before")),
        Q("executives were using the layoffs to \"break the back\" of the organizing drive",
          "mixed", **ELLERY_DUNN, stance="oppose",
          mention=("He", "before"), cue=("said", "before")),
        Q("the cuts were connected to the union campaign", "indirect", **MORAVEC,
          stance="neutral", mention=("Moravec", "before"), cue=("denied", "before")),
        Q("the positions had been chosen strictly on business grounds", "indirect", **MORAVEC,
          stance="support", mention=("Moravec", "before"), cue=("saying", "before")),
        Q("she would introduce a bill requiring companies that receive state tax credits to "
          "repay them if they cut more than 10% of their in-state workforce", "indirect",
          **BATISTE_HOLM, stance="oppose",
          mention=("State Sen. Lorraine Batiste-Holm", "before"), cue=("said", "before")),
        Q("Taxpayers held up their end of that deal,", "direct", **BATISTE_HOLM,
          stance="oppose", mention=("Batiste-Holm", "after"), cue=("said", "after")),
        Q("If Corvane can't hold up its end, it should give the money back.", "direct",
          **BATISTE_HOLM, stance="oppose"),
        Q("it had \"met or exceeded\" every condition attached to the credits and that its "
          "Wrenhaven headcount would remain above the level it had promised", "mixed", **CORVANE,
          stance="neutral", mention=("Corvane", "before"), cue=("said", "before")),
        Q("she did not expect further layoffs this year", "indirect", **WHITCOMB,
          stance="neutral", mention=("Whitcomb", "before"), cue=("told employees", "before")),
    ],
}

DOCUMENTS = [VELTORAZIDE, KALDUN, CORVANE_DOC]
