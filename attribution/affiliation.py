"""Affiliation and role: whom a speaker speaks for, and as what.

News copy introduces a speaker once with a title or an appositive and then
uses the surname, so the speaker's whole document is read, not only the
mention beside the cue:

- a title in front: "Pentagon Press Secretary John Kirby" -> Pentagon / Press Secretary;
- an appositive behind: "Yahya Rasool, Iraq's defence ministry spokesperson" ->
  Iraq's defence ministry / spokesperson; "Lise Dahl, a spokeswoman for Norvik
  Energy" -> Norvik Energy / spokeswoman;
- a role phrase in front with a comma: "a spokeswoman for Norvik Energy, Lise Dahl";
- "Mayor Ana Ruiz of Port Calder" -> Port Calder / Mayor;
- "Irina Vos, who heads the Tenants Association" -> Tenants Association / head;
- a speaker the article does not name still speaks for someone: "A spokeswoman for the
  Port Authority said" -> no speaker, Port Authority / spokeswoman (``unnamed_speaker_affiliation``).
An organisation speaking for itself is its own affiliation; a minister with no body named
speaks for the "government".

The spec wants the organisation "as the document names it at its fullest", and news
copy names it once and then points back: "Its chief executive, Bernard Achterberg",
"Jonas Wikström, the union's regional organiser". A possessive pronoun takes the
nearest organisation named before it; a bare common noun ("union", "association")
takes the nearest earlier name ending in that noun ("the United Process Workers union").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from attribution.sentences import text_of
from attribution.speakers import (BUSINESS_HEADS, HONORIFICS, ORG_HEADS, PARTY_TAG, PORTFOLIOS, TITLE_ABBREVIATIONS, TITLE_WORDS, headline_spans,
                                  POSSESSIVE, corporate_name, end_past_of, lede_organisation,
                                  named_as_organisation)

# People in business, by a word that is a role ("billionaire businessman") and says where they work no more than
# a resident's does ("a Dallas businessman": where he lives, no body)
_BUSINESS_PEOPLE = frozenset("businessman businesswoman businessmen businesspeople entrepreneur".split())
ROLE_HEADS = frozenset(
    """secretary spokesperson spokesman spokeswoman spokespeople minister president director chief head
    official mayor governor senator representative chairman chairwoman chair chairperson ceo executive
    commander general ambassador adviser advisor analyst professor lawyer attorney judge leader manager
    officer coordinator strategist economist researcher founder editor correspondent inspector
    commissioner councillor councilor councilwoman councilman candidate nominee member lawmaker
    congressman congresswoman superintendent treasurer prosecutor sheriff captain colonel lieutenant
    admiral marshal chancellor activist organiser organizer scientist engineer doctor nurse teacher
    economist administrator deputy vice-president envoy negotiator aide consultant expert historian surrogate
    pollster owner partner principal dean provost rector physician surgeon epidemiologist justice
    campaigner spokespeople mediator reporter journalist columnist writer speechwriter anchor fellow lecturer
    co-founder cofounder co-author co-chair co-owner co-director co-host co-leader co-president trustee coach planner scholar curator specialist secretary-general director-general
    headteacher headmaster headmistress banker trader broker author sen rep gov premier convenor convener
    detective critic pundit commentator presenter host diplomat paramedic firefighter constable sergeant
    boss holder striker defender goalkeeper midfielder forward winger quarterback linebacker pitcher goaltender batsman player neighbor neighbour customer resident widow
    widower seamstress farmer driver worker shopkeeper volunteer survivor witness student machinist mechanic
    electrician plumber carpenter welder operator technician clerk cashier pilot miner fisherman rancher
    grower retiree pensioner homeowner tenant landlord commuter passenger parent tailor seller vendor baker
    butcher cook chef waiter waitress cleaner guard janitor mp mep msp mla councilmember investigator barrister
    solicitor counsel astronaut sprinter runner swimmer athlete boxer jockey assemblyman assemblywoman
    assemblymember td speaker associate delegate filmmaker documentarian playwright novelist poet actor
    actress singer musician artist comedian entrepreneur investor donor publisher pastor priest rabbi imam
    bishop reverend rev employee staffer challenger contender front-runner frontrunner incumbent moderator
    legislator politician protester protestor demonstrator screenwriter""".split()
) | _BUSINESS_PEOPLE
ROLE_MODIFIERS = frozenset(
    """press deputy vice prime foreign senior chief executive general assistant associate acting former
    campaign communications national security defence defense interior finance health state district
    attorney managing news research policy legal political medical principal lead top regional retired
    energy justice education transport environment economy trade labour labor agriculture culture
    housing home constitutional presidential vice-presidential gubernatorial congressional mayoral
    parliamentary longtime veteran interim outgoing incoming financial operating technology marketing
    information commercial investment strategy majority minority circuit special homicide police fire
    shadow independent crossbench fellow""".split()
)
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# A role whose holder speaks for a body the role implies, when no organisation is named with it.
IMPLIED_BODIES = {"minister": "government", "premier": "government", "councillor": "council", "councilor": "council",
                  "councilman": "council", "councilwoman": "council", "councilmember": "council",
                  "justice": "court", "judge": "court",
                  "vice-chancellor": "university", "provost": "university", "rector": "university"}
# Bodies a role implies only when the article names one: a professor with no university named
# works at none we could name.
_NAMED_BODY_ONLY = {"professor": "university", "lecturer": "university", "dean": "university",
                    "surgeon": "hospital", "consultant": "hospital", "superintendent": "schools",
                    "principal": "school", "headteacher": "school", "headmaster": "school", "headmistress": "school"}
_RANKS = frozenset("colonel general captain lieutenant major sergeant admiral commander corporal".split())
# Titles that give way to a job named with them, as ranks do: "Councillor X, leader of the council" leads it.
_YIELDING_TITLES = _RANKS | {"councillor", "councilor", "alderman", "councilman", "councilwoman", "sen", "rep", "sen.", "rep.",
                              "senator", "representative"}  # "Rep. Owen Ridley, chairman of the Budget Committee"
_YIELDING_TITLES |= {short for short, full in TITLE_ABBREVIATIONS.items() if full in _RANKS}  # "Lt. Gen. X, a surrogate"
# A body's name that is part of the title itself: "Police Chief", "Senate Majority Leader", "Circuit Judge".
_TITLE_BODIES = frozenset({"police", "fire", "senate", "house", "circuit", "district", "supreme", "appeals", "council",
                           "opposition"})
# An executive with no company named works for the one the story is about.
_EXECUTIVE_ROLES = frozenset({"chief executive", "chief executive officer", "ceo", "chief financial officer", "cfo",
                              "chief operating officer", "coo", "founder", "co-founder"})
# ... and a club's officers work for the club the story is about
_CLUB_ROLES = frozenset({"chairman", "chairwoman", "manager", "head coach", "coach", "captain", "owner"})
# The party of a tag after a legislator's name (``speakers.PARTY_TAG``), when nothing else is named
PARTIES = {"R": "Republican Party", "D": "Democratic Party"}
# "Senator Marco Rubio, Republican of Florida,", "Rep. Xavier Becerra, a California Democrat": the party
_PARTY_APPOSITIVE = re.compile(r",\s+(?:a\s+)?(?:[A-Z][\w.]+\s+){0,2}?(Republican|Democrat)(?:\s+(?:of|from)\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
                               r"(?=\s*(?:,|\.|;|$|\s+who\b|\s+and\b|\s+supporting\b|\s+said\b))")
# A legislator with no party label speaks for the chamber: "Sen. John McCain" -> Senate
_LEGISLATORS = frozenset({"sen", "sen.", "senator", "rep", "rep.", "representative", "congressman", "congresswoman"})
_CHAMBERS = {"senator": "Senate", "sen.": "Senate", "sen": "Senate", "senate": "Senate", "house": "House",
             "congressman": "House", "congresswoman": "House", "representative": "House", "rep.": "House", "rep": "House"}
CHAMBERS = frozenset(_CHAMBERS.values()) | {"state " + c for c in _CHAMBERS.values()}  # a title's implied body
PARTY_WORDS = {"republican": "Republican Party", "gop": "Republican Party", "democratic": "Democratic Party",
                "democrat": "Democratic Party"}
_PROFESSION_ENDINGS = ("ologist", "ician", "ographer")
_ABBREVIATED_TITLES = frozenset(k for k in TITLE_ABBREVIATIONS if k.endswith(".")) | {"dr.", "del.", "rev."}
# Capitalised at a sentence's start, still no part of an organisation's name: "Former Ashby defender".
_TIME_MODIFIERS = frozenset("former ex then acting retired veteran longtime outgoing incoming presumptive presumed".split())
# ... and the ones readers keep in the role when an organisation stands between them and it ("the former NIH
# director" -> former director; "presumptive Republican presidential nominee")
_CARRIED_MODIFIERS = frozenset("former ex retired acting outgoing incoming presumptive presumed".split())
_SENTENCES_BACK = 3  # how far back a possessive pronoun looks for its organisation
_LINKERS = ("for", "of", "at", "with", "from", "in")
# Words before a role that count or place the speaker, never name a body: "One crane operator",
# "Several parents" (capitalised only because they open the sentence)
_QUANTIFIERS = frozenset("one two three four five six several many some few most both other".split())
# ... and the groups they come in: "Small groups of protesters", "Dozens of residents"
_COUNTING_NOUNS = frozenset("group groups crowd crowds dozens hundreds thousands handful number".split())
# ... nor words of region, rank or race ("A Western diplomat", "Federal prosecutors", "Black Lawmakers" in a headline)
_DESCRIBING_WORDS = frozenset("""western eastern northern southern foreign local federal senior junior international regional
    black white hispanic latino latina asian outside independent""".split())
# Roles of people who speak for themselves: a place beside them is where they live ("Residents of the
# Eastbank neighbourhood"), not a body
_PRIVATE_ROLES = frozenset("""resident neighbour neighbor local villager homeowner tenant regular commuter
    passenger customer shopper parent fan""".split()) | _BUSINESS_PEOPLE
# ... and "under": "the former NIH director under President Bill Clinton" names the boss, not a second job
_STOP_APPOSITIVE = frozenset({"who", "which", "that", "said", "says", "told", "added", "under"})


@dataclass
class Affiliation:
    organisation: str | None = None
    role: str | None = None

    def found(self) -> bool:
        return bool(self.organisation or self.role)


def _is_role(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    singular = word.removesuffix("s")
    if token.pos_ == "NOUN" and token.text == token.lower_ and (
            singular.endswith(_PROFESSION_ENDINGS) or (len(word) >= 7 and singular.endswith("ist") and "list" not in word)):
        return True  # "a food microbiologist", "a paediatrician", "a lobbyist": professions by their ending
    if token.text[:1].isupper() and TITLE_ABBREVIATIONS.get(token.lower_) in ROLE_HEADS:
        return True  # "U.S. Air Force Gen. Norman Ham"
    return word in ROLE_HEADS or (word.endswith("s") and word[:-1] in ROLE_HEADS)  # "Clinton aides"


# "Superior Court Judge", "City Council member" write the body out; "U.S. District Judge", "City Councilmember"
# name it by its kind alone
_COURT_KINDS = frozenset("district circuit superior bankruptcy appeals county family crown high".split())
_COUNCIL_KINDS = frozenset("city county town borough district parish".split())
_BODY_OF_KIND = {"judge": ("Court", _COURT_KINDS), **dict.fromkeys(
    ("councilmember", "councilman", "councilwoman", "councillor", "councilor"), ("Council", _COUNCIL_KINDS))}


def _describes_a_thing(token: Token) -> bool:
    """A role word used as an adjective of something that is no one: "official" in "official data showed",
    "executive" in "executive pay", "general" in "the general election"."""
    return (token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "NOUN"
            and not _is_role(token.head) and token.head.lower_ not in ORG_HEADS)


def _ends_a_place(token: Token) -> bool:
    """"Head" in "a retiree from Hilton Head, South Carolina": a role word that ends a name after "from",
    "in" or "near" (the NER reads it as a place or, often, a person) is part of the place's name, not a title."""
    doc = token.doc
    if not (token.text[:1].isupper() and token.ent_iob_ == "I" and token.ent_type_ in ("GPE", "LOC", "FAC", "PERSON")):
        return False
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # the name goes on: "Chief Justice John Roberts"
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start > 0 and doc[start - 1].lower_ in ("from", "in", "near")


