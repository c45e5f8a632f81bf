"""Extraction speed: ms per article, against CAMeL Tools' own pass, and linearity in length.

    .venv/bin/python bench/extraction.py

1,000 articles (our demo articles and, when ../shared exists, the seed articles,
cycled) go through `extract_events` and through CAMeL Tools' clean + normalise +
tokenise pass in the same process, alternately, best of three; the ratio is printed. Then one text
of ~0.5 MB and one of ~1 MB show whether time grows linearly with length.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from camel_tools.tokenizers.word import simple_word_tokenize  # noqa: E402
from camel_tools.utils.charmap import CharMapper  # noqa: E402
from camel_tools.utils.dediac import dediac_ar  # noqa: E402
from camel_tools.utils.normalize import (  # noqa: E402
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

from ingest.decoding import decode_upload  # noqa: E402
from ingest.extraction import extract_events, load_default_dictionaries  # noqa: E402

ARTICLES = 1000
PUBLISHED = dt.date(2024, 5, 1)
# Each pass runs this many times, alternating, and the fastest run counts: the other
# runs measure the machine's noise, not the code.
ROUNDS = 3


def corpus() -> list[str]:
    folders = [ROOT / "demo" / "articles", ROOT.parent / "shared" / "seeds"]
    texts = [decode_upload(p.read_bytes(), p.name).text
             for folder in folders if folder.is_dir() for p in sorted(folder.iterdir())
             if p.suffix in (".txt", ".html")]
    # Vary each copy a little so no cache sees the same article twice.
    return [f"{texts[i % len(texts)]}\nمقال رقم {i}." for i in range(ARTICLES)]


def camel_pass(texts: list[str]) -> float:
    arclean = CharMapper.builtin_mapper("arclean")
    start = time.perf_counter()
    for text in texts:
        clean = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(arclean(text)))))
        simple_word_tokenize(clean)
    return time.perf_counter() - start


def extraction(texts: list[str], dictionaries) -> tuple[float, int]:
    start = time.perf_counter()
    events = sum(len(extract_events(text, PUBLISHED, dictionaries)) for text in texts)
    return time.perf_counter() - start, events


def main() -> None:
    dictionaries = load_default_dictionaries()
    extract_events("تحمية", PUBLISHED, dictionaries)  # build the matchers before timing
    texts = corpus()
    chars = sum(map(len, texts))
    camel_runs, our_runs = [], []
    for _ in range(ROUNDS):
        camel_runs.append(camel_pass(texts))
        our_runs.append(extraction(texts, dictionaries))
    camel = min(camel_runs)
    ours, events = min(our_runs)
    print(f"{len(texts)} articles, {chars / len(texts):.0f} characters on average, {events} events")
    print(f"extract_events: {ours / len(texts) * 1000:.2f} ms per article")
    print(f"CAMeL clean+normalise+tokenise: {camel / len(texts) * 1000:.2f} ms per article")
    print(f"ratio extract_events / CAMeL pass: {ours / camel:.2f}")
    one = "\n".join(texts)
    half_mb = one[: 500_000]
    full_mb = (one * 2)[: 1_000_000]
    t_half = min(extraction([half_mb], dictionaries)[0] for _ in range(ROUNDS))
    t_full = min(extraction([full_mb], dictionaries)[0] for _ in range(ROUNDS))
    print(f"0.5 MB text: {t_half:.2f} s; 1 MB text: {t_full:.2f} s; ratio {t_full / t_half:.2f} (2.0 is linear)")


if __name__ == "__main__":
    main()
