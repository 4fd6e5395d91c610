"""Span tagging: the one step that finds statement contents, their sources and cues.

Everything after this step (speakers, affiliation, stance) works on the
``Attribution`` objects a tagger returns, so taggers are interchangeable:

- ``rules``: spaCy parse plus quote-mark rules (``attribution.candidates``);
- ``transformer``: the fine-tuned encoder shipped in ``models/tagger``
  (``attribution.tagger_model``), the default when its weights are present.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Protocol

from attribution.errors import UserError
from attribution.types import Attribution

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TAGGER_DIR = REPO_ROOT / "models" / "tagger"


class Tagger(Protocol):
    name: str

    def tag(self, text: str) -> list[Attribution]:
        """All attributions in a whole document, offsets into ``text``, in text order."""
        ...


def transformer_available(model_dir: Path = DEFAULT_TAGGER_DIR) -> bool:
    return (model_dir / "config.json").exists()


@lru_cache(maxsize=4)
def load_tagger(name: str = "auto", model_dir: str | None = None) -> Tagger:
    """``auto`` picks the transformer when its weights are shipped, else the rules."""
    directory = Path(model_dir) if model_dir else DEFAULT_TAGGER_DIR
    if name == "auto":
        name = "transformer" if transformer_available(directory) else "rules"
    if name == "rules":
        from attribution.candidates import RuleTagger

        return RuleTagger()
    if name == "transformer":
        if not transformer_available(directory):
            raise UserError(f"no trained tagger in {directory} (run 'attribution train tagger' or use --tagger rules)")
        from attribution.tagger_model import TransformerTagger

        return TransformerTagger.from_dir(directory)
    raise UserError(f"unknown tagger {name!r}: choose auto, rules or transformer")
