"""Recipe: attribution/first_names.tsv, the first names the speaker resolver reads a sex from.

The source is the name data of nomquamgender (Van Buskirk et al., MIT licence, https://pypi.org/project/
nomquamgender/): for each first name, how many people bear it in public name registers and the share of them
that are women. We keep the names at least ``--min-count`` people bear, ``--min-share`` of them of one sex,
written in ASCII letters; the rest (Kim, Jordan, Chris, Jean...) are left out, so they stay unknown.

Usage: pip install nomquamgender==0.1.4 && python data/first_names/build.py
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import typer

OUT = Path(__file__).resolve().parents[2] / "attribution" / "first_names.tsv"


def build(min_count: int = 50, min_share: float = 0.95, out: Path = OUT) -> None:
    with importlib.resources.files("nomquamgender").joinpath("name_data.json").open(encoding="utf-8") as handle:
        data = json.load(handle)  # name -> [sources, people, share of women, ...]
    rows = sorted((name, "f" if women >= min_share else "m") for name, (_, people, women, *_) in data.items()
                  if name.isascii() and name.isalpha() and len(name) > 1 and people >= min_count
                  and (women >= min_share or women <= 1 - min_share))
    licence = importlib.resources.files("nomquamgender").joinpath("../nomquamgender-0.1.4.dist-info/LICENSE")
    header = (f"# first name -> sex of at least {min_share:.0%} of the {min_count}+ people who bear it; built by "
              "data/first_names/build.py from the name data of nomquamgender 0.1.4, under its licence:\n#\n"
              + "".join(f"# {line}".rstrip() + "\n" for line in licence.read_text(encoding="utf-8").splitlines()))
    out.write_text(header + "".join(f"{name}\t{sex}\n" for name, sex in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {out}")


if __name__ == "__main__":
    typer.run(build)
