"""Streaming: partial images leave while the model still works, and none of them unmarked.

The same order as governance.request_pipeline (moderate -> generate -> govern -> audit), but
per image as it comes: each partial image is NSFW-checked, watermarked with the request's
record id, signed, and appended to the audit log BEFORE the caller may send it. A refusal or a
failure (of a partial, of the final image, of the model, or a client that went away) ends the
stream: it is audited with the list of partial images that had already left, and raised.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from governance.audit import new_record_id
from governance.errors import ImprimaturError
from governance.image_governor import GovernedImage
from governance.request_pipeline import GenerationPipeline, RequestFacts

logger = logging.getLogger(__name__)

# Events from the model: {"type": "partial", "index", "pixels"} ..., {"type": "final", "output"}
# where output has `.images`.
EventSource = Callable[[], AsyncIterator[dict[str, Any]]]


@dataclass(frozen=True)
class StreamItem:
    """One governed image that may now be sent: a partial (`index` set) or the final one."""

    kind: str  # "partial" | "final"
    image: GovernedImage
    index: int | None = None
    output: Any = None  # the model's output (token counts) with the final image


class ClientGone(ImprimaturError):
    """The client disconnected: the generation was stopped. Audited, never sent."""

    status = 499

    def __init__(self) -> None:
        super().__init__("The client closed the stream.", code="client_disconnected")


class StreamingPipeline(GenerationPipeline):
    """GenerationPipeline plus `run_stream` (one image per request, as partials then final)."""

    async def run_stream(
        self,
        facts: RequestFacts,
        events: EventSource,
        timings: dict[str, float] | None = None,
    ) -> AsyncIterator[StreamItem]:
        timings = {} if timings is None else timings
        moderation = await self._moderation_stage(facts, timings)
        record_id = new_record_id()  # the final image's record; every partial carries it
        sent: list[str] = []  # audit record ids of the partial images that left

        def final_facts() -> RequestFacts:
            return dataclasses.replace(facts, params={**facts.params, "partial_records": sent})

        source = events()
        finished = False
        try:
            async for event in source:
                if event["type"] == "partial":
                    index = int(event["index"])
                    partial_id = new_record_id()
                    job = self._job(facts, record_id)
                    outcome = await self._govern_safely(event["pixels"], job)
                    partial_facts = dataclasses.replace(
                        facts,
                        params={**facts.params, "partial_image_index": index, "of": record_id},
                    )
                    record, error, checked = self._outcome_record(
                        partial_facts, job, outcome, moderation
                    )
                    record = record.model_copy(update={"record_id": partial_id})
                    if error is not None:
                        await self._audit_refusal_or_failure(
                            [record, self._stopped(final_facts(), record_id, error, moderation)],
                            error,
                        )
                    await self._append([record])  # audited before it leaves
                    sent.append(partial_id)
                    assert checked.image is not None
                    yield StreamItem("partial", checked.image, index=index)
                else:
                    output = event["output"]
                    job = self._job(facts, record_id)
                    outcome = await self._govern_safely(output.images[0], job)
                    record, error, checked = self._outcome_record(
                        final_facts(), job, outcome, moderation
                    )
                    for stage, ms in checked.timings_ms.items():
                        timings[stage] = ms
                    if error is not None:
                        await self._audit_refusal_or_failure([record], error)
                    await self._append([record])
                    finished = True
                    assert checked.image is not None
                    yield StreamItem("final", checked.image, output=output)
                    return
            raise ImprimaturError("The model ended the stream without an image.")
        except Exception as exc:
            if finished or _is_audited(exc):
                raise
            record, error = self._generation_error(
                final_facts(), exc, moderation, record_id=record_id
            )
            await self._audit_refusal_or_failure([record], error)
        except (asyncio.CancelledError, GeneratorExit):
            if not finished:  # the client went away: stop the model, record what had left
                record = self._stopped(final_facts(), record_id, ClientGone(), moderation)
                await asyncio.shield(self._append_quietly(record))
            raise
        finally:
            await source.aclose()

    async def _govern_safely(self, pixels: Any, job: Any) -> Any:
        try:
            return await self._govern_image(pixels, job)
        except Exception as exc:  # turned into a failed outcome by _outcome_record
            return exc

    def _stopped(
        self,
        facts: RequestFacts,
        record_id: str,
        error: ImprimaturError,
        moderation: dict[str, Any],
    ) -> Any:
        outcome = "failed" if error.status >= 500 or error.status == 499 else "refused"
        return self._record(
            facts,
            record_id=record_id,
            outcome=outcome,
            reason=f"stream stopped: {error.code}",
            moderation=moderation,
        )

    async def _append_quietly(self, record: Any) -> None:
        try:
            await self._append([record])
        except Exception:
            logger.error("could not audit a stream the client closed")


def _is_audited(exc: BaseException) -> bool:
    """Errors raised by `_audit_refusal_or_failure` were audited already."""
    return getattr(exc, "_imprimatur_audited", False)
