"""Speaker resolution: from the mention a cue attaches to, to the fullest name.

"Kirby" becomes "John Kirby" (the longest person name in the document that
contains it), "he" becomes the person most recently speaking or acting as a
subject, "the ministry" becomes the organisation speaking before it, and a
generic mention ("officials", "a source") resolves to nobody rather than to a
wrong name. spaCy's entities give the names; the rest is written here because
no coreference model ships on PyPI for spaCy 3.8 without a model hub.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span as SpacySpan

from attribution.candidates import RELATIVE_PRONOUNS  # the rule tagger reads speakers in relative clauses too
from attribution.sentences import text_of
from attribution.text import find_quotes
from attribution.types import Span

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us", "it", "its", "their"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# Words around a name that say which pronoun the article will use for that person.
_GENDERED_WORDS = {
    **dict.fromkeys("mr mr. sir spokesman chairman congressman councilman businessman widower father son husband "
                    "brother grandfather king prince".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss dame spokeswoman chairwoman congresswoman councilwoman businesswoman "
                    "widow mother daughter wife sister grandmother queen princess actress".split(), "f"),
}
TITLE_WORDS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame gen gen. sen sen. sens sens. senators rep rep. reps reps. "
    "gov gov. pres. lt lt. col col. capt capt. cr cr. cllr cllr. sgt sgt. cmdr cmdr. maj maj. cpl cpl. pvt pvt. "
    "det det. insp insp. supt supt. amb amb. atty atty. "
    "president mayor governor senator minister secretary judge justice general councillor councilor "
    "councilman councilwoman alderman commissioner ambassador chancellor premier chief professor "
    "superintendent inspector detective constable sergeant speaker mp mep msp mla td councilmember".split()
)
TITLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "rep.": "representative", "rep": "representative",
                       "gov.": "governor", "gov": "governor", "gen.": "general", "gen": "general",
                       "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "prof.": "professor",
                       "supt.": "superintendent", "insp.": "inspector", "det.": "detective", "sgt.": "sergeant",
                       "pres.": "president", "cmdr.": "commander", "amb.": "ambassador", "atty.": "attorney"}
# "The company said": heads that in a business, sports or finance story mean the one organisation
# the story is about (``lede_organisation``); not "the party", "the agency".
BUSINESS_HEADS = frozenset("company firm club bank lender airline carrier insurer retailer group team".split())
# Last words of a sports club's name ("Redhaven Rovers", "Brackenfield Town").
_TEAM_SUFFIXES = frozenset("rovers united city athletic fc town wanderers albion rangers".split())
# Last words that make a name an organisation's even where the NER calls it a person ("Corvane Labs").
CORPORATE_SUFFIXES = frozenset("""inc corp co ltd llc plc ag sa gmbh labs group holdings partners systems
    technologies industries bank motors airlines brothers solutions pictures services communications networks
    resources foods stores pharmaceuticals therapeutics ratings capital energy power insurance media""".split()) | _TEAM_SUFFIXES
# Organisation-like heads: a mention "the ministry" names an organisation, "officials" names nobody.
ORG_HEADS = frozenset(
    """ministry department government company council court committee agency police army military
    office union party campaign administration commission authority board bank embassy university
    firm group organisation organization coalition alliance parliament congress senate cabinet
    federation association institute foundation hospital airline network newspaper society corporation
    trust fund club college brigade brigades charity movement service services institution watchdog
    league festival guild center centre school academy museum studio bureau tribunal church magazine""".split()
    # not "regulator": "regulators said" names nobody, like "officials"
)
_MAX_PRONOUN_REACH = 2000  # characters back to look for a pronoun's antecedent
# A minister's or secretary's portfolio: "Minister for Health", "Transport Secretary".
PORTFOLIOS = frozenset("""transport home foreign health education defence defense interior treasury finance energy
    environment justice culture business trade housing labour labor agriculture commerce state economy industry
    immigration communications""".split())
_POST_NOMINALS = frozenset("KC QC MP MSP MEP OBE MBE CBE PhD MD".split())
POSSESSIVE = re.compile(r"(’s|'s|’|')$")  # a possessive ending
# "Patrice and Kiara Haines": two first names sharing one surname.
_SHARED_SURNAME = re.compile(r"(?:(?:the|both)\s+)?([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'-]+)(?=$|[\s,])(?!\s+[A-Z])")
# What may stand between two names of one list: commas, "and", a party tag "(D-Ore.)", titles.
_LIST_GLUE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:and\b\s*)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\b\.?\s*)?", re.IGNORECASE)
# ", which ...", ", many of whose members ...": a clause describing the name before it
_RELATIVE_CLAUSE = re.compile(r",\s*(?:[a-z]+\s+){0,3}(?:which|who|whose|whom|that|where)\b", re.IGNORECASE)
# "the campaign group Youth Vote Now": a lower-case description, then the name
_DESCRIPTION_WORD = r"(?!(?:of|for|at|in|on|and|to|with|from|by|the|a|an|its|their|his|her)\s)"
_DESCRIBED_NAME = re.compile(
    rf"(?:[Tt]he|[Aa]n?)\s+(?:{_DESCRIPTION_WORD}[\w-]+\s+){{0,4}}?{_DESCRIPTION_WORD}([a-z][\w-]*)\s+"
    r"((?:[A-Z][\w’'&.-]*\s*){2,})$")
# Nouns that name no organisation themselves but point to one named before: the kind it is
_BODY_OF = {"judges": "court", "regulator": "regulator", "watchdog": "watchdog"}
# "CNN's Jake Tapper", "Fox News' Bret Baier": an outlet's possessive, then a person's name
_OUTLET_PERSON = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:’s|'s|’|')\s+"
                            r"([A-Z][a-z][\w’'-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+)")
# "the 52-year-old said"
_AGED_MENTION = re.compile(r"the (\d{1,3})-year-old")
# one word with capitals inside: an outlet or a pollster ("RealClearPolitics", "YouGov"), not "McCain" (nor
# "DuVernay", which the article gives a first name)
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|La|Le|Van|Von)[A-Z][a-z]+(?:[A-Z][a-z]+)+")
# a share of a group, as polls report it: nobody the article names ("More than half of Clinton's
# address" is a share of a speech, not of people)
_SHARE_OF_PEOPLE = re.compile(r"(?:(?:about|nearly|almost|roughly|only|just|more than|less than|fewer than)\s+)?"
                              r"(?:[\d.,]+\s*(?:%|percent|per cent)|[\w-]+\s+(?:percent|per cent)|[\w-]+\s+(?:in|out of)\s+(?:10|ten)"
                              r"|half|a (?:majority|third|quarter|fifth)|two-thirds|three-quarters)(?!\w)"
                              r"(?!\s+of\s+[A-Z][\w’']*(?:’s|'s)\s)", re.IGNORECASE)
# "the statement said", "The 212-page report also found": a document, which speaks for whoever issued it
_DOCUMENT_MENTION = re.compile(r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(statement|release|report|letter|filing|memo|judgment|ruling)")
# "Davis' commentary", "Donald Trump's tweet": what someone wrote or said speaks for them
_WORDS_OF = re.compile(r"(.*[^\s])(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?(?:commentary|column|tweets?|posts?|statements?|letter|"
                       r"e-?mails?|memo|book|memoir|speech|remarks|comments|testimony|op-ed|editorial|report|analysis|"
                       r"study|account|ads?|video|website)")
# An op-ed's closing line: "Charlotte Meehan is playwright-in-residence at Wheaton College ..."
_AUTHOR_LINE = re.compile(r"(?:[—–-]\s*)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),?\s+(?:is|was|has been)\s+(?:a|an|the)?\s*[a-z]")
# What a source can be that speaks for whoever issued it
_DOCUMENT_NOUNS = frozenset("analysis report poll survey study average data figures review audit tally forecast "
                            "findings memo summary record polling reporting release statement ad research count "
                            "video investigation assessment estimate".split())
# Words one article uses for one document: "a new poll" ... "The survey, conducted by X"
_DOCUMENT_KINDS: dict[str, set[str]] = {}
for _kind in ("poll survey polling", "study report analysis research survey findings"):
    for _noun in _kind.split():
        _DOCUMENT_KINDS.setdefault(_noun, set()).update(_kind.split())
# Verbs by which an organisation puts out a document: "Fox News issued a statement", "Our Principles PAC
# released a new ad" (then "the statement said", "The ad says" speak for it)
_ISSUING_VERBS = frozenset("issue release publish unveil launch run air conduct put".split())
_ISSUER_SENTENCES_BACK = 6
# Nouns any kind of organisation goes by: "The Trayvon Martin Foundation said ... the group said"
_ANY_ORGANISATION = frozenset({"group", "organization", "organisation"})
# "the only candidate", "the other senator", "the first mayor": one of several, not one person's job
_NOT_ONE_JOB = frozenset("only other same first last next new another".split())
# Jobs whose holders news copy often leaves unnamed: "the spokesman said" is no one the article named
_OFTEN_UNNAMED = frozenset("""spokesman spokeswoman spokesperson spokespeople official source aide representative
    witness resident neighbor neighbour customer worker employee staffer member delegate volunteer student parent
    passenger commuter retiree tenant homeowner expert analyst officer""".split())
_LEDE_REACH = 1500  # characters after a lede's unnamed description to look for the person it describes
_LEDE_LENGTH = 400  # where an article's first paragraph ends, about: "A New York judge on Thursday rejected ..."
# Offices a description of one person names ("the Vermont senator", "the Republican nominee"); not
# "the president" (a story about a campaign means the incumbent, named or not)
_ELECTED_HEADS = frozenset("nominee candidate senator congressman congresswoman governor lawmaker".split())
_PARTY_MEMBERS = frozenset({"republican", "democrat"})  # "the Utah Republican": a legislator too
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame".split())  # before a name, full stop or not
# "PENCE: Well, Chris, I think ...": a speaker's label at the start of a line in a transcript
_TRANSCRIPT_LABEL = re.compile(r"(?<![^\n])[A-Z][A-Z.'’ -]*:(?=\s)|(?<=[.?!] )[A-Z][A-Z.'’-]+:(?=\s)")
# What opens a noun phrase that points to an organisation rather than naming it ("her union", "the group")
_POINTING_WORDS = frozenset("the her his its their our my".split())
# Words a description uses for a title or party the article wrote another way ("Rep. Adam Schiff" ... "the
# congressman"; "Republican nominee Donald Trump" ... "the GOP nominee")
_SAME_WORDS = {"representative": ("congressman", "congresswoman"), "congressman": ("representative",),
               "congresswoman": ("representative",), "republican": ("gop",), "gop": ("republican",),
               "justice": ("judge",)}  # "Supreme Court Justice Frank Nervo" ... "the judge"
# Titles news copy shortens later ("The company's chief executive, Odile Sandvik," ... "The CEO told analysts")
_SHORT_TITLES = {frozenset({"chief", "executive"}): "ceo", frozenset({"chief", "financial", "officer"}): "cfo",
                 frozenset({"chief", "operating", "officer"}): "coo"}
# One person by nationality, the words the NER does not call a nationality ("the Spaniard told Sky Sports")
_NATIONALITY_NOUNS = frozenset("""spaniard frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman
    scotswoman welshman welshwoman dutchman dutchwoman briton swede dane finn pole scot turk brit kiwi aussie""".split())
# US states by the AP style abbreviations and postal codes news copy puts in a legislator's party tag
# ("Sen. Bernie Sanders (I-Vt.)", "Rep. Jason Chaffetz (R-Utah)"), so "the Vermont senator" finds him
_STATES = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR", "California": "Calif. CA",
    "Colorado": "Colo. CO", "Connecticut": "Conn. CT", "Delaware": "Del. DE", "Florida": "Fla. FL", "Georgia": "Ga. GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "Ill. IL", "Indiana": "Ind. IN", "Iowa": "IA", "Kansas": "Kan. Kans. KS",
    "Kentucky": "Ky. KY", "Louisiana": "La. LA", "Maine": "ME", "Maryland": "Md. MD", "Massachusetts": "Mass. MA",
    "Michigan": "Mich. MI", "Minnesota": "Minn. MN", "Mississippi": "Miss. MS", "Missouri": "Mo. MO",
    "Montana": "Mont. MT", "Nebraska": "Neb. Nebr. NE", "Nevada": "Nev. NV", "New Hampshire": "N.H. NH",
    "New Jersey": "N.J. NJ", "New Mexico": "N.M. NM", "New York": "N.Y. NY", "North Carolina": "N.C. NC",
    "North Dakota": "N.D. ND", "Ohio": "OH", "Oklahoma": "Okla. OK", "Oregon": "Ore. Oreg. OR",
    "Pennsylvania": "Pa. Penn. PA", "Rhode Island": "R.I. RI", "South Carolina": "S.C. SC", "South Dakota": "S.D. SD",
    "Tennessee": "Tenn. TN", "Texas": "Tex. TX", "Utah": "UT", "Vermont": "Vt. VT", "Virginia": "Va. VA",
    "Washington": "Wash. WA", "West Virginia": "W.Va. W.V. WV", "Wisconsin": "Wis. Wisc. WI", "Wyoming": "Wyo. WY",
}
_STATE_NAMES = {abbreviation.lower(): state for state, written in _STATES.items()
                for abbreviation in [state, *written.split()]}
_PARTY_LETTERS = {"R": {"republican"}, "D": {"democrat", "democratic"}, "I": {"independent"}}
# "Bernie Sanders (I-Vt.)", "Dale Whitaker, R-Kan.,", "Rep. Maria Ortiz (D-Calif.)": party letter and state
# after a legislator's name (the resolver reads the state, ``affiliation`` the party)
PARTY_TAG = re.compile(r"\s*[,(]\s*([RDI])-([A-Z][A-Za-z.]{0,11}?)\.?(?=[\s,)])")
# "the Republican presidential candidate", "the presumptive Democratic nominee" anywhere in the text, not
# only beside a cue: readers take the person's party from such a description
_PARTY_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+((?:(?:presumptive|presumed|likely|eventual|current)\s+)?(Republican|Democratic|GOP)\s+"
    r"(?:(?:[Pp]arty|presidential|vice[- ]presidential|Senate|gubernatorial|White House)\s+){0,2}"
    r"(?:nominee|candidate|front-?runner|hopeful)"
    # "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee"
    r"|(?:top|senior|ranking|leading)\s+(Republican|Democrat))\b")
# "Hillary Clinton has a clearer path to the Democratic presidential nomination", "Trump ran a brilliant
# Republican primary campaign": a party's contest the person runs in
_PARTY_CONTEST = re.compile(
    r"\b(Republican|Democratic|Democrat|GOP)\s+(?:(?:presidential|[Pp]arty's|[Pp]arty|White House)\s+){0,2}"
    r"(?:primary|primaries|nomination|debate|debates|convention|caucus|caucuses|contest|race|field)\b")
# "Thornquill, 29, ...": a person's age in apposition
_AGE = re.compile(r",\s*\d{1,3}\s*(?:,|$)")
# "Corvane Systems, the Wrenhaven-based maker of ...,": a description in apposition after the name
_APPOSITION = re.compile(r",\s*(?:a|an|the|one|its|their)\s", re.IGNORECASE)


@dataclass
class Resolved:
    name: str | None
    is_org: bool = False


def _clean_name(text: str) -> str:
    text = POSSESSIVE.sub("", text.strip())
    words = text.split()
    while words and words[0].lower() in TITLE_WORDS and not (len(words) > 1 and words[1].lower() in ORG_HEADS):
        words = words[1:]  # "Judge Ann Bly", but not "Justice Department"
    while len(words) > 2 and words[-1].strip(",.") in _POST_NOMINALS:
        words = words[:-1]  # "Eleanor Marsh KC" is "Ms Marsh" later
    return " ".join(words)


def _person_name(text: str) -> str:
    """A person entity's name without the title the NER took into it ("Treasurer Nadia Brookes",
    "state Treasurer Nadia Brookes" -> "Nadia Brookes"): the words after the last title or role word."""
    from attribution.affiliation import ROLE_HEADS

    titles = TITLE_WORDS | ROLE_HEADS
    words = _clean_name(text).split()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in titles), default=0)
    return " ".join(words[cut:] if len(words) - cut >= 2 else words)  # "Dean Maddox" keeps his first name


def _strip_determiner(text: str) -> str:
    words = text.strip().split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def with_capital_the(name: str | None, text: str) -> str | None:
    """"according to The Hill": a capital "The" inside a sentence is part of the organisation's name
    ("The Hill", "The Atlantic"), which the resolver had dropped with every other "the"."""
    if name and not name.lower().startswith("the ") and re.search(r"[a-z,;:] The " + re.escape(name) + r"\b", text):
        return "The " + name
    return name


def _head_person(span, people: list[SpacySpan]) -> SpacySpan | None:
    """The person a mention names: the entity holding the phrase's head, or named in
    apposition to it ("A spokeswoman for Norvik Energy, Lise Dahl"), or after a role
    word ("Pentagon Press Secretary John Kirby"); not one merely inside it ("Kenneth
    Baer, a former adviser to Barack Obama" names Baer)."""
    if not people:
        return None
    head = span.root
    for person in people:
        if person.start <= head.i < person.end:
            return person
    from attribution.affiliation import ROLE_HEADS

    for person in people:
        # "the Students' Union, whose president, Nadia Kerr, said": the name after "whose <role>,"
        doc = person.doc
        whose = next((t for t in doc[max(span.start, person.start - 5) : person.start] if t.lower_ == "whose"), None)
        if whose is not None and doc[person.start - 1].text == "," and any(
                t.lower_ in ROLE_HEADS for t in doc[whose.i + 1 : person.start - 1]):
            return person
    for child in head.children:
        if child.dep_ == "appos":
            for person in people:
                if person.start <= child.i < person.end:
                    return person
    if head.lower_ in ROLE_HEADS or head.lower_ in TITLE_WORDS:
        for person in (p for p in people if p.start > head.i):
            # "An attorney for Pagliano, Mark MacDougall": the client after "for" is not the speaker
            in_prep = any(t.dep_ == "prep" and t.head == head for t in person.root.ancestors)
            # ... but "Minister for Health Fionnuala Darcy": a portfolio, then the minister's name
            portfolio = any(t.lower_ in PORTFOLIOS and t.text[:1].isupper() for t in person.doc[head.i + 1 : person.start])
            if not in_prep or portfolio or person.doc[person.start - 1].text == ",":
                return person
    last = max(people, key=lambda p: p.end)
    front = [t for t in span if t.i < last.start]
    if last.end >= span.end and front and len(people) == 1 and all(
            t.pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "DET", "CCONJ", "VERB") or t.text == "-" for t in front):
        # "White House hopeful Hillary Clinton", "co-host Mika Brzezinski", the parser's head in the
        # words in front: a name that ends the mention, after no preposition or comma, is who spoke
        return last
    return None