def _role_start(tokens: list[Token], h: int) -> int:
    """Where the role ending at ``tokens[h]`` begins: back over modifiers ("Chief Financial Officer"),
    lower-case nouns compounded with it ("software analyst", but not "ministry" in "defence ministry
    spokesperson": that names the organisation) and a second role joined by "and" ("co-founder and
    chief executive")."""
    start = h
    while start > 0:
        prev = tokens[start - 1]
        if start > 1 and tokens[start - 2].lower_ == "of" and prev.text[:1].isupper():
            break  # "Department of Health spokesperson": "Health" ends the organisation's name
        if prev.lower_ in _TITLE_BODIES and prev.text[:1].isupper():
            if prev.lower_ == "house" and start > 1 and tokens[start - 2].text[:1].isupper():
                break  # "White House press secretary": "House" ends a name here, it opens no title
            start -= 1  # "Senate Majority Leader": the body opens the title, nothing before it belongs
            break
        if (prev.lower_ in ROLE_MODIFIERS and prev.text[:1].isupper() and tokens[h].text == tokens[h].lower_
                and start > 1 and tokens[start - 2].text[:1].isupper() and not prev.is_sent_start):
            break  # "A Norvik Energy spokeswoman": a capitalised word inside a name before a lower-case role
        if prev.lower_ in ROLE_MODIFIERS or _is_role(prev):
            start -= 1
        elif (prev.ent_type_ in ("GPE", "NORP", "LOC") and prev.lower_ not in PARTY_WORDS and start > 1
              and tokens[start - 2].lower_ in ROLE_MODIFIERS - _TIME_MODIFIERS
              and (tokens[h].text == tokens[h].lower_) == (tokens[start - 2].text == tokens[start - 2].lower_)):
            # "deputy chief UK economist", "Assistant U.S. Attorney": the region a job covers, inside the role;
            # not the state of "former Maryland Gov." nor the party of "former Democratic presidential candidate"
            start -= 1
        elif (prev.text == prev.lower_ and prev.dep_ == "compound" and prev.pos_ == "NOUN"
              and prev.lower_ not in ORG_HEADS and prev.head.i in {t.i for t in tokens[start : h + 1]}):
            start -= 1
        elif (prev.text == prev.lower_ and prev.pos_ == "ADJ" and prev.dep_ == "amod" and prev.is_alpha
              and prev.head.i in {t.i for t in tokens[start : h + 1]}
              and not (prev.lower_ in ORG_HEADS and start > 1 and tokens[start - 2].ent_type_ in ("NORP", "GPE", "ORG"))):
            # "consultant orthopaedic surgeon", "a military analyst"; not "military" after a name, which names
            # the body: "a senior Kardanian military official"
            start -= 1
        elif prev.lower_ == "and" and start > 1 and _is_role(tokens[start - 2]):
            start -= 2
        elif prev.text == "-" and start > 1 and not tokens[start - 2].whitespace_:  # "co-founder"
            start -= 2
        else:
            break
    return start


def _split_role(tokens: list[Token]) -> Affiliation:
    """A phrase like [Iraq, 's, defence, ministry, spokesperson] or [a, spokeswoman, for, X]."""
    found = _two_roles(tokens) or _read_role(tokens)
    last_word = found.role.split()[-1].lower() if found.role else ""
    if (found.organisation and (last_word in _PRIVATE_ROLES or last_word.removesuffix("s") in _PRIVATE_ROLES)
            and not any(w.lower() in ORG_HEADS for w in found.organisation.split())):
        found.organisation = None  # "Residents of the Eastbank neighbourhood", "Linden Road residents"
    return found


def _two_roles(tokens: list[Token]) -> Affiliation | None:
    """"the former secretary of state and current Democratic presidential nominee": two roles, each read
    alone (read as one, "state and current ..." would be a body), the current one where it names a body.
    Only where the first has a linker of its own: "co-founder and chief executive of X" is one role."""
    for k, t in enumerate(tokens):
        first, second = tokens[:k], tokens[k + 1 :]
        if (t.lower_ == "and" and any(w.lower_ in _LINKERS for w in first) and any(_is_role(w) for w in first)
                and second and second[0].text == second[0].lower_  # not "the Center for Memory and Justice"
                and any(_is_role(w) for w in second)):
            earlier, later = _read_role(first), _read_role(second)
            if later.organisation and second[0].lower_ not in _CARRIED_MODIFIERS:
                return later  # "... and current Democratic presidential nominee": what they are now
            return earlier if earlier.organisation else later
    return None


def _uncounted(front: list[Token]) -> list[Token]:
    """The words before a role without those that count: "One Western", "Several", "Small groups of"."""
    of = next((k for k, t in enumerate(front) if t.lower_ == "of"), None)
    counting = _QUANTIFIERS | _COUNTING_NOUNS
    if of and all(t.like_num or t.lower_ in counting or (t.pos_ in ("ADJ", "DET") and not t.ent_type_) for t in front[:of]):
        front = front[of + 1 :]
    while front and (front[0].like_num or front[0].lower_ in _QUANTIFIERS):
        front = front[1:]
    return front


def _describes_only(front: list[Token]) -> bool:
    """"Western", "Federal", "Tasmanian crossbench": a nationality or a word of region or rank before a
    role describes the speaker, it names no body (a party word does: "Republican strategist",
    "Conservative MP"); nor does an adverb capitalised only because it opens the sentence ("Virtually all
    analysts")."""
    words = [t for t in front if not t.is_punct]
    return bool(words) and _text(words).lower() not in PARTY_WORDS and (
        all(t.ent_type_ == "NORP" for t in words) or all(t.lower_ in _DESCRIBING_WORDS for t in words)
        or all(t.is_sent_start and t.pos_ == "ADV" and not t.ent_type_ for t in words))  # "Virtually all analysts"


