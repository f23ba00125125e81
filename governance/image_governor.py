"""Image governance, step 6 of the request path: NSFW check beside watermark -> encode -> C2PA
sign -> read back.

Concurrency. The NSFW check reads the generated pixels, not the mark or the encoding, so it runs
in a worker thread while the calling thread marks, encodes, signs and reads back (onnxruntime,
OpenCV, numpy, zlib and c2pa release the GIL; on two cores the image costs about the longer of
the two paths instead of their sum). The verdict is still decided as if the stages ran in
order: an NSFW failure or refusal wins over anything the other path did, and the marked,
signed bytes are then dropped unreleased (fail closed); only with NSFW passed does a failure
of the other path name its own stage. ``timings_ms`` has each stage's own duration (they
overlap, so they no longer add up) and ``governance``, the wall clock of the whole call.
The overlap only pays with a core to spare: a call overlaps only while this process's calls
in flight, two threads each, fit its cores (``cores``, default the CPUs it may run on); a
replica already busy with as many images as cores runs each in order and saves the threads'
contention. ``concurrent=False`` always runs the stages one after another (NSFW first, as
before), for the benchmark's side-by-side comparison.

Runs on the CPU governance replicas, never on a GPU replica. Returns an `ImageOutcome` rather
than raising, so the answer crosses process boundaries intact; `ImageOutcome.raise_for_status`
turns a refusal or a failure back into the error that carries its HTTP status.

Read-back. After signing, the watermark is decoded from the exact bytes that will leave, and the
image is released only if that reads the exact record id (PNG, lossless: read from the marked
pixels once the bytes are proven to decode to exactly those, see ``_read_back``);
`watermark_reliable` means this read-back succeeded. A lossy format at a very low quality (JPEG
or WebP at `output_compression` 0-10 on some pictures) erases the mark. Then the quality is
RAISED, not refused: the image is encoded again at the next multiple of ten above the last try
(5 -> 10 -> 20 ... -> 100) until it reads, and `GovernedImage.quality` says which quality was
used (the audit record's params carry it as `output_compression_used`). Why raise rather than
refuse with a 400 naming `output_compression`: whether a quality carries the mark depends on the
picture (the same request at q5 reads on one seed and not on another), so a refusal would be a
coin toss the client cannot avoid, while the raised quality is the least change that keeps the
mark. A mark that does not read even at quality 100 (or in PNG: e.g. an image far below
`MIN_RELIABLE_SIDE`) fails closed at stage `readback`: no image leaves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from governance.encoding import (
    DEFAULT_QUALITY,
    MIME_TYPES,
    encode_image,
    png_decodes_to,
    png_same_image,
    rgb_array,
)
from governance.errors import ContentPolicyViolation, GovernanceFailure
from governance.nsfw import NsfwFilter, NsfwPolicy, NsfwResult
from governance.provenance import ContentCredentials, GenerationFacts, InputIngredient
from governance.watermark import Watermarker, WatermarkError

logger = logging.getLogger(__name__)

STAGES = ("nsfw", "watermark", "encode", "c2pa", "readback")
#: The wall clock of one ``govern`` call, beside its (overlapping) stages.
WALL_CLOCK = "governance"
#: Of the request's ``governance`` wall clock, what the replica did not spend governing: handing
#: the pixels to the governance replica and the signed bytes back (set by the request pipeline).
HOP = "hop"
# NSFW checks (and PNG proofs, beside the signing) run here, at most this many at once per
# process (a governance replica takes up to 8 requests at a time; onnxruntime runs each check
# on one thread).
_NSFW_WORKERS = 8


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
    """Applies the image stages (NSFW beside the rest, see above); any failure releases nothing."""

    def __init__(
        self,
        nsfw_filter: NsfwFilter,
        watermarker: Watermarker,
        credentials: ContentCredentials,
        *,
        concurrent: bool = True,
        cores: int | None = None,
    ) -> None:
        self.nsfw_filter = nsfw_filter
        self.watermarker = watermarker
        self.credentials = credentials
        self.concurrent = concurrent
        self.cores = cores if cores is not None else _usable_cores()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._in_flight = 0

    def govern(self, pixels: np.ndarray, job: ImageJob) -> ImageOutcome:
        started = time.perf_counter()
        timings: dict[str, float] = {}
        with self._pool_lock:
            self._in_flight += 1
            overlap = self.concurrent and 2 * self._in_flight <= self.cores
        try:
            outcome = self._govern(pixels, job, timings, overlap)
        finally:
            with self._pool_lock:
                self._in_flight -= 1
            timings[WALL_CLOCK] = _ms(started)
        return outcome

    def _govern(
        self, pixels: np.ndarray, job: ImageJob, timings: dict[str, float], overlap: bool
    ) -> ImageOutcome:
        try:
            rgb = rgb_array(pixels)
        except Exception:
            logger.exception("image governance failed at stage nsfw")
            return ImageOutcome(record_id=job.record_id, failed_stage="nsfw", timings_ms=timings)
        if not overlap:
            checked = _Checked.run(self.nsfw_filter, rgb, job.nsfw_policy)
            timings["nsfw"] = checked.ms
            if checked.stops:
                return checked.outcome(job, timings)
            marked = _Marked.run(self, rgb, job, timings, overlap)
            return marked.outcome(job, checked, timings)
        future = self._nsfw_pool().submit(_Checked.run, self.nsfw_filter, rgb, job.nsfw_policy)
        marked = _Marked.run(self, rgb, job, timings, overlap)
        checked = future.result()  # _Checked.run never raises: its error is in the result
        timings["nsfw"] = checked.ms
        if checked.stops:
            return checked.outcome(job, timings)  # the marked, signed bytes are dropped
        return marked.outcome(job, checked, timings)

    def _nsfw_pool(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(_NSFW_WORKERS, thread_name_prefix="nsfw")
            return self._pool

    def _mark(
        self, rgb: np.ndarray, job: ImageJob, timings: dict[str, float], overlap: bool
    ) -> _Marked:
        """watermark -> encode -> sign -> read back, raising the quality until the mark reads.
        A PNG's proof (see ``_read_back``) runs beside the signing when ``overlap``.

        Raises :class:`_StageError` naming the stage that failed."""
        stage = "watermark"
        try:
            started = time.perf_counter()
            marked = self.watermarker.embed_array(rgb, job.record_id)
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
                proof = None
                # beside the signing only while this call is still alone enough for the cores
                if job.output_format == "png" and overlap and 2 * self._in_flight <= self.cores:
                    proof = self._nsfw_pool().submit(png_decodes_to, encoded, marked)

                stage = "c2pa"
                started = time.perf_counter()
                signed = self.credentials.sign(encoded, mime, facts)
                _add(timings, "c2pa", started)

                stage = "readback"
                started = time.perf_counter()
                read = self._read_back(marked, signed.data, job.output_format, encoded, proof)
                _add(timings, "readback", started)
                if read == job.record_id:
                    return _Marked(signed=signed, quality=quality)
                logger.info(
                    "watermark of %s does not read back at %s quality %s",
                    job.record_id,
                    job.output_format,
                    quality,
                )
            raise WatermarkError("the watermark does not read back from the encoded image")
        except Exception as exc:
            raise _StageError(stage, exc) from exc

    def _read_back(
        self,
        marked: np.ndarray,
        data: bytes,
        output_format: str,
        encoded: bytes,
        proof: Future[bool] | None,
    ) -> str | None:
        """The id that the leaving bytes ``data`` carry. PNG is lossless: where they provably
        decode to exactly the marked pixels, the mark is read from those pixels, which skips
        decoding the file (a third of the cost at 1024 px); otherwise (JPEG, WebP, a PNG not
        proven) from the decoded bytes. The proof (:func:`png_decodes_to`, an inflate and a
        compare) is of ``data`` itself, or, when it ran beside the signing (``proof``), of the
        unsigned ``encoded`` file, and then ``data`` must hold that file's very image data
        (:func:`png_same_image`: header and IDAT bytes; signing only adds a manifest chunk)."""
        if output_format == "png":
            if proof is not None:
                proven = proof.result() and png_same_image(data, encoded)
            else:
                proven = png_decodes_to(data, marked)
            if proven:
                return self.watermarker.read_back(marked)
        return self.watermarker.read_back(data)


class _StageError(Exception):
    """A failure of the marking path, naming its stage."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(stage)
        self.stage, self.cause = stage, cause


