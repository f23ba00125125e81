"""The application's settings: the `args:` of a Serve config, validated before anything starts.

Per-deployment scaling (autoscaling_config, ray_actor_options, max_ongoing_requests,
max_queued_requests) is not here: it sits in the Serve config's own `deployments:` section,
keyed by deployment name (the model's name, or `router`), where operators expect it.
This module never imports ray, so the CLI and unit tests can validate a config without a cluster.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from deployments import emu3_sizes
from deployments.control import ControlType
from governance import environment, key_policy
from governance.moderation.guards.config import GuardsConfig, check_names
from governance.moderation.policy import ModerationPolicy
from governance.nsfw import NsfwPolicy
from governance.policy_fields import (
    HASH_PATTERN,
    ImageSide,
    ImagesPerRequest,
    KeepPrompts,
    PromptInManifest,
    TenantName,
)
from governance.tenants import ApiKeySpec, TenantPolicy, TenantRegistry, hash_api_key
from governance.tenants_file import TenantsFileError, load_tenants_file

ROUTER_DEPLOYMENT = "router"
GOVERNANCE_DEPLOYMENT = "governance"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModelSpec(_Strict):
    """One served model. Its `name` is both the API's model id and its Serve deployment name."""

    name: str = Field(
        ...,
        pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$",
        description="Model id clients send in `model`; also the Serve deployment name.",
    )
    family: Literal["diffusion", "autoregressive"] = Field(
        ...,
        description="`diffusion` loads a diffusers pipeline; `autoregressive` a transformers "
        "model that writes image tokens (its `architecture` says which). The family also "
        "picks the GPU worker group in production.",
    )
    architecture: Literal["janus", "emu3"] | None = Field(
        None,
        description="Autoregressive models only: `janus` (Janus / Janus-Pro; the default when "
        "unset) or `emu3` (Emu3-Gen). Picks the engine.",
    )
    source: str = Field(
        ...,
        description=(
            "Hugging Face hub id or local folder passed to from_pretrained, or `tiny-sdxl` / "
            "`tiny-janus` / `tiny-emu3` for the embedded default built on first start."
        ),
    )
    revision: str | None = Field(
        None, description="Hub revision (commit, tag or branch) to load; recorded in audit."
    )
    dtype: Literal["float32", "float16", "bfloat16"] = Field(
        "float32", description="Weights' dtype: float16 on GPUs, float32 on CPU."
    )
    device: str = Field(
        "cpu", pattern=r"^(cpu|cuda(:\d+)?)$", description="Torch device: `cpu` or `cuda`."
    )
    variant: str | None = Field(
        None, description="diffusers weight variant to load, e.g. `fp16` for SDXL base 1.0."
    )
    min_size: int = Field(256, ge=64, description="Smallest side in pixels (diffusion).")
    max_size: ImageSide = Field(1024, description="Largest side in pixels (diffusion).")
    size_multiple: int = Field(64, ge=8, description="Each side must be a multiple of this.")
    native_size: int | None = Field(
        None,
        ge=64,
        description="The only size an autoregressive model emits (Janus-Pro: 384).",
    )
    default_size: int = Field(1024, ge=64, description="Square side used when size is `auto`.")
    aspect_ratios: list[Annotated[str, Field(pattern=emu3_sizes.RATIO_PATTERN)]] | None = Field(
        None,
        min_length=1,
        description="Emu3 only: the aspect ratios offered, as `W:H`; each with `image_area` "
        "fixes one size. The first is used when size is `auto`.",
    )
    image_area: int | None = Field(
        None,
        ge=64 * 64,
        le=2048 * 2048,
        description="Emu3 only: pixels per image (BAAI/Emu3-Gen-hf: 518400, i.e. 720x720 at 1:1).",
    )
    top_k: int | None = Field(
        None,
        ge=1,
        description="Emu3 only: sample among the k likeliest image tokens (Emu3's reference: "
        "2048); unset: among all of them.",
    )
    max_n: ImagesPerRequest = 4
    default_steps: int = Field(30, ge=1, description="Denoising steps when the request has none.")
    max_steps: int = Field(50, ge=1, le=200, description="Most denoising steps a request may ask.")
    default_guidance_scale: float = Field(
        5.0, ge=0, le=30, description="Classifier-free guidance when the request has none."
    )
    temperature: float = Field(
        1.0, gt=0, le=2, description="Sampling temperature (autoregressive models)."
    )
    max_batch_size: int = Field(
        4,
        ge=1,
        le=64,
        description="Most requests one pipeline call serves (dynamic batching; 1 disables it). "
        "Keep the deployment's max_ongoing_requests at least this large.",
    )
    max_images_per_batch: int | None = Field(
        None,
        ge=1,
        le=64,
        description="Most images one pipeline call makes, counting each request's n: a batch "
        "is split into calls of at most this many, so GPU memory is bounded by images, not "
        "requests (SDXL 1024 px on a 24 GB L4: 4). Unset: no cap.",
    )
    vae_slicing: bool = Field(
        True,
        description="Diffusion: decode a call's latents one image at a time (same pixels, "
        "lower peak memory).",
    )
    batch_wait_timeout_s: float = Field(
        0.05,
        ge=0,
        le=5,
        description="Not used by model replicas any more: their fair queue batches only "
        "requests already waiting and never waits for company (kept so configs still load).",
    )
    torch_threads: int | None = Field(
        None, ge=1, description="torch intra-op threads for this replica; unset: torch default."
    )
    request_timeout_s: float | None = Field(
        None,
        gt=0,
        description="A generation by this model still running after this answers 503; unset: "
        "the app's `request_timeout_s`. For slow models (Emu3-Gen: minutes per image).",
    )
    controlnets: dict[ControlType, str] = Field(
        default_factory=dict,
        description="Diffusion only: the ControlNet (an adapter registry id of kind "
        "`controlnet`, trained for this model) for each control type a request may ask for, "
        "e.g. `{canny: studio/canny-sdxl}`; loaded by a replica on first use.",
    )
    max_adapter_sets: int = Field(
        0,
        ge=0,
        le=64,
        description="Diffusion only: LoRA adapter sets one replica keeps loaded (Ray Serve "
        "model multiplexing, least recently used evicted first; requests are routed to "
        "replicas that hold their set). 0: this model takes no adapters.",
    )

    @model_validator(mode="after")
    def _check_sizes(self) -> ModelSpec:
        emu3_only = ("aspect_ratios", "image_area", "top_k")
        if self.family != "diffusion" and (self.max_adapter_sets or self.controlnets):
            raise ValueError("`max_adapter_sets` and `controlnets` apply to diffusion models only")
        if self.family == "diffusion" and self.architecture is not None:
            raise ValueError("`architecture` applies to autoregressive models only")
        if self.family == "autoregressive" and self.architecture is None:
            object.__setattr__(self, "architecture", "janus")
        if self.architecture == "emu3":
            self._check_emu3_sizes()
        else:
            if misplaced := [k for k in emu3_only if getattr(self, k) is not None]:
                raise ValueError(f"{misplaced} apply to `architecture: emu3` models only")
        if self.family == "diffusion":
            if self.min_size > self.max_size:
                raise ValueError("`min_size` is larger than `max_size`")
            if not self.min_size <= self.default_size <= self.max_size:
                raise ValueError("`default_size` lies outside `min_size`..`max_size`")
            for key in ("min_size", "max_size", "default_size"):
                if getattr(self, key) % self.size_multiple:
                    raise ValueError(f"`{key}` is not a multiple of `size_multiple`")
        elif self.architecture == "janus":
            if self.native_size is None:
                raise ValueError("janus models need `native_size` (Janus-Pro: 384)")
            if self.default_size != self.native_size:
                object.__setattr__(self, "default_size", self.native_size)
        if self.default_steps > self.max_steps:
            raise ValueError("`default_steps` is larger than `max_steps`")
        return self

    def _check_emu3_sizes(self) -> None:
        if self.native_size is not None:
            raise ValueError("emu3 models take `aspect_ratios` and `image_area`, not `native_size`")
        if self.aspect_ratios is None or self.image_area is None:
            raise ValueError("emu3 models need `aspect_ratios` and `image_area` (Emu3-Gen: 518400)")
        sizes = emu3_sizes.sizes_by_ratio(self.aspect_ratios, self.image_area)  # checks `W:H`
        if len(set(sizes.values())) != len(self.aspect_ratios):
            raise ValueError("`aspect_ratios` repeat a ratio (or two give the same size)")
        if too_small := [r for r, (w, h) in sizes.items() if min(w, h) < 64]:
            raise ValueError(f"aspect ratios {too_small} give a side under 64 px at `image_area`")
        object.__setattr__(self, "default_size", max(sizes[self.aspect_ratios[0]]))

    def sizes_by_ratio(self) -> dict[str, tuple[int, int]]:
        """Emu3: each offered aspect ratio's (width, height); empty for other models."""
        if self.architecture != "emu3":
            return {}
        return emu3_sizes.sizes_by_ratio(self.aspect_ratios or [], self.image_area or 0)

    def auto_size(self) -> tuple[int, int]:
        """(width, height) made when a request's size is `auto`."""
        if self.architecture == "emu3":
            return next(iter(self.sizes_by_ratio().values()))
        return self.default_size, self.default_size

    def size_is_supported(self, width: int, height: int) -> bool:
        if self.architecture == "emu3":
            return (width, height) in self.sizes_by_ratio().values()
        if self.family == "autoregressive":
            return width == height == self.native_size
        return all(
            self.min_size <= side <= self.max_size and side % self.size_multiple == 0
            for side in (width, height)
        )

    def sizes_description(self) -> str:
        if self.architecture == "emu3":
            return ", ".join(f"{w}x{h} ({r})" for r, (w, h) in self.sizes_by_ratio().items())
        if self.family == "autoregressive":
            return f"{self.native_size}x{self.native_size}"
        return (
            f"{self.min_size}..{self.max_size} per side, multiples of {self.size_multiple} "
            f"(WIDTHxHEIGHT)"
        )


