"""Is a page a news or activity post? A learned reading of the page's first lines.

The wording of a Thai government news post varies more than rules can list ("ได้จัดโครงการ",
"ลงพื้นที่", "เวลา 09.30 น. ณ ...", "ประชาสัมพันธ์เรื่อง ..."). This module scores the top of a page
with a linear model over its character n-grams, trained by ``scripts/train_genre.py`` on the
labelled real pages of the tuning split (never the locked one) and stored as data in
``checklist/data/genre-news.json``. Scoring needs no library: a dot product over the n-grams.

Every score carries its reason: the words of the page's own text that pushed it most towards
"news", so a PR officer sees which words made the tool call the page a post.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from checklist.load import DataError
from common.thai import arabic_digits, clean

MODEL_FILE = Path(__file__).parent / "data" / "genre-news.json"
TOPIC_MODELS_FILE = Path(__file__).parent / "data" / "genre-topics.json"
LEAD_CHARS = 900  # how much of a page's top the model reads (title + first lines)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


class GenreModel(BaseModel):
    """A linear model over character n-grams (the file ``scripts/train_genre.py`` writes)."""

    topic: str
    ngram_min: int = Field(ge=1, le=6)
    ngram_max: int = Field(ge=1, le=6)
    threshold: float = Field(gt=0, lt=1)  # a post by the model's reading alone
    intercept: float
    weights: dict[str, float]
    trained_on: str = ""  # which pages, and the host-grouped cross-validation figures


def lead_text(title: str, lines: list[str]) -> str:
    """The text the model reads: the title and the page's first lines, cleaned, lower-cased,
    every run of digits one "0" (a date is a date whatever the day), spaces single."""
    text = (title or "") + "\n" + "\n".join(lines)
    text = arabic_digits(clean(text[: LEAD_CHARS * 2])).lower()
    return _SPACES.sub(" ", _DIGITS.sub("0", text))[:LEAD_CHARS]


def ngrams(text: str, lo: int, hi: int) -> set[str]:
    """The distinct character n-grams of ``text``, lo to hi characters long."""
    return {text[i : i + n] for n in range(lo, hi + 1) for i in range(len(text) - n + 1)}


def features(text: str, lo: int, hi: int) -> dict[str, float]:
    """Binary n-gram features scaled to unit length (the training script uses this too)."""
    grams = ngrams(text, lo, hi)
    if not grams:
        return {}
    w = 1.0 / math.sqrt(len(grams))
    return {g: w for g in grams}


@cache
def load_model(path: Path = MODEL_FILE) -> GenreModel:
    """The stored model; a broken file is a :class:`DataError` naming it."""
    try:
        model = GenreModel.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as e:
        raise DataError(f"{path.name}: not a genre model ({str(e).splitlines()[0]})") from None
    if model.ngram_min > model.ngram_max:
        raise DataError(f"{path.name}: ngram_min is larger than ngram_max")
    return model


class TopicModels(BaseModel):
    """One model a topic for the topics of the checklist whose pages have a form of their own (the
    file ``scripts/train_genre.py --topics`` writes): each scored as the news model is."""

    models: list[GenreModel]
    trained_on: str = ""
    # Host-grouped cross-validation on the tuning split, all topics as the audit reads pages:
    # {"rules": {"precision": .., "recall": ..}, "with_models": {...}}
    cross_validation: dict[str, dict[str, float]] = {}


@cache
def load_topic_models(path: Path = TOPIC_MODELS_FILE) -> tuple[GenreModel, ...]:
    """The stored topic models; a broken file is a :class:`DataError` naming it."""
    try:
        data = TopicModels.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as e:
        raise DataError(f"{path.name}: not a set of topic models ({str(e).splitlines()[0]})") from None
    return tuple(data.models)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def probability(model: GenreModel, feats: dict[str, float]) -> float:
    """The model's probability for a page of these features (:func:`features`)."""
    return _sigmoid(model.intercept + sum(model.weights.get(g, 0.0) * v for g, v in feats.items()))


