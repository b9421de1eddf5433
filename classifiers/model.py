"""The trainable layer: a spaCy `textcat_multilabel` (bag of words, CPU, minutes) next to the rules.

The rules stay authoritative: a model can move a category's score by at most `MODEL_BOUND`, and
only for categories where a rule found a live trigger (so every positive keeps its evidence).
Models are saved under `<model_dir>/<version>/`, `<model_dir>/LATEST` names the one in use; the
version is a hash of the training data and settings, so retraining on the same data is idempotent.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from classifiers.errors import ModelError
from classifiers.taxonomy import CATEGORIES

MODEL_BOUND: Final = 0.2
LATEST_FILE: Final = "LATEST"
META_FILE: Final = "hrdwatch-model.json"


@dataclass(frozen=True)
class TrainingSettings:
    epochs: int = 12
    dropout: float = 0.2
    batch_size: int = 16
    ngram_size: int = 2
    seed: int = 13


@dataclass(frozen=True)
class LabelledText:
    text: str
    categories: frozenset[str]


class TrainedModel:
    """A loaded text classifier and its version."""

    def __init__(self, path: Path) -> None:
        import spacy

        meta_path = path / META_FILE
        if not meta_path.is_file():
            raise ModelError(f"{path}: not an hrdwatch model (no {META_FILE})")
        try:
            self.meta: dict[str, Any] = json.loads(meta_path.read_text(encoding="utf-8"))
            self.nlp = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: cannot load the model: {exc}") from exc
        self.version: str = str(self.meta["version"])
        self.path = path

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [
            {c: float(doc.cats.get(c, 0.0)) for c in CATEGORIES}
            for doc in self.nlp.pipe(texts, batch_size=256)
        ]


def combine(rule_scores: dict[str, float], model_scores: dict[str, float]) -> dict[str, float]:
    """Rule scores moved towards the model's opinion, within ±MODEL_BOUND, never from zero."""
    combined: dict[str, float] = {}
    for category, rule in rule_scores.items():
        if rule <= 0:
            combined[category] = 0.0
            continue
        shift = MODEL_BOUND * (2 * model_scores.get(category, 0.5) - 1)
        combined[category] = round(min(0.99, max(0.0, rule + shift)), 3)
    return combined


def load_model(model_dir: Path) -> TrainedModel | None:
    """The model `<model_dir>/LATEST` names, or None when no model was trained yet."""
    latest = model_dir / LATEST_FILE
    if not latest.is_file():
        return None
    version = latest.read_text(encoding="utf-8").strip()
    if not version or not (model_dir / version).is_dir():
        raise ModelError(f"{latest}: names model {version!r}, which is not in {model_dir}")
    return TrainedModel(model_dir / version)


def model_version(examples: Sequence[LabelledText], settings: TrainingSettings) -> str:
    digest = hashlib.sha256(repr(settings).encode())
    for example in examples:
        digest.update(example.text.encode())
        digest.update(",".join(sorted(example.categories)).encode())
    return f"textcat-{digest.hexdigest()[:12]}"


def train(
    examples: Sequence[LabelledText],
    model_dir: Path,
    settings: TrainingSettings | None = None,
    progress: Callable[[str], None] | None = None,
) -> Path:
    """Train a multilabel text classifier and make it the latest model; returns its directory."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch  # type: ignore[attr-defined]

    settings = settings or TrainingSettings()
    if not examples:
        raise ModelError("no labelled examples to train on")
    version = model_version(examples, settings)
    target = model_dir / version
    random.seed(settings.seed)
    fix_random_seed(settings.seed)
    nlp = spacy.blank("xx")  # one model for every language: words are features, not grammar
    config = {
        "threshold": 0.5,
        "model": {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": False,
            "ngram_size": settings.ngram_size,
            "no_output_layer": False,
            "length": 262144,
        },
    }
    textcat: Any = nlp.add_pipe("textcat_multilabel", config=config)
    for category in CATEGORIES:
        textcat.add_label(category)
    data = [
        Example.from_dict(nlp.make_doc(e.text), {"cats": {c: float(c in e.categories) for c in CATEGORIES}})
        for e in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    for epoch in range(settings.epochs):
        random.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=settings.batch_size):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=settings.dropout, losses=losses)
        if progress is not None:
            progress(f"epoch {epoch + 1}/{settings.epochs}: loss {losses.get('textcat_multilabel', 0.0):.3f}")
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    meta = {"version": version, "examples": len(examples), "settings": settings.__dict__}
    (target / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    (model_dir / LATEST_FILE).write_text(version + "\n", encoding="utf-8")
    return target
