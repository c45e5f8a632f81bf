"""The seed and development-set scores do not fall below what the extractor reaches.

Reads ../shared (the seed articles, the development set, their gold and the scorer)
when it is there, and our own articles in `articles*/`; the project holds none of
../shared's text. The floors are the scores measured when they were set, less a small margin
for harmless reordering.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

from ingest.extraction import extract_events

SHARED = Path(__file__).resolve().parents[3] / "shared"
OURS = Path(__file__).resolve().parent / "articles"
OURS_B = Path(__file__).resolve().parent / "articles_b"
OURS_C = Path(__file__).resolve().parent / "articles_c"
OURS_D = Path(__file__).resolve().parent / "articles_d"
FLOORS = {  # set: (manifest, gold, minimum F1, minimum precision)
    "seeds": (SHARED / "seeds/manifest.jsonl", SHARED / "eval/seeds-gold.json", 0.95, 0.95),
    "dev": (SHARED / "eval/dev/manifest.jsonl", SHARED / "eval/dev/gold.json", 0.86, 0.88),
    "our articles": (OURS / "manifest.jsonl", OURS / "gold.json", 0.79, 0.85),
    "our second set": (OURS_B / "manifest.jsonl", OURS_B / "gold.json", 0.86, 0.88),
    "our third set": (OURS_C / "manifest.jsonl", OURS_C / "gold.json", 0.76, 0.77),
    "our fourth set": (OURS_D / "manifest.jsonl", OURS_D / "gold.json", 0.79, 0.79),
}

# The scorer, the seeds and the development set live in ../shared; our own articles are in the project.
pytestmark = pytest.mark.skipif(not SHARED.exists(), reason="../shared (scorer, seeds, development set) is not here")


def _score(manifest: Path, gold_path: Path, dictionaries) -> tuple[float, float]:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for line in manifest.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        path = manifest.parent / entry["file"]
        events = extract_events(path.read_text(encoding="utf-8"), dt.date.fromisoformat(entry["published"]),
                                dictionaries)
        preds = [e.to_json() for e in events]
        golds = gold["articles"].get(path.name, {"events": []})["events"]
        matched = {i: golds[j]["core"] for i, j, _ in scorer.match(preds, golds, gold["places"])}
        tp += sum(matched.values())
        fp += sum(1 for i in range(len(preds)) if i not in matched)
        fn += sum(g["core"] for g in golds) - sum(matched.values())
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * precision * recall / max(1e-9, precision + recall), precision


@pytest.mark.parametrize("name", FLOORS)
def test_it_keeps_its_scores_on_the_shared_sets(name, shipped):
    manifest, gold, min_f1, min_precision = FLOORS[name]
    f1, precision = _score(manifest, gold, shipped)
    assert f1 >= min_f1 and precision >= min_precision, f"{name}: F1 {f1:.3f}, precision {precision:.3f}"
