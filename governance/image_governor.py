"""Image governance, step 6 of the request path: NSFW check -> watermark -> encode -> C2PA sign.

Runs on the CPU governance replicas, never on a GPU replica. Returns an `ImageOutcome` rather
than raising, so the answer crosses process boundaries intact; `ImageOutcome.raise_for_status`
turns a refusal or a failure back into the error that carries its HTTP status.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from governance.encoding import MIME_TYPES, encode_image, to_image
from governance.errors import ContentPolicyViolation, GovernanceFailure
from governance.nsfw import NsfwFilter, NsfwPolicy
from governance.provenance import ContentCredentials, GenerationFacts, InputIngredient
from governance.watermark import Watermarker

logger = logging.getLogger(__name__)

STAGES = ("nsfw", "watermark", "encode", "c2pa")


@dataclass(frozen=True)
class ImageJob:
    """What the governor needs to know about one image besides its pixels."""

    record_id: str
    model: str
    model_revision: str
    created: dt.datetime
    output_format: str = "png"
    quality: int | None = None
    manifest_prompt: str | None = None  # only when the tenant's policy allows it in manifests
    nsfw_policy: NsfwPolicy | None = None
    ingredients: tuple[InputIngredient, ...] = ()  # an edit's inputs, kept in the manifest


@dataclass(frozen=True)
class GovernedImage:
    record_id: str
    data: bytes
    mime: str
    watermark_id: str
    watermark_reliable: bool
    manifest_id: str
    manifest_store: bytes
    image_sha256: str
    nsfw: dict[str, Any]


@dataclass(frozen=True)
class ImageOutcome:
    """Exactly one of: `image` (released), `blocked_reason` (NSFW), `failed_stage` (failure)."""

    record_id: str
    image: GovernedImage | None = None
    nsfw: dict[str, Any] | None = None
    blocked_reason: str | None = None
    failed_stage: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)

    def raise_for_status(self) -> GovernedImage:
        if self.failed_stage is not None:
            raise GovernanceFailure(self.failed_stage)
        if self.blocked_reason is not None or self.image is None:
            raise ContentPolicyViolation(
                "The generated image was refused by the content policy (nsfw).",
                param="prompt",
            )
        return self.image


class ImageGovernor:
    """Applies the image stages in order; any failure releases nothing."""

    def __init__(
        self,
        nsfw_filter: NsfwFilter,
        watermarker: Watermarker,
        credentials: ContentCredentials,
    ) -> None:
        self.nsfw_filter = nsfw_filter
        self.watermarker = watermarker
        self.credentials = credentials

    def govern(self, pixels: np.ndarray, job: ImageJob) -> ImageOutcome:
        timings: dict[str, float] = {}
        stage = "nsfw"
        try:
            started = time.perf_counter()
            image = to_image(pixels)
            verdict = self.nsfw_filter.check(image, job.nsfw_policy)
            nsfw = {
                "decision": "blocked" if verdict.blocked else "passed",
                "reason": verdict.reason,
                "scores": {label: round(score, 4) for label, score in verdict.scores.items()},
            }
            timings["nsfw"] = _ms(started)
            if verdict.blocked:
                return ImageOutcome(
                    record_id=job.record_id,
                    nsfw=nsfw,
                    blocked_reason=verdict.reason or "nsfw",
                    timings_ms=timings,
                )

            stage = "watermark"
            started = time.perf_counter()
            marked = self.watermarker.embed(image, job.record_id)
            reliable = self.watermarker.reliable_for(*marked.size)
            timings["watermark"] = _ms(started)

            stage = "encode"
            started = time.perf_counter()
            encoded = encode_image(marked, job.output_format, job.quality)
            timings["encode"] = _ms(started)

            stage = "c2pa"
            started = time.perf_counter()
            facts = GenerationFacts(
                record_id=job.record_id,
                model=job.model,
                model_revision=job.model_revision,
                watermark_id=job.record_id,
                created=job.created,
                prompt=job.manifest_prompt,
                ingredients=job.ingredients,
            )
            signed = self.credentials.sign(encoded, MIME_TYPES[job.output_format], facts)
            timings["c2pa"] = _ms(started)
        except Exception:
            # Fail closed. The log names the stage; the client only learns that it failed.
            logger.exception("image governance failed at stage %s", stage)
            return ImageOutcome(record_id=job.record_id, failed_stage=stage, timings_ms=timings)
        governed = GovernedImage(
            record_id=job.record_id,
            data=signed.data,
            mime=signed.mime,
            watermark_id=job.record_id,
            watermark_reliable=reliable,
            manifest_id=signed.manifest_id,
            manifest_store=signed.manifest_store,
            image_sha256=hashlib.sha256(signed.data).hexdigest(),
            nsfw=nsfw,
        )
        return ImageOutcome(record_id=job.record_id, image=governed, nsfw=nsfw, timings_ms=timings)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0
