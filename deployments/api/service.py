"""What every route shares: settings, tenants (re-read on change), limits, audit, backends.

No ray here. The Serve ingress (deployments.router) builds an `ApiService` with backends that
call the model and governance deployments through handles; unit tests build one with backends
that run in process. Routes reach it through `get_service`, a FastAPI dependency.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, Protocol

from fastapi import Depends, Request

from deployments import metrics
from deployments.protocol import GenerationOutput, GenerationParams
from deployments.settings import AppSettings
from governance.adapters import AdapterRegistry
from governance.audit import AuditStore, AuditUnavailable, open_store
from governance.audit.checkpoint import load_log_signer
from governance.audit.note import NoteError, Signer
from governance.audit.transparency import ConsistentSigner
from governance.errors import RateLimitError
from governance.image_governor import ImageJob, ImageOutcome
from governance.limits import LimitStore, TenantLimiter
from governance.moderation import ModerationPolicy, ModerationResult
from governance.nsfw import NsfwPolicy
from governance.stream_pipeline import StreamingPipeline
from governance.tenants import Principal, TenantRegistry

logger = logging.getLogger("imprimatur.router")


class Backends(Protocol):
    """The work the router hands to other deployments. Overload and unavailability raise
    OverloadedError (503 with Retry-After); any other failure propagates."""

    replica_id: str

    async def generate(self, model: str, params: GenerationParams) -> GenerationOutput: ...

    def generate_stream(self, model: str, params: GenerationParams) -> AsyncIterator[dict]:
        """Partial-image events, then `{"type": "final", "output": GenerationOutput}`;
        closing the iterator stops the generation (client disconnect)."""

    async def screen_input(
        self, data: bytes, mime: str, policy: NsfwPolicy | None
    ) -> dict[str, Any]:
        """An edit's input: NSFW verdict, C2PA state, our watermark's record id."""

    async def moderate(
        self, prompt: str, negative_prompt: str | None, policy: ModerationPolicy
    ) -> ModerationResult: ...

    async def moderate_texts(
        self, texts: list[str], policy: ModerationPolicy
    ) -> list[ModerationResult]: ...

    async def govern_image(self, pixels: Any, job: ImageJob) -> ImageOutcome: ...

    async def inspect(self, data: bytes, mime: str) -> dict[str, Any]: ...

    async def ready(self, component: str) -> dict[str, Any]:
        """`component`'s (a model name or `governance`) own readiness answer; raise if it
        cannot give one."""

    def model_replicas(self) -> dict[str, tuple[str, int]] | None:
        """(Serve status, running replicas) of each model deployment; None if unknown."""


class TenantsWatcher:
    """The tenant registry, re-read when the tenants files change (checked every few seconds).

    Keys revoked or policies changed apply without restarting any replica. A changed file that
    fails to load keeps the last good registry serving (a typo in a ConfigMap must not lock
    every tenant out), but never silently: `stale` says why, /readyz reports it, the
    `imprimatur_tenants_file_stale` gauge is 1 and the ImprimaturTenantsFileStale alert fires,
    until a good file loads. Revocations in the rejected file are NOT in force meanwhile: fix
    the file (`imprimatur tenants check`) to apply them."""

    def __init__(self, settings: AppSettings, clock: Callable[[], float] = time.monotonic):
        self.settings = settings
        self._clock = clock
        self.registry: TenantRegistry = settings.build_tenant_registry()
        self.stale: str | None = None  # why the current file was rejected, while it is
        self._stamp = self._stat()
        self._next_check = clock() + settings.tenants_reload_s
        metrics.tenants_file_stale(False)

    def _stat(self) -> tuple:
        stamp: list[Any] = []
        for path in (self.settings.tenants_path(), self.settings.tenant_keys_path()):
            try:
                info = path.stat() if path else None
                stamp.append((info.st_mtime_ns, info.st_size, info.st_ino) if info else None)
            except OSError:
                stamp.append("missing")
        return tuple(stamp)

    def current(self) -> TenantRegistry:
        now = self._clock()
        if now >= self._next_check:
            self._next_check = now + self.settings.tenants_reload_s
            stamp = self._stat()
            if stamp != self._stamp:
                self._stamp = stamp
                try:
                    self.registry = self.settings.build_tenant_registry()
                    logger.info("tenants reloaded (%d tenants)", len(self.registry.tenants))
                    self.stale = None
                except Exception as exc:  # keep serving with the last good registry, loudly
                    logger.error("tenants file rejected, keeping the previous one: %s", exc)
                    self.stale = type(exc).__name__  # public on /readyz: the log has the rest
                metrics.tenants_file_stale(self.stale is not None)
        return self.registry


def client_address(request: Request, trusted_hops: int) -> str:
    """The caller's address: the connection's peer, or with `trusted_hops` proxies in front,
    the X-Forwarded-For entry the outermost of them appended (entries before it are the
    client's own claims and could be forged)."""
    if trusted_hops:
        forwarded = request.headers.get("x-forwarded-for", "")
        entries = [entry.strip() for entry in forwarded.split(",") if entry.strip()]
        if len(entries) >= trusted_hops:
            return entries[-trusted_hops]
    return request.client.host if request.client else "unknown"


class ApiService:
    """The router's state and the decisions every area shares (who is calling)."""

    def __init__(
        self,
        settings: AppSettings,
        backends: Backends,
        limit_store: LimitStore,
        audit: AuditStore | None = None,
    ) -> None:
        self.settings = settings
        self.backends = backends
        self.tenants = TenantsWatcher(settings)
        self.limiter = TenantLimiter(limit_store)
        self.audit = audit if audit is not None else open_store(settings.audit_url())
        self.adapters = AdapterRegistry(settings.adapters_root())
        self.current_model: contextvars.ContextVar[str] = contextvars.ContextVar(
            "model", default="unknown"
        )
        self.pipeline = StreamingPipeline(
            moderate=backends.moderate,
            govern_image=backends.govern_image,
            audit=self.audit,
            observer=self.observe,
        )
        self.created = int(time.time())
        self._log_signer: Signer | None = None
        self._checkpoints: ConsistentSigner | None = None

    def checkpoints(self) -> ConsistentSigner:
        """Signs the latest checkpoint, refusing one that contradicts what this replica signed."""
        if self._checkpoints is None:
            self._checkpoints = ConsistentSigner(self.audit, self.log_signer())
        return self._checkpoints

    def log_signer(self) -> Signer:
        """The audit log's checkpoint key, loaded on first use: a missing key fails the
        checkpoint routes (500), never image generation."""
        if self._log_signer is None:
            try:
                self._log_signer = load_log_signer(
                    dev_dir=self.settings.state_path / "audit",
                    allow_dev=self.settings.governance.audit_log_dev_key,
                )
            except (NoteError, OSError) as exc:
                raise AuditUnavailable(f"the audit log cannot sign checkpoints: {exc}") from exc
        return self._log_signer

    @property
    def registry(self) -> TenantRegistry:
        return self.tenants.current()

    def authenticate(self, request: Request) -> Principal:
        """The caller's principal from `Authorization: Bearer ...`; 401 if missing or wrong."""
        return self.registry.authenticate(request.headers.get("authorization"))

    async def limit_caller(
        self, request: Request, principal: Principal | None, setting: str
    ) -> None:
        """429 once this caller (its API key, else its address) passes `setting`'s per-minute
        limit on a public or moderation endpoint."""
        if principal is not None:
            caller = f"key:{principal.key_id}"
        else:
            caller = f"addr:{client_address(request, self.settings.trusted_proxy_hops)}"
        try:
            await self.limiter.admit_caller_async(caller, getattr(self.settings, setting), setting)
        except RateLimitError:
            metrics.rate_limited(principal.tenant or "auditor" if principal else "public")
            raise

    def observe(self, event: str, labels: dict[str, str]) -> None:
        """Pipeline events become Prometheus metrics (exported by every replica via Ray)."""
        if event == "moderation":
            metrics.moderation_decision(labels["category"], labels["decision"])
        elif event == "nsfw_blocked":
            metrics.nsfw_blocked(self.current_model.get(), labels["label"])
        elif event == "stage_failed" and labels["stage"] == "c2pa":
            metrics.signing_failure(self.current_model.get())
        elif event == "audit_failed":
            metrics.audit_write_failure()


def get_service(request: Request) -> ApiService:
    """FastAPI dependency: the service the app was built with (deployments.api.create_app)."""
    return request.app.state.service


Service = Annotated[ApiService, Depends(get_service)]
"""A route's `service: Service` parameter receives the app's ApiService."""
