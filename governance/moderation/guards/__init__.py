"""Pluggable guard models behind one interface, combined: any backend flags -> refused.

    from governance.moderation.guards import GuardsConfig, build_guard_set
    guards = build_guard_set(GuardsConfig(), moderator=Moderator())
    result = guards.check_prompt(prompt, negative_prompt, policy, use=policy.guards)
    if result.flagged: ...  # refuse, naming result.top_category()

Backends: ``builtin`` (today's Moderator), ``llama-guard`` (Llama Guard 3 through
transformers, its S1-S14 hazards mapped onto our categories), ``remote`` (any OpenAI-compatible
/v1/moderations endpoint). The floors run for every request whatever is configured, and any
backend failure raises GovernanceFailure("moderation"): no image leaves.
"""

from governance.moderation.guards.base import (
    FloorCheck,
    GuardBackend,
    GuardedResult,
    GuardError,
    GuardVerdict,
    combine,
)
from governance.moderation.guards.builtin import BuiltinBackend
from governance.moderation.guards.config import (
    BuiltinGuardSpec,
    GuardsConfig,
    LlamaGuardSpec,
    RemoteGuardSpec,
    build_guard_set,
)
from governance.moderation.guards.guard_set import GuardSet
from governance.moderation.guards.llama_guard import (
    HAZARD_TO_CATEGORIES,
    LlamaGuardBackend,
    LlamaGuardClassifier,
    parse_output,
)
from governance.moderation.guards.remote import OPENAI_TO_CATEGORIES, RemoteModerationBackend

__all__ = [
    "HAZARD_TO_CATEGORIES",
    "OPENAI_TO_CATEGORIES",
    "BuiltinBackend",
    "BuiltinGuardSpec",
    "FloorCheck",
    "GuardBackend",
    "GuardError",
    "GuardSet",
    "GuardVerdict",
    "GuardedResult",
    "GuardsConfig",
    "LlamaGuardBackend",
    "LlamaGuardClassifier",
    "LlamaGuardSpec",
    "RemoteGuardSpec",
    "RemoteModerationBackend",
    "build_guard_set",
    "combine",
    "parse_output",
]
