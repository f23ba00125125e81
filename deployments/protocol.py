"""What the router hands a model deployment, and the limits every HTTP area shares.

Plain dataclasses: no ray, so engines and unit tests use them without a cluster. The HTTP
request and response models live with their API area (deployments/api/).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from governance.adapters import AdapterUse

# The prompt limit lives with moderation, which must read all of what the model reads.
from governance.moderation import MAX_PROMPT_CHARS as MAX_PROMPT_CHARS

MAX_SEED = 2**32 - 1


@dataclass(frozen=True)
class Schedule:
    """How the model replica's fair queue treats a request: the tenant's policy
    (`scheduling:`), and the wall-clock time (epoch seconds) after which it must not start."""

    weight: float = 1.0
    priority: str = "interactive"  # "interactive" | "batch"
    max_in_flight: int | None = None
    max_queued: int | None = None
    deadline: float | None = None


@dataclass(frozen=True)
class Control:
    """ControlNet conditioning, authorised and preprocessed by the router: the control type,
    the ControlNet's registry id and digest, its scale, and the control image (HxWx3 uint8,
    e.g. Canny edges) at the request's size."""

    type: str
    id: str
    sha256: str
    scale: float
    image: Any = field(repr=False, default=None)


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
    # Edits (POST /v1/images/edits): the first input image, already at width x height, and
    # the inpainting mask (uint8, 255 = repaint here); None for text-to-image.
    image: Any = None
    mask: Any = None
    strength: float = 0.7
    # Streaming: how many partial images to emit during generation (0-3).
    partial_images: int = 0
    # Fairness across tenants at the model replica (deployments/fair_queue.py).
    tenant: str = ""
    schedule: Schedule = Schedule()
    # LoRA adapters (governance.adapters), authorised by the router: ids, digests, scales.
    adapters: tuple[AdapterUse, ...] = ()
    control: Control | None = None

    @property
    def is_edit(self) -> bool:
        return self.image is not None


def image_token_count(width: int, height: int) -> int:
    """Image tokens of one picture: one per 16x16 pixel patch.

    For autoregressive models this is exact (Janus-Pro's VQ grid: 384x384 -> 576 tokens); for
    diffusion it is the documented equivalent: a 2x2 patch of the VAE's 8x-downsampled latent,
    the unit DiT models (SD3, FLUX) call a token (1024x1024 -> 4096).
    """
    return (width // 16) * (height // 16)


@dataclass(frozen=True)
class GenerationOutput:
    """A model deployment's answer: the images and the token counts for `usage`."""

    images: list[Any]
    input_text_tokens: int = 0
    input_image_tokens: int = 0
    output_image_tokens: int = 0

    def usage(self) -> dict[str, Any]:
        """OpenAI's `usage` object (images_response.Usage)."""
        input_tokens = self.input_text_tokens + self.input_image_tokens
        return {
            "input_tokens": input_tokens,
            "input_tokens_details": {
                "image_tokens": self.input_image_tokens,
                "text_tokens": self.input_text_tokens,
            },
            "output_tokens": self.output_image_tokens,
            "output_tokens_details": {"image_tokens": self.output_image_tokens, "text_tokens": 0},
            "total_tokens": input_tokens + self.output_image_tokens,
        }
