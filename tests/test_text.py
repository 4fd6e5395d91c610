"""Quotation marks: pairing, nesting, apostrophes, multi-paragraph and stray marks."""

from attribution.text import content_bounds, find_quotes, paragraph_spans


def quoted(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_and_curly_marks():
    text = 'He said “we will act.” Then she said "no way," and left.'
    assert quoted(text) == ["we will act.", "no way,"]


def test_guillemets():
    assert quoted("Le ministre a dit «nous partons» hier.") == ["nous partons"]


def test_single_nested_in_double_and_apostrophes():
    text = "\"We don't accept the ministry's 'red line' at all,\" said Dahl."
    assert quoted(text) == ["We don't accept the ministry's 'red line' at all,"]


def test_apostrophes_are_not_quotes():
    text = "In the '90s the ministers' union didn't strike, and rock 'n' roll played on."
    assert quoted(text) == []


def test_single_quotes_when_no_double_marks():
    assert quoted("Minister says 'we are done here' after talks") == ["we are done here"]


def test_quote_over_several_paragraphs():
    text = "“First part of it.\n\n“Second part goes on.\n\n“Third ends here,” she said.\n\nAfter."
    [q] = find_quotes(text)
    assert text[q.start : q.end].startswith("First part")
    assert text[q.start : q.end].endswith("Third ends here,")
    assert q.paragraphs == 3


def test_unbalanced_mark_loses_no_later_quote():
    text = 'He said "this one never closes.\n\nLater "a real quote" came, and "another".'
    assert quoted(text) == ["a real quote", "another"]
    text2 = "He said “this one never closes. Then “a real quote” here."
    assert quoted(text2) == ["a real quote"]


def test_offsets_are_into_original_text():
    text = "Zoë said “naïve — très ✓” again."
    [q] = find_quotes(text)
    assert text[q.start : q.end] == "naïve — très ✓"


def test_paragraphs_and_content_bounds():
    text = "One.\n\n  Two.\n\n\nThree"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two.", "Three"]
    t = ' "the whole thing", '
    assert t[slice(*content_bounds(t, 0, len(t)))] == "the whole thing"
    mixed = 'the decision was "a grave mistake"'
    assert mixed[slice(*content_bounds(mixed, 0, len(mixed)))] == mixed
