"""PolNeAR (brat standoff) -> quotes JSONL, one document per line.

PolNeAR annotates attributions as brat events tying a Content span to a Cue and,
usually, a Source span. The conversion follows ``shared/spec/quotes-jsonl.md``:

- one annotator per article: when several annotated the same article (agreement
  checks), the lexicographically smallest annotator id wins, so runs are repeatable;
- content: the union of its pieces (``Content``, ``Content2``, discontinuous
  ``s e;s e`` parts) taken as ``min start .. max end``, then white space and
  quotation marks trimmed from both ends (the spec's offsets exclude enclosing
  marks; the evaluator trims the same way); except when every piece lies inside a
  quotation and they span several ("“A,” she said. “B.”"): then one direct statement
  per quotation, as the spec's ``direct`` (wholly inside quotation marks) wants; a
  quotation that opens after the sentence holding the cue ended gets no mention and
  no cue (the speaker stands in an earlier sentence) but keeps the speaker (and, when
  that is an unresolved pronoun, ``"speaker_mention"``: the mention it came from);
- kind: ``direct`` when every annotated piece lies inside one quotation (found by
  ``attribution.text.find_quotes``), ``mixed`` when it carries a quoted fragment,
  else ``indirect``;
- mention / cue: the Source / Cue span (``min .. max`` when discontinuous);
  mention is null for ``Attribution-no-source`` events;
- speaker: the mention reduced to a name (see ``speaker_from_mention``); pronouns
  and name-less mentions ("a source") give ``speaker: null`` and
  ``"speaker_unresolved": true`` (PolNeAR has no coreference to resolve them);
- affiliation, role and stance: null (not annotated), unless a people file is given:
  ``data/polnear_people/`` holds, for a sample of dev and test articles, each statement's
  speaker (resolved: "he" -> "Donald Trump"), affiliation and role as our annotators read
  them (``apply_people``), so the fields PolNeAR lacks can be measured on real news.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from attribution.affiliation import ROLE_HEADS
from attribution.errors import UserError
from attribution.text import QuoteSpan, find_quotes, follows_in_new_sentence, separate_quotations, trim_span

SPLITS = ("train", "dev", "test")
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "polnear"

# A standoff record starts with its id and a tab; anything else continues the previous
# T record's text (span text may hold newlines), which we never need: text comes from .txt.
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")

PRONOUNS = frozenset(
    "i me my we us our you your he him his she her they them their it its one who whom whose "
    "which that this these those someone somebody anyone everyone".split()
)
_DETERMINERS = frozenset(
    "the a an several many some most few two three four five six seven eight nine ten dozens".split()
)
# Words that stand before a name without being part of it (titles, party labels).
_TITLE_ABBREVIATIONS = frozenset("sen rep gov mr mrs ms dr prof gen lt col capt sens reps "
                                 "democrat republican libertarian rival".split())
# Sentence-initial plural nouns that PolNeAR marks as sources; without a parse they look like names.
_PLURAL_SUBJECTS = frozenset("officials critics experts analysts democrats republicans economists "
                             "lawmakers investigators authorities police residents witnesses".split())


@dataclass(frozen=True)
class Entity:
    kind: str
    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return min(s for s, _ in self.pieces)

    @property
    def end(self) -> int:
        return max(e for _, e in self.pieces)


def parse_ann(ann_text: str) -> tuple[dict[str, Entity], list[tuple[str, dict[str, list[str]]]]]:
    """Text-bound entities by id, and events as (type, {role: [entity ids]}).

    Roles keep brat's numbering stripped ("Content2" -> "Content"), so a role may
    list several entities.
    """
    entities: dict[str, Entity] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for line in ann_text.splitlines():
        m = _T_LINE.match(line)
        if m:
            pieces = tuple(tuple(int(x) for x in part.split()) for part in m.group(3).split(";") if part.strip())
            entities[m.group(1)] = Entity(m.group(2), pieces)  # type: ignore[arg-type]
            continue
        m = _E_LINE.match(line)
        if not m:
            continue
        args = m.group(2).split()
        if not args:
            continue
        etype = args[0].split(":", 1)[0]
        roles: dict[str, list[str]] = {}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            roles.setdefault(role.rstrip("0123456789"), []).append(ref)
        events.append((etype, roles))
    return entities, events


def speaker_from_mention(mention: str) -> str | None:
    """The name in a source mention, or None when it names nobody.

    PolNeAR's Source spans are mentions as written; the spec's ``speaker`` is a name
    ("John Kirby", not "the spokesman"), null when the document names nobody. Rules,
    deliberately simple (PolNeAR has no entity annotation to do better):

    - split at commas and brackets and take the first part that, after leading
      determiners and quantifiers ("the", "several", "two"), starts with a capital
      ("Craig Varoga, a D.C.-based strategist" -> "Craig Varoga"; "one of the
      attorneys, Justin Bamberg" -> "Justin Bamberg"; "The New York Post" -> "New
      York Post");
    - a title before the name is dropped: the name is what follows the last role
      word or title abbreviation ("White House spokesman Josh Earnest" -> "Josh
      Earnest", "Sen. Lindsey Graham" -> "Lindsey Graham");
    - a part that ends in a role word ("Republican presidential nominee", "New York
      state attorney general"), or is one sentence-initial plural noun before lower-case
      words ("Officials at the port", "Critics"), names nobody -> None;
    - pronouns and mentions with no capitalised part ("a source") -> None.
    """
    for part in re.split(r"[,(\[\]);]", mention):
        words = " ".join(part.split()).strip(" .:-—–").split()
        while words and (words[0].lower() in _DETERMINERS or words[0].isdigit()):
            words = words[1:]
        if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
            continue
        if not words[0][:1].isupper():
            continue
        if _bare(words[-1]).lower() in ROLE_HEADS and words[-1][:1].islower():
            return None  # "Republican presidential nominee": a role, no name
        if (len(words) == 1 or not any(w[:1].isupper() for w in words[1:])) and (
            len(words) > 1 or words[0].lower() in _PLURAL_SUBJECTS
        ) and words[0].lower().endswith("s") and "'" not in words[0] and "’" not in words[0]:
            return None  # "Officials at the port": capitalised only because it opens the sentence
        for i in range(len(words) - 2, -1, -1):
            word = _bare(words[i]).lower()
            of_state = word == "state" and [w.lower() for w in words[max(i - 2, 0):i]] == ["secretary", "of"]
            if (word in ROLE_HEADS or word in _TITLE_ABBREVIATIONS or of_state) and words[i + 1][:1].isupper():
                return " ".join(words[i + 1 :])
        return " ".join(words)
    return None


def _bare(word: str) -> str:
    return word.rstrip(".,:;’'s") if word.endswith(("’s", "'s")) else word.rstrip(".,:;")


def _kind(pieces: list[tuple[int, int]], quotes: list[QuoteSpan]) -> str:
    def inside(s: int, e: int) -> bool:
        return any(q.start <= s and e <= q.end for q in quotes)

    if pieces and all(inside(s, e) for s, e in pieces):
        return "direct"
    lo, hi = min(s for s, _ in pieces), max(e for _, e in pieces)
    for q in quotes:
        if lo <= q.open_mark < hi or (q.start < hi and lo < q.end):
            return "mixed"
    return "indirect"


def _span(text: str, ent: Entity | None) -> dict[str, Any] | None:
    if ent is None:
        return None
    start, end = trim_span(text, ent.start, ent.end, chars="")
    return {"start": start, "end": end, "text": text[start:end]}


def convert_article(doc_id: str, text: str, ann_text: str) -> dict[str, Any]:
    """One article and its annotation -> a spec document (dict), quotes in text order."""
    entities, events = parse_ann(ann_text)
    quotes_found = find_quotes(text)
    quotes: list[dict[str, Any]] = []
    for etype, roles in events:
        if not etype.startswith("Attribution"):
            continue
        contents = [entities[r] for r in roles.get("Content", []) if r in entities]
        if not contents:
            continue  # an attribution with no content carries no statement
        pieces = []
        for ent in contents:
            for s, e in ent.pieces:
                s, e = trim_span(text, s, e)
                if e > s:
                    pieces.append((s, e))
        if not pieces:
            continue
        cue = next((entities[r] for r in roles.get("Cue", []) if r in entities), None)
        source = next((entities[r] for r in roles.get("Source", []) if r in entities), None)
        mention = _span(text, source)
        groups = separate_quotations(pieces, quotes_found)
        for group in groups or [pieces]:
            start, end = min(s for s, _ in group), max(e for _, e in group)
            follow_on = bool(groups) and cue is not None and follows_in_new_sentence(text, cue.end, start)
            quote: dict[str, Any] = {
                "start": start,
                "end": end,
                "text": text[start:end],
                "kind": _kind(group, quotes_found),
                "speaker": speaker_from_mention(mention["text"]) if mention else None,
                "mention": None if follow_on else mention,
                "cue": None if follow_on else _span(text, cue),
                "affiliation": None,
                "role": None,
                "stance": None,
                "score": 1.0,
            }
            if mention and quote["speaker"] is None:
                quote["speaker_unresolved"] = True
                if follow_on:  # the evaluator's way to the speaker of a mention-less quotation
                    quote["speaker_mention"] = mention
            quotes.append(quote)
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return {"id": doc_id, "text": text, "quotes": quotes}


ANNOTATOR_CHOICES = ("first", "all")


def split_files(corpus: Path, split: str, annotators: str = "first") -> list[tuple[str, Path, Path]]:
    """(document id, text path, .ann path) for every annotated article of a split, sorted.

    ``annotators="first"``: one annotation per article, the smallest annotator id, with the
    article id as document id (what evaluation reads). ``"all"``: every annotator's copy of
    an article (about 9% of PolNeAR's articles were annotated twice or more for agreement
    checks), with ``<article>_<annotator>`` as document id: more training data, and what
    CofeNet trained on.
    """
    if annotators not in ANNOTATOR_CHOICES:
        raise UserError(f"unknown annotator choice {annotators!r} (known: {', '.join(ANNOTATOR_CHOICES)})")
    base = Path(corpus) / "data" / split
    text_dir, ann_dir = base / "text", base / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise UserError(f"{base} is not a PolNeAR split (expected text/ and attributions/ in it)")
    chosen: dict[str, tuple[str, Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        article, _, _annotator = ann.stem.rpartition("_")
        if not article:
            continue
        if annotators == "all":
            chosen[ann.stem] = (article, ann)
        elif article not in chosen:  # sorted: the first one seen has the smallest id
            chosen[article] = (article, ann)
    out = []
    for doc_id, (article, ann) in sorted(chosen.items()):
        txt = text_dir / f"{article}.txt"
        if txt.exists():
            out.append((doc_id, txt, ann))
    return out


def iter_split(corpus: Path, split: str) -> Iterator[dict[str, Any]]:
    """Spec documents (dicts) of one split, in article-id order."""
    for article, txt, ann in split_files(corpus, split):
        text = txt.read_text(encoding="utf-8")
        yield convert_article(article, text, ann.read_text(encoding="utf-8"))


PEOPLE_FIELDS = ("speaker", "speaker_aliases", "affiliation", "affiliation_aliases", "role")


def content_digest(text: str) -> str:
    """First 12 hex digits of the SHA-1 of a statement's text: a people file names statements by
    offsets and this digest, never by their words (no corpus text is stored in the repository)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_people(path: Path) -> dict[str, dict[tuple[int, int], dict[str, Any]]]:
    """A people file (``data/polnear_people/*.jsonl``) -> {article: {(start, end): row}}."""
    people: dict[str, dict[tuple[int, int], dict[str, Any]]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"cannot read people file {path}: {exc.strerror}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            people.setdefault(row["article"], {})[(int(row["start"]), int(row["end"]))] = row
        except (ValueError, KeyError, TypeError):
            raise UserError(f"{path}:{number}: not a people row (article, start, end, sha1, speaker, ...)") from None
    return people


def apply_people(doc: dict[str, Any], rows: dict[tuple[int, int], dict[str, Any]]) -> dict[str, Any]:
    """Put annotated speakers, affiliations and roles on a converted article's statements.

    Every statement of the article must have its row (the annotators read them all), and each
    row's digest must match the text it points at: a different corpus copy or a changed
    conversion stops here instead of scoring the wrong statements."""
    for quote in doc["quotes"]:
        row = rows.get((quote["start"], quote["end"]))
        if row is None:
            raise UserError(f"people file has no row for {doc['id']} [{quote['start']}, {quote['end']})")
        if row.get("sha1") != content_digest(quote["text"]):
            raise UserError(f"people file row for {doc['id']} [{quote['start']}, {quote['end']}) "
                            "does not match this corpus's text")
        for field in PEOPLE_FIELDS:
            quote[field] = row.get(field)
        quote.pop("speaker_unresolved", None)  # the annotators resolved it
        quote.pop("speaker_mention", None)
    return doc


def convert(corpus: Path = DEFAULT_CORPUS, out_dir: Path = REPO_ROOT / "runs" / "polnear",
            splits: tuple[str, ...] = SPLITS, people: Path | None = None) -> dict[str, dict[str, int]]:
    """Write ``<out_dir>/<split>.jsonl`` for each split; returns counts per split.

    With ``people`` (a people file), only the articles it annotates are written, with its
    speakers, affiliations and roles."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise UserError(f"PolNeAR corpus not found at {corpus} (pass --corpus)")
    people_rows = read_people(people) if people is not None else None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, int]] = {}
    for split in splits:
        if split not in SPLITS:
            raise UserError(f"unknown split {split!r}: choose from {', '.join(SPLITS)}")
        n_docs = n_quotes = 0
        kinds: dict[str, int] = {}
        with open(out_dir / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for doc in iter_split(corpus, split):
                if people_rows is not None:
                    if doc["id"] not in people_rows:
                        continue
                    doc = apply_people(doc, people_rows[doc["id"]])
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
                n_docs += 1
                n_quotes += len(doc["quotes"])
                for q in doc["quotes"]:
                    kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        counts[split] = {"documents": n_docs, "quotes": n_quotes, **kinds}
    return counts


def gold_spans(text: str, ann_text: str) -> list[tuple[str, int, int]]:
    """Every annotated piece as (``source`` | ``cue`` | ``content``, start, end), sorted,
    without duplicates: what a BIO tagger learns and what exact-match span F1 counts
    (CofeNet style). Discontinuous parts stay separate pieces; content pieces are
    trimmed of white space and quotation marks, the others of white space.
    """
    entities, events = parse_ann(ann_text)
    out: set[tuple[str, int, int]] = set()
    for etype, roles in events:
        if not etype.startswith("Attribution"):
            continue
        for role, kind in (("Content", "content"), ("Source", "source"), ("Cue", "cue")):
            for ref in roles.get(role, []):
                ent = entities.get(ref)
                if ent is None:
                    continue
                for s, e in ent.pieces:
                    s, e = trim_span(text, s, e) if kind == "content" else trim_span(text, s, e, chars="")
                    if e > s:
                        out.add((kind, s, e))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


def iter_span_docs(corpus: Path, split: str, annotators: str = "first") -> Iterator[tuple[str, str, list[tuple[str, int, int]]]]:
    """(document id, text, gold pieces) for every article of a split (see ``split_files``)."""
    for article, txt, ann in split_files(corpus, split, annotators):
        text = txt.read_text(encoding="utf-8")
        yield article, text, gold_spans(text, ann.read_text(encoding="utf-8"))
