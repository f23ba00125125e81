"""The governance deployment: moderation and image work on CPU replicas, apart from the GPUs.

Thin: each method hands one call to the governance library in a worker thread, so the replica
keeps answering health checks and the GPU replicas never wait on CPU work.
"""

import asyncio
import logging
import os
from typing import Any

import numpy as np
from ray import serve
from ray.serve.handle import DeploymentHandle

from deployments.guard_deployment import guard_backends, resolve_guard_source
from deployments.settings import AppSettings, parse_settings
from governance import environment
from governance.certs import ensure_dev_ca
from governance.detection import inspect_image
from governance.edit_inputs import screen_input
from governance.image_governor import ImageGovernor, ImageJob, ImageOutcome
from governance.moderation import ModerationPolicy, ModerationResult, Moderator
from governance.moderation.guards import build_guard_set
from governance.nsfw import NsfwFilter, NsfwPolicy, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.watermark import Watermarker

logger = logging.getLogger("imprimatur.governance")


def build_credentials(settings: AppSettings) -> ContentCredentials:
    """C2PA signer from files (dev CA created on demand where allowed) or from the environment."""
    provenance = settings.governance.provenance
    if provenance.from_env:
        signer = SignerConfig.from_env()
    else:
        chain = settings.resolve_path(provenance.cert_chain)
        key = settings.resolve_path(provenance.private_key)
        anchors = settings.resolve_path(provenance.trust_anchors)
        if provenance.create_dev_ca and not (chain.exists() and key.exists()):
            ensure_dev_ca(chain.parent)
        signer = SignerConfig.from_files(chain, key, anchors)
    credentials = ContentCredentials(signer)
    credentials.self_check()  # a bad key, chain or trust setup fails at start, not per request
    return credentials


@serve.deployment(name="governance", max_ongoing_requests=8)
class GovernanceDeployment:
    def __init__(
        self, settings: dict[str, Any], guard_handles: dict[str, DeploymentHandle] | None = None
    ) -> None:
        self.settings = parse_settings(settings)
        governance = self.settings.governance
        self.moderator = Moderator(num_threads=1)
        cache_dir = str(self.settings.cache_dir) if self.settings.cache_dir else None
        self.guards = build_guard_set(
            governance.guards,
            moderator=self.moderator,
            provided=guard_backends(governance.guards, guard_handles or {}),
            resolve_source=lambda source: resolve_guard_source(source, cache_dir),
        )
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

    async def moderate(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> ModerationResult:
        return await asyncio.to_thread(
            self.guards.check_prompt, prompt, negative_prompt, policy, use=policy.guards
        )

    async def moderate_texts(
        self, texts: list[str], policy: ModerationPolicy | None = None
    ) -> list[ModerationResult]:
        policy = policy or ModerationPolicy()
        return await asyncio.to_thread(self.guards.check, texts, policy, use=policy.guards)

    async def govern_image(self, pixels: np.ndarray, job: ImageJob) -> ImageOutcome:
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
