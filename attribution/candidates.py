"""Candidate statements by rules: spaCy's dependency parse plus quotation marks.

This is the ``rules`` tagger: the baseline the transformer is measured against,
and the fallback when no trained weights are present. It finds

- reported speech: a speech verb ("said", "warned", "told") whose clausal
  complement is the content and whose subject is the source;
- "according to X, ..." in front of or behind its content;
- direct quotes, paired with the speech verb beside them in the sentence
  (`"...," Kirby said`, `said Karlsson`, `X said: "..."`);
- quotes with no cue, kept (without a source) only when long enough to be a
  statement rather than a scare quote; the pipeline gives them the speaker of
  the quote before, as a follow-on paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from attribution.sentences import original_text, parse, text_of
from attribution.text import EDGE_PUNCT, QuoteSpan, content_bounds, find_quotes
from attribution.types import Attribution, Span

SPEECH_VERBS = frozenset(
    """say tell add announce argue warn insist deny claim state explain note report suggest acknowledge
    admit accuse allege confirm predict write tweet post stress urge vow promise reply respond answer
    declare assert contend maintain emphasize emphasise caution concede complain recall remark observe
    testify reiterate demand criticize criticise praise counter conclude estimate mention pledge
    propose recommend reveal threaten told""".split()
)
# Subjects that are never speakers on their own ("it said" is usually an organisation, so "it" stays).
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Shorter quotes without a cue are scare quotes or titles, not statements.
MIN_UNCUED_QUOTE_WORDS = 5
# A cue for a quote with no clause link must stand right beside it ("...," said X / X said: "...").
_MAX_CUE_DISTANCE = 40


def _char_gap(text: str, quote: QuoteSpan, tok: Token) -> int:
    close = quote.close_mark if quote.close_mark is not None else quote.end
    if tok.idx > close:
        return tok.idx - close
    return max(0, quote.open_mark - (tok.idx + len(tok)))


class RuleTagger:
    """Rule-based span tagger (``Tagger`` protocol in ``attribution.tagging``)."""

    name = "rules"

    def tag(self, text: str) -> list[Attribution]:
        return find_attributions(parse(text), find_quotes(text))


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span.of(original_text(doc), start, end)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "agent"):
            if child.dep_ == "agent":  # "was announced by the ministry"
                child = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child is None:
                    continue
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # "Kirby, who said ..."
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)  # "She stood up and said ...", "He defended it, saying ..."
    return None


def _mention_span(doc: Doc, head: Token) -> Span:
    """The subject phrase as written, without relative clauses or trailing punctuation."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("relcl", "acl", "punct", "cc") and tok.i > head.i:
            if tok.dep_ != "punct":
                continue
        tokens.append(tok)
        stack.extend(tok.children)
    tokens = [t for t in tokens if t.dep_ not in ("relcl",)]
    start_tok = min(t.i for t in tokens)
    end_tok = max(t.i for t in tokens)
    # Cut at the first comma after the head: the appositive is context, not the mention,
    # unless the appositive is the name ("A spokeswoman for Norvik Energy, Lise Dahl,").
    named_appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and head.pos_ != "PROPN"]
    if named_appos:
        end_tok = max(t.i for t in named_appos[0].subtree)
    for t in doc[head.i + 1 : end_tok + 1]:
        if named_appos:
            break
        if t.text in (",", "(", "—", "–"):
            end_tok = t.i - 1
            break
    start, end = doc[start_tok].idx, doc[end_tok].idx + len(doc[end_tok])
    start, end = content_bounds(text_of(doc), start, end)
    return _span(doc, start, end)


def mention_of_subject(doc: Doc, verb: Token) -> Span | None:
    """The speaker mention of a cue verb by the parse, or None."""
    subj = _subject(verb)
    return _mention_span(doc, subj) if subj is not None else None


def _cue_span(doc: Doc, verb: Token) -> Span:
    """The verb with its particle ("pointed out") and, for "told", its listener ("told reporters")."""
    end_tok = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end_tok = child
        if verb.lemma_ == "tell" and child.dep_ in ("dobj", "dative") and child.i == verb.i + 1:
            end_tok = child
    return _span(doc, verb.idx, end_tok.idx + len(end_tok))


def _inside(quotes: list[QuoteSpan], start: int, end: int) -> QuoteSpan | None:
    for q in quotes:
        if q.open_mark <= start and end <= (q.close_mark if q.close_mark is not None else q.end) + 1:
            return q
    return None


