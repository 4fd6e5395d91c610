"""Round seven of data/dev (session 19), one of two annotators (bank fined, measles outbreak, drone strike wire story); loaded by
annotations.py. Written blind to the system like rounds one to six; the system was
measured on round seven once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (bank fine, measles outbreak, drone strike).

Same format as data/samples/annotations.py: each statement by its exact text, mention and cue
as (text, "before" | "after"[, n]); build_gold.py computes every offset.

Decisions where the rules leave a case open (applied the same way in all three articles):

* Stance: facts and figures with no judgement (casualty counts, repayments, dividend, the share
  of profit a fine represents) are neutral whoever gives them, as the README says; a statement
  that describes the conduct a penalty punishes, or that condemns/defends the strike or the
  order, takes the stance of that argument.
* Two people speaking together ("Graham and Sheila Purvis ... said"): one statement; speaker is
  the first person named, with the other in speaker_aliases, and the mention is the whole
  conjoined name as written.
* Anonymous speakers: speaker null; role is the noun the article uses for them ("spokeswoman",
  "official", "father"); affiliation only when the article ties them to an organisation.
* A speaker first referred to by title alone and named later ("the governor of the Drelsk
  region said" before "Governor Bohdan Merezhko") resolves to the later full name.
* "district superintendent Carla Benning": role "superintendent"; affiliation is the district
  the article names in full in the sentence before (Lakemoor Unified School District).
* A relative clause with its own cue ("Ashdown, who testified ... that ...", "Merezhko, who had
  earlier said ...") is a separate statement when it is not inside another reported statement.
* Not statements: "Consumer groups welcomed the penalty." / "The Lakemoor Pediatric Society
  welcomed the order." (reactions with no content); the titles "Listening Properly" and "Your
  Child, Your Choice"; the scare quote "autumn truce".
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Bank fined by a regulator. Straight quotes and apostrophes, org speakers re-mentioned as
#    "the regulator"/"the authority"/"the bank", possessive appositive, multi-paragraph
#    follow-on quote, anonymous spokeswoman, relative-clause speaker, two people together.
RFA = _who("Retail Finance Authority", "Retail Finance Authority")
FERRANTE = _who("Nadia Ferrante", "Retail Finance Authority", "executive director of enforcement")
ASHDOWN = _who("Martin Ashdown", "Brackwater Bank", "chief executive",
               affiliation_aliases=["Brackwater"])
BANK = _who("Brackwater Bank", "Brackwater Bank", speaker_aliases=["Brackwater"],
            affiliation_aliases=["Brackwater"])
BANK_SPOKESWOMAN = _who(None, "Brackwater Bank", "spokeswoman", affiliation_aliases=["Brackwater"])
CALLOWAY = _who("Ruth Calloway", "Fair Banking Now", "director")
# An MP who "sits on the Treasury Committee": the committee is the body she speaks from.
THORNE = _who("Rebecca Thorne", "Treasury Committee", "member of parliament",
              affiliation_aliases=["parliament"])
WRENFIELD = _who("Tobias Wrenfield", "Granton Securities", "analyst")
PURVIS_COUPLE = _who("Graham Purvis", speaker_aliases=["Sheila Purvis"])
SHEILA_PURVIS = _who("Sheila Purvis")

BRACKWATER = {
    "id": "brackwater-bank-fine",
    "title": "Brackwater Bank fined £48.6m over handling of overdraft complaints",
    "published": "2025-06-17",
    "target": "the fine on Brackwater Bank",
    "quotes": [
        Q("Brackwater Bank has been fined £48.6 million for failing to deal fairly with complaints "
          "from tens of thousands of customers who were wrongly charged overdraft fees",
          "indirect", **RFA, stance="support",
          mention=("the Retail Finance Authority", "after"), cue=("said", "after")),
        Q("the bank had ignored repeated warnings between 2019 and 2023 and that staff in its "
          "complaints unit had been told to \"close cases fast, not fair\"",
          "mixed", **RFA, stance="support",
          mention=("the regulator", "before"), cue=("said", "before")),
        Q("This was not a computer glitch or a one-off lapse. It was a culture that treated "
          "complaints as a cost to be managed,", "direct", **FERRANTE, stance="support",
          mention=("Nadia Ferrante", "after"), cue=("said", "after")),
        # Follow-on in the same paragraph, running on into the next (opening mark repeated).
        Q("Customers who did everything right were left out of pocket, some of them for years."
          "\n\n\"We expect every bank in the country to read this notice and ask itself honestly "
          "whether it would pass the same test.", "direct", **FERRANTE, stance="support"),
        Q("the bank accepted the findings in full and had already repaid £112 million to about "
          "86,000 customers", "indirect", **ASHDOWN, stance="support",
          mention=("Martin Ashdown", "before"), cue=("said", "before")),
        Q("We got this badly wrong, and I am sorry to every customer we let down,",
          "direct", **ASHDOWN, stance="support",
          mention=("Ashdown", "after"), cue=("wrote", "after")),
        Q("the bank had been \"too slow to listen\" when the regulator first raised its concerns",
          "mixed", **ASHDOWN, stance="support",
          mention=("He", "before"), cue=("conceded", "before")),
        # Defends the bank's present practice; says nothing for or against the fine.
        Q("the problems had been \"fixed at the root\" and that no complaint now stayed open for "
          "longer than eight weeks", "mixed", **BANK_SPOKESWOMAN, stance="neutral",
          mention=("A bank spokeswoman", "before"), cue=("insisted", "before")),
        Q("it did not expect the fine to affect its interim dividend, which is due in August",
          "indirect", **BANK, stance="neutral",
          mention=("The bank", "before"), cue=("said", "before")),
        Q("the case showed why the authority needed \"sharper teeth and a shorter fuse\"",
          "mixed", **CALLOWAY, stance="support",
          mention=("Ruth Calloway", "before"), cue=("said", "before")),
        Q("she would ask Ashdown to give evidence again \"as a matter of urgency\"",
          "mixed", **THORNE, stance="neutral",
          mention=("Rebecca Thorne", "before"), cue=("tweeted", "before")),
        # Speaker in a relative clause; not embedded in Thorne's statement (separate sentence).
        Q("the bank's complaints backlog was \"under control\"", "mixed", **ASHDOWN,
          stance="neutral", mention=("Ashdown", "before"), cue=("testified", "before")),
        Q("The fine is equal to about nine days of the bank's pre-tax profit last year",
          "indirect", **WRENFIELD, stance="neutral",
          mention=("Tobias Wrenfield", "after"), cue=("according to", "after")),
        Q("The money is a footnote. The reputational bill could be much bigger, especially with "
          "younger customers who can switch banks in ten minutes on their phones,",
          "direct", **WRENFIELD, stance="neutral",
          mention=("he", "after"), cue=("wrote", "after")),
        # Two people speaking together; describes the failing the fine punishes.
        Q("they had written to the bank three times before anyone replied", "indirect",
          **PURVIS_COUPLE, stance="support",
          mention=("Graham and Sheila Purvis", "before"), cue=("said", "before")),
        Q("We felt like we were shouting down a well. I'm glad somebody has finally made them pay "
          "for it,", "direct", **SHEILA_PURVIS, stance="support",
          mention=("Sheila Purvis", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Measles outbreak. Curly quotes and ’ apostrophes, "according to" after the statement,
#    org speakers ("the department", school district, campaign group, international body),
#    multi-paragraph quote after "said at a news conference:", lower-case title after the
#    quote, title alone ("The superintendent"), anonymous father, title of a leaflet.
DEPT = _who("Lakemoor County Department of Public Health",
            "Lakemoor County Department of Public Health",
            speaker_aliases=["Lakemoor County health department"],
            affiliation_aliases=["Lakemoor County health department"])
HALLOWAY = _who("Imogen Halloway", "Lakemoor County Department of Public Health",
                "chief medical officer",
                affiliation_aliases=["Lakemoor County health department"])
AMADI = _who("Felix Amadi", "St. Brannock’s Children’s Hospital", "infectious-disease specialist",
             affiliation_aliases=["St. Brannock's Children's Hospital",
                                  "St Brannock’s Children’s Hospital",
                                  "St Brannock's Children's Hospital"])
DISTRICT = _who("Lakemoor Unified School District", "Lakemoor Unified School District")
BENNING = _who("Carla Benning", "Lakemoor Unified School District", "superintendent")
KESSLER = _who("Dana Kessler")
FATHER = _who(None, None, "father")
ICN = _who("Informed Choice Network", "Informed Choice Network")
IHC = _who("International Health Council", "International Health Council")

LAKEMOOR = {
    "id": "lakemoor-measles-outbreak",
    "title": "Lakemoor County keeps unvaccinated pupils home as measles cases climb to 37",
    "published": "2025-02-20",
    "target": "the order keeping unvaccinated children out of school",
    "quotes": [
        Q("Twenty-nine of the cases are in children under 12, and none of those children had "
          "received both doses of the measles, mumps and rubella vaccine", "indirect", **DEPT,
          stance="neutral",
          mention=("the Lakemoor County Department of Public Health", "after"),
          cue=("according to", "after")),
        Q("six children had been hospitalized, two of them in intensive care", "indirect", **DEPT,
          stance="neutral", mention=("The department", "before"), cue=("said", "before")),
        Q("Measles is not a mild childhood illness. It is one of the most contagious diseases we "
          "know of, and a single infected child can pass it to almost every unprotected child in "
          "a classroom.\n\n“Keeping unvaccinated children at home for three weeks is not a "
          "punishment. It is the only way we have to break the chain of transmission.",
          "direct", **HALLOWAY, stance="support",
          mention=("Dr. Imogen Halloway", "before"), cue=("said", "before")),
        Q("the order would stay in place until 42 days had passed without a new case",
          "indirect", **HALLOWAY, stance="neutral",
          mention=("Halloway", "before"), cue=("told reporters", "before")),
        Q("the hospital had treated more measles cases in six weeks than in the previous ten "
          "years combined", "indirect", **AMADI, stance="neutral",
          mention=("Dr. Felix Amadi", "before"), cue=("said", "before")),
        Q("Most of the young doctors on my team had never seen a case before January,",
          "direct", **AMADI, stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("Now they can spot it from the doorway. Frankly, an order like this should have come a "
          "month ago.", "direct", **AMADI, stance="support"),
        Q("it had begun contacting the families of about 1,400 pupils whose records show fewer "
          "than two doses", "indirect", **DISTRICT, stance="neutral",
          mention=("The Lakemoor Unified School District", "before"), cue=("said", "before")),
        Q("We are following the health department’s instructions to the letter, and we will not "
          "be making exceptions,", "direct", **BENNING, stance="support",
          mention=("district superintendent Carla Benning", "after"), cue=("said", "after")),
        Q("teachers would prepare printed work packs for children kept at home but could not "
          "offer live online lessons", "indirect", **BENNING, stance="neutral",
          mention=("The superintendent", "before"), cue=("added", "before")),
        Q("the order punished healthy children for a decision made by their parents",
          "indirect", **KESSLER, stance="oppose",
          mention=("Dana Kessler", "before"), cue=("argued", "before")),
        Q("My son isn’t sick. Why is he the one being sent home?", "direct", **KESSLER,
          stance="oppose", mention=("she", "after"), cue=("said", "after")),
        # About his own choice to vaccinate, not about the order: neutral.
        Q("he had booked his son’s first shot for Friday because he had “read the wrong things "
          "online for too long”", "mixed", **FATHER, stance="neutral",
          mention=("One father", "before"), cue=("said", "before")),
        Q("the order was “discrimination dressed up as public health”", "mixed", **ICN,
          stance="oppose",
          mention=("The Informed Choice Network", "before"), cue=("posted", "before")),
        Q("measles cases across the region had risen fivefold in 2024", "indirect", **IHC,
          stance="neutral",
          mention=("The International Health Council", "before"), cue=("noted", "before")),
        # General warning about coverage, said a month before the order: neutral toward it.
        Q("vaccination coverage below 95 percent left communities “wide open” to outbreaks",
          "mixed", **IHC, stance="neutral",
          mention=("The International Health Council", "before"), cue=("warned", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Drone strike (wire copy). Curly quotes and ’ apostrophes, title-alone mention before the
#    name appears, relative-clause speaker ("who had earlier said"), Telegram post, follow-on
#    paragraph with no cue, org speakers on both sides ("the service", "The ministry"),
#    resident with first name only, anonymous official with an organisation, "posted on X",
#    "..., said X, a military analyst at ...", scare quote “autumn truce”.
MEREZHKO = _who("Bohdan Merezhko", "Drelsk region", "Governor",
                affiliation_aliases=["Drelsk"])
SES = _who("Velmaria’s State Emergency Service", "Velmaria’s State Emergency Service",
           speaker_aliases=["Velmaria's State Emergency Service", "State Emergency Service",
                            "Velmarian State Emergency Service"],
           affiliation_aliases=["Velmaria's State Emergency Service", "State Emergency Service",
                                "Velmarian State Emergency Service"])
VEL_MOD = _who("Velmaria’s defence ministry", "Velmaria’s defence ministry",
               speaker_aliases=["Velmaria's defence ministry", "Velmarian defence ministry"],
               affiliation_aliases=["Velmaria's defence ministry", "Velmarian defence ministry"])
ORL_MOD = _who("Orlavia’s defence ministry", "Orlavia’s defence ministry",
               speaker_aliases=["Orlavia's defence ministry", "Orlavian defence ministry"],
               affiliation_aliases=["Orlavia's defence ministry", "Orlavian defence ministry"])
HALYNA = _who("Halyna", None, "retired nurse")
NYQVIST = _who("Astrid Nyqvist", "UN", "humanitarian coordinator",
               affiliation_aliases=["United Nations"])
AIR_FORCE_OFFICIAL = _who(None, "Velmarian air force", "official",
                          affiliation_aliases=["Velmaria's air force", "Velmaria’s air force"])
HASKETT = _who("Lionel Haskett", "Whitford Centre for Security Studies", "military analyst")

DRELSK = {
    "id": "drelsk-drone-strike",
    "title": "Orlavian drone strike on Drelsk kills five, cuts power to 60,000 homes",
    "published": "2025-11-03",
    "target": "the drone strike on Drelsk",
    "quotes": [
        # Title-alone mention; the speaker is named in the next paragraph.
        Q("Orlavian drones struck two apartment blocks and a power substation in the Velmarian "
          "city of Drelsk overnight, killing at least five people and wounding 23", "indirect",
          **MEREZHKO, stance="neutral",
          mention=("the governor of the Drelsk region", "after"), cue=("said", "after")),
        Q("three people were killed", "indirect", **MEREZHKO, stance="neutral",
          mention=("Governor Bohdan Merezhko", "before"), cue=("said", "before")),
        Q("rescuers had pulled two more bodies from the rubble of a nine-storey building on "
          "Sadova Street", "indirect", **MEREZHKO, stance="neutral",
          mention=("Governor Bohdan Merezhko", "before"), cue=("wrote", "before")),
        Q("There is no military target on Sadova Street. There were only families asleep in "
          "their beds,", "direct", **MEREZHKO, stance="oppose",
          mention=("he", "after"), cue=("wrote", "after")),
        Q("They knew exactly what they were hitting.", "direct", **MEREZHKO, stance="oppose"),
        Q("its crews had worked through the night to reach residents trapped on the upper floors "
          "and that 140 people had been moved to temporary shelters", "indirect", **SES,
          stance="neutral",
          mention=("Velmaria’s State Emergency Service", "before"), cue=("said", "before")),
        Q("A fire at the substation left about 60,000 households without power", "indirect",
          **SES, stance="neutral", mention=("the service", "after"), cue=("added", "after")),
        Q("air defences had destroyed 41 of the 58 drones launched at the country overnight",
          "indirect", **VEL_MOD, stance="neutral",
          mention=("Velmaria’s defence ministry", "before"), cue=("said", "before")),
        Q("its forces had struck “energy facilities supporting the Velmarian military” with "
          "“high-precision weapons”", "mixed", **ORL_MOD, stance="support",
          mention=("Orlavia’s defence ministry", "before"), cue=("said", "before")),
        Q("all designated targets had been hit", "indirect", **ORL_MOD, stance="support",
          mention=("The ministry", "before"), cue=("said", "before")),
        # A resident's first-hand account of damage, no judgement of the strike: neutral.
        Q("she had been thrown from her bed when a drone hit the building next door", "indirect",
          **HALYNA, stance="neutral", mention=("Halyna", "before"), cue=("said", "before")),
        Q("The whole wall came in. I was looking for my glasses in the dark and there was glass "
          "everywhere,", "direct", **HALYNA, stance="neutral",
          mention=("she", "after"), cue=("told reporters", "after")),
        Q("she was “appalled” by the attack", "mixed", **NYQVIST, stance="oppose",
          mention=("Astrid Nyqvist", "before"), cue=("said", "before")),
        Q("Civilians and the systems they depend on to survive the winter must never be a "
          "target,", "direct", **NYQVIST, stance="oppose",
          mention=("Nyqvist", "after"), cue=("posted", "after")),
        Q("several of the drones had flown low along the river to stay beneath radar coverage",
          "indirect", **AIR_FORCE_OFFICIAL, stance="neutral",
          mention=("A Velmarian air force official", "before"), cue=("said", "before")),
        Q("What we are seeing is a deliberate attempt to exhaust air defences with cheap decoys "
          "and then push the real strike drones through the gaps,", "direct", **HASKETT,
          stance="neutral", mention=("Lionel Haskett", "after"), cue=("said", "after")),
    ],
}

DOCUMENTS = [BRACKWATER, LAKEMOOR, DRELSK]
