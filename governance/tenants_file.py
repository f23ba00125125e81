"""The tenants file (a ConfigMap in Kubernetes) and its keys-only companion (a Secret).

Parsing and validation only: who is calling and what they may do is governance.tenants. A
tenant's `policy:` overrides fields of the file's `default_policy`; keys are stored as hashes.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator

from governance.policy_fields import TenantName
from governance.tenants import TENANT_ROLES, ApiKeySpec, TenantPolicy, TenantRegistry, _Strict

logger = logging.getLogger(__name__)


def _none_is_empty(value: Any) -> Any:
    return [] if value is None else value  # `keys:` with nothing under it yet


def _tenant_key_roles(keys: list[ApiKeySpec]) -> list[ApiKeySpec]:
    for key in keys:
        if key.role not in TENANT_ROLES:
            raise ValueError(
                f"key {key.key_id} has role {key.role!r}: auditor keys go under `auditors:`"
            )
    return keys


class TenantsFileTenant(_Strict):
    """A tenant: its keys and its effective policy (`default_policy` merged with overrides)."""

    name: TenantName
    keys: list[ApiKeySpec] = Field(
        default_factory=list, description="The tenant's keys (roles `generate` or `admin`)."
    )
    policy: TenantPolicy = Field(
        default_factory=TenantPolicy,
        description="Overrides of `default_policy`; fields left out inherit it.",
    )

    _empty_keys = field_validator("keys", mode="before")(_none_is_empty)
    _tenant_roles = field_validator("keys")(_tenant_key_roles)


def _deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Mappings merge key by key; anything else (lists included) replaces."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class TenantsFile(_Strict):
    """A tenants file (YAML; a ConfigMap or Secret in Kubernetes): tenants, keys, policies."""

    version: str = Field(..., min_length=1, description="Version of this file, e.g. a date.")
    default_policy: TenantPolicy = Field(
        default_factory=TenantPolicy,
        description="Policy every tenant inherits; a tenant's `policy:` overrides fields.",
    )
    tenants: list[TenantsFileTenant] = Field(default_factory=list, description="The tenants.")
    auditors: list[ApiKeySpec] = Field(
        default_factory=list,
        description="Global auditor keys (role `auditor`): read every record, verify the chain.",
    )

    @model_validator(mode="before")
    @classmethod
    def _inherit_default_policy(cls, data: Any) -> Any:
        # Merge before validation so an error names the tenant's own key path.
        if not isinstance(data, Mapping):
            return data
        data = dict(data)
        default = data.get("default_policy") or {}
        if isinstance(default, Mapping) and "version" not in default and data.get("version"):
            default = {**default, "version": str(data["version"])}
            data["default_policy"] = default
        if isinstance(default, Mapping) and isinstance(data.get("tenants"), list):
            data["tenants"] = [
                {**tenant, "policy": _deep_merge(default, tenant.get("policy") or {})}
                if isinstance(tenant, Mapping) and isinstance(tenant.get("policy") or {}, Mapping)
                else tenant
                for tenant in data["tenants"]
            ]
        return data

    @model_validator(mode="after")
    def _consistent(self) -> TenantsFile:
        _check_keys(self.tenants, self.auditors)
        return self

    def with_keys(self, keys: KeysFile, source: str = "keys file") -> TenantsFile:
        """This file plus the keys of a keys file (e.g. a Secret beside a policy ConfigMap)."""
        extra = {tenant.name: tenant.keys for tenant in keys.tenants}
        unknown = sorted(set(extra) - {tenant.name for tenant in self.tenants})
        if unknown:
            raise TenantsFileError(
                f"{source}: keys for tenants the tenants file does not define: {unknown}"
            )
        tenants = [
            tenant.model_copy(update={"keys": [*tenant.keys, *extra.get(tenant.name, [])]})
            for tenant in self.tenants
        ]
        auditors = [*self.auditors, *keys.auditors]
        try:
            _check_keys(tenants, auditors)
        except ValueError as exc:
            raise TenantsFileError(f"{source}: {exc}") from None
        return self.model_copy(update={"tenants": tenants, "auditors": auditors})


class TenantKeys(_Strict):
    """A tenant's entry in a keys file: only its name and keys."""

    name: TenantName
    keys: list[ApiKeySpec] = Field(default_factory=list, description="The tenant's keys.")

    _empty_keys = field_validator("keys", mode="before")(_none_is_empty)
    _tenant_roles = field_validator("keys")(_tenant_key_roles)


