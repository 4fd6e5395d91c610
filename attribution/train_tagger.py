"""Fine-tune the BIO source / cue / content tagger on PolNeAR.

The steps a reader of transformers' ``run_ner.py`` expects, as named functions:
seed -> load PolNeAR pieces (``attribution.polnear.iter_span_docs``) -> window each
document exactly as inference does (``tagger_model.make_windows``) -> align labels
to word-pieces (-100 on [CLS]/[SEP] and on later sub-words) -> AdamW with a higher
learning rate for the fresh head, linear warm-up and decay -> exact-match span F1
on dev after every epoch, keeping the best epoch (dev only; test is never read
here). Checkpoints go to ``checkpoints/tagger`` every N steps and at each epoch
end; ``resume=True`` continues from the last one, batch for batch.
With ``teachers`` (trained taggers), each word's label distribution is also pulled toward
the teachers' averaged one (knowledge distillation; the shipped model learned so from two runs).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from attribution.errors import UserError
from attribution.polnear import DEFAULT_CORPUS, iter_span_docs
from attribution.tagger_model import (
    BIO_START,
    BIO_TRANSITIONS,
    CONFIG_FILE,
    DEFAULT_MAX_TOKENS,
    DELTA_FILE,
    FROZEN_PREFIXES,
    LABELS,
    LABEL_ID,
    TYPES,
    TransformerTagger,
    build_model,
    encode_document,
    label_transitions,
    load_tokenizer,
    make_windows,
    save_model,
    word_shapes,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CHECKPOINTS = REPO_ROOT / "checkpoints" / "tagger"
GoldSpans = list[tuple[str, int, int]]


@dataclass
class TrainConfig:
    out: Path = REPO_ROOT / "models" / "tagger"
    corpus: Path = DEFAULT_CORPUS
    checkpoint_dir: Path = DEFAULT_CHECKPOINTS
    epochs: int = 3
    batch_size: int = 16
    lr: float = 8e-5
    head_lr: float = 1e-3  # the head starts from random weights: it can move faster
    warmup: float = 0.06
    weight_decay: float = 0.01
    max_tokens: int = DEFAULT_MAX_TOKENS
    seed: int = 13
    # The head's random start: None follows `seed`. Runs that differ only in `seed` (data order, dropout)
    # but share a head start can be averaged weight for weight afterwards (a soup of seeds); heads from
    # different random starts cannot, their averaged logits mix unrelated directions.
    head_seed: int | None = None
    max_train_docs: int | None = None
    max_dev_docs: int | None = None
    checkpoint_every: int = 100
    threads: int = 0  # 0: pick 1 or 2 by timing them now and then (the 2 cores are shared)
    bf16: bool = True  # bf16 autocast: ~2x faster steps on CPUs with AVX512-BF16; weights stay fp32
    resume: bool = False
    # "shape": token types from word shape (tagger_model.word_shapes). Off by default: on PolNeAR dev it
    # did not beat plain text (best mean exact F1 0.7102 vs 0.7127, same recipe and seed).
    features: str | None = None
    init_from: Path | None = None  # a trained tagger to continue from (its delta over the backbone)
    # Train a CRF transition matrix with the encoder (loss: the CRF's sequence NLL instead of per-word
    # cross-entropy); decoding then weights it by 1. Starts from the counted training bigrams.
    crf: bool = False
    train_split: str = "train"
    # "all": every annotator's copy of a training article (919 copies of 840 articles); dev is always
    # read with one annotator per article, so epochs are chosen on the same set either way.
    train_annotators: str = "first"
    # > 0: also try the uniform average of the last N epoch-end weights (and CRF transitions) and keep
    # it when dev prefers it to the best single epoch. Epoch-end weights go to the checkpoint folder,
    # so a resumed run averages the same epochs.
    average_last: int = 0
    # Trained taggers whose averaged word log-probabilities the student also learns (knowledge
    # distillation from an ensemble); the loss adds distill_weight x their KL divergence from the
    # student's per-word distribution to the gold-label loss. Empty: gold labels only.
    teachers: list[Path] = field(default_factory=list)
    distill_weight: float = 1.0
    dev_split: str = "dev"
    extra_meta: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- data


def window_examples(tokenizer, docs: Iterable[tuple[str, str, GoldSpans]], max_tokens: int,
                    features: str | None = None) -> list[dict]:
    """One training example per window: ``input_ids`` with [CLS]/[SEP] and BIO ``labels``
    on first sub-words (-100 elsewhere), and ``token_type_ids`` (word shapes with
    ``features="shape"``, else zeros). Inner spans win where pieces overlap (cue over
    source over content), so every token has one role, as PolNeAR's scheme promises."""
    examples = []
    rank = {"content": 0, "source": 1, "cue": 2}
    for doc_id, text, spans in docs:
        kind = np.zeros(len(text), dtype=np.int16)  # 0 = none, else 1 + TYPES index
        ent = np.full(len(text), -1, dtype=np.int32)
        for idx, (k, s, e) in sorted(enumerate(spans), key=lambda x: rank[x[1][0]]):
            kind[s:e] = 1 + TYPES.index(k)
            ent[s:e] = idx
        enc = encode_document(tokenizer, text)
        first = enc.first_subword
        shapes = word_shapes(text, enc) if features else [0] * len(enc.ids)
        for a, b in make_windows(text, enc, max_tokens):
            labels = [-100]
            prev = None
            for t in range(a, b):
                if not first[t]:
                    labels.append(-100)
                    continue
                c = enc.offsets[t][0]
                k = int(kind[c]) if c < len(text) else 0
                if k == 0:
                    labels.append(LABEL_ID["O"])
                    prev = None
                    continue
                key = (k, int(ent[c]))
                tag = "I" if prev == key else "B"
                labels.append(LABEL_ID[f"{tag}-{TYPES[k - 1]}"])
                prev = key
            labels.append(-100)
            ids = [tokenizer.cls_token_id, *enc.ids[a:b], tokenizer.sep_token_id]
            examples.append({"doc": doc_id, "input_ids": ids, "labels": labels, "token_type_ids": [0, *shapes[a:b], 0]})
    return examples


