"""Held-out round four (session 29), one of two annotators; loaded by annotations.py. Written blind to the system,
to data/dev and to the other annotator's round-four files; never used to develop rules (data/heldout/README.md).

Hand annotations for three invented news articles: a British football match report, an East Asian
wire story about a port dispute, and a US federal antitrust ruling.

Every person, organisation, product and event is invented (real countries and cities appear only as
places; no real ministry, agency or company is named). Nothing holds an offset; ``build_gold.py``
finds every span from the exact texts below (``python data/samples/build_gold.py --dir <folder>``).

Decisions taken where the rules in data/samples/README.md leave a case open:

Statement or not
* "The judge rejected that argument, noting that ...": "rejected" alone is a reaction, the "noting
  that" clause is a statement of the judge.
* "welcomed the ruling but said ...": only the "said" clause is annotated (as in round three).
* Expectations and narration are not statements ("The ministry is expected to announce ...",
  "He was treated by medical staff ...", the players' and managers' actions on the pitch).
* The wire agency in the dateline ("SEOUL, March 10 (Meridian Wire) -") is the outlet, not a speaker.
* "Asked whether ..., Kang said he would "not comment on ..."": the refusal has content (what he
  will not do), so it is a mixed statement, unlike a bare "declined to comment".

Spans and kinds
* Curly double quotes with a nested single ‘dive’ inside a direct quote: the inner marks are part of
  the content, and ’ is the apostrophe throughout (It’s, Owen’s).
* A statement followed by its attribution ("..., the Ministry of Maritime Affairs and Ports said on
  Tuesday, ...", "..., Hanseong Logistics said in a regulatory filing.") runs from the sentence start
  (after the dateline) to the comma before the attribution.
* A mixed statement ending in a quoted fragment keeps the closing mark inside the span: with the full
  stop outside the marks (British: “... admit anything”.) the full stop is left out; with the full
  stop inside (American: "... diplomatic conversations.") it is kept, as punctuation inside the marks
  is kept in a direct quote.
* "said ..., and warned that ..." is two statements sharing one mention (Bae); "said ... and that ..."
  under one cue is one statement (Dunleavy).
* Relative and participial clauses that end the reported sentence stay in the statement (", which
  handles about a fifth of the country's car exports").

Mention and cue
* Sports-desk epithets are mentions: "the 51-year-old", "the defender", "The Corinthians manager"
  (speaker resolved to the full name given earlier).
* "A federal judge on Thursday blocked ..., ruling that ...": mention "A federal judge", cue "ruling",
  speaker the judge named in the next paragraph (a named judge speaks in her own name, round three).
* Cues: "admitted", "insisted", "countered", "argued", "noting", "reported" (a news agency),
  "According to"; "told reporters", "told Radio Harrowgate", "told a regular news briefing" are cue
  phrases; "said in a statement / in a regulatory filing / on a call with analysts": cue "said".
* An anonymous speaker's mention is the noun phrase up to its head noun ("A South Korean government
  official", "A spokeswoman for Ellerdale Police"), without the following "with knowledge of ..."
  and "who asked not to be named ..." clauses.

Speaker, affiliation, role
* Korean and Chinese names keep the family name first as written ("Kang Tae-jun", "Zhao Meilin",
  "Bae Kyung-ho", "Jin Soo-ah"); "Kang" is a surname mention.
* "Vice Minister Kang Tae-jun" speaks for the ministry the article names (Ministry of Maritime
  Affairs and Ports), with "government" / "South Korean government" as aliases. "Seobu Mayor Bae
  Kyung-ho" -> Seobu / Mayor.
* A player or manager gets his club as affiliation (from "Albion manager", "the Corinthians captain",
  "striker Dario Kessler" in a sentence about Harrowgate Albion) and the title as role; the short club
  name ("Albion", "Corinthians") is an alias. The club statement speaks for the club; British copy
  treats the club as plural ("said they were") and then singular ("The club said it").
* A news agency that "reported, citing unnamed diplomatic sources" is the speaker (Dongbang News).
* Unnamed groups of lawyers speak with speaker null, role "lawyers" and the side they argue for as
  affiliation ("Government lawyers" -> government; "Lindqvist's lawyers" -> Lindqvist Industrial).
  A named lawyer "for Lindqvist" is affiliated with Lindqvist Industrial, role "lawyer". The US
  government's lead trial attorney is affiliated with "government" (the article names no department).
* The judge's affiliation is the court the article names ("U.S. District Court in Minneapolis"),
  role the full title before her name ("U.S. District Judge").

Stance
* Football report (target: the stoppage-time penalty): the winning manager and the scorer support,
  the losing manager and his captain oppose; the admission that his side played badly, the
  club's statement about crowd trouble, the police and the referees' board are neutral.
* Port story (target: South Korea's suspension of the terminal expansion): the ministry announcing
  its own decision is neutral, the vice minister's defence and the anonymous official's security
  reason support; the Chinese ministry, the Chinese shareholder and the mayor oppose; the
  regulatory filing, the agency report, the analyst and the Japanese shipper are neutral.
* Court story (target: the ruling blocking the takeover): the judge's reasons, the government and the
  farmers' group support; Lindqvist, its lawyers and its lawyer Whitford oppose; the chief executive's
  "we will keep building it", Harbrook's holding statement and the professor are neutral.
"""