def _without_portfolio(tokens: list) -> list:
    """"Minister for Health Fionnuala Darcy", "Speaker of the House Newt Gingrich": the portfolio or chamber
    after a title's "for" or "of" is no first name."""
    from attribution.affiliation import ROLE_HEADS

    def after_title(i: int) -> bool:  # "for"/"of" (and "the") between a title and token i
        doc = tokens[0].doc
        k = i - 1 - (i >= 3 and doc[i - 1].lower_ == "the")
        return k >= 1 and doc[k].lower_ in ("for", "of") and doc[k - 1].lower_ in TITLE_WORDS | ROLE_HEADS

    while len(tokens) > 2 and tokens[0].lower_ in PORTFOLIOS | {"house", "senate"} and after_title(tokens[0].i):
        tokens = tokens[1:]
    return tokens


def _proper_noun_names(doc: Doc) -> list[str]:
    """Names from runs of two or more proper nouns, cut after the last title or role word
    ("Pentagon Press Secretary John Kirby" -> "John Kirby")."""
    from attribution.affiliation import ROLE_HEADS, ROLE_MODIFIERS

    stop = TITLE_WORDS | ROLE_HEADS | ROLE_MODIFIERS
    names, run = [], []
    for tok in list(doc) + [None]:
        if tok is not None and ((tok.pos_ == "PROPN" and not tok.is_punct)
                                or (tok.text == "-" and run and not tok.whitespace_ and not run[-1].whitespace_)):
            run.append(tok)  # a hyphen inside a name: "Jean-Marc", "Sarac-Dunn"
            continue
        tail = []
        for t in reversed(run):
            if t.lower_.rstrip(".") in stop:
                break
            tail.insert(0, t)
        while tail and tail[-1].text == "-":
            tail.pop()
        while len(tail) > 1 and tail[0].ent_type_ in ("ORG", "GPE", "NORP") and tail[-1].ent_type_ != tail[0].ent_type_:
            tail.pop(0)  # "Washington Post Trump": an organisation's name is no first name
        tail = _without_portfolio(tail)
        if len([t for t in tail if t.text != "-"]) >= 2:
            names.append(_clean_name("".join(t.text_with_ws for t in tail).strip()))
        run = []
    return names


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of headline-like lines: short, in title case, no closing full stop.
    spaCy reads "Gold Star Mom Corners Obama" there as one person's name."""
    return list(_headline_spans(text))