def transitions_record(examples: Sequence[dict], split: str) -> dict:
    """The ``label_transitions`` entry of config.json: label bigrams of the training
    windows (first sub-words only), which Viterbi decoding can weight."""
    sequences = [[lab for lab in ex["labels"] if lab != -100] for ex in examples]
    return {"score": np.round(label_transitions(sequences), 5).tolist(), "labels": list(LABELS),
            "from": f"PolNeAR {split} split: log P(label | previous label) over the training windows' word labels, "
                    "add-one smoothed"}


def crf_nll(emissions, labels, transitions):
    """Negative log-likelihood of each gold label sequence under a linear-chain CRF.

    ``emissions`` [B, T, L] and ``labels`` [B, T] hold each window's labelled words packed to
    the left, ``labels`` -100 after the last; ``transitions`` [L, L] (prev, next) already
    carries the BIO rules as large negative scores. Written out here (the forward algorithm
    is a dozen lines) rather than taken from pytorch-crf, which is unmaintained since 2019.
    """
    import torch

    mask = labels != -100
    gold = labels.clamp(min=0)
    rows = torch.arange(labels.shape[0])
    start = torch.tensor(np.where(np.isfinite(BIO_START), 0.0, -1e4), dtype=emissions.dtype)
    score = start[gold[:, 0]] + emissions[rows, 0, gold[:, 0]]
    alpha = start[None, :] + emissions[:, 0]
    for t in range(1, labels.shape[1]):
        m = mask[:, t]
        step = transitions[gold[:, t - 1], gold[:, t]] + emissions[rows, t, gold[:, t]]
        score = score + step * m
        nxt = torch.logsumexp(alpha[:, :, None] + transitions[None], dim=1) + emissions[:, t]
        alpha = torch.where(m[:, None], nxt, alpha)
    return torch.logsumexp(alpha, dim=1) - score


def pack_labelled(logits, labels):
    """Each row's labelled positions (first sub-words) packed to the left: ([B, T, L], [B, T])."""
    import torch

    keep = labels != -100
    width = max(int(keep.sum(1).max()), 1)
    emissions = logits.new_zeros((logits.shape[0], width, logits.shape[2]))
    packed = torch.full((labels.shape[0], width), -100, dtype=labels.dtype)
    for r in range(labels.shape[0]):
        n = int(keep[r].sum())
        emissions[r, :n] = logits[r][keep[r]]
        packed[r, :n] = labels[r][keep[r]]
    return emissions, packed


