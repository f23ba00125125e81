"""Prompt moderation: normalisation, term lists and a MiniLM classifier, under a policy.

A text's score per category is the highest of its term-list hit (1.0) and the classifier's
probability (calibrated so that 0.5 is the validated operating point). What the term lists
know about the text steers two categories: a text that mentions a child scores
``sexual/minors`` at least as high as ``sexual`` (and the minors head counts only as far as
there is sexual evidence); ``deepfake/real-person`` scores only when a real person is named,
and then at least as high as the worst harm done to them. Nothing here catches an exception:
a moderation failure propagates and the caller fails closed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from governance.moderation import floors, normalize, terms
from governance.moderation.categories import CATEGORIES
from governance.moderation.encoder import Encoder, load_encoder
from governance.moderation.head import HEAD_PATH, LinearHead
from governance.moderation.negative import steers_to_nudity, strip_safety_exclusions
from governance.moderation.policy import ModerationPolicy

# Ties (term hits all score 1.0) go to the more specific category.
_SPECIFICITY = (
    "sexual/minors",
    "deepfake/real-person",
    "self-harm",
    "hate",
    "illicit",
    "violence/graphic",
    "sexual",
    "harassment",
)
_PERSON_HARMS = ("sexual", "violence/graphic", "self-harm", "hate", "illicit", "harassment")
# Long prompts are also scored in overlapping word windows, so that a harmful phrase is not
# averaged away by a page of harmless description; the window count is capped.
_WINDOW_WORDS, _WINDOW_STRIDE, _MAX_WINDOWS = 32, 24, 8
# A fixed sentence whose embedding the head file records, to catch a mismatched encoder.
FINGERPRINT_TEXT = "imprimatur moderation encoder fingerprint"


@dataclass(frozen=True)
class ModerationResult:
    """The moderation verdict for one text (or a prompt and its negative prompt merged).

    ``categories[c]`` is true when ``c`` reached its threshold and the policy refuses it;
    ``flagged`` is true when any category is. Scores are reported for every category.
    """

    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    #: The prompt mentions a minor: the image NSFW check then runs at least at the default
    #: policy (see :func:`governance.moderation.floors.nsfw_policy_for`).
    mentions_minor: bool = False
    #: Why the floor refused (None when it did not); the floor ignores the policy.
    floor: str | None = None

    def top_category(self) -> str | None:
        """The flagged category with the highest score (ties: the more specific), or None."""
        hit = [c for c, on in self.categories.items() if on]
        if not hit:
            return None
        return max(hit, key=lambda c: (self.category_scores[c], -_SPECIFICITY.index(c)))


def to_openai_result(result: ModerationResult) -> dict:
    """One entry of an OpenAI ``/v1/moderations`` response's ``results`` list."""
    return {
        "flagged": result.flagged,
        "categories": dict(result.categories),
        "category_scores": dict(result.category_scores),
    }


def _segments(text: str) -> list[str]:
    words = text.split()
    if not words:
        return []
    segments = [text]
    if len(words) > _WINDOW_WORDS:
        starts = range(0, len(words) - _WINDOW_WORDS + _WINDOW_STRIDE, _WINDOW_STRIDE)
        for start in list(starts)[:_MAX_WINDOWS]:
            segments.append(" ".join(words[start : start + _WINDOW_WORDS]))
    return segments


def score_texts(texts: Sequence[str], encoder: Encoder, head: LinearHead) -> np.ndarray:
    """Category scores in [0, 1], shape (len(texts), len(CATEGORIES)); one encoder call."""
    canon = [terms.mask_people(normalize.canonical(t, terms.CENSOR_WORDS)) for t in texts]
    segments: list[str] = []
    owners: list[int] = []
    for i, text in enumerate(canon):
        for segment in _segments(text):
            segments.append(segment)
            owners.append(i)
    classifier = np.zeros((len(texts), len(CATEGORIES)), dtype=np.float64)
    if segments:
        probs = head.predict(encoder.encode(segments))
        np.maximum.at(classifier, np.asarray(owners), probs)

    index = {c: i for i, c in enumerate(CATEGORIES)}
    sexual, minors, person = index["sexual"], index["sexual/minors"], index["deepfake/real-person"]
    harms = [index[c] for c in _PERSON_HARMS]
    scores = classifier.copy()
    for i, text in enumerate(texts):
        found = terms.match_text(text)
        clf = classifier[i]
        # The minors head also reacts to children in innocent scenes ("a teen girl at the
        # mall"): it counts only as far as there is evidence of sexual content.
        scores[i, minors] = min(clf[minors], 1.0 if found.suggestive else clf[sexual])
        if found.minor:
            scores[i, minors] = max(scores[i, minors], clf[sexual])
        # Without a person the term lists recognise, the classifier's guess that a text
        # depicts a real person is no evidence; with one, any harm done to them counts.
        scores[i, person] = max(clf[person], *clf[harms]) if found.real_person else 0.0
        for category, score in found.scores.items():
            scores[i, index[category]] = max(scores[i, index[category]], score)
    return np.clip(scores, 0.0, 1.0)


