"""Per-tenant moderation policy: thresholds and which categories refuse a request."""

from __future__ import annotations

import logging
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS
from governance.moderation.floors import FLOOR_CATEGORIES, FLOOR_THRESHOLDS

logger = logging.getLogger(__name__)


def _check_names(names: object, field: str) -> None:
    unknown = sorted(set(names) - set(CATEGORIES))  # type: ignore[call-overload]
    if unknown:
        raise ValueError(f"{field}: unknown categories {unknown}; known: {list(CATEGORIES)}")


#: How a long prompt's windows are read for self-harm (``ModerationPolicy.long_prompt_self_harm``).
LongPromptSelfHarm = Literal["classifier", "evidence"]
#: Every reading, in the order the benchmarks print them side by side.
LONG_PROMPT_SELF_HARM_READINGS: tuple[str, ...] = get_args(LongPromptSelfHarm)


#: ``ModerationPolicy.long_prompt_point``'s default: a window's reading counts as it is.
DEFAULT_LONG_PROMPT_POINT = 0.5


class ModerationPolicy(BaseModel):
    """Thresholds and refusals for one tenant. Defaults refuse every category.

    A tenant may relax a threshold or stop refusing a category (the policy is recorded in the
    audit record). The floor categories (``sexual/minors``) cannot be relaxed: they are always
    in ``refuse``, and a threshold above the floor is clamped back to it with a warning (a
    tenants file that tries is refused outright, see governance.tenants). The floor check in
    governance.moderation.floors does not read the policy at all, so even a policy built
    without validation cannot lower it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    thresholds: dict[str, float] = Field(
        default_factory=lambda: dict(DEFAULT_THRESHOLDS),
        description="Score in [0, 1] at or above which a category is detected; categories "
        "left out keep their default.",
    )
    refuse: frozenset[str] = Field(
        default_factory=lambda: frozenset(CATEGORIES),
        description="Categories that refuse the request when detected; sexual/minors is "
        "always added.",
    )

    long_prompt_self_harm: LongPromptSelfHarm = Field(
        "evidence",
        description="How a long prompt's windows are read for self-harm. `evidence` (the "
        "default since round 23): a window's classifier reading counts where the window names "
        "a means, act, intent, injury or eating disorder of self-harm "
        "(governance.moderation.evidence) or where the reading is near certain (0.95), so "
        "that quiet, wistful briefs are not refused as self-harm. `classifier` (the default "
        "before round 23): the reading of any window counts; it refuses more quiet briefs and "
        "finds some more harm hidden in long prompts (docs/moderation.md, rounds 22-23). "
        "Prompts read whole (up to 32 words or 64 CJK characters), the term lists and the "
        "floors are the same either way.",
    )
    long_prompt_point: float = Field(
        DEFAULT_LONG_PROMPT_POINT,
        gt=0.0,
        lt=1.0,
        description="For a prompt read in windows (over 32 words or 64 CJK characters): the "
        "window reading that counts as 0.5, for every category but sexual, sexual/minors and "
        "self-harm (the floor's evidence, and self-harm's own gate). 0.5 (the default): a "
        "window's reading counts as it is. A higher point serves more long benign briefs "
        "(0.7 on rounds 14-23's sets: 147 of 622 refused against 188) and finds less harm "
        "hidden in long prompts (2,453 / 2,364 of 2,769 against 2,549 / 2,496, end / middle): "
        "two to three hidden harmful requests served for each benign brief saved "
        "(docs/moderation.md, round 24). Prompts read whole, the term lists and the floors "
        "are the same at any point.",
    )
    guards: tuple[str, ...] | None = Field(
        None,
        min_length=1,
        description="Guard backends (by name, from the service's `governance.guards`) that "
        "moderate this tenant's prompts; unset: the service's default. Required backends and "
        "the floors run in any case.",
    )

    @field_validator("thresholds")
    @classmethod
    def _merge_thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        _check_names(value, "thresholds")
        merged = dict(DEFAULT_THRESHOLDS)
        for name, threshold in value.items():
            if not 0.0 <= threshold <= 1.0:
                raise ValueError(f"thresholds[{name!r}] must be in [0, 1], got {threshold}")
            merged[name] = float(threshold)
        for name, floor in FLOOR_THRESHOLDS.items():
            if merged[name] > floor:
                logger.warning(
                    "moderation policy: %s threshold %.2f clamped to the floor %.2f",
                    name,
                    merged[name],
                    floor,
                )
                merged[name] = floor
        return {name: merged[name] for name in CATEGORIES}

    @field_validator("refuse")
    @classmethod
    def _add_floor(cls, value: frozenset[str]) -> frozenset[str]:
        _check_names(value, "refuse")
        return frozenset(value) | FLOOR_CATEGORIES

    @field_serializer("refuse", when_used="json")
    def _sorted(self, value: frozenset[str]) -> list[str]:
        # Sets iterate in a per-process order; audit records must not change with it.
        return sorted(value)


def relax(policy: ModerationPolicy, allowed: ModerationPolicy | None) -> ModerationPolicy:
    """The policy for a request that asks for less moderation (OpenAI's `moderation: low`).

    Relaxes `policy` only as far as `allowed` (the tenant's `moderation_low`) goes: each
    threshold is the higher of the two, a category refuses unless both stop refusing it, a
    long prompt's self-harm reading needs evidence if either policy says so, and its
    long-prompt point is the higher of the two. The
    result is built through the model's validators, so the floors apply to it as to any policy;
    the guards stay the tenant's own. Without an `allowed` policy nothing is relaxed.
    """
    if allowed is None:
        return policy
    thresholds = {
        name: max(value, allowed.thresholds.get(name, value))
        for name, value in policy.thresholds.items()
    }
    evidence = "evidence" in (policy.long_prompt_self_harm, allowed.long_prompt_self_harm)
    return ModerationPolicy(
        thresholds=thresholds,
        refuse=policy.refuse & allowed.refuse,
        guards=policy.guards,
        long_prompt_self_harm="evidence" if evidence else "classifier",
        long_prompt_point=max(policy.long_prompt_point, allowed.long_prompt_point),
    )