class KeysFile(_Strict):
    """Keys only (a Kubernetes Secret), kept apart from the policies (a ConfigMap)."""

    version: str | None = Field(None, description="Version of this file, e.g. a date.")
    tenants: list[TenantKeys] = Field(default_factory=list, description="Keys per tenant.")
    auditors: list[ApiKeySpec] = Field(default_factory=list, description="Global auditor keys.")

    @model_validator(mode="after")
    def _consistent(self) -> KeysFile:
        _check_keys(self.tenants, self.auditors)
        return self


def _check_keys(
    tenants: list[TenantsFileTenant] | list[TenantKeys], auditors: list[ApiKeySpec]
) -> None:
    names = [tenant.name for tenant in tenants]
    if len(set(names)) != len(names):
        raise ValueError("tenant names must be unique")
    for key in auditors:
        if key.role != "auditor":
            raise ValueError(f"auditors: key {key.key_id} must have role `auditor`")
    hashes = [key.hash for key in auditors] + [key.hash for t in tenants for key in t.keys]
    if len(set(hashes)) != len(hashes):
        raise ValueError("a key hash appears twice: each key belongs to one tenant and role")


class TenantsFileError(ValueError):
    """An invalid tenants file; the message names every bad key."""


def _validate(model: type[_Strict], data: Any, source: str, what: str) -> Any:
    """Validate, raising TenantsFileError with one line per problem, naming its key path."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        tenants = data.get("tenants") if isinstance(data, Mapping) else None
        lines = []
        for error in exc.errors():
            parts = [str(part) for part in error["loc"]]
            if len(parts) >= 2 and parts[0] == "tenants" and isinstance(tenants, list):
                index = int(parts[1])
                if index < len(tenants) and isinstance(tenants[index], Mapping):
                    parts[:2] = [f"tenants[{tenants[index].get('name', index)}]"]
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                message = "unknown key"
            lines.append(f"{'.'.join(parts) or 'file'}: {message}")
        message = f"{source}: invalid {what}:\n  " + "\n  ".join(lines)
        raise TenantsFileError(message) from None


def parse_tenants(data: Any, source: str = "tenants") -> TenantsFile:
    """Validate a parsed tenants file; TenantsFileError names every bad key."""
    return _validate(TenantsFile, data, source, "tenants file")


def parse_keys(data: Any, source: str = "keys") -> KeysFile:
    """Validate a parsed keys file (tenants' keys and auditors only)."""
    return _validate(KeysFile, data, source, "keys file")


def is_keys_file(data: Any) -> bool:
    """Whether parsed YAML is a keys file: no `version` and no policies (a tenants file has a
    version)."""
    if not isinstance(data, Mapping) or "default_policy" in data or "version" in data:
        return False
    tenants = data.get("tenants") or []
    return not any(isinstance(t, Mapping) and "policy" in t for t in tenants)


def _read_yaml(path: str | Path) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        raise TenantsFileError(f"{path}: not valid YAML: {exc}") from None
    return data if data is not None else {}


def load_tenants_file(path: str | Path, keys_path: str | Path | None = None) -> TenantsFile:
    """Read and validate a tenants file, plus the keys in `keys_path` if given; errors name
    the file and each bad key."""
    tenants = parse_tenants(_read_yaml(path), str(path))
    if keys_path is not None:
        keys = parse_keys(_read_yaml(keys_path), str(keys_path))
        tenants = tenants.with_keys(keys, str(keys_path))
    return tenants


def registry_from(tenants_file: TenantsFile) -> TenantRegistry:
    """The registry of a parsed tenants file: its auditors, tenants, keys and policies."""
    entries: list[tuple[str | None, ApiKeySpec]] = [(None, key) for key in tenants_file.auditors]
    entries += [(tenant.name, key) for tenant in tenants_file.tenants for key in tenant.keys]
    policies = {tenant.name: tenant.policy for tenant in tenants_file.tenants}
    return TenantRegistry(entries, policies, tenants_file.default_policy)


def load_registry(path: str | Path, keys_path: str | Path | None = None) -> TenantRegistry:
    """From a tenants file, plus a separate keys file (a Kubernetes Secret) if given."""
    return registry_from(load_tenants_file(path, keys_path))