def _read_role(tokens: list[Token]) -> Affiliation:
    tokens = [t for t in tokens if not (t.dep_ == "det" or t.lower_ in ("a", "an", "the"))]
    heads = [i for i, t in enumerate(tokens) if _is_role(t) and not _describes_a_thing(t) and not _ends_a_place(t)]
    if not heads:
        return Affiliation()
    h = heads[-1]
    # A linker after the role ("spokeswoman for Norvik Energy"): what follows is the organisation.
    first_head = heads[0]
    for j in range(first_head + 1, len(tokens)):
        if tokens[j].lower_ in _LINKERS:
            h = max(i for i in heads if i < j)
            start = _role_start(tokens, h)
            role_end, rest = h + 1, tokens[j + 1 :]
            # "lecturer in sports finance at Lanford Business School": a lower-case field after
            # the first linker belongs to the role, the organisation follows the next linker
            # ("head of economic policy at the ministry": "ministry" too, which the pointer resolves)
            def named_next(k: int) -> Token | None:  # the word after a linker, past "the"
                following = [t for t in rest[k + 1 : k + 3] if t.lower_ not in ("the", "a", "an")]
                return following[0] if following else None

            later = next((k for k, t in enumerate(rest) if t.lower_ in _LINKERS and named_next(k) is not None
                          and (named_next(k).text[:1].isupper()
                               or (t.lower_ in ("at", "for") and named_next(k).lower_ in ORG_HEADS))), None)
            field_in_role = later is not None and all(t.text == t.lower_ for t in rest[:later])
            if field_in_role:
                role_end, rest = j + 1 + later, rest[later + 1 :]
            named = next((k for k, t in enumerate(rest) if t.text[:1].isupper()), 0)
            if 0 < named and all(t.text == t.lower_ and t.pos_ in ("NOUN", "ADJ", "DET") for t in rest[:named]):
                rest = rest[named:]  # "the campaign group Youth Vote Now": the name, not its description
            cut = next((k for k, t in enumerate(rest[:-1]) if k and t.text == t.lower_ and t.pos_ in ("ADJ", "VERB")
                        and rest[k + 1].pos_ == "ADP"), None)  # not "the Kereshian armed forces"
            if cut is not None and any(t.text[:1].isupper() for t in rest[:cut]):
                rest = rest[:cut]  # "diplomats at the UN familiar with the talks": the name ends before the clause
            org = _text(rest)
            in_front = _uncounted(tokens[:start])
            before = "" if _describes_only(in_front) else _text(in_front)  # "the Mexican secretary of the economy"
            before = before if _names_organisation(before) else ""  # not "the top recipient among the candidates"
            field = [t for t in rest if not (t.is_punct or t.is_space)]
            if field and not field_in_role and tokens[j].lower_ == "of" and all(t.text == t.lower_ and t.pos_ in ("NOUN", "ADJ") for t in field):
                # "the institute's director of coastal research": a field, not a body
                role_end = tokens.index(field[-1]) + 1
            if (tokens[h].lower_ in ("minister", "secretary", "commissioner") and field
                    and all(t.lower_ in PORTFOLIOS or t.lower_ in ("and", "affairs") for t in field)):
                return Affiliation(before or None, _text(tokens[start : tokens.index(field[-1]) + 1]))  # "Minister for Health"
            if tokens[h].text[:1].isupper() and [t.lower_ for t in field] in (["house"], ["senate"]):
                # "Speaker of the House", "President of the Senate": the chamber is in the title, and speaks for them
                return Affiliation(field[0].text, _text(tokens[start : tokens.index(field[-1]) + 1]))
            org = org if org and _names_organisation(org) else ""  # not "an aide in 2012", "editor in chief"
            if org and tokens[j].lower_ in ("in", "from") and not any(
                    (t.ent_type_ == "ORG" and tokens[j].lower_ == "from") or t.lower_ in ORG_HEADS | BUSINESS_HEADS
                    for t in field):
                # "a customer in Marlow Springs", "a benefits manager from Derry", "a diplomat in Tesko" (which
                # the NER calls an organisation): a place, not whom she speaks for
                org = ""
            if org and _person_named(tokens[0].doc, org):
                org = ""  # "a neighbour of Harlow": a person's, not an organisation's
            if before and org and _is_acronym(before) and not any(t.ent_type_ == "ORG" for t in rest):
                org = before  # "The UN special envoy for the Sarven Valley": the UN, not the valley
            return Affiliation(org or before or None, _text(tokens[start:role_end]))
    start = _role_start(tokens, h)
    front = _uncounted(tokens[:start])
    if len(front) > 2 and front[0].lower_ in ("pro", "anti") and front[1].text == "-":
        return Affiliation(None, _text(tokens[start : h + 1]))  # "pro-Sanders demonstrators": whom they back
    while len(front) > 1 and (front[0].text == front[0].lower_ or front[0].lower_ in _TIME_MODIFIERS) and (
            any(t.text != t.lower_ for t in front[1:]) or front[0].lower_ in ROLE_MODIFIERS):
        front = front[1:]  # "longtime Democratic pollster", "senior coalition officer": not part of the name
    described = max((k + 1 for k, t in enumerate(front) if t.lower_ in _TIME_MODIFIERS), default=0)
    if not any(t.lower_ in ("'s", "’s") for t in front[:described]):  # not "Tarrant's former office manager"
        front = front[described:]  # "the Nobel Prize-winning former NIH director": before "former", the person
    carried = " ".join(t.lower_ for t in tokens[: start - len(front)] if t.lower_ in _CARRIED_MODIFIERS)

    def with_carried(role: str) -> str:
        return f"{carried} {role}" if carried and role and not role.lower().startswith(carried) else role

    org = _text(front)
    if org and _describes_only(front):
        # "A Western diplomat", "Federal prosecutors", "a former Mexican foreign minister": no body, and the
        # words that describe stay in the role as written; not "Turkish President", whose government the
        # role and the nationality name (``find_affiliation``)
        words = [t for t in front if not t.is_punct]
        if all(t.ent_type_ == "NORP" or t.lower_ in _DESCRIBING_WORDS for t in words) and (
                carried or _implied_body(_text(tokens[start : h + 1])) is None):
            return Affiliation(None, with_carried(_text(front + tokens[start : h + 1])))
        org = ""
    owner = next((k for k, t in enumerate(front) if t.lower_ in ("'s", "’s")), None)
    if org and owner and _person_named(tokens[0].doc, _text(front[:owner])):
        # "Harlow's lawyer", "Vorn's coach", "Tarrant's former office manager": they work for a person
        return Affiliation(None, _text(front[owner + 1 :] + tokens[start : h + 1]))
    if org and owner and owner == len(front) - 1:
        org = fullest_organisation(tokens[0].doc, org)  # "Lumera's chief executive": Lumera Systems
    if org and start < len(tokens) and tokens[start].lower_ in _TITLE_BODIES and front[-1].text[:1].isupper():
        # "City Council member X": the City Council, a Council member; "Fenwick Bay Police Chief": the
        # force by its fullest name
        org = fullest_organisation(tokens[start].doc, _text(front + [tokens[start]]))
    body = _BODY_OF_KIND.get(tokens[h].lower_)
    if org and body and org.split()[-1].lower() in body[1]:
        # "U.S. District Judge X": the U.S. District Court; "City Councilmember X": the City Council
        org = fullest_organisation(tokens[0].doc, f"{org} {body[0]}")
    if org and tokens[h].lower_ in _LEGISLATORS and all(t.ent_type_ == "GPE" for t in front if not t.is_punct):
        org = ""  # "Texas Sen. Ted Cruz": the state he sits for; his party or chamber speaks for him
    if org and not _names_organisation(org):
        # "presidential nominee", "senior climate adviser": lower-case words in front of a role
        # describe the role, they name no organisation; "the study's lead author": nor a possessive
        possessive = front[-1].lower_ in ("'s", "’s")
        return Affiliation(None, _text(tokens[start if possessive else 0 : h + 1]))
    if org and org.lower() in PARTY_WORDS:
        # "Republican presidential nominee": the party is whom they speak for, and readers keep it in the role
        return Affiliation(org, with_carried(_text(front[-1:] + tokens[start : h + 1])))
    named = [t for t in front if t.text[:1].isupper()]  # the tagger reads "Trump" in "a Trump surrogate" as ADJ
    if named and (tokens[h].lower_ == "surrogate" or any(t.lower_ == "campaign" for t in tokens[start:h])) and (
            named[-1].ent_type_ == "PERSON" or any(  # "Trump" where the article names "Donald Trump"
                e.label_ == "PERSON" and re.search(rf"\b{re.escape(named[-1].text)}\b", e.text) for e in named[-1].doc.ents)):
        # "Hillary Clinton's campaign manager", "a top Trump surrogate": the candidate's campaign
        org = _text(named) + " campaign"
    return Affiliation(org or None, with_carried(_text(tokens[start : h + 1])) if org else _text(tokens[start : h + 1]))