def _verdict(
    scores: dict[str, float],
    categories: dict[str, bool],
    prompt: str,
    negative_prompt: str | None,
) -> ModerationResult:
    """Apply the floors on top of the policy's verdict: they can only add refusals."""
    floor = floors.check(prompt, negative_prompt, scores)
    if floor.sexual_minors:
        categories = {**categories, "sexual/minors": True}
        scores = {**scores, "sexual/minors": max(scores["sexual/minors"], 1.0)}
    return ModerationResult(
        any(categories.values()),
        categories,
        scores,
        mentions_minor=floor.mentions_minor,
        floor=floor.reason,
    )


def _policy_flags(scores: dict[str, float], policy: ModerationPolicy) -> dict[str, bool]:
    return {c: c in policy.refuse and scores[c] >= policy.thresholds[c] for c in CATEGORIES}


def _rounded(row: np.ndarray) -> dict[str, float]:
    return {c: float(round(s, 6)) for c, s in zip(CATEGORIES, row, strict=True)}


class Moderator:
    """Moderates prompts. Build one per process and share it: loading takes ~1 s."""

    def __init__(self, encoder_path: str | None = None, *, num_threads: int | None = None) -> None:
        """Load the encoder and the classifier head once.

        ``num_threads``, when given, sets torch's intra-op thread count for the process
        (a global setting; leave it ``None`` to keep what the host configured).
        """
        if num_threads is not None:
            import torch

            torch.set_num_threads(num_threads)
        self._encoder = load_encoder(encoder_path)
        self._head = LinearHead.load(HEAD_PATH)
        _check_compatible(self._encoder, self._head)
        self._default_policy = ModerationPolicy()

    def check(
        self, texts: list[str], policy: ModerationPolicy | None = None
    ) -> list[ModerationResult]:
        """Moderate each text, embedding them all in one batched encoder call."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise TypeError("texts must be a list of str")
        if not texts:
            return []
        policy = policy if policy is not None else self._default_policy
        results = []
        for text, row in zip(texts, score_texts(texts, self._encoder, self._head), strict=True):
            scores = _rounded(row)
            results.append(_verdict(scores, _policy_flags(scores, policy), text, None))
        return results

    def check_prompt(
        self,
        prompt: str,
        negative_prompt: str | None = None,
        policy: ModerationPolicy | None = None,
    ) -> ModerationResult:
        """Moderate a prompt and its negative prompt together: max scores, OR'd flags.

        The negative prompt is read as exclusions (see governance.moderation.negative): safety
        exclusions such as "nsfw, gore" are dropped first, and excluding clothing refuses as
        sexual content.
        """
        texts = [prompt]
        negative = strip_safety_exclusions(negative_prompt) if negative_prompt else ""
        if negative:
            texts.append(negative)
        policy = policy if policy is not None else self._default_policy
        rows = score_texts(texts, self._encoder, self._head)
        scores = _rounded(rows.max(axis=0))
        if negative_prompt and steers_to_nudity(negative_prompt):
            scores["sexual"] = 1.0
        return _verdict(scores, _policy_flags(scores, policy), prompt, negative_prompt)


def _check_compatible(encoder: Encoder, head: LinearHead) -> None:
    if head.categories != CATEGORIES:
        raise ValueError(f"head categories {head.categories} != {CATEGORIES}; retrain the head")
    if head.dim != encoder.dim:
        raise ValueError(f"head expects {head.dim}-d embeddings, encoder gives {encoder.dim}")
    expected = np.asarray(head.meta.get("fingerprint", []), dtype=np.float32)
    got = encoder.encode([FINGERPRINT_TEXT])[0, : expected.size]
    if expected.size == 0 or not np.allclose(got, expected, atol=1e-3):
        raise ValueError(
            f"the encoder at {Path(encoder.path)} is not the one the head was trained on; "
            "retrain with python -m governance.moderation.train"
        )
