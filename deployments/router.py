"""The router: the Serve ingress in front of the model and governance deployments.

Thin on purpose: it builds the `ApiService` (deployments.api.service) with backends that call
the other deployments through their handles, and serves `deployments.api.create_app` over it.
Everything a route decides lives in deployments/api/, testable without a cluster.

Prompt moderation (the request path's step 4) runs here, in this process: the router holds its
own guard set (the builtin Moderator, and a Llama Guard deployment's handle or a remote
endpoint where configured) and runs each check in a worker thread, so the event loop keeps
serving and no moderation waits on two Serve crossings to the governance replica.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from typing import Any

from fastapi import FastAPI
from ray import serve
from ray.serve.exceptions import BackPressureError, DeploymentUnavailableError
from ray.serve.handle import DeploymentHandle, DeploymentResponse

from deployments.api import create_app
from deployments.api.service import ApiService
from deployments.guard_deployment import guard_backends, resolve_guard_source
from deployments.limits_actor import open_cluster_limit_store
from deployments.memory import keep_freed_memory
from deployments.protocol import GenerationParams
from deployments.retry import (
    GENERATION_ATTEMPTS,
    GOVERNANCE_ATTEMPTS,
    call_with_retry,
    is_replica_death,
)
from deployments.settings import AppSettings, parse_settings
from governance.adapters import adapter_set_id
from governance.errors import OverloadedError, ReplicaUnavailableError
from governance.image_governor import ImageJob, ImageOutcome
from governance.moderation import ModerationPolicy, ModerationResult, Moderator
from governance.moderation.guards import GuardSet, build_guard_set

logger = logging.getLogger("imprimatur.router")


async def _resolve(response: DeploymentResponse) -> Any:
    """Await a DeploymentResponse inside a coroutine, so asyncio.wait_for can bound it."""
    return await response


def build_guards(
    settings: AppSettings, guard_handles: dict[str, DeploymentHandle] | None = None
) -> GuardSet:
    """The router's guard set: the builtin Moderator (the USE encoder, loaded here, ~1 s, before
    the replica serves), llama-guard backends over their deployments' handles, remote ones."""
    guards = settings.governance.guards
    cache_dir = str(settings.cache_dir) if settings.cache_dir else None
    return build_guard_set(
        guards,
        moderator=Moderator(num_threads=1),
        provided=guard_backends(guards, guard_handles or {}),
        resolve_source=lambda source: resolve_guard_source(source, cache_dir),
    )


def _nbytes(pixels: Any) -> int:
    """An array's size; anything else counts as big (by reference, Serve's default)."""
    return int(getattr(pixels, "nbytes", 1 << 62))


@dataclass(frozen=True)
class StoredImage:
    """Image ``index`` of a model's answer, left in Ray's object store: the governance replica
    reads it from there (the answer's `DeploymentResponse` passed on as an argument), so the
    router does not send the pixels a second time. Only for answers that came by reference;
    the router never reads these pixels."""

    response: DeploymentResponse
    index: int
    nbytes: int


def generation_bytes(params: GenerationParams) -> int:
    """What a generation call moves at most: its images back, or an edit's inputs going."""
    frames = max(params.n, (params.image is not None) + (params.mask is not None))
    return params.width * params.height * 3 * frames


