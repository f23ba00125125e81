"""The governance deployment: image work on CPU replicas, apart from the GPUs (prompt
moderation runs in the router: deployments/router.py).

Thin: each method hands one call to the governance library in a worker thread, so the replica
keeps answering health checks and the GPU replicas never wait on CPU work.
"""

import asyncio
import logging
import os
from typing import Any

import numpy as np
from ray import serve

from deployments.memory import keep_freed_memory
from deployments.protocol import GenerationOutput
from deployments.settings import (
    AppSettings,
    SettingsError,
    parse_settings,
    production_key_problems,
)
from governance import environment
from governance.certs import ensure_dev_ca
from governance.detection import inspect_image
from governance.edit_inputs import screen_input
from governance.image_governor import ImageGovernor, ImageJob, ImageOutcome
from governance.nsfw import NsfwFilter, NsfwPolicy, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.watermark import Watermarker

logger = logging.getLogger("imprimatur.governance")


def build_credentials(settings: AppSettings) -> ContentCredentials:
    """C2PA signer from files (dev CA created on demand where allowed) or from the environment."""
    provenance = settings.governance.provenance
    if provenance.from_env:
        signer = SignerConfig.from_env(tsa_url=provenance.tsa_url)
    else:
        chain = settings.resolve_path(provenance.cert_chain)
        key = settings.resolve_path(provenance.private_key)
        anchors = settings.resolve_path(provenance.trust_anchors)
        if provenance.create_dev_ca and not (chain.exists() and key.exists()):
            ensure_dev_ca(chain.parent)
        signer = SignerConfig.from_files(chain, key, anchors, tsa_url=provenance.tsa_url)
    credentials = ContentCredentials(signer, provider=settings.governance.provider)
    credentials.self_check()  # a bad key, chain or trust setup fails at start, not per request
    return credentials


@serve.deployment(name="governance", max_ongoing_requests=8)
class GovernanceDeployment:
    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = parse_settings(settings)
        keep_freed_memory(self.settings.keep_freed_memory_mb)
        if problems := production_key_problems(self.settings, os.environ):
            # refuse to start: a production image must not carry a forgeable mark or signature
            raise SettingsError("; ".join(problems))
        governance = self.settings.governance
        self.credentials = build_credentials(self.settings)
        # $KEY or the file $KEY_FILE; a _FILE that is missing raises, never the dev key.
        self.watermarker = Watermarker(
            environment.read_secret(governance.watermark_key_env) or None
        )
        self.nsfw_filter = NsfwFilter(NudeNetDetector(threads=1), governance.nsfw)
        self.governor = ImageGovernor(
            self.nsfw_filter,
            self.watermarker,
            self.credentials,
        )

    async def ready(self) -> dict[str, Any]:
        return {"component": "governance", "replica_pid": os.getpid()}

    async def govern_image(
        self, pixels: np.ndarray | GenerationOutput, job: ImageJob, index: int | None = None
    ) -> ImageOutcome:
        """One image: ``pixels``, or with ``index`` that image of a model's answer (the router
        passes the model's response on, and Serve hands this replica the answer itself)."""
        if index is not None:
            pixels = pixels.images[index]
        return await asyncio.to_thread(self.governor.govern, pixels, job)

    async def screen_input(
        self, data: bytes, mime: str, policy: NsfwPolicy | None
    ) -> dict[str, Any]:
        """An edit's input before any GPU work: NSFW, and its provenance (lineage)."""
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
        """C2PA and watermark findings for an uploaded image (the detection tool)."""
        return await asyncio.to_thread(
            inspect_image, data, mime, self.credentials, self.watermarker
        )