_MERGED: dict[tuple[int, ...], tuple[tuple[GenreModel, ...], dict]] = {}


def _merged(models: tuple[GenreModel, ...]) -> dict[tuple[int, int], dict[str, list[tuple[int, float]]]]:
    """Every model's weights by n-gram, per n-gram range: a page's n-grams are looked up once for
    all the models, not once a model (kept for the models of the last few calls)."""
    ids = tuple(map(id, models))
    if ids in _MERGED:
        return _MERGED[ids][1]
    out: dict[tuple[int, int], dict[str, list[tuple[int, float]]]] = {}
    for i, m in enumerate(models):
        table = out.setdefault((m.ngram_min, m.ngram_max), {})
        for g, w in m.weights.items():
            table.setdefault(g, []).append((i, w))
    if len(_MERGED) > 4:
        _MERGED.clear()
    _MERGED[ids] = (models, out)  # the models are kept alive with their ids
    return out


def topic_probabilities(title: str, lines: list[str],
                        models: tuple[GenreModel, ...] | None = None) -> dict[str, float]:
    """How likely the page is each learned topic's page, 0 to 1, by the first lines' wording."""
    ms = load_topic_models() if models is None else tuple(models)
    text = lead_text(title, lines)
    z = [m.intercept for m in ms]
    for (lo, hi), table in _merged(ms).items():
        for g, v in features(text, lo, hi).items():
            for i, w in table.get(g, ()):
                z[i] += w * v
    return {m.topic: _sigmoid(zi) for m, zi in zip(ms, z, strict=True)}


def news_probability(title: str, lines: list[str], model: GenreModel | None = None) -> float:
    """How likely the page is a news or activity post, 0 to 1."""
    m = model or load_model()
    return probability(m, features(lead_text(title, lines), m.ngram_min, m.ngram_max))


def telling_words(title: str, lines: list[str], model: GenreModel | None = None, top: int = 3) -> list[str]:
    """The words of the page's top that count most towards news, as the page writes them: each
    word (Thai words split by PyThaiNLP) scores the weights of the n-grams inside it."""
    from pythainlp.tokenize import word_tokenize

    m = model or load_model()
    text = clean(((title or "") + "\n" + "\n".join(lines))[: LEAD_CHARS * 2])[:LEAD_CHARS]
    scored: dict[str, float] = {}
    for word in word_tokenize(text, engine="newmm", keep_whitespace=False):
        w = word.strip()
        if len(w) < 2 or w in scored:
            continue
        folded = _DIGITS.sub("0", arabic_digits(w).lower())
        scored[w] = sum(m.weights.get(g, 0.0) for g in ngrams(folded, m.ngram_min, m.ngram_max))
    best = sorted((x for x in scored.items() if x[1] > 0), key=lambda x: -x[1])
    return [w for w, _ in best[:top]]


def news_reason(title: str, lines: list[str], probability: float) -> str:
    """The plain-words reason a page is read as a post."""
    words = ", ".join(f'"{w}"' for w in telling_words(title, lines))
    return ("ถ้อยคำช่วงต้นหน้าเป็นแบบข่าว/กิจกรรม (แบบจำลองที่เรียนจากหน้าเว็บจริงของหน่วยงาน"
            f" ให้ความน่าจะเป็น {probability:.2f})" + (f" เช่น {words}" if words else ""))


def topic_reason(title: str, lines: list[str], model: GenreModel, label: str, p: float) -> str:
    """The plain-words reason a page reads like a topic's page."""
    words = ", ".join(f'"{w}"' for w in telling_words(title, lines, model))
    return (f'ถ้อยคำช่วงต้นหน้าคล้ายหน้า "{label}" ของหน่วยงานจริง (แบบจำลองที่เรียนจากหน้าเว็บจริง'
            f" ให้ความน่าจะเป็น {p:.2f})" + (f" เช่น {words}" if words else ""))


__all__ = ["GenreModel", "TopicModels", "features", "lead_text", "load_model", "load_topic_models",
           "news_probability", "news_reason", "probability", "telling_words", "topic_probabilities",
           "topic_reason"]