def load_split(corpus: Path, split: str, limit: int | None = None, annotators: str = "first") -> list[tuple[str, str, GoldSpans]]:
    docs = list(iter_span_docs(Path(corpus), split, annotators))
    if not docs:
        raise UserError(f"no annotated articles in {corpus}/data/{split}")
    return docs[:limit] if limit else docs


def collate(batch: Sequence[dict]):
    import torch

    width = max(len(x["input_ids"]) for x in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    types = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    for r, x in enumerate(batch):
        n = len(x["input_ids"])
        ids[r, :n] = torch.tensor(x["input_ids"])
        mask[r, :n] = 1
        types[r, :n] = torch.tensor(x.get("token_type_ids") or [0] * n)
        labels[r, :n] = torch.tensor(x["labels"])
    return ids, mask, types, labels


def teacher_logprobs(teachers: Sequence[Path], examples: Sequence[dict], features: str | None = None,
                     batch_size: int = 32, bf16: bool = True, progress: bool = True) -> list[np.ndarray]:
    """The teachers' averaged log-probabilities on each example's labelled words ([words, labels]
    per example), read from the same windows the student trains on. Windows repeated across
    annotators' copies of an article are read once."""
    import torch
    from tqdm import tqdm

    models = [TransformerTagger.from_dir(t, precision="bf16" if bf16 else "fp32") for t in teachers]
    for path, model in zip(teachers, models):
        if model.features != features:  # the teacher must read the student's input as it was trained to
            raise UserError(f"teacher {path} was trained with --features {model.features or 'none'}, "
                            f"not {features or 'none'}")
    unique: dict[tuple, int] = {}
    for ex in examples:
        unique.setdefault((tuple(ex["input_ids"]), tuple(ex["token_type_ids"])), len(unique))
    keys = list(unique)
    averaged = [np.zeros((len(k[0]), len(LABELS)), dtype=np.float32) for k in keys]
    bar = tqdm(total=len(keys) * len(models), desc="teacher log-probabilities", unit="window", disable=not progress)
    with torch.inference_mode():
        for teacher in models:
            for i in range(0, len(keys), batch_size):
                chunk = keys[i : i + batch_size]
                ids, mask, types, _ = collate([{"input_ids": list(k[0]), "labels": [0] * len(k[0]),
                                                "token_type_ids": list(k[1])} for k in chunk])
                logp = teacher.window_logprobs(ids, mask, types) / len(models)
                for r, k in enumerate(chunk):
                    averaged[i + r] += logp[r, : len(k[0])]
                bar.update(len(chunk))
    bar.close()
    out = []
    for ex in examples:
        rows = averaged[unique[(tuple(ex["input_ids"]), tuple(ex["token_type_ids"]))]]
        out.append(rows[[t for t, lab in enumerate(ex["labels"]) if lab != -100]])
    return out


def distillation_loss(emissions, packed_labels, teacher):
    """Mean over labelled words of KL(teacher || student), the student's per-word distribution being
    the softmax of its emissions; ``teacher`` [B, T, L] log-probabilities packed like ``emissions``."""
    import torch

    mask = packed_labels != -100
    student = torch.log_softmax(emissions, -1)
    kl = (teacher.exp() * (teacher - student)).sum(-1)
    return (kl * mask).sum() / mask.sum().clamp(min=1)


# --------------------------------------------------------------------------- metrics


def span_prf(gold: Sequence[set], pred: Sequence[set]) -> dict:
    """Exact-match span P/R/F1 per type (CofeNet style: a predicted span counts when a
    gold span of the same type has the same start and end), plus their mean F1."""
    out: dict = {}
    for kind in TYPES:
        tp = n_pred = n_gold = 0
        for g, p in zip(gold, pred):
            gk = {x for x in g if x[0] == kind}
            pk = {x for x in p if x[0] == kind}
            tp += len(gk & pk)
            n_pred += len(pk)
            n_gold += len(gk)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[kind] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "gold": n_gold, "predicted": n_pred}
    out["mean_f1"] = round(sum(out[k]["f1"] for k in TYPES) / len(TYPES), 4)
    return out