class DevKey(_Strict):
    """A development key read from the environment at start; never for production."""

    env: str = Field(..., description="Environment variable holding the key.")
    default: str | None = Field(
        None, min_length=8, description="Key used when the variable is unset (local only)."
    )

    def resolve(self) -> str | None:
        return os.environ.get(self.env) or self.default


class InlineTenant(_Strict):
    """A tenant written inline in the Serve config (the embedded default's demo tenant); the
    tenants file (governance.tenants.TenantsFileTenant) holds the rest, with their policies."""

    name: TenantName
    key_hashes: list[str] = Field(
        default_factory=list,
        description="API keys as `sha256:<hex>`; `imprimatur keys hash` prints one.",
    )
    dev_key: DevKey | None = Field(
        None, description="Local development only: also accept the key in this variable."
    )

    @field_validator("key_hashes")
    @classmethod
    def _check_hashes(cls, hashes: list[str]) -> list[str]:
        for value in hashes:
            if not re.match(HASH_PATTERN, value):
                raise ValueError("each key hash must look like `sha256:` + 64 lowercase hex")
        return hashes

    @model_validator(mode="after")
    def _has_a_key(self) -> InlineTenant:
        if not self.key_hashes and self.dev_key is None:
            raise ValueError(f"tenant {self.name!r} has no key")
        return self