@dataclass
class _Checked:
    """The NSFW stage's result: a verdict or the error it raised, and how long it took."""

    verdict: NsfwResult | None
    error: BaseException | None
    ms: float

    @classmethod
    def run(cls, nsfw_filter: NsfwFilter, rgb: np.ndarray, policy: NsfwPolicy | None) -> _Checked:
        started = time.perf_counter()
        try:
            verdict = nsfw_filter.check(rgb, policy)
        except Exception as exc:  # fail closed: reported, never raised across the thread
            return cls(None, exc, _ms(started))
        return cls(verdict, None, _ms(started))

    @property
    def stops(self) -> bool:
        """NSFW failed or refused: nothing may be released."""
        return self.error is not None or self.verdict is None or self.verdict.blocked

    def summary(self) -> dict[str, Any]:
        verdict = self.verdict
        assert verdict is not None
        return {
            "decision": "blocked" if verdict.blocked else "passed",
            "reason": verdict.reason,
            "scores": {label: round(score, 4) for label, score in verdict.scores.items()},
        }

    def outcome(self, job: ImageJob, timings: dict[str, float]) -> ImageOutcome:
        """The outcome when NSFW failed or refused: nothing is released either way."""
        if self.error is not None:
            logger.error("image governance failed at stage nsfw", exc_info=self.error)
            return ImageOutcome(record_id=job.record_id, failed_stage="nsfw", timings_ms=timings)
        assert self.verdict is not None
        return ImageOutcome(
            record_id=job.record_id,
            nsfw=self.summary(),
            blocked_reason=self.verdict.reason or "nsfw",
            timings_ms=timings,
        )


@dataclass
class _Marked:
    """The marking path's result: the signed image, or the stage that failed."""

    signed: Any = None
    quality: int | None = None
    failed: _StageError | None = None

    @classmethod
    def run(
        cls,
        governor: ImageGovernor,
        rgb: np.ndarray,
        job: ImageJob,
        timings: dict[str, float],
        overlap: bool,
    ) -> _Marked:
        try:
            return governor._mark(rgb, job, timings, overlap)
        except _StageError as exc:
            return cls(failed=exc)

    def outcome(self, job: ImageJob, checked: _Checked, timings: dict[str, float]) -> ImageOutcome:
        """NSFW passed: release the signed image, or fail at the marking path's stage."""
        if self.failed is not None:
            # Fail closed. The log names the stage; the client only learns that it failed.
            logger.error(
                "image governance failed at stage %s", self.failed.stage, exc_info=self.failed.cause
            )
            return ImageOutcome(
                record_id=job.record_id, failed_stage=self.failed.stage, timings_ms=timings
            )
        signed = self.signed
        nsfw = checked.summary()
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
            quality=self.quality,
        )
        return ImageOutcome(record_id=job.record_id, image=governed, nsfw=nsfw, timings_ms=timings)


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
