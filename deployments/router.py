"""The router: FastAPI ingress that authenticates, validates, admits and dispatches by `model`.

Route functions stay thin: the request path's order lives in governance.request_pipeline, the
error shape in deployments.http_api.
"""

import asyncio
import base64
import contextvars
import logging
import secrets
import time
from datetime import datetime
from typing import Any

from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response
from ray import serve
from ray.serve.exceptions import BackPressureError, DeploymentUnavailableError
from ray.serve.handle import DeploymentHandle

from deployments import metrics
from deployments.http_api import api, outcome_of, record_json, resolve_response
from deployments.limits_actor import open_cluster_limit_store
from deployments.protocol import (
    ImageGenerationRequest,
    ModerationRequest,
    model_card,
    read_image_upload,
    resolve_params,
)
from deployments.settings import AppSettings, parse_settings
from deployments.timing import server_timing
from governance.audit import open_store
from governance.detection import describe_record, sniff_mime
from governance.errors import (
    ImprimaturError,
    InvalidRequestError,
    ModelNotFoundError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
)
from governance.limits import TenantLimiter
from governance.moderation import to_openai_result
from governance.provenance import SOFT_BINDING_ALG
from governance.request_pipeline import GenerationPipeline, RequestFacts
from governance.tenants import Principal, TenantRegistry

logger = logging.getLogger("imprimatur.router")


