"""Quotation marks and paragraphs, with offsets into the original text.

Newsroom copy mixes straight and curly marks, guillemets, single quotes nested in
double ones, apostrophes, quotes that run over several paragraphs (the opening
mark repeated at each new paragraph, no closing mark until the end) and the odd
stray mark. spaCy has no quotation model, so the pairing is written here: a small
state machine over the characters, where a straight mark is read as opening or
closing from the characters beside it.

Nothing here changes the text: every span is an offset into the string given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
STRAIGHT_SINGLE = "'"
QUOTE_CHARS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE + "‚"

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n")


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: ``[start, end)`` is the content between the outer marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # None: the quote was still open at the end of the text
    paragraphs: int = 1


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each non-empty paragraph (blank-line separated; a single
    newline also separates when the text has no blank lines at all)."""
    breaker = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(text) else re.compile(r"\n")
    spans, pos = [], 0
    for match in breaker.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    result = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            result.append((start, end))
    return result


def _is_opening_straight(text: str, i: int) -> bool:
    """A straight mark opens when what precedes is a boundary and what follows is not space."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-:/" or before in OPEN_DOUBLE + OPEN_SINGLE


def _is_apostrophe(text: str, i: int) -> bool:
    """don't, ministry's, '90s, rock 'n' roll: letters or digits hug the mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    if after.isdigit() and (before.isspace() or i == 0):
        return True  # '90s
    return False


def _marks(text: str, start: int, end: int, single: bool) -> list[tuple[int, str]]:
    """Opening ('o') and closing ('c') marks of one family between start and end."""
    opens, closes, straight = (
        (OPEN_SINGLE, CLOSE_SINGLE, STRAIGHT_SINGLE) if single else (OPEN_DOUBLE, CLOSE_DOUBLE, STRAIGHT_DOUBLE)
    )
    marks = []
    for i in range(start, end):
        ch = text[i]
        if single and ch in (STRAIGHT_SINGLE + "’") and _is_apostrophe(text, i):
            continue
        if ch in opens:
            marks.append((i, "o"))
        elif ch in closes:
            marks.append((i, "c"))
        elif ch == straight:
            marks.append((i, "o" if _is_opening_straight(text, i) else "c"))
    return marks


def _pair_in_paragraph(text: str, start: int, end: int, single: bool) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs (open, close) of marks inside one paragraph, and the offset of a mark
    still open at the paragraph's end (a quote that continues, or a stray mark)."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, kind in _marks(text, start, end, single):
        if kind == "o":
            # A second opening mark while one is open: the first one was stray.
            open_at = i
        elif open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    return pairs, open_at


def find_quotes(text: str) -> list[QuoteSpan]:
    """Top-level quotations in ``text``, in order.

    Double marks are the quotation marks of news copy; single marks count only in
    a paragraph without double marks (British style, headlines), so a single quote
    nested in a double one stays part of its content.
    """
    quotes: list[QuoteSpan] = []
    paragraphs = paragraph_spans(text)
    carry: tuple[int, int] | None = None  # (open mark offset, paragraphs so far) of a multi-paragraph quote
    for index, (p_start, p_end) in enumerate(paragraphs):
        has_double = any(ch in OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE for ch in text[p_start:p_end])
        if carry is not None:
            # The convention for a quote over several paragraphs: this paragraph must
            # open with a mark again. If it does not, the earlier mark was stray.
            if text[p_start] in OPEN_DOUBLE + STRAIGHT_DOUBLE:
                marks = _marks(text, p_start + 1, p_end, single=False)
                first_close = next((i for i, kind in marks if kind == "c"), None)
                if first_close is not None and not any(k == "o" for i, k in marks if i < first_close):
                    open_at, n = carry
                    quotes.append(QuoteSpan(open_at + 1, first_close, open_at, first_close, n + 1))
                    carry = None
                    pairs, dangling = _pair_in_paragraph(text, first_close + 1, p_end, single=False)
                    quotes.extend(QuoteSpan(o + 1, c, o, c) for o, c in pairs)
                    if dangling is not None:
                        carry = (dangling, 1)
                    continue
                if not marks:  # the quote goes on into the next paragraph
                    carry = (carry[0], carry[1] + 1)
                    continue
            carry = None
        pairs, dangling = _pair_in_paragraph(text, p_start, p_end, single=not has_double)
        if not has_double:  # single marks: 'n' and the like are not quotations
            pairs = [(o, c) for o, c in pairs if len(text[o + 1 : c].split()) >= 2]
        quotes.extend(QuoteSpan(o + 1, c, o, c) for o, c in pairs)
        if dangling is not None and has_double:
            nxt = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            if nxt is not None and text[nxt] in OPEN_DOUBLE + STRAIGHT_DOUBLE:
                carry = (dangling, 1)
    if carry is not None:  # open to the end of the text: take it to the end of the last paragraph
        open_at, n = carry
        last_end = paragraphs[-1][1]
        quotes.append(QuoteSpan(open_at + 1, last_end, open_at, None, n))
    quotes = [q for q in quotes if q.end > q.start]
    return sorted(quotes, key=lambda q: q.start)


def quotation_containing(start: int, end: int, quotes: list[QuoteSpan]) -> int | None:
    """Index in ``quotes`` of the quotation that holds ``[start, end)`` wholly, else None."""
    return next((i for i, q in enumerate(quotes) if q.start <= start and end <= q.end), None)


def separate_quotations(pieces: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[list[tuple[int, int]]] | None:
    """Pieces of one statement grouped by quotation, when each lies wholly inside a
    quotation and they span two or more ("“A,” she said. “B.”"); None otherwise.

    The spec's ``direct`` is "wholly inside quotation marks", so such a statement is
    written as one direct statement per quotation, never as one span running over the
    cue between them.
    """
    where = [quotation_containing(s, e, quotes) for s, e in pieces]
    if None in where or len(set(where)) < 2:
        return None
    groups: dict[int, list[tuple[int, int]]] = {}
    for piece, i in zip(pieces, where):
        groups.setdefault(i, []).append(piece)
    return [groups[i] for i in sorted(groups)]


def follows_in_new_sentence(text: str, cue_end: int, quote_start: int) -> bool:
    """True when a sentence ends between a cue and a later quotation ("... Karlsson told
    reporters. “We don’t ...”"): the quotation then has no mention or cue of its own (the
    spec's mention is null when the speaker stands in an earlier sentence)."""
    return cue_end <= quote_start and re.search(r"[.!?][\s" + re.escape(QUOTE_CHARS) + r"]", text[cue_end:quote_start] + " ") is not None


def trim_span(text: str, start: int, end: int, chars: str = QUOTE_CHARS) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space and the given marks at both ends."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


EDGE_PUNCT = " \t\n\r,;:.—–-"


def content_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space and clause punctuation; drop quotation marks only when they
    enclose the whole content (a mixed statement keeps its inner marks)."""
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    opens, closes = OPEN_DOUBLE + OPEN_SINGLE + "\"'", CLOSE_DOUBLE + CLOSE_SINGLE + "\"'"
    if end - start >= 2 and text[start] in opens and text[end - 1] in closes:
        inner = text[start + 1 : end - 1]
        if not any(ch in opens + closes for ch in inner if ch not in "'’"):
            start, end = start + 1, end - 1
    return start, end
