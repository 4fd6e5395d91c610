"""Round seven of data/dev (session 19), one of two annotators (US police shooting, coal plant closure, NZ coalition dispute); loaded by
annotations.py. Written blind to the system like rounds one to six; the system was
measured on round seven once before any rule looked at it (data/dev/README.md).

Hand annotations for round r8a: three invented articles (a US police shooting, a US coal plant
closure, a New Zealand coalition dispute). Every person, organisation, town and company is
invented. Offsets are computed by data/samples/build_gold.py from the exact texts below.

Decisions where the rules leave a case open (each is repeated next to the statement it affects):

* A lawyer "representing the family" speaks for no organisation: affiliation None, role
  "civil rights attorney". A family is not an organisation either.
* Two people speaking together ("Denise and Calvin Price ... said in a joint statement"): the
  speaker is the first-named person (the fullest name the text gives her, "Denise Price"), the
  other is a speaker alias; the mention is the two names as written.
* A speaker in a relative clause ("Franklin-Ward, who said Friday that ..."): the mention is the
  antecedent name the relative pronoun stands for, the cue the verb inside the clause.
* Rank-and-file workers and analysts get their employer as affiliation, as in the samples
  (Selma Karimi / Brightwater Capital); a boiler operator "who has worked at Corwin" gets
  "Corwin Station" with the utility that owns it as an alias.
* "City Council member Ayesha Grant" is split like "Coalition Command Press Secretary ...":
  affiliation "City Council", role "council member" (bare "member" says nothing).
* Ministers and the Prime Minister get "government": the NZ article never names their party.
* Stance: facts offered by a partisan speaker as an argument carry that speaker's stance (as the
  samples do with Lindqvist and Raman); facts and procedure from neutral parties are neutral.
  Remarks about the coalition's survival rather than the levy itself are neutral.
* Not statements: the manual title "Guardians First", the strategy title "Power Forward 2040",
  the scare quotes "just transition" and "no surprises", "Ostrowski declined to say whether ...",
  "the senators offered condolences", "drew jeers", "Environmental groups welcomed the ruling",
  "Farming lobby groups welcomed the stance" (reactions without reported content), and the
  embedded "that is exactly what she told us" inside Whitcomb's quote.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. US police shooting. Straight quotes and apostrophes, org speaker re-mentioned as "the
#    department", title-alone mention ("the chief"), follow-on paragraph, joint statement by two
#    people, relative-clause speaker, possessive appositive with "According to", anonymous
#    speaker without organisation, a manual title in quotes (not a statement).
BPD = _who("Bellhaven Police Department", "Bellhaven Police Department")
OSTROWSKI = _who("Raymond Ostrowski", "Bellhaven Police Department", "Police Chief")
# A lawyer for a family speaks for no organisation (see the module docstring).
WHITCOMB = _who("Darnell Whitcomb", None, "civil rights attorney")
# Joint statement of two parents: first-named parent as speaker, the other as alias.
PRICES = _who("Denise Price", None, None, speaker_aliases=["Calvin Price"])
KOWALCZYK = _who("Gary Kowalczyk", "Bellhaven Police Officers Association", "president")
GRANT = _who("Ayesha Grant", "City Council", "council member",
             affiliation_aliases=["Bellhaven City Council"])
FRANKLIN_WARD = _who("Celia Franklin-Ward", "Bellhaven", "Mayor")
BEAUDRY = _who("Lorraine Beaudry", "Office of Independent Review", "director")
ROWE = _who("Tamika Rowe", "Bellhaven Community Defense", "organizer")

BELLHAVEN = {
    "id": "bellhaven-police-shooting",
    "title": "Protests grow in Bellhaven after police kill man at traffic stop",
    "published": "2025-08-17",
    "target": "the police shooting of Jalen Price",
    "quotes": [
        Q("officers had pulled Price over for an expired registration and that he \"made a sudden "
          "movement toward the center console\" before one of them opened fire", "mixed", **BPD,
          stance="support", mention=("the department", "before"), cue=("said", "before")),
        Q("body camera footage would be released \"within ten days,\" after Price's family had "
          "been given a chance to view it privately", "mixed", **OSTROWSKI, stance="neutral",
          mention=("Police Chief Raymond Ostrowski", "before"), cue=("told reporters", "before")),
        Q("I understand the anger in this community, and I'm not going to ask anyone to stop "
          "speaking out. What I am asking is that people let the investigation run its course,",
          "direct", **OSTROWSKI, stance="neutral",
          mention=("the chief", "after"), cue=("said", "after")),
        Q("the department had \"rushed to tell its side of the story\" before investigators had "
          "spoken to a single witness", "mixed", **WHITCOMB, stance="oppose",
          mention=("Darnell Whitcomb", "before"), cue=("said", "before")),
        # "that is exactly what she told us" is embedded in the quote, not a statement of its own.
        Q("Jalen had both hands on the wheel. We have a witness who watched the whole thing from "
          "across the street, and that is exactly what she told us,", "direct", **WHITCOMB,
          stance="oppose", mention=("Whitcomb", "after"), cue=("said", "after")),
        # Follow-on paragraph with no cue.
        Q("Nothing about an expired registration should end with a young man dead on the side of "
          "the road.", "direct", **WHITCOMB, stance="oppose"),
        Q("they wanted \"justice, not revenge\" for their son", "mixed", **PRICES,
          stance="oppose", mention=("Denise and Calvin Price", "before"), cue=("said", "before")),
        Q("Every officer in this city knows what it means to make a split-second decision with "
          "incomplete information, and that is what happened Thursday night,", "direct",
          **KOWALCZYK, stance="support",
          mention=("Gary Kowalczyk", "after"), cue=("said", "after")),
        Q("the officer had \"followed his training\" and deserved the same presumption of "
          "innocence as any other citizen", "mixed", **KOWALCZYK, stance="support",
          mention=("Kowalczyk", "before"), cue=("insisted", "before")),
        Q("she had not yet seen the footage", "indirect", **GRANT, stance="neutral",
          mention=("City Council member Ayesha Grant", "before"), cue=("conceded", "before")),
        Q("But I have read the department's statement three times, and it raises more questions "
          "than it answers,", "direct", **GRANT, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        Q("Bellhaven owes the Price family the full truth, and they will get it,", "direct",
          **FRANKLIN_WARD, stance="neutral",
          mention=("Mayor Celia Franklin-Ward", "after"), cue=("posted", "after")),
        # Relative-clause speaker: mention is the antecedent name, cue the verb in the clause.
        Q("she had asked the city's Office of Independent Review to lead the investigation",
          "indirect", **FRANKLIN_WARD, stance="neutral",
          mention=("Franklin-Ward", "before"), cue=("said", "before")),
        Q("a decision on whether to refer the case to prosecutors could take up to 90 days",
          "indirect", **BEAUDRY, stance="neutral",
          mention=("Lorraine Beaudry", "before"), cue=("According to", "before")),
        Q("We're not going anywhere until there's an arrest,", "direct", **ROWE, stance="oppose",
          mention=("Tamika Rowe", "after"), cue=("said", "after")),
        # Anonymous speaker with no organisation; the relative clause "who declined to give her
        # name" sits between the mention and the cue.
        Q("It could have been my brother.", "direct", None, stance="oppose",
          mention=("a woman pushing a stroller", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Coal plant closure. Curly quotes, ’ apostrophes, regulator's order ("the commission
#    said"), dissent with "wrote", org speaker re-mentioned as "the company", lower-case title
#    before a name ("utility spokeswoman Karen Lutz"), title-alone mention ("the mayor"),
#    "testified", multi-paragraph quote after "he said:", "noted", indirect statement with
#    "according to" after it, strategy title and scare quote (not statements).
COMMISSION = _who("Public Service Commission", "Public Service Commission",
                  speaker_aliases=["state Public Service Commission"],
                  affiliation_aliases=["state Public Service Commission"])
TEAGUE = _who("Howard Teague", "Public Service Commission", "Commissioner",
              affiliation_aliases=["state Public Service Commission"])
MERIDIAN = _who("Meridian Valley Power", "Meridian Valley Power",
                speaker_aliases=["Meridian Valley"], affiliation_aliases=["Meridian Valley"])
LUTZ = _who("Karen Lutz", "Meridian Valley Power", "spokeswoman",
            affiliation_aliases=["Meridian Valley"])
PRUITT = _who("Dale Pruitt", "Halstead Falls", "Mayor")
HALDANE = _who("Rick Haldane", "United Powerhouse Workers Local 412", "president",
               affiliation_aliases=["United Powerhouse Workers"])
OKONKWO = _who("Maya Okonkwo", "Clean Prairie Alliance", "state director")
CASTELLANO = _who("Naomi Castellano", "Lanterman Energy Research", "energy analyst")
# A worker speaks for nobody but gets his workplace as affiliation, like an analyst's employer;
# the utility that owns the plant is an equally right answer.
DUNBAR = _who("Wes Dunbar", "Corwin Station", "boiler operator",
              affiliation_aliases=["Corwin", "Meridian Valley Power"])

CORWIN = {
    "id": "corwin-station-coal-closure",
    "title": "Regulators approve early closure of Corwin Station coal plant",
    "published": "2025-04-09",
    "target": "the closure of Corwin Station",
    "quotes": [
        Q("retiring the plant early would save customers an estimated $310 million over 20 years, "
          "largely by avoiding costly pollution controls", "indirect", **COMMISSION,
          stance="support", mention=("the commission", "before"), cue=("said", "before")),
        Q("the commission was “trading a plant that works for a plan that might” and had not done "
          "enough to protect the town’s tax base", "mixed", **TEAGUE, stance="oppose",
          mention=("Commissioner Howard Teague", "before"), cue=("wrote", "before")),
        Q("the decision “reflects where the whole industry is heading” and that each of the "
          "plant’s 140 employees would be offered another job within the company or paid "
          "retraining", "mixed", **MERIDIAN, stance="support",
          mention=("Meridian Valley", "before"), cue=("said", "before")),
        Q("Nobody at this company takes this lightly. Corwin has served this region for 54 years,",
          "direct", **LUTZ, stance="neutral",
          mention=("utility spokeswoman Karen Lutz", "after"), cue=("said", "after")),
        Q("But the numbers are the numbers. Keeping it open would cost our customers more every "
          "single year.", "direct", **LUTZ, stance="support"),
        Q("it would keep about 20 workers on site through 2029 to cap the coal ash ponds",
          "indirect", **MERIDIAN, stance="neutral",
          mention=("The company", "before"), cue=("said", "before")),
        Q("the town would have to cut services or sharply raise property taxes", "indirect",
          **PRUITT, stance="oppose", mention=("Mayor Dale Pruitt", "before"), cue=("said", "before")),
        Q("We were told this plant would run until 2030, and people made decisions on that basis. "
          "They bought houses. They sent their kids to community college to train for these jobs,",
          "direct", **PRUITT, stance="oppose",
          mention=("the mayor", "after"), cue=("said", "after")),
        Q("the retraining offer was “a brochure, not a plan” and that many of his members were too "
          "close to retirement to start over", "mixed", **HALDANE, stance="oppose",
          mention=("Rick Haldane", "before"), cue=("testified", "before")),
        # Quote over two paragraphs: one statement, inner opening mark included.
        Q("Our guys aren’t against clean energy. Half of them have solar panels on their garages."
          "\n\n“What they’re against is being treated like a line item. This company can afford "
          "to do right by the people who kept this place running.", "direct", **HALDANE,
          stance="oppose", mention=("he", "before"), cue=("said", "before")),
        Q("This is the biggest thing anyone has done for the air in this valley in a generation,",
          "direct", **OKONKWO, stance="support",
          mention=("Maya Okonkwo", "after"), cue=("said", "after")),
        # A fact offered by a campaigner as the case for closure: support.
        Q("Corwin was the third-largest source of sulfur dioxide pollution in the state",
          "indirect", **OKONKWO, stance="support", mention=("She", "before"), cue=("noted", "before")),
        Q("Coal plants across the Midwest are being retired years ahead of schedule", "indirect",
          **CASTELLANO, stance="neutral",
          mention=("Naomi Castellano", "after"), cue=("according to", "after")),
        Q("Cheap gas and cheaper renewables did most of the work here. The federal rules just "
          "moved the date up,", "direct", **CASTELLANO, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
        # Regret that the closure came before his retirement: oppose.
        Q("I figured it was coming. I just figured I’d be retired before it did,", "direct",
          **DUNBAR, stance="oppose", mention=("Wes Dunbar", "after"), cue=("said", "after")),
        Q("Three years sounds like a long time until you’re the one doing the math.", "direct",
          **DUNBAR, stance="oppose"),
    ],
}

# --------------------------------------------------------------------------- #
# 3. New Zealand coalition dispute. Curly quotes, British punctuation (full stop outside a
#    closing mark), multi-paragraph quote after "the Prime Minister said:", "insisted ... but
#    conceded that" (two statements, one mention), possessive appositive ("Her party's
#    agriculture spokesman, Craig Dunmore,"), party national executive as speaker re-mentioned
#    as "it", anonymous speaker with a party, "tweeted", scare quote "no surprises".
TASKER = _who("Graham Tasker", "government", "Prime Minister")
PAEWAI = _who("Hine Paewai", "Rural Voice", "leader")
# "Her party" is Rural Voice.
DUNMORE = _who("Craig Dunmore", "Rural Voice", "agriculture spokesman")
EXECUTIVE = _who("Rural Voice’s national executive", "Rural Voice",
                 speaker_aliases=["Rural Voice's national executive",
                                  "Rural Voice national executive"])
FERRIS = _who("Nick Ferris", "government", "Environment Minister")
LATU = _who("Sione Latu", "Commonwealth Party", "leader")
WALSH = _who("Miriama Walsh", "Tarawhiti University", "political scientist")

RURAL_VOICE = {
    "id": "rural-voice-freshwater-levy",
    "title": "Tasker stands firm on freshwater levy as Rural Voice threatens to vote it down",
    "published": "2025-09-23",
    "target": "the freshwater levy",
    "quotes": [
        Q("the levy would be introduced to Parliament “as planned” next month, with or without "
          "Rural Voice’s support", "mixed", **TASKER, stance="support",
          mention=("Tasker", "before"), cue=("told", "before")),
        # Quote over two paragraphs after "said:".
        Q("I respect Hine Paewai and I respect her party, and I understand some of their voters "
          "are worried about what this will cost them.\n\n“But a coalition only works if both "
          "sides honour what they signed. The levy was in the agreement, it was in the Budget, and "
          "every minister around that Cabinet table voted for it.", "direct", **TASKER,
          stance="support", mention=("the Prime Minister", "before"), cue=("said", "before")),
        Q("her party had agreed to “a conversation about water pricing, not a new tax on "
          "farmers”", "mixed", **PAEWAI, stance="oppose",
          mention=("Rural Voice leader Hine Paewai", "before"), cue=("told reporters", "before")),
        Q("Nobody in Rural Voice signed up to that, and nobody in my caucus is going to vote for "
          "it in its current form,", "direct", **PAEWAI, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        # About the coalition's survival, not the levy: neutral.
        Q("the coalition itself was not in danger", "indirect", **PAEWAI, stance="neutral",
          mention=("Paewai", "before"), cue=("insisted", "before")),
        Q("relations between the two parties were “as strained as they have been” since the "
          "election", "mixed", **PAEWAI, stance="neutral",
          mention=("Paewai", "before"), cue=("conceded", "before")),
        Q("the levy would cost a typical irrigated dairy farm about $14,000 a year", "indirect",
          **DUNMORE, stance="oppose", mention=("Craig Dunmore", "before"), cue=("argued", "before")),
        Q("That is a farm worker’s wages, gone,", "direct", **DUNMORE, stance="oppose",
          mention=("he", "after"), cue=("added", "after")),
        Q("it had “full confidence” in Paewai and would not support any bill that “singles out "
          "rural communities”", "mixed", **EXECUTIVE, stance="oppose",
          mention=("it", "before"), cue=("said", "before")),
        Q("he had offered Rural Voice a two-year phase-in for smaller farms and was “still waiting "
          "for a reply”", "mixed", **FERRIS, stance="support",
          mention=("Environment Minister Nick Ferris", "before"), cue=("said", "before")),
        # Anonymous speaker with a party.
        Q("several colleagues would rather force an early election than vote for the levy",
          "indirect", None, affiliation="Rural Voice", role="MP", stance="oppose",
          mention=("A senior Rural Voice MP", "before"), cue=("said", "before")),
        # About the Government, not the levy: neutral.
        Q("the Government was “too busy fighting itself to govern”", "mixed", **LATU,
          stance="neutral", mention=("Sione Latu", "before"), cue=("tweeted", "before")),
        Q("junior coalition partners often picked public fights in the second half of a term to "
          "remind voters what they stood for", "indirect", **WALSH, stance="neutral",
          mention=("Dr Miriama Walsh", "before"), cue=("said", "before")),
        Q("Rural Voice is polling at four per cent. They need to be seen to win something,",
          "direct", **WALSH, stance="neutral", mention=("she", "after"), cue=("said", "after")),
        Q("The question is whether Tasker can hand them a win without gutting the policy.",
          "direct", **WALSH, stance="neutral"),
    ],
}

DOCUMENTS = [BELLHAVEN, CORWIN, RURAL_VOICE]
