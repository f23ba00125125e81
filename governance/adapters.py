"""Adapters as governed artefacts: a registry of LoRA weights with manifests, and the checks
that decide whether a tenant's request may use them.

An adapter is one weights file in diffusers/PEFT LoRA format (`*.safetensors`, as
`StableDiffusionXLPipeline.save_lora_weights` writes it) with a manifest: its id
(`owner/name`, e.g. `acme/brand-v2`), the model (the served model's name) and revision it
was trained for, the tenant that owns it, whether other tenants may use it (`shared`), and the
SHA-256 of the weights file. The registry is a folder (`<root>/<owner>/<name>/manifest.json`
plus the weights); with fsspec installed, the root may also be an object-store URL
(`s3://bucket/adapters`), and model replicas copy weights into a local cache.

The SHA-256 is checked every time weights are loaded, against the digest the router
authorised: weights swapped in the store after a request was checked never reach a model.

Who may use an adapter: its owner tenant, or any tenant if it is `shared`; a tenant policy's
`adapters` list narrows that further (unset: every adapter the tenant may see). A private
adapter of another tenant is never usable, whatever a policy lists, and answers 404 like an
unknown one (its existence is the other tenant's business).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from governance.errors import InvalidRequestError, NotFoundError, PermissionDeniedError
from governance.policy_fields import ADAPTER_ID_PATTERN, TENANT_NAME_PATTERN

MANIFEST = "manifest.json"
WEIGHTS = "pytorch_lora_weights.safetensors"  # the name diffusers' save_lora_weights uses
CONTROLNET_FILES = ("config.json", "diffusion_pytorch_model.safetensors")  # save_pretrained's
MAX_ADAPTERS_PER_REQUEST = 4
MIN_SCALE, MAX_SCALE = -2.0, 2.0
_CHUNK = 1 << 20


class AdapterError(ValueError):
    """A registry operation failed (bad id, missing file, digest mismatch): the message says
    which adapter and why."""


class AdapterManifest(BaseModel):
    """What the registry knows about one adapter; stored next to its weights."""

    model_config = ConfigDict(extra="forbid", frozen=True, protected_namespaces=())

    id: str = Field(..., pattern=ADAPTER_ID_PATTERN, description="`owner/name`.")
    kind: Literal["lora", "controlnet"] = Field(
        "lora",
        description="`lora`: one LoRA weights file; `controlnet`: a diffusers ControlNetModel "
        "folder (config.json + diffusion_pytorch_model.safetensors, the digest is the latter's).",
    )
    base_model: str = Field(
        ..., min_length=1, description="The served model's name it fits (ModelSpec.name)."
    )
    base_revision: str | None = Field(
        None, description="The model revision it was trained on; unset: any revision."
    )
    owner: str = Field(..., pattern=TENANT_NAME_PATTERN, description="Owning tenant.")
    shared: bool = Field(False, description="Other tenants may use it (their policy allowing).")
    sha256: str = Field(..., pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the weights.")
    weights: str = Field(WEIGHTS, description="The weights file's name in the adapter folder.")
    size_bytes: int = Field(0, ge=0, description="Size of the weights file.")
    description: str | None = Field(None, max_length=500)
    created: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def fits(self, model: str, revision: str | None) -> bool:
        return self.base_model == model and (
            self.base_revision is None or self.base_revision == revision
        )


@dataclass(frozen=True)
class AdapterUse:
    """One adapter as a request uses it: authorised by the router, carried to the replica."""

    id: str
    sha256: str
    scale: float = 1.0

    def record(self) -> dict[str, Any]:
        """How the audit record and the C2PA manifest name it."""
        return {"id": self.id, "sha256": self.sha256, "scale": self.scale}


def adapter_set_id(adapters: Sequence[AdapterUse]) -> str:
    """The multiplexed model id of an adapter set: what one replica loads and caches as a unit.

    Scales are left out (they change per request without reloading); the digest prefix is in,
    so a re-published adapter is a new set."""
    return "+".join(sorted(f"{a.id}@{a.sha256[:16]}" for a in adapters))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _split_id(adapter_id: str) -> tuple[str, str]:
    if not re.match(ADAPTER_ID_PATTERN, adapter_id):
        raise AdapterError(f"invalid adapter id {adapter_id!r}: expected `owner/name`")
    owner, name = adapter_id.split("/")
    return owner, name


def _is_url(root: str) -> bool:
    return "://" in root and not root.startswith("file://")


class AdapterRegistry:
    """The adapters under one root: a local folder, or an fsspec URL (needs fsspec)."""

    def __init__(self, root: str | Path, cache_dir: Path | None = None) -> None:
        text = str(root)
        self.root = text[len("file://") :] if text.startswith("file://") else text
        self.remote = _is_url(self.root)
        if self.remote:
            try:
                import fsspec
            except ImportError as exc:  # pragma: no cover - fsspec ships with the venv
                raise AdapterError(f"{self.root}: object-store roots need fsspec") from exc
            self._fs, self._base = fsspec.core.url_to_fs(self.root)
        else:
            self._fs, self._base = None, str(Path(self.root).expanduser())
        self.cache_dir = cache_dir

    # --- paths ----------------------------------------------------------------------------
    def _join(self, *parts: str) -> str:
        return "/".join([self._base.rstrip("/"), *parts])

    def _read_text(self, path: str) -> str:
        if self._fs is not None:
            with self._fs.open(path, "r", encoding="utf-8") as handle:
                return handle.read()
        return Path(path).read_text(encoding="utf-8")

    def _exists(self, path: str) -> bool:
        return self._fs.exists(path) if self._fs is not None else Path(path).exists()

    # --- reading --------------------------------------------------------------------------
    def get(self, adapter_id: str) -> AdapterManifest | None:
        """The adapter's manifest, or None if there is none (or the id is malformed)."""
        try:
            owner, name = _split_id(adapter_id)
        except AdapterError:
            return None
        path = self._join(owner, name, MANIFEST)
        try:
            text = self._read_text(path)
        except (FileNotFoundError, OSError):
            return None
        try:
            manifest = AdapterManifest.model_validate_json(text)
        except ValidationError as exc:
            raise AdapterError(f"{path}: invalid manifest: {exc}") from None
        if manifest.id != adapter_id:
            raise AdapterError(f"{path}: manifest names {manifest.id!r}, not {adapter_id!r}")
        return manifest

    def list(self, owner: str | None = None) -> list[AdapterManifest]:
        """Every adapter (of `owner`, if given), sorted by id."""
        pattern = f"{owner or '*'}/*/{MANIFEST}"
        if self._fs is not None:
            paths = sorted(self._fs.glob(self._join(pattern)))
        else:
            base = Path(self._base)
            paths = sorted(str(p) for p in base.glob(pattern)) if base.is_dir() else []
        found = []
        for path in paths:
            parts = path.rstrip("/").split("/")
            manifest = self.get(f"{parts[-3]}/{parts[-2]}")
            if manifest is not None:
                found.append(manifest)
        return found

    def weights_path(self, manifest: AdapterManifest) -> str:
        owner, name = _split_id(manifest.id)
        return self._join(owner, name, manifest.weights)

    def fetch(self, adapter_id: str, sha256: str) -> Path:
        """A local file holding the adapter's weights, checked against `sha256` (the digest
        the router authorised). Raises AdapterError if it is missing or does not match."""
        manifest = self.get(adapter_id)
        if manifest is None:
            raise AdapterError(f"adapter {adapter_id!r} is not in the registry")
        source = self.weights_path(manifest)
        names = CONTROLNET_FILES if manifest.kind == "controlnet" else (manifest.weights,)
        if self._fs is None:
            local = Path(source)
            if not local.is_file():
                raise AdapterError(f"adapter {adapter_id!r}: weights file {source} is missing")
        else:
            cache = self.cache_dir or Path(tempfile.gettempdir()) / "imprimatur-adapters"
            folder = cache / sha256
            folder.mkdir(parents=True, exist_ok=True)
            local = folder / manifest.weights
            for name in names:
                target = folder / name
                if not target.is_file():
                    partial = target.with_suffix(".partial")
                    self._fs.get(source.rsplit("/", 1)[0] + "/" + name, str(partial))
                    partial.replace(target)
        actual = sha256_file(local)
        if actual != sha256:
            raise AdapterError(
                f"adapter {adapter_id!r}: weights SHA-256 {actual[:12]}... does not match "
                f"the authorised {sha256[:12]}... (changed in the store?)"
            )
        return local.parent if manifest.kind == "controlnet" else local

    # --- writing (the `imprimatur adapters` command) ---------------------------------------
    def add(
        self,
        adapter_id: str,
        weights: Path,
        *,
        base_model: str,
        base_revision: str | None = None,
        owner: str | None = None,
        shared: bool = False,
        description: str | None = None,
        replace: bool = False,
        kind: Literal["lora", "controlnet"] = "lora",
    ) -> AdapterManifest:
        """Copy `weights` (a LoRA `.safetensors` file, or a folder holding
        `pytorch_lora_weights.safetensors`; for a ControlNet, its save_pretrained folder) into
        the registry with its manifest."""
        id_owner, name = _split_id(adapter_id)
        owner = owner or id_owner
        weights = Path(weights)
        files = {WEIGHTS: weights}
        if kind == "controlnet":
            files = {n: weights / n for n in CONTROLNET_FILES}
            if missing := [str(p) for p in files.values() if not p.is_file()]:
                raise AdapterError(f"{weights}: not a ControlNet folder (missing {missing})")
            weights = files[CONTROLNET_FILES[1]]
        elif weights.is_dir():
            weights = weights / WEIGHTS
            files = {WEIGHTS: weights}
        if not weights.is_file():
            raise AdapterError(f"{weights}: no such weights file")
        if weights.suffix != ".safetensors":
            raise AdapterError(f"{weights}: adapters must be .safetensors (no pickled weights)")
        if not replace and self.get(adapter_id) is not None:
            raise AdapterError(f"adapter {adapter_id!r} exists (replace it with --replace)")
        try:
            manifest = AdapterManifest(
                id=adapter_id,
                kind=kind,
                weights=weights.name if kind == "controlnet" else WEIGHTS,
                base_model=base_model,
                base_revision=base_revision,
                owner=owner,
                shared=shared,
                sha256=sha256_file(weights),
                size_bytes=weights.stat().st_size,
                description=description,
            )
        except ValidationError as exc:
            raise AdapterError(f"adapter {adapter_id!r}: {exc}") from None
        folder = self._join(id_owner, name)
        text = manifest.model_dump_json(indent=2)
        if self._fs is not None:
            self._fs.makedirs(folder, exist_ok=True)
            for target, path in files.items():
                self._fs.put_file(str(path), self._join(id_owner, name, target))
            with self._fs.open(self._join(id_owner, name, MANIFEST), "w") as handle:
                handle.write(text)
        else:
            Path(folder).mkdir(parents=True, exist_ok=True)
            for target, path in files.items():
                shutil.copyfile(path, Path(folder) / target)
            Path(folder, MANIFEST).write_text(text, encoding="utf-8")  # last: marks it complete
        return manifest

    def remove(self, adapter_id: str) -> AdapterManifest:
        """Delete the adapter; replicas that hold it keep it until evicted, but no request can
        be authorised for it any more."""
        manifest = self.get(adapter_id)
        if manifest is None:
            raise AdapterError(f"adapter {adapter_id!r} is not in the registry")
        owner, name = _split_id(adapter_id)
        folder = self._join(owner, name)
        if self._fs is not None:
            self._fs.rm(folder, recursive=True)
        else:
            Path(folder, MANIFEST).unlink()  # first: a half-removed adapter reads as absent
            shutil.rmtree(folder)
        return manifest


