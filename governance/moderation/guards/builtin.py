"""The builtin backend: the Moderator (normalisation, term lists, multilingual classifier) as is.

It is also the floor hook (base.FloorCheck). The floors are the Moderator's: today, a
ModerationPolicy always refuses ``ALWAYS_REFUSED`` at no more than its default threshold, so
the floor check is the Moderator's scores read under a policy that refuses nothing else
(``_floors_of``). GuardSet calls the hook for every request, whatever the tenant's backends or
policy: alone (``floor_prompt`` / ``floor_texts``) when the tenant's backends exclude the
builtin, or in the same Moderator run as the builtin's verdict (``check_prompt_with_floors``).
When the floors move into their own module (issue 10, item 1), re-point ``_floors_of`` (give it
the texts if it needs them); tests check that both paths agree.
"""

from __future__ import annotations

from governance.moderation.categories import CATEGORIES
from governance.moderation.guards.base import GuardVerdict
from governance.moderation.moderator import ModerationResult, Moderator
from governance.moderation.policy import ModerationPolicy

BUILTIN = "builtin"

# A policy that refuses nothing a tenant could relax: ModerationPolicy adds the floor
# categories itself and clamps their thresholds, so this refuses exactly the floors.
_FLOOR_POLICY = ModerationPolicy(refuse=frozenset())


def _verdict(name: str, result: ModerationResult) -> GuardVerdict:
    # The Moderator has already applied the policy: its flags are the verdict, unchanged.
    return GuardVerdict(
        backend=name,
        categories={c: bool(result.categories[c]) for c in CATEGORIES},
        category_scores={c: float(result.category_scores[c]) for c in CATEGORIES},
    )


def _floors_of(result: ModerationResult) -> frozenset[str]:
    """The floors a Moderator result hits. The scores they read (sexual, sexual/minors) do not
    depend on the policy it ran under (only self-harm's may, ``long_prompt_self_harm``), so
    one run under the tenant's policy also answers for the floors. This is the one
    place to re-point when the floors get their own module."""
    return frozenset(
        c for c in _FLOOR_POLICY.refuse if result.category_scores[c] >= _FLOOR_POLICY.thresholds[c]
    )


class BuiltinBackend:
    """Adapter over a shared Moderator: same verdicts, same scores, no behaviour change."""

    def __init__(self, moderator: Moderator, *, name: str = BUILTIN) -> None:
        self.moderator = moderator
        self.name = name

    def check(self, texts: list[str], policy: ModerationPolicy) -> list[GuardVerdict]:
        return [_verdict(self.name, r) for r in self.moderator.check(texts, policy)]

    def check_prompt(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> GuardVerdict:
        return _verdict(self.name, self.moderator.check_prompt(prompt, negative_prompt, policy))

    # --- the floor hook (base.FloorCheck), alone or in the same pass as the verdict ----------

    def floor_prompt(self, prompt: str, negative_prompt: str | None) -> frozenset[str]:
        return _floors_of(self.moderator.check_prompt(prompt, negative_prompt, _FLOOR_POLICY))

    def floor_texts(self, texts: list[str]) -> list[frozenset[str]]:
        return [_floors_of(r) for r in self.moderator.check(texts, _FLOOR_POLICY)]

    def check_prompt_with_floors(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> tuple[GuardVerdict, frozenset[str]]:
        """The verdict and the floors from one Moderator run (GuardSet uses it when the
        builtin is both a selected backend and the floor hook)."""
        result = self.moderator.check_prompt(prompt, negative_prompt, policy)
        return _verdict(self.name, result), _floors_of(result)

    def check_with_floors(
        self, texts: list[str], policy: ModerationPolicy
    ) -> tuple[list[GuardVerdict], list[frozenset[str]]]:
        results = self.moderator.check(texts, policy)
        return [_verdict(self.name, r) for r in results], [_floors_of(r) for r in results]
