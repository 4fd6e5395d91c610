"""Commands: ``attribution data polnear`` and ``attribution train tagger``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from attribution.cli._app import app, data_app, friendly_errors, train_app  # noqa: F401


@data_app.command("polnear")
@friendly_errors
def data_polnear_cmd(
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="PolNeAR folder (default ../shared/corpora/polnear from the repo root)."),
    out: Path = typer.Option(Path("runs/polnear"), "--out", help="Folder for train.jsonl, dev.jsonl, test.jsonl (keep it out of git)."),
    split: List[str] = typer.Option([], "--split", help="Only these splits (repeatable): train, dev, test."),
    people: Optional[Path] = typer.Option(None, "--people", help="A people file (data/polnear_people/train.jsonl, dev.jsonl or test.jsonl, with the matching --split): write only the articles it annotates, with their speakers, affiliations and roles."),
) -> None:
    """Convert PolNeAR's brat standoff into quotes JSONL, one file per split.

    Example: attribution data polnear --corpus ../shared/corpora/polnear --out runs/polnear
    (real-news speakers and affiliations: --split dev --people data/polnear_people/dev.jsonl)
    """
    from attribution.polnear import DEFAULT_CORPUS, SPLITS, convert

    counts = convert(corpus or DEFAULT_CORPUS, out, tuple(split) or SPLITS, people)
    for name, c in counts.items():
        typer.echo(f"{name}: {c['documents']} documents, {c['quotes']} quotes "
                   f"(direct {c.get('direct', 0)}, mixed {c.get('mixed', 0)}, indirect {c.get('indirect', 0)}) -> {out / (name + '.jsonl')}")


@train_app.command("average-tagger")
@friendly_errors
def average_tagger_cmd(
    sources: list[Path] = typer.Argument(..., help="Model folders and/or epoch checkpoints (epoch<N>.pt) to average."),
    out: Path = typer.Option(..., "--out", help="Where the averaged delta and config.json go."),
    like: Optional[Path] = typer.Option(None, "--like", help="Model folder whose config (decoding, training record) the average takes (default: the first folder among the sources)."),
) -> None:
    """Average trained taggers weight for weight (a "soup"), e.g. runs that differ only in --seed.

    Example: attribution train average-tagger runs/a runs/b --out runs/soup, then
    python eval/eval_tagger.py --split dev --choose --model runs/soup
    """
    from attribution.train_tagger import average_taggers

    config = average_taggers(sources, out, like)
    typer.echo(f"averaged {len(config['averaged_from'])} models into {out}")


@train_app.command("tagger")
@friendly_errors
def train_tagger_cmd(
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="PolNeAR folder (default ../shared/corpora/polnear from the repo root)."),
    out: Path = typer.Option(Path("models/tagger"), "--out", help="Where the fp16 delta and config.json go (the best dev epoch)."),
    checkpoints: Path = typer.Option(Path("checkpoints/tagger"), "--checkpoints", help="Resumable training state (keep it out of git)."),
    epochs: int = typer.Option(3, min=1, help="Passes over the training windows."),
    batch_size: int = typer.Option(16, min=1),
    lr: float = typer.Option(8e-5, help="Peak learning rate of the encoder (linear warm-up and decay)."),
    head_lr: float = typer.Option(1e-3, help="Peak learning rate of the freshly initialised head."),
    max_tokens: int = typer.Option(256, min=32, max=512, help="Word-pieces per window, [CLS]/[SEP] included."),
    seed: int = typer.Option(13),
    head_seed: Optional[int] = typer.Option(None, "--head-seed", help="Seed of the head's random start (default: --seed). Runs sharing it can be averaged later."),
    max_train_docs: Optional[int] = typer.Option(None, min=1, help="Train on the first N articles (quick runs)."),
    max_dev_docs: Optional[int] = typer.Option(None, min=1, help="Choose the epoch on the first N dev articles (quick runs)."),
    checkpoint_every: int = typer.Option(100, min=1, help="Steps between checkpoints."),
    threads: int = typer.Option(0, min=0, max=2, help="CPU threads for torch (0: choose 1 or 2 by timing both now and then)."),
    bf16: bool = typer.Option(True, "--bf16/--no-bf16", help="bf16 autocast for training steps (about 2x faster on AVX512-BF16 CPUs)."),
    resume: bool = typer.Option(False, "--resume", help="Continue from the last checkpoint in --checkpoints."),
    features: str = typer.Option("none", help="Extra input per word-piece: 'none' (the shipped model) or 'shape' (casing and inside-a-quotation as token types; no gain on dev)."),
    init_from: Optional[Path] = typer.Option(None, "--init-from", help="Start from a trained tagger (e.g. models/tagger) instead of the bare backbone."),
    crf: bool = typer.Option(False, "--crf", help="Learn a CRF transition matrix with the encoder (sequence loss instead of per-word cross-entropy)."),
    average_last: int = typer.Option(0, "--average-last", min=0, help="Also try the average of the last N (2 or more) epochs' weights; kept when dev prefers it to the best epoch."),
    teacher: List[Path] = typer.Option([], "--teacher", help="A trained tagger to distil from (repeatable: their log-probabilities are averaged)."),
    distill_weight: float = typer.Option(1.0, "--distill-weight", min=0.0, help="Weight of the teachers' KL divergence in the loss."),
    annotators: str = typer.Option("first", "--annotators", help="Training articles annotated more than once: 'first' (the smallest annotator id) or 'all' (every copy). Dev always uses the first."),
) -> None:
    """Fine-tune the BIO source/cue/content tagger on PolNeAR (the epoch is chosen on dev).

    Example: attribution train tagger --corpus ../shared/corpora/polnear --out models/tagger --epochs 3
    """
    from attribution.polnear import DEFAULT_CORPUS
    from attribution.train_tagger import TrainConfig, train

    config = TrainConfig(
        out=out, corpus=corpus or DEFAULT_CORPUS, checkpoint_dir=checkpoints, epochs=epochs, batch_size=batch_size, lr=lr,
        head_lr=head_lr, max_tokens=max_tokens, seed=seed, head_seed=head_seed, max_train_docs=max_train_docs, max_dev_docs=max_dev_docs,
        checkpoint_every=checkpoint_every, threads=threads, bf16=bf16, resume=resume,
        features=None if features == "none" else features, init_from=init_from, crf=crf, train_annotators=annotators, average_last=average_last,
        teachers=list(teacher), distill_weight=distill_weight,
    )
    meta = train(config, log=typer.echo)
    t = meta["training"]
    typer.echo(f"best dev mean exact F1 {t['best_dev_mean_f1']:.4f} (epoch {t['best_epoch']}), {t['wall_minutes']} min; model in {out}")
