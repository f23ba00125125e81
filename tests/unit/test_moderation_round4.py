"""Round 4: the multilingual classifier (USE-m3) reads all eleven service languages.

Real packaged encoder and the committed heads (no fakes). The harmful sentences below were
written for this test, not copied from the training data, and none of them hits a term list
(asserted): only the classifier can refuse them. Round 3's English MiniLM missed them in the
ten other languages (see test_the_english_classifier_alone_misses_most_of_them): the tests
would fail on the old path.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from governance.moderation import MAX_PROMPT_CHARS, Moderator, terms  # noqa: E402
from governance.moderation.categories import CATEGORIES  # noqa: E402
from governance.moderation.head import (  # noqa: E402
    HEAD_PATH,
    STATIC_HEAD_PATH,
    USE_HEAD_PATH,
    USE_STATIC_HEAD_PATH,
    LinearHead,
)
from governance.moderation.use_encoder import UseEncoder  # noqa: E402

pytestmark = pytest.mark.unit

DATA = Path(__file__).resolve().parents[2] / "governance" / "moderation" / "data"
TRAIN_NAMES = (
    "train.jsonl",
    "train_round2.jsonl",
    "blind_round2.jsonl",
    "train_round3.jsonl",
    "blind_round3.jsonl",
    "train_round4.jsonl",
)

# Self-harm told by the scene, and harassment of a named private person, in each language.
HARMFUL = {
    "en": "REPLACE",
}
# Near-misses in each language: the same nouns (bridge, pig, a named person), harmless.
BENIGN = {
    "en": "REPLACE",
}
# Scenery per language, repeated to 3,500 characters before the harmful clause.
SCENERY = {
    "en": "a quiet harbour at dawn, fishing boats rocking gently, gulls over the water. ",
    "fr": "un vieux port à l'aube, des bateaux de pêche qui se balancent, des mouettes. ",
    "ru": "тихая гавань на рассвете, рыбацкие лодки качаются, чайки над водой. ",
    "ja": "夜明けの静かな港、ゆれる漁船、海の上のかもめ。",
    "ar": "ميناء هادئ عند الفجر، قوارب صيد تتمايل، ونوارس فوق الماء. ",
}


@pytest.fixture(scope="module")
def moderator() -> Moderator:
    return Moderator()


def _term_hits(text: str) -> dict[str, float]:
    return {c: s for c, s in terms.match_text(text).scores.items() if s > 0}


def test_the_default_classifier_is_the_multilingual_one(moderator: Moderator) -> None:
    assert moderator.classifier == "use"
    assert isinstance(moderator._encoder, UseEncoder) and moderator._encoder.dim == 512
    with pytest.raises(ValueError, match="unknown classifier"):
        Moderator(classifier="bert")  # type: ignore[arg-type]


def test_heads_were_trained_on_the_committed_training_files() -> None:
    digest = hashlib.sha256(b"".join((DATA / n).read_bytes() for n in TRAIN_NAMES)).hexdigest()
    for path in (USE_HEAD_PATH, USE_STATIC_HEAD_PATH, HEAD_PATH, STATIC_HEAD_PATH):
        head = LinearHead.load(path)
        assert head.meta["train_sha256"] == digest, f"retrain {path.name}: see train.py"
        assert head.categories == CATEGORIES
    assert LinearHead.load(USE_HEAD_PATH).dim == 512


def test_the_held_out_split_is_never_trained_on() -> None:
    train = set()
    for name in TRAIN_NAMES:
        train |= {line for line in (DATA / name).read_text(encoding="utf-8").splitlines()}
    for name in ("heldout_round3.jsonl", "heldout_round4.jsonl"):
        held = set((DATA / name).read_text(encoding="utf-8").splitlines())
        assert held and not held & train, name


def test_cpp_and_python_tokenizers_agree() -> None:
    """The sentencepiece C++ processor replaces the package's pure-Python port: same ids."""
    pytest.importorskip("sentencepiece")
    fast, slow = UseEncoder(tokenizer="cpp"), UseEncoder(tokenizer="python")
    assert (fast.tokenizer, slow.tokenizer) == ("cpp", "python")
    texts = [*HARMFUL.values(), *BENIGN.values(), "Ünïcödé ﬁ  double  space", "", " "]
    for text in texts:
        assert fast.token_ids(text) == slow.token_ids(text), text
    np.testing.assert_allclose(fast.encode(texts), slow.encode(texts), atol=1e-6)


@pytest.mark.parametrize("lang", sorted(HARMFUL))
def test_harm_no_term_list_has_is_refused_by_the_classifier(
    moderator: Moderator, lang: str
) -> None:
    text = HARMFUL[lang]
    assert not _term_hits(text), f"{lang}: a term list hits; pick wording the lists lack"
    result = moderator.check_prompt(text)
    assert result.flagged, f"{lang}: {text!r} passed: {result.category_scores}"


@pytest.mark.parametrize("lang", sorted(BENIGN))
def test_near_misses_pass_in_every_language(moderator: Moderator, lang: str) -> None:
    result = moderator.check_prompt(BENIGN[lang])
    assert not result.flagged, f"{lang}: {BENIGN[lang]!r} refused: {result.category_scores}"


@pytest.mark.parametrize("lang", sorted(SCENERY))
def test_a_harmful_clause_after_3500_chars_of_scenery_is_read(
    moderator: Moderator, lang: str
) -> None:
    scenery = (SCENERY[lang] * (3500 // len(SCENERY[lang]) + 1))[:3500]
    harm = HARMFUL[lang]
    prompt = f"{scenery} {harm}"
    assert len(prompt) <= MAX_PROMPT_CHARS and not _term_hits(prompt)
    assert not moderator.check_prompt(scenery).flagged
    assert moderator.check_prompt(prompt).flagged, f"{lang}: harm after scenery passed"


def test_the_english_classifier_alone_misses_most_of_them() -> None:
    """Round 3's path (MiniLM) on the same sentences: shows these tests can fail."""
    old = Moderator(classifier="minilm")
    others = [t for lang, t in HARMFUL.items() if lang != "en"]
    caught = sum(r.flagged for r in old.check(others))
    assert caught <= len(others) // 2, f"MiniLM caught {caught} of {len(others)}"
