"""Commands: ``attribution train stance``."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from attribution.cli._app import app, data_app, friendly_errors, train_app  # noqa: F401


@train_app.command("stance")
@friendly_errors
def train_stance_cmd(
    out: Path = typer.Option(Path("models/stance"), "--out", help="Where the fp16 delta, config and checkpoints go."),
    corpora: Optional[Path] = typer.Option(None, "--corpora", help="Corpora folder (default ../shared/corpora from the repo root)."),
    extra: List[str] = typer.Option([], "--extra", help="Add to training: perspectrum, ibm (support/oppose under its debate motions), ibm-topic (the same claims under the motions' topics, labels turned over where a motion opposes its topic), offtopic (Perspectrum claims under another debate's target, neutral), news (hand-labelled PolNeAR train statements, data/stance_news) or invented (statements of news articles the team wrote and labelled, data/stance_invented; also chooses on data/dev's stance labels); repeatable."),
    epochs: int = typer.Option(3, min=1, help="Passes over the training data."),
    batch_size: int = typer.Option(16, min=1),
    lr: float = typer.Option(4e-5, help="Peak learning rate (linear warm-up and decay)."),
    max_length: int = typer.Option(160, min=16, help="Tokens per (target, text) pair; the text is cut."),
    seed: int = typer.Option(13),
    split_seed: Optional[int] = typer.Option(None, "--split-seed", help="Seed of the VAST train/dev split (default --seed): another seed's run that keeps the split of runs it will be averaged with."),
    dev_fraction: float = typer.Option(0.1, min=0.01, max=0.5, help="Share of VAST train comments held out as dev."),
    max_train_samples: Optional[int] = typer.Option(None, min=1, help="Train on a sample (quick runs)."),
    max_dev_samples: Optional[int] = typer.Option(None, min=1, help="Evaluate on a dev sample (quick runs)."),
    checkpoint_every: int = typer.Option(200, min=1, help="Steps between checkpoints (resumed automatically)."),
    init_from: Optional[Path] = typer.Option(None, "--init-from", help="Start from a trained stance model (e.g. models/stance) instead of the bare backbone."),
    threads: int = typer.Option(1, min=1, help="CPU threads for torch."),
    news_dev: bool = typer.Option(True, "--news-dev/--no-news-dev", help="Also choose the epoch and label bias on the hand-labelled news dev set (data/stance_news, PolNeAR train articles), when the PolNeAR texts are found."),
    news_repeat: int = typer.Option(2, min=1, help="With --extra news or invented: how many times each such statement is seen per epoch."),
    news_train: Optional[Path] = typer.Option(None, "--news-train", help="With --extra news: the hand-labelled statements to train on (default data/stance_news/polnear_train_stance_train.jsonl; a part of it, say)."),
    invented_train: Optional[Path] = typer.Option(None, "--invented-train", help="With --extra invented: a JSONL file or folder of invented articles to train on (default data/stance_invented)."),
    calibrate_only: bool = typer.Option(False, "--calibrate-only", help="Skip training: re-choose the label bias of the model in --out on dev."),
) -> None:
    """Fine-tune the stance cross-encoder on VAST.

    Example: attribution train stance --out models/stance --epochs 3
    """
    from attribution.train_stance import DEFAULT_CORPORA, TrainConfig, calibrate, train

    config = TrainConfig(
        out=out, corpora=corpora or DEFAULT_CORPORA, extra=list(extra), epochs=epochs, batch_size=batch_size,
        lr=lr, max_length=max_length, seed=seed, split_seed=split_seed, dev_fraction=dev_fraction, max_train_samples=max_train_samples,
        max_dev_samples=max_dev_samples, checkpoint_every=checkpoint_every, threads=threads, init_from=init_from,
        news_dev=news_dev, news_repeat=news_repeat, news_train=news_train, invented_train=invented_train,
    )
    if calibrate_only:
        result = calibrate(config)
        typer.echo(f"label bias {result['label_bias']}: dev macro-F1 {result['dev_macro_f1_before']:.4f} -> {result['dev_macro_f1_after']:.4f}")
        return
    meta = train(config)
    typer.echo(f"best dev macro-F1 {meta['training']['best_dev_macro_f1']:.4f} (epoch {meta['training']['best_epoch']}); model in {out}")


@train_app.command("average-stance")
@friendly_errors
def average_stance_cmd(
    sources: List[Path] = typer.Argument(..., help="Stance model folders trained from one start (--init-from the same model)."),
    out: Path = typer.Option(..., "--out", help="Where the averaged delta and stance_config.json go."),
) -> None:
    """Average stance models weight for weight (a "soup"); then choose its label bias on dev.

    Example: attribution train average-stance models/stance runs/stance_s29 --out runs/soup, then
    attribution train stance --out runs/soup --calibrate-only --extra perspectrum --extra ibm --extra offtopic
    --extra news --extra invented
    """
    from attribution.train_stance import average_stance_models

    config = average_stance_models(list(sources), out)
    typer.echo(f"averaged {len(config['training']['averaged_from'])} stance models into {out}")

