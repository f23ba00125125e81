"""Prompt moderation: normalisation against evasion, term lists, and a multilingual classifier.

    from governance.moderation import Moderator
    result = Moderator().check_prompt("a cat on a sofa", negative_prompt="blurry")
    if result.flagged: ...  # refuse, naming result.top_category()

A plain library: it never imports ray, and it never downloads anything.
"""

from governance.moderation.categories import CATEGORIES, DEFAULT_THRESHOLDS
from governance.moderation.moderator import (
    MAX_PROMPT_CHARS,
    ModerationResult,
    Moderator,
    to_openai_result,
)
from governance.moderation.policy import ModerationPolicy

__all__ = [
    "CATEGORIES",
    "DEFAULT_THRESHOLDS",
    "MAX_PROMPT_CHARS",
    "ModerationPolicy",
    "ModerationResult",
    "Moderator",
    "to_openai_result",
]