from __future__ import annotations

from gold_api import Q, _who  # noqa: F401 (data/samples/gold_api.py; build_gold.py puts it on the path)

SOURCE = "attribution held-out"


# --------------------------------------------------------------------------- #
# 1. British football match report. Curly quotes “…”, nested ‘dive’, ’ apostrophes;
#    "said Albion manager X" + follow-on in the same paragraph, "admitted", epithet mentions
#    ("the 51-year-old", "the defender", "The Corinthians manager"), "told Radio Harrowgate",
#    "He added that ... “...”." (full stop outside), "insisted", club statement (plural
#    "they") then "The club said it", unnamed police spokeswoman, referees' board.
HALDANE = _who("Stuart Haldane", "Harrowgate Albion", "manager", affiliation_aliases=["Albion"])
DUNLEAVY = _who("Marek Dunleavy", "Harrowgate Corinthians", "manager",
                affiliation_aliases=["Corinthians"])
TILLOTSON = _who("Owen Tillotson", "Harrowgate Corinthians", "captain",
                 affiliation_aliases=["Corinthians"])
KESSLER = _who("Dario Kessler", "Harrowgate Albion", "striker", affiliation_aliases=["Albion"])
CORINTHIANS = _who("Harrowgate Corinthians", "Harrowgate Corinthians",
                   speaker_aliases=["Corinthians"], affiliation_aliases=["Corinthians"])
ELLERDALE_POLICE = _who(None, "Ellerdale Police", "spokeswoman")
MOB = _who("Match Officials Board", "Match Officials Board")