class ProvenanceSettings(_Strict):
    """Where the C2PA signing key, its chain and the service's trust anchors come from."""

    cert_chain: str = Field(
        "certs/signer.pem", description="PEM chain (leaf first); relative to `state_dir`."
    )
    private_key: str = Field("certs/signer.key", description="PEM ES256 key; relative paths too.")
    trust_anchors: str = Field(
        "certs/root_ca.pem", description="PEM roots whose signatures read `Trusted`."
    )
    from_env: bool = Field(
        False,
        description="Read IMPRIMATUR_C2PA_CERT / _KEY / _TRUST_ANCHORS (Kubernetes Secrets) "
        "instead of files.",
    )
    create_dev_ca: bool = Field(
        False, description="Local only: create a development CA and signer if files are missing."
    )
    tsa_url: str | None = Field(
        None,
        pattern=r"^https?://",
        description="RFC 3161 time-stamping authority for each manifest signature; unset: no "
        "trusted timestamp (an unreachable TSA fails signing, so no image leaves).",
    )


class GovernanceSettings(_Strict):
    """The governance layer's defaults; tenant policies may tighten or relax within limits."""

    audit_url: str | None = Field(
        None,
        description="Audit store: `sqlite:///path` or `postgresql://...`; unset: "
        "$IMPRIMATUR_AUDIT_URL (or the file named by $IMPRIMATUR_AUDIT_URL_FILE), else "
        "SQLite `audit.db` in `state_dir`.",
    )
    provenance: ProvenanceSettings = Field(
        default_factory=ProvenanceSettings, description="C2PA signing and trust."
    )
    audit_log_dev_key: bool = Field(
        False,
        description="Local only: sign audit checkpoints with a development key made under "
        "`state_dir`/audit when $IMPRIMATUR_AUDIT_LOG_KEY(_FILE) is unset.",
    )
    watermark_key_env: str = Field(
        environment.WATERMARK_KEY,
        description="Variable holding the watermark key (or its _FILE); unset uses the built-in "
        "dev key, which only a `development` config may (the service refuses to start otherwise).",
    )
    moderation: ModerationPolicy = Field(
        default_factory=ModerationPolicy, description="Default prompt moderation policy."
    )
    guards: GuardsConfig = Field(
        default_factory=GuardsConfig,
        description="Guard backends for prompt moderation (builtin, llama-guard, remote) and "
        "which run by default; a tenant's `moderation.guards` picks among them. The floors "
        "always run. See config/guards.example.yaml.",
    )
    nsfw: NsfwPolicy = Field(default_factory=NsfwPolicy, description="Default NSFW policy.")
    keep_prompts: KeepPrompts = True
    prompt_in_manifest: PromptInManifest = False
    policy_version: str = Field("default-1", description="Recorded in every audit record.")
    provider: str = Field(
        "Imprimatur",
        min_length=1,
        description="Provider name disclosed in every C2PA manifest (SB 942) and shown by the "
        "public verification endpoint.",
    )


