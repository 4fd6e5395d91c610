"""Round six of data/dev (session 19), one of two annotators (US governor's veto, Irish waiting lists, central bank rate cut); loaded by
annotations.py. Written blind to the system like rounds one to five; the system was
measured on round six once before any rule looked at it (data/dev/README.md).

Hand annotations for round r7a of the attribution dev gold (three invented articles).

Nothing here holds an offset: ``build_gold.py`` locates every statement, mention and cue
by its exact text. ``Q`` and ``_who`` come from ``data/samples/gold_api.py``.

Decisions where the rules in data/samples/README.md leave a case open:

* Abbreviated titles are written out in ``role`` ("Gov." -> "Governor", "state Sen." ->
  "state Senator"); the mention keeps the text as written.
* US state legislators speak for their party: "D-Eastfield" / "a Republican" give
  "Democratic Party" / "Republican Party", with the shorter forms as aliases. A mayor speaks
  for the city (as Mayor Ana Ruiz of Port Calder does in the samples), even when the article
  also calls her "a Democrat".
* A governor is treated like a minister: he speaks for the executive, which this article
  names only as "the governor's office" (his spokeswoman's appositive); "state government"
  and "government" are aliases.
* A speaker introduced in a relative clause ("..., state Sen. Marisol Ortega, D-Eastfield,
  who said ...") has as mention the antecedent name with its title, not the word "who".
* A report quoted with "according to" speaks for the body that carried it out (as a court
  judgment speaks for the court): the HSE's internal review -> Health Service Executive,
  mention "an internal review".
* Two people speaking together ("Economists at Halden Bank, Priya Sandhu and Owen Maddox,
  wrote ...") are one statement: speaker the first-named person, the second as speaker
  alias; mention the whole coordinated names (the appositive, per the appositive rule);
  role in the singular ("economist").
* "Independent TD Ciarán Moloney": "Independent" is a status, not an organisation, so
  affiliation is null and role "TD" (as "Opposition" is dropped from Tomas Greve's role).
* A patient's relative with no title or appositive role has role and affiliation null;
  "Two people familiar with the committee's deliberations" name no organisation: all null.
* Not statements: "Kitchen Table Agenda" (a package's name), "Consumer groups have disputed
  that figure" (no reported content), "Nurses' representatives reacted angrily" (reaction),
  the review's title and the status label "no longer requiring care" (a term quoted in the
  narration, no speaker or cue), Moloney's relative clause "who first raised the Kilbrannagh
  figures in the Dáil" (no reported content), the scare quote "last mile", "welcomed the
  decision" (reaction; the statement is the "writing ... that" clause after it), "Markets had
  largely expected the move" (an expectation, not speech).
* Stance: a statement about what happens next (votes, action plans, forecasts, vote tallies)
  is neutral; a speaker's factual concession is neutral unless it carries a judgment.
* Names with fadas get unaccented spellings as speaker aliases.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. US cable-news politics: governor's veto of a rate-freeze bill. Straight
#    "..." quotes and ' apostrophes, a package name in quotes (not gold).
KELLER = _who("Raymond Keller", "governor's office", "Governor",
              affiliation_aliases=["state government", "government"])
LIU = _who("Tessa Liu", "governor's office", "spokeswoman",
           affiliation_aliases=["state government"])
ORTEGA = _who("Marisol Ortega", "Democratic Party", "state Senator",
              affiliation_aliases=["Democratic", "Democrat", "Democrats", "D"])
BOYLE = _who("Curtis Boyle", "Republican Party", "Assemblyman",
             affiliation_aliases=["Republican", "Republicans", "GOP"])
HEFFERNAN = _who("Gary Heffernan", "Midstate Energy Council", "lobbyist")
CASTELLANO = _who("Yvonne Castellano", "Brookport", "Mayor")
BRANDSTETTER = _who("Adele Brandstetter", "Tillman University Center for Civic Polling", "director",
                    affiliation_aliases=["Tillman University"])

KELLER_VETO = {
    "id": "keller-rate-freeze-veto",
    "title": "Governor vetoes electricity rate freeze, setting up override fight",
    "published": "2025-06-17",
    "target": "the governor's veto",
    "quotes": [
        Q("the freeze would \"punish the very utilities we're asking to rebuild the grid\" and "
          "leave customers facing steeper bills once it expired", "mixed", **KELLER,
          stance="support", mention=("Keller", "before"), cue=("told reporters", "before")),
        Q("I understand why people are angry about their bills. I'm angry about mine,",
          "direct", **KELLER, stance="support",
          mention=("Keller", "after"), cue=("said", "after")),
        Q("But a freeze is a sugar high. It feels good for two years, and then the bill comes due "
          "all at once.", "direct", **KELLER, stance="support"),
        Q("he was open to \"targeted relief\" for low-income households", "mixed", **KELLER,
          stance="neutral", mention=("the governor", "before"), cue=("insisted", "before")),
        Q("he would not sign an across-the-board freeze", "indirect", **KELLER,
          stance="support", mention=("the governor", "before"), cue=("said", "before")),
        Q("the bill was \"a blunt instrument\" drafted without input from the Public Utilities "
          "Commission", "mixed", **LIU, stance="support",
          mention=("Tessa Liu", "before"), cue=("said", "before")),
        Q("the state's three largest utilities had already agreed to cap increases at 4% this "
          "year", "indirect", **LIU, stance="support",
          mention=("She", "before"), cue=("noted", "before")),
        # Speaker in a relative clause: mention is the antecedent name with its title.
        Q("the governor had \"sided with shareholders over senior citizens\" and that she would "
          "seek an override vote as early as next week", "mixed", **ORTEGA, stance="oppose",
          mention=("state Sen. Marisol Ortega", "before"), cue=("said", "before")),
        Q("Families in my district are choosing between air conditioning and groceries,",
          "direct", **ORTEGA, stance="oppose",
          mention=("Ortega", "after"), cue=("said", "after")),
        Q("The governor had a chance to help them, and he chose not to.", "direct", **ORTEGA,
          stance="oppose"),
        # "now that the governor had promised ..." is embedded in Boyle's statement.
        Q("he was leaning toward sustaining the veto now that the governor had promised to "
          "revisit the issue in the fall", "indirect", **BOYLE, stance="support",
          mention=("Boyle", "before"), cue=("conceded", "before")),
        Q("My constituents are hurting, and I still believe that. But an override is a different "
          "question,", "direct", **BOYLE, stance="neutral",
          mention=("Boyle", "after"), cue=("said", "after")),
        Q("a freeze would force companies to postpone more than $1.2 billion in storm-hardening "
          "projects", "indirect", **HEFFERNAN, stance="support",
          mention=("Gary Heffernan", "before"), cue=("testified", "before")),
        Q("Keller had made \"the right call for the wrong reasons\" by vetoing it", "mixed",
          **CASTELLANO, stance="support",
          mention=("Brookport Mayor Yvonne Castellano", "before"), cue=("posted", "before")),
        Q("It's one of those rare issues where the public isn't very divided,", "direct",
          **BRANDSTETTER, stance="neutral",
          mention=("Adele Brandstetter", "after"), cue=("said", "after")),
        Q("The governor is on the unpopular side of it, and he knows that.", "direct",
          **BRANDSTETTER, stance="neutral"),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Irish newspaper: hospital waiting-list scandal. Curly “...” quotes and ’
#    apostrophes, a report title in quotes (not gold), a multi-paragraph quote
#    after "He said:", anonymous spokeswoman with an organisation.
HSE = _who("Health Service Executive", "Health Service Executive",
           speaker_aliases=["HSE"], affiliation_aliases=["HSE"])
DARCY = _who("Fionnuala Darcy", "government", "Minister for Health",
             affiliation_aliases=["Department of Health"])
HSE_SPOKESWOMAN = _who(None, "Health Service Executive", "spokeswoman",
                       affiliation_aliases=["HSE"])
FURLONG = _who("Declan Furlong", "University Hospital Kilbrannagh",
               "consultant orthopaedic surgeon")
TIERNEY = _who("Gráinne Tierney", "Irish Federation of Nursing Staff", "general secretary",
               speaker_aliases=["Grainne Tierney"])
QUIRKE = _who("Sinéad Quirke", speaker_aliases=["Sinead Quirke"])
MOLONEY = _who("Ciarán Moloney", None, "TD", speaker_aliases=["Ciaran Moloney"])

KILBRANNAGH = {
    "id": "kilbrannagh-waiting-lists",
    "title": "Thousands struck off Kilbrannagh hospital waiting lists without being seen",
    "published": "2025-03-06",
    "target": "the waiting-list validation exercise",
    "quotes": [
        # A report quoted with "according to" speaks for the body that carried it out.
        Q("More than 4,000 patients were removed from orthopaedic waiting lists at University "
          "Hospital Kilbrannagh without ever being seen or spoken to", "indirect", **HSE,
          stance="neutral", mention=("an internal review", "after"),
          cue=("according to", "after")),
        Q("she was “deeply concerned” by the findings and had asked the HSE to contact every "
          "affected patient within six weeks", "mixed", **DARCY, stance="oppose",
          mention=("Minister for Health Fionnuala Darcy", "before"), cue=("said", "before")),
        Q("Nobody should find out from a newspaper that they have been taken off a list they "
          "spent two years waiting on,", "direct", **DARCY, stance="oppose",
          mention=("Ms Darcy", "after"), cue=("said", "after")),
        Q("That is not acceptable, and I have made that clear to the HSE in the strongest terms.",
          "direct", **DARCY, stance="oppose"),
        # Statement inside a relative clause; mention is the antecedent "The minister".
        Q("waiting lists were “falling for the first time in a decade”", "mixed", **DARCY,
          stance="neutral", mention=("The minister", "before"), cue=("told the Dáil", "before")),
        Q("part of that fall may have come from patients being removed rather than treated",
          "indirect", **DARCY, stance="neutral",
          mention=("The minister", "before"), cue=("conceded", "before")),
        Q("validation was “a standard and necessary part of managing waiting lists” and had been "
          "carried out in line with national guidance", "mixed", **HSE, stance="support",
          mention=("the HSE", "before"), cue=("said", "before")),
        Q("the process at Kilbrannagh had “fallen short”", "mixed", **HSE_SPOKESWOMAN,
          stance="oppose", mention=("A HSE spokeswoman", "before"),
          cue=("acknowledged", "before")),
        Q("the executive would publish an action plan within a month", "indirect",
          **HSE_SPOKESWOMAN, stance="neutral",
          mention=("A HSE spokeswoman", "before"), cue=("said", "before")),
        Q("he and two colleagues had warned management about the exercise as early as the "
          "spring of 2023", "indirect", **FURLONG, stance="oppose",
          mention=("Mr Declan Furlong", "before"), cue=("said", "before")),
        Q("Some of the people taken off my list were in their eighties. They didn’t answer a "
          "letter because they never got the letter, or because they couldn’t read it, or "
          "because they assumed we would ring them.\n\n“When they turned up at their GP in "
          "agony a year later, they had to start again from the very beginning.\n\n“That isn’t "
          "validation. That’s attrition.", "direct", **FURLONG, stance="oppose",
          mention=("He", "before"), cue=("said", "before")),
        Q("ward staff had been “left to pick up the pieces” as patients who had been struck off "
          "arrived at emergency departments in worse condition than when they were first "
          "referred", "mixed", **TIERNEY, stance="oppose",
          mention=("Gráinne Tierney", "before"), cue=("argued", "before")),
        Q("the family only found out when she rang the hospital last January to ask for a date",
          "indirect", **QUIRKE, stance="neutral",
          mention=("Sinéad Quirke", "before"), cue=("told this newspaper", "before")),
        Q("Mam was in pain every single day, waiting on a phone call that was never going to "
          "come. Somebody decided it was easier to delete her than to treat her,", "direct",
          **QUIRKE, stance="oppose", mention=("Ms Quirke", "after"), cue=("said", "after")),
        Q("the minister “cannot hide behind the HSE” and that the review should be extended to "
          "every hospital in the State", "mixed", **MOLONEY, stance="oppose",
          mention=("Independent TD Ciarán Moloney", "before"), cue=("said", "before")),
        Q("This is a national problem dressed up as a local one,", "direct", **MOLONEY,
          stance="oppose", mention=("he", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Financial markets: central bank rate decision. Curly “...” quotes, nested
#    ‘cut’, a multi-paragraph follow-on quote, an anonymous source with no
#    organisation, two economists writing together, scare quote “last mile”.
CBA = _who("Central Bank of Arvena", "Central Bank of Arvena")
RENNICK = _who("Tobias Rennick", "Central Bank of Arvena", "Governor")
VARGA = _who("Lukas Varga", "Brenmoor Capital", "rates strategist")
HALDEN = _who("Priya Sandhu", "Halden Bank", "economist", speaker_aliases=["Owen Maddox"])
OSEI = _who("Marguerite Osei", "Corvane Securities", "chief economist")
ROOS = _who("Anneli Roos", "government", "Finance Minister")
CHAMBER = _who("Arvenian Chamber of Commerce", "Arvenian Chamber of Commerce")
PIRELLI = _who("Jonah Pirelli", None, "secondary school teacher")

ARVENA = {
    "id": "arvena-rate-cut",
    "title": "Arvena's central bank cuts rates for first time in three years",
    "published": "2025-09-18",
    "target": "the interest rate cut",
    "quotes": [
        Q("further cuts were likely if inflation continued to ease", "indirect", **CBA,
          stance="support", mention=("The Central Bank of Arvena", "before"),
          cue=("signalled", "before")),
        Q("inflation had fallen to 2.6 per cent in the year to August and was “on track to "
          "return to target by the middle of next year”", "mixed", **CBA, stance="support",
          mention=("the bank", "before"), cue=("said", "before")),
        Q("two of the seven members of its monetary policy committee had voted to keep rates on "
          "hold", "indirect", **CBA, stance="neutral",
          mention=("The statement", "before"), cue=("noted", "before")),
        Q("the decision reflected “real and durable progress” on prices", "mixed", **RENNICK,
          stance="support", mention=("Governor Tobias Rennick", "before"),
          cue=("said", "before")),
        Q("the bank was not “declaring victory”", "mixed", **RENNICK, stance="neutral",
          mention=("Governor Tobias Rennick", "before"), cue=("warned", "before")),
        Q("We have been patient, and that patience has paid off,", "direct", **RENNICK,
          stance="support", mention=("Rennick", "after"), cue=("told reporters", "after")),
        # Follow-on quote over two paragraphs, no cue of its own.
        Q("Households have had a very difficult few years, and mortgage holders in particular "
          "have carried a heavy share of the burden.\n\n“But I would caution anyone who hears "
          "the word ‘cut’ and imagines a rapid series of them. We will move carefully, one "
          "meeting at a time, and we will be guided by the data.", "direct", **RENNICK,
          stance="support"),
        Q("the bank’s own forecasts had underestimated how long inflation would stay high",
          "indirect", **RENNICK, stance="neutral",
          mention=("The governor", "before"), cue=("conceded", "before")),
        Q("the debate had been “finely balanced” and that a larger half-point cut was never "
          "seriously considered", "mixed", None, stance="neutral",
          mention=("Two people familiar with the committee’s deliberations", "before"),
          cue=("said", "before")),
        Q("traders had fully priced in a quarter-point cut by Wednesday evening, which explained "
          "the muted reaction in bond markets", "indirect", **VARGA, stance="neutral",
          mention=("Lukas Varga", "before"), cue=("According to", "before")),
        Q("they expected two further cuts by the end of next year, taking the rate to 3.25 per "
          "cent", "indirect", **HALDEN, stance="neutral",
          mention=("Priya Sandhu and Owen Maddox", "before"), cue=("wrote", "before")),
        Q("Cutting now is a bet that wage growth will cool on its own,", "direct", **OSEI,
          stance="oppose", mention=("Marguerite Osei", "after"), cue=("said", "after")),
        Q("I’m not sure the evidence is there yet.", "direct", **OSEI, stance="oppose"),
        Q("it was “good news for every family with a mortgage”", "mixed", **ROOS,
          stance="support", mention=("Finance Minister Anneli Roos", "before"),
          cue=("writing", "before")),
        Q("the cut was overdue and that the bank should move faster to support investment",
          "indirect", **CHAMBER, stance="support",
          mention=("The Arvenian Chamber of Commerce", "before"), cue=("said", "before")),
        Q("Every quarter point is real money for us. It’s the difference between a summer "
          "holiday and no holiday,", "direct", **PIRELLI, stance="support",
          mention=("Pirelli", "after"), cue=("said", "after")),
    ],
}

DOCUMENTS = [KELLER_VETO, KILBRANNAGH, ARVENA]
