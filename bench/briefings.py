"""Whole briefings scored the way users' stories are: ``parallax run`` on a story folder, then the briefing scorer.

    .venv/bin/python bench/briefings.py --seeds
    .venv/bin/python bench/briefings.py STORIES_DIR [STORIES_DIR ...] [--json]

A story folder holds the articles as users paste them and a ``manifest.json`` (outlets and dates the
texts do not give); its gold answers, in the format of ``../shared/gold/seeds.json``, are
``STORIES_DIR/gold.json`` or ``<parent>/gold/<folder name>.json``. Hand-labelled stories stay outside
the repository, as their gold quotes the articles. Each story runs into a fresh temporary output folder,
so nothing is reused between stories or runs. Prints one column per story, the mean of each metric over the
stories where it applies, and how many of the scorer's goals each story meets.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from pathlib import Path
from types import ModuleType

from parallax.ingest.manifest import Manifest
from parallax.pipeline import run

SHARED = Path(__file__).resolve().parents[2] / "shared"


def scorer() -> ModuleType:
    """The scorer shipped beside the seeds (``shared/tools/score_briefing.py``), loaded as a module."""
    spec = importlib.util.spec_from_file_location("score_briefing", SHARED / "tools" / "score_briefing.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(SHARED / "tools" / "score_briefing.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_of(story: Path) -> Path:
    for path in (story / "gold.json", story.parent / "gold" / f"{story.name}.json"):
        if path.exists():
            return path
    raise FileNotFoundError(f"no gold for {story}: looked for gold.json in it and gold/{story.name}.json beside it")


def score_story(story: Path, gold: Path, score) -> dict[str, float | None]:
    """Run the whole pipeline on one story folder into a fresh output and score its briefing."""
    with tempfile.TemporaryDirectory() as out:
        inputs = sorted(str(p) for p in story.iterdir() if p.is_file() and p.name not in ("manifest.json", "gold.json"))
        run(inputs, Path(out), manifest=Manifest.load(story / "manifest.json"))
        briefing = json.loads((Path(out) / "briefing.json").read_text(encoding="utf-8"))
    return score(briefing, json.loads(gold.read_text(encoding="utf-8")))


def table(results: dict[str, dict[str, float | None]], goals: dict[str, float]) -> str:
    names = list(results)
    lines = [f"{'metric':18}" + "".join(f"{n[:10]:>11}" for n in names) + f"{'mean':>8}"]
    for key in goals:
        values = [results[n].get(key) for n in names]
        known = [v for v in values if v is not None]
        cells = "".join(f"{'n/a' if v is None else format(v, '.2f'):>11}" for v in values)
        mean = f"{sum(known) / len(known):.2f}" if known else "n/a"
        lines.append(f"{key:18}{cells}{mean:>8}")
    met = [sum(results[n].get(k) is not None and results[n][k] >= g for k, g in goals.items()) for n in names]
    lines.append(f"{'at goal':18}" + "".join(f"{m:>8}/{len(goals):<2}" for m in met))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", type=Path, help="story folders (texts + manifest.json)")
    parser.add_argument("--seeds", action="store_true", help="the bundled seed story (../shared/seeds)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON instead of a table")
    args = parser.parse_args()
    module = scorer()
    todo = [(p, gold_of(p)) for p in args.stories]
    if args.seeds:
        todo.insert(0, (SHARED / "seeds", SHARED / "gold" / "seeds.json"))
    if not todo:
        parser.error("name story folders or --seeds")
    results = {story.name: score_story(story, gold, module.score) for story, gold in todo}
    print(json.dumps(results, indent=1) if args.json else table(results, module.GOALS))


if __name__ == "__main__":
    main()