def description_job(tokens: list[Token]) -> Affiliation:
    """A job the article gives someone with "the" and no name ("the former secretary of state", "the Vermont
    senator", "the White House physician"): the body it names, and as the role the words as written less it."""
    found = _split_role(tokens)
    return found if found.organisation else Affiliation(None, _text(tokens) or None)


def _is_acronym(phrase: str) -> bool:
    """"UN", "U.N.", "EU", "NATO": an organisation's initials."""
    letters = phrase.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _names_organisation(phrase: str) -> bool:
    """Capitalised ("Iraq's defence ministry") or ending in an organisation noun ("the union")."""
    if not any(c.isalpha() for c in phrase):
        return False
    return phrase != phrase.lower() or phrase.split()[-1] in ORG_HEADS


def _person_named(doc: Doc, phrase: str) -> bool:
    """"Harlow" where the article names "Dennis Harlow": a person, so "Harlow's lawyer", "Vorn's coach"
    and "a neighbour of Harlow" speak for no organisation. A word that opens an organisation's name
    ("Kassab's Grill") is not taken for the person."""
    phrase = POSSESSIVE.sub("", phrase.strip()).strip()
    if not phrase or not phrase[:1].isupper() or any(w.lower() in ORG_HEADS for w in phrase.split()):
        return False
    own_name = re.compile(rf"^{re.escape(phrase)}(?:\b|’|')")
    if any(e.label_ != "PERSON" and e.text != phrase and own_name.match(e.text) for e in doc.ents):
        return False
    return any(e.label_ == "PERSON" and e.text != phrase and e.text.endswith(" " + phrase) for e in doc.ents)


# What a clause or a second description leaves hanging on a phrase read off the parse: "NAACP board
# of", "Federal and", "Hoover Institution and a former ambassador", "Illinois but doesn't ...", "Ora
# Media -- the production company"
_SECOND_PART = re.compile(r"\s+(?:--|—|–)\s.*$|\s+but\s.*$|\s+and\s+(?:a|an)\s.*$", re.S)
_DANGLING = re.compile(r"(?:(?:^|\s+)(?:and|or|of|for|by|in|at|on|the|a|an|to|with))+\s*$", re.I)


def tidy(phrase: str | None) -> str | None:
    """An affiliation or role without the words a clause or a second description left hanging on it."""
    if phrase is None:
        return None
    return _DANGLING.sub("", _SECOND_PART.sub("", phrase)).strip() or None


