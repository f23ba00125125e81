"""The guard interface: backends that judge texts, and the one rule that combines them.

Every backend answers in this project's category names (governance.moderation.categories), with
the tenant's policy already applied: ``categories[c]`` is true when the backend detected ``c``
and the policy refuses ``c``. Combining is an OR: any backend that flags refuses the request.
Floors are a separate check that ignores the policy and always runs. Nothing here swallows an
error: a backend that cannot answer raises, and the combination fails closed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from governance.errors import GovernanceFailure
from governance.moderation.categories import CATEGORIES
from governance.moderation.moderator import ModerationResult
from governance.moderation.negative import strip_safety_exclusions
from governance.moderation.policy import ModerationPolicy

logger = logging.getLogger(__name__)

#: The governance stage a guard failure is reported as (audit reason, metrics label).
STAGE = "moderation"


class GuardError(Exception):
    """A backend could not give a verdict it stands behind (timeout, 5xx, malformed output)."""


@dataclass(frozen=True)
class GuardVerdict:
    """One backend's verdict on one text (or on a prompt and its negative prompt together).

    ``categories`` and ``category_scores`` hold every category in CATEGORIES. ``detail`` is what
    the backend said in its own terms (``unsafe\\nS1,S10``, a remote model id), for the audit.
    """

    backend: str
    categories: dict[str, bool]
    category_scores: dict[str, float]
    detail: str = ""

    @property
    def flagged(self) -> bool:
        return any(self.categories.values())


@runtime_checkable
class GuardBackend(Protocol):
    """A guard model behind the common interface. Implementations must be thread-safe."""

    name: str

    def check(self, texts: list[str], policy: ModerationPolicy) -> list[GuardVerdict]:
        """One verdict per text, in order. Raises (GuardError or any other) when it cannot."""
        ...

    def check_prompt(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> GuardVerdict:
        """One verdict for a prompt and its negative prompt read together."""
        ...


@runtime_checkable
class FloorCheck(Protocol):
    """The floor hook: the categories the floors refuse. It takes no policy on purpose: no
    tenant setting reaches it. The builtin backend implements it (builtin.BuiltinBackend)."""

    def floor_prompt(self, prompt: str, negative_prompt: str | None) -> frozenset[str]:
        """Floors hit by a prompt and its negative prompt read together."""
        ...

    def floor_texts(self, texts: list[str]) -> list[frozenset[str]]:
        """Floors hit by each text on its own, in order."""
        ...


@dataclass(frozen=True)
class GuardedResult(ModerationResult):
    """A ModerationResult (so the pipeline and the audit use it unchanged) that also says which
    backend said what and which floors held."""

    verdicts: tuple[GuardVerdict, ...] = ()
    floors: frozenset[str] = field(default_factory=frozenset)

    def summary(self) -> dict[str, object]:
        """What the audit record can add: each backend's flagged categories, and the floors."""
        return {
            "backends": {
                v.backend: sorted(c for c, on in v.categories.items() if on) for v in self.verdicts
            },
            "floors": sorted(self.floors),
        }


def detected_to_verdict(
    backend: str,
    detected: Mapping[str, bool],
    scores: Mapping[str, float],
    policy: ModerationPolicy,
    detail: str = "",
) -> GuardVerdict:
    """Apply a tenant policy's refusals to what a backend detected (its own flags)."""
    unknown = (set(detected) | set(scores)) - set(CATEGORIES)
    if unknown:
        raise GuardError(f"{backend}: categories outside the taxonomy: {sorted(unknown)}")
    return GuardVerdict(
        backend=backend,
        categories={c: bool(detected.get(c, False)) and c in policy.refuse for c in CATEGORIES},
        category_scores={c: float(scores.get(c, 0.0)) for c in CATEGORIES},
        detail=detail,
    )


def merge_verdicts(backend: str, verdicts: Sequence[GuardVerdict]) -> GuardVerdict:
    """One verdict from several texts of one request: OR'd flags, max scores."""
    if not verdicts:
        raise GuardError(f"{backend}: no verdict to merge")
    return GuardVerdict(
        backend=backend,
        categories={c: any(v.categories[c] for v in verdicts) for c in CATEGORIES},
        category_scores={c: max(v.category_scores[c] for v in verdicts) for c in CATEGORIES},
        detail=" | ".join(v.detail for v in verdicts if v.detail),
    )


def combine(
    verdicts: Sequence[GuardVerdict], floors: frozenset[str] = frozenset()
) -> GuardedResult:
    """Any backend flags -> refused; a floor hit is flagged whatever the policy. Scores: max."""
    unknown = set(floors) - set(CATEGORIES)
    if unknown:
        raise GuardError(f"floor categories outside the taxonomy: {sorted(unknown)}")
    categories = {c: c in floors or any(v.categories[c] for v in verdicts) for c in CATEGORIES}
    scores = {c: max((v.category_scores[c] for v in verdicts), default=0.0) for c in CATEGORIES}
    return GuardedResult(
        flagged=any(categories.values()),
        categories=categories,
        category_scores=scores,
        verdicts=tuple(verdicts),
        floors=frozenset(floors),
    )


def fail_closed(backend: str, exc: BaseException) -> GovernanceFailure:
    """The error a backend failure becomes: the moderation stage failed, no image leaves."""
    logger.error("guard backend %s failed: %s: %s", backend, type(exc).__name__, exc)
    failure = GovernanceFailure(STAGE)
    failure.__cause__ = exc
    return failure


def prompt_texts(prompt: str, negative_prompt: str | None) -> list[str]:
    """What an external guard reads for one request: the prompt, and the negative prompt less
    its pure safety exclusions ("nsfw, gore" only makes an image safer; see moderation.negative).
    """
    texts = [prompt]
    negative = strip_safety_exclusions(negative_prompt) if negative_prompt else ""
    if negative:
        texts.append(negative)
    return texts
