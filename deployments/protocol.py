"""What the router hands a model deployment, and the limits every HTTP area shares.

Plain dataclasses: no ray, so engines and unit tests use them without a cluster. The HTTP
request and response models live with their API area (deployments/api/).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_PROMPT_CHARS = 4000
MAX_SEED = 2**32 - 1


@dataclass(frozen=True)
class GenerationParams:
    """What a model deployment receives: resolved against the model's defaults and limits."""

    prompt: str
    negative_prompt: str | None
    width: int
    height: int
    n: int
    num_inference_steps: int
    guidance_scale: float
    seed: int
    temperature: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)
