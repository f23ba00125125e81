"""Image governance, step 6 of the request path: NSFW check -> watermark -> encode -> C2PA sign
-> read back.

Runs on the CPU governance replicas, never on a GPU replica. Returns an `ImageOutcome` rather
than raising, so the answer crosses process boundaries intact; `ImageOutcome.raise_for_status`
turns a refusal or a failure back into the error that carries its HTTP status.

Read-back. After signing, the watermark is decoded from the exact bytes that will leave, and
the image is released only if that reads the exact record id; `watermark_reliable` means this
read-back succeeded. A lossy format at a very low quality (JPEG or WebP at `output_compression`
0-10 on some pictures) erases the mark. Then the quality is RAISED, not refused: the image is
encoded again at the next multiple of ten above the last try (5 -> 10 -> 20 ... -> 100) until it
reads, and `GovernedImage.quality` says which quality was used (the audit record's params
carry it as `output_compression_used`). Why raise rather than refuse with a 400 naming
`output_compression`: whether a quality carries the mark depends on the picture (the same
request at q5 reads on one seed and not on another), so a refusal would be a coin toss the
client cannot avoid, while the raised quality is the least change that keeps the mark. A mark
that does not read even at quality 100 (or in PNG: e.g. an image far below `MIN_RELIABLE_SIDE`)
fails closed at stage `readback`: no image leaves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from governance.encoding import DEFAULT_QUALITY, MIME_TYPES, encode_image, to_image
from governance.errors import ContentPolicyViolation, GovernanceFailure
from governance.nsfw import NsfwFilter, NsfwPolicy
from governance.provenance import ContentCredentials, GenerationFacts, InputIngredient
from governance.watermark import Watermarker, WatermarkError

logger = logging.getLogger(__name__)

STAGES = ("nsfw", "watermark", "encode", "c2pa", "readback")


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
    adapters: tuple[dict[str, Any], ...] = ()  # LoRA adapters used (id, sha256, scale)


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
    quality: int | None = None  # the jpeg/webp quality used: raised if the request's lost the mark


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
            timings["watermark"] = _ms(started)
            facts = GenerationFacts(
                record_id=job.record_id,
                model=job.model,
                model_revision=job.model_revision,
                watermark_id=job.record_id,
                created=job.created,
                prompt=job.manifest_prompt,
                ingredients=job.ingredients,
                adapters=job.adapters,
            )
            mime = MIME_TYPES[job.output_format]
            for quality in quality_ladder(job.output_format, job.quality):
                stage = "encode"
                started = time.perf_counter()
                encoded = encode_image(marked, job.output_format, quality)
                _add(timings, "encode", started)

                stage = "c2pa"
                started = time.perf_counter()
                signed = self.credentials.sign(encoded, mime, facts)
                _add(timings, "c2pa", started)

                stage = "readback"
                started = time.perf_counter()
                read = self.watermarker.read_back(signed.data)
                _add(timings, "readback", started)
                if read == job.record_id:
                    break
                logger.info(
                    "watermark of %s does not read back at %s quality %s",
                    job.record_id,
                    job.output_format,
                    quality,
                )
            else:
                raise WatermarkError("the watermark does not read back from the encoded image")
        except Exception:
            # Fail closed. The log names the stage; the client only learns that it failed.
            logger.exception("image governance failed at stage %s", stage)
            return ImageOutcome(record_id=job.record_id, failed_stage=stage, timings_ms=timings)
        governed = GovernedImage(
            record_id=job.record_id,
            data=signed.data,
            mime=signed.mime,
            watermark_id=job.record_id,
            watermark_reliable=True,  # read back from the bytes that leave
            manifest_id=signed.manifest_id,
            manifest_store=signed.manifest_store,
            image_sha256=hashlib.sha256(signed.data).hexdigest(),
            nsfw=nsfw,
            quality=quality,
        )
        return ImageOutcome(record_id=job.record_id, image=governed, nsfw=nsfw, timings_ms=timings)


def quality_ladder(output_format: str, quality: int | None) -> list[int | None]:
    """The qualities tried in turn: the requested one, then each multiple of ten above it.

    PNG is lossless: one try, no quality.
    """
    if output_format == "png":
        return [None]
    first = DEFAULT_QUALITY if quality is None else quality
    return [first, *range((first // 10 + 1) * 10, 101, 10)]


def _add(timings: dict[str, float], stage: str, started: float) -> None:
    """Stages repeated for a raised quality count once each, summed."""
    timings[stage] = timings.get(stage, 0.0) + _ms(started)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0
