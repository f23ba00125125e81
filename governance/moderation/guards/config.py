"""Guard configuration: which backends a service offers, which run by default, what a tenant picks.

Service level (the Serve config's ``args``, e.g. ``governance.guards``)::

    guards:
      backends:
        - {kind: builtin, required: true}
        - {kind: llama-guard, source: meta-llama/Llama-Guard-3-1B, dtype: bfloat16, device: cuda}
        - {kind: remote, name: openai, url: https://api.openai.com/v1/moderations,
           model: omni-moderation-latest, api_key_env: OPENAI_API_KEY}
      default: [builtin, llama-guard]

Tenant level (its policy): ``moderation: {guards: [builtin, openai]}``. A tenant picks among the
service's backends; ``required`` ones run whatever it picks; the floors always run (they are
not a backend and cannot be configured away).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from governance.moderation.categories import CATEGORIES
from governance.moderation.guards.base import GuardBackend
from governance.moderation.guards.builtin import BUILTIN, BuiltinBackend
from governance.moderation.guards.guard_set import GuardSet
from governance.moderation.guards.llama_guard import (
    HAZARDS,
    LLAMA_GUARD,
    PRODUCTION_MODEL,
    LlamaGuardBackend,
    LlamaGuardClassifier,
)
from governance.moderation.guards.remote import REMOTE, RemoteModerationBackend
from governance.moderation.moderator import Moderator

_NAME = r"^[a-z0-9][a-z0-9._-]{0,63}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuiltinGuardSpec(_Strict):
    """Normalisation, term lists and the MiniLM classifier: the embedded default."""

    kind: Literal["builtin"] = Field("builtin", description="Backend type.")
    name: str = Field(BUILTIN, pattern=_NAME, description="Name tenants and audit use.")
    required: bool = Field(False, description="Runs for every tenant, whatever it picks.")


class LlamaGuardSpec(_Strict):
    """Llama Guard 3 through transformers, served by its own Serve deployment."""

    kind: Literal["llama-guard"] = Field(..., description="Backend type.")
    name: str = Field(LLAMA_GUARD, pattern=_NAME, description="Name; also its deployment's.")
    source: str = Field(
        PRODUCTION_MODEL,
        description="Hub id or local folder for from_pretrained (meta-llama/Llama-Guard-3-1B or "
        "-8B), or `tiny-llama-guard` for the embedded default built on first start.",
    )
    revision: str | None = Field(None, description="Hub revision to load; recorded in audit.")
    dtype: Literal["float32", "float16", "bfloat16"] = Field(
        "float32", description="Weights' dtype: bfloat16 on GPUs, float32 on CPU."
    )
    device: str = Field("cpu", pattern=r"^(cpu|cuda(:\d+)?)$", description="Torch device.")
    max_new_tokens: int = Field(
        20, ge=4, le=64, description="Tokens generated per text (`unsafe\\nS1,S2,...`)."
    )
    max_batch_size: int = Field(
        8, ge=1, le=64, description="Texts one generate call serves (Serve dynamic batching)."
    )
    batch_wait_timeout_s: float = Field(
        0.01, ge=0, le=1, description="How long a text waits for others to batch with."
    )
    timeout_s: float = Field(
        10.0, gt=0, le=120, description="How long moderation waits for the deployment's answer."
    )
    category_map: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Overrides of the hazard -> category table (e.g. `S13: [illicit]`); "
        "codes left out keep the documented mapping.",
    )
    required: bool = Field(False, description="Runs for every tenant, whatever it picks.")

    @field_validator("category_map")
    @classmethod
    def _check_map(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for code, categories in value.items():
            if code not in HAZARDS:
                raise ValueError(f"unknown hazard code {code!r}; known: {list(HAZARDS)}")
            unknown = sorted(set(categories) - set(CATEGORIES))
            if unknown:
                raise ValueError(f"{code}: unknown categories {unknown}; known: {CATEGORIES}")
        return value


class RemoteGuardSpec(_Strict):
    """An OpenAI-compatible /v1/moderations endpoint (OpenAI, Azure, another Imprimatur)."""

    kind: Literal["remote"] = Field(..., description="Backend type.")
    name: str = Field(REMOTE, pattern=_NAME, description="Name tenants and audit use.")
    url: str = Field(
        ..., pattern=r"^https?://", description="Full endpoint URL, ending in /v1/moderations."
    )
    model: str | None = Field(None, description="`model` sent with each request, if any.")
    api_key_env: str | None = Field(
        None, description="Variable holding the bearer key (a Secret); unset: no key sent."
    )
    timeout_s: float = Field(5.0, gt=0, le=60, description="Per-request timeout; then refuse.")
    thresholds: dict[str, float] | None = Field(
        None,
        description="Per-category score thresholds (our names) that replace the endpoint's "
        "own flags for those categories; unset: trust its flags.",
    )
    required: bool = Field(False, description="Runs for every tenant, whatever it picks.")

    @field_validator("thresholds")
    @classmethod
    def _check_thresholds(cls, value: dict[str, float] | None) -> dict[str, float] | None:
        for name, threshold in (value or {}).items():
            if name not in CATEGORIES:
                raise ValueError(f"unknown category {name!r}; known: {list(CATEGORIES)}")
            if not 0.0 <= threshold <= 1.0:
                raise ValueError(f"thresholds[{name!r}] must be in [0, 1]")
        return value


GuardSpec = Annotated[
    BuiltinGuardSpec | LlamaGuardSpec | RemoteGuardSpec, Field(discriminator="kind")
]


class GuardsConfig(_Strict):
    """The service's guard backends. Floors are not listed: they always run."""

    backends: list[GuardSpec] = Field(
        default_factory=lambda: [BuiltinGuardSpec()],
        min_length=1,
        description="Backends this service offers, each with its options; names are unique.",
    )
    default: list[str] | None = Field(
        None, description="Backends run for tenants that pick none; unset: all of them."
    )

    @model_validator(mode="after")
    def _check(self) -> GuardsConfig:
        names = [spec.name for spec in self.backends]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"guard backend names must be unique: {duplicates}")
        if sum(spec.kind == "builtin" for spec in self.backends) > 1:
            raise ValueError("at most one builtin backend")
        if self.default is not None:
            check_names(self, self.default, "default")
            if not self.default:
                raise ValueError("`default` may not be empty; leave it unset to run all")
        return self

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.backends]

    @property
    def required(self) -> list[str]:
        return [spec.name for spec in self.backends if spec.required]

    def spec(self, name: str) -> GuardSpec:
        for spec in self.backends:
            if spec.name == name:
                return spec
        raise KeyError(name)


