"""Held-out round two (session 19), one of two annotators (carmaker wage deal, wildfire evacuation, EU tech regulation); loaded by
annotations.py. Written blind to the system and to data/dev; never used to develop rules
(data/heldout/README.md).

Hand annotations for three invented articles (a held-out round): a carmaker wage deal,
a wildfire evacuation and an EU regulation on automated decisions.

Nothing here holds an offset: each statement is written out as its exact text, and its
mention and cue as a text plus where to look for it, so ``build_gold.py`` computes every
offset. Article texts live beside this file as ``<id>.txt``.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution held-out"


# --------------------------------------------------------------------------- #
# 1. Wage deal after a strike (wire-service business copy). Straight quotes and
#    apostrophes, lower-case title before a name, "conceded ... but insisted"
#    (two statements, one mention), "wrote in a note", "saying that" + quote,
#    relative clause (not speech), scare quote "winter stoppage" (not gold),
#    spokesperson who "declined to comment" (no content, not gold).
VELMONT = _who("Velmont Motors", "Velmont Motors", speaker_aliases=["Velmont"],
               affiliation_aliases=["Velmont"])
ABELARD = _who("Lorenz Abelard", "Velmont Motors", "chief executive",
               affiliation_aliases=["Velmont"])
QUIROGA = _who("Teresa Quiroga", "Allied Vehicle Workers union", "president",
               affiliation_aliases=["Allied Vehicle Workers"])
# Decision: "analysts at Harlow Securities" names no person, so the speaker is null (as for
# "A senior coalition officer"); the firm is their affiliation. "The brokerage cut its ...
# forecast" is an action without a speech cue and is not annotated.
HARLOW = _who(None, "Harlow Securities", "analysts")
KOVAL = _who("Nadia Koval", "Brenner & Koh", "autos analyst")
SERRAT = _who("Paulo Serrat", "government", "Labour Minister")
# Decision: striking workers speak for themselves, not for the carmaker or the union, so
# their affiliation is null (as for the retired teacher Marisol Eng in the samples).
FENN = _who("Dario Fenn", None, "dashboard fitter")
PICKET_WOMAN = _who(None)

VELMONT_DEAL = {
    "id": "velmont-union-wage-deal",
    "title": "Velmont Motors agrees 14% pay rise with union, ending three-week strike",
    "published": "2025-10-14",
    "target": "the wage deal",
    "quotes": [
        Q("Velmont Motors has agreed to raise wages by 14% over three years for about 22,000 "
          "hourly workers at its three domestic plants, ending a 23-day strike by the Allied "
          "Vehicle Workers union that halted production of its best-selling Corva hatchback",
          "indirect", **VELMONT, stance="neutral",
          mention=("the carmaker", "after"), cue=("said", "after")),
        Q("This agreement rewards our people fairly and gives Velmont the stability it needs to "
          "invest in the next generation of vehicles,", "direct", **ABELARD, stance="support",
          mention=("chief executive Lorenz Abelard", "after"), cue=("said", "after")),
        Q("the agreement was \"the best contract this union has won in a generation\" and that "
          "members had \"held the line\" when it mattered most", "mixed", **QUIROGA,
          stance="support", mention=("Union president Teresa Quiroga", "before"),
          cue=("said", "before")),
        Q("We asked for 18 and we got 14, and I won't pretend otherwise,", "direct", **QUIROGA,
          stance="neutral", mention=("Quiroga", "after"), cue=("told reporters", "after")),
        Q("But nobody in this union goes backwards on pay again. That was the whole point of "
          "this strike.", "direct", **QUIROGA, stance="support"),
        Q("some members had wanted to stay out for a higher offer", "indirect", **QUIROGA,
          stance="neutral", mention=("Quiroga", "before"), cue=("conceded", "before")),
        Q("the deal would be ratified comfortably", "indirect", **QUIROGA, stance="support",
          mention=("Quiroga", "before"), cue=("insisted", "before")),
        Q("Labour costs will rise faster than we had modelled, but a fourth week of lost output "
          "would have done far more damage to earnings,", "direct", **HARLOW, stance="support",
          mention=("analysts at Harlow Securities", "after"), cue=("wrote", "after")),
        Q("Velmont's labour costs per vehicle were already the highest of any carmaker in the "
          "region", "indirect", **KOVAL, stance="neutral",
          mention=("Nadia Koval", "before"), cue=("noted", "before")),
        Q("The question now is whether they can pass any of this on in a market where prices are "
          "already falling,", "direct", **KOVAL, stance="neutral",
          mention=("she", "after"), cue=("added", "after")),
        Q("collective bargaining still works in this country when both sides are serious.",
          "direct", **SERRAT, stance="support",
          mention=("Labour Minister Paulo Serrat", "before"), cue=("saying", "before")),
        Q("the government had \"played no part\" in the final round of talks", "mixed", **SERRAT,
          stance="neutral", mention=("Serrat", "before"), cue=("told reporters", "before")),
        Q("Fourteen percent sounds like a lot until you remember what rents have done,", "direct",
          **FENN, stance="oppose", mention=("Dario Fenn", "after"), cue=("said", "after")),
        Q("I'll vote for it. I'm not going to celebrate.", "direct", **FENN, stance="support"),
        Q("she would vote against the deal because it did nothing for temporary staff hired "
          "since 2021", "indirect", **PICKET_WOMAN, stance="oppose",
          mention=("A woman standing beside him", "before"), cue=("said", "before")),
        Q("Production at all three plants will restart with Monday's early shift", "indirect",
          **VELMONT, stance="neutral", mention=("Velmont", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Wildfire evacuation (local TV web story). Curly quotes, ’ apostrophes, a
#    follow-on quote spanning two paragraphs with no cue, a speaker in a relative
#    clause ("who testified ... that"), a governor's post on X ("posted", "wrote"),
#    two people speaking together, a reaction with no content (not gold).
FIRE_DEPT = _who("Calloway Fire Department", "Calloway Fire Department")
# Decision: "Fire Chief Renata Dyer" names no department in the title, but the article's
# only fire service is the Calloway Fire Department, so that is her affiliation ("Calloway"
# accepted too, as "Mayor Ana Ruiz of Port Calder" gives Port Calder).
DYER = _who("Renata Dyer", "Calloway Fire Department", "Fire Chief",
            affiliation_aliases=["Calloway"])
OKONJO = _who("Luis Okonjo", "Tamsin County", "emergency manager")
SHERIFF = _who("Tamsin County Sheriff’s Office", "Tamsin County Sheriff’s Office",
               speaker_aliases=["Tamsin County Sheriff's Office"],
               affiliation_aliases=["Tamsin County Sheriff's Office"])
TALLEY = _who("Brynn Talley", "Crestline Electric", "spokesperson")
# Decision: a state governor is treated like a minister: "government" when the article names
# no fuller body (it never names the state); role written out as "Governor" for "Gov.".
MARSH = _who("Helen Marsh", "government", "Governor",
             affiliation_aliases=["state", "state government"])
# Decision: two people speaking together ("Tom and Alice Pruitt ... said") get the joint name
# as speaker; either person's own name is accepted as an alias.
PRUITTS = _who("Tom and Alice Pruitt", speaker_aliases=["Tom Pruitt", "Alice Pruitt"])
ALICE = _who("Alice Pruitt")
TOM = _who("Tom Pruitt")
VOSS = _who("Gary Voss")

JUNIPER = {
    "id": "juniper-ridge-fire-evacuations",
    "title": "Juniper Ridge Fire forces evacuation of more than 3,000 homes near Calloway",
    "published": "2025-08-17",
    "target": "the evacuation orders",
    "quotes": [
        Q("Evacuation orders now cover more than 3,000 homes on the north side of Calloway after "
          "the Juniper Ridge Fire jumped Highway 12 overnight and grew to roughly 9,400 acres",
          "indirect", **FIRE_DEPT, stance="neutral",
          mention=("the Calloway Fire Department", "after"), cue=("said", "after")),
        Q("crews had spent the night protecting homes along Quarry Road and Pine Hollow Lane as "
          "wind gusts topped 45 mph", "indirect", **DYER, stance="neutral",
          mention=("Fire Chief Renata Dyer", "before"), cue=("said", "before")),
        Q("I want to be very blunt with people this morning,", "direct", **DYER,
          stance="neutral", mention=("Dyer", "after"), cue=("said", "after")),
        Q("If you are in an evacuation zone and you are still at home, you are putting yourself "
          "and my firefighters at risk.\n\n“This fire is moving through dry grass faster than "
          "anything I’ve seen in 22 years. We cannot promise that a crew will be able to reach "
          "you.", "direct", **DYER, stance="support"),
        Q("the county had sent about 11,000 emergency alerts to phones in the area overnight and "
          "that the shelter at the high school had room for 600 people", "indirect", **OKONJO,
          stance="neutral", mention=("Tamsin County emergency manager Luis Okonjo", "before"),
          cue=("told", "before")),
        # Decision: the speaker of a relative clause ("Okonjo, who testified ... that") is
        # mentioned by the name the clause hangs on, not by "who".
        Q("the north side’s two-lane roads would struggle to handle a mass evacuation",
          "indirect", **OKONJO, stance="neutral",
          mention=("Okonjo", "before"), cue=("testified", "before")),
        Q("traffic had moved “better than we feared” on Saturday night", "mixed", **OKONJO,
          stance="neutral", mention=("Okonjo", "before"), cue=("said", "before")),
        Q("Deputies knocked on doors on 14 streets overnight, and two people were arrested for "
          "entering evacuated homes", "indirect", **SHERIFF, stance="neutral",
          mention=("the Tamsin County Sheriff’s Office", "after"), cue=("said", "after")),
        Q("Our crews can’t safely get in to inspect the lines, and we’re not going to "
          "re-energize anything we haven’t looked at,", "direct", **TALLEY, stance="neutral",
          mention=("Brynn Talley", "after"), cue=("said", "after")),
        Q("she had approved an emergency declaration for Tamsin County, freeing up state money "
          "for firefighting", "indirect", **MARSH, stance="neutral",
          mention=("Gov. Helen Marsh", "before"), cue=("posted", "before")),
        Q("If you are told to go, go. Homes can be rebuilt. People can’t,", "direct", **MARSH,
          stance="support", mention=("Marsh", "after"), cue=("wrote", "after")),
        Q("they saw an orange glow over the ridge at about 10 p.m. and were in the car 15 "
          "minutes later", "indirect", **PRUITTS, stance="neutral",
          mention=("Tom and Alice Pruitt", "before"), cue=("said", "before")),
        Q("We grabbed the dog, the photo albums and my husband’s heart pills, and that was it,",
          "direct", **ALICE, stance="neutral",
          mention=("Alice Pruitt", "after"), cue=("said", "after")),
        Q("he had no regrets about leaving so quickly", "indirect", **TOM, stance="support",
          mention=("Her husband", "before"), cue=("said", "before")),
        Q("he was staying at his home on Pine Hollow Lane to hose down the roof", "indirect",
          **VOSS, stance="oppose", mention=("Gary Voss", "before"), cue=("said", "before")),
        Q("I’ve been through two of these. I know when it’s time to go, and it isn’t yet,",
          "direct", **VOSS, stance="oppose", mention=("he", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. EU regulation on automated decisions (European tech-policy copy). Curly
#    quotes, nested ‘...’, multi-paragraph quote after "told reporters ...:",
#    possessive + appositive ("the parliament’s lead negotiator"), a blog post as
#    speaker ("the post said" -> the company), "The company added", anonymous
#    official of a named body, "according to the association", scare quote
#    “human in the loop” and report title “Decided Without You” (not gold),
#    "welcomed the vote" (reaction without content, not gold).
AERTS = _who("Lotte Aerts", "European Commission", "spokesperson",
             affiliation_aliases=["Commission"])
MARQUARDT = _who("Ilse Marquardt", "European Commission", "Executive Vice-President",
                 affiliation_aliases=["Commission"])
PERETTI = _who("Sandro Peretti", "European Parliament", "lead negotiator",
               affiliation_aliases=["parliament"])
HALCYON = _who("Halcyon", "Halcyon")
DEMIR = _who("Yusuf Demir", "Open Wire", "policy director")
TECHFORWARD = _who("TechForward Europe", "TechForward Europe")
MOREAU = _who("Céline Moreau", "Varenne Holt", "partner", speaker_aliases=["Celine Moreau"])
COMMISSION_OFFICIAL = _who(None, "European Commission", "official",
                           affiliation_aliases=["Commission"])

EU_ADR = {
    "id": "eu-automated-decisions-regulation",
    "title": "EU lawmakers approve rules forcing firms to explain automated decisions",
    "published": "2025-11-19",
    "target": "the Automated Decisions Regulation",
    "quotes": [
        Q("endorsement by member states was “a formality” and should be completed before the end "
          "of the year", "mixed", **AERTS, stance="neutral",
          mention=("Commission spokesperson Lotte Aerts", "before"), cue=("told", "before")),
        Q("People have a right to know when a computer has said no to them, and why,", "direct",
          **MARQUARDT, stance="support",
          mention=("European Commission Executive Vice-President Ilse Marquardt", "after"),
          cue=("said", "after")),
        Q("Today that right is one step away from becoming law in 27 countries.", "direct",
          **MARQUARDT, stance="support"),
        Q("the final text was weaker than the one lawmakers first adopted because governments had "
          "won exemptions for police and border agencies", "indirect", **PERETTI,
          stance="neutral", mention=("Sandro Peretti", "before"), cue=("conceded", "before")),
        Q("For the first time, a bank or an employer in Europe will have to open the black box "
          "and show its working. That is not a small thing.\n\n“It is no coincidence that the "
          "companies that lobbied hardest against this law are the ones with the most to "
          "explain.", "direct", **PERETTI, stance="support",
          mention=("he", "before"), cue=("told reporters", "before")),
        Q("the rules were “unworkable in their current form” and would delay the launch of new AI "
          "services in Europe", "mixed", **HALCYON, stance="oppose",
          mention=("Halcyon", "before"), cue=("said", "before")),
        # Decision: a quote from the blog post speaks for the company that published it (as
        # "the judgment said" speaks for the court); the mention is "the post".
        Q("Requiring a tailored explanation for every automated decision, in every EU language, "
          "within 30 days will mean European customers wait longer for products the rest of the "
          "world already has,", "direct", **HALCYON, stance="oppose",
          mention=("the post", "after"), cue=("said", "after")),
        Q("it would “work constructively” with regulators on guidance", "mixed", **HALCYON,
          stance="neutral", mention=("The company", "before"), cue=("added", "before")),
        Q("This is a real step forward for anyone who has been turned down by an algorithm and "
          "never told why,", "direct", **DEMIR, stance="support",
          mention=("Yusuf Demir", "after"), cue=("said", "after")),
        Q("But the exemption for police and border agencies is a hole you could drive a truck "
          "through.", "direct", **DEMIR, stance="oppose"),
        Q("the law duplicated obligations already contained in the bloc’s data-protection rules",
          "indirect", **TECHFORWARD, stance="oppose",
          mention=("TechForward Europe", "before"), cue=("argued", "before")),
        Q("Compliance could cost a mid-sized firm more than 300,000 euros a year", "indirect",
          **TECHFORWARD, stance="oppose",
          mention=("the association", "after"), cue=("according to", "after")),
        Q("much would depend on how national regulators interpret the duty to explain",
          "indirect", **MOREAU, stance="neutral",
          mention=("Céline Moreau", "before"), cue=("noted", "before")),
        Q("Every client I’ve spoken to this month is asking me what ‘meaningful explanation’ "
          "actually means,", "direct", **MOREAU, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
        Q("Honestly, nobody will know until the first fines land.", "direct", **MOREAU,
          stance="neutral"),
        Q("guidance on the explanation requirement would be published by next summer",
          "indirect", **COMMISSION_OFFICIAL, stance="neutral",
          mention=("A Commission official", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [VELMONT_DEAL, JUNIPER, EU_ADR]