def _according_to(doc: Doc, sent: SpacySpan) -> list[tuple[Token, Token, int, int]]:
    """("according" token, source head, content start, content end) for each "according to X"."""
    found = []
    for tok in sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase_end = max(t.i for t in pobj.subtree)
        phrase = (tok.i, phrase_end)
        # Content: the rest of the sentence on the side that holds the clause.
        before = (sent.start, phrase[0])
        after = (phrase[1] + 1, sent.end)
        side = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
        if side[1] <= side[0]:
            continue
        start = doc[side[0]].idx
        end = doc[side[1] - 1].idx + len(doc[side[1] - 1])
        found.append((tok, pobj, start, end))
    return found


def find_attributions(doc: Doc, quotes: list[QuoteSpan]) -> list[Attribution]:
    """All attributions the rules find in a parsed document, in text order."""
    text = text_of(doc)
    results: list[Attribution] = []
    covered_quotes: set[int] = set()
    verbs_used: set[int] = set()

    def add(start: int, end: int, source: Span | None, cue: Span | None, score: float) -> None:
        start, end = content_bounds(text, start, end)
        if end <= start:
            return
        # A content that sits inside one quotation is that quotation (direct), and so is
        # a complementizer plus a quotation ('saying that "..."').
        q = _inside(quotes, start, end)
        if q is None:
            q = next((q for q in quotes if start <= q.open_mark < end and q.end > end - 2), None)
            if q is not None:
                lead = text[start : q.open_mark].strip(EDGE_PUNCT).lower()
                if lead in ("", "that"):
                    start, end = q.start, q.end
                else:
                    end = max(end, (q.close_mark + 1) if q.close_mark is not None else q.end)
                q = None
        if q is not None:
            start, end = q.start, q.end
        for i, q2 in enumerate(quotes):
            if start <= q2.start and q2.end <= end:
                covered_quotes.add(i)
        results.append(Attribution(_span(doc, start, end), source, cue, score))

    for sent in doc.sents:
        for tok in sent:
            if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
                continue
            if _inside(quotes, tok.idx, tok.idx + len(tok)):
                continue  # a speech verb inside a quote belongs to the quoted speaker's words
            subj = _subject(tok)
            comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if comp is None and tok.dep_ == "parataxis" and tok.head.i != tok.i:
                comp = tok.head  # `"We will respond," he said.`: the quote's root governs the cue
                content_tokens = [t for t in comp.subtree if t.i not in {s.i for s in tok.subtree}]
            elif comp is not None:
                content_tokens = list(comp.subtree)
            else:
                continue
            if not content_tokens:
                continue
            start = min(t.idx for t in content_tokens)
            last = max(content_tokens, key=lambda t: t.i)
            end = last.idx + len(last)
            if subj is not None and start <= subj.idx < end:
                continue
            source = _mention_span(doc, subj) if subj is not None else None
            if source is not None and not any(ch.isalnum() for ch in source.text):
                source = None
            add(start, end, source, _cue_span(doc, tok), 0.8)
            verbs_used.add(tok.i)
        for according, source_head, start, end in _according_to(doc, sent):
            cue = _span(doc, according.idx, doc[according.i + 1].idx + 2)
            add(start, end, _mention_span(doc, source_head), cue, 0.75)

    # Quotes no clause reached: pair with a free speech verb in the same sentence
    # ("said Karlsson", "X said:"), else keep long ones without a source.
    for i, q in enumerate(quotes):
        if i in covered_quotes or any(a.content.start <= q.start < a.content.end for a in results):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        sents = {t.sent.start for t in span} if span is not None else set()
        verb = None
        near = _MAX_CUE_DISTANCE
        for sent in doc.sents:
            if sent.start not in sents and not (sent.end_char >= q.open_mark and sent.start_char <= q.open_mark):
                continue
            for tok in sent:
                if (
                    tok.lemma_.lower() in SPEECH_VERBS
                    and tok.pos_ in ("VERB", "AUX")
                    and tok.i not in verbs_used
                    and not _inside(quotes, tok.idx, tok.idx + 1)
                    and _char_gap(text, q, tok) <= near
                ):
                    verb = tok
                    break
            if verb is not None:
                break
        if verb is not None:
            subj = _subject(verb)
            source = _mention_span(doc, subj) if subj is not None else None
            verbs_used.add(verb.i)
            add(q.start, q.end, source, _cue_span(doc, verb), 0.85)
        elif len(text[q.start : q.end].split()) >= MIN_UNCUED_QUOTE_WORDS:
            add(q.start, q.end, None, None, 0.5)

    return _dedupe(results)


def _dedupe(attributions: list[Attribution]) -> list[Attribution]:
    """Keep one attribution per stretch of text: the wider content wins (it carries
    the quoted fragment of a mixed statement), then the higher score."""
    ordered = sorted(attributions, key=lambda a: (-(a.content.end - a.content.start), -a.score))
    kept: list[Attribution] = []
    for a in ordered:
        if any(a.content.overlaps(k.content) for k in kept):
            continue
        kept.append(a)
    return sorted(kept, key=lambda a: a.content.start)
