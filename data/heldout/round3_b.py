"""Held-out round three (session 20), one of two annotators; loaded by annotations.py. Written blind to the system,
to data/dev and to data/heldout; measured once when it arrived and never used to develop rules
(data/heldout/README.md).

Hand annotations for three invented news articles (attribution dev round r11b).

Every person, organisation and place is invented; the texts were written for this set and copy
no sentence from real news or any corpus. Offsets are computed by ``build_gold.py --dir``.
``Q`` and ``_who`` come from ``data/samples/gold_api.py``.

Decisions taken where the rules in data/samples/README.md leave a case open:

1. Figures, reports and surveys. A statement attributed to a document with a speech cue
   ("according to figures published by the Waterways Protection Agency", "according to the same
   survey") speaks for the body that published it, as a judgment speaks for its court. The mention
   is the name of that body where the phrase contains it, otherwise the noun phrase for the
   document ("the same survey"). A poll result reported with a non-communication verb ("A survey
   ... put him on 34 per cent") has no speech cue and is not annotated.
2. A judgment whose grammatical subject is the judges ("the tribunal's five magistrates ruled
   that ...") speaks for the tribunal; the mention is the phrase as written.
3. Unnamed individuals speaking for a named organisation ("A spokeswoman for the environment
   department", "An IFTA spokesman", "One of the magistrates") get speaker null, as in the
   samples' "A senior coalition officer", with that organisation as affiliation and the noun as
   role. Unnamed sources with no organisation ("A person familiar with the investigation", "two
   people familiar with the arrangement") get speaker, affiliation and role all null.
4. A generic plural subject ("Campaigners said the investigation was long overdue") is a
   statement by an unnamed source: speaker and affiliation null, role "campaigners". It is not
   given to Friends of the Wenmore, which the next sentence introduces separately.
5. A speech verb with only a noun-phrase object and no reported proposition ("has denied any
   wrongdoing", "welcomed the investigation", "declined to comment") is a reaction, not a
   statement. In "welcomed the investigation but said ..." only the "said" clause is annotated.
6. "demanded that ..." and "maintained that ..." are speech cues; "said X and demanded that Y"
   gives two statements sharing the one mention (as the samples' "said ... but warned that").
7. A single quoted sentence interrupted by its attribution ("'A,' Arriaga said at a news
   conference ..., 'but B.'") gives two direct statements, because the content is not contiguous.
   The second keeps the same mention and cue (located before it), because its speaker stands in
   the same sentence, not an earlier one; the "null mention" rule is kept for quotes after a
   sentence break.
8. A direct quote that begins in the same paragraph right after an indirect statement and carries
   its own cue ('"...," he told reporters') is annotated with that cue and its own mention.
9. A quote continued into a new paragraph with no new cue (opening mark repeated, one closing mark
   at the end) is one follow-on statement with mention and cue null (Haverley).
10. Affiliation: a speaker introduced with a possessive title ("its chief executive, Graham
    Pellow", "the group's chair, Rosalind Achebe-Ward", "the federation's president, Anders
    Vollmer", "Its secretary-general, Irena Matuszak") is affiliated with the organisation the
    possessive refers to, under its fullest name in the article. An MP is affiliated with her
    party, with role "MP". A lawyer speaking for a private client, an athlete and a member of the
    public have affiliation null; nationality ("Kaldrian") is not an affiliation. Candidates are
    affiliated with their party with role "candidate" (not a former office such as "former
    finance minister").
11. Role comes from the noun of a title or appositive ("a retired postman who has swum ..." ->
    "retired postman"; "head of polling at Atalaya Opinión" -> "head of polling", affiliation
    Atalaya Opinión; "the Kaldrian middle-distance runner Marta Ilveskold" -> "middle-distance
    runner").
12. Speakers keep the title-free fullest name ("Miriam Foulkes" for "Dr Miriam Foulkes").
    Spanish double surnames are given in full ("Rafael Ochoa Benítez") with the paternal-surname
    form ("Rafael Ochoa") and accent-free spellings as speaker aliases, since the article itself
    uses the short form and both are standard; accent-free spellings are also affiliation aliases.
    The IFTA Disciplinary Tribunal's alias is only its spelled-out name, not the federation.
13. Stance: factual statements by a source that takes a side in the story carry that side when
    they serve its argument (the campaign group's E. coli results, the rival federation's account
    of its earlier complaint); facts from data releases, anonymous procedural sources, pollsters
    and a member of the public describing his own experience are neutral. A reaction whose
    content mixes approval and reservation takes the label of its main evaluative claim (Salcedo:
    "legally sound" -> support); the rival federation's "two seasons too late" supports the ban.
14. Embedded statements are not split out: "her explanation that a contaminated protein
    supplement was to blame" inside the tribunal's statement, "which, he argued, ..." inside
    Hallorann's, and "They have not said one word ..." inside Terrazas's quote.
15. Not statements: the report title “The State of Our Rivers”, expectations ("is expected to
    decide", "is likely to turn on"), background and the narrator's analysis ("The ruling removes
    the main obstacle ...", "Not everyone thinks the punishment goes far enough").
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution held-out"


# --------------------------------------------------------------------------- #
# 1. Environment: sewage spills in the River Wenmore. Curly quotes, ’ apostrophes.
WPA = _who("Waterways Protection Agency", "Waterways Protection Agency")
FOULKES = _who("Miriam Foulkes", "Waterways Protection Agency", "director of enforcement")
THISTLECOMBE = _who("Thistlecombe Water", "Thistlecombe Water")
PELLOW = _who("Graham Pellow", "Thistlecombe Water", "chief executive")
FRIENDS = _who("Friends of the Wenmore", "Friends of the Wenmore")
ACHEBE_WARD = _who("Rosalind Achebe-Ward", "Friends of the Wenmore", "chair")
BARRACLOUGH = _who("Helen Barraclough", "Liberal Union", "MP")
HAVERLEY = _who("Tom Haverley", None, "retired postman")

WENMORE = {
    "id": "wenmore-sewage-spills",
    "title": "Regulator opens criminal inquiry into Thistlecombe Water over River Wenmore spills",
    "published": "2025-06-18",
    "target": "the agency's investigation into Thistlecombe Water",
    "quotes": [
        Q("Thistlecombe Water discharged raw sewage into the River Wenmore on 212 days last year, "
          "more than on any other river in the region", "indirect", **WPA, stance="neutral",
          mention=("the Waterways Protection Agency", "after"), cue=("according to", "after")),
        Q("it had opened a criminal investigation into the company and would seek an unlimited "
          "fine if the case reached court", "indirect", **WPA, stance="support",
          mention=("The agency", "before"), cue=("said", "before")),
        Q("These are not accidents or acts of God,", "direct", **FOULKES, stance="support",
          mention=("Dr Miriam Foulkes", "after"), cue=("said", "after")),
        Q("The permits allow overflows in exceptional weather. Two hundred days a year is not "
          "exceptional. It is a business model.", "direct", **FOULKES, stance="support"),
        Q("officials were also examining whether the company had under-reported spills at two "
          "smaller treatment works upstream of Kelbridge", "indirect", None, stance="neutral",
          mention=("A person familiar with the investigation", "before"),
          cue=("said", "before")),
        Q("it was “disappointed” by the agency’s decision but would cooperate fully with the "
          "investigation", "mixed", **THISTLECOMBE, stance="oppose",
          mention=("Thistlecombe Water", "before"), cue=("said", "before")),
        Q("heavy rainfall over the winter had overwhelmed its treatment works, and that it had "
          "spent £190 million on its network since 2020", "indirect", **THISTLECOMBE,
          stance="oppose", mention=("The company", "before"), cue=("said", "before")),
        Q("the firm accepted there had been “too many spills” and that a new storm tank at "
          "Kelbridge would be finished by the end of next year", "mixed", **PELLOW,
          stance="neutral", mention=("Graham Pellow", "before"), cue=("wrote", "before")),
        Q("We are not going to pretend the numbers are acceptable,", "direct", **PELLOW,
          stance="neutral", mention=("Pellow", "after"), cue=("told", "after")),
        Q("But a prosecution will not build a single pipe. Investment will.", "direct", **PELLOW,
          stance="oppose"),
        Q("the investigation was long overdue", "indirect", None, role="campaigners",
          stance="support", mention=("Campaigners", "before"), cue=("said", "before")),
        Q("its own samples had found E. coli at up to forty times the safe bathing limit near the "
          "weir in Kelbridge last August", "indirect", **FRIENDS, stance="support",
          mention=("Friends of the Wenmore", "before"), cue=("said", "before")),
        Q("People were swimming in that water with their children,", "direct", **ACHEBE_WARD,
          stance="support", mention=("Rosalind Achebe-Ward", "after"), cue=("said", "after")),
        Q("Nobody warned them. The company knew, the regulator knew, and the signs on the "
          "riverbank said nothing.", "direct", **ACHEBE_WARD, stance="support"),
        Q("the group would hand a petition signed by 23,000 people to the agency next month, "
          "calling for the stretch through Kelbridge to be designated as official bathing water, "
          "which would require regular testing throughout the summer", "indirect", **ACHEBE_WARD,
          stance="neutral", mention=("She", "before"), cue=("said", "before")),
        Q("any penalty should be paid by the company’s shareholders, not its customers",
          "indirect", **BARRACLOUGH, stance="support",
          mention=("Helen Barraclough", "before"), cue=("said", "before")),
        Q("If a fine simply ends up on people’s water bills, then nobody who made these decisions "
          "has been punished,", "direct", **BARRACLOUGH, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("I have written to the minister asking for bonuses at Thistlecombe to be frozen until "
          "the spills stop.", "direct", **BARRACLOUGH, stance="support"),
        Q("he had been ill three times last summer after swimming below the weir", "indirect",
          **HAVERLEY, stance="neutral", mention=("Tom Haverley", "before"), cue=("said", "before")),
        Q("You learn to check the rain gauge before you check the weather forecast,", "direct",
          **HAVERLEY, stance="neutral", mention=("he", "after"), cue=("said", "after")),
        Q("After a storm you can smell it from the bridge.\n\n“I’m not giving up, mind. It’s my "
          "river as much as theirs.", "direct", **HAVERLEY, stance="neutral"),
        Q("ministers would “look closely” at the report", "mixed", None,
          affiliation="environment department", role="spokeswoman", stance="neutral",
          mention=("A spokeswoman for the environment department", "before"),
          cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Athletics: doping ban. Straight quotes and apostrophes.
TRIBUNAL = _who("IFTA Disciplinary Tribunal", "International Federation of Track Athletics",
                speaker_aliases=["International Federation of Track Athletics Disciplinary "
                                 "Tribunal"],
                affiliation_aliases=["IFTA"])
VOLLMER = _who("Anders Vollmer", "International Federation of Track Athletics", "president",
               affiliation_aliases=["IFTA"])
ILVESKOLD = _who("Marta Ilveskold", None, "middle-distance runner")
HALLORANN = _who("Benedikt Hallorann", None, "lawyer")
OAA = _who("Ostrevan Athletics Association", "Ostrevan Athletics Association")
MATUSZAK = _who("Irena Matuszak", "Ostrevan Athletics Association", "secretary-general")
ANSAH_BERG = _who("Yusuf Ansah-Berg", "University of Brenmouth", "anti-doping scientist")

ILVESKOLD_DOC = {
    "id": "ilveskold-doping-ban",
    "title": "Kaldrian runner Marta Ilveskold banned for four years after positive steroid test",
    "published": "2025-11-14",
    "target": "the four-year ban on Marta Ilveskold",
    "quotes": [
        Q("Ilveskold had failed to establish how the substance, a metabolite of the anabolic agent "
          "drostanolone, entered her body, and that the ban should therefore run for the full "
          "four years", "indirect", **TRIBUNAL, stance="support",
          mention=("the IFTA Disciplinary Tribunal", "before"), cue=("ruled", "before")),
        Q("her explanation that a contaminated protein supplement was to blame was \"speculative\" "
          "and \"not supported by a single laboratory result\"", "mixed", **TRIBUNAL,
          stance="support", mention=("The tribunal", "before"), cue=("said", "before")),
        Q("The rules are clear, and they apply to every athlete, whatever their nationality and "
          "however many medals they have won,", "direct", **VOLLMER, stance="support",
          mention=("Anders Vollmer", "after"), cue=("said", "after")),
        Q("Strict liability is not a slogan. It is the reason clean athletes can still trust the "
          "results sheet.", "direct", **VOLLMER, stance="support"),
        Q("Her sponsor, the Kaldrian sportswear company Hallvik, has suspended its contract with "
          "her", "indirect", None, stance="neutral",
          mention=("two people familiar with the arrangement", "after"),
          cue=("according to", "after")),
        Q("she had \"never knowingly taken anything\" and would take her case to the International "
          "Sports Arbitration Panel", "mixed", **ILVESKOLD, stance="oppose",
          mention=("the runner", "before"), cue=("said", "before")),
        Q("I have been tested more than sixty times in my career, in and out of competition, and "
          "every one of those tests came back clean until this one,", "direct", **ILVESKOLD,
          stance="oppose", mention=("she", "after"), cue=("said", "after")),
        Q("I am not going to stand here and accept being called a cheat.", "direct", **ILVESKOLD,
          stance="oppose"),
        Q("the tribunal had ignored the results of a hair test which, he argued, pointed to a "
          "single accidental exposure rather than a course of doping", "indirect", **HALLORANN,
          stance="oppose", mention=("Benedikt Hallorann", "before"), cue=("said", "before")),
        Q("This is a decision that punishes an athlete for being unable to prove a negative,",
          "direct", **HALLORANN, stance="oppose",
          mention=("he", "after"), cue=("told reporters", "after")),
        Q("the ban had come \"two seasons too late\"", "mixed", **OAA, stance="support",
          mention=("The Ostrevan Athletics Association", "before"), cue=("said", "before")),
        Q("the title and the prize money be reassigned", "indirect", **OAA, stance="support",
          mention=("The Ostrevan Athletics Association", "before"), cue=("demanded", "before")),
        Q("the association had first raised concerns about Ilveskold's results with the "
          "federation in writing in 2023", "indirect", **MATUSZAK, stance="support",
          mention=("Irena Matuszak", "before"), cue=("said", "before")),
        Q("We were told everything was in order,", "direct", **MATUSZAK, stance="support",
          mention=("Matuszak", "after"), cue=("said", "after")),
        Q("Our athlete lost a championship, a sponsor and a year of her career. Who gives those "
          "back?", "direct", **MATUSZAK, stance="support"),
        Q("the federation did not comment on its correspondence with member associations",
          "indirect", None, affiliation="International Federation of Track Athletics",
          role="spokesman", affiliation_aliases=("IFTA",), stance="neutral",
          mention=("An IFTA spokesman", "before"), cue=("said", "before")),
        Q("contamination cases have become more common as athletes buy supplements online, but "
          "they usually involve far smaller amounts than the one reported by the tribunal",
          "indirect", **ANSAH_BERG, stance="support",
          mention=("Dr Yusuf Ansah-Berg", "before"), cue=("According to", "before")),
        Q("A hair test can tell you something about patterns over months, but it cannot rule out "
          "a single deliberate dose,", "direct", **ANSAH_BERG, stance="support",
          mention=("he", "after"), cue=("said", "after")),
        Q("I would be surprised if the arbitration panel took a different view of the science.",
          "direct", **ANSAH_BERG, stance="support"),
    ],
}

# --------------------------------------------------------------------------- #
# 3. Election campaign in Montesur: candidacy ruling. Curly quotes, ’ apostrophes, accents.
TSE = _who("Montesur’s Supreme Electoral Tribunal", "Montesur’s Supreme Electoral Tribunal",
           speaker_aliases=["Montesur's Supreme Electoral Tribunal", "Supreme Electoral Tribunal"],
           affiliation_aliases=["Montesur's Supreme Electoral Tribunal",
                                "Supreme Electoral Tribunal"])
OCHOA = _who("Rafael Ochoa Benítez", "Partido Raíces", "candidate",
             speaker_aliases=["Rafael Ochoa", "Rafael Ochoa Benitez"],
             affiliation_aliases=["Raíces", "Partido Raices", "Raices"])
ARRIAGA = _who("Lucía Arriaga Montalvo", "Coalición Faro", "candidate",
               speaker_aliases=["Lucía Arriaga", "Lucia Arriaga Montalvo", "Lucia Arriaga"],
               affiliation_aliases=["Coalicion Faro"])
FARO = _who("Coalición Faro", "Coalición Faro",
            speaker_aliases=["Coalicion Faro"], affiliation_aliases=["Coalicion Faro"])
TERRAZAS = _who("Joaquín Terrazas", "Partido Raíces", "spokesman",
                speaker_aliases=["Joaquin Terrazas"],
                affiliation_aliases=["Raíces", "Partido Raices", "Raices"])
ATALAYA = _who("Atalaya Opinión", "Atalaya Opinión",
               speaker_aliases=["Atalaya Opinion"], affiliation_aliases=["Atalaya Opinion"])
CORDERO = _who("Inés Cordero", "Atalaya Opinión", "head of polling",
               speaker_aliases=["Ines Cordero"], affiliation_aliases=["Atalaya Opinion"])
SALCEDO = _who("Verónica Salcedo", "National University of Montesur", "political scientist",
               speaker_aliases=["Veronica Salcedo"])

MONTESUR = {
    "id": "montesur-candidacy-ruling",
    "title": "Montesur electoral tribunal clears front-runner Ochoa to stand for president",
    "published": "2026-04-28",
    "target": "the electoral tribunal's ruling allowing Ochoa to run",
    "quotes": [
        Q("Ochoa had met the constitution’s ten-year residency requirement, because the four "
          "years he spent running a shipping company’s office abroad had been “temporary and for "
          "professional reasons”", "mixed", **TSE, stance="support",
          mention=("the tribunal’s five magistrates", "before"), cue=("ruled", "before")),
        Q("the court had received more than 300 written submissions on the case, most of them "
          "from members of the public", "indirect", None,
          affiliation="Montesur’s Supreme Electoral Tribunal", role="magistrate",
          affiliation_aliases=("Montesur's Supreme Electoral Tribunal",
                               "Supreme Electoral Tribunal"),
          stance="neutral", mention=("One of the magistrates", "before"), cue=("said", "before")),
        Q("he kept his home in the capital and paid his taxes in Montesur throughout his time "
          "abroad", "indirect", **OCHOA, stance="support",
          mention=("Ochoa", "before"), cue=("maintained", "before")),
        Q("Today the institutions of this country have spoken, and they have spoken clearly,",
          "direct", **OCHOA, stance="support", mention=("he", "after"), cue=("told", "after")),
        Q("Those who wanted to win this election in the courts will now have to win it at the "
          "ballot box, like everybody else.", "direct", **OCHOA, stance="support"),
        Q("she respected the tribunal’s decision", "indirect", **ARRIAGA, stance="neutral",
          mention=("Lucía Arriaga Montalvo", "before"), cue=("said", "before")),
        Q("it left “a door wide open” for candidates who had spent years living outside the "
          "country", "mixed", **ARRIAGA, stance="oppose",
          mention=("Lucía Arriaga Montalvo", "before"), cue=("warned", "before")),
        Q("I have nothing against Mr Ochoa personally,", "direct", **ARRIAGA, stance="neutral",
          mention=("Arriaga", "after"), cue=("said", "after")),
        Q("but the constitution says ten years, and ten years means ten years.", "direct",
          **ARRIAGA, stance="oppose", mention=("Arriaga", "before"), cue=("said", "before")),
        Q("it would ask Congress to clarify the residency rule before the next election, so that "
          "future candidates would “know exactly where they stand”", "mixed", **FARO,
          stance="neutral", mention=("Coalición Faro", "before"), cue=("said", "before")),
        Q("the challenge had been “a political manoeuvre dressed up as a legal argument”",
          "mixed", **TERRAZAS, stance="support",
          mention=("Joaquín Terrazas", "before"), cue=("said", "before")),
        Q("For six weeks our opponents have talked about nothing but residency certificates and "
          "airline tickets. They have not said one word about the price of rice or the queues "
          "outside our hospitals.\n\n“That distraction is now over. We invite Señora Arriaga to "
          "debate the issues that matter to families in Montesur, on any channel and on any day "
          "she chooses.", "direct", **TERRAZAS, stance="support",
          mention=("he", "before"), cue=("added", "before")),
        Q("Turnout could fall below 60 per cent for the first time since 1994", "indirect",
          **ATALAYA, stance="neutral",
          mention=("the same survey", "after"), cue=("according to", "after")),
        Q("The residency question barely moved the numbers,", "direct", **CORDERO,
          stance="neutral", mention=("Inés Cordero", "after"), cue=("said", "after")),
        Q("People are far more worried about prices and crime. If anything, the challenge made "
          "some Raíces voters more determined to turn out.", "direct", **CORDERO,
          stance="neutral"),
        Q("Arriaga’s support is concentrated among younger voters in the cities, while Ochoa leads "
          "by more than twenty points in the rural provinces of the south", "indirect",
          **CORDERO, stance="neutral",
          mention=("Cordero", "before"), cue=("According to", "before")),
        Q("the ruling was legally sound but that the tribunal had taken “far too long” to reach "
          "it, allowing the dispute to dominate the first half of the campaign", "mixed",
          **SALCEDO, stance="support",
          mention=("Verónica Salcedo", "before"), cue=("told", "before")),
        Q("The tribunal did its job, just slowly,", "direct", **SALCEDO, stance="support",
          mention=("she", "after"), cue=("said", "after")),
        Q("In a country where people already distrust the institutions, slowness has a price. "
          "Every week of delay was another week of conspiracy theories on social media.",
          "direct", **SALCEDO, stance="neutral"),
    ],
}

DOCUMENTS = [WENMORE, ILVESKOLD_DOC, MONTESUR]
