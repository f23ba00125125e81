"""Steps 4-7 of the request path, in order, failing closed: moderate -> generate -> govern -> audit.

The stages are injected as async callables (the router passes Ray handles; tests pass the real
components in-process), so this ordering is the one tested piece of logic that decides whether
an image may leave. Any failure in moderation, NSFW, watermark, signing or audit releases
nothing, and every outcome is audited before the caller answers, wherever the store is up.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, NoReturn

import numpy as np

from governance.audit import AuditRecord, AuditStore, new_record_id
from governance.errors import (
    ContentPolicyViolation,
    GovernanceFailure,
    ImprimaturError,
    OverloadedError,
)
from governance.image_governor import HOP, WALL_CLOCK, GovernedImage, ImageJob, ImageOutcome
from governance.moderation import ModerationPolicy, ModerationResult
from governance.moderation.floors import nsfw_policy_for
from governance.nsfw import NsfwPolicy
from governance.provenance import InputIngredient

logger = logging.getLogger(__name__)

ModerateFn = Callable[[str, str | None, ModerationPolicy], Awaitable[ModerationResult]]
GenerateFn = Callable[[], Awaitable[list[np.ndarray]]]
GovernFn = Callable[[np.ndarray, ImageJob], Awaitable[ImageOutcome]]
# observer(event, labels): "moderation" {category, decision}, "nsfw_blocked" {label},
# "stage_failed" {stage}, "audit_failed" {}. Metrics hang here; the library stays ray-free.
Observer = Callable[[str, dict[str, str]], None]


@dataclass(frozen=True)
class RequestFacts:
    """What the audit must know about one authorised, validated request."""

    tenant: str
    model: str
    model_revision: str
    prompt: str
    negative_prompt: str | None
    params: dict[str, Any]
    output_format: str
    quality: int | None
    moderation_policy: ModerationPolicy
    nsfw_policy: NsfwPolicy
    policy_version: str
    keep_prompts: bool = True
    prompt_in_manifest: bool = False
    ingredients: tuple[InputIngredient, ...] = ()  # an edit's input images, for the manifest
    request_id: str = field(default_factory=lambda: "req_" + new_record_id())
    adapters: tuple[dict[str, Any], ...] = ()  # LoRA adapters used: id, sha256, scale


@dataclass
class PipelineResult:
    images: list[GovernedImage]
    records: list[AuditRecord]
    timings_ms: dict[str, float]


def moderation_summary(result: ModerationResult) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "decision": "flagged" if result.flagged else "passed",
        "category": result.top_category(),
        "scores": {name: round(score, 4) for name, score in result.category_scores.items()},
    }
    # Only when set, so that records of ordinary requests keep their shape.
    if result.mentions_minor:
        summary["mentions_minor"] = True
    if result.floor is not None:
        summary["floor"] = result.floor
    return summary


class GenerationPipeline:
    """Runs one request through moderation, generation, image governance and the audit."""

    def __init__(
        self,
        *,
        moderate: ModerateFn,
        govern_image: GovernFn,
        audit: AuditStore,
        clock: Callable[[], dt.datetime] | None = None,
        observer: Observer | None = None,
    ) -> None:
        self._observer = observer
        self._moderate = moderate
        self._govern_image = govern_image
        self._audit = audit
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def _observe(self, event: str, **labels: str) -> None:
        if self._observer is not None:
            try:
                self._observer(event, labels)
            except Exception:  # observing must never change an outcome
                logger.exception("observer failed on %s", event)

    def _record(self, facts: RequestFacts, **fields: Any) -> AuditRecord:
        prompt_fields: dict[str, Any] = {
            "prompt_sha256": hashlib.sha256(facts.prompt.encode()).hexdigest(),
        }
        if facts.keep_prompts:
            prompt_fields["prompt"] = facts.prompt
            prompt_fields["negative_prompt"] = facts.negative_prompt
        elif facts.negative_prompt is not None:
            prompt_fields["negative_prompt_sha256"] = hashlib.sha256(
                facts.negative_prompt.encode()
            ).hexdigest()
        return AuditRecord(
            tenant=facts.tenant,
            model=facts.model,
            model_revision=facts.model_revision,
            params=fields.pop("params", facts.params),
            policy_version=facts.policy_version,
            request_id=facts.request_id,
            created=self._clock(),
            **prompt_fields,
            **fields,
        )

    async def _append(self, records: list[AuditRecord]) -> list[AuditRecord]:
        """Write before answering; a store failure is a governance failure (fail closed)."""
        try:
            return await asyncio.to_thread(self._audit.append_many, records)
        except Exception as exc:  # any store error is the audit stage failing
            self._observe("audit_failed")
            if isinstance(exc, GovernanceFailure):
                raise
            raise GovernanceFailure("audit") from exc

    async def _audit_refusal_or_failure(
        self, records: list[AuditRecord], error: ImprimaturError
    ) -> NoReturn:
        """Audit a refusal or failure, then re-raise it; if the store is down, say so instead."""
        try:
            await self._append(records)
        except GovernanceFailure as audit_error:
            logger.error("could not audit a %s outcome: audit store unavailable", error.code)
            audit_error._imprimatur_audited = True  # type: ignore[attr-defined]
            raise audit_error from error
        error._imprimatur_audited = True  # type: ignore[attr-defined]  # callers don't re-audit
        raise error

    async def audit_cancelled(
        self, facts: RequestFacts, stage: str, moderation: dict[str, Any] | None = None
    ) -> None:
        """The caller went away (disconnect, router timeout) during `stage`: record how far the
        request got. The write is shielded, so the cancellation that brought us here cannot
        cancel it too; a store failure is logged, the cancellation still propagates."""
        record = self._record(
            facts, outcome="cancelled", reason=f"cancelled: {stage}", moderation=moderation
        )
        write = asyncio.ensure_future(self._append([record]))
        try:
            await asyncio.shield(write)
        except asyncio.CancelledError:
            write.add_done_callback(_log_failed_write)  # cancelled again: it finishes alone
        except GovernanceFailure:
            logger.error("could not audit a cancelled request: audit store unavailable")

    async def refuse(self, facts: RequestFacts, reason: str, error: ImprimaturError) -> NoReturn:
        """Audit a refusal decided before the pipeline runs (an edit's input image), then raise."""
        outcome = "failed" if error.status >= 500 else "refused"
        await self._audit_refusal_or_failure(
            [self._record(facts, outcome=outcome, reason=reason)], error
        )

    async def _moderation_stage(
        self, facts: RequestFacts, timings: dict[str, float]
    ) -> dict[str, Any]:
        """4. moderate the prompt and the negative prompt; raises (audited) on refusal."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            verdict = await self._moderate(
                facts.prompt, facts.negative_prompt, facts.moderation_policy
            )
        except asyncio.CancelledError:
            await self.audit_cancelled(facts, "moderation")
            raise
        except OverloadedError as busy:  # no replica could take it: 503, the client retries
            record = self._record(facts, outcome="failed", reason=f"moderation: {busy.code}")
            await self._audit_refusal_or_failure([record], busy)
        except Exception:
            logger.exception("moderation failed")
            self._observe("stage_failed", stage="moderation")
            record = self._record(facts, outcome="failed", reason="moderation")
            await self._audit_refusal_or_failure([record], GovernanceFailure("moderation"))
        finally:
            timings["moderation"] = (loop.time() - started) * 1000.0
        moderation = moderation_summary(verdict)
        self._observe(
            "moderation",
            category=moderation["category"] or "none",
            decision=moderation["decision"],
        )
        if verdict.flagged:
            category = verdict.top_category() or "policy"
            record = self._record(facts, outcome="refused", reason=category, moderation=moderation)
            error = ContentPolicyViolation(
                f"Your request was rejected by the content policy (category: {category}).",
                param="prompt",
            )
            await self._audit_refusal_or_failure([record], error)
        return moderation

    def _generation_error(
        self, facts: RequestFacts, exc: Exception, moderation: dict[str, Any], **fields: Any
    ) -> tuple[AuditRecord, ImprimaturError]:
        if isinstance(exc, ImprimaturError):  # overload, timeout: carries its status
            error = exc
        else:
            logger.error("generation failed", exc_info=exc)
            error = ImprimaturError("Image generation failed.", code="generation_failed")
        record = self._record(
            facts,
            outcome="failed",
            reason=f"generate: {error.code}",
            moderation=moderation,
            **fields,
        )
        return record, error

    def _job(
        self,
        facts: RequestFacts,
        record_id: str | None = None,
        moderation: dict[str, Any] | None = None,
    ) -> ImageJob:
        """One image's governance job. A prompt that mentions a minor is checked at least at
        the default NSFW policy, whatever the tenant's (the floor)."""
        mentions_minor = bool(moderation and moderation.get("mentions_minor"))
        return ImageJob(
            record_id=record_id or new_record_id(),
            model=facts.model,
            model_revision=facts.model_revision,
            created=self._clock(),
            output_format=facts.output_format,
            quality=facts.quality,
            manifest_prompt=facts.prompt if facts.prompt_in_manifest else None,
            nsfw_policy=nsfw_policy_for(facts.nsfw_policy, mentions_minor),
            ingredients=facts.ingredients,
            adapters=facts.adapters,
        )

    def _outcome_record(
        self,
        facts: RequestFacts,
        job: ImageJob,
        outcome: ImageOutcome | BaseException,
        moderation: dict[str, Any],
        **fields: Any,
    ) -> tuple[AuditRecord, ImprimaturError | None, ImageOutcome]:
        """The audit record of one governed image, and the error if it may not leave."""
        if isinstance(outcome, OverloadedError):  # no governance replica in time: 503, retry
            common = {"record_id": job.record_id, "moderation": moderation, **fields}
            reason = f"governance: {outcome.code}"
            record = self._record(facts, outcome="failed", reason=reason, **common)
            return record, outcome, ImageOutcome(record_id=job.record_id, failed_stage="governance")
        if isinstance(outcome, BaseException):
            logger.error("image governance call failed: %s", type(outcome).__name__)
            outcome = ImageOutcome(record_id=job.record_id, failed_stage="governance")
        common = {"record_id": job.record_id, "moderation": moderation, "nsfw": outcome.nsfw}
        common.update(fields)
        if outcome.failed_stage is not None:
            self._observe("stage_failed", stage=outcome.failed_stage)
            record = self._record(facts, outcome="failed", reason=outcome.failed_stage, **common)
            return record, GovernanceFailure(outcome.failed_stage), outcome
        if outcome.blocked_reason is not None:
            self._observe("nsfw_blocked", label=outcome.blocked_reason.split(" ")[0])
            record = self._record(
                facts, outcome="refused", reason=f"nsfw: {outcome.blocked_reason}", **common
            )
            try:
                outcome.raise_for_status()
            except ImprimaturError as refusal:
                return record, refusal, outcome
        image = outcome.image
        assert image is not None
        params = facts.params
        if image.quality is not None:  # jpeg/webp: raised if the request's lost the mark
            params = {**params, "output_compression_used": image.quality}
        record = self._record(
            facts,
            params=params,
            outcome="granted",
            watermark_id=image.watermark_id,
            watermark_reliable=image.watermark_reliable,
            c2pa_manifest_id=image.manifest_id,
            c2pa_manifest=base64.b64encode(image.manifest_store).decode("ascii"),
            image_sha256=image.image_sha256,
            **common,
        )
        return record, None, outcome

    async def run(
        self,
        facts: RequestFacts,
        generate: GenerateFn,
        timings: dict[str, float] | None = None,
    ) -> PipelineResult:
        """Returns the released images with their stored audit records, or raises the error
        (with its HTTP status) after auditing it. `timings` collects ms per stage."""
        timings = {} if timings is None else timings
        loop = asyncio.get_running_loop()
        moderation = await self._moderation_stage(facts, timings)

        # 5. generate
        started = loop.time()
        try:
            pixels = await generate()
        except asyncio.CancelledError:
            elapsed = loop.time() - started
            await self.audit_cancelled(facts, f"generate after {elapsed:.2f}s", moderation)
            raise
        except Exception as exc:
            record, error = self._generation_error(facts, exc, moderation)
            await self._audit_refusal_or_failure([record], error)
        finally:
            timings["generate"] = (loop.time() - started) * 1000.0

        # 6. govern each image (on the CPU governance replicas, concurrently)
        jobs = [self._job(facts, moderation=moderation) for _ in pixels]
        started = loop.time()
        try:
            outcomes = await asyncio.gather(
                *(self._govern_image(image, job) for image, job in zip(pixels, jobs, strict=True)),
                return_exceptions=True,
            )
        except asyncio.CancelledError:
            reason = f"govern, {len(pixels)} images generated, none released"
            await self.audit_cancelled(facts, reason, moderation)
            raise
        # The stages overlap (NSFW beside the marking path, images side by side): what the
        # request waited for them is this wall clock, hops to the replicas included.
        governance_ms = (loop.time() - started) * 1000.0
        records: list[AuditRecord] = []
        first_error: ImprimaturError | None = None
        governed: list[ImageOutcome] = []
        for job, outcome in zip(jobs, outcomes, strict=True):
            record, error, checked = self._outcome_record(facts, job, outcome, moderation)
            for stage, ms in checked.timings_ms.items():
                # images are governed concurrently: a stage took as long as its slowest image
                timings[stage] = max(timings.get(stage, 0.0), ms)
            records.append(record)
            governed.append(checked)
            first_error = first_error or error
        replica_ms = [o.timings_ms[WALL_CLOCK] for o in governed if WALL_CLOCK in o.timings_ms]
        if replica_ms:  # what the hops cost: the router's wall clock less the replicas' own
            timings[HOP] = max(0.0, governance_ms - max(replica_ms))
        timings[WALL_CLOCK] = governance_ms  # after the stages: it is not their max
        if first_error is not None:
            # One image refused or failed: none of the request's images leave. Granted ones
            # are recorded as withheld so the audit matches what the client received.
            records = [
                r.model_copy(
                    update={"outcome": "refused", "reason": f"withheld: {first_error.code}"}
                )
                if r.outcome == "granted"
                else r
                for r in records
            ]
            await self._audit_refusal_or_failure(records, first_error)

        # 7. audit, then (8.) the caller answers
        started = loop.time()
        stored = await self._append(records)
        timings["audit"] = (loop.time() - started) * 1000.0
        images = [outcome.image for outcome in governed]  # type: ignore[misc]
        return PipelineResult(images=images, records=stored, timings_ms=timings)


def _log_failed_write(write: asyncio.Future) -> None:
    if not write.cancelled() and write.exception() is not None:
        logger.error("could not audit a cancelled request: audit store unavailable")
