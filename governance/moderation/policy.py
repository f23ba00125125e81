"""Per-tenant moderation policy: thresholds and which categories refuse a request."""

from __future__ import annotations

import logging

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator

from governance.moderation.categories import ALWAYS_REFUSED, CATEGORIES, DEFAULT_THRESHOLDS

logger = logging.getLogger(__name__)


def _check_names(names: object, field: str) -> None:
    unknown = sorted(set(names) - set(CATEGORIES))  # type: ignore[call-overload]
    if unknown:
        raise ValueError(f"{field}: unknown categories {unknown}; known: {list(CATEGORIES)}")


class ModerationPolicy(BaseModel):
    """Thresholds and refusals for one tenant. Defaults refuse every category.

    A tenant may relax a threshold or stop refusing a category (the policy is recorded in the
    audit record). ``sexual/minors`` is a floor: it always refuses, and a threshold above its
    default is clamped back to the default.
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
        floor = DEFAULT_THRESHOLDS[ALWAYS_REFUSED]
        if merged[ALWAYS_REFUSED] > floor:
            logger.warning(
                "moderation policy: %s threshold %.2f clamped to the floor %.2f",
                ALWAYS_REFUSED,
                merged[ALWAYS_REFUSED],
                floor,
            )
            merged[ALWAYS_REFUSED] = floor
        return {name: merged[name] for name in CATEGORIES}

    @field_validator("refuse")
    @classmethod
    def _add_floor(cls, value: frozenset[str]) -> frozenset[str]:
        _check_names(value, "refuse")
        return frozenset(value) | {ALWAYS_REFUSED}

    @field_serializer("refuse", when_used="json")
    def _sorted(self, value: frozenset[str]) -> list[str]:
        # Sets iterate in a per-process order; audit records must not change with it.
        return sorted(value)


def relax(policy: ModerationPolicy, allowed: ModerationPolicy | None) -> ModerationPolicy:
    """The policy for a request that asks for less moderation (OpenAI's `moderation: low`).

    Relaxes `policy` only as far as `allowed` (the tenant's `moderation_low`) goes: each
    threshold is the higher of the two, a category refuses unless both stop refusing it. The
    result is built through the model's validators, so the floors apply to it as to any policy;
    the guards stay the tenant's own. Without an `allowed` policy nothing is relaxed.
    """
    if allowed is None:
        return policy
    thresholds = {
        name: max(value, allowed.thresholds.get(name, value))
        for name, value in policy.thresholds.items()
    }
    return ModerationPolicy(
        thresholds=thresholds, refuse=policy.refuse & allowed.refuse, guards=policy.guards
    )