class ServeBackends:
    """`Backends` over Serve handles: each call bounded in time; overload is 503. Moderation
    runs in this process on `guards`, in a worker thread, bounded in time the same way."""

    def __init__(
        self,
        settings: AppSettings,
        models: dict[str, DeploymentHandle],
        governance: DeploymentHandle,
        guards: GuardSet,
        replica_id: str | None = None,
    ) -> None:
        self.settings = settings
        self.models = models
        self.governance = governance
        self.guards = guards
        self.replica_id = replica_id or serve.get_replica_context().replica_id.unique_id

    def _by_size(self, handle: DeploymentHandle, nbytes: int) -> DeploymentHandle:
        """`handle` for a call that moves `nbytes`: by value (Ray 2.60's
        `_by_reference=False`: the call and its answer travel over the replicas' gRPC channel)
        when small, through the object store (Serve's default) otherwise. Measured between two
        replicas on the 2-core machine (docs/performance.md, "the hop by value"): 2.3-2.7
        against 6.1 ms a call at 256 px (196 KB each way), but 18-22 against 8-12 ms at 1024
        px (3 MB); they cross between 512 and 768 px (`by_value_max_bytes`)."""
        return handle.options(_by_reference=False) if self._by_value(nbytes) else handle

    def _by_value(self, nbytes: int) -> bool:
        return 0 < nbytes <= self.settings.by_value_max_bytes

    def _overloaded(self, message: str) -> OverloadedError:
        return OverloadedError(message, headers={"Retry-After": str(self.settings.retry_after_s)})

    async def _call(
        self, what: str, response: DeploymentResponse, timeout_s: float | None = None
    ) -> Any:
        try:
            timeout_s = timeout_s or self.settings.request_timeout_s
            return await asyncio.wait_for(_resolve(response), timeout_s)
        except BackPressureError:
            raise self._overloaded(f"{what} is at capacity; retry later.") from None
        except DeploymentUnavailableError:
            raise self._overloaded(f"{what} is not available; retry later.") from None
        except TimeoutError:
            response.cancel()
            raise self._overloaded(f"{what} did not answer in time; retry later.") from None

    def _model_timeout_s(self, model: str) -> float:
        """The model's own generation timeout (slow models: Emu3-Gen), else the app's."""
        spec = self.settings.model(model)
        return (spec.request_timeout_s if spec else None) or self.settings.request_timeout_s

    def _model_handle(self, model: str, params: GenerationParams) -> DeploymentHandle:
        """With adapters: routed as a multiplexed model (the adapter set), so the request goes
        to a replica that already holds its set when one does."""
        handle = self.models[model]
        if params.adapters:
            handle = handle.options(multiplexed_model_id=adapter_set_id(params.adapters))
        return handle

    async def _retrying(
        self,
        what: str,
        call: Callable[[], DeploymentResponse],
        *,
        attempts: int = GOVERNANCE_ATTEMPTS,
        timeout_s: float | None = None,
        component: str | None = None,
    ) -> Any:
        """`call()` sent again if its replica dies (deployments/retry.py), within one deadline."""
        return await call_with_retry(
            what,
            lambda left: self._call(what, call(), left),
            attempts=attempts,
            timeout_s=timeout_s or self.settings.request_timeout_s,
            retry_after_s=self.settings.retry_after_s,
            component=component,
        )

    async def generate(self, model: str, params: GenerationParams) -> Any:
        """Retried once on another replica if its replica dies: same parameters, same seed.
        An answer that came by reference keeps its images in the object store
        (:class:`StoredImage`), for `govern_image` to pass on without copying them."""
        nbytes = generation_bytes(params)
        sent: list[DeploymentResponse] = []

        def call() -> DeploymentResponse:
            sent.append(
                self._by_size(self._model_handle(model, params), nbytes).generate.remote(params)
            )
            return sent[-1]

        output = await self._retrying(
            f"Model {model!r}",
            call,
            attempts=GENERATION_ATTEMPTS,
            timeout_s=self._model_timeout_s(model),
            component=model,
        )
        if self._by_value(nbytes):
            return output
        stored = [StoredImage(sent[-1], i, _nbytes(image)) for i, image in enumerate(output.images)]
        return replace(output, images=stored)

    async def generate_stream(
        self, model: str, params: GenerationParams
    ) -> AsyncIterator[dict[str, Any]]:
        """A Serve streaming call; cancelled when the consumer stops (client disconnect).
        A replica death before the first event is retried once elsewhere (nothing had left);
        after it, the stream ends with 503 (the partial images that left are audited).
        Streams keep Serve's default transport (by reference): by value not measured here."""
        timeout_s = self._model_timeout_s(model)
        for attempt in range(1, GENERATION_ATTEMPTS + 1):
            started = False
            handle = self._model_handle(model, params)
            events = handle.options(stream=True).generate_stream.remote(params)
            try:
                while True:  # each event bounded in time, as a whole call is
                    try:
                        event = await asyncio.wait_for(events.__anext__(), timeout_s)
                    except StopAsyncIteration:
                        return
                    except TimeoutError:
                        raise self._overloaded(
                            f"Model {model!r} did not answer in time; retry later."
                        ) from None
                    started = True
                    yield event
            except BackPressureError:
                raise self._overloaded(f"Model {model!r} is at capacity; retry later.") from None
            except DeploymentUnavailableError:
                raise self._overloaded(f"Model {model!r} is not available; retry later.") from None
            except Exception as exc:
                if not is_replica_death(exc):
                    raise
                if started or attempt == GENERATION_ATTEMPTS:
                    raise ReplicaUnavailableError(
                        f"Model {model!r} lost its replica; retry later.",
                        headers={"Retry-After": str(self.settings.retry_after_s)},
                    ) from exc
                logger.warning("model %s replica died before streaming; retrying", model)
            finally:
                events.cancel()

    async def screen_input(self, data: bytes, mime: str, policy: Any) -> dict[str, Any]:
        return await self._retrying(
            "Governance",
            lambda: self._by_size(self.governance, len(data)).screen_input.remote(
                data, mime, policy
            ),
        )

    async def _in_thread(self, what: str, call: Callable[[], Any]) -> Any:
        """`call()` in a worker thread, bounded by the request timeout (then 503, as a Serve
        call that does not answer in time). Its errors propagate: a guard that fails raises
        GovernanceFailure("moderation") and the request fails closed."""
        try:
            return await asyncio.wait_for(asyncio.to_thread(call), self.settings.request_timeout_s)
        except TimeoutError:
            raise self._overloaded(f"{what} did not answer in time; retry later.") from None

    async def moderate(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy | None
    ) -> ModerationResult:
        policy = policy or ModerationPolicy()
        return await self._in_thread(
            "Moderation",
            lambda: self.guards.check_prompt(prompt, negative_prompt, policy, use=policy.guards),
        )

    async def moderate_texts(
        self, texts: list[str], policy: ModerationPolicy | None
    ) -> list[ModerationResult]:
        policy = policy or ModerationPolicy()
        return await self._in_thread(
            "Moderation", lambda: self.guards.check(texts, policy, use=policy.guards)
        )

    async def govern_image(self, pixels: Any, job: ImageJob) -> ImageOutcome:
        if isinstance(pixels, StoredImage):
            return await self._retrying(
                "Governance",
                lambda: self.governance.govern_image.remote(pixels.response, job, pixels.index),
            )
        return await self._retrying(
            "Governance",
            lambda: self._by_size(self.governance, _nbytes(pixels)).govern_image.remote(
                pixels, job
            ),
        )

    async def inspect(self, data: bytes, mime: str) -> dict[str, Any]:
        return await self._retrying(
            "Verification",
            lambda: self._by_size(self.governance, len(data)).inspect.remote(data, mime),
        )

    async def ready(self, component: str) -> dict[str, Any]:
        handle = self.governance if component == "governance" else self.models[component]
        return await _resolve(handle.ready.remote())

    def model_replicas(self) -> dict[str, tuple[str, int]] | None:
        """(status, replica count) of each model deployment from Serve, or None if unknown."""
        try:
            app = serve.status().applications[serve.get_replica_context().app_name]
        except Exception:  # status unknown: readiness then calls every model
            return None
        return {
            name: (str(deployment.status), sum(deployment.replica_states.values()))
            for name, deployment in app.deployments.items()
            if name in self.models
        }


@serve.deployment(name="router", max_ongoing_requests=32)
@serve.ingress()
class Router:
    def __init__(
        self,
        settings: dict[str, Any],
        models: dict[str, DeploymentHandle],
        governance: DeploymentHandle,
        guard_handles: dict[str, DeploymentHandle] | None = None,
    ) -> None:
        parsed = parse_settings(settings)
        keep_freed_memory(parsed.keep_freed_memory_mb)
        # Moderation's guards load before the constructor returns: Serve sends this replica
        # no request (and /readyz cannot answer from it) until the encoder is in memory.
        guards = build_guards(parsed, guard_handles)
        self.backends = ServeBackends(parsed, models, governance, guards)
        self.service = ApiService(
            parsed, self.backends, open_cluster_limit_store(parsed.limits_store_url())
        )

    def __serve_build_asgi_app__(self) -> FastAPI:
        return create_app(self.service)

    def model_replicas(self) -> dict[str, tuple[str, int]] | None:
        """For the integration test: Serve's view of the model deployments from this replica."""
        return self.backends.model_replicas()
