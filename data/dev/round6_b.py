"""Round six of data/dev (session 19), one of two annotators (prisoner exchange wire story, tuition protest, film festival); loaded by
annotations.py. Written blind to the system like rounds one to five; the system was
measured on round six once before any rule looked at it (data/dev/README.md).

Hand annotations for three invented articles (round r7b of the attribution dev gold).

Same format and rules as data/samples/annotations.py (see data/samples/README.md,
"Annotation rules"): every statement by its exact text, mention and cue located
relative to it, no offsets typed by hand. Every person, organisation, place and
film here is invented.

Decisions where the written rules leave a case open (one line each, repeated at
the statement concerned):

* Ministers: a minister's affiliation is the fullest body the article names for
  him. "Interior Minister Faris al-Haddad" gets "Azmara’s interior ministry",
  which the article names two paragraphs earlier; "government" and the country
  are aliases. "Harzan’s foreign minister" gets "Harzan" (the article names no
  Harzani ministry), "government" as alias. "Education Secretary Colin Maybury"
  gets "government" (no fuller body named).
* Honorifics such as "Sheikh" stay in the mention but not in the speaker, as
  "Dr" does for Priya Raman in the samples.
* A speaker in a relative clause ("X, who said ...", "Y, whose president, Z,
  said ..."): the mention is the name the relative clause hangs on, not "who".
* Two people speaking together ("Jonah and Mei ... said"): one statement; the
  speaker is the first-named, the second is a speaker alias; the mention is the
  whole coordinated phrase as written.
* Anonymous private persons (a woman who is not named) get speaker, affiliation
  and role null; an anonymous official gets the organisation and "official".
* Named private persons with no title (Layla Mansour) get role null; students
  described by an appositive get that description as role (as "retired
  teacher" in the samples).
* Academic staff and critics get the institution or publication they work for
  as affiliation (as Hanna Lind / University of Velsk in the samples).
* "welcomed the releases" and "spoke on condition of anonymity" carry no
  reported content: not statements. "said by telephone" / "told a packed press
  conference" / "told the crowd": cue is "said" / "told" / "told the crowd"
  (the sample set uses both "told" and "told the council"; the object is kept
  when it is the audience the words were addressed to in the same phrase,
  otherwise "told" alone).
* Stance: statements of fact by a party are neutral unless the party offers the
  fact as an argument for or against the target (the samples' Ruiz and
  Wikström); criticism of how an exchange was run counts as opposition to it.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution dev"


# --------------------------------------------------------------------------- #
# 1. Gulf wire story, prisoner exchange. Curly “…” and ’ apostrophes, dateline,
#    org speakers (two ministries, a rights group), capitalised title before
#    name, "conceded"/"insisted"/"noted"/"warned", "said ... but insisted"
#    (two statements, one mention), speaker in a relative clause ("who said"),
#    statement before "according to", anonymous official with organisation,
#    anonymous private person, militia spokesman "wrote on Telegram", follow-on
#    quote with no cue, possessive appositives ("the group’s director, X,").
AZ_MINISTRY = _who("Azmara’s interior ministry", "Azmara’s interior ministry",
                   speaker_aliases=["Azmara's interior ministry", "Azmari interior ministry"],
                   affiliation_aliases=["Azmara's interior ministry", "Azmari interior ministry"])
# The article names his ministry, so it is his fullest affiliation; "government" (he speaks of
# "his government") and the country are accepted too.
HADDAD = _who("Faris al-Haddad", "Azmara’s interior ministry", "Interior Minister",
              speaker_aliases=["Faris Al-Haddad"],
              affiliation_aliases=["Azmara's interior ministry", "Azmari interior ministry",
                                   "government", "Azmara"])
KH_MINISTRY = _who("Khadrun’s foreign ministry", "Khadrun’s foreign ministry",
                   speaker_aliases=["Khadrun's foreign ministry", "Khadruni foreign ministry"],
                   affiliation_aliases=["Khadrun's foreign ministry", "Khadruni foreign ministry"])
# "Sheikh" is an honorific: kept in the mention, left out of the speaker.
TAMIMI = _who("Nasser bin Rashid al-Tamimi", "Harzan", "foreign minister",
              speaker_aliases=["Sheikh Nasser bin Rashid al-Tamimi"],
              affiliation_aliases=["government", "Harzan’s foreign ministry",
                                   "Harzan's foreign ministry"])
QARAWI = _who("Abu Yasin al-Qarawi", "Wadi Sahr Brigades", "spokesman")
MANSOUR = _who("Layla Mansour")  # a mother at the crossing: no title, no organisation
RASID = _who("Rasid Human Rights Monitor", "Rasid Human Rights Monitor")
SABBAGH = _who("Hala Sabbagh", "Rasid Human Rights Monitor", "director")

BIR_HAMRA = {
    "id": "bir-hamra-prisoner-exchange",
    "title": "Azmara and Khadrun swap 94 prisoners in Harzan-brokered deal",
    "published": "2025-06-12",
    "target": "the prisoner exchange",
    "quotes": [
        Q("51 Khadruni detainees had been handed over in return for 43 Azmari nationals, among "
          "them nine soldiers captured in clashes near the town of Qasr Dunya",
          "indirect", **AZ_MINISTRY, stance="neutral",
          mention=("Azmara’s interior ministry", "before"), cue=("said", "before")),
        Q("Every one of these men is sleeping in his own bed tonight. This is a day their mothers "
          "have waited four years for,", "direct", **HADDAD, stance="support",
          mention=("Interior Minister Faris al-Haddad", "after"), cue=("told reporters", "after")),
        Q("We owe a great deal to our brothers in Harzan, who never stopped knocking on doors.",
          "direct", **HADDAD, stance="support"),
        # "conceded that A, and said B": two cues, two statements, one mention.
        Q("the fate of 17 Azmari servicemen listed as missing remained unknown",
          "indirect", **HADDAD, stance="neutral",
          mention=("Al-Haddad", "before"), cue=("conceded", "before")),
        Q("his government would “not close this file” until every one of them was accounted for",
          "mixed", **HADDAD, stance="neutral",
          mention=("Al-Haddad", "before"), cue=("said", "before")),
        Q("the exchange was “a humanitarian step that both peoples needed”",
          "mixed", **KH_MINISTRY, stance="support",
          mention=("Khadrun’s foreign ministry", "before"), cue=("said", "before")),
        Q("it did not amount to recognition of Azmara’s claims over the disputed Suran valley",
          "indirect", **KH_MINISTRY, stance="neutral",
          mention=("Khadrun’s foreign ministry", "before"), cue=("insisted", "before")),
        # Speaker in a relative clause: the mention is the name "who" refers to.
        Q("both governments had agreed to hold a further round of talks before the end of the year",
          "indirect", **TAMIMI, stance="neutral",
          mention=("Sheikh Nasser bin Rashid al-Tamimi", "before"), cue=("said", "before")),
        # Anonymous official with an organisation ("a Harzani official").
        Q("The handover itself took just under four hours", "indirect", None,
          affiliation="Harzan", role="official", stance="neutral",
          mention=("a Harzani official", "after"), cue=("according to", "after")),
        Q("Our word was kept. The captives were treated according to our faith and our customs, "
          "and they leave us in better health than when they came,",
          "direct", **QARAWI, stance="support",
          mention=("Abu Yasin al-Qarawi", "after"), cue=("wrote", "after")),
        Q("the brigades still held “dozens” of Azmari fighters and would free them only “when our "
          "own prisoners walk free”", "mixed", **QARAWI, stance="neutral",
          mention=("he", "before"), cue=("warned", "before")),
        Q("I have not heard his voice since 2022. I will believe it when I hold him,",
          "direct", **MANSOUR, stance="neutral",
          mention=("Layla Mansour", "after"), cue=("said", "after")),
        # Anonymous private person, no organisation: speaker, affiliation and role null.
        # Criticism of how the exchange was run: oppose.
        Q("relatives of those left behind had been given no idea when their turn would come",
          "indirect", None, stance="oppose",
          mention=("A woman from Qasr Dunya", "before"), cue=("said", "before")),
        Q("They choose who goes home. Nobody explains why,", "direct", None, stance="oppose",
          mention=("she", "after"), cue=("said", "after")),
        # "welcomed the releases" has no content and is not a statement; "noted that" is.
        Q("at least 300 people were still being held without charge in the two countries",
          "indirect", **RASID, stance="neutral",
          mention=("The Rasid Human Rights Monitor", "before"), cue=("noted", "before")),
        Q("An exchange is not justice. When governments trade detainees like bargaining chips, "
          "they only encourage the next round of arrests,", "direct", **SABBAGH, stance="oppose",
          mention=("Hala Sabbagh", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. University tuition rise and student protest. Straight "..." and '
#    apostrophes, statement on the university website, multi-paragraph quote
#    after "she wrote", "testified ... that", "whose president, X, said",
#    "told the crowd", org "tweeted", students by first name, two students
#    speaking together, lower-case title before name in a relative clause
#    ("economics professor Martin Ashgrove, who argued that"), anonymous
#    university spokesperson, indirect statement before "X told reporters"
#    with "adding that", scare quote "Future Brennock" (not a statement).
THRALE = _who("Imogen Thrale", "Brennock University", "Vice-Chancellor")
SU_ALIASES = ["Brennock Students’ Union", "Brennock Students Union", "Students' Union",
              "student union"]
KETTERING = _who("Nadia Kettering", "Brennock Students' Union", "president",
                 affiliation_aliases=SU_ALIASES)
UNION = _who("Brennock Students' Union", "Brennock Students' Union",
             speaker_aliases=SU_ALIASES, affiliation_aliases=SU_ALIASES)
ELLIE = _who("Ellie", None, "second-year nursing student")
# Two students speaking together: first-named is the speaker, the other an alias.
JONAH_MEI = _who("Jonah", None, "first-year engineering student", speaker_aliases=["Mei"])
# Staff member speaking for himself: affiliation is his employer (cf. Hanna Lind in the samples).
ASHGROVE = _who("Martin Ashgrove", "Brennock University", "economics professor")
MAYBURY = _who("Colin Maybury", "government", "Education Secretary")

BRENNOCK = {
    "id": "brennock-tuition-protest",
    "title": "Brennock students occupy admin block after 28% tuition rise",
    "published": "2025-02-25",
    "target": "the tuition fee rise",
    "quotes": [
        Q("the increase was \"painful but unavoidable\" after three years in which staff, energy "
          "and maintenance costs had risen far faster than government funding",
          "mixed", **THRALE, stance="support",
          mention=("Vice-Chancellor Imogen Thrale", "before"), cue=("said", "before")),
        Q("Nobody at this university wanted to take this decision,", "direct", **THRALE,
          stance="support", mention=("she", "after"), cue=("wrote", "after")),
        # Follow-on quote running over two paragraphs: one statement, inner opening mark kept.
        Q("But the alternative was closing courses, and closing courses would hurt the very "
          "students who are protesting today.\n\n\"We will put a third of the additional income "
          "into bursaries, so that no student from a low-income household pays more than they do "
          "now.", "direct", **THRALE, stance="support"),
        # A figure offered as the case for the rise (cf. Ruiz's parking-fee figure): support.
        Q("Brennock was losing roughly £2,400 a year on every home undergraduate it taught",
          "indirect", **THRALE, stance="support",
          mention=("Thrale", "before"), cue=("testified", "before")),
        # "Brennock Students' Union, whose president, Nadia Kettering, said": the mention is the
        # name in the appositive.
        Q("the vote was \"a betrayal of everything this university claims to believe about "
          "widening access\"", "mixed", **KETTERING, stance="oppose",
          mention=("Nadia Kettering", "before"), cue=("said", "before")),
        Q("We're being told to take on more debt so the university can balance books it "
          "unbalanced itself,", "direct", **KETTERING, stance="oppose",
          mention=("Kettering", "after"), cue=("told the crowd", "after")),
        Q("We'll stay in this building until the council sits down with us.", "direct",
          **KETTERING, stance="oppose"),
        # A head count of the sit-in, stated as fact: neutral.
        Q("more than 600 students had signed up to join the sit-in overnight", "indirect",
          **UNION, stance="neutral", mention=("The union", "before"), cue=("tweeted", "before")),
        Q("My mum already works two jobs. I honestly don't know where another two and a half "
          "grand a year is supposed to come from,", "direct", **ELLIE, stance="oppose",
          mention=("Ellie", "after"), cue=("said", "after")),
        Q("the rise would probably force them to give up their rooms in halls and commute two "
          "hours each way from home", "indirect", **JONAH_MEI, stance="oppose",
          mention=("Jonah and Mei", "before"), cue=("said", "before")),
        Q("the university's money problems were real but had been made far worse by a £90 "
          "million campus expansion approved by the council in 2021", "indirect", **ASHGROVE,
          stance="oppose",
          mention=("economics professor Martin Ashgrove", "before"), cue=("argued", "before")),
        Q("Students are being asked to pay for a building programme they were never consulted "
          "about,", "direct", **ASHGROVE, stance="oppose",
          mention=("he", "after"), cue=("said", "after")),
        # Anonymous spokesperson with an organisation; "said A, and that B" is one statement.
        Q("the expansion had been paid for with borrowing that was \"entirely separate\" from "
          "teaching budgets, and that the fee rise was the only way to protect courses",
          "mixed", None, affiliation="Brennock University", role="spokesperson",
          stance="support",
          mention=("A university spokesperson", "before"), cue=("said", "before")),
        Q("Universities were independent and set their own fees within the legal cap",
          "indirect", **MAYBURY, stance="neutral",
          mention=("Education Secretary Colin Maybury", "after"), cue=("told reporters", "after")),
        Q("the government had raised teaching grants by 4 per cent this year", "indirect",
          **MAYBURY, stance="neutral",
          mention=("Education Secretary Colin Maybury", "before"), cue=("adding", "before")),
        # About the occupation, not the fee rise: neutral toward the target.
        Q("I understand why students are angry. But occupying buildings is not how you win this "
          "argument,", "direct", **MAYBURY, stance="neutral",
          mention=("he", "after"), cue=("said", "after")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Film festival controversy. Curly “…”, nested ‘serious’, ’ apostrophes,
#    film title in quotes and scare quote “safe sets” (neither a statement),
#    capitalised title before name, follow-on paragraph with no cue, "posted"
#    with mixed, re-mention by title alone ("The director"), studio statement
#    re-mentioned as "The company", "told reporters" without "that", "said,
#    adding that", critic "writing in" a named publication with "argued",
#    "the Meridian’s chief film critic" appositive with "wrote", statement
#    before "according to" an organisation, possessive appositive with "said"
#    after the name.
RIMBAULT = _who("Agathe Rimbault", "Vellmar Film Festival", "Festival director")
VALDANE = _who("Mira Valdane", None, "director")
NORTHGATE = _who("Northgate Pictures", "Northgate Pictures")
# The jury president speaks for the jury; the article names it only as "the festival’s jury".
FERREIRO = _who("Tomás Ferreiro", "jury", "jury president",
                speaker_aliases=["Tomas Ferreiro"],
                affiliation_aliases=["the festival’s jury", "the festival's jury",
                                     "Vellmar Film Festival jury", "Vellmar Film Festival"])
ACHTERHOF = _who("Simon Achterhof", "Halden Review", "critic",
                 affiliation_aliases=["the Halden Review"])
MARCHETTI = _who("Ines Marchetti", "Meridian", "chief film critic",
                 affiliation_aliases=["the Meridian"])
GUILD_ALIASES = ["Screen Performers' Guild", "Screen Performers Guild"]
GUILD = _who("Screen Performers’ Guild", "Screen Performers’ Guild",
             speaker_aliases=GUILD_ALIASES, affiliation_aliases=GUILD_ALIASES)
ROYCE = _who("Dominic Royce", "Screen Performers’ Guild", "general secretary",
             affiliation_aliases=GUILD_ALIASES)

VELLMAR = {
    "id": "vellmar-festival-withdrawal",
    "title": "Vellmar festival pulls “The Winter Ledger” over on-set injury",
    "published": "2025-09-03",
    "target": "the festival's decision to withdraw the film",
    "quotes": [
        Q("the film had been pulled after organisers received evidence that a stunt performer was "
          "seriously injured during the shoot last spring and that the accident was never "
          "reported to safety inspectors", "indirect", **RIMBAULT, stance="support",
          mention=("Festival director Agathe Rimbault", "before"), cue=("said", "before")),
        Q("We are not judging the film. We have not even seen the final cut,", "direct",
          **RIMBAULT, stance="support",
          mention=("Rimbault", "after"), cue=("told", "after")),
        Q("We are judging whether we can put a film on our screen when somebody was badly hurt "
          "making it and nobody was told.", "direct", **RIMBAULT, stance="support"),
        # Whole follow-on paragraph with no cue.
        Q("If we had screened it and said nothing, we would deserve every word of criticism "
          "coming our way.", "direct", **RIMBAULT, stance="support"),
        # Re-mention by title alone ("The director"), cue "posted".
        Q("she had heard about the accident “the same week as everyone else” and that pulling the "
          "film punished “two hundred people who did nothing wrong”", "mixed", **VALDANE,
          stance="oppose", mention=("The director", "before"), cue=("posted", "before")),
        Q("I am angry, and I am heartbroken, and I will not apologise for a film I am proud of,",
          "direct", **VALDANE, stance="oppose",
          mention=("Valdane", "after"), cue=("wrote", "after")),
        # The studio rebuts the grounds for the withdrawal: oppose.
        Q("it had “cooperated fully” with the festival’s inquiries and that the performer had "
          "received full pay throughout his recovery", "mixed", **NORTHGATE, stance="oppose",
          mention=("Northgate Pictures", "before"), cue=("said", "before")),
        Q("it was “deeply disappointed” and was “considering all of its options”", "mixed",
          **NORTHGATE, stance="oppose",
          mention=("The company", "before"), cue=("added", "before")),
        Q("he had argued against the withdrawal at a meeting with organisers on Tuesday",
          "indirect", **FERREIRO, stance="oppose",
          mention=("Tomás Ferreiro", "before"), cue=("told reporters", "before")),
        Q("A festival exists to show films and let people fight about them afterwards. That is "
          "the whole point of us,", "direct", **FERREIRO, stance="oppose",
          mention=("Ferreiro", "after"), cue=("said", "after")),
        Q("two of the other six jurors shared his view", "indirect", **FERREIRO, stance="oppose",
          mention=("Ferreiro", "before"), cue=("adding", "before")),
        Q("the festival had “confused a workplace dispute with a moral emergency”, and that the "
          "decision would make studios less willing to premiere difficult films at Vellmar",
          "mixed", **ACHTERHOF, stance="oppose",
          mention=("critic Simon Achterhof", "before"), cue=("argued", "before")),
        Q("no festival could ignore a serious injury on set “and still expect to be taken "
          "seriously”", "mixed", **MARCHETTI, stance="support",
          mention=("Ines Marchetti", "before"), cue=("wrote", "before")),
        Q("The injured performer, who has not been named, spent eleven days in hospital and has "
          "not worked since", "indirect", **GUILD, stance="neutral",
          mention=("the Screen Performers’ Guild", "after"), cue=("according to", "after")),
        Q("Our member nearly lost the use of his legs. If that is not serious enough for a "
          "festival to act, we would like to know what ‘serious’ means,", "direct", **ROYCE,
          stance="support", mention=("Dominic Royce", "after"), cue=("said", "after")),
        Q("the competition would go ahead with 19 films rather than 20", "indirect", **RIMBAULT,
          stance="neutral", mention=("Rimbault", "before"), cue=("said", "before")),
    ],
}

DOCUMENTS = [BIR_HAMRA, BRENNOCK, VELLMAR]