@serve.deployment(name="router", max_ongoing_requests=32)
@serve.ingress(api)
class Router:
    def __init__(
        self,
        settings: dict[str, Any],
        models: dict[str, DeploymentHandle],
        governance: DeploymentHandle,
    ) -> None:
        self.settings: AppSettings = parse_settings(settings)
        self.models = models
        self.governance = governance
        self.tenants: TenantRegistry = self.settings.build_tenant_registry()
        self._tenant_files_stamp = self._stat_tenant_files()
        self._next_tenants_check = time.monotonic() + self.settings.tenants_reload_s
        self.limiter = TenantLimiter(open_cluster_limit_store(self.settings.limits_store_url()))
        self.replica_id = serve.get_replica_context().replica_id.unique_id
        self.audit = open_store(self.settings.audit_url())
        self.pipeline = GenerationPipeline(
            moderate=self._moderate,
            govern_image=self._govern_image,
            audit=self.audit,
            observer=self._observe,
        )
        self._created = int(time.time())
        self._current_model: contextvars.ContextVar[str] = contextvars.ContextVar(
            "model", default="unknown"
        )

    def _stat_tenant_files(self) -> tuple:
        paths = [self.settings.tenants_path(), self.settings.tenant_keys_path()]
        stamp = []
        for path in paths:
            try:
                info = path.stat() if path else None
                stamp.append((info.st_mtime_ns, info.st_size, info.st_ino) if info else None)
            except OSError:
                stamp.append("missing")
        return tuple(stamp)

    def _registry(self) -> TenantRegistry:
        """The tenant registry, re-read when the tenants files change (checked every few
        seconds). Keys revoked or policies changed apply without restarting any replica; a
        broken file keeps the last good registry and logs why."""
        now = time.monotonic()
        if now >= self._next_tenants_check:
            self._next_tenants_check = now + self.settings.tenants_reload_s
            stamp = self._stat_tenant_files()
            if stamp != self._tenant_files_stamp:
                try:
                    self.tenants = self.settings.build_tenant_registry()
                    self._tenant_files_stamp = stamp
                    logger.info("tenants reloaded (%d tenants)", len(self.tenants.tenants))
                except Exception as exc:  # keep serving with the last good registry
                    logger.error("tenants file rejected, keeping the previous one: %s", exc)
                    self._tenant_files_stamp = stamp
        return self.tenants

    def _authenticate(self, request: Request) -> Principal:
        return self._registry().authenticate(request.headers.get("authorization"))

    def _observe(self, event: str, labels: dict[str, str]) -> None:
        """Pipeline events become Prometheus metrics (exported by every replica via Ray)."""
        if event == "moderation":
            metrics.moderation_decision(labels["category"], labels["decision"])
        elif event == "nsfw_blocked":
            metrics.nsfw_blocked(self._current_model.get(), labels["label"])
        elif event == "stage_failed" and labels["stage"] == "c2pa":
            metrics.signing_failure(self._current_model.get())
        elif event == "audit_failed":
            metrics.audit_write_failure()

    def _overloaded(self, message: str) -> OverloadedError:
        return OverloadedError(message, headers={"Retry-After": str(self.settings.retry_after_s)})

    async def _call(self, what: str, response) -> Any:
        """Await a deployment call, bounded in time; overload becomes 503 with Retry-After."""
        try:
            return await asyncio.wait_for(
                resolve_response(response), self.settings.request_timeout_s
            )
        except BackPressureError:
            raise self._overloaded(f"{what} is at capacity; retry later.") from None
        except DeploymentUnavailableError:
            raise self._overloaded(f"{what} is not available; retry later.") from None
        except TimeoutError:
            response.cancel()
            raise self._overloaded(f"{what} did not answer in time; retry later.") from None

    async def _moderate(self, prompt, negative_prompt, policy):
        return await self._call(
            "Moderation", self.governance.moderate.remote(prompt, negative_prompt, policy)
        )

    async def _govern_image(self, pixels, job):
        return await self._call("Governance", self.governance.govern_image.remote(pixels, job))

    @api.post("/v1/images/generations")
    async def generate_images(self, body: ImageGenerationRequest, request: Request) -> JSONResponse:
        """Counts every answer by tenant, model and outcome, then hands over to _generate."""
        labels = {"tenant": "unknown", "model": "unknown"}
        if self.settings.model(body.model) is not None:
            labels["model"] = body.model
        self._current_model.set(labels["model"])
        try:
            response = await self._generate(body, request, labels)
        except ImprimaturError as exc:
            metrics.request_finished(labels["tenant"], labels["model"], outcome_of(exc))
            exc.headers = {**exc.headers, "X-Imprimatur-Replica": self.replica_id}
            raise
        except Exception:
            metrics.request_finished(labels["tenant"], labels["model"], "failed")
            raise
        metrics.request_finished(labels["tenant"], labels["model"], "granted")
        return response

    async def _generate(
        self, body: ImageGenerationRequest, request: Request, labels: dict[str, str]
    ) -> JSONResponse:
        started = time.perf_counter()
        principal = self._authenticate(request)
        registry = self.tenants
        labels["tenant"] = principal.tenant or "auditor"
        spec = self.settings.model(body.model)
        if spec is None:
            raise ModelNotFoundError(
                f"The model {body.model!r} does not exist; see GET /v1/models.", param="model"
            )
        seed = body.seed if body.seed is not None else secrets.randbelow(2**32)
        params = resolve_params(body, spec, seed)
        policy = registry.policy(principal.tenant)
        registry.check_request(principal, policy, spec.name, params.n, params.width, params.height)
        try:
            admission = await self.limiter.admit_async(principal.tenant, policy, params.n)
        except RateLimitError:
            metrics.rate_limited(principal.tenant)
            raise
        facts = RequestFacts(
            tenant=principal.tenant,
            model=spec.name,
            model_revision=spec.revision or "unversioned",
            prompt=body.prompt,
            negative_prompt=body.negative_prompt,
            params={
                "size": f"{params.width}x{params.height}",
                "n": params.n,
                "num_inference_steps": params.num_inference_steps,
                "guidance_scale": params.guidance_scale,
                "seed": seed,
                "output_format": body.output_format,
                "output_compression": body.output_compression,
                "user": body.user,
                "key_id": principal.key_id,  # which key, never the key itself
            },
            output_format=body.output_format,
            quality=body.output_compression,
            moderation_policy=policy.moderation,
            nsfw_policy=policy.nsfw,
            policy_version=policy.version_tag,
            keep_prompts=policy.keep_prompts,
            prompt_in_manifest=policy.prompt_in_manifest,
        )
        timings: dict[str, float] = {}

        async def generate():
            return await self._call(
                f"Model {spec.name!r}", self.models[spec.name].generate.remote(params)
            )

        try:
            result = await self.pipeline.run(facts, generate, timings)
        except OverloadedError:
            await self.limiter.refund_async(admission)  # nothing was made: give the quota back
            raise
        data = [
            {"b64_json": base64.b64encode(image.data).decode("ascii"), "record_id": image.record_id}
            for image in result.images
        ]
        logger.info(
            "granted tenant=%s model=%s n=%d size=%dx%d",
            principal.tenant,
            spec.name,
            len(data),
            params.width,
            params.height,
        )
        timings["total"] = (time.perf_counter() - started) * 1000.0
        metrics.images_generated(spec.name, len(data))
        for stage, milliseconds in timings.items():
            metrics.stage_latency(stage, spec.name, milliseconds)
        return JSONResponse(
            {
                "created": int(time.time()),
                "data": data,
                "model": spec.name,
                "output_format": body.output_format,
                "size": f"{params.width}x{params.height}",
                "seed": seed,
            },
            headers={
                "Server-Timing": server_timing(timings),
                "X-Imprimatur-Replica": self.replica_id,
                **admission.headers,
            },
        )

    @api.post("/v1/moderations")
    async def moderations(self, body: ModerationRequest, request: Request) -> dict[str, Any]:
        principal = self._authenticate(request)
        self.tenants.require(principal, "generate")
        texts = [body.input] if isinstance(body.input, str) else list(body.input)
        results = await self._call(
            "Moderation",
            self.governance.moderate_texts.remote(
                texts, self.tenants.policy(principal.tenant).moderation
            ),
        )
        return {
            "id": "modr-" + secrets.token_hex(12),
            "model": body.model or "imprimatur-moderation",
            "results": [to_openai_result(result) for result in results],
        }

    async def _inspect_upload(self, request: Request) -> dict[str, Any]:
        data, declared = await read_image_upload(request)
        mime = sniff_mime(data, declared)
        return await self._call("Verification", self.governance.inspect.remote(data, mime))

    def _may_see_private(self, principal: Principal | None, record_tenant: str) -> bool:
        if principal is None:
            return False
        if principal.role == "generate":
            return principal.tenant == record_tenant
        return self.tenants.may_read_records_of(principal, record_tenant)

    @api.post("/v1/provenance/verify")
    async def verify_provenance(self, request: Request) -> dict[str, Any]:
        """Public detection tool: no key needed; a tenant's key also shows its private fields."""
        principal = None
        if request.headers.get("authorization"):
            principal = self._authenticate(request)  # a wrong key is 401, not "public"
        found = await self._inspect_upload(request)
        record_id = found["watermark"]["record_id"] or found["manifest_record_id"]
        record = None
        if record_id:
            record = await asyncio.to_thread(self.audit.get, record_id)
        answer: dict[str, Any] = {"c2pa": found["c2pa"], "watermark": found["watermark"]}
        if record is not None and record.outcome == "granted":
            answer["record"] = describe_record(
                record,
                self.settings.governance.provider,
                self._may_see_private(principal, record.tenant),
            )
        else:
            answer["record"] = None
        return answer

    @api.get("/v1/c2pa/manifests/{manifest_id:path}")
    async def c2pa_manifest(self, manifest_id: str) -> Response:
        """C2PA soft-binding resolution: the manifest store of one of our images."""
        record = await asyncio.to_thread(self.audit.get_by_manifest_id, manifest_id)
        if record is None or not record.c2pa_manifest:
            raise NotFoundError(f"No manifest {manifest_id!r}.", param="manifest_id")
        return Response(base64.b64decode(record.c2pa_manifest), media_type="application/c2pa")

    @api.post("/v1/c2pa/matches/byContent")
    async def c2pa_matches_by_content(self, request: Request) -> dict[str, Any]:
        """C2PA soft-binding resolution: manifests whose watermark this image carries."""
        found = await self._inspect_upload(request)
        return await self._matches(found["watermark"]["record_id"])

    @api.get("/v1/c2pa/matches/byBinding")
    async def c2pa_matches_by_binding(self, alg: str, value: str) -> dict[str, Any]:
        if alg != SOFT_BINDING_ALG:
            raise InvalidRequestError(f"Unknown soft-binding algorithm {alg!r}.", param="alg")
        return await self._matches(value)

    async def _matches(self, record_id: str | None) -> dict[str, Any]:
        record = await asyncio.to_thread(self.audit.get, record_id) if record_id else None
        if record is None or not record.c2pa_manifest_id:
            return {"matches": []}
        return {"matches": [{"manifestId": record.c2pa_manifest_id, "similarityScore": 100}]}

    @api.get("/v1/audit/records")
    async def audit_records(
        self,
        request: Request,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = Query(100, ge=1, le=1000),
        after_seq: int | None = Query(None, ge=0),
        tenant: str | None = None,
    ) -> dict[str, Any]:
        """A tenant admin reads its own tenant's records; the auditor reads everyone's."""
        principal = self._authenticate(request)
        self.tenants.require(principal, ("admin", "auditor"))
        if principal.role != "auditor":
            if tenant not in (None, principal.tenant):
                raise PermissionDeniedError(
                    "Tenant admins read only their own tenant's records.", param="tenant"
                )
            tenant = principal.tenant
        records = await asyncio.to_thread(
            self.audit.list,
            tenant=tenant,
            since=since,
            until=until,
            limit=limit,
            after_seq=after_seq,
        )
        return {
            "object": "list",
            "data": [record_json(record) for record in records],
            "next_after_seq": records[-1].seq if len(records) == limit else None,
        }

    @api.get("/v1/audit/records/{record_id}")
    async def audit_record(self, record_id: str, request: Request) -> dict[str, Any]:
        principal = self._authenticate(request)
        self.tenants.require(principal, ("admin", "auditor"))
        record = await asyncio.to_thread(self.audit.get, record_id)
        # Another tenant's record is "not found": its existence is not the caller's business.
        if record is None or not self.tenants.may_read_records_of(principal, record.tenant):
            raise NotFoundError(f"No audit record {record_id!r}.", param="record_id")
        return record_json(record)

    @api.get("/v1/audit/verify")
    async def audit_verify(self, request: Request) -> dict[str, Any]:
        """Re-hash the whole chain (auditors only): ok, or the first broken link."""
        principal = self._authenticate(request)
        self.tenants.require(principal, "auditor")
        result = await asyncio.to_thread(self.audit.verify_chain)
        return result.model_dump(mode="json")

    @api.get("/v1/models")
    async def list_models(self, request: Request) -> dict[str, Any]:
        """The models this key's tenant may use (all of them for auditors)."""
        principal = self._authenticate(request)
        allowed = None
        if principal.tenant is not None:
            allowed = self.tenants.policy(principal.tenant).allowed_models
        return {
            "object": "list",
            "data": [
                model_card(spec, self._created)
                for spec in self.settings.models
                if allowed is None or spec.name in allowed
            ],
        }

    @api.get("/v1/models/{model_id}")
    async def get_model(self, model_id: str, request: Request) -> dict[str, Any]:
        self._authenticate(request)
        spec = self.settings.model(model_id)
        if spec is None:
            raise ModelNotFoundError(f"The model {model_id!r} does not exist.", param="model")
        return model_card(spec, self._created)

    @api.get("/healthz")
    async def healthz(self) -> dict[str, str]:
        return {"status": "ok"}

    def model_replicas(self) -> dict[str, tuple[str, int]] | None:
        """(status, replica count) of each model deployment from Serve, or None if unknown."""
        try:
            app = serve.status().applications[serve.get_replica_context().app_name]
        except Exception:  # status unavailable: callers fall back to calling every model
            return None
        return {
            name: (str(deployment.status), sum(deployment.replica_states.values()))
            for name, deployment in app.deployments.items()
            if name in self.models
        }

    def _scaled_to_zero(self) -> set[str]:
        """Model deployments that are healthy with zero replicas."""
        states = self.model_replicas() or {}
        return {
            name for name, (status, count) in states.items() if status == "HEALTHY" and not count
        }

    @api.get("/readyz")
    async def readyz(self) -> JSONResponse:
        """200 only when every model deployment can serve; otherwise 503 naming the laggards.

        A model scaled to zero by its autoscaling config (healthy, no replicas) counts as
        ready without being called, so probing /readyz never wakes a GPU deployment.
        """
        scaled_to_zero = await asyncio.to_thread(self._scaled_to_zero)

        async def probe(name: str) -> tuple[str, str]:
            if name in scaled_to_zero:
                return name, "ready"
            try:
                handle = self.governance if name == "governance" else self.models[name]
                await asyncio.wait_for(
                    resolve_response(handle.ready.remote()), self.settings.readiness_timeout_s
                )
                return name, "ready"
            except TimeoutError:
                return name, "timeout"
            except Exception as exc:  # any failure means not ready; say which kind
                return name, f"unavailable ({type(exc).__name__})"

        async def probe_audit() -> tuple[str, str]:
            try:
                await asyncio.to_thread(self.audit.ping)
                return "audit", "ready"
            except Exception as exc:
                return "audit", f"unavailable ({type(exc).__name__})"

        results = dict(await asyncio.gather(*(probe(name) for name in self.models)))
        components = dict(await asyncio.gather(probe("governance"), probe_audit()))
        ready = all(state == "ready" for state in [*results.values(), *components.values()])
        return JSONResponse(
            {"status": "ready" if ready else "not_ready", "models": results, **components},
            status_code=200 if ready else 503,
            headers={} if ready else {"Retry-After": str(self.settings.retry_after_s)},
        )