def evaluate_spans(tagger: TransformerTagger, docs: Sequence[tuple[str, str, GoldSpans]], *,
                   variants: dict[str, dict] | None = None, progress: bool = False) -> dict[str, dict]:
    """Span scores of ``tagger`` on ``docs`` for each decoding variant (name -> keyword
    arguments of ``spans_from_logprobs``); the encoder runs once per document."""
    variants = variants or {"viterbi": {"decode": "viterbi", "snap_quotes": False}}
    gold = [set(spans) for _, _, spans in docs]
    preds: dict[str, list[set]] = {name: [] for name in variants}
    iterator = docs
    if progress:
        from tqdm import tqdm

        iterator = tqdm(docs, desc="tagging", unit="doc")
    for _, text, _ in iterator:
        offsets, logp = tagger.word_logprobs(text)
        for name, kwargs in variants.items():
            spans = tagger.spans_from_logprobs(text, offsets, logp, **kwargs)
            preds[name].append({(s.kind, s.start, s.end) for s in spans})
    return {name: span_prf(gold, p) for name, p in preds.items()}


# --------------------------------------------------------------------------- training


def _set_seed(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _trainable(model) -> dict:
    return {k: v for k, v in model.state_dict().items() if not k.startswith(FROZEN_PREFIXES)}


class ThreadTuner:
    """Chooses 1 or 2 torch threads by timing both every ``every`` steps: on 2 cores shared
    with other jobs, 1 thread is often faster than 2, and which one wins changes as the
    other jobs come and go."""

    def __init__(self, fixed: int, every: int = 200, probe: int = 4):
        import torch

        self.torch, self.fixed, self.every, self.probe = torch, fixed, every, probe
        self.current = fixed or 1
        self.times: dict[int, list[float]] = {1: [], 2: []}
        torch.set_num_threads(self.current)

    def step_done(self, step: int, seconds: float) -> None:
        if self.fixed:
            return
        self.times[self.torch.get_num_threads()].append(seconds)
        phase = step % self.every
        if phase == self.every - 2 * self.probe:  # start probing the other setting
            self.torch.set_num_threads(3 - self.current)
            self.times[3 - self.current] = []
            self.times[self.current] = self.times[self.current][-self.probe:]
        elif phase == self.every - self.probe:  # then the current one again, fresh
            self.torch.set_num_threads(self.current)
            self.times[self.current] = []
        elif phase == 0 and step:
            mean = {k: sum(v[-self.probe:]) / len(v[-self.probe:]) for k, v in self.times.items() if v}
            if len(mean) == 2:
                self.current = min(mean, key=mean.get)
            self.torch.set_num_threads(self.current)


def train(config: TrainConfig, log=print) -> dict:
    """Train, keep the best dev epoch in ``config.out``, and return its metadata."""
    import torch
    from datasets import Dataset
    from tqdm import tqdm
    from transformers import get_linear_schedule_with_warmup

    if config.init_from is not None and config.head_seed is not None:
        raise UserError("--head-seed sets a fresh head's start; with --init-from the head comes from that model")
    tuner = ThreadTuner(config.threads)
    _set_seed(config.seed)
    t0 = time.time()
    tokenizer = load_tokenizer()
    train_docs = load_split(config.corpus, config.train_split, config.max_train_docs, config.train_annotators)
    dev_docs = load_split(config.corpus, config.dev_split, config.max_dev_docs)
    train_examples = window_examples(tokenizer, train_docs, config.max_tokens, config.features)
    transitions = transitions_record(train_examples, config.train_split)
    if config.teachers:
        # recomputed on resume too (minutes): deterministic, and it keeps checkpoints small
        for ex, target in zip(train_examples, teacher_logprobs(config.teachers, train_examples, config.features, bf16=config.bf16)):
            ex["teacher"] = target.tolist()
    train_set = Dataset.from_list(train_examples)
    log(f"{len(train_docs)} train documents -> {len(train_set)} windows; {len(dev_docs)} dev documents")

    if config.init_from is not None:
        # continue from a shipped model: same input features, its head and layers as the start
        start = TransformerTagger.from_dir(config.init_from)
        if start.features != config.features:
            raise UserError(f"{config.init_from} was trained with --features {start.features or 'none'}, "
                            f"not {config.features or 'none'}")
        model = start.model.train()
    elif config.head_seed is None:
        model = build_model(config.features)
    else:
        with torch.random.fork_rng():  # the main stream (dropout) goes on from `seed` untouched
            torch.manual_seed(config.head_seed)
            model = build_model(config.features)
    head = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith("classifier.")]
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("classifier.")]
    crf = torch.nn.Parameter(torch.tensor(transitions["score"], dtype=torch.float32)) if config.crf else None
    bio_rules = torch.tensor(np.where(np.isfinite(BIO_TRANSITIONS), 0.0, -1e4), dtype=torch.float32)
    optimizer = torch.optim.AdamW(
        [{"params": body, "lr": config.lr}, {"params": head + ([crf] if config.crf else []), "lr": config.head_lr}],
        weight_decay=config.weight_decay,
    )

    def current_transitions() -> dict:
        if not config.crf:
            return transitions
        return {"score": np.round(crf.detach().numpy().astype(np.float64), 5).tolist(), "labels": list(LABELS),
                "from": "learned with the encoder as a CRF (attribution train tagger --crf), "
                        "started from the training split's label bigrams"}

    def dev_scores() -> dict:
        """Exact span F1 of the model as it is now on dev, fp32 whatever the CPU: choices must not
        depend on the machine."""
        model.eval()
        tagger = TransformerTagger(model, tokenizer, max_tokens=config.max_tokens, features=config.features,
                                   precision="fp32", transitions=np.array(current_transitions()["score"]),
                                   transition_weight=1.0 if config.crf else 0.0)
        return evaluate_spans(tagger, dev_docs)["viterbi"]

    def save_best(transitions_record: dict) -> None:
        save_model(model, Path(config.out), _meta(config, state, time.time() - t0, len(train_docs), len(train_set), transitions_record))

    per_epoch = (len(train_set) + config.batch_size - 1) // config.batch_size
    total = per_epoch * config.epochs
    scheduler = get_linear_schedule_with_warmup(optimizer, int(config.warmup * total), total)

    ckpt_dir = Path(config.checkpoint_dir)
    ckpt_file = ckpt_dir / "last.pt"
    state = {"epoch": 0, "batch": 0, "global_step": 0, "best": -1.0, "history": [], "elapsed": 0.0}
    if config.resume and ckpt_file.exists():
        saved = torch.load(ckpt_file, weights_only=False)
        model.load_state_dict(saved["model"], strict=False)
        if config.crf:
            crf.data.copy_(saved["crf"])
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])
        state = saved["state"]
        torch.set_rng_state(saved["torch_rng"])
        log(f"resumed from {ckpt_file}: epoch {state['epoch'] + 1}, batch {state['batch']}")
    elif config.resume:
        log(f"no checkpoint in {ckpt_dir}; starting afresh")

    def checkpoint() -> None:
        ckpt_dir.mkdir(parents=True, exist_ok=True)
        tmp = ckpt_dir / "last.pt.tmp"
        torch.save({"model": _trainable(model), "crf": None if crf is None else crf.detach().clone(),
                    "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                    "state": {**state, "elapsed": state["elapsed"] + time.time() - t0}, "torch_rng": torch.get_rng_state(),
                    "config": {k: str(v) for k, v in asdict(config).items()}}, tmp)
        tmp.replace(ckpt_file)  # atomic: a kill mid-write never leaves a broken checkpoint

    for epoch in range(state["epoch"], config.epochs):
        model.train()
        order = train_set.shuffle(seed=config.seed + epoch)
        bar = tqdm(range(per_epoch), desc=f"epoch {epoch + 1}/{config.epochs}", unit="batch", initial=state["batch"])
        running = None
        for b in range(state["batch"], per_epoch):
            batch = order[b * config.batch_size : (b + 1) * config.batch_size]
            ids, mask, types, labels = collate(
                [{"input_ids": i, "labels": l, "token_type_ids": t}
                 for i, l, t in zip(batch["input_ids"], batch["labels"], batch["token_type_ids"])])
            t_step = time.time()
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=config.bf16):
                out = model(input_ids=ids, attention_mask=mask, token_type_ids=types, labels=labels)
            if config.crf or config.teachers:
                emissions, packed = pack_labelled(out.logits.float(), labels)
            if config.crf:
                loss = crf_nll(emissions, packed, crf + bio_rules).sum() / (packed != -100).sum()
            else:
                loss = out.loss
            if config.teachers:
                teacher = torch.zeros_like(emissions)
                for r, rows in enumerate(batch["teacher"]):
                    teacher[r, : len(rows)] = torch.tensor(rows)
                loss = loss + config.distill_weight * distillation_loss(emissions, packed, teacher)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            running = loss.item() if running is None else 0.95 * running + 0.05 * loss.item()
            state["batch"] = b + 1
            state["global_step"] += 1
            tuner.step_done(state["global_step"], time.time() - t_step)
            bar.update(1)
            bar.set_postfix(loss=f"{running:.4f}", threads=torch.get_num_threads())
            if state["global_step"] % config.checkpoint_every == 0:
                checkpoint()
        bar.close()
        scores = dev_scores()
        record = {"epoch": epoch + 1, "loss": round(running or 0.0, 4), "dev": scores,
                  "minutes": round((state["elapsed"] + time.time() - t0) / 60, 1)}
        state["history"].append(record)
        log(f"epoch {epoch + 1}: dev exact F1 source {scores['source']['f1']:.4f} cue {scores['cue']['f1']:.4f} "
            f"content {scores['content']['f1']:.4f} (mean {scores['mean_f1']:.4f})")
        if scores["mean_f1"] > state["best"]:
            state["best"] = scores["mean_f1"]
            state["best_epoch"] = epoch + 1
            save_best(current_transitions())
        state["epoch"], state["batch"] = epoch + 1, 0
        if config.average_last > 1:
            ckpt_dir.mkdir(parents=True, exist_ok=True)
            torch.save({"model": _trainable(model), "crf": None if crf is None else crf.detach().clone()},
                       ckpt_dir / f"epoch{epoch + 1}.pt")
        checkpoint()
    if config.average_last > 1 and state["epoch"] >= config.average_last:
        # the average of the last epochs replaces the best epoch only when dev prefers it; training
        # is over, so the model and CRF are simply overwritten with it
        epochs = list(range(state["epoch"] - config.average_last + 1, state["epoch"] + 1))
        weights, averaged_crf = average_epoch_weights(ckpt_dir, epochs)
        model.load_state_dict(weights, strict=False)
        if config.crf:
            crf.data.copy_(torch.tensor(averaged_crf, dtype=torch.float32))
        scores = dev_scores()
        state["average"] = {"epochs": epochs, "dev": scores}
        span = f"{epochs[0]}-{epochs[-1]}"
        log(f"average of epochs {span}: dev exact F1 source {scores['source']['f1']:.4f} cue {scores['cue']['f1']:.4f} "
            f"content {scores['content']['f1']:.4f} (mean {scores['mean_f1']:.4f})")
        if scores["mean_f1"] > state["best"]:
            state["best"], state["best_epoch"] = scores["mean_f1"], f"average of {span}"
            record = current_transitions()
            save_best({**record, "from": record["from"] + (f"; averaged over epochs {span}" if config.crf else "")})
    meta = _meta(config, state, time.time() - t0, len(train_docs), len(train_set), current_transitions())
    # the delta on disk is the best epoch's; refresh only its metadata (history, wall time)
    cfg_path = Path(config.out) / "config.json"
    if cfg_path.exists():
        saved_cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
        saved_cfg["training"] = meta["training"]
        cfg_path.write_text(json.dumps(saved_cfg, indent=2) + "\n", encoding="utf-8")
        meta["label_transitions"] = saved_cfg.get("label_transitions")  # the best epoch's, like the delta
    return meta


