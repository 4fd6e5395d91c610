"""Round five of data/dev (session 19), one of two annotators (doping ban, African election result, restaurant closure); loaded by
annotations.py. Written blind to the system like rounds one to four; the system was
measured on round five once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (round r6b): a doping ban, an election result and a
restaurant closure. Every person, organisation and place is invented. No offsets: each statement is
its exact text, mention and cue a text plus a direction; build_gold.py computes and checks offsets.

Decisions where the rules leave a case open (also noted beside the statements):

* A body announcing its own decision ("X has been banned ..., the agency announced") is labelled
  support, as Westmarch's minister announcing her ban is in data/samples; the agency stating the
  bare facts of the test result is neutral.
* A speaker in a relative clause ("Ruth Delacey, who said she ...") gets the antecedent name as
  mention, not the relative pronoun "who" (treated like an appositive: the name is the mention).
* "told" + a generic audience is kept whole as the cue ("told reporters", "told a news conference",
  "told supporters"), as in the samples; "told" + a named outlet ("told the broadcaster VTV",
  "told the Bellhaven Ledger") has the cue "told" alone, as with "told the broadcaster NRV".
* An inspection report speaks for the health department, with the inspector who wrote it as a
  speaker alias (as a judgment speaks for the court, with the judge as alias).
* Two people speaking together ("Regulars Harold Obi and Carmen Vasek ... said") get the first
  named as speaker and the second as speaker alias; the mention is the whole coordinated span.
* Not statements: nicknames and titles in quotation marks ("the Hollmark Express", the memoir
  "Nothing Between the Lines", the "Food Safety Scorecard" site), "declined to comment",
  "disputed parts of the report" and "saw it differently" (no reported content), "posted a
  photograph". The march name "Walk for Truth" inside the police statement is part of that
  statement, not a statement of its own.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Sports: doping ban. Straight quotes and apostrophes; lower-case title before a name; org
#    speaker re-mentioned as "the agency"; statement through a lawyer; "conceded"; follow-on
#    quotes; relative-clause speaker; "wrote on social media"; nickname and book title (not gold).
VADA = _who("Valdrian Anti-Doping Agency", "Valdrian Anti-Doping Agency",
            speaker_aliases=["VADA"], affiliation_aliases=["VADA"])
SANDOVAL = _who("Mirela Sandoval", "Valdrian Anti-Doping Agency", "director general",
                affiliation_aliases=["VADA"])
BRUNNHOFER = _who("Elias Brunnhofer", None, "sprinter")
MAALOUF = _who("Henrik Maalouf", None, "lawyer")
VAF = _who("Valdrian Athletics Federation", "Valdrian Athletics Federation")
KERRIGAN = _who("Osvaldo Kerrigan", "Valdrian Athletics Federation", "president")
FERREDAY = _who("Jonah Ferreday", None, "sprinter")
DELACEY = _who("Ruth Delacey", None, "coach")
VESSEL = _who("Annika Vessel", "University of Hollmark", "sports scientist")

VALDRIA = {
    "id": "valdria-sprinter-doping-ban",
    "title": "Sprinter Elias Brunnhofer banned for four years after positive steroid test",
    "published": "2025-06-17",
    "target": "Elias Brunnhofer's doping ban",
    "quotes": [
        # The agency announcing its own ban: support (see module docstring).
        Q("Valdrian sprinter Elias Brunnhofer has been banned from all competition for four years "
          "after testing positive for an anabolic steroid", "indirect", **VADA, stance="support",
          mention=("the Valdrian Anti-Doping Agency", "after"), cue=("announced", "after")),
        # The test facts alone: neutral.
        Q("The 27-year-old, who took 200 metres silver at last summer's European championships, "
          "returned an adverse finding for a drostanolone metabolite in an out-of-competition "
          "sample collected at his training camp in March", "indirect", **VADA, stance="neutral",
          mention=("the agency", "after"), cue=("said", "after")),
        Q("The rules are the same for every athlete, whatever their medals or their profile,",
          "direct", **SANDOVAL, stance="support",
          mention=("VADA director general Mirela Sandoval", "after"),
          cue=("told reporters", "after")),
        Q("A positive test is a positive test.", "direct", **SANDOVAL, stance="support"),
        Q("the agency had examined Brunnhofer's explanation that the steroid came from a "
          "contaminated protein supplement but had found \"no credible evidence\" to support it",
          "mixed", **SANDOVAL, stance="support",
          mention=("Sandoval", "before"), cue=("said", "before")),
        # "which she blamed on ..." is embedded in the conceded statement, not split off.
        Q("the case had taken longer than the agency's own 90-day target, which she blamed on "
          "delays in testing the supplement", "indirect", **SANDOVAL, stance="neutral",
          mention=("She", "before"), cue=("conceded", "before")),
        # Statement issued through his lawyer, but the cue's subject is Brunnhofer ("he said").
        Q("he was \"devastated and bewildered\" by the decision and had \"never knowingly taken a "
          "banned substance\"", "mixed", **BRUNNHOFER, stance="oppose",
          mention=("he", "before"), cue=("said", "before")),
        Q("Elias has been tested more than 60 times in his career and has never once returned a "
          "positive sample,", "direct", **MAALOUF, stance="oppose",
          mention=("Henrik Maalouf", "after"), cue=("said", "after")),
        Q("We will take this case to the Court of Arbitration for Sport, and we are confident the "
          "panel will see what VADA chose not to see.", "direct", **MAALOUF, stance="oppose"),
        Q("it respected the ban and had withdrawn Brunnhofer from its relay squad for next "
          "month's Nations Cup in Tarrin", "indirect", **VAF, stance="support",
          mention=("The Valdrian Athletics Federation", "before"), cue=("said", "before")),
        Q("the case was \"a dark day for our sport\" and that \"nobody, however talented, is "
          "bigger than the rules\"", "mixed", **KERRIGAN, stance="support",
          mention=("Osvaldo Kerrigan", "before"), cue=("said", "before")),
        Q("Clean athletes lose out every time this happens, and nobody ever gives us back the "
          "medal ceremonies we missed,", "direct", **FERREDAY, stance="support",
          mention=("fellow sprinter Jonah Ferreday", "after"), cue=("wrote", "after")),
        # Relative-clause speaker: mention is the antecedent name (see module docstring).
        Q("she had not spoken to him since the decision was announced", "indirect", **DELACEY,
          stance="neutral", mention=("Ruth Delacey", "before"), cue=("said", "before")),
        Q("she still believed he was innocent and would \"stand next to him at every hearing\"",
          "mixed", **DELACEY, stance="oppose",
          mention=("Ruth Delacey", "before"), cue=("told", "before")),
        # Undercuts the contamination defence: support.
        Q("contaminated supplements do cause positive tests but usually at concentrations far "
          "below those reported in Brunnhofer's sample", "indirect", **VESSEL, stance="support",
          mention=("Dr Annika Vessel", "before"), cue=("According to", "before")),
        Q("The concentration tells you a great deal. What it cannot tell you with certainty is "
          "how the substance got into his body, and that is the question an appeal panel will "
          "have to answer,", "direct", **VESSEL, stance="neutral",
          mention=("she", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. African election, wire style. Curly quotes and ’ apostrophes; dateline; org speaker with
#    "saying"; capitalised title before a name; "insisted"; "tweeted"; multi-paragraph follow-on
#    quote with no cue; anonymous official of a named body; voters by first name; two statements
#    from one mention ("said ... but noted that").
IEC = _who("Independent Electoral Commission", "Independent Electoral Commission",
           speaker_aliases=["IEC", "Kalindra’s Independent Electoral Commission",
                            "Kalindra's Independent Electoral Commission"],
           affiliation_aliases=["IEC", "Kalindra’s Independent Electoral Commission",
                                "Kalindra's Independent Electoral Commission"])
OKELLO = _who("Samuel Okello-Banda", "Alliance for Democratic Change", "candidate",
              affiliation_aliases=["ADC"])
ACHOLA = _who("Miriam Achola", "Independent Electoral Commission", "Chairperson",
              affiliation_aliases=["IEC"])
IEC_OFFICIAL = _who(None, "Independent Electoral Commission", "official",
                    affiliation_aliases=["IEC"])
NYIRENDA = _who("Patrick Nyirenda", "Kalindra People’s Congress", "spokesman",
                affiliation_aliases=["KPC", "Kalindra People's Congress"])
LWANGA = _who("Beatrice Lwanga", "Eastern Lakes Community observer mission", "head",
              affiliation_aliases=["Eastern Lakes Community (ELC) observer mission",
                                   "ELC observer mission", "Eastern Lakes Community", "ELC"])
CEWC = _who("Citizens’ Election Watch Coalition", "Citizens’ Election Watch Coalition",
            speaker_aliases=["Citizens' Election Watch Coalition"],
            affiliation_aliases=["Citizens' Election Watch Coalition"])
AMINA = _who("Amina", None, "tailor")
JOSEPH = _who("Joseph", None, "fruit seller")
PHIRI = _who("Daniel Phiri", "Kalindra Police Service", "spokesman",
             affiliation_aliases=["police"])

KALINDRA = {
    "id": "kalindra-election-result",
    "title": "Kalindra’s Mutende declared election winner as opposition vows court challenge",
    "published": "2025-08-14",
    "target": "the official election results",
    "quotes": [
        Q("he had taken 52.4 percent of the vote", "indirect", **IEC, stance="support",
          mention=("Kalindra’s Independent Electoral Commission", "before"),
          cue=("saying", "before")),
        # "his main challenger" is Samuel Okello-Banda, named in the next paragraph.
        Q("the count had been “daylight robbery” and that he would contest it in court", "mixed",
          **OKELLO, stance="oppose", mention=("his main challenger", "before"),
          cue=("said", "before")),
        Q("The people of Kalindra have spoken freely and peacefully, and this commission has done "
          "its duty without fear or favour,", "direct", **ACHOLA, stance="support",
          mention=("IEC Chairperson Miriam Achola", "after"),
          cue=("told a news conference", "after")),
        Q("delays in transmitting results from the three northern provinces had been caused by "
          "“network failures, not manipulation”", "mixed", **ACHOLA, stance="support",
          mention=("Achola", "before"), cue=("insisted", "before")),
        Q("This is a clear and decisive mandate. The opposition should accept the will of the "
          "people and stop threatening the peace of this country,", "direct", **NYIRENDA,
          stance="support", mention=("KPC spokesman Patrick Nyirenda", "after"),
          cue=("said", "after")),
        # "and posted a photograph ..." has no reported content and is outside the span.
        Q("the ADC had “lost fair and square”", "mixed", **NYIRENDA, stance="support",
          mention=("He", "before"), cue=("tweeted", "before")),
        Q("his agents held result forms from more than 6,000 polling stations that did not match "
          "the commission’s figures", "indirect", **OKELLO, stance="oppose",
          mention=("Okello-Banda", "before"), cue=("told supporters", "before")),
        Q("We have the forms, signed and stamped by the presiding officers. The numbers read out "
          "today are not the numbers Kalindrans wrote on their ballots,", "direct", **OKELLO,
          stance="oppose", mention=("he", "after"), cue=("said", "after")),
        # Two-paragraph follow-on quote, no cue: one statement, the inner opening mark included.
        Q("We will go to the Constitutional Court within the seven days the law allows.\n\n“And I "
          "ask every one of our supporters to stay calm, to stay at home and to let the judges do "
          "their work.", "direct", **OKELLO, stance="oppose"),
        # About polling day, not the count the target names: neutral.
        Q("voting had been “largely orderly”", "mixed", **LWANGA, stance="neutral",
          mention=("Beatrice Lwanga", "before"), cue=("said", "before")),
        Q("her team had been denied access to the national tally centre for nearly six hours on "
          "Monday", "indirect", **LWANGA, stance="oppose",
          mention=("Beatrice Lwanga", "before"), cue=("noted", "before")),
        # Defends the commission's conduct of the tally: support.
        Q("observers had been kept out “for security reasons” after a crowd gathered outside the "
          "centre", "mixed", **IEC_OFFICIAL, stance="support",
          mention=("A senior commission official", "before"), cue=("said", "before")),
        Q("its parallel count put Mutende’s share at between 47 and 50 percent, a gap with the "
          "official result that was “too large to be explained by honest error”", "mixed",
          **CEWC, stance="oppose",
          mention=("The Citizens’ Election Watch Coalition", "before"), cue=("said", "before")),
        Q("I queued for six hours to vote. Now they tell us it was for nothing,", "direct",
          **AMINA, stance="oppose", mention=("Amina", "after"), cue=("said", "after")),
        Q("He built the road to this market and the clinic where my daughter was born. He has "
          "earned five more years,", "direct", **JOSEPH, stance="support",
          mention=("he", "after"), cue=("said", "after")),
        Q("officers had fired tear gas to disperse about 300 ADC supporters taking part in a "
          "“Walk for Truth” march in Kibiroti late on Wednesday, and that 17 people had been "
          "arrested for “public violence”", "mixed", **PHIRI, stance="neutral",
          mention=("Kalindra Police Service spokesman Daniel Phiri", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Local business: restaurant closure. Straight quotes and apostrophes (Kassab's); speaker
#    after an indirect statement; "told" + named outlet; a report as source ("According to the
#    inspection report"); "wrote in the report"; possessive appositive ("the department's ...
#    director, Marcus Trell,"); "said Dr. X, a ..."; "noted"; two speakers together; anonymous
#    spokeswoman of a named company, then "the company"; a site name in quotes (not gold).
KASSAB = _who("Dimitri Kassab", "Kassab's Grill", "owner")
REPORT = _who("Arden County Health Department", "Arden County Health Department",
              speaker_aliases=["Carla Dunmore"],
              affiliation_aliases=["health department", "county health department"])
DEPT = _who("Arden County Health Department", "Arden County Health Department",
            affiliation_aliases=["health department", "county health department"])
DUNMORE = _who("Carla Dunmore", "Arden County Health Department", "Inspector",
               affiliation_aliases=["health department", "county health department"])
TRELL = _who("Marcus Trell", "Arden County Health Department", "environmental health director",
             affiliation_aliases=["health department", "county health department"])
OYELARAN = _who("Hannah Oyelaran", "Carrow State University", "food microbiologist")
IBARRA = _who("Rafael Ibarra", "Bellhaven City Council", "Councilmember",
              affiliation_aliases=["Bellhaven", "city council"])
# Two speakers together: first named as speaker, the other as alias (see module docstring).
OBI_VASEK = _who("Harold Obi", None, "regular", speaker_aliases=["Carmen Vasek"])
HALDEN_SPOKESWOMAN = _who(None, "Halden Property Group", "spokeswoman")
HALDEN = _who("Halden Property Group", "Halden Property Group")

BELLHAVEN = {
    "id": "bellhaven-restaurant-closure",
    "title": "Kassab's Grill will not reopen after county suspends its permit",
    "published": "2025-03-06",
    "target": "the suspension of Kassab's Grill's permit",
    "quotes": [
        Q("Kassab's Grill, the Lebanese restaurant that has anchored Bellhaven's Mercer Street for "
          "22 years, will not reopen after the Arden County Health Department suspended its "
          "permit last week", "indirect", **KASSAB, stance="neutral",
          mention=("owner Dimitri Kassab", "after"), cue=("said", "after")),
        Q("I'm 64 years old. I don't have it in me to start over, and frankly I don't have the "
          "money,", "direct", **KASSAB, stance="neutral",
          mention=("Kassab", "after"), cue=("told", "after")),
        Q("Twenty-two years, and they shut me down over a fridge.", "direct", **KASSAB,
          stance="oppose"),
        # The report speaks for the department, with its author as alias (see module docstring).
        Q("the Feb. 26 inspection found raw chicken stored above ready-to-eat salads, a walk-in "
          "cooler holding food at 52 degrees and \"evidence of rodent activity\" in a dry-storage "
          "room", "mixed", **REPORT, stance="support",
          mention=("the inspection report", "before"), cue=("According to", "before")),
        Q("the conditions amounted to \"an imminent health hazard\" and that the restaurant had "
          "been warned about the cooler during a routine visit in October", "mixed", **DUNMORE,
          stance="support", mention=("Inspector Carla Dunmore", "before"),
          cue=("wrote", "before")),
        Q("it suspends permits only when conditions pose \"an immediate risk to the public,\" and "
          "that the restaurant could reopen as soon as it passed a follow-up inspection",
          "mixed", **DEPT, stance="support",
          mention=("The health department", "before"), cue=("said", "before")),
        Q("We take no pleasure in closing any business, least of all one that so many people "
          "love,", "direct", **TRELL, stance="support",
          mention=("Marcus Trell", "after"), cue=("said", "after")),
        Q("But our job is to protect the people eating there, not a restaurant's reputation.",
          "direct", **TRELL, stance="support"),
        # "Kassab disputed parts of the report." has no reported content: not a statement.
        Q("the cooler had broken down the night before the inspection and that a repair "
          "technician had already been booked for that afternoon", "indirect", **KASSAB,
          stance="oppose", mention=("He", "before"), cue=("said", "before")),
        Q("Nobody wanted to hear it. They had their clipboard, and that was that,", "direct",
          **KASSAB, stance="oppose", mention=("he", "after"), cue=("said", "after")),
        Q("A cooler at 52 degrees is not a paperwork problem,", "direct", **OYELARAN,
          stance="support", mention=("Dr. Hannah Oyelaran", "after"), cue=("said", "after")),
        Q("suspensions remain rare in most counties and are usually lifted within a week once "
          "the problems are fixed", "indirect", **OYELARAN, stance="neutral",
          mention=("Oyelaran", "before"), cue=("noted", "before")),
        Q("he had asked county officials why the restaurant was not given \"a few days to fix a "
          "broken fridge\" before being closed", "mixed", **IBARRA, stance="oppose",
          mention=("Bellhaven City Councilmember Rafael Ibarra", "before"),
          cue=("said", "before")),
        Q("the county had \"made a mountain out of a molehill\" and that they would be back \"the "
          "day he opens the doors again\"", "mixed", **OBI_VASEK, stance="oppose",
          mention=("Harold Obi and Carmen Vasek", "before"), cue=("said", "before")),
        Q("the company had not received formal notice that Kassab intended to end his lease, "
          "which runs until 2027", "indirect", **HALDEN_SPOKESWOMAN, stance="neutral",
          mention=("A spokeswoman for Halden Property Group", "before"), cue=("said", "before")),
        Q("it \"values its long relationship\" with Kassab and would \"discuss options\" with him",
          "mixed", **HALDEN, stance="neutral",
          mention=("the company", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [VALDRIA, KALINDRA, BELLHAVEN]
