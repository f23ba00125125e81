"""The builtin backend: today's Moderator (normalisation, term lists, MiniLM classifier) as is.

It is also the floor hook (base.FloorCheck). The floors are the Moderator's: today, a
ModerationPolicy always refuses ``ALWAYS_REFUSED`` at no more than its default threshold, so
the floor check is the Moderator run under a policy that refuses nothing else. When the floors
move into their own module (issue 10, item 1), point ``floor_prompt`` / ``floor_texts`` at it;
GuardSet calls these two methods for every request, whatever the tenant's backends or policy.
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


def _hits(result: ModerationResult) -> frozenset[str]:
    return frozenset(c for c, on in result.categories.items() if on)


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

    # --- the floor hook (base.FloorCheck) ------------------------------------------------------

    def floor_prompt(self, prompt: str, negative_prompt: str | None) -> frozenset[str]:
        return _hits(self.moderator.check_prompt(prompt, negative_prompt, _FLOOR_POLICY))

    def floor_texts(self, texts: list[str]) -> list[frozenset[str]]:
        return [_hits(r) for r in self.moderator.check(texts, _FLOOR_POLICY)]