def average_epoch_weights(ckpt_dir: Path, epochs: Sequence[int]) -> tuple[dict, "np.ndarray | None"]:
    """Uniform average of the epoch-end weights (and CRF transitions) saved as ``epoch<N>.pt``.

    Fine-tuned weights from one run lie in one basin, so their mean is a model too, and often a
    better one than any single epoch (checkpoint averaging); dev decides (``average_last``)."""
    import torch

    paths = [Path(ckpt_dir) / f"epoch{e}.pt" for e in epochs]
    missing = [p.name for p in paths if not p.exists()]
    if missing:  # e.g. a run resumed with --average-last that was started without it
        raise UserError(f"cannot average epochs {epochs[0]}-{epochs[-1]}: {', '.join(missing)} not in {ckpt_dir}")
    saved = [torch.load(p, weights_only=False) for p in paths]
    return _uniform_average([s["model"] for s in saved], [s["crf"] for s in saved])


def _uniform_average(weights: Sequence[dict], transitions: Sequence) -> tuple[dict, "np.ndarray | None"]:
    """Tensor-by-tensor mean of state dicts (fp32) and the mean of the CRF transitions, if all have one."""
    import torch

    from attribution.backbone import mean_of

    averaged = mean_of(weights)
    if any(t is None for t in transitions):
        return averaged, None
    return averaged, sum(torch.as_tensor(t).double() for t in transitions).numpy() / len(transitions)