@lru_cache(maxsize=8)  # the resolver and every speaker's affiliation ask it of the same text
def _headline_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans, at = [], 0
    for line in text.split("\n"):
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        long_words = [w for w in words if len(w) >= 4]
        stripped = line.strip()
        if (2 <= len(words) <= 20 and len(long_words) >= 2 and not stripped.endswith((".", "!", "?", "\"", "”", ":"))
                and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return tuple(spans)


def used_outside(name: str, text: str, spans) -> bool:
    """Whether ``text`` uses ``name`` at least once outside ``spans``."""
    return any(not any(a <= m.start() < b for a, b in spans) for m in re.finditer(re.escape(name), text))


def name_use(names, text: str) -> dict[str, tuple[int, int]]:
    """How often ``text`` uses each name, and where first (read once per document)."""
    return {n: (text.count(n), text.find(n)) for n in names if n}


def rank_names(names, text: str) -> list[str]:
    """Longest first; equal lengths by how often ``text`` uses the name, then by first use.

    ``fullest`` takes the first match, so this order decides "Trump" -> "Donald Trump" over a
    stray "Beyond Trump" (a set's order did, which changed with the process's hash seed)."""
    use = name_use(names, text)
    return sorted(use, key=lambda n: (-len(n), -use[n][0], use[n][1], n))


def _name_part(token, run) -> bool:
    """Whether ``token`` continues the proper-noun ``run`` to its left: a proper noun, or a
    capitalised word compounded with the run that the tagger took for a common noun (a first
    name opening a paragraph: "Anders" in "Anders Fell, a member of ...")."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and token.dep_ == "compound"
                                     and token.head in run and token.lower_ not in TITLE_WORDS)


def _unnamed_people(head, role_heads) -> bool:
    """A mention headed by a role noun for one person ("the official"), or for several of an
    organisation named after a linker ("officials at Northway Rail")."""
    if any(c.dep_ == "conj" for c in head.children):
        return False  # "the nominee and his aides"
    if head.tag_ == "NN":
        return head.lower_ in role_heads
    return (head.tag_ == "NNS" and head.lemma_.lower() in role_heads and any(
        c.dep_ == "prep" and c.lower_ in ("at", "for", "from", "with") and any(o.pos_ == "PROPN" for o in c.subtree)
        for c in head.children))


def _relative_antecedent(span) -> Span | None:
    """The phrase a relative pronoun stands for: the noun phrase that ends right before it
    ("Mr. Obama, who understood" -> "Mr. Obama"; "celebrities like Will Smith and Stevie
    Wonder, who joked" -> "Stevie Wonder", where the parse hangs the clause on the whole list).
    The pronoun must open a relative clause in the parse or follow a comma or dash, so a
    "that" opening reported speech is never taken for one."""
    if span is None or len(span) != 1:
        return None
    pronoun = span[0]
    before = pronoun.i - 1
    punctuated = before >= 0 and pronoun.doc[before].text in (",", "—", "–", "-", "--")
    if punctuated:
        before -= 1
    if before < 0 or not (punctuated or pronoun.head.dep_ == "relcl"):
        return None
    last = pronoun.doc[before]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = last.head if last.dep_ in ("compound", "flat") and last.head.i > last.i else last
    first = noun.left_edge.i
    return Span.of(text_of(noun.doc), noun.doc[first].idx, last.idx + len(last.text))


def _described_person(phrase) -> Span | None:
    """The name an appositive holding ``phrase`` describes ("Mira Sand, an economist at
    Northbridge Bank" for "Northbridge Bank"), climbing the parse through prepositions."""
    if phrase is None:
        return None
    token = phrase.root
    while token.dep_ in ("pobj", "prep", "compound") and token.head is not token:
        token = token.head
        if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
            break  # "Maureen Tate, 71, of Linden Road, who said": the name "of" hangs on
    if token.pos_ == "PROPN" and token is not phrase.root and token.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
        name = token
    elif token.dep_ != "appos" or token.head.pos_ != "PROPN":
        return None
    else:
        name = token.head
    return _name_span(name)


def _person_before_clause(text: str) -> re.Match | None:
    """", whose 79-year-old mother ...," after a name: the clause that follows a person's name, when what
    stands before it is only capitalised words (not "The alliance, which", "A senior MP, who") and the
    clause names no one else's office ("X Union, whose president, Nadia Kettering,": she speaks)."""
    from attribution.affiliation import ROLE_HEADS

    clause = _RELATIVE_CLAUSE.search(text)
    if clause is None or clause.group(0).split()[-1].lower() not in ("who", "whose"):
        return None
    words = text[: clause.start()].split()
    after = text[clause.end() :].split()
    if (not words or not all(w[:1].isupper() for w in words) or words[0].lower() in _POINTING_WORDS | {"a", "an"}
            or (after and after[0].lower().strip(",") in ROLE_HEADS)):
        return None
    return clause


def _describes_where_or_how(token) -> bool:
    """A word of "The Cupertino, California-based company", "the embattled company": where it is or how it
    fares, which any name of it could be described with (unlike "Saudi" in "the Saudi government")."""
    doc = token.doc
    based = next((t for t in doc[token.i : token.i + 6] if t.lower_ == "based"), None)
    if based is not None and based.i > token.i and doc[based.i - 1].text == "-" and all(
            t.ent_type_ in ("GPE", "LOC") or t.text in (",", "-") for t in doc[token.i : based.i - 1]):
        return True  # "Cupertino, California-" before "based"
    return token.lower_ == "based" or (token.pos_ == "ADJ" and token.text == token.lower_ and token.ent_type_ != "NORP")


def _title_words(tokens) -> set[str]:
    """The words of a description that a title must hold: "the former Vermont senator" -> {vermont, senator}."""
    return {t.lower_ for t in tokens if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.lower_ not in ("former", "current")}


def _paragraph_start(text: str, offset: int) -> int:
    """Where the line (news copy's paragraph) holding ``offset`` begins."""
    return text.rfind("\n", 0, offset) + 1


def _elected_description(span, head) -> bool:
    """"the Vermont senator", "the Republican presidential nominee", "the Utah Republican": an office
    or party member described with no name."""
    return ((head.tag_ == "NN" or head.lower_ in _PARTY_MEMBERS)
            and any(t.lower_ in _ELECTED_HEADS | _PARTY_MEMBERS for t in [head] + [c for c in head.children if c.dep_ == "conj"])
            and not any(t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE") for t in span))


def _among_others(token) -> bool:
    """``token`` hangs, up the parse, from people other than the subject: "the candidates seeking the GOP
    nomination", "rivals in the Republican race"."""
    from attribution.affiliation import ROLE_HEADS

    head = token.head
    while head.i != head.head.i:
        if head.tag_ in ("NNS", "NNPS") or head.lower_ in ROLE_HEADS:
            return True
        head = head.head
    return False


@cache
def _job_words() -> re.Pattern:
    """Any word a job description may end in ("the Vermont senator", "the Utah Republican"), longest first."""
    from attribution.affiliation import ROLE_HEADS

    words = sorted(ROLE_HEADS | _ELECTED_HEADS | _PARTY_MEMBERS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def _nationality_epithet(span) -> bool:
    """"the Spaniard", "the 31-year-old Norwegian", "the Frenchman": one person by nationality, as sports and
    foreign copy calls someone it has just named (the NER reads these as groups or organisations)."""
    last = span[-1]
    return (span[0].lower_ == "the" and last.tag_ == "NNP" and (last.ent_type_ == "NORP" or last.lower_ in _NATIONALITY_NOUNS)
            and last.lower_ not in _PARTY_MEMBERS and all(t.text == t.lower_ for t in span[1:-1]))


def _name_after_title(span) -> int | None:
    """Where the name ends that a mention of a capitalised title alone stands before ("Striker" in
    "Striker Erling Haaland"): a run of two or more proper nouns right after it; None otherwise."""
    from attribution.affiliation import ROLE_HEADS

    if span is None or len(span) != 1 or not span[0].text[:1].isupper() or span[0].lower_ not in ROLE_HEADS | TITLE_WORDS:
        return None
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS, span.doc[span.end : span.end + 4]))
    return run[-1].idx + len(run[-1].text) if len(run) >= 2 else None


def _name_span(name) -> Span:
    """The whole name whose head token is ``name``: its compound and flat parts in front ("Angela Corey")."""
    first = min(t.i for t in name.subtree if t.i <= name.i and (t.dep_ in ("compound", "flat") or t is name))
    return Span.of(text_of(name.doc), name.doc[first].idx, name.idx + len(name.text))


def end_past_of(doc: Doc, end: int, limit: int | None = None) -> int:
    """Where a name ending at token ``end`` ends when "of" and proper nouns follow it ("the U.S.
    Court" + "of Appeals"), not past ``limit``."""
    limit = len(doc) if limit is None else limit
    if end + 1 < limit and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN":
        end += 1
        while end < limit and doc[end].pos_ == "PROPN":
            end += 1
    return end


FIRST_NAMES = Path(__file__).with_name("first_names.tsv")


@cache
def _first_name_sexes() -> dict[str, str]:
    # Derived from nomquamgender's name registers by data/first_names/build.py (licence in the file's header):
    # 59,000 names in 0.6 MB, where the package itself costs 2 s and 300 MB to load.
    with FIRST_NAMES.open(encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t") for line in handle if not line.startswith("#"))


def first_name_genders(names: list[str]) -> list[str | None]:
    """"m", "f" or None per full name, from its first name where at least 95% of its bearers are of one
    sex ("Lena", "Raj"; not "Kim", "Jordan", "Chris"). Only a tie-breaker between people a pronoun could
    mean: what the article says of someone ("Ms.", "his widow") comes first, and it never names anyone."""
    sexes = _first_name_sexes()
    firsts = (unicodedata.normalize("NFKD", (name.split() or [""])[0]).encode("ascii", "ignore").decode().lower()
              for name in names)
    return [sexes.get(first) for first in firsts]


def named_as_organisation(doc: Doc, name: str) -> bool:
    """The text calls ``name`` an organisation and never a person: the NER tags it (or it with "'s")
    ORG somewhere, it ends in a company's word ("Calloway Ratings", "Tollgate Waste Solutions"), or an
    organisation's noun stands in apposition to it."""
    if _described_as_organisation(doc, name):
        return True  # what the text says of it outweighs the NER
    labels = {e.label_ for e in doc.ents if _strip_determiner(POSSESSIVE.sub("", e.text)) == name}  # "The Washington Post"
    if "PERSON" in labels:
        return False
    return "ORG" in labels or corporate_name(name)


def _described_as_organisation(doc: Doc, name: str) -> bool:
    """"Orvanta, the social media company,", "Stillwater, the privacy campaign group that ...": a
    name with an organisation's noun in apposition (the NER often calls an invented one a place)."""
    described = doc.user_data.get("described_as_organisation")
    if described is None:  # read once per document: the resolver asks for many names
        described = {t.text for t in doc
                     if any(c.dep_ == "appos" and c.lemma_.lower() in ORG_HEADS | BUSINESS_HEADS for c in t.children)}
        doc.user_data["described_as_organisation"] = described
    return not described.isdisjoint(name.split())


def corporate_name(name: str) -> bool:
    """"Corvane Labs", "Harrow Point Partners": a name whose last word is a company's."""
    last = name.split()[-1].lower().rstrip(".") if len(name.split()) > 1 else ""
    return last in CORPORATE_SUFFIXES


_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,[^\n–—]{0,40}?\s[–—-]{1,2}\s")


def lede_organisation(doc: Doc, head: str, before: int) -> str | None:
    """The organisation the story is about: a proper name that is the subject of the opening
    sentence ("Corvane Labs is recalling ..., the company said"), by its fullest name; what
    "the company" or "the club" means when no name ending in that noun was given. Not one
    whose own last word is another kind of body ("the firm" is not "the City Council").
    The nearest organisation named, tried in session 18, was wrong for 3 of 5 on PolNeAR."""
    from attribution.affiliation import fullest_organisation

    # After a wire dateline ("VELSHAVEN, June 12 (Meridian) –"), which the parser reads as a sentence
    # of its own or as the subject, with the story's subject in apposition to it
    dateline = _DATELINE.match(text_of(doc))
    after = dateline.end() if dateline else 0
    roles = ("nsubj", "nsubjpass", "appos") if dateline else ("nsubj", "nsubjpass")
    opening = [s for _, s in zip(range(2), doc.sents)]
    first = next((s for s in opening if any(t.dep_ in roles and t.idx >= after for t in s)), None)
    at = doc.char_span(before, min(before + 1, len(text_of(doc))), alignment_mode="expand")
    if first is None or first.start_char >= before or at is None:
        return None
    subject = next((t for t in first if t.dep_ in roles and t.idx >= after), None)
    if subject is None or subject.i >= at.start:
        return None
    # the subject itself, or the name inside it ("Shares in Castellane Financial Group fell")
    named = subject if subject.pos_ == "PROPN" else next(
        (t for t in subject.subtree if t.pos_ == "PROPN" and t.dep_ == "pobj"), None)
    if named is None or named.ent_type_ in ("GPE", "NORP"):
        return None
    tokens = [t for t in named.subtree if t.i <= named.i and (t.pos_ == "PROPN" or t.text in ("&", "-"))]
    name = _clean_name(" ".join(t.text for t in tokens))
    last = name.split()[-1] if name.split() else ""
    if not name or (last.lower() in ORG_HEADS and last.lower() not in (head, *CORPORATE_SUFFIXES)):
        return None
    if named.ent_type_ != "ORG" and not corporate_name(name):
        return None  # "Dana Whitcomb said ...": a person, whatever "the company" means later
    plural = last.lower().endswith("s") and not last.lower().endswith("ss")
    team = last.lower() in _TEAM_SUFFIXES or (plural and last.lower() not in CORPORATE_SUFFIXES)
    # ^ "the Ridgehaven Foxes", "Redhaven Rovers"; not "Corvane Labs", "Northgate Pictures"
    if team != (head in ("club", "team")):
        return None  # a story about a team: "the company" is someone else
    return fullest_organisation(doc, name)


def _last_run(tokens: list) -> list:
    """The last run of adjacent tokens in ``tokens`` (which are in text order)."""
    while len(tokens) > 1 and tokens[-1].i - tokens[0].i + 1 != len(tokens):
        tokens = tokens[1:]
    return tokens


def _family(name: SpacySpan) -> bool:
    """"the Clintons", "the Obamas": a family, never "he" or "she"."""
    return name.start > 0 and name.doc[name.start - 1].lower_ == "the" and name[-1].text.endswith("s") and len(name) == 1


class SpeakerResolver:
    """Resolves mentions of one document, left to right, remembering who spoke."""

    def __init__(self, doc: Doc, quotes: list | None = None):
        """``quotes``: the text's quotations (``attribution.text.find_quotes``), when the caller has them."""
        self.doc = doc
        self.persons: list[SpacySpan] = [e for e in doc.ents if e.label_ == "PERSON"]
        self.orgs: list[SpacySpan] = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP")]
        # What "they" or "it" may mean: not a dateline's place, in capitals at a line's start ("WASHINGTON ―
        # Black lawmakers ... They said"), nor a people the spec leaves unnamed ("African-Americans")
        self._groups_named = [e for e in self.orgs if not (e.text.isupper() and e.label_ == "GPE"
                                                           and (e.start == 0 or "\n" in doc[e.start - 1].text))
                              and not (e.label_ == "NORP" and e.root.tag_ in ("NNPS", "NNS"))]
        # Fullest form of each person name: "Kirby" -> "John Kirby". spaCy's small model
        # misses many names, so runs of proper nouns count too, titles cut off the front.
        self._person_names = {_person_name(doc[_without_portfolio(list(e))[0].i : e.end].text) for e in self.persons}
        names = self._person_names | set(_proper_noun_names(doc))
        text = text_of(doc)
        self._headlines = headline_spans(text)
        self._names = rank_names([n for n in names if used_outside(n, text, self._headlines)], text)
        self._use = name_use(self._names, text)  # fullest() reads these for every mention
        self._name_words = [(n, n.lower().split()) for n in self._names]  # fullest() reads these for every mention
        self.history: list[tuple[int, Resolved]] = []  # (offset, speaker) of statements so far
        self._issuers: dict[str, Resolved] = {}  # "poll" -> who issued the last poll a mention named
        self._quotes = sorted(find_quotes(text) if quotes is None else quotes, key=lambda q: q.start)
        self._quote_starts = [q.start for q in self._quotes]
        # What a pronoun may point back to (``_antecedent``), filtered once per document: not someone
        # named inside quotation marks, whom a speaker talks about ("“... Donald Trump could benefit
        # ...,” Sanders wrote. “...,” he continued"), nor a family ("the Clintons")
        self._pronoun_targets = {
            True: [e for e in self.persons if not self._quoted(e.start_char) and not _family(e)],
            False: [e for e in self._groups_named if not self._quoted(e.start_char)],
        }
        closing = _AUTHOR_LINE.match(text.rstrip().rsplit("\n", 1)[-1].strip())
        self._author = closing.group(1) if closing else None
        self._genders: dict[str, str] | None = None
        self._places: dict[str, list[tuple[int, int, SpacySpan]]] | None = None  # ``_name_places``

    def fullest(self, name: str, family_first: bool = False) -> str:
        """The longest name in the document holding every word of ``name`` and ending like it, one
        the NER read as a person first ("Donald Trump" over "the Washington Post Trump said", a run
        of proper nouns the NER took for one organisation). ``family_first``: ``name`` is a family name
        after an honorific, which may open the full name ("Mr. Xi": "Xi Jinping")."""
        words = set(name.lower().split())
        last = name.split()[-1].lower() if name.split() else ""
        matches = [c for c, cwords in self._name_words if cwords[-1] == last and words <= set(cwords)]
        people = [c for c in matches if c in self._person_names and len(c.split()) > len(words)]
        candidates = people or matches
        if family_first and len(words) == 1 and all(" " not in c for c in candidates):
            # "Mr. Xi", "Mr. Kim": a family name written first ("Xi Jinping", "Kim Jong Un"), when no longer
            # name the article gives ends in that word
            candidates = [c for c, cwords in self._name_words
                          if cwords[0] == last and 2 <= len(cwords) <= 3 and c in self._person_names] or candidates
        if not candidates:
            return name
        # Two people share the surname ("Sen. Ted Cruz" ... "his father, Rafael Cruz"): the bare
        # surname is the one the article names most, then first; relatives and namesakes come
        # later and keep their first names. Longer forms of that person ("Donald J. Trump")
        # still win, since self._names is longest first.
        main = min(candidates, key=lambda c: (-self._use[c][0], self._use[c][1]))
        main_words = set(main.lower().split())
        return next(c for c in candidates if main_words <= set(c.lower().split()))

    def _entities_in(self, ents: list[SpacySpan], mention: Span) -> list[SpacySpan]:
        return [e for e in ents if e.start_char < mention.end and mention.start < e.end_char]

    def resolve(self, mention: Span | None, position: int) -> Resolved:
        """Speaker for a statement at ``position`` whose cue attaches to ``mention``."""
        if mention is None:
            return Resolved(None)
        result = self._resolve(mention)
        self.history.append((position, result))
        return result

    def introduced_before(self, offset: int) -> Resolved | None:
        """A quotation with no cue of its own right after a sentence about someone, in one paragraph ("Tom
        Reed was blunt. “The plan is dead.”"): the named person who is that sentence's subject; None
        when the sentence's subject is no named person."""
        text = text_of(self.doc)
        at = self.doc.char_span(offset, min(offset + 1, len(text)), alignment_mode="expand")
        if at is None or not len(at):
            return None
        sentence = at[0].sent
        if sentence.start_char >= offset - 2:  # the quotation opens its sentence: the one before introduces it
            if sentence.start == 0:
                return None
            sentence = self.doc[sentence.start - 1].sent
        if "\n" in text[sentence.start_char : offset] or self._quoted(sentence.start_char):
            return None
        subject = next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < at[0].i
                        and not self._quoted(t.idx)), None)  # not "“Ferry Lane has given us ...,” X said."
        person = next((e for e in self.persons if subject is not None and e.start <= subject.i < e.end), None)
        return Resolved(self.fullest(_clean_name(person.text))) if person is not None else None

    def remember(self, position: int, speaker: Resolved) -> None:
        self.history.append((position, speaker))

    def _resolve(self, mention: Span) -> Resolved:
        # imported here: attribution.affiliation imports ORG_HEADS from this module
        from attribution.affiliation import ROLE_HEADS

        cut = _AGE.search(mention.text) or _APPOSITION.search(mention.text) or _person_before_clause(mention.text)
        if cut and any(w[:1].isupper() for w in mention.text[: cut.start()].split()):
            # "Thornquill, 29, whose album topped the charts,", "The Friends of Brennan Park, a residents'
            # group that ...,": the name before the age or the description; but "The ad, part of a buy
            # from X," names its issuer in the description
            issued = self._document_issuer(mention)
            if issued is not None:
                return issued
            pointer = mention.text[: cut.start()].lower().split()
            named = mention.text[cut.end() :].split(",")[0].rstrip()
            if (len(pointer) >= 2 and pointer[0] in _POINTING_WORDS and pointer[-1] in ORG_HEADS
                    and named[:1].isupper() and cut.re is _APPOSITION):
                # "Her union, the New York State Nurses Association,": the name the pointer stands for
                return self._resolve(Span.of(text_of(self.doc), mention.start + cut.end(), mention.start + cut.end() + len(named)))
            return self._resolve(Span.of(text_of(self.doc), mention.start, mention.start + cut.start()))
        around = [e.text for e in self.orgs if e.start_char <= mention.start and mention.end <= e.end_char]
        outlet = _OUTLET_PERSON.fullmatch(around[0] if around else mention.text.strip())
        if (outlet and outlet.group(2).split()[-1].lower() not in ORG_HEADS | CORPORATE_SUFFIXES
                and mention.text.strip() in outlet.group(0)):
            # "BlazeTV's Glenn Beck", all one organisation to the NER: the person (the outlet is the affiliation)
            return Resolved(self.fullest(outlet.group(2)))
        described = _DESCRIBED_NAME.match(mention.text)
        if described:
            # "the singer Jessa Thornquill", "the Chandrakol-based aid group Nirmal Dhara Relief Collective":
            # the name after the description, an organisation if the description's noun is one's
            named = self._resolve(Span.of(text_of(self.doc), mention.start + described.start(2), mention.end))
            is_org = named.is_org or described.group(1).lower() in ORG_HEADS | BUSINESS_HEADS
            return Resolved(named.name, is_org=is_org) if named.name else named
        issued = self._document_issuer(mention)
        if issued is not None:
            return issued
        plain = mention.text.strip()
        if _SHARE_OF_PEOPLE.match(plain):
            return Resolved(None)  # "Seventy-four percent of Democratic registered voters", "Nine in 10 Republicans"
        if _CAMEL_CASE.fullmatch(plain) and not any(plain in p.text.split() for p in self.persons):
            # "according to RealClearPolitics", which the parser reads as a plural common noun
            return Resolved(plain, is_org=True)
        if plain.lower().startswith("among ") or (
                re.match(r"(?:a|an)\s", plain, re.IGNORECASE)
                and all(w == w.lower() for w in re.findall(r"[^\W\d_]+", plain[2:]))):
            # "Among likely GOP primary voters, about two-thirds", "a crowd-sourced fundraising campaign",
            # "a small group of super-wealthy contributors": nobody the article names
            return Resolved(None)
        words_of = _WORDS_OF.fullmatch(mention.text.strip())
        if words_of and words_of.group(1)[:1].isupper():
            return self._resolve(Span.of(text_of(self.doc), mention.start, mention.start + len(words_of.group(1))))
        words = mention.text.split()
        lowered = mention.text.lower().strip()
        if lowered in ("i", "me") and not any(q.start <= mention.start < q.end for q in self._quotes):
            # "I" outside quotation marks is the writer: an op-ed's author, named in its closing
            # line ("Charlotte Meehan is playwright-in-residence at ..."), else nobody the text names
            return Resolved(self._author)
        if lowered in PERSON_PRONOUNS:
            return self._antecedent(mention.start, person=True, gender=PRONOUN_GENDER.get(lowered))
        if lowered in GROUP_PRONOUNS:
            return self._antecedent(mention.start, person=False)
        last = words[-1].lower() if words else ""
        if last.endswith("s") and last[:-1] in ROLE_HEADS and any(
                a <= mention.start < b for a, b in _headline_spans(text_of(self.doc))):
            return Resolved(None)  # "Black Lawmakers Rip ..." in a title-case headline: people, not a name
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        named_after = _name_after_title(span)
        if named_after is not None:
            # "Striker" of "Striker Erling Haaland, who scored twice, said": the tagger stopped at the title
            return self._resolve(Span.of(text_of(self.doc), mention.start, named_after))
        word = mention.text.strip()
        if word[:1].isupper() and " " not in word and len(self.fullest(word).split()) > 1:
            return Resolved(self.fullest(word))  # "Trump questions ..." in a headline, tagged as a common noun
        couple = _SHARED_SURNAME.match(mention.text)
        if couple and not any(name.split()[-1] == couple.group(1) for name in self._names):
            # "Patrice and Kiara Haines": two people, one surname (not "Trump and Hillary Clinton")
            first, second, surname = couple.groups()
            return Resolved(f"{first} {surname} and {second} {surname}")
        aged = _AGED_MENTION.fullmatch(lowered)
        if aged:
            # "the 52-year-old said": the person the article gave that age ("Ainsley, 52,")
            named = self._person_aged(aged.group(1), mention.start)
            if named:
                return Resolved(named)
        document = _DOCUMENT_MENTION.fullmatch(lowered)
        if document:
            issuer = self._issuer_of(document.group(1), mention.start)
            if issuer is not None:
                return issuer
        if lowered in RELATIVE_PRONOUNS:
            return self._relative_speaker(span, lowered)
        if span is not None and _nationality_epithet(span):
            # "the Spaniard told Sky Sports": the one person the last sentences name, else nobody (the NER
            # reads these as groups, organisations or, "the Briton", a person's name)
            return Resolved(self._only_person_before(span.start))
        people = self._entities_in(self.persons, mention)
        person = _head_person(span, people) if span is not None else (people[0] if people else None)
        if person is not None:
            # "Obama and Clinton said": both of them, as one speaker ("Barack Obama and Hillary Clinton")
            honorific = mention.text.split()[0].lower().rstrip(".") in HONORIFICS
            names = list(dict.fromkeys(self.fullest(_person_name(p.text), family_first=honorific)
                                       for p in self._listed_with(person, people)))
            if len(names) == 1 and corporate_name(names[0]):
                return Resolved(names[0], is_org=True)  # "Corvane Labs", which the NER took for a person
            return Resolved(names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
        if (span is not None and not people and span[0].lower_ in ("a", "an")
                and span.root.lemma_.lower() not in ORG_HEADS | _DOCUMENT_NOUNS
                and (span.root.text == span.root.lower_ or span.root.lower_ in ROLE_HEADS)):
            # "An employee in Brightwell's IT department, who spoke on condition of anonymity", "A senior
            # Rural Voice MP": one person the article does not name (what follows the noun is their
            # affiliation); not "A 2014 study that appeared in the X Journal", which speaks for X. A lede's
            # "A New York judge on Thursday rejected ..." is the person titled so just below ("Justice Frank
            # Nervo"; "New York" is no title)
            lede = mention.start < _LEDE_LENGTH and self._named_role_description(span, span.root)
            return Resolved(self._person_titled({span.root.lower_}, mention.end, ahead=_LEDE_REACH) if lede else None)
        if span is not None and span.root.lower_ == "police" and len(span) <= 3:
            # "police said", "Tulsa police said": the force, by the fullest name the article gives it
            from attribution.affiliation import organisation_with_word

            named = organisation_with_word(self.doc, "police")
            written = _clean_name(_strip_determiner(span.text))
            if (named is None or named.lower() == "police") and written.lower() == "police":
                return Resolved(None)  # "police said" with no force named: nobody named, like "officials"
            return Resolved(named or written, is_org=True)
        if span is not None and span.root.ent_type_ != "ORG" and span.root.lower_ not in _BODY_OF and (
                span.root.tag_ == "NNS" or (span.root.tag_ == "NNPS" and span.root.ent_type_ == "NORP")):
            # "Republicans", "Many Americans", "Small groups of protesters", "Obama's aides", "Twenty-seven
            # states led by West Virginia": people the article does not name (the spec's null), whatever
            # names stand inside the phrase; "the judges" are their court (below)
            return Resolved(None)
        if span is not None and span.root.pos_ == "PROPN" and (
                (people and not span.root.ent_type_)
                or (span.root.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP")
                    and any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_HEADS for c in span.root.children))
                or (not span.root.ent_type_ and span.root.i > span.start and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "with")
                    and any(g.ent_type_ == "ORG" for g in c.subtree) for c in span.root.children))):
            # A name the NER missed at the head ("Rendell, a Clinton surrogate"), or one with a job
            # in apposition ("Elif Sarac, a spokesperson for the UN refugee agency"), or one the NER
            # missed before "of" a body it found ("Capt. Ana Ruiz of the Tulsa Fire Department"): the
            # person, whatever the NER said (the agency is the affiliation)
            return Resolved(self._name_around(span.root, span))
        if span is not None and span.root.tag_ == "NN" and span.root.lower_ in ROLE_HEADS:
            named = [c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ not in ("GPE", "NORP") and c.lemma_.lower() not in ORG_HEADS]
            if named:
                # "Its chair, Councillor Brigid Hale,": the name in apposition, whatever the NER took it for
                return Resolved(self._name_around(named[0], span))
        if people and span is not None and span.root.tag_ == "NN" and span.root.lower_ in ROLE_HEADS:
            return Resolved(None)  # "A spokeswoman for Hillary Clinton": someone the article does not name
        if people and span is not None and span.root.pos_ in ("NOUN", "PROPN") and span.root.ent_type_ != "PERSON":
            # "The Clinton campaign", "Obama's aides": a group around a person, not the person.
            group = self.doc[max(span.start, span.root.left_edge.i) : span.root.i + 1].text
            return Resolved(_clean_name(_strip_determiner(group)), is_org=True)
        if (span is not None and not people and span.root.pos_ == "PROPN" and span.root.lower_ in TITLE_WORDS
                and not any(c.dep_ in ("compound", "flat", "appos") for c in span.root.children)):
            # "The Judge said", "Senator from Texas says": a capitalised title with no name (the
            # parser takes it for one) is the person the article introduced with it, or nobody
            # ("from Texas" is no speaker)
            after = [t for t in span[span.root.i - span.start + 1 :] if t.pos_ == "PROPN"]
            while after and (after[0].lower_ in PORTFOLIOS or after[0].ent_type_ in ("GPE", "ORG")):
                after.pop(0)
            if len(after) >= 2 and span[-1] == after[-1]:
                return Resolved(self.fullest(" ".join(t.text for t in after)))  # "Minister for Health Fionnuala Darcy"
            title = {t.lower_ for t in span[: span.root.i - span.start + 1] if t.pos_ != "DET"}
            return Resolved(self._person_titled(title, mention.start))
        proper = [t for t in span if t.pos_ == "PROPN"] if span is not None else []
        if proper:
            # A surname the document gives in full elsewhere is a person, whatever NER says.
            joined = self.doc[proper[0].i : proper[-1].i + 1]
            run = joined.text if all(t.pos_ == "PROPN" or t.text == "-" for t in joined) else " ".join(t.text for t in proper)
            fuller = self.fullest(_clean_name(run))
            if fuller != _clean_name(run) and len(fuller.split()) > len(_clean_name(run).split()):
                root = span.root
                if (root.pos_ == "NOUN" and root.lower_ not in ROLE_HEADS
                        and any(t.head == root and t.dep_ in ("compound", "poss") for t in proper)):
                    # "The Trump campaign", "the Trump team": a group named after the person
                    group = self.doc[max(span.start, root.left_edge.i) : root.i + 1].text
                    return Resolved(_clean_name(_strip_determiner(group)), is_org=True)
                return Resolved(fuller)
        orgs = self._entities_in(self.orgs, mention)
        head = span.root if span is not None else None
        if (head is not None and head.pos_ == "PROPN" and head.i > span.start
                and any(t.lower_ in ROLE_HEADS and (t.text == t.lower_ or t.is_sent_start or t.lower_ in TITLE_WORDS)
                        for t in span[: head.i - span.start])):
            # "White House spokesperson Tamsin Reyes", all one organisation to the NER: the person after
            # the role; not "the event organizer Alliance to Reclaim Our Schools", an organisation's name.
            # A role that opens the sentence has its capital from there ("Striker Erling Haaland said"), a
            # title has its own ("City Councilmember Nithya Raman")
            name = self.fullest(_person_name(self._name_around(head, span)))
            if len(name.split()) >= 2 and not any(w.lower() in ORG_HEADS for w in name.split()):
                return Resolved(name)
        if head is not None and not people:
            named = self._described_person(span, head)
            if named:
                return Resolved(named)
        if (head is not None and not people and (head.text == head.lower_ or head.is_sent_start or head.text.isupper())
                and _unnamed_people(head, ROLE_HEADS)):  # "the CEO" as "the chief executive"
            if head.tag_ == "NN" and span[0].lower_ == "the":
                # "the judge said": the person the article introduced as "Judge Patricia Vance"
                words = {t.lower_ for t in span[1 : head.i - span.start + 1]}
                titled = self._person_titled(words, mention.start)
                if titled:
                    return Resolved(titled)
            # "A senior official at the ministry", "officials at Northway Rail": people the article
            # does not name; the organisation is their affiliation (attribution.affiliation), not
            # the speaker.
            return Resolved(None)
        head_lemma = head.lemma_.lower() if head is not None else ""
        body = _BODY_OF.get(head.lower_) if head is not None and len(span) == 2 and span[0].lower_ == "the" else None
        if body:
            # "the regulator said" (one body; "regulators said" names nobody), "the judges said" (a
            # judgment speaks for its court): the body of that kind named before
            from attribution.affiliation import organisation_named_before

            named = organisation_named_before(self.doc, span.start, head=body)
            if named:
                return Resolved(named, is_org=True)
        # "Mr Albanese", which the NER may call a nationality or an organisation: an honorific makes a person
        honoured = head is not None and any(t.lower_.rstrip(".") in HONORIFICS for t in span if t.i < head.i)
        if (orgs and not honoured) or head_lemma in ORG_HEADS:
            if head_lemma in ORG_HEADS and all(_describes_where_or_how(t) for t in proper):
                pointed = self._pointed_organisation(span, head, mention.start)
                if pointed is not None:
                    return pointed
            # "the union, which represents most of the staff," names "union", not the clause, nor
            # the description after a comma
            name = _APPOSITION.split(_RELATIVE_CLAUSE.split(mention.text)[0])[0].strip(" ,")
            from attribution.affiliation import fullest_organisation

            return Resolved(fullest_organisation(self.doc, _clean_name(_strip_determiner(name))), is_org=True)
        if proper and head is not None and head.pos_ == "PROPN":
            # The run of proper nouns around the head: "Mayor Ana Ruiz (of Port Calder)"; an organisation
            # where the NER missed this mention but named it elsewhere ("Tollgate Waste Solutions said")
            name = self._name_around(head, span)
            # one word the article never gives a first name, nor the NER a person ("Politifact rated"):
            # an organisation (a person is introduced by full name), unless an honorific stands before
            # it ("Mr Albanese")
            lone = " " not in name and not honoured and not any(name in p.text.split() for p in self.persons)
            if lone and name.isupper() and _TRANSCRIPT_LABEL.match(text_of(self.doc), mention.start):
                return Resolved(name)  # "PENCE: Well, Chris, ...": a transcript's speaker label is a person
            return Resolved(name, is_org=lone or named_as_organisation(self.doc, name))
        # A generic mention ("officials", "the spokesman"): an earlier speaker whose
        # role matched would need the role here; otherwise nobody is named.
        if len(words) <= 3:
            for _, earlier in reversed(self.history[-3:]):
                if earlier.name and head_lemma and head_lemma in (earlier.name.lower()):
                    return earlier
        return Resolved(None)

    def _document_issuer(self, mention: Span) -> Resolved | None:
        """"A USA TODAY analysis of ... shows", "The IMF report stated", "a 46-page analysis released by
        the Department of Veterans Affairs found": a document speaks for whoever the mention says
        issued it (names before the noun, else the agent after "by"); None when it names nobody."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        in_headline = span is not None and any(a <= mention.start < b for a, b in self._headlines)
        if span is None or span.root.lower_ not in _DOCUMENT_NOUNS and span.root.lemma_.lower() not in _DOCUMENT_NOUNS:
            return None
        if span.root.pos_ != "NOUN" and not in_headline:
            return None  # "Poll" inside a name; a headline's capitals make any noun look like one
        root = span.root
        noun = root.lemma_.lower() if root.pos_ == "NOUN" else root.lower_
        issuer = self._issuer_in_phrase(span, root, in_headline)
        if issuer is not None:
            self._issuers[noun] = issuer
            return issuer
        if span[0].lower_ in ("the", "this", "that") and not any(t.pos_ == "PROPN" for t in span):
            # "the poll" after "A Reuters/Ipsos poll showed"; "The ad" after "X released a new ad"; "The
            # report says" after a clause that named one ("According to a report released by X, ...")
            return (self._issuers.get(noun) or self._issuing_organisation(noun, span.start)
                    or self._issuer_behind(noun, span.start))
        if span[0].lower_ in ("a", "an") or in_headline:
            # "A new poll shows ..." (or the headline "New Poll Shows ..."), then "The latest Reuters/Ipsos
            # opinion poll released Friday": the poll the next sentences name an issuer for
            return self._issuer_ahead(noun, span.end)
        return None

    def _issuer_in_phrase(self, span, root, in_headline: bool = False) -> Resolved | None:
        """The issuer a document's own phrase names: the run of names before its noun, else the agent of
        "by" / "from"; None when it names nobody."""
        # the run of names just before the noun: "Bergen County land records", "USA TODAY's reporting",
        # "July's Washington Post/ABC News polling" (a date is no issuer; nor a headline's "New")
        before = _last_run([t for t in span if t.i < root.i and t.ent_type_ not in ("DATE", "TIME") and not in_headline
                            and (t.pos_ == "PROPN" or (t.text == "/" and t.i > span.start))])
        if before and all(t.ent_type_ != "PERSON" for t in before):
            joined = self.doc[before[0].i : before[-1].i + 1]
            if all(t.pos_ == "PROPN" or t.text == "/" for t in joined):
                return Resolved(_clean_name(joined.text), is_org=True)
        # "a poll released by X", "a study by X", "a statement from X"
        agents = [t for t in root.subtree if (t.lower_ == "by" and t.head.dep_ == "acl" and t.head.head == root)
                  or (t.lower_ in ("from", "by") and t.head == root)]
        # deeper in the mention, an organisation the NER knows: "The ad, part of a $1 million buy from X,"
        agents += [t for t in span if t.lower_ in ("from", "by") and t not in agents
                   and any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in t.children)]
        for agent in agents:
            names = [t for t in agent.subtree if t.pos_ == "PROPN"]
            if names:
                from attribution.affiliation import fullest_organisation

                objects = [c.i + 1 for c in agent.children if c.dep_ == "pobj"]
                # to the object's head: "from the national statistics office", not "national statistics"
                end = max([end_past_of(self.doc, names[-1].i + 1), *objects])
                # two issuers ("by Harvard and the University of California"): the first, as readers name it
                joined = [c.i for o in agent.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "cc"]
                # from where the NER's name starts: "Our Principles PAC", whose "Our" is no proper noun
                first = min([names[0].i, *(e.start for e in self.orgs if e.start <= names[0].i < e.end)])
                first += self.doc[first].lower_ in ("the", "a", "an")
                phrase = self.doc[first : min([end, *joined])]
                person = next((e for e in self.doc.ents if e.label_ == "PERSON" and e.start <= names[0].i < e.end), None)
                if person is not None:
                    # "a study by economists Paul Dorner and ...", "a report by Gail Morrow of the X Institute":
                    # the author is a person, who speaks for a body only where the text names one
                    return Resolved(self.fullest(_clean_name(person.text)))
                return Resolved(fullest_organisation(self.doc, _clean_name(phrase.text)), is_org=True)
        return None

    def _issuer_behind(self, noun: str, before: int) -> Resolved | None:
        """The issuer of the nearest earlier document of that kind that names one, wherever it stands
        ("According to a report released last month by the Larchmere Institute, ..." is no attribution of
        the tagger's, yet "The report says" is the institute's); None when none does."""
        kinds = _DOCUMENT_KINDS.get(noun, {noun})
        for token in reversed(self.doc[: self.doc[before].sent.start]):
            if token.pos_ == "NOUN" and token.lemma_.lower() in kinds:
                phrase = self.doc[token.left_edge.i : token.right_edge.i + 1]
                issuer = self._issuer_in_phrase(phrase, token)
                if issuer is not None:
                    return issuer
        return None

    def _issuer_ahead(self, noun: str, after: int) -> Resolved | None:
        """The issuer named with a document of that kind in one of the next few sentences ("The latest
        Reuters/Ipsos opinion poll"), or None."""
        last = self.doc[min(after, len(self.doc) - 1)].sent.end
        for _ in range(_ISSUER_SENTENCES_BACK):
            if last >= len(self.doc):
                break
            last = self.doc[last].sent.end
        for token in self.doc[after:last]:
            if token.lemma_.lower() not in _DOCUMENT_KINDS.get(noun, {noun}) or token.pos_ != "NOUN":
                continue
            # "Reuters/Ipsos" in "The latest Reuters/Ipsos opinion poll"; "The survey, conducted by X"
            issuer = self._issuer_in_phrase(self.doc[token.left_edge.i : token.right_edge.i + 1], token)
            if issuer is not None:
                return issuer
        return None

    def _issuing_organisation(self, noun: str, before: int) -> Resolved | None:
        """The organisation a recent sentence says put out such a document ("Fox News issued a statement
        on Tuesday"), when the document's own mention names nobody; None when none did."""
        from attribution.affiliation import _sentences_back

        first, span_start = _sentences_back(self.doc, before, _ISSUER_SENTENCES_BACK), self.doc[before].sent.start
        for verb in reversed([t for t in self.doc[first:span_start] if t.lemma_.lower() in _ISSUING_VERBS and t.pos_ == "VERB"]):
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in (noun, "statement", "release")]
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"]
            if objects and subjects:
                from attribution.affiliation import fullest_organisation

                name = self.doc[subjects[0].left_edge.i : subjects[0].i + 1]
                words = _clean_name(_strip_determiner(name.text))
                return Resolved(fullest_organisation(self.doc, words), is_org=True)
        return None

    def _issuer_of(self, noun: str, before: int) -> Resolved | None:
        """"the statement said": whoever spoke last in a sentence naming such a statement ("said in a
        joint statement", "In its final report, the board found"); None when no one did."""
        for position, earlier in reversed(self.history):
            if position >= before or not earlier.name:
                continue
            at = self.doc.char_span(position, position + 1, alignment_mode="expand")
            if at is not None and re.search(rf"\b{noun}\b", at.sent.text, re.IGNORECASE):
                return earlier
        if noun in ("statement", "release"):
            # "Fox News confirmed that Kelly met with Trump. According to the statement, ...": what an
            # organisation that spoke in the sentence before put out
            from attribution.affiliation import _sentences_back

            at = next((t.i for t in self.doc if t.idx >= before), len(self.doc) - 1)
            first = self.doc[_sentences_back(self.doc, at, 1)].idx
            recent = [(position, earlier) for position, earlier in self.history if first <= position < before]
            if recent and recent[-1][1].is_org and recent[-1][1].name:
                return recent[-1][1]
        return None

    def _relative_speaker(self, span, pronoun: str) -> Resolved:
        """"Obama, who said ...": the noun the relative clause hangs on; a person for "who", an
        organisation for "which"/"that", else nobody (a clause on a book or a programme, "his radio
        show, which ...", is a misparse)."""
        antecedent = _relative_antecedent(span)
        found = self._resolve(antecedent) if antecedent is not None else Resolved(None)
        phrase = self.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand") if antecedent else None
        if phrase is not None and pronoun in ("which", "that") and phrase.root.dep_ == "appos" and (
                phrase.root.head.pos_ == "PROPN" and phrase.root.lemma_.lower() in ORG_HEADS | BUSINESS_HEADS | {"pac"}):
            # "Future45, a super PAC that intends to ...": the organisation the description is of
            return Resolved(self.fullest(_clean_name(_name_span(phrase.root.head).text)), is_org=True)
        if phrase is not None and pronoun == "who" and phrase.root.dep_ == "attr":
            # "Angela Corey is the Republican state attorney who charged ...": the one the sentence says it of
            subjects = [c for c in phrase.root.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            if subjects:
                return self._resolve(_name_span(subjects[0]))
        place = antecedent is not None and self._is_place(antecedent)
        if pronoun in ("who", "whom") and (found.is_org or not found.name or place) and antecedent is not None:
            # "Mira Sand, an economist at Northbridge Bank, who said": the person the
            # appositive describes, not the bank
            person = _described_person(self.doc.char_span(antecedent.start, antecedent.end, alignment_mode="expand"))
            if person is not None:
                found = self._resolve(person)
            elif place:
                return Resolved(None)
        if pronoun in ("who", "whom") and (found.is_org or found.name not in self._person_names) and span is not None:
            # "state Rep. Lorna Vasquez-Tate, a Democrat from Kessling, who said", "Sen. Marisol Ortega,
            # D-Eastfield, who": the person named before the appositives
            named = self._person_before_appositives(span[0])
            if named is not None:
                found = named
        if not found.name or found.is_org != (pronoun not in ("who", "whom")):
            return Resolved(None)
        if found.is_org and not self._names_organisation(antecedent):
            return Resolved(None)  # "Jared Diamond's best seller, which explored ..."
        return found

    def _person_aged(self, age: str, before: int) -> str | None:
        """The person named last before ``before`` with ``age`` set off after the name ("Stuart
        Ainsley, 52," or "Ainsley, 52,"), by the fullest name."""
        text = text_of(self.doc)
        found = None
        for match in re.finditer(rf"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*), {age}\b", text[:before]):
            found = match.group(1)
        return self.fullest(_person_name(found)) if found else None

    def _person_before_appositives(self, pronoun) -> Resolved | None:
        """The person named last before ``pronoun`` in its sentence and set off by a comma, with only
        comma-set phrases (no finite verb, at most three commas) between them: "Nadia Brookes, the
        Democrat hoping to unseat Whitcomb next year, who" is Brookes."""
        sentence = pronoun.sent
        people = [p for p in self.persons if sentence.start <= p.start and p.end < pronoun.i
                  and self.doc[p.end].text == ","]
        if not people:
            return None
        between = self.doc[people[-1].end : pronoun.i]
        if sum(t.text == "," for t in between) > 3 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in between):
            return None
        name = self.fullest(_person_name(people[-1].text))
        return Resolved(name) if name else None

    def _pointed_organisation(self, span, head, start: int) -> Resolved | None:
        """"the ministry", "the company": the organisation that spoke before, if one matches, else the
        one the article named that this noun points back to ("the company" -> "Lumera Systems Inc."),
        else the one that just spoke or the one the story opens with; None when none fits."""
        from attribution.affiliation import organisation_named_before

        head_lemma = head.lemma_.lower()
        comma = next((t.i for t in span if t.text == ","), None) if span is not None else None
        if comma is not None and comma > head.i:
            span = self.doc[span.start : comma]  # "The alliance, which includes ...": the noun phrase
        modifiers = {t.lower_ for t in span if t.i != head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")
                     and not _describes_where_or_how(t)} if span is not None else set()
        for _, earlier in reversed(self.history):
            # "the Saudi government" is not the "United States government" that spoke before
            if (earlier.name and earlier.is_org and head_lemma in earlier.name.lower()
                    and modifiers <= set(earlier.name.lower().split())):
                return earlier
        # "the board of elections": a noun phrase after "of" is one more word of the name
        of_nouns = span is not None and head.i + 2 < span.end and self.doc[head.i + 1].lower_ == "of" and all(
            t.pos_ in ("NOUN", "PROPN") for t in self.doc[head.i + 2 : span.end])
        naming = [t for t in span if not (_describes_where_or_how(t) or t.text in (",", "-"))] if span is not None else []
        if span is not None and (len(naming) <= 3 or of_nouns) and span[0].lower_ in ("the", "this", "that"):
            named = organisation_named_before(self.doc, span.start, head=head.lower_)
            if named and modifiers <= set(named.lower().split()):
                return Resolved(named, is_org=True)
            last_speaker = self.history[-1][1] if self.history else None
            if (head_lemma in BUSINESS_HEADS and not modifiers and last_speaker is not None
                    and last_speaker.is_org and last_speaker.name and len(last_speaker.name.split()) > 1
                    and all(w[:1].isupper() for w in last_speaker.name.split())
                    and last_speaker.name not in self._person_names
                    and (last_speaker.name.split()[-1].lower() not in ORG_HEADS - {head_lemma}
                         or head_lemma in _ANY_ORGANISATION)):
                # "Northgate Pictures ... said. The company added ..."; any organisation is "the group"
                return last_speaker
            if head_lemma in BUSINESS_HEADS and not modifiers:
                lede = lede_organisation(self.doc, head_lemma, start)
                if lede:
                    return Resolved(lede, is_org=True)
        return None

    def _listed_with(self, person: SpacySpan, people: list[SpacySpan]) -> list[SpacySpan]:
        """The people listed together with ``person`` in one mention, in text order ("Mr. King and
        Mr. Schultz", "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez"),
        read from the words between the names: the parser often hangs such lists together wrongly.
        A list ends in "and"; "for Pagliano, Mark MacDougall" is a name in apposition, not a list."""
        chain: list[SpacySpan] = []
        glue: list[str] = []
        for other in sorted(people, key=lambda p: p.start):
            between = self.doc[chain[-1].end : other.start].text if chain else ""
            if chain and not (_LIST_GLUE.fullmatch(between) and re.search(r",|\band\b", between)):
                if person in chain:
                    break
                chain, glue = [], []
            if chain:
                glue.append(between)
            chain.append(other)
        if person not in chain or len(chain) < 2 or not re.search(r"\band\b", glue[-1]):
            return [person]
        ends = [i for i, g in enumerate(glue) if re.search(r"\band\b", g)]
        return chain[: ends[0] + 2] if person in chain[: ends[0] + 2] else [person]

    def _is_place(self, mention: Span) -> bool:
        """"Linden Road", "Easton Falls" after "of": a place, which no "who" stands for."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        preposition = span.root.head if span.root.dep_ == "pobj" else None
        # "Maureen Tate, 71, of Linden Road": "of" hangs on a name or an age; "the rise of Donald Trump" does not
        return span.root.ent_type_ in ("GPE", "LOC", "FAC") or (
            preposition is not None and preposition.lower_ in ("of", "from", "in")
            and (preposition.head.pos_ == "PROPN" or preposition.head.like_num))

    def _names_organisation(self, mention: Span) -> bool:
        """An organisation by name or by its head noun ("the Saudi government")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and (span.root.ent_type_ in ("ORG", "GPE", "NORP")
                                     or span.root.lemma_.lower() in ORG_HEADS)

    def _name_around(self, head, span) -> str:
        """The fullest name for the run of proper nouns that ends at ``head`` inside ``span``."""
        run = [head]
        while run[0].i > span.start:
            prev = self.doc[run[0].i - 1]
            if prev.text == "-" and not prev.whitespace_ and prev.i > span.start and not self.doc[prev.i - 1].whitespace_:
                run[:0] = [self.doc[prev.i - 1], prev]  # "Jean-Marc Ayrault"
            elif _name_part(prev, run):
                run.insert(0, prev)
            else:
                break
        run = _without_portfolio(run)
        if head.tag_ == "NNPS" or head.lower_ in ORG_HEADS:
            # "The Friends of Brennan Park", "the Bank of Ardesia": an organisation's name runs on past
            # "of" (a person's does not: "Mayor Ana Ruiz of Port Calder")
            run = run + list(self.doc[head.i + 1 : end_past_of(self.doc, head.i + 1, span.end)])
        words = "".join(t.text_with_ws for t in run).strip()
        return self.fullest(_clean_name(words))

    def _only_person_before(self, token: int, sentences: int = 2) -> str | None:
        """The one person named outside quotation marks in the ``sentences`` sentences before ``token``
        and its own sentence up to it; None when there are none or several."""
        starts = [s.start for s in self.doc.sents if s.start <= token]
        first = starts[-sentences - 1] if len(starts) > sentences else 0
        named = {self.fullest(_person_name(e.text)) for e in self._pronoun_targets[True] if first <= e.start and e.end <= token}
        return named.pop() if len(named) == 1 else None

    def _described_person(self, span, head) -> str | None:
        """"The Republican presidential nominee has wondered", "the Vermont senator acknowledged", "the
        Porthmoor manager said": the person introduced with that title, else, as news copy varies a name
        it just used, whom "he" or "she" would mean here; None for a phrase that is no such description."""
        if not self._job_description(span, head):
            return None
        named = self._person_titled(_title_words(span[1:]), span.start_char)
        if named is None:
            elected = _elected_description(span, head)
            guess = self._antecedent(span.start_char, person=True).name
            named_before = self._persons_in_sentence(span, span.start_char)
            others = {self.fullest(_clean_name(e.text)) for e in named_before} - {guess}
            # "Sanders offered advice to Hillary Clinton, as the Democratic nominee looks to ...":
            # with someone else just named, the guess is a coin toss; name nobody
            # for a job other than an elected office, only someone named in this paragraph or the one
            # before, and not where the article brought in an unnamed holder of the job
            plausible = elected or (self._named_lately(guess, span.start_char)
                                    and not self._introduced_unnamed(head, span.start_char))
            named = guess if not others and plausible else None
        if named is None:
            # a lede's "the governor of the Drelsk region said", the name in the paragraphs after
            job = _title_words(span[1 : head.i - span.start + 1])
            named = self._person_titled(job, span.end_char, ahead=_LEDE_REACH)
        return named

    def _job_description(self, span, head) -> bool:
        """"the Vermont senator", "the Porthmoor manager", "The dean of Columbia's journalism school": an
        office or a job, with "the", no name and no owner ("the candidate's former doctor" is someone else)."""
        if span[0].lower_ != "the":
            return False
        if not (_elected_description(span, head) or self._named_role_description(span, head)):
            return False
        return not any(t.tag_ == "POS" and not any(u.lower_ == "of" for u in span[: t.i - span.start]) for t in span)

    def _named_lately(self, name: str | None, before: int) -> bool:
        """Some word of ``name`` stands in the paragraph that holds ``before`` or in the one before it."""
        if not name:
            return False
        text = text_of(self.doc)
        window = text[_paragraph_start(text, len(text[: _paragraph_start(text, before)].rstrip())) : before]
        return any(re.search(rf"\b{re.escape(word)}\b", window) for word in name.split() if word[:1].isupper())

    def _named_role_description(self, span, head) -> bool:
        """"the Porthmoor manager", "the defender", "the lead researcher": one person by a job news copy
        gives someone it names, just before or just after. Not a job whose holders often go unnamed
        ("the spokesman", "the official")."""
        from attribution.affiliation import ROLE_HEADS

        word = head.lower_
        if head.tag_ != "NN" or word not in ROLE_HEADS or word in _OFTEN_UNNAMED:
            return False
        return not any(t.ent_type_ == "PERSON" for t in span)

    def _introduced_unnamed(self, head, before: int) -> bool:
        """The article brought in someone by that job with no name before ``before`` ("a defender who asked
        not to be named", "A New York judge on Thursday rejected"): "the defender" may be them, named or not."""
        unnamed = re.compile(rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head.lower_)}\b", re.I)
        return unnamed.search(text_of(self.doc), 0, before) is not None

    def _name_places(self) -> dict[str, list[tuple[int, int, SpacySpan]]]:
        """Each name's places in the text, in order: ``_person_titled`` is asked once per description."""
        if self._places is None:
            text = text_of(self.doc)
            self._places = {}
            for name in self._names:
                found = ((m.start(), m.end(), self.doc.char_span(m.start(), m.end(), alignment_mode="expand"))
                         for m in re.finditer(r"\b" + re.escape(name) + r"\b", text))
                self._places[name] = [place for place in found if place[2] is not None]
        return self._places

    def _titled_in_full(self, name: str, role: set[str]) -> str:
        """A one-word ``name`` titled with ``role`` in full ("President Obama": "Barack Obama") where the full name
        carries that title somewhere too; else as written: the only fuller "Obama" may be his wife."""
        full = self.fullest(name)
        if full == name:
            return name
        if any(role <= self._title_words_at(span, end, one_word=False) for _, end, span in self._name_places().get(full, [])):
            return full
        return name

    def _person_titled(self, role: set[str], before: int, ahead: int = 0) -> str | None:
        """The person named nearest before ``before`` with every word of ``role`` in a title, an
        appositive or a role phrase before the name ("Judge Patricia Vance", "Tobias Wren, the
        education minister,", "The UN special envoy for the valley, Joaquim Rezende,"): all the
        words, so "the Republican nominee" is not the Democratic one. A one-word name only by a
        title in front ("President Obama"). With ``ahead``,
        the first such person named in the ``ahead`` characters after ``before`` instead: a lede's
        "the governor of the Drelsk region said" before "Governor Bohdan Merezhko" is introduced."""
        lo, hi = (before, before + ahead) if ahead else (0, before)
        best: tuple[int, str] | None = None
        for name, found in self._name_places().items():
            one_word = " " not in name
            for start, end, span in found[bisect.bisect_left(found, (lo,)) :]:
                if end > hi:
                    break
                if best is not None and (start > best[0] if ahead else start < best[0]):
                    continue
                # looking back, only words before the mention: after "On “The Steve Harvey Morning Show,” the
                # Democratic nominee said" the show's seeming appositive is the mention itself
                if role <= self._title_words_at(span, end, one_word, None if ahead else before):
                    best = (start, self._titled_in_full(name, role) if one_word else name)
        return best[1] if best else None

    def _title_words_at(self, span, end: int, one_word: bool, before: int | None = None) -> set[str]:
        """The words that describe the person named at ``span`` (``end``: where the name ends in the text): a
        title in front, an appositive or a role phrase before it ("The UN special envoy ..., Joaquim Rezende,"),
        abbreviations read in full, the state of a party tag; only those before ``before`` when given. A
        one-word name only by a capitalised title in front ("President Obama"): beside a comma it is as often
        a place ("in Chelsea, the mayor said")."""
        from attribution.affiliation import _appositive_after, _role_phrase_before, _title_before

        title = _title_before(self.doc, span.start)
        if one_word and not any(t.text[:1].isupper() for t in title):
            return set()
        described = title if one_word else (title + _appositive_after(self.doc, span.end)
                                            + _role_phrase_before(self.doc, span.start))
        around = {t.lower_ for t in described if before is None or t.idx < before}
        around |= {TITLE_ABBREVIATIONS[w] for w in around if w in TITLE_ABBREVIATIONS}  # "Sen." is "the senator"
        around |= {same for w in around for same in _SAME_WORDS.get(w, ())}  # "Rep." is "the congressman"
        around |= {short for words, short in _SHORT_TITLES.items() if words <= around}  # "the CEO"
        tag = PARTY_TAG.match(text_of(self.doc), end)
        state = tag and (_STATE_NAMES.get(tag.group(2).lower()) or _STATE_NAMES.get(tag.group(2).lower() + "."))
        if state:
            around |= _PARTY_LETTERS[tag.group(1)] | set(state.lower().split())
        return around

    def party_descriptions(self) -> dict[str, tuple[str, str | None]]:
        """Person (fullest name) -> (party word, description) from descriptions anywhere in the text ("knows
        Donald Trump in a way few other Americans know the Republican presidential candidate"): the person
        introduced with those words, else the last person named before it in its sentence; the first
        description of each person wins. Else (party word, None) from the party's contest they run in
        (``_contest_parties``)."""
        found: dict[str, tuple[str, str | None]] = {}
        for m in _PARTY_DESCRIPTION.finditer(text_of(self.doc)):
            words = {w.lower() for w in m.group(1).split()} - {"presumptive", "presumed", "likely", "eventual", "current"}
            named = self._person_titled(words, m.start())
            if named is None:
                at = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
                before = self._persons_in_sentence(at, m.start()) if at is not None else []
                between = self.doc[before[-1].end : at.start] if before else []
                # not "Matt Lauer, who took heat for his questioning of the Republican candidate": the
                # person described is someone that one spoke of
                named = (self.fullest(_person_name(before[-1].text))
                         if before and not any(t.lower_ in ("his", "her", "who") for t in between) else None)
            if named and named not in found:
                found[named] = (m.group(2) or m.group(3), m.group(1))
        for name, party in self._contest_parties().items():
            found.setdefault(name, (party, None))
        return found

    def _contest_parties(self) -> dict[str, str]:
        """Person -> party word, from a party's contest in a sentence whose subject they are and that names no
        one else, outside quotation marks ("At the Democrat debate Wednesday night, Clinton blamed ..."), where
        every such sentence about them names the same party (not "Trump attacked Clinton before the
        Democratic convention": Clinton is named too), and not a contest others run in ("Davis was critical
        of all the candidates seeking the GOP nomination")."""
        text = text_of(self.doc)
        votes: dict[str, set[str]] = {}
        for m in _PARTY_CONTEST.finditer(text):
            at = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if at is None or self._quoted(m.start()) or _among_others(at.root):
                continue
            named = self._persons_in_sentence(at)
            people = {self.fullest(_clean_name(e.text)) for e in named}
            subjects = [e for e in named if e.root.dep_ in ("nsubj", "nsubjpass") and not self._quoted(e.start_char)]
            if len(people) == 1 and subjects:
                party = {"Democrat": "Democratic", "GOP": "Republican"}.get(m.group(1), m.group(1))
                votes.setdefault(people.pop(), set()).add(party)
        return {name: parties.pop() for name, parties in votes.items() if len(parties) == 1}

    def role_descriptions(self) -> dict[str, list]:
        """Person (fullest name) -> the tokens of the first job the article gives them with "the" and no name
        outside quotation marks ("Sanders suggests the former secretary of state is a captive of ...", "calling
        the race for the Vermont senator"): news copy varies a name with the job, so it is the role of a
        speaker whom no title or appositive describes. Read once every statement is resolved."""
        found: dict[str, list] = {}
        # the job words first, found by one regular expression, their noun phrases after: spaCy's
        # noun_chunks builds a span for every noun phrase of the text, which cost more than the rest
        for m in _job_words().finditer(text_of(self.doc)):
            at = self.doc.char_span(m.start(), m.end())
            head = at[0] if at is not None and len(at) == 1 else None
            if head is None or head.pos_ not in ("NOUN", "PROPN"):
                continue
            chunk = self.doc[head.left_edge.i : head.i + 1]
            if chunk[0].lower_ != "the":
                continue
            if (self._quoted(chunk.start_char) or any(t.ent_type_ == "PERSON" for t in chunk)
                    or any(c.dep_ == "appos" for c in head.children)  # "the senator, Bernie Sanders,": a title
                    or any(t.lower_ in _NOT_ONE_JOB for t in chunk) or not self._job_description(chunk, head)):
                continue
            named = self._person_titled(_title_words(chunk[1:]), chunk.start_char) or self._named_just_before(chunk)
            if named and named not in found:
                # "the former secretary of state", "the senator from Vermont": what follows the job belongs to it
                after = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at")
                         and len(list(c.subtree)) <= 6]
                end = max([chunk.end] + [c.right_edge.i + 1 for c in after])
                found[named] = list(self.doc[chunk.start : end])
        return found

    def _persons_in_sentence(self, span, before: int | None = None) -> list[SpacySpan]:
        """The people named in ``span``'s sentence; with ``before``, those ending by that offset."""
        sentence = span.sent
        return [e for e in self.persons if sentence.start_char <= e.start_char < sentence.end_char
                and (before is None or e.end_char <= before)]

    def _named_just_before(self, span) -> str | None:
        """The one person named in ``span``'s sentence before it ("NBC News calling the race for the Vermont
        senator" after "Bernie Sanders was projected as the winner"; "Dr. Connie Mariano, who ... was the White
        House physician"), unless a possessive between points to someone else ("Matt Lauer, who took heat for
        his questioning of the Republican candidate")."""
        before = self._persons_in_sentence(span, span.start_char)
        names = {self.fullest(_clean_name(e.text)) for e in before}
        if len(names) != 1 or any(t.lower_ in ("his", "her", "whose") for t in self.doc[before[-1].end : span.start]):
            return None
        return names.pop()

    def genders(self) -> dict[str, str]:
        """Person (fullest name) -> "m" or "f", from what the article itself says beside the name:
        an honorific or a gendered noun ("Ms. Reyes", "Patrice Haines, the clerk's widow"), else
        from a first name that is given to one sex almost always (``first_name_genders``). Names
        with neither are left out. Not "X said she ...": on our dev articles that "she" was as
        often someone X spoke about ("Voss said ... he has had eight years")."""
        if self._genders is None:
            from attribution.affiliation import _appositive_after, _title_before

            votes: dict[str, dict[str, int]] = {}
            for ent in self.persons:
                name = self.fullest(_clean_name(ent.text))
                tally = votes.setdefault(name, {"m": 0, "f": 0})
                for token in [*_title_before(self.doc, ent.start), *_appositive_after(self.doc, ent.end)]:
                    if token.lower_ in _GENDERED_WORDS:
                        tally[_GENDERED_WORDS[token.lower_]] += 1
            self._genders = {n: ("m" if t["m"] > t["f"] else "f") for n, t in votes.items() if t["m"] != t["f"]}
            unknown = [n for n in votes if n not in self._genders]
            self._genders.update((n, g) for n, g in zip(unknown, first_name_genders(unknown)) if g)
        return self._genders

    def _agrees(self, name: str | None, gender: str | None) -> bool:
        return gender is None or name is None or self.genders().get(name, gender) == gender

    def _quoted(self, offset: int) -> bool:
        """``offset`` stands inside quotation marks."""
        at = bisect.bisect_right(self._quote_starts, offset) - 1
        return at >= 0 and offset < self._quotes[at].end

    def _antecedent(self, offset: int, person: bool, gender: str | None = None) -> Resolved:
        # Prefer whoever spoke last (news copy keeps one speaker per run of paragraphs),
        # then the last person (or organisation) named as a subject, then any last one;
        # never someone the article calls "she" for "he" (``genders``).
        before = [e for e in self._pronoun_targets[person] if e.end_char <= offset and offset - e.end_char <= _MAX_PRONOUN_REACH
                  and (not person or self._agrees(self.fullest(_clean_name(e.text)), gender))]
        subjects = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass")]
        for position, earlier in reversed(self.history):
            if offset - position > _MAX_PRONOUN_REACH:
                break
            if (earlier.name and earlier.is_org != person and (not person or self._agrees(earlier.name, gender))
                    and not (gender and " and " in earlier.name)):  # "she" is not "Martin Pryce and Alison Keane"
                # Someone newer named as a subject in the sentence before wins ("Aasen
                # arrived on Friday. He said ..."), else whoever spoke last.
                if subjects and subjects[-1].start_char > position:
                    sent_gap = self.doc.char_span(subjects[-1].start_char, offset, alignment_mode="expand")
                    same_paragraph = "\n" not in text_of(self.doc)[subjects[-1].end_char : offset]
                    # or the subject of the paragraph's first sentence ("Obama departs the UK today, where ... \n\n
                    # But he leaves behind ..."): a paragraph that opens on someone new has moved to them
                    opening = subjects[-1].sent
                    text = text_of(self.doc)
                    opens_paragraph = (subjects[-1].root.head == opening.root
                                       and not text[_paragraph_start(text, opening.start_char) : opening.start_char].strip())
                    if sent_gap is not None and (same_paragraph or opens_paragraph or len(list(sent_gap.sents)) <= 2):
                        newer = _clean_name(subjects[-1].text)
                        return Resolved(self.fullest(newer) if person else newer, is_org=not person)
                return earlier
        for pool in (subjects, before):
            if pool:
                name = _clean_name(pool[-1].text)
                return Resolved(self.fullest(name) if person else name, is_org=not person)
        return Resolved(None)