def check_names(config: GuardsConfig, names: Sequence[str], field: str = "guards") -> None:
    """Raise ValueError naming any backend the service does not offer (a policy's
    `moderation.guards`, checked when the tenants file is loaded)."""
    unknown = sorted(set(names) - set(config.names))
    if unknown:
        raise ValueError(f"{field}: unknown guard backends {unknown}; known: {config.names}")


def build_guard_set(
    config: GuardsConfig,
    *,
    moderator: Moderator,
    provided: Mapping[str, GuardBackend] | None = None,
    resolve_source: Callable[[str], str] = lambda source: source,
) -> GuardSet:
    """Build every configured backend and the floors (always the builtin Moderator's).

    ``provided`` replaces backends by name: the governance deployment passes a Llama Guard
    backend whose classifier is the Llama Guard deployment's handle. Anything not provided is
    built in-process (a llama-guard spec then loads its model here; ``resolve_source`` turns
    `tiny-llama-guard` into the folder the deployments layer built).
    """
    provided = dict(provided or {})
    builtin: BuiltinBackend | None = None
    backends: dict[str, GuardBackend] = {}
    for spec in config.backends:
        if spec.name in provided:
            backends[spec.name] = provided[spec.name]
        elif isinstance(spec, BuiltinGuardSpec):
            backend = BuiltinBackend(moderator, name=spec.name)
            backends[spec.name] = backend
            # the floor hook is this same backend, so that a request selecting it gets its
            # verdict and the floors from one Moderator pass (GuardSet._fused), not two
            builtin = builtin or backend
        elif isinstance(spec, LlamaGuardSpec):
            classifier = LlamaGuardClassifier.from_pretrained(
                resolve_source(spec.source),
                revision=spec.revision,
                dtype=spec.dtype,
                device=spec.device,
                max_new_tokens=spec.max_new_tokens,
            )
            backends[spec.name] = LlamaGuardBackend(
                classifier.classify, name=spec.name, category_map=spec.category_map
            )
        else:
            backends[spec.name] = RemoteModerationBackend(
                spec.url,
                name=spec.name,
                model=spec.model,
                api_key_env=spec.api_key_env,
                timeout_s=spec.timeout_s,
                thresholds=spec.thresholds,
            )
    floors = builtin or BuiltinBackend(moderator)
    return GuardSet(backends, floors, default=config.default, required=config.required)