def _text(tokens: list[Token]) -> str:
    # Possessive determiners ("Its chief executive") name no organisation.
    while tokens and (tokens[0].pos_ in ("PRON", "DET", "ADP") or tokens[0].is_space
                      or tokens[0].lower_ in ("its", "their", "his", "her")):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    text = text_of(tokens[0].doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    text = re.sub(r"\s+", " ", text).strip(" ,.;:'\"“”‘’")
    if tokens[-1].lower_ in _ABBREVIATED_TITLES or (tokens[-1].text == "." and len(tokens) > 1
                                                    and tokens[-2].lower_ + "." in _ABBREVIATED_TITLES):
        text += "."  # "Sen.", not "Sen"
    return text


def _title_before(doc: Doc, start_tok: int) -> list[Token]:
    """Tokens of the noun phrase in front of a name ("Pentagon Press Secretary")."""
    tokens: list[Token] = []
    i = start_tok - 1
    while i >= 0:
        t = doc[i]
        if (t.lower_ == "of" and tokens and tokens[0].text[:1].isupper() and i > 0 and doc[i - 1].pos_ == "PROPN"
                and doc[i - 1].ent_type_ not in ("DATE", "TIME")):  # not "The death Saturday of Justice X"
            tokens.insert(0, t)  # "Bank of Tessland Governor Lukas Aberg"
            i -= 1
            continue
        if (t.lower_ == "for" and tokens and tokens[0].text[:1].isupper() and i > 0
                and doc[i - 1].lower_ in ("minister", "secretary", "commissioner", "spokesperson", "spokesman")):
            tokens.insert(0, t)  # "Minister for Health Fionnuala Darcy"
            i -= 1
            continue
        if (t.lower_ == "the" and tokens and tokens[0].text[:1].isupper() and i > 1 and doc[i - 1].lower_ == "of"
                and doc[i - 2].text[:1].isupper() and doc[i - 2].lower_ in TITLE_WORDS | ROLE_HEADS):
            tokens[:0] = [doc[i - 1], t]  # "Speaker of the House Newt Gingrich", "Secretary of the Treasury X"
            i -= 2
            continue
        if t.text in ("-", "–") and not t.whitespace_ and tokens and i > 0 and not doc[i - 1].whitespace_:
            tokens.insert(0, t)  # "Vice-Chancellor Imogen Thrale"
            i -= 1
            continue
        if (t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ") or t.is_space) and not (
                t.lower_ in _TIME_MODIFIERS and tokens):  # "Presumptive Republican nominee X", whatever its tag
            if t.lower_ in ("'s", "’s") and tokens:
                tokens.insert(0, t)
                i -= 1
                continue
            break
        tokens.insert(0, t)
        i -= 1
    return tokens


def _party_before(title: list[Token]) -> Affiliation:
    """"Democrat Hillary Clinton", "Republican Tom Arlen": a party's member named with it as a title."""
    words = [t.lower_ for t in title if not t.is_punct]
    return Affiliation(PARTY_WORDS[words[-1]], None) if words and words[-1] in ("democrat", "republican") else Affiliation()


def _outlet_before(title: list[Token]) -> Affiliation:
    """"MSNBC's Ayman Mohyeldin", "Fox News' Bret Baier": an organisation's possessive alone in front of a
    name is whom they work for (not "Wisconsin's Scott Walker", a place)."""
    if len(title) < 2 or title[-1].lower_ not in ("'s", "’s", "'", "’"):
        return Affiliation()
    owner = title[:-1]
    name = _text(owner)
    if all(t.pos_ == "PROPN" for t in owner) and (all(t.ent_type_ == "ORG" for t in owner) or _is_acronym(name)):
        return Affiliation(name, None)
    return Affiliation()


def _appositive_after(doc: Doc, end_tok: int) -> list[Token]:
    """Tokens between ", " after a name and the next comma or sentence end."""
    if end_tok < len(doc) and doc[end_tok].text == "(":  # "Rep. Owen Ridley (R-Tex.), chairman of ..."
        close = next((t.i for t in doc[end_tok + 1 : end_tok + 8] if t.text == ")"), None)
        if close is not None:
            end_tok = close + 1
    if end_tok >= len(doc) or doc[end_tok].text != ",":
        return []
    if end_tok + 2 < len(doc) and doc[end_tok + 1].like_num and doc[end_tok + 2].text == ",":
        end_tok += 2  # "Hana Lisk, 17, a co-founder of ...": the age comes first
    tokens = []
    for t in doc[end_tok + 1 : end_tok + 16]:
        if t.text in (",", ";", "(", ")", "—", "–") or t.is_sent_start or t.lower_ in _STOP_APPOSITIVE:
            break
        if (t.pos_ in ("VERB", "AUX") and not _is_role(t) and t.lower_ not in ROLE_MODIFIERS
                and not (t.tag_ == "VBG" and tokens and tokens[-1].pos_ == "NOUN")
                and not (t.tag_ in ("VBG", "VBN") and tokens and tokens[-1].text == "-")):
            # a clause, not a job ("managing director", "associate for education organizing" are jobs, and
            # "a South Florida-based president", "the Nobel Prize-winning former director" describe one)
            return []
        tokens.append(t)
    return tokens


# "Irina Halden, who heads the Press Centre": the verb gives the role, its object the organisation.
_HEADING_VERBS = {"heads": "head", "leads": "head", "runs": "head", "directs": "head", "chairs": "chair",
                  "founded": "founder", "co-founded": "co-founder"}


def _who_heads_after(doc: Doc, end_tok: int) -> Affiliation:
    """", who heads the Free Durnish Press Centre," after a name (role and organisation), or
    ", who studies seagrass ecology at Harwood State University," (the organisation only)."""
    if end_tok + 2 >= len(doc) or doc[end_tok].text != "," or doc[end_tok + 1].lower_ != "who":
        return Affiliation()
    role = _HEADING_VERBS.get(doc[end_tok + 2].lower_)
    if role and end_tok + 3 < len(doc) and doc[end_tok + 3].lower_ in ("a", "an"):
        return Affiliation()  # ", who runs a bakery near the X headquarters,": a business the article does not name
    if role:
        org_start = end_tok + 3
    else:  # where they work: the organisation after "at" / "for"
        org_start = next((t.i + 1 for t in doc[end_tok + 3 : end_tok + 14] if t.lower_ in ("at", "for")), None)
        clause_end = next((t.i for t in doc[end_tok + 3 : end_tok + 14] if t.is_punct or t.is_sent_start), len(doc))
        if org_start is None or org_start > clause_end:
            return Affiliation()
        if doc[org_start].pos_ not in ("DET", "PROPN") or doc[org_start].tag_ == "PRP$":
            return Affiliation()  # ", who took heat for his questioning of ...": no workplace
    tokens = []
    for t in doc[org_start : org_start + 12]:
        apostrophe = t.text in ("'", "’", "'s", "’s")  # "the Redhaven Supporters' Trust"
        # "heads the Fish and Wildlife Service" keeps its "and"; "studies ... at X and teaches" does not
        if ((t.is_punct and not apostrophe) or t.is_sent_start or t.pos_ in ("VERB", "AUX") or (t.pos_ == "CCONJ" and not role)
                or (t.pos_ == "ADP" and t.lower_ not in ("of", "for", "in", "at") and not role)):
            break  # "... at Harwood State University during the survey": the name ends before "during"
        tokens.append(t)
    org = _text(tokens)
    if not role and org == org.lower():
        return Affiliation()  # ", who had pushed for the project since her campaign,": no workplace
    return Affiliation(org, role) if org and _names_organisation(org) else Affiliation()


def _now_after(doc: Doc, end_tok: int) -> Affiliation:
    """", a former Treasury official who is now a senior fellow at the Center for Global Development," /
    ", a Clinton aide in 2008 and now director of the Georgetown Institute of Politics,": the job the
    person holds now, which outranks a former one named first."""
    if end_tok >= len(doc) or doc[end_tok].text != ",":
        return Affiliation()
    for t in doc[end_tok + 1 : end_tok + 25]:
        if t.is_sent_start or t.text in (",", ";", "(") or t.lower_ in ("said", "says", "told", "added"):
            break  # the appositive ends: "X, a farmer, said the mill is now closed" is no job
        if t.lower_ == "now":
            tokens = []
            for u in doc[t.i + 1 : t.i + 16]:
                if u.text in (",", ";", ".", ")") or u.is_sent_start or u.lower_ in ("which", "who", "that"):
                    break
                tokens.append(u)
            found = _split_role(tokens)
            return found if found.organisation else Affiliation()
    return Affiliation()


def _ends_in_body(tokens: list[Token]) -> bool:
    """A name the NER calls a place that ends in a capitalised organisation noun: "West Yorkshire
    Police", "Kent County Council" are bodies that speak for themselves, not where someone lives."""
    words = [t for t in tokens if not t.is_punct]
    return bool(words) and words[-1].lower_ in ORG_HEADS and words[-1].text[:1].isupper()


def _of_appositive(tokens: list[Token]) -> Affiliation:
    """"Tessa Moriarty, of the Heartland Party," / "Carl Whitmore, of Hollinshire Police's economic
    crime unit,": an appositive (``_appositive_after``) that is only "of" and an organisation."""
    if len(tokens) < 2 or tokens[0].lower_ != "of" or any(_is_role(t) for t in tokens):
        return Affiliation()
    org = _text(tokens[1:])
    if (any(t.ent_type_ in ("GPE", "LOC") for t in tokens) and not any(t.ent_type_ == "ORG" for t in tokens)
            and not _ends_in_body(tokens)):
        return Affiliation()  # "Renee Gold, 83, of Sarasota, Florida": where she lives
    doc, at = tokens[0].doc, tokens[0].i
    if at >= 2 and doc[at - 1].text == "," and doc[at - 2].like_num and not any(t.lower_ in ORG_HEADS for t in tokens):
        return Affiliation()  # "Maureen Hale, 71, of Ashby Road": an age, then where she lives, whatever the NER says
    return Affiliation(org) if org and org != org.lower() else Affiliation()


def _described_as(tokens: list[Token]) -> Affiliation:
    """"Peter Morency, a Verizon customer based in Boston,", "Mike Purdy, a presidential historian":
    an appositive with no known role word still says what the person is, the noun phrase after the
    article up to its lower-case head noun. Read last: a known role or title wins."""
    if len(tokens) < 2 or tokens[0].lower_ not in ("a", "an", "the"):
        return Affiliation()
    phrase: list[Token] = []
    for t in tokens[1:]:
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.tag_ != "HYPH":
            break
        phrase.append(t)
    head = phrase[-1] if phrase else None
    if head is None or head.pos_ != "NOUN" or head.text != head.lower_ or head.tag_ == "NNS" or head.lower_ in ORG_HEADS:
        return Affiliation()  # "the Westmarch Greens", "Orvanta, the social media company": not one person
    if len(phrase) + 1 < len(tokens) and tokens[len(phrase) + 1].tag_ == "POS":
        return Affiliation()  # "the studio's head of production": the noun is whose, not what
    return Affiliation(None, _text(phrase))


def _as_role_after(doc: Doc, first: int, end_tok: int) -> Affiliation:
    """"Nadia Kerr has spent eight years as an organizer for the Eastbank Tenants Association":
    a role after "as" in the clause the name is the subject of."""
    if doc[first:end_tok].root.dep_ not in ("nsubj", "nsubjpass"):
        return Affiliation()
    tokens: list[Token] = []
    # "Charlotte Meehan is playwright-in-residence at Wheaton College" (an op-ed's closing line):
    # the copula right after the name opens the role too; not "was": "Before the debates, Trump was a
    # novice politician" is what he was then
    # (the name's own verb: the parser makes it a clausal complement as often as the root)
    copula = (end_tok < len(doc) and doc[end_tok].lower_ == "is"
              and doc[first:end_tok].root.head == doc[end_tok])

    def verb_ahead(t: Token) -> bool:  # "... as the most qualified person ever to run ... and said": the role ended
        return t.pos_ in ("VERB", "AUX") or (t.lower_ == "and" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX"))

    for t in doc[end_tok : end_tok + 24]:
        if t.is_sent_start or t.text in (",", ";", ":", "(", "“", '"') or (
                copula and tokens and t.lower_ in ("and", "who", "which", "that")) or (len(tokens) > 1 and verb_ahead(t)):
            break
        if t.dep_ in ("dobj", "obj") and t.pos_ in ("PROPN", "PRON") and not tokens:
            break  # "Obama positioned Clinton as the most qualified person": "as" is about the object
        if tokens or (t.lower_ == "as" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("a", "an", "the")) or (
                copula and t.i == end_tok):
            tokens.append(t)
    found = _split_role(tokens[1:]) if tokens else Affiliation()
    return found if found.role else Affiliation()


def _role_phrase_before(doc: Doc, start_tok: int) -> list[Token]:
    """"a spokeswoman for Norvik Energy, Lise Dahl": the phrase before ", <name>" (or ", Prof <name>",
    ", Councillor <name>")."""
    while start_tok > 0 and (doc[start_tok - 1].lower_.rstrip(".") in HONORIFICS
                             or (doc[start_tok - 1].lower_ in TITLE_WORDS | _RANKS and doc[start_tok - 1].text[:1].isupper())):
        start_tok -= 1  # "Its chair, Councillor Brigid Hale", "Its president, Captain Aron Feld": past the title
    if start_tok < 2 or doc[start_tok - 1].text != "," or not doc[start_tok].text[:1].isupper():
        return []  # a name must follow the comma ("..., the 52-year-old said" is no "<role>, <name>")
    tokens: list[Token] = []
    for t in reversed(doc[max(0, start_tok - 16) : start_tok - 1]):
        joins_fields = (t.lower_ == "and" and tokens and tokens[0].text == tokens[0].lower_ and t.i > 0
                        and doc[t.i - 1].text == doc[t.i - 1].lower_ and doc[t.i - 1].pos_ in ("NOUN", "ADJ"))
        if (t.text in (",", ";", ".", "“", "”", '"') or t.pos_ in ("VERB", "AUX", "CCONJ")) and not joins_fields:
            break  # not at the "and" of "The French minister of environment and energy, Ségolène Royal"
        tokens.insert(0, t)
    if len(tokens) > 2 and tokens[1].lower_ == "of" and (tokens[0].like_num or tokens[0].lower_ in ("one", "some", "several")):
        tokens = tokens[2:]  # "one of its volunteers, Samir Haddad": its volunteer
    if tokens and (tokens[-1].like_num or tokens[-1].ent_type_ in ("DATE", "TIME")):
        return []  # "in a conference call with reporters on Dec. 2, Col. X": when and where, not what X is
    return tokens


def _of_after(doc: Doc, end_tok: int) -> list[Token]:
    """"Mayor Ana Ruiz of Port Calder": the proper name after "of"; "wrote Cameron Easley for Morning
    Consult": after "for", when the name is an organisation's."""
    if end_tok >= len(doc) or doc[end_tok].lower_ not in ("of", "for"):
        return []
    if doc[end_tok].lower_ == "for":
        following = doc[end_tok + 2] if end_tok + 2 < len(doc) and doc[end_tok + 1].lower_ == "the" else (
            doc[end_tok + 1] if end_tok + 1 < len(doc) else None)
        if (following is None or following.pos_ != "PROPN" or following.ent_type_ not in ("ORG", "")
                or following.lower_ in TITLE_WORDS or following.lower_ in ROLE_HEADS):
            return []  # "a win for Clinton", "Vale for President"
    tokens = []
    start = end_tok + 2 if end_tok + 1 < len(doc) and doc[end_tok + 1].lower_ == "the" else end_tok + 1
    for k, t in enumerate(doc[start : start + 8], start):
        inner_of = t.lower_ == "of" and tokens and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN"
        if t.pos_ != "PROPN" and not (tokens and t.lower_ in ("'s", "’s")) and not inner_of:
            break  # "of the University of Carrick": the inner "of" is part of the name
        tokens.append(t)
    if tokens and (_person_named(doc, _text(tokens)) or any(t.ent_type_ == "PERSON" for t in tokens)):
        return []  # "political scientist Patrick Murray of Christie": about a person, for no body
    return tokens


def _org_like(chunk) -> bool:
    """A noun chunk that names an organisation: an ORG entity, capitalised words ending in an
    organisation noun (the small spaCy model misses many, e.g. "Westmarch Retailers' Federation"),
    or a capitalised name that is a sentence's subject and no person ("Brenton Coatings has agreed")."""
    words = [t for t in chunk if t.dep_ != "det"]
    if not words or not any(t.text[:1].isupper() for t in words):
        return False
    # "the Clinton campaign", "Norvik Energy's union": a name before an organisation noun is fine
    if words[-1].lower_ in ORG_HEADS or all(t.ent_type_ == "ORG" for t in words):
        return True
    # spaCy's small model calls many two-word firm names persons ("Redhaven Rovers"); a plural
    # proper noun at the end names a firm or a team, rarely a person
    return (chunk.root.dep_ in ("nsubj", "nsubjpass") and all(t.pos_ == "PROPN" for t in words)
            and (words[-1].tag_ == "NNPS" or not any(t.ent_type_ == "PERSON" for t in words)))


def _sentences_back(doc: Doc, tok: int, n: int = _SENTENCES_BACK) -> int:
    """First token of the sentence ``n`` sentences before the one holding ``tok``."""
    first = doc[tok].sent.start
    for _ in range(n):
        if first > 0:
            first = doc[first - 1].sent.start
    return first


# "the regulator" for the Retail Finance Authority, "the agency" for a Commission: a kind of body the
# name does not end in
_KINDS_OF = {"regulator": {"authority", "commission", "agency", "board", "office"},
             "agency": {"commission", "authority", "administration", "bureau", "service", "department"},
             "watchdog": {"authority", "commission", "agency", "office"},
             # "the newspaper": the paper the article named by its own name ("the New York Daily News")
             "newspaper": {"news", "times", "post", "journal", "herald", "tribune", "gazette", "chronicle", "observer",
                           "telegraph", "globe", "inquirer", "examiner", "courier", "ledger", "register", "guardian"}}


def organisation_named_before(doc: Doc, tok: int, head: str | None = None) -> str | None:
    """The organisation a pointer at token ``tok`` means, by its fullest name in the document.

    Without ``head`` ("Its chief executive"): the nearest organisation named within a few sentences.
    With ``head`` ("the union", "the group's director"): the nearest name ending in that noun
    anywhere before, else one the noun was put beside ("The Digital Fairness Project, a consumer
    advocacy group"). Not the nearest organisation of any kind: on PolNeAR dev that guessed
    wrong for three of five ("the union" -> a coal company named just before)."""
    chunks = [c for c in doc.noun_chunks if c.end <= tok]
    first_sentence = _sentences_back(doc, tok)
    heads = {head} | _KINDS_OF.get(head, set()) if head else set()
    found = None
    for chunk in reversed(chunks):
        if head is None and chunk.start < first_sentence:
            break
        if _org_like(chunk) and (head is None or chunk[-1].lower_ in heads or any(
                t.lower_ in heads and t.text[:1].isupper() for t in chunk)):  # "University Hospital Kilbrannagh"
            found = chunk
            break
    if found is None and head is not None:
        for chunk in reversed(chunks):
            described = chunk.root.head
            if chunk.root.lower_ == head and chunk.root.dep_ == "appos" and described.i < chunk.start:
                found = next((c for c in chunks if c.start <= described.i < c.end and _org_like(c)), None)
                if found is not None:
                    break
    if found is None and head in ("company", "firm"):
        # "Halvren Therapeutics, a mid-sized drugmaker ... the company's chief executive": the nearest
        # name that is a company's by its last word (not any organisation: see above)
        found = next((c for c in reversed(chunks)
                      if _org_like(c) and corporate_name(_text([t for t in c if t.dep_ != "det"]))), None)
    if found is None and head is not None:
        # "The finance ministry ... Hessler, head of policy at the ministry": a body the article names
        # only in lower case, by its portfolio
        for chunk in reversed(chunks):
            words = [t for t in chunk if t.dep_ != "det"]
            if (len(words) == 2 and words[-1].lower_ == head and words[0].lower_ in PORTFOLIOS
                    and words[0].text == words[0].lower_):
                return _text(words)
    if found is None:
        return None
    tokens = _with_of_name(doc, found)
    named = next((k for k, t in enumerate(tokens) if t.text[:1].isupper() and t.dep_ != "det"), 0)
    if all(t.text == t.lower_ for t in tokens[:named]):
        tokens = tokens[named:]  # "the event organizer Alliance for Fair Schools": the name, not its description
    return fullest_organisation(doc, _text(tokens))


def fullest_organisation(doc: Doc, name: str) -> str:
    """The longest organisation name in the document that begins with ``name`` ("Lumera" ->
    "Lumera Systems Inc."), as the spec wants the fullest name."""
    words = name.split()
    if not words:
        return name
    # with a proper name after "of", which the NER and the parser leave out ("The Central Bank" + "of Arvena")
    longer = [_text(_with_of_name(doc, e)) for e in doc.ents if e.label_ == "ORG" and len(e) <= 6]
    longer += [_text(_with_of_name(doc, c)) for c in doc.noun_chunks if _org_like(c) and len(c) <= 6]
    starting = [n for n in longer if n.split()[: len(words)] == words and len(n) > len(name)]
    if starting:
        return max(starting, key=len)
    # "the Daily News" after "the New York Daily News": a name of two words or more that a longer one
    # ends with, when only one does ("National Committee" could be either party's)
    ending = {n for n in longer if len(words) >= 2 and n.split()[-len(words):] == words and len(n) > len(name)
              and n.split()[0][:1].isupper()}
    return ending.pop() if len(ending) == 1 else name


def organisation_with_word(doc: Doc, word: str) -> str | None:
    """The longest organisation the NER found whose name holds ``word`` ("Police" -> "Fenwick Bay
    Police Department"), if any."""
    # (the small model calls "Wexley County Sheriff's Office" a facility, or misses it: capitalised noun
    # chunks ending in an organisation's noun count too)
    found = [list(e) for e in doc.ents if e.label_ in ("ORG", "FAC")]
    found += [[t for t in c if t.dep_ != "det"] for c in doc.noun_chunks if _org_like(c)]
    names = [_text(tokens) for tokens in found
             if word.lower() in (POSSESSIVE.sub("", t.lower_) for t in tokens)]
    # the force itself before its officers' association or union
    forces = [n for n in names if n.split()[-1].lower() in ("department", "service", "force", "police", "constabulary", "office")]
    return max(forces or names, key=len) if names else None


def _with_of_name(doc: Doc, chunk) -> list[Token]:
    """The chunk's tokens, with a proper name after "of" ("the U.S. Court" + "of Appeals")."""
    return list(doc[chunk.start : end_past_of(doc, chunk.end)])


def _resolve_pointer(doc: Doc, tokens: list[Token], found: Affiliation) -> Affiliation:
    """"Its chief executive" / "the union's organiser": the organisation pointed back to."""
    tokens = [t for t in tokens if not t.is_space]
    if not tokens or not found.role:
        return found
    if not found.organisation and tokens[0].lower_ in _POSSESSIVE_PRONOUNS:
        return Affiliation(organisation_named_before(doc, tokens[0].i), found.role)
    if not found.organisation and tokens[0].lower_ == "whose" and tokens[0].i >= 2:
        # "organised by the Students' Union, whose president, Nadia Kerr, said": the name before "whose",
        # unless it is a person's ("Dennis Harlow, whose lawyer, Anita Broom, said")
        before = doc[tokens[0].i - 2] if doc[tokens[0].i - 1].text == "," else doc[tokens[0].i - 1]
        if before.ent_type_ == "PERSON" or _person_named(doc, before.text):
            return found
        return Affiliation(organisation_named_before(doc, tokens[0].i), found.role)
    if not found.organisation and [t.lower_ for t in tokens[:3]] in (["the", "country", "'s"], ["the", "country", "’s"]):
        # "the country's ambassador to the UN": the country named just before
        first = _sentences_back(doc, tokens[0].i, 1)
        country = [e for e in doc.ents if e.label_ == "GPE" and first <= e.start and e.end <= tokens[0].i]
        return Affiliation(country[-1].text if country else None, found.role)
    org = found.organisation or ""
    bare = org.lower() == org or (len(org.split()) == 1 and org.lower() in ORG_HEADS)  # "Council member X"
    if org and bare and org.lower().split()[-1] in ORG_HEADS:
        head = org.lower().split()[-1]
        named = organisation_named_before(doc, tokens[0].i, head=head)
        if named is None and org.lower() == head and head in BUSINESS_HEADS:
            named = lede_organisation(doc, head, tokens[0].idx)  # "company spokesman Felix Arango"
        if named is None and org.lower() == "group":
            # "the group's director, Hala Sabbagh": any organisation is a group; the one named just before
            named = organisation_named_before(doc, tokens[0].i)
        if named is None:
            # "league commissioner Patricia Vance said the Meridian Baseball League ...": named later in the sentence
            sentence = doc[tokens[0].i].sent
            named = next((fullest_organisation(doc, _text(_with_of_name(doc, c))) for c in doc.noun_chunks
                          if tokens[-1].i < c.start and c.end <= sentence.end and _org_like(c) and c[-1].lower_ == head), None)
        return Affiliation(named or org, found.role)
    return found


def _owns_next(token: Token) -> bool:
    """"governor" in "the governor's office": a possessive, whatever follows."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("'s", "’s")


def _organisation_speaker(doc: Doc, name: str) -> Affiliation:
    """A speaker that is not a person's name speaks for itself ("Wells Fargo"), unless it is a
    description of a person ("FBI director", "a reporter for USA Today") or a bare common noun."""
    at = text_of(doc).find(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    # a lower-case role word: "FBI director", not "Justice Department" or "Ministry of Justice", nor the owner
    # of an office ("The governor's office said": the office speaks for itself)
    if span is not None and any(_is_role(t) and t.text == t.lower_ and not _owns_next(t) for t in span):
        return _resolve_pointer(doc, list(span), _split_role(list(span)))
    last = name.split()[-1] if name.split() else ""
    if not _names_organisation(name) or (last == last.lower() and last not in ORG_HEADS):
        return Affiliation()  # "Clinton supporters", "Donald Trump's tweet": a group or a thing, no organisation
    if name == name.lower():  # "the union said": the union named earlier, else the union as written
        return Affiliation((organisation_named_before(doc, span.start, head=name.split()[-1]) if span else None) or name)
    return Affiliation(name, None)


def find_affiliation(doc: Doc, name: str, mentions: list[tuple[int, int]], is_org: bool) -> Affiliation:
    """Affiliation and role of one speaker, reading every place the document names them.

    ``mentions`` are character spans of the speaker's mentions beside cues; the
    name's other occurrences in the text are read too (the introduction usually
    carries the title).
    """
    last_word = name.split()[-1] if name.split() else ""
    if is_org or (last_word[:1].isupper() and last_word.lower() in ORG_HEADS):  # "Brenmark Nurses’ Union"
        return _organisation_speaker(doc, name)
    places = list(mentions)
    text = text_of(doc)
    surname = name.split()[-1] if name.split() else name
    for pattern in {name, surname}:
        if len(pattern) < 2:
            continue
        places += [(m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(pattern) + r"\b", text)]
    # where the name is written first, then descriptions with no name in them: a lede's "A New York judge"
    # says less of Frank Nervo than "Manhattan Supreme Court Justice Frank Nervo"
    named_words = set(name.split())
    places.sort(key=lambda p: (named_words.isdisjoint(re.findall(r"[\w.'’-]+", text[p[0] : p[1]])), p))
    headlines = headline_spans(text)
    result = Affiliation()
    party = None
    country = None  # "Ukrainian" of "Ukrainian President X": whose government, when the article names none
    for start, end in places:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        # The name inside a longer mention: find where it stands.
        inner = [t for t in span if t.text in name.split()]
        if not inner and all(t.pos_ == "PRON" for t in span):
            continue  # "he", "I": what stands beside a pronoun is no title ("..., the only way forward, I")
        if inner:
            first, last = inner[0].i, inner[-1].i + 1
        else:
            first, last = span.start, span.end
            described = _split_role(list(span))  # "The Republican nominee said": the mention is the title
            if described.role and not result.role:
                result.role = described.role
            if described.organisation and not result.organisation:
                result.organisation = described.organisation
        while first > 0 and doc[first - 1].text in name.split():
            first -= 1  # the surname's match inside the full name: the title stands before the first name
        if _relative_named(doc, first, name):
            continue  # "former President Bill Clinton" is not Hillary Clinton's title
        appositive = _appositive_after(doc, last)
        # a headline's capitals make "Black Lawmakers Rip Donald Trump" look like a title
        title = [] if any(a <= start < b for a, b in headlines) else _title_before(doc, first) or _shared_title(doc, first)
        # "... hurt the GOP presidential nominee with young voters, Graham said": a name with its verb right
        # after it ends a paraphrase, and the phrase before the comma is what was said, not the role
        role_phrase = [] if last < len(doc) and doc[last].pos_ == "VERB" else _role_phrase_before(doc, first)
        country = country or _country_before_role(title) or _country_before_role(appositive)
        candidates = [_resolve_pointer(doc, tokens, _split_role(tokens))
                      for tokens in (title, role_phrase, appositive)]
        candidates += [_outlet_before(title), _party_before(title)]
        if title and title[0].lower_ in ("former", "ex") and candidates[2].organisation:
            candidates.insert(0, candidates.pop(2))  # "Former X captain Lee Draycott, now a pundit for Y": Y
        candidates.insert(0, _now_after(doc, last))
        for candidate in candidates + [_who_heads_after(doc, last), _as_role_after(doc, first, last),
                                       _of_appositive(appositive), _described_as(appositive)]:
            if candidate.role and (not result.role or all(w in _YIELDING_TITLES | _TIME_MODIFIERS
                                                          for w in result.role.lower().split())):
                result.role = candidate.role  # "Colonel Radu Velic, a spokesman for the army": the job
            if candidate.organisation and not result.organisation:
                result.organisation = candidate.organisation
        of_tokens = _of_after(doc, last)
        if of_tokens and all(t.ent_type_ in ("GPE", "LOC") for t in of_tokens) and not _ends_in_body(of_tokens):
            of_tokens = []  # "Rep. Elijah Cummings of Maryland": a place, not whom he speaks for
        if of_tokens and (result.role or not result.organisation):
            # "spokesman Tomas Greve of the Liberal Alliance": the "of" names the organisation.
            result.organisation = _text(of_tokens)
        if party is None:
            tag = PARTY_TAG.match(text, end)
            party = PARTIES.get(tag.group(1)) if tag else None
        if party is None:
            described = _PARTY_APPOSITIVE.match(text, end)
            party = PARTY_WORDS[described.group(1).lower()] if described else None
        if result.role and result.organisation:
            break
    if result.organisation and result.organisation.lower() in PARTY_WORDS:
        result.organisation = PARTY_WORDS[result.organisation.lower()]  # "Democratic presidential nominee X"
    if not result.organisation:
        result.organisation = _organisation_from_role(doc, result.role, party, places[0][0] if places else 0)
    if result.organisation == "government" and country:
        result.organisation = f"{country} government"  # the article names no government: say whose
    if result.organisation == "government" and result.role in ("President", "Vice President"):
        # "President Obama" where the article writes "the Obama administration": that name, as the
        # spec wants the body as the article names it
        named = re.search(r"\b" + re.escape(surname) + r"(?:’s|'s)? [Aa]dministration\b", text)
        if named:
            result.organisation = POSSESSIVE.sub("", surname) + " administration"
    if not result.organisation and not result.role and named_as_organisation(doc, name):
        return _organisation_speaker(doc, name)  # "Ashby Vale said": a club the resolver took for a name
    if result.role and " and " not in name:
        result.role = _singular_role(result.role)
    return result


def _country_before_role(tokens: list[Token]) -> str | None:
    """"Ukrainian" of "Ukrainian President", "France" of "the France foreign minister": a nationality or
    a country right before the role words, which says whose government a minister or president is in."""
    words = [t for t in tokens if t.lower_ not in ("the", "a", "an")]
    head = next((k for k, t in enumerate(words) if _is_role(t)), None)
    if not head:
        return None
    front = words[:head]
    while front and front[-1].lower_ in ROLE_MODIFIERS:
        front = front[:-1]  # "French Foreign Minister": the country before the portfolio
    country = [t for t in front if t.ent_type_ in ("NORP", "GPE")]
    return _text(country) if country and country == front[-len(country):] and country[0].text[:1].isupper() else None


def _shared_title(doc: Doc, first: int) -> list[Token]:
    """"Democratic presidential candidates Dana Whitcomb and Ramon Castell": a plural title before the
    first of two names is the second's too."""
    if first < 2 or doc[first - 1].lower_ != "and" or doc[first - 2].ent_type_ != "PERSON":
        return []
    other = first - 2
    while other > 0 and doc[other - 1].ent_type_ == "PERSON" and doc[other].ent_iob_ != "B":
        other -= 1
    title = _title_before(doc, other)
    return title if title and title[-1].tag_ in ("NNS", "NNPS") and _is_role(title[-1]) else []


def _singular_role(role: str) -> str:
    """"Democratic presidential candidates Hillary Clinton and Bernie Sanders": each of them is a
    candidate (a joint speaker, "X and Y", keeps the plural)."""
    *front, last = role.split()
    word, stop = last.rstrip("."), last[len(last.rstrip(".")):]  # "Sens." -> "Sen."
    if word.lower().endswith("s") and not word.lower().endswith("ss") and word.lower()[:-1] in ROLE_HEADS:
        last = word[:-1] + stop
    return " ".join([*front, last])


def _relative_named(doc: Doc, first: int, name: str) -> bool:
    """The name's surname at ``first`` belongs to someone else: a first name that is not this person's
    stands before it ("Bill Clinton" where the speaker is Hillary Clinton). A first name has a vowel and
    no full stop, unlike "Cllr" or "Sgt."; "Jo-Renee Formicola" is read in its parts."""
    before = doc[first - 1] if first > 0 else None
    if before is None or before.pos_ != "PROPN" or before.ent_type_ != "PERSON" or not before.text[:1].isupper():
        return False
    own = set(re.split(r"[\s-]+", name))
    word = before.text
    return (word not in own and not _is_role(before) and word.lower() not in HONORIFICS | ROLE_MODIFIERS
            and not word.endswith(".") and not word.isupper() and bool(re.search(r"[aeiouyAEIOUY]", word)))


def _organisation_from_role(doc: Doc, role: str | None, party: str | None, near: int) -> str | None:
    """Whom a speaker speaks for when nothing names it beside them, first answer wins: the body in the
    title ("Police Chief X" -> the police force, "Council President X" -> the council), the party label,
    the company the story is about for an executive, the body the role implies ("minister" ->
    government), or one the article names for a professor or a surgeon."""
    if not role:
        return party
    first = role.split()[0].lower()
    if first in ("former", "ex", "retired", "onetime") or first.startswith("ex-"):
        return party  # "the former secretary of state", "former Sen.": whom they spoke for once, not now
    found = organisation_with_word(doc, first) if first in ("police", "fire", "sheriff") else None
    if found is None and first == "council":
        found = _body_named(doc, "council", near)
    found = found or party
    if found is None and role.lower() in _EXECUTIVE_ROLES | _CLUB_ROLES:
        found = lede_organisation(doc, "company", near) or lede_organisation(doc, "club", near)
    if found is None and role.lower() in ("governor", "deputy governor"):
        bank = lede_organisation(doc, "bank", near)  # "Governor X" in a story about a central bank
        found = bank if bank and "bank" in bank.lower().split() else None
    if found is None and len(role.split()) <= 3:
        # "Sen.", "House Speaker", "Senate minority leader", "state senator" -> "state Senate"
        words = role.lower().split()
        chamber = next((_CHAMBERS[w] for w in words if w in _CHAMBERS), None)
        if chamber:
            found = ("state " + chamber) if words[0] == "state" else chamber
    body = _implied_body(role) if found is None else None
    if body == "government":
        found = _portfolio_department(doc, role)  # "Labor Secretary X" where "the Labor Department" is named
    if body and found is None:
        found = _body_named(doc, body, near)
    named_body = _NAMED_BODY_ONLY.get(role.lower().split()[-1]) if found is None else None
    if named_body:
        found = _body_named(doc, named_body, near)
        found = found if found and found.lower() != named_body else None
    return found


def _portfolio_department(doc: Doc, role: str) -> str | None:
    """The department a portfolio's secretary or minister heads, when the article names it: "Labor
    Secretary" -> "Labor Department" / "Department of Labor" / "Ministry of Labor" as written; None otherwise."""
    portfolios = [w for w in role.split() if w.lower() in PORTFOLIOS and w[:1].isupper()]
    if not portfolios:
        return None
    word = re.escape(portfolios[0])
    # with a country's adjective in front and the rest of the name after: "Marvessan Ministry of Foreign Affairs"
    named = re.search(rf"\b(?:[A-Z][\w.]*\s+)?(?:(?:Department|Ministry) of (?:the )?{word}\b(?:\s+(?:and\s+)?[A-Z]\w+)*"
                      rf"|{word} (?:Department|Ministry)\b)", text_of(doc))
    if not named:
        return None
    words = named.group(0).split()
    return " ".join(words[1:] if words[0] in ("The", "A", "An", "This", "That", "Its", "Their") else words)


def _implied_body(role: str) -> str | None:
    """The body a role speaks for when no organisation is named with it: a minister the government,
    and so a secretary of a ministry's portfolio ("Transport Secretary"), not a press secretary."""
    words = role.lower().split()
    for linker in ("for", "of"):
        if linker in words[1:]:
            portfolio = [w for w in words[words.index(linker) + 1 :] if w not in ("the", "and")]
            words = words[: words.index(linker)]  # "Minister for Health": a minister
            if words[-1] == "secretary" and portfolio and portfolio[0] in PORTFOLIOS:
                return "government"  # "secretary of the economy", not "secretary of the club"
    if words[0] in ("shadow", "opposition"):
        return "opposition"  # "the shadow immigration minister", "Opposition Leader"
    if role in ("Treasurer", "President", "Pres.", "Vice President"):
        # a capitalised title alone: the finance minister, not a club's treasurer; "President Barack
        # Obama", a head of state (a company's president is "Acme president X" or "X, president of Acme")
        return "government"
    if words[-1] == "secretary" and len(words) > 1 and words[-2] in PORTFOLIOS:
        return "government"
    return IMPLIED_BODIES.get(words[-1])


def _body_named(doc: Doc, body: str, near: int) -> str | None:
    """A minister speaks for the government, a councillor for the council: the document's fullest
    name for that body ("the provincial government of Westmarch" -> "provincial government of
    Westmarch"), the bare body when the document never names it, or, where it names several ("the Russian government", "the Ukrainian
    government"), the one named nearest to character ``near``."""
    names: list[tuple[str, int]] = []
    for chunk in doc.noun_chunks:
        if chunk.root.lower_ != body:
            continue
        tokens = _with_of_name(doc, chunk)
        names.append((_text(tokens), tokens[0].idx))
    if not names:
        # "Prime Minister Aurelio Danek" in an article that never says "government": the spec's
        # gold (and a reader) still file a minister under the government
        return body
    qualified = {name for name, _ in names if name.lower() != body}
    if len(qualified) <= 1:
        return max((name for name, _ in names), key=len)
    return min(names, key=lambda n: (abs(n[1] - near), -len(n[0])))[0]


def unnamed_speaker_affiliation(doc: Doc, start: int, end: int) -> Affiliation:
    """Whom an unnamed speaker speaks for, from the mention itself: "A club spokesman" -> the club
    named before / spokesman; "Officials at Northway Rail, the country's largest operator" ->
    Northway Rail / Officials; "An official at the Department of Health, who asked not to be named"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.text.isupper():
        return Affiliation()  # or a headline in capitals ("OZ’S BOSS"), which the parse cannot read
    if len(span) == 1 and span[0].lower_ in ("who", "whom") and span[0].head.dep_ == "relcl":
        # "An official at the Department of Health, who asked not to be named, said": the mention is the
        # relative pronoun; the noun phrase it stands for says whom they speak for
        span = doc[span[0].head.head.left_edge.i : span[0].i]  # the loop below stops at the comma
    def linker_follows(comma: int) -> bool:  # ", from the University of Carrick,"
        return comma + 1 < len(doc) and doc[comma].text == "," and doc[comma + 1].lower_ in ("from", "at", "of", "with")

    end = span.end
    if linker_follows(end):  # the mention may stop before it (the rule tagger's does)
        end = next((t.i for t in doc[end + 1 : end + 16] if t.is_punct or t.is_sent_start), min(end + 16, len(doc)))
    tokens = []
    for t in doc[span.start : end]:
        if linker_follows(t.i):
            continue
        if t.text in (",", ";", "(", "—", "–") or t.lower_ in _STOP_APPOSITIVE:
            break  # an appositive or relative clause describes the organisation, it is not its name
        tokens.append(t)
    found = _resolve_pointer(doc, tokens, _split_role(tokens))
    if not found.found() and [t.lower_ for t in tokens if t.pos_ != "DET"] == ["police"]:
        return Affiliation("police")  # "police said", no force named: they still speak for the police
    if not found.organisation or found.organisation.lower() in PARTY_WORDS:
        # "Republicans said", "Some Democratic leaders": members of a party speak for it
        words = [t.lower_[:-1] if t.lower_.endswith("s") else t.lower_ for t in tokens]
        found.organisation = next((PARTY_WORDS[w] for w in words if w in PARTY_WORDS), None)
    return found
