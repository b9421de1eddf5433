"""Throughput of the full classification pipeline against spaCy's bare tokenizer on the same texts.

Run: `uv run python bench/classify.py [--repeat N] [--passes N]`. One core (no multiprocessing); pipelines
are built and warmed up before timing. Each side is timed over several passes and its fastest pass counts
(as `timeit` does): on a shared machine a single pass of the tokenizer, about 1.5 s, varied by half between
runs, and the slowest passes measure the neighbours rather than the code. The last line is one JSON object
(reports, reports_per_s, words_per_s, tokenizer_reports_per_s, ratio_to_tokenizer, peak_rss_mb, passes).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifiers.pipeline import TOKENIZER_CACHE_SIZE, ReportText, ThreatClassifier  # noqa: E402

LABELLED = [
    ROOT / "tests" / "data" / "labelled" / "en.jsonl",
    ROOT / "tests" / "data" / "labelled" / "intl.jsonl",
]


def load_items(repeat: int) -> list[ReportText]:
    base: list[ReportText] = []
    for path in LABELLED:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                base.append(
                    ReportText(str(row["id"]), row["title"], row.get("summary", ""), row.get("language"))
                )
    return [
        ReportText(f"{i}-{item.id}", item.title, item.summary, item.language)
        for i in range(repeat)
        for item in base
    ]


T = TypeVar("T")


def fastest(passes: int, run: Callable[[], T]) -> tuple[float, T]:
    """The shortest wall-clock time of `passes` runs, in seconds, and the last run's value."""
    timings = []
    for _ in range(passes):
        start = time.perf_counter()
        value = run()
        timings.append(time.perf_counter() - start)
    return min(timings), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10, help="copies of the labelled texts (default 10)")
    parser.add_argument(
        "--model-dir", type=Path, default=None, help="also run the trained model and gate there (make model)"
    )
    parser.add_argument(
        "--passes", type=int, default=3, help="timed passes of each side; the fastest counts (default 3)"
    )
    args = parser.parse_args()
    if args.repeat < 1 or args.passes < 1:
        parser.error("--repeat and --passes must be at least 1")
    items = load_items(args.repeat)
    words = sum(len(item.text.split()) for item in items)

    classifier = ThreatClassifier(args.model_dir, use_pretrained_ner=False)
    classifier.classify_many(items[: len(items) // args.repeat])  # build every language's pipeline
    pipeline_s, results = fastest(args.passes, lambda: classifier.classify_many(items))

    by_language: dict[str, list[str]] = {}
    for item in items:
        by_language.setdefault(classifier.language_of(item), []).append(item.text)
    tokenizers = {}
    for language in by_language:
        try:
            nlp = spacy.blank(language)
        except Exception:  # languages spaCy lacks are tokenised by the multi-language class
            nlp = spacy.blank("xx")
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE
        list(nlp.tokenizer.pipe(by_language[language][:50]))
        tokenizers[language] = nlp.tokenizer

    def tokenize_all() -> None:
        for language, texts in by_language.items():
            for _ in tokenizers[language].pipe(texts, batch_size=256):
                pass

    tokenizer_s, _ = fastest(args.passes, tokenize_all)

    reports_per_s = len(results) / pipeline_s
    tokenizer_reports_per_s = len(items) / tokenizer_s
    summary = {
        "reports": len(results),
        "words": words,
        "reports_per_s": round(reports_per_s, 1),
        "words_per_s": round(words / pipeline_s, 1),
        "tokenizer_reports_per_s": round(tokenizer_reports_per_s, 1),
        "tokenizer_words_per_s": round(words / tokenizer_s, 1),
        "ratio_to_tokenizer": round(reports_per_s / tokenizer_reports_per_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "languages": sorted(by_language),
        "passes": args.passes,
    }
    print(f"full pipeline: {summary['reports_per_s']} reports/s, {summary['words_per_s']} words/s")
    print(
        f"bare tokenizer: {summary['tokenizer_reports_per_s']} reports/s ({summary['ratio_to_tokenizer']:.1%})"
    )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
