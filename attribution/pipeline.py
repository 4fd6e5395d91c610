"""The extraction pipeline: text -> attributions -> speakers -> affiliation -> stance.

``Pipeline.process`` takes a ``Document`` and returns it with ``quotes`` filled
in the spec's shape. Each step lives in its own module; this one only runs them
in order and carries what one step needs from the one before.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from attribution.affiliation import (CHAMBERS, PARTY_WORDS, Affiliation, description_job, find_affiliation, tidy,
                                     unnamed_speaker_affiliation)
from attribution.sentences import as_written, check_length, parse
from attribution.speakers import Resolved, SpeakerResolver, with_capital_the
from attribution.statements import is_statement
from attribution.tagging import Tagger, load_tagger
from attribution.text import QuoteSpan, content_bounds, find_quotes, paragraph_spans
from attribution.types import Attribution, Document, Span, Statement

log = logging.getLogger(__name__)


def statement_kind(start: int, end: int, quotes: list[QuoteSpan]) -> str:
    """direct: wholly inside quotation marks; mixed: carries a quoted fragment; else indirect."""
    for q in quotes:
        if q.start <= start and end <= q.end:
            return "direct"
    for q in quotes:
        if start <= q.open_mark < end or start < q.end <= end:
            return "mixed"
    return "indirect"


@dataclass
class Pipeline:
    """Runs every step on a document. ``stance``: ``True`` needs the stance model,
    ``"auto"`` uses it when shipped, ``False`` skips it."""

    tagger: str = "auto"
    stance: bool | str = "auto"
    target: str | None = None
    tagger_dir: str | None = None
    # keep every attribution the tagger finds, as PolNeAR annotates them, not only statements
    all_attributions: bool = False
    _tagger: Tagger | None = field(default=None, init=False, repr=False)
    _stance_model: object | None = field(default=None, init=False, repr=False)

    @property
    def tagger_impl(self) -> Tagger:
        if self._tagger is None:
            self._tagger = load_tagger(self.tagger, self.tagger_dir)
        return self._tagger

    @property
    def model_version(self) -> str:
        return f"{self.tagger_impl.name}"

    def process(self, doc: Document) -> Document:
        check_length(doc.text)  # the tagger would otherwise read a 5 MB text before the parse refuses it
        attributions = self.tagger_impl.tag(doc.text)
        doc.quotes = attribute(doc.text, attributions, keep_all=self.all_attributions)
        if self.stance:
            self._label_stance(doc)
        return doc

    def _label_stance(self, doc: Document) -> None:
        if not doc.quotes:
            return
        try:
            from attribution.stance import derive_target, load_stance_classifier

            if self._stance_model is None:
                self._stance_model = load_stance_classifier()
        except Exception as exc:  # the stance model is optional unless asked for explicitly
            if self.stance is True:
                raise
            log.debug("stance skipped: %s", exc)
            self.stance = False
            return
        target = self.target or doc.target or derive_target(doc)
        if not target:
            return
        contexts = [_context(doc.text, q) for q in doc.quotes]
        stances = self._stance_model.predict(target, [q.text for q in doc.quotes], contexts)
        for quote, stance in zip(doc.quotes, stances):
            quote.stance = stance


def _context(text: str, quote: Statement, width: int = 200) -> str:
    """A little text around a statement (its cue and speaker usually stand there)."""
    return text[max(0, quote.start - width) : min(len(text), quote.end + width)]


def attribute(text: str, attributions: list[Attribution], keep_all: bool = False) -> list[Statement]:
    """Turn tagged spans into statements: kind, resolved speaker, affiliation and role. Attributions
    that are no statement (``attribution.statements``) are left out unless ``keep_all``."""
    parsed = parse(text)
    quotes = find_quotes(text)
    paragraph_starts = [start for start, _ in paragraph_spans(text)]
    resolver = SpeakerResolver(parsed, quotes)

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(paragraph_starts, offset) - 1

    # Kept after an ablation (eval/ablate_pipeline.py): neutral on PolNeAR dev, which has
    # few multi-paragraph quotes, +2.5 statement F1 on data/samples. Two other rules
    # (listener-as-source, dropping cross-paragraph pairs) were removed: no gain on either.
    attributions = join_quote_pieces(text, attributions, quotes)
    attributions = signed_quotes(text, attributions, quotes)

    statements: list[Statement] = []
    speakers: list[Resolved] = []
    follows: list[bool] = []  # a follow-on quote with no cue of its own
    # Attributions that are no statement ("The ministry rejected the report.") are resolved like
    # the rest and dropped only at the end: a quotation after one is still its speaker's, a pronoun
    # may still point back to it, and its mention may be the one that gives the role.
    dropped: list[bool] = []
    for a in sorted(attributions, key=lambda a: a.content.start):
        start, end = content_bounds(text, a.content.start, a.content.end)
        if end <= start:
            continue
        kind = statement_kind(start, end, quotes)
        follows_previous = False
        introduced = resolver.introduced_before(start) if a.source is None and kind == "direct" else None
        if a.source is not None:
            speaker = resolver.resolve(a.source, start)
        elif introduced is not None:
            speaker = introduced  # "Tom Reed was blunt. “The plan is dead.”"
            resolver.remember(start, speaker)
        elif statements and paragraph_of(start) - paragraph_of(statements[-1].start) <= 1 and kind != "indirect":
            # A follow-on quote with no cue: news copy means the speaker of the quote before.
            speaker = speakers[-1]
            resolver.remember(start, speaker)
            follows_previous = True
        else:
            speaker = Resolved(None)
        statements.append(
            Statement(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                speaker=speaker.name,
                mention=a.source,
                cue=a.cue,
                score=a.score if speaker.name else a.score * 0.8,
            )
        )
        speakers.append(speaker)
        follows.append(follows_previous)
        dropped.append(not keep_all and not is_statement(parsed, a, start, end, kind))
    parties, jobs = resolver.party_descriptions(), resolver.role_descriptions()
    _add_affiliations(parsed, statements, speakers, follows, parties, jobs)
    for st, speaker in zip(statements, speakers):
        st.speaker = as_written(st.speaker, text)
        st.affiliation, st.role = (as_written(tidy(v), text) for v in (st.affiliation, st.role))
        st.affiliation = with_capital_the(st.affiliation, text)
        if speaker.is_org:
            st.speaker = with_capital_the(st.speaker, text)
    return [st for st, drop in zip(statements, dropped) if not drop]


# '“…” ― Karen Bobadilla.' at a line's end: a quotation signed with its speaker's name, as in
# round-ups of readers' or voters' comments
_SIGNATURE = re.compile(r"[^\S\n]*(?:[―—–]|\s-)[^\S\n]*([A-Z@][^\n―—–]{1,80}?)[^\S\n.]*\.?(?=\n|$)")
_SIGNED_CLOSE = re.compile(r"[”\"](?=" + _SIGNATURE.pattern + ")")


def signed_quotes(text: str, attributions: list[Attribution], quotes: list[QuoteSpan]) -> list[Attribution]:
    """A quotation followed on its line by a dash and a name has that name as its source.

    The tagger reads such lists as prose and pairs each quote with the name before it, the
    previous quote's signature (wrong for every item on the people dev set's round-up), and
    sometimes runs two signed quotations into one content: that content is cut at each
    signature inside it. The closing marks are read from the text itself, not from the
    quotation pairs, because round-ups are where an opening mark is typed as a closing one."""
    signed_closes = [m.start() for m in _SIGNED_CLOSE.finditer(text)]
    if not signed_closes:
        return attributions
    signed = []
    for a in attributions:
        pieces = _cut_at_signatures(text, a, signed_closes)
        if pieces:
            signed.extend(pieces)
            continue
        home = next((q for q in quotes if q.start <= a.content.start and a.content.end <= q.end
                     and q.close_mark is not None), None)
        signature = _SIGNATURE.match(text, home.close_mark + 1) if home is not None else None
        if signature is not None:
            a = Attribution(a.content, _signature_name(text, signature), None, a.score)
        signed.append(a)
    return signed


def _signature_name(text: str, signature: re.Match) -> Span:
    return Span.of(text, signature.start(1), signature.end(1))


def _cut_at_signatures(text: str, a: Attribution, signed_closes: list[int]) -> list[Attribution]:
    """The content's pieces, each with the signature that closes it, when a signature stands
    inside the content (the last may close right at its end); [] when none does.
    ``signed_closes``: the offsets of every closing mark followed by a signature."""
    closes = signed_closes[bisect.bisect_left(signed_closes, a.content.start):
                           bisect.bisect_right(signed_closes, a.content.end)]
    if not closes or (len(closes) == 1 and closes[0] >= a.content.end - 1):
        return []  # one quotation, signed at its end: the quotation's own rule gives the name
    pieces, cursor = [], a.content.start
    for close in closes:
        signature = _SIGNATURE.match(text, close + 1)
        start, end = content_bounds(text, cursor, close)
        if end > start:
            pieces.append(Attribution(Span.of(text, start, end), _signature_name(text, signature), None, a.score))
        cursor = signature.end()
        while cursor < a.content.end and (text[cursor].isspace() or text[cursor] in "“”\""):
            cursor += 1  # the next quotation's opening mark, typed either way round
    start, end = content_bounds(text, cursor, a.content.end)
    if end > start:  # words after the last signature keep the tagger's source
        pieces.append(Attribution(Span.of(text, start, end), a.source, a.cue, a.score))
    return pieces


def join_quote_pieces(text: str, attributions: list[Attribution], quotes: list[QuoteSpan]) -> list[Attribution]:
    """One statement per quotation that runs over several paragraphs.

    A tagger that reads paragraph windows sees such a quote in pieces; the
    quotation marks say they are one statement. The piece whose cue stands
    right beside the quotation keeps its source and cue (`"...," Marsh said`).
    """
    long_quotes = [q for q in quotes if q.paragraphs > 1]
    if not long_quotes:
        return attributions
    kept: list[Attribution] = []
    pieces: dict[int, list[Attribution]] = {}
    for a in attributions:
        home = next((i for i, q in enumerate(long_quotes) if q.start <= a.content.start and a.content.end <= q.end), None)
        if home is None:
            kept.append(a)
        else:
            pieces.setdefault(home, []).append(a)
    for i, group in pieces.items():
        q = long_quotes[i]
        close = q.close_mark if q.close_mark is not None else q.end

        def beside(a: Attribution) -> int:
            if a.cue is None:
                return 10**9
            return min(abs(a.cue.start - close), abs(q.open_mark - a.cue.end))

        best = min(group, key=beside)
        kept.append(Attribution(Span.of(text, q.start, q.end), best.source, best.cue, max(a.score for a in group)))
    return sorted(kept, key=lambda a: a.content.start)


# Jobs that exist to speak for an organisation ("Press secretary Karine Jean-Pierre told reporters")
_SPEAKING_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "secretary"})
_NEAR_STATEMENT = 300  # characters: the organisation's statement ends this close before the spokesperson's


def _organisation_just_before(statements: list[Statement], speakers: list[Resolved], i: int) -> str | None:
    """"The White House said in a statement ... Press secretary X told reporters": a spokesperson with no
    body named speaks for the organisation whose statement comes right before theirs."""
    if i == 0 or not speakers[i - 1].is_org or statements[i].start - statements[i - 1].end > _NEAR_STATEMENT:
        return None
    return statements[i - 1].speaker


def _add_affiliations(parsed, statements: list[Statement], speakers: list[Resolved], follows: list[bool],
                      described: dict[str, tuple[str, str | None]], jobs: dict[str, list]) -> None:
    """``described``: person -> (party word, description or None) from descriptions or contests elsewhere in
    the text (``SpeakerResolver.party_descriptions``), for people nothing beside their name gives a body; ``jobs``:
    person -> the tokens of a job the text gives them with no name (``SpeakerResolver.role_descriptions``),
    for people nothing beside their name gives a role."""
    by_name: dict[str, list[int]] = {}
    for i, st in enumerate(statements):
        if st.speaker:
            by_name.setdefault(st.speaker, []).append(i)
    for name, indices in by_name.items():
        mentions = [
            (statements[i].mention.start, statements[i].mention.end) for i in indices if statements[i].mention is not None
        ]
        # an organisation only if every statement read it as one: a headline's capitals can make the
        # NER take "Bernie Sanders Promises Action ..." for an organisation
        is_org = all(speakers[i].is_org for i in indices)
        found = find_affiliation(parsed, name, mentions, is_org)
        party, description = described.get(name, (None, None))
        if party and (not found.organisation or (description and found.organisation in CHAMBERS)):
            # "Rep. Adam Schiff, the top Democrat on the committee": a legislator's party, where the text
            # describes them so, is whom readers take them to speak for, not the chamber the title implies
            found = Affiliation(PARTY_WORDS[party.lower()], found.role or description)
        if not found.role and not is_org and name in jobs:
            job = description_job(jobs[name])
            found = Affiliation(found.organisation or job.organisation, job.role)
        if not found.organisation and found.role and found.role.lower().split()[-1] in _SPEAKING_FOR:
            found.organisation = _organisation_just_before(statements, speakers, indices[0])
        for i in indices:
            statements[i].affiliation = found.organisation
            statements[i].role = found.role
    # Nobody named ("a club spokesman said"): the mention still says whom they speak for, and a
    # follow-on quote speaks for the same.
    for i, st in enumerate(statements):
        if st.speaker:
            continue
        if st.mention is not None:
            found = unnamed_speaker_affiliation(parsed, st.mention.start, st.mention.end)
            st.affiliation, st.role = found.organisation, found.role
        elif follows[i] and i > 0:
            st.affiliation, st.role = statements[i - 1].affiliation, statements[i - 1].role


def extract(doc: Document, **options) -> Document:
    """One-call convenience: ``Pipeline(**options).process(doc)``."""
    return Pipeline(**options).process(doc)


__all__ = ["Pipeline", "attribute", "extract", "statement_kind", "Span"]
