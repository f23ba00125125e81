"""Moderation categories, named as in OpenAI's moderation API plus one project category."""

from __future__ import annotations

#: Every category a :class:`~governance.moderation.ModerationResult` reports, in this order.
CATEGORIES: tuple[str, ...] = (
    "sexual",
    "sexual/minors",
    "violence/graphic",
    "self-harm",
    "hate",
    "illicit",
    "harassment",
    # Project category: sexualised or defamatory depictions of real, identifiable people.
    "deepfake/real-person",
)

#: Per-category score at or above which a category is detected. Term-list hits score 1.0;
#: the classifier head is calibrated (train.py) so that 0.5 is its cross-validated operating
#: point. sexual/minors is stricter on purpose; harassment, mostly left to the classifier and
#: the weakest category on held-out prompts, is less eager.
DEFAULT_THRESHOLDS: dict[str, float] = {
    "sexual": 0.5,
    "sexual/minors": 0.4,
    "violence/graphic": 0.5,
    "self-harm": 0.5,
    "hate": 0.5,
    "illicit": 0.5,
    "harassment": 0.6,
    "deepfake/real-person": 0.5,
}

#: The floor no tenant policy can lower: always refused, threshold never above the default.
ALWAYS_REFUSED = "sexual/minors"
