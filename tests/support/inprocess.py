"""`Backends` that run the real governance library in the test process, no Ray.

What the governance deployment does, call for call (deployments/governance_deployment.py):
the real Moderator, NudeNet, watermark, C2PA signing with a dev CA, input screening and the
detection tool. Only the model is a stand-in: a smooth picture that is a pure function of the
seed and size (a real engine's image is too; the tiny engines are tested in test_engines.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from deployments.protocol import GenerationOutput, GenerationParams
from governance.certs import ensure_dev_ca
from governance.detection import inspect_image
from governance.edit_inputs import screen_input
from governance.image_governor import ImageGovernor, ImageJob, ImageOutcome
from governance.moderation import ModerationPolicy, ModerationResult, Moderator
from governance.nsfw import NsfwFilter, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.watermark import Watermarker


def seeded_picture(params: GenerationParams) -> np.ndarray:
    """A smooth picture (so the watermark reads back) determined by seed and size."""
    rng = np.random.default_rng(params.seed)
    coarse = Image.fromarray(rng.integers(0, 256, (8, 8, 3), dtype=np.uint8))
    return np.asarray(coarse.resize((params.width, params.height), Image.BICUBIC))


class InProcessBackends:
    """The `deployments.api.service.Backends` interface over the real governance library."""

    replica_id = "in-process"

    def __init__(self, certs: Path) -> None:
        ensure_dev_ca(certs)
        self.credentials = ContentCredentials(
            SignerConfig.from_files(
                certs / "signer.pem", certs / "signer.key", certs / "root_ca.pem"
            )
        )
        self.moderator = Moderator(num_threads=1)
        self.watermarker = Watermarker()
        self.nsfw_filter = NsfwFilter(NudeNetDetector(threads=1))
        self.governor = ImageGovernor(self.nsfw_filter, self.watermarker, self.credentials)

    async def ready(self, component: str) -> dict[str, Any]:
        return {"component": component, "revision": "in-process"}

    def model_replicas(self) -> dict[str, tuple[str, int]] | None:
        return None

    async def generate(self, model: str, params: GenerationParams) -> GenerationOutput:
        return GenerationOutput(images=[seeded_picture(params) for _ in range(params.n)])

    async def generate_stream(
        self, model: str, params: GenerationParams
    ) -> AsyncIterator[dict[str, Any]]:
        yield {"type": "final", "output": await self.generate(model, params)}

    async def moderate(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> ModerationResult:
        return await asyncio.to_thread(self.moderator.check_prompt, prompt, negative_prompt, policy)

    async def moderate_texts(
        self, texts: list[str], policy: ModerationPolicy
    ) -> list[ModerationResult]:
        return await asyncio.to_thread(self.moderator.check, texts, policy)

    async def govern_image(self, pixels: Any, job: ImageJob) -> ImageOutcome:
        return await asyncio.to_thread(self.governor.govern, pixels, job)

    async def screen_input(self, data: bytes, mime: str, policy: Any) -> dict[str, Any]:
        return await asyncio.to_thread(
            screen_input,
            data,
            mime,
            self.nsfw_filter,
            self.credentials,
            self.watermarker,
            policy,
        )

    async def inspect(self, data: bytes, mime: str) -> dict[str, Any]:
        return await asyncio.to_thread(
            inspect_image, data, mime, self.credentials, self.watermarker
        )