HARROWGATE = {
    "id": "harrowgate-derby-report",
    "title": "Kessler’s late penalty settles bad-tempered Harrowgate derby as Dunleavy fumes",
    "published": "2025-10-19",
    "target": "the stoppage-time penalty awarded to Harrowgate Albion",
    "quotes": [
        Q("It’s a penalty all day long,", "direct", **HALDANE, stance="support",
          mention=("Albion manager Stuart Haldane", "after"), cue=("said", "after")),
        Q("Owen’s gone straight through the back of him and Dario’s entitled to go down. People "
          "will shout ‘dive’, but I’ve seen them given for a lot less.", "direct", **HALDANE, stance="support"),
        Q("his team had been second best for most of the first half", "indirect", **HALDANE,
          stance="neutral", mention=("Haldane", "before"), cue=("admitted", "before")),
        Q("We didn’t turn up before the break and I told them so in no uncertain terms,",
          "direct", **HALDANE, stance="neutral",
          mention=("the 51-year-old", "after"), cue=("added", "after")),
        Q("the decision was “a disgrace” and that Ashdown had been “looking for a reason” all "
          "afternoon", "mixed", **DUNLEAVY, stance="oppose",
          mention=("The Corinthians manager", "before"), cue=("said", "before")),
        Q("Kessler has been falling over all season and today somebody finally bought it,",
          "direct", **DUNLEAVY, stance="oppose",
          mention=("Dunleavy", "after"), cue=("told Radio Harrowgate", "after")),
        Q("My lads ran themselves into the ground. To lose a derby like that, to a decision like "
          "that, in front of our own supporters, is very hard to take.", "direct", **DUNLEAVY,
          stance="oppose"),
        Q("he would not be asking the Match Officials Board for an explanation because “there’s "
          "no point, they never admit anything”", "mixed", **DUNLEAVY, stance="oppose",
          mention=("He", "before"), cue=("added", "before")),
        Q("he had got a touch on the ball first", "indirect", **TILLOTSON, stance="oppose",
          mention=("Tillotson", "before"), cue=("insisted", "before")),
        Q("I’ve watched it back on my phone three times and I get a toe to it,", "direct",
          **TILLOTSON, stance="oppose", mention=("the defender", "after"), cue=("said", "after")),
        Q("he had felt “definite contact” and had never thought about handing the ball to anyone "
          "else", "mixed", **KESSLER, stance="support",
          mention=("Kessler", "before"), cue=("said", "before")),
        Q("People can say what they like. I felt it, the ref saw it and it’s in the net,",
          "direct", **KESSLER, stance="support", mention=("he", "after"), cue=("said", "after")),
        Q("they were “appalled” by the behaviour of a small number of supporters", "mixed",
          **CORINTHIANS, stance="neutral",
          mention=("Harrowgate Corinthians", "before"), cue=("said", "before")),
        Q("it would work with police to identify those responsible and would issue lifetime bans "
          "where appropriate", "indirect", **CORINTHIANS, stance="neutral",
          mention=("The club", "before"), cue=("said", "before")),
        Q("a 24-year-old man had been arrested on suspicion of throwing a missile and had since "
          "been released on bail", "indirect", **ELLERDALE_POLICE, stance="neutral",
          mention=("A spokeswoman for Ellerdale Police", "before"), cue=("said", "before")),
        Q("it did not comment on individual decisions but would review footage of the match as a "
          "matter of routine", "indirect", **MOB, stance="neutral",
          mention=("The Match Officials Board", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 2. Wire story from Seoul. Straight quotes and apostrophes, American spelling, dateline with
#    the agency's name; family-name-first Korean and Chinese officials with surname mentions,
#    org speaker after the statement, anonymous government official with a long relative
#    clause, "X, a spokeswoman for Y, told a regular news briefing", "said ..., and warned
#    that" (two statements), news agency "reported, citing", inverted "said X, a research
#    fellow at Y" + follow-on, mixed ending with the full stop inside the marks.
MMAP = _who("Ministry of Maritime Affairs and Ports", "Ministry of Maritime Affairs and Ports",
            speaker_aliases=["South Korea's Ministry of Maritime Affairs and Ports"],
            affiliation_aliases=["South Korea's Ministry of Maritime Affairs and Ports"])
KANG = _who("Kang Tae-jun", "Ministry of Maritime Affairs and Ports", "Vice Minister",
            affiliation_aliases=["government", "South Korean government"])
KOREAN_OFFICIAL = _who(None, "South Korean government", "official",
                       affiliation_aliases=["government"])
ZHAO = _who("Zhao Meilin", "China's Ministry of Foreign Economic Cooperation", "spokeswoman",
            affiliation_aliases=["Ministry of Foreign Economic Cooperation"])
DONGHAI = _who("Donghai Harbour Group", "Donghai Harbour Group")
HANSEONG = _who("Hanseong Logistics", "Hanseong Logistics")
BAE = _who("Bae Kyung-ho", "Seobu", "Mayor")
DONGBANG = _who("Dongbang News", "Dongbang News", speaker_aliases=["Dongbang News agency"],
                affiliation_aliases=["Dongbang News agency"])
JIN = _who("Jin Soo-ah", "Hannam Institute for Economic Policy", "research fellow")
KAIYO = _who("Kaiyo Sen Lines", "Kaiyo Sen Lines")

SEOBU = {
    "id": "seobu-port-dispute",
    "title": "South Korea halts expansion of Chinese-backed Seobu terminal, Beijing protests",
    "published": "2026-03-10",
    "target": "South Korea's suspension of the Seobu terminal expansion",
    "quotes": [
        Q("South Korea has ordered a halt to the expansion of a container terminal at Seobu port "
          "that is part-owned by a Chinese state-linked operator", "indirect", **MMAP,
          stance="neutral",
          mention=("the Ministry of Maritime Affairs and Ports", "after"), cue=("said", "after")),
        Q("it had suspended construction permits for two new berths at the West Sea Gateway "
          "terminal for at least 90 days while it reviews \"security and data-handling "
          "arrangements\" at the site, which handles about a fifth of the country's car exports",
          "mixed", **MMAP, stance="neutral",
          mention=("The ministry", "before"), cue=("said", "before")),
        Q("the review was \"a routine exercise of sovereign authority\" and was not aimed at any "
          "one country", "mixed", **KANG, stance="support",
          mention=("Vice Minister Kang Tae-jun", "before"), cue=("told reporters", "before")),
        Q("We apply the same standard to every operator at every port. No one should read more "
          "into this than that,", "direct", **KANG, stance="support",
          mention=("Kang", "after"), cue=("said", "after")),
        Q("the decision followed concerns about cargo-tracking software supplied to the terminal "
          "by its Chinese shareholder", "indirect", **KOREAN_OFFICIAL, stance="support",
          mention=("A South Korean government official", "before"), cue=("said", "before")),
        Q("China was \"seriously concerned\" by the decision", "mixed", **ZHAO, stance="oppose",
          mention=("Zhao Meilin", "before"), cue=("told a regular news briefing", "before")),
        Q("We hope the Korean side will correct its approach and provide a fair and "
          "non-discriminatory environment for Chinese enterprises,", "direct", **ZHAO,
          stance="oppose", mention=("Zhao", "after"), cue=("said", "after")),
        Q("it had \"complied fully with Korean law at every stage\" and would seek talks with the "
          "ministry", "mixed", **DONGHAI, stance="oppose",
          mention=("Donghai Harbour Group", "before"), cue=("said", "before")),
        Q("The suspension would delay the hiring of about 600 workers at the terminal",
          "indirect", **HANSEONG, stance="neutral",
          mention=("Hanseong Logistics", "after"), cue=("said", "after")),
        Q("the city had not been consulted before the announcement", "indirect", **BAE,
          stance="oppose", mention=("Seobu Mayor Bae Kyung-ho", "before"), cue=("said", "before")),
        Q("a long delay would hurt a local economy still recovering from the closure of two "
          "shipyards", "indirect", **BAE, stance="oppose",
          mention=("Seobu Mayor Bae Kyung-ho", "before"), cue=("warned", "before")),
        Q("Planned talks between trade officials from the two countries, scheduled for later this "
          "month in Qingdao, may now be postponed", "indirect", **DONGBANG, stance="neutral",
          mention=("the Dongbang News agency", "after"), cue=("reported", "after")),
        Q("This is Seoul trying to thread a needle,", "direct", **JIN, stance="neutral",
          mention=("Jin Soo-ah", "after"), cue=("said", "after")),
        Q("It wants Chinese investment, and it wants Washington to see it as a reliable partner. "
          "It cannot fully have both.", "direct", **JIN, stance="neutral"),
        Q("it did not expect any immediate disruption to its sailing schedules", "indirect",
          **KAIYO, stance="neutral", mention=("Kaiyo Sen Lines", "before"), cue=("said", "before")),
        Q("he would \"not comment on diplomatic conversations.\"", "mixed", **KANG,
          stance="neutral", mention=("Kang", "before"), cue=("said", "before")),
    ],
}

# --------------------------------------------------------------------------- #
# 3. US federal court story. Curly double quotes, ’ apostrophes, American style (full stop
#    inside the closing mark), dateline with em dash; unnamed "A federal judge ... ruling that"
#    resolved to the judge named later, "wrote that" + "she wrote" + follow-on, unnamed
#    government and defence lawyers ("argued", "countered"), "rejected ..., noting that",
#    "X, the government's lead trial attorney, told reporters", company statement, title +
#    name after a quote, "X, a lawyer for Y, said", "welcomed ... but said", inverted "said X,
#    a professor of ... at Y", "According to X".
VASQUEZ_HALE = _who("Corinne Vasquez-Hale", "U.S. District Court in Minneapolis",
                    "U.S. District Judge",
                    affiliation_aliases=["U.S. District Court", "federal court"])
GOV_LAWYERS = _who(None, "government", "lawyers",
                   affiliation_aliases=["U.S. government", "federal government"])
LQ_LAWYERS = _who(None, "Lindqvist Industrial", "lawyers", affiliation_aliases=["Lindqvist"])
KLINE = _who("Deborah Kline", "government", "lead trial attorney",
             affiliation_aliases=["U.S. government", "federal government"])
LINDQVIST = _who("Lindqvist Industrial", "Lindqvist Industrial",
                 speaker_aliases=["Lindqvist"], affiliation_aliases=["Lindqvist"])
BOHLIN = _who("Anders Bohlin", "Lindqvist Industrial", "Chief Executive",
              affiliation_aliases=["Lindqvist"])
WHITFORD = _who("Marcus Whitford", "Lindqvist Industrial", "lawyer",
                affiliation_aliases=["Lindqvist"])
HARBROOK = _who("Harbrook Controls", "Harbrook Controls",
                speaker_aliases=["Harbrook"], affiliation_aliases=["Harbrook"])
PGGA = _who("Prairie Grain Growers Association", "Prairie Grain Growers Association")
ACHTERBERG = _who("Samuel Achterberg", "Lakeshore University", "professor of antitrust law")

LINDQVIST_DOC = {
    "id": "lindqvist-antitrust-ruling",
    "title": "Judge blocks Lindqvist’s $2.4 billion takeover of Harbrook Controls",
    "published": "2025-12-04",
    "target": "the ruling blocking Lindqvist's takeover of Harbrook Controls",
    "quotes": [
        Q("the deal would leave farmers across the Midwest with “nowhere else to go” for the "
          "systems that keep their harvests from spoiling", "mixed", **VASQUEZ_HALE,
          stance="support", mention=("A federal judge", "before"), cue=("ruling", "before")),
        Q("the combined company would control about 70 percent of the U.S. market for automated "
          "silo monitoring systems, and that the government had shown the merger was likely to "
          "push up prices within two years", "indirect", **VASQUEZ_HALE, stance="support",
          mention=("U.S. District Judge Corinne Vasquez-Hale", "before"), cue=("wrote", "before")),
        Q("Lindqvist asks the court to trust that a company with no meaningful rival will "
          "nonetheless behave as if it had one,", "direct", **VASQUEZ_HALE, stance="support",
          mention=("she", "after"), cue=("wrote", "after")),
        Q("The antitrust laws do not require that kind of faith, and this court will not supply "
          "it.", "direct", **VASQUEZ_HALE, stance="support"),
        Q("Lindqvist saw Harbrook as a “price problem” and planned to phase out its cheaper "
          "product line once the deal closed", "mixed", **GOV_LAWYERS, stance="support",
          mention=("Government lawyers", "before"), cue=("argued", "before")),
        Q("farmers could switch to manual monitoring or to equipment from overseas suppliers, and "
          "that the merger would lower costs for customers", "indirect", **LQ_LAWYERS,
          stance="oppose", mention=("Lindqvist’s lawyers", "before"), cue=("countered", "before")),
        Q("foreign manufacturers account for less than 3 percent of U.S. sales", "indirect",
          **VASQUEZ_HALE, stance="support",
          mention=("The judge", "before"), cue=("noting", "before")),
        Q("the ruling was “a win for every family farm that has watched its costs climb.”",
          "mixed", **KLINE, stance="support",
          mention=("Deborah Kline", "before"), cue=("told reporters", "before")),
        Q("Competition is not a luxury for farmers. It is how they stay in business,", "direct",
          **KLINE, stance="support", mention=("Kline", "after"), cue=("said", "after")),
        Q("it was “deeply disappointed” and was reviewing its options, including an appeal",
          "mixed", **LINDQVIST, stance="oppose",
          mention=("Lindqvist", "before"), cue=("said", "before")),
        Q("We built this business over ninety years without Harbrook, and we will keep building "
          "it,", "direct", **BOHLIN, stance="neutral",
          mention=("Chief Executive Anders Bohlin", "after"), cue=("said", "after")),
        Q("the court had “fundamentally misread” how farmers buy equipment", "mixed", **WHITFORD,
          stance="oppose", mention=("Marcus Whitford", "before"), cue=("said", "before")),
        Q("it was “reviewing the decision with its board” and would comment further next week",
          "mixed", **HARBROOK, stance="neutral",
          mention=("Harbrook Controls", "before"), cue=("said", "before")),
        Q("it should serve as a warning to other equipment makers considering mergers",
          "indirect", **PGGA, stance="support",
          mention=("The Prairie Grain Growers Association", "before"), cue=("said", "before")),
        Q("Judges have been reluctant to block deals in narrow industrial markets, so this is a "
          "meaningful signal,", "direct", **ACHTERBERG, stance="neutral",
          mention=("Samuel Achterberg", "after"), cue=("said", "after")),
        Q("an appeals court is unlikely to overturn the judge’s findings of fact because they "
          "were reached after a full bench trial", "indirect", **ACHTERBERG, stance="neutral",
          mention=("Achterberg", "before"), cue=("According to", "before")),
    ],
}

DOCUMENTS = [HARROWGATE, SEOBU, LINDQVIST_DOC]
