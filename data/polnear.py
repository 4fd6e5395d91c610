"""Recipe: PolNeAR -> quotes JSONL (runs/polnear/{train,dev,test}.jsonl by default).

Same as ``attribution data polnear``; see ``attribution/polnear.py`` for the rules.
Usage: python data/polnear.py [--corpus ../shared/corpora/polnear] [--out runs/polnear]
"""

from __future__ import annotations

import typer

from attribution.cli.train_cmds import data_polnear_cmd

if __name__ == "__main__":
    typer.run(data_polnear_cmd)