def parse_requested(value: Any) -> list[dict[str, Any]]:
    """A request's `adapters` as JSON text (a multipart form field) or as a list."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not JSON: {exc.msg}") from None
    return value


def authorise(
    requested: Iterable[tuple[str, float]],
    registry: AdapterRegistry,
    *,
    tenant: str,
    allowed: Sequence[str] | None,
    model: str,
    revision: str | None,
) -> tuple[AdapterUse, ...]:
    """The adapters of one request, each checked: 404 unknown (or another tenant's private
    one), 403 not in the tenant policy's `adapters`, 400 trained for another model. Each
    error names the field: `adapters[i].id`."""
    uses: list[AdapterUse] = []
    seen: set[str] = set()
    for index, (adapter_id, scale) in enumerate(requested):
        param = f"adapters[{index}].id"
        if adapter_id in seen:
            raise InvalidRequestError(f"Adapter {adapter_id!r} is listed twice.", param=param)
        seen.add(adapter_id)
        manifest = registry.get(adapter_id)
        if manifest is None or (manifest.owner != tenant and not manifest.shared):
            raise NotFoundError(
                f"The adapter {adapter_id!r} does not exist.", param=param, code="adapter_not_found"
            )
        if manifest.kind != "lora":
            raise InvalidRequestError(
                f"{adapter_id!r} is a {manifest.kind}, not a LoRA adapter.", param=param
            )
        if allowed is not None and adapter_id not in allowed:
            raise PermissionDeniedError(
                f"This tenant's policy adapters does not include {adapter_id!r}.", param=param
            )
        if not manifest.fits(model, revision):
            trained = manifest.base_model + (
                f"@{manifest.base_revision}" if manifest.base_revision else ""
            )
            raise InvalidRequestError(
                f"The adapter {adapter_id!r} was trained for {trained!r}, not "
                f"{model!r}@{revision or 'unversioned'}.",
                param=param,
                code="adapter_base_mismatch",
            )
        uses.append(AdapterUse(id=adapter_id, sha256=manifest.sha256, scale=scale))
    return tuple(uses)