def average_taggers(sources: Sequence[Path], out: Path, like: Path | None = None) -> dict:
    """Write the uniform average ("soup") of trained taggers as a model in ``out``.

    ``sources``: model folders (``tagger_delta.safetensors`` + ``config.json``) and epoch-end
    checkpoints (``epoch<N>.pt`` of a run with ``--average-last``), any mix. Runs trained with the
    same head start (``--head-seed``) average into a working model; the CRF transitions are
    averaged with the weights. The config (decoding, training record) is the one of ``like``, by
    default the first model folder among the sources; choose the decoding again on dev
    (``eval/eval_tagger.py --split dev --choose --model OUT``)."""
    import torch

    from attribution.backbone import read_delta_dir

    if len(sources) < 2:
        raise UserError("give at least two models or checkpoints to average")
    weights, transitions, configs = [], [], {}
    for src in map(Path, sources):
        if src.is_dir():
            configs[src], delta = read_delta_dir(src, DELTA_FILE, CONFIG_FILE, "tagger", LABELS)
            record = configs[src].get("label_transitions")
            weights.append(delta)
            transitions.append(None if record is None else np.array(record["score"], dtype=np.float64))
        elif src.suffix == ".pt" and src.is_file():
            saved = torch.load(src, weights_only=False)
            if not isinstance(saved, dict) or "model" not in saved:
                raise UserError(f"{src} is not a tagger checkpoint")
            weights.append(saved["model"])  # saved by _trainable: the frozen embeddings are not in it
            transitions.append(None if saved.get("crf") is None else saved["crf"].numpy())
        else:
            raise UserError(f"{src}: not a model folder or an epoch checkpoint (.pt)")
    if like is not None and Path(like) not in configs:
        configs[Path(like)] = read_delta_dir(Path(like), DELTA_FILE, CONFIG_FILE, "tagger", LABELS)[0]
    template = Path(like) if like is not None else next(iter(configs), None)
    if template is None:
        raise UserError("name a model folder among the sources or with --like: its config is the average's")
    def shapes(w: dict) -> dict:
        return {k: tuple(v.shape) for k, v in w.items()}

    odd = next((str(s) for s, w in zip(sources, weights) if shapes(w) != shapes(weights[0])), None)
    if odd is not None:
        raise UserError(f"{odd} has other tensors than {sources[0]} (another --features?): they cannot be averaged")
    averaged, averaged_transitions = _uniform_average(weights, transitions)
    config = {k: v for k, v in configs[template].items() if k != "labels"}
    if averaged_transitions is not None:
        record = config.get("label_transitions") or {"labels": list(LABELS), "from": "CRF"}
        config["label_transitions"] = {**record, "score": np.round(averaged_transitions, 5).tolist(),
                                       "from": f"{record['from']}; averaged over {len(sources)} models"}
    config["averaged_from"] = [str(s) for s in sources]
    model = build_model(config.get("features"))
    model.load_state_dict(averaged, strict=False)
    save_model(model, Path(out), config)
    return config