class AppSettings(_Strict):
    """`args:` of `deployments.app:build_app`."""

    development: bool = Field(
        False,
        description="A development config (config/local.yaml): the public development "
        "watermark key and C2PA CA are allowed. Otherwise the service refuses to start until "
        "it has its own watermark key and a C2PA signer that is not the development CA.",
    )
    models: list[ModelSpec] = Field(..., min_length=1, description="The models to serve.")
    tenants: list[InlineTenant] = Field(
        default_factory=list,
        description="Inline tenants (keys as hashes, or a local dev key); the tenants file "
        "holds the rest. Inline tenants get the governance defaults as their policy.",
    )
    tenants_file: str | None = Field(
        None,
        description="Tenants and policies (YAML; a ConfigMap in Kubernetes), watched for "
        "changes; unset: $IMPRIMATUR_TENANTS_FILE. `imprimatur tenants check` validates it.",
    )
    tenant_keys_file: str | None = Field(
        None,
        description="Keys-only file merged into the tenants file (a Secret in Kubernetes); "
        "unset: $IMPRIMATUR_TENANT_KEYS_FILE.",
    )
    tenants_reload_s: float = Field(
        2.0, gt=0, description="How often the router checks the tenants files for changes."
    )
    limits_url: str | None = Field(
        None,
        description="Rate-limit and quota store shared by router replicas: `redis://...` "
        "(production), `ray` (an in-cluster actor: one cluster, development only; an upgrade's "
        "new cluster starts from zero), or `memory` (one replica only); unset: "
        "$IMPRIMATUR_LIMITS_URL, else $IMPRIMATUR_REDIS_URL, else `ray`.",
    )
    public_rate_limit_per_minute: int = Field(
        60,
        ge=1,
        description="Calls a minute per caller (API key, else client address) to the public "
        "endpoints /v1/provenance/verify and /v1/c2pa/*; beyond it 429 with Retry-After.",
    )
    trusted_proxy_hops: int = Field(
        0,
        ge=0,
        le=5,
        description="Proxies in front of Serve that append to X-Forwarded-For (an ingress: 1). "
        "Per-address limits then use the address the outermost trusted proxy saw; 0 uses the "
        "connection's peer and ignores the header (a client could forge it).",
    )
    moderation_rate_limit_per_minute: int = Field(
        120, ge=1, description="Calls a minute per API key to /v1/moderations (429 beyond it)."
    )
    request_timeout_s: float = Field(
        300.0, gt=0, description="A generation still running after this answers 503."
    )
    retry_after_s: int = Field(
        5, ge=1, description="Retry-After sent with 429/503 when a model is overloaded."
    )
    by_value_max_bytes: int = Field(
        512 * 1024,
        ge=0,
        description="Calls between deployments that move at most this many bytes (pixels, "
        "files) go by value over the replicas' gRPC channel, bigger ones through Ray's object "
        "store (Serve's default). 0: always the object store. The crossover depends on the "
        "network; measured on one node in docs/performance.md.",
    )
    keep_freed_memory_mb: int = Field(
        256,
        ge=0,
        le=2047,
        description="The router and governance replicas keep up to this much freed heap "
        "(glibc) instead of handing it back to the kernel, so per-request arrays reuse "
        "memory rather than page-faulting in fresh pages (costly in virtual machines; see "
        "docs/performance.md). 0: glibc's defaults.",
    )
    readiness_timeout_s: float = Field(
        5.0, gt=0, description="How long /readyz waits for each model deployment."
    )
    model_cache_dir: str | None = Field(
        None, description="Where tiny models are built; default ~/.cache/imprimatur/models."
    )
    state_dir: str | None = Field(
        None,
        description="Folder for local state (SQLite audit, dev certificates); unset: "
        "$IMPRIMATUR_HOME, else ./var.",
    )
    adapters_url: str | None = Field(
        None,
        description="The LoRA adapter registry (`imprimatur adapters add|list|remove`): a "
        "folder, or an fsspec URL such as `s3://bucket/adapters`; unset: "
        "$IMPRIMATUR_ADAPTERS_URL, else `adapters` in `state_dir`.",
    )
    governance: GovernanceSettings = Field(
        default_factory=GovernanceSettings, description="Moderation, NSFW, C2PA, audit."
    )

    @model_validator(mode="after")
    def _unique_names(self) -> AppSettings:
        names = [m.name for m in self.models]
        if len(set(names)) != len(names):
            raise ValueError("model names must be unique")
        guard_deployments = [
            s.name for s in self.governance.guards.backends if s.kind == "llama-guard"
        ]
        if clash := sorted(set(names) & set(guard_deployments)):
            raise ValueError(f"a model and a llama-guard backend share a deployment name: {clash}")
        names += guard_deployments
        for reserved in (ROUTER_DEPLOYMENT, GOVERNANCE_DEPLOYMENT):
            if reserved in names:
                raise ValueError(f"`{reserved}` is a reserved deployment name")
        tenants = [t.name for t in self.tenants]
        if len(set(tenants)) != len(tenants):
            raise ValueError("tenant names must be unique")
        if not tenants and not self.tenants_path():
            raise ValueError("no tenants: give `tenants` or `tenants_file`")
        if self.governance.moderation.guards:
            check_names(self.governance.guards, self.governance.moderation.guards)
        return self

    def tenants_path(self) -> Path | None:
        value = self.tenants_file or environment.read(environment.TENANTS_FILE)
        return self.resolve_path(value) if value else None

    def tenant_keys_path(self) -> Path | None:
        value = self.tenant_keys_file or environment.read(environment.TENANT_KEYS_FILE)
        return self.resolve_path(value) if value else None

    def limits_store_url(self) -> str:
        return (
            self.limits_url
            or environment.read_secret(environment.LIMITS_URL)
            or environment.read_secret(environment.REDIS_URL)
            or "ray"
        )

    def default_policy(self) -> TenantPolicy:
        """The policy of inline tenants: the governance defaults."""
        governance = self.governance
        return TenantPolicy(
            version=governance.policy_version,
            moderation=governance.moderation,
            nsfw=governance.nsfw,
            keep_prompts=governance.keep_prompts,
            prompt_in_manifest=governance.prompt_in_manifest,
        )

    def build_tenant_registry(self) -> TenantRegistry:
        """Inline tenants plus the tenants file (read now); raises TenantsFileError if bad."""
        entries: list[tuple[str | None, ApiKeySpec]] = [
            (tenant, ApiKeySpec(hash=key_hash, role="generate"))
            for tenant, key_hash in self.tenant_key_entries()
        ]
        policies: dict[str, TenantPolicy] = {}
        default = self.default_policy()
        path = self.tenants_path()
        if path is not None:
            loaded = load_tenants_file(path, self.tenant_keys_path())
            entries += [(None, key) for key in loaded.auditors]
            entries += [(t.name, key) for t in loaded.tenants for key in t.keys]
            policies = {t.name: t.policy for t in loaded.tenants}
            for name, policy in [("default_policy", loaded.default_policy), *policies.items()]:
                if policy.moderation.guards:
                    try:
                        check_names(self.governance.guards, policy.moderation.guards)
                    except ValueError as exc:
                        raise TenantsFileError(f"{path}: {name}: moderation.{exc}") from None
            for tenant in self.tenants:
                if tenant.name in policies:
                    raise TenantsFileError(f"tenant {tenant.name!r} is both inline and in {path}")
                policies[tenant.name] = default
        return TenantRegistry(entries, policies, default)

    def tenant_key_entries(self) -> list[tuple[str, str]]:
        """(tenant, key hash) pairs, with development keys resolved from the environment now."""
        entries = [(t.name, h) for t in self.tenants for h in t.key_hashes]
        for tenant in self.tenants:
            if tenant.dev_key and (key := tenant.dev_key.resolve()):
                entries.append((tenant.name, hash_api_key(key)))
        return entries

    def model(self, name: str) -> ModelSpec | None:
        return next((m for m in self.models if m.name == name), None)

    @property
    def cache_dir(self) -> Path | None:
        return Path(self.model_cache_dir).expanduser() if self.model_cache_dir else None

    @property
    def state_path(self) -> Path:
        return environment.state_dir(self.state_dir)

    def resolve_path(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.state_path / path

    def audit_url(self) -> str:
        return self.governance.audit_url or environment.default_audit_url(self.state_path)

    def adapters_root(self) -> str:
        """Where the adapter registry lives (a folder or an fsspec URL)."""
        if self.adapters_url:
            return (
                self.adapters_url
                if "://" in self.adapters_url
                else str(self.resolve_path(self.adapters_url))
            )
        return environment.default_adapters_url(self.state_path)


def production_key_problems(settings: AppSettings, environ: Mapping[str, str]) -> list[str]:
    """What keeps a non-development config from starting: each problem names its setting.

    Keys are read as the service reads them: `$NAME`, else the file `$NAME_FILE` names (a
    mounted Secret)."""
    if settings.development:
        return []
    governance = settings.governance
    provenance = governance.provenance
    problems: list[str | None] = []

    def secret(name: str, setting: str) -> str | None:
        try:
            return environment.read_secret(name, environ)
        except environment.SecretFileError as exc:
            problems.append(f"{setting}: {exc}")
            return ""  # reported: not "unset" as well

    def named(name: str) -> str:
        return f"${name}" + (f" (file ${name}_FILE)" if environ.get(f"{name}_FILE") else "")

    variable = governance.watermark_key_env
    setting = f"governance.watermark_key_env ({named(variable)})"
    if (key := secret(variable, setting)) != "":
        problems.append(key_policy.watermark_key_problem(key, setting))
    setting = named(environment.AUDIT_LOG_KEY)
    if (log_key := secret(environment.AUDIT_LOG_KEY, setting)) != "":
        problems.append(key_policy.audit_log_key_problem(log_key, setting))
    if governance.audit_log_dev_key:
        problems.append(
            "governance.audit_log_dev_key: a non-development config must not sign audit "
            "checkpoints with a development key"
        )
    if provenance.create_dev_ca:
        problems.append(
            "governance.provenance.create_dev_ca: a non-development config must not create "
            "a development CA"
        )
    if provenance.from_env:
        setting = f"governance.provenance.from_env ({named(environment.C2PA_CERT)})"
        chain = secret(environment.C2PA_CERT, setting)
    else:
        path = settings.resolve_path(provenance.cert_chain)
        setting = f"governance.provenance.cert_chain ({path})"
        chain = path.read_text() if path.is_file() else None
    if chain != "":
        if chain is not None and "\n" not in chain and "\\n" in chain:
            chain = chain.replace("\\n", "\n")  # a PEM pasted into a one-line variable
        problems.append(key_policy.c2pa_chain_problem(chain, setting))
    return [problem for problem in problems if problem]


class SettingsError(ValueError):
    """Invalid application args; the message names every bad key."""


def parse_settings(args: dict[str, Any]) -> AppSettings:
    """Validate `args`, raising SettingsError with one line per problem, naming its key path."""
    try:
        return AppSettings.model_validate(args)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"]) or "args"
            message = error["msg"]
            if error["type"] == "extra_forbidden":
                message = "unknown key (not a setting)"
            lines.append(f"args.{where}: {message}")
        raise SettingsError("invalid application settings:\n  " + "\n  ".join(lines)) from None


def load_serve_config(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        config = yaml.safe_load(handle)
    if not isinstance(config, dict) or "applications" not in config:
        raise SettingsError(f"{path}: not a Serve config (no `applications:`)")
    return config


def settings_from_serve_config(path: str | Path, app_name: str | None = None) -> AppSettings:
    """The validated args of the Imprimatur application in a Serve config file."""
    config = load_serve_config(path)
    for app in config["applications"]:
        if app.get("import_path") == "deployments.app:build_app" and (
            app_name is None or app.get("name") == app_name
        ):
            return parse_settings(app.get("args") or {})
    raise SettingsError(f"{path}: no application with import_path deployments.app:build_app")
