"""The trainable layer: a spaCy `textcat_multilabel` (bag of words, CPU, minutes) next to the rules.

A model saved with a gate (`classifiers.gate`, what `classifiers.training.train` makes) lets the gate
decide each category from the rules' evidence and the model's score. A model without one (older
versions) moves a category's score by at most `MODEL_BOUND`. Either way only categories where a rule
found a live trigger can be positive, so every positive keeps its evidence.
Models are saved under `<model_dir>/<version>/`, `<model_dir>/LATEST` names the one in use; the
version is a hash of the training data, the settings and (for a gated model) the rules' version, so
retraining on the same data under the same rules is idempotent.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from classifiers.errors import ModelError
from classifiers.gate import THREAT_LABEL, Gate
from classifiers.taxonomy import CATEGORIES

if TYPE_CHECKING:
    from spacy.language import Language

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
    language: str | None = None  # ISO 639-1 hint for the rules; detected when None
    hrd_victim: bool = False  # the targets are defenders: with a category, a threat to a defender

    @property
    def threat(self) -> bool:
        return bool(self.categories) and self.hrd_victim


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
        self.gate: Gate | None = Gate.load(path)

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return predict(self.nlp, texts)


def predict(nlp: Language, texts: Sequence[str]) -> list[dict[str, float]]:
    """The text classifier's probability of each category (and of a threat to a defender, for models that
    learnt it), per text."""
    return [
        {c: float(doc.cats.get(c, 0.0)) for c in CATEGORIES}
        | ({THREAT_LABEL: float(doc.cats[THREAT_LABEL])} if THREAT_LABEL in doc.cats else {})
        for doc in nlp.pipe(texts, batch_size=256)
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


def model_version(
    examples: Sequence[LabelledText], settings: TrainingSettings, kind: str = "textcat", rules: str = ""
) -> str:
    """`<kind>-<hash of the examples, settings and rules version>`: the same inputs give the same version."""
    digest = hashlib.sha256(repr(settings).encode())
    digest.update(rules.encode())
    for example in examples:
        digest.update(example.text.encode())
        digest.update(",".join(sorted(example.categories)).encode())
        if example.language:
            digest.update(example.language.encode())
        if example.threat:
            digest.update(THREAT_LABEL.encode())
    return f"{kind}-{digest.hexdigest()[:12]}"


def fit_textcat(
    examples: Sequence[LabelledText],
    settings: TrainingSettings,
    progress: Callable[[str], None] | None = None,
) -> Language:
    """A multilabel bag-of-words text classifier trained in memory on the examples."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch  # type: ignore[attr-defined]

    if not examples:
        raise ModelError("no labelled examples to train on")
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
    for label in (*CATEGORIES, THREAT_LABEL):
        textcat.add_label(label)
    data = [
        Example.from_dict(
            nlp.make_doc(e.text),
            {"cats": {c: float(c in e.categories) for c in CATEGORIES} | {THREAT_LABEL: float(e.threat)}},
        )
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
    return nlp


def save_model(
    nlp: Language, model_dir: Path, version: str, meta: dict[str, Any], gate: Gate | None = None
) -> Path:
    """Save a trained model (and its gate) as `<model_dir>/<version>/` and make it the latest."""
    target = model_dir / version
    try:
        target.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(target)
        if gate is not None:
            gate.save(target)
        (target / META_FILE).write_text(json.dumps({"version": version, **meta}, indent=2), encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{target}: cannot save the model: {exc.strerror or exc}") from exc
    return make_latest(model_dir, version)


def make_latest(model_dir: Path, version: str) -> Path:
    """Point `<model_dir>/LATEST` at a saved model; returns the model's directory."""
    try:
        (model_dir / LATEST_FILE).write_text(version + "\n", encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{model_dir}: cannot record the latest model: {exc.strerror or exc}") from exc
    return model_dir / version