def _meta(config: TrainConfig, state: dict, seconds: float, n_docs: int, n_windows: int, transitions: dict) -> dict:
    from attribution.backbone import BACKBONE_LICENCE, BACKBONE_NAME

    hp = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(config).items() if k not in ("out", "checkpoint_dir", "resume")}
    if hp.get("init_from") is None:
        hp.pop("init_from", None)
    if hp["teachers"]:
        hp["teachers"] = [str(t) for t in config.teachers]
    else:
        del hp["teachers"], hp["distill_weight"]
    hp["corpus"] = "PolNeAR v1.0.0"
    return {
        "max_tokens": config.max_tokens,
        "features": config.features,
        "backbone": BACKBONE_NAME,
        "backbone_licence": BACKBONE_LICENCE,
        "decoding": {"decode": "viterbi", "snap_quotes": False, "transition_weight": 1.0 if config.crf else 0.0},
        "label_transitions": transitions,
        "training": {
            "hyperparameters": hp,
            "train_documents": n_docs,
            "train_windows": n_windows,
            "best_epoch": state.get("best_epoch"),
            "best_dev_mean_f1": state.get("best"),
            **({"average": state["average"]} if "average" in state else {}),
            "history": state.get("history", []),
            "wall_minutes": round((state.get("elapsed", 0.0) + seconds) / 60, 1),
        },
    }
