"""C2PA Content Credentials: sign every released image, and read credentials back for reviewers.

A signed manifest says the image was created by a trained model (IPTC `trainedAlgorithmicMedia`),
names the model and revision, binds the invisible watermark to the manifest (a
`c2pa.watermarked.bound` action plus a `c2pa.soft-binding` assertion holding the watermark id) and
carries our own `com.imprimatur.generation` assertion. The prompt is only written when the caller
passes it, i.e. when the tenant's policy allows it.

Disclosure. A `com.imprimatur.disclosure` assertion carries what California SB 942 (Business and
Professions Code 22757.3(b)) asks of a latent disclosure and the EU Code of Practice on marking
AI-generated content asks of metadata: the provider's name (configured: `governance.provider`),
the name and version of the generative AI system (the service and the model with its revision),
the time and date of creation, and a unique identifier (the record id, which the watermark also
carries, and the manifest id). The same facts appear in C2PA's own places (the `c2pa.created`
action's `when` and `softwareAgent`, `claim_generator_info`); the assertion gathers them under
one label a reader can point to.

Timestamps. With `SignerConfig.tsa_url` set, c2pa-rs sends each claim signature to that RFC 3161
time-stamping authority (an `application/timestamp-query` POST) and embeds the token, so the
signing time is attested by a third party and the manifest stays valid after the signing
certificate expires; readers show the attested time (`C2paReport.timestamp`). A TSA that cannot
be reached fails the signature (fail closed). Unset (the default, and the only choice where there
is no network), the manifest carries no trusted time beyond the claimed creation time.

Signing raises :class:`ProvenanceError` on any failure, so the pipeline fails closed. c2pa-rs
verifies each manifest right after signing (`verify.verify_after_sign`), which is what catches a
key that does not match its certificate or a broken callback signer.

PNGs (the default output) are signed through c2pa-rs's data-hashed flow
(:mod:`governance.c2pa_data_hash`): the same manifest in the same place, without the ~500 Python
stream callbacks that made signing wait on the GIL in a busy replica.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image

import governance
from governance import c2pa_data_hash, environment
from governance.c2pa_data_hash import ihdr_first
from governance.errors import GovernanceFailure

DIGITAL_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
# An edit combines the input (whatever it was) with a model's output: IPTC's composite type.
COMPOSITE_SOURCE_TYPE = (
    "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
)
# Entity-specific soft-binding algorithm name (C2PA allows reverse-DNS names outside the registry).
SOFT_BINDING_ALG = "com.imprimatur.wm.v1"
GENERATION_ASSERTION = "com.imprimatur.generation"
DISCLOSURE_ASSERTION = "com.imprimatur.disclosure"
DEFAULT_PROVIDER = "Imprimatur"
SUPPORTED_MIME_TYPES = ("image/png", "image/jpeg", "image/webp")

ENV_CERT = environment.C2PA_CERT
ENV_KEY = environment.C2PA_KEY
ENV_TRUST_ANCHORS = environment.C2PA_TRUST_ANCHORS

# PNGs are signed without Python stream callbacks where this c2pa-python allows it.
_DATA_HASHED = c2pa_data_hash.load()

ValidationState = Literal["Trusted", "Valid", "Invalid", "absent"]


class ProvenanceError(GovernanceFailure):
    """C2PA signing (or signer setup) failed. Clients see the generic message; logs see `detail`."""

    def __init__(self, detail: str) -> None:
        super().__init__("provenance")
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message} ({self.detail})"


def _pem_from_env(value: str) -> str:
    # A PEM pasted into a one-line env value often arrives with literal "\n" escapes.
    if "\n" not in value and "\\n" in value:
        value = value.replace("\\n", "\n")
    return value


@dataclass
class SignerConfig:
    """Where the signing chain, the key (or a remote signer) and the trust anchors come from.

    Give the chain as a file or PEM text, and exactly one of: a key file, key PEM text, or
    `sign_callback` (bytes to sign -> ES256 signature, DER or raw r||s) for KMS/HSM keys that
    never leave their module. `tsa_url`: an RFC 3161 time-stamping authority (http or https);
    None (the default, and where there is no network) signs without a trusted timestamp.
    """

    cert_chain_path: Path | None = None
    key_path: Path | None = None
    cert_chain_pem: str | None = field(default=None, repr=False)
    key_pem: str | None = field(default=None, repr=False)
    sign_callback: Callable[[bytes], bytes] | None = field(default=None, repr=False)
    trust_anchors_path: Path | None = None
    trust_anchors_pem: str | None = field(default=None, repr=False)
    tsa_url: str | None = None

    def __post_init__(self) -> None:
        if (self.cert_chain_path is None) == (self.cert_chain_pem is None):
            raise ValueError("give exactly one of cert_chain_path or cert_chain_pem")
        key_sources = [self.key_path, self.key_pem, self.sign_callback]
        if sum(source is not None for source in key_sources) != 1:
            raise ValueError("give exactly one of key_path, key_pem or sign_callback")
        if self.trust_anchors_path is not None and self.trust_anchors_pem is not None:
            raise ValueError("give at most one of trust_anchors_path or trust_anchors_pem")
        if self.tsa_url is not None and not self.tsa_url.startswith(("http://", "https://")):
            raise ValueError("tsa_url must be an http:// or https:// URL")

    @classmethod
    def from_files(
        cls,
        cert_chain_path: Path,
        key_path: Path,
        trust_anchors_path: Path | None = None,
        tsa_url: str | None = None,
    ) -> SignerConfig:
        """A chain and key mounted as files (a Kubernetes secret volume, or the dev CA)."""
        return cls(
            cert_chain_path=Path(cert_chain_path),
            key_path=Path(key_path),
            trust_anchors_path=Path(trust_anchors_path) if trust_anchors_path else None,
            tsa_url=tsa_url,
        )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        trust_anchors_path: Path | None = None,
        tsa_url: str | None = None,
    ) -> SignerConfig:
        """PEM text in IMPRIMATUR_C2PA_CERT / _KEY (and optionally _TRUST_ANCHORS), or in the
        files their `_FILE` variants name (Kubernetes Secrets mounted as files)."""
        env = os.environ if environ is None else environ
        values = {name: environment.read_secret(name, env) for name in (ENV_CERT, ENV_KEY)}
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise ValueError(f"C2PA signer environment variables not set: {', '.join(missing)}")
        anchors = (
            None
            if trust_anchors_path
            else environment.read_secret(ENV_TRUST_ANCHORS, env, missing_ok=True)
        )
        return cls(
            cert_chain_pem=_pem_from_env(values[ENV_CERT]),
            key_pem=_pem_from_env(values[ENV_KEY]),
            trust_anchors_path=Path(trust_anchors_path) if trust_anchors_path else None,
            trust_anchors_pem=_pem_from_env(anchors)
            if anchors and not trust_anchors_path
            else None,
            tsa_url=tsa_url,
        )

    def chain(self) -> str:
        if self.cert_chain_pem is not None:
            return self.cert_chain_pem
        return Path(self.cert_chain_path).read_text()  # type: ignore[arg-type]

    def private_key(self) -> str | None:
        if self.key_pem is not None:
            return self.key_pem
        return Path(self.key_path).read_text() if self.key_path is not None else None

    def trust_anchors(self) -> str | None:
        if self.trust_anchors_pem is not None:
            return self.trust_anchors_pem
        return Path(self.trust_anchors_path).read_text() if self.trust_anchors_path else None


@dataclass(frozen=True)
class InputIngredient:
    """An edit's input image as received: its bytes carry whatever credentials it had.

    The first input is the new image's `parentOf` ingredient, further ones `componentOf`; a
    ControlNet's control image is `inputTo` (it steered the model; no pixel of it is kept).
    c2pa-rs copies each one's manifest store and records its own validation result, valid or
    not, so nothing of the input's provenance is stripped."""

    data: bytes = field(repr=False)
    mime: str
    title: str
    relationship: Literal["parentOf", "componentOf", "inputTo"] | None = None  # None: by position


def ingredient_relationships(ingredients: tuple[InputIngredient, ...]) -> list[str]:
    """Each ingredient's relationship: as given, else by position among an edit's inputs
    (the first `parentOf`, further ones `componentOf`)."""
    relationships: list[str] = []
    for ingredient in ingredients:
        if ingredient.relationship is not None:
            relationships.append(ingredient.relationship)
        else:
            relationships.append("componentOf" if "parentOf" in relationships else "parentOf")
    return relationships


@dataclass(frozen=True)
class GenerationFacts:
    """What the manifest states about one generated image. `prompt` only if policy allows."""

    record_id: str
    model: str
    model_revision: str
    watermark_id: str
    created: dt.datetime
    tenant: str | None = None
    prompt: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    ingredients: tuple[InputIngredient, ...] = ()
    adapters: tuple[dict[str, Any], ...] = ()  # LoRA adapters: {id, sha256, scale} each


@dataclass(frozen=True)
class SignedImage:
    data: bytes
    manifest_id: str
    mime: str
    manifest_store: bytes = b""  # the signed manifest store (application/c2pa), for resolution


@dataclass(frozen=True)
class C2paReport:
    """What a reader found. `state` is c2pa's validation state, or 'absent' with no manifest."""

    state: ValidationState
    signer: str | None = None
    actions: list[dict[str, Any]] = field(default_factory=list)
    manifest_id: str | None = None
    soft_binding: str | None = None
    assertion: dict[str, Any] | None = None
    manifest_json: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)
    ingredients: list[dict[str, Any]] = field(default_factory=list)
    disclosure: dict[str, Any] | None = None  # the SB 942 / EU marking fields, as claimed
    timestamp: str | None = None  # the RFC 3161 time-stamp authority's time, if any


def _settings(trust_anchors: str | None) -> dict[str, Any]:
    # c2pa silently ignores unknown settings keys, so the tests check each of these takes effect.
    verify = {
        "verify_after_sign": True,  # fail closed on a bad key/chain at signing time
        "verify_trust": True,
        "remote_manifest_fetch": False,  # reading untrusted uploads must not fetch URLs
        "ocsp_fetch": False,
    }
    settings: dict[str, Any] = {
        "builder": {"thumbnail": {"enabled": False}},  # ~100 ms and ~1 MB per image otherwise
        "verify": verify,
    }
    if trust_anchors:
        settings["trust"] = {"trust_anchors": trust_anchors}
    return settings


def _check_key_matches_chain(chain_pem: str, key_pem: str) -> None:
    """Refuse at startup what c2pa would only refuse on the first signature."""
    try:
        leaf = x509.load_pem_x509_certificates(chain_pem.encode())[0]
        key = serialization.load_pem_private_key(key_pem.encode(), password=None)
    except ValueError as exc:
        raise ProvenanceError(f"cannot parse the C2PA certificate chain or key: {exc}") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise ProvenanceError("the C2PA signing key must be an EC P-256 key (ES256)")
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if leaf.public_key().public_bytes(*fmt) != key.public_key().public_bytes(*fmt):
        raise ProvenanceError("the C2PA signing key does not match the first certificate")


def _iso(when: dt.datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _ingredient_label(index: int) -> str:
    return f"imprimatur.input.{index}"


def ingredient_report(ingredient: dict[str, Any]) -> dict[str, Any]:
    """One ingredient as the detection tool shows it, with the ingredient's OWN validation
    result: the new manifest can be valid while an input's signature is broken."""
    results = (ingredient.get("validation_results") or {}).get("activeManifest") or {}
    failures = results.get("failure") or ingredient.get("validation_status") or []
    codes = {item.get("code") for item in results.get("success") or []}
    if not ingredient.get("active_manifest"):
        state = "absent"  # the input carried no credentials
    elif failures:
        state = "Invalid"
    elif "signingCredential.trusted" in codes:
        state = "Trusted"
    else:
        state = "Valid"
    return {
        "title": ingredient.get("title"),
        "relationship": ingredient.get("relationship"),
        "format": ingredient.get("format"),
        "manifest_id": ingredient.get("active_manifest"),
        "state": state,
        "errors": [f"{f.get('code')}: {f.get('explanation', '')}".rstrip(": ") for f in failures],
    }


def _base_label(label: str) -> str:
    return label.split("__", 1)[0]  # c2pa suffixes repeated labels with __1, __2, ...


class ContentCredentials:
    """Signs images with a C2PA manifest and reads manifests back against our trust anchors."""

    def __init__(
        self,
        signer: SignerConfig,
        generator_name: str = "imprimatur",
        generator_version: str = governance.__version__,
        soft_binding_alg: str = SOFT_BINDING_ALG,
        provider: str = DEFAULT_PROVIDER,
    ) -> None:
        if not provider.strip():
            raise ProvenanceError("the provider name disclosed in manifests must not be empty")
        self.generator_name = generator_name
        self.generator_version = generator_version
        self.soft_binding_alg = soft_binding_alg
        self.provider = provider
        self.tsa_url = signer.tsa_url
        self._callback_error = threading.local()
        try:
            anchors = signer.trust_anchors()
            self._trusts_anchors = bool(anchors)
            chain = signer.chain()
            key = signer.private_key()
            if key is not None:
                _check_key_matches_chain(chain, key)
            self._context = c2pa.Context.from_dict(_settings(anchors))
            if signer.sign_callback is not None:
                self._signer = c2pa.Signer.from_callback(
                    self._wrap_callback(signer.sign_callback),
                    c2pa.C2paSigningAlg.ES256,
                    chain,
                    signer.tsa_url,
                )
            else:
                info = c2pa.C2paSignerInfo(
                    c2pa.C2paSigningAlg.ES256, chain.encode(), key.encode(), signer.tsa_url
                )
                self._signer = c2pa.Signer.from_info(info)
        except (OSError, ValueError, c2pa.C2paError) as exc:
            raise ProvenanceError(f"cannot set up the C2PA signer: {exc}") from exc

    @classmethod
    def reader_only(
        cls, trust_anchors_pem: str | None, soft_binding_alg: str = SOFT_BINDING_ALG
    ) -> ContentCredentials:
        """Validation without a signing key: what reviewers and the verify CLI need."""
        self = cls.__new__(cls)
        self.generator_name = "imprimatur"
        self.generator_version = governance.__version__
        self.soft_binding_alg = soft_binding_alg
        self.provider = DEFAULT_PROVIDER
        self.tsa_url = None
        self._callback_error = threading.local()
        self._trusts_anchors = bool(trust_anchors_pem)
        self._signer = None
        try:
            self._context = c2pa.Context.from_dict(_settings(trust_anchors_pem))
        except (ValueError, c2pa.C2paError) as exc:
            raise ProvenanceError(f"cannot load the trust anchors: {exc}") from exc
        return self

    def _wrap_callback(self, sign: Callable[[bytes], bytes]) -> Callable[[bytes], bytes]:
        # c2pa-python logs and swallows callback exceptions; keep the real one to chain it.
        def wrapped(data: bytes) -> bytes:
            try:
                return sign(data)
            except Exception as exc:
                self._callback_error.exc = exc
                raise

        return wrapped

    def _definition(self, facts: GenerationFacts, manifest_id: str, mime: str) -> dict[str, Any]:
        when = _iso(facts.created)
        generation: dict[str, Any] = {
            "record_id": facts.record_id,
            "model": facts.model,
            "model_revision": facts.model_revision,
            "created": when,
        }
        if facts.tenant is not None:
            generation["tenant"] = facts.tenant
        if facts.prompt is not None:
            generation["prompt"] = facts.prompt
        if facts.extra:
            generation["extra"] = facts.extra
        if facts.adapters:
            # Which LoRA weights shaped the image, by digest: the registry's manifest names
            # the same SHA-256, so a reviewer can match the exact file.
            generation["adapters"] = [dict(adapter) for adapter in facts.adapters]
        ourselves = {"name": self.generator_name, "version": self.generator_version}
        model_agent = {"name": facts.model, "version": facts.model_revision}
        disclosure = {
            "ai_generated": True,
            "provider": self.provider,
            "system": ourselves,
            "model": model_agent,
            "created": when,
            "identifier": facts.record_id,
            "manifest_id": manifest_id,
        }
        relationships = ingredient_relationships(facts.ingredients)
        labels = {
            kind: [_ingredient_label(i) for i, r in enumerate(relationships) if r == kind]
            for kind in ("parentOf", "componentOf", "inputTo")
        }
        if labels["parentOf"]:
            # An edit: opened from its parent, then edited by the model (a composite).
            made = [
                {
                    "action": "c2pa.opened",
                    "when": when,
                    "softwareAgent": ourselves,
                    "parameters": {"ingredientIds": labels["parentOf"]},
                },
                {
                    "action": "c2pa.edited",
                    "when": when,
                    "digitalSourceType": COMPOSITE_SOURCE_TYPE,
                    "softwareAgent": model_agent,
                },
            ]
            if labels["componentOf"]:
                made.append(
                    {
                        "action": "c2pa.placed",
                        "when": when,
                        "softwareAgent": model_agent,
                        "parameters": {"ingredientIds": labels["componentOf"]},
                    }
                )
        else:
            made = [
                {
                    "action": "c2pa.created",
                    "when": when,
                    "digitalSourceType": DIGITAL_SOURCE_TYPE,
                    "softwareAgent": model_agent,
                }
            ]
        if labels["inputTo"]:
            # A control image steered the model's action (edited or created): its input.
            made[1 if labels["parentOf"] else 0]["parameters"] = {
                "ingredientIds": labels["inputTo"]
            }
        return {
            "label": manifest_id,
            "format": mime,
            "claim_generator_info": [ourselves],
            "assertions": [
                {
                    "label": "c2pa.actions.v2",
                    "data": {
                        "actions": [
                            *made,
                            {
                                "action": "c2pa.watermarked.bound",
                                "when": when,
                                "softwareAgent": ourselves,
                                "parameters": {
                                    "description": "invisible watermark; value in c2pa.soft-binding"
                                },
                            },
                        ]
                    },
                },
                {
                    "label": "c2pa.soft-binding",
                    "data": {
                        "alg": self.soft_binding_alg,
                        "blocks": [{"scope": {}, "value": facts.watermark_id}],
                    },
                },
                {"label": GENERATION_ASSERTION, "data": generation},
                {"label": DISCLOSURE_ASSERTION, "data": disclosure},
            ],
        }

    def sign(self, image_bytes: bytes, mime: str, facts: GenerationFacts) -> SignedImage:
        """Embed a signed manifest in the encoded image. Raises ProvenanceError on any failure."""
        if mime not in SUPPORTED_MIME_TYPES:
            raise ProvenanceError(f"cannot carry C2PA credentials in {mime!r}")
        if self._signer is None:
            raise ProvenanceError("this ContentCredentials only reads (no signing key)")
        manifest_id = f"urn:c2pa:{uuid.uuid4()}"
        self._callback_error.exc = None
        out = io.BytesIO()
        try:
            definition = self._definition(facts, manifest_id, mime)
            with c2pa.Builder(definition, context=self._context) as builder:
                relationships = ingredient_relationships(facts.ingredients)
                for index, ingredient in enumerate(facts.ingredients):
                    builder.add_ingredient(
                        {
                            "title": ingredient.title,
                            "relationship": relationships[index],
                            "label": _ingredient_label(index),
                        },
                        ingredient.mime,
                        io.BytesIO(ingredient.data),
                    )
                if mime == "image/png" and _DATA_HASHED is not None and ihdr_first(image_bytes):
                    data, manifest_store = _DATA_HASHED.sign_png(builder, self._signer, image_bytes)
                else:
                    manifest_store = builder.sign(self._signer, mime, io.BytesIO(image_bytes), out)
                    data = out.getvalue()
        except Exception as exc:
            cause = self._callback_error.exc or exc
            self._callback_error.exc = None
            raise ProvenanceError(f"C2PA signing failed: {exc}") from cause
        return SignedImage(
            data=data,
            manifest_id=manifest_id,
            mime=mime,
            manifest_store=bytes(manifest_store or b""),
        )

    def read(self, data: bytes, mime: str) -> C2paReport:
        """Read and validate credentials against this service's trust anchors. Never raises for
        bad input: an unreadable or damaged manifest is reported as 'Invalid'."""
        try:
            reader = c2pa.Reader.try_create(mime, io.BytesIO(data), context=self._context)
            if reader is None:
                return C2paReport(state="absent")
            with reader:
                store = json.loads(reader.json())
        except c2pa.C2paError as exc:
            return C2paReport(state="Invalid", errors=[str(exc)])
        return self._report(store)

    def _report(self, store: dict[str, Any]) -> C2paReport:
        manifest_id = store.get("active_manifest")
        manifest = store.get("manifests", {}).get(manifest_id) if manifest_id else None
        state = store.get("validation_state")
        if state not in ("Trusted", "Valid", "Invalid"):
            state = "Invalid"  # an unknown or missing state is never reported as good
        results = store.get("validation_results") or {}
        failures = (results.get("activeManifest") or {}).get("failure")
        if failures is None:
            failures = store.get("validation_status") or []
        errors = [f"{f.get('code')}: {f.get('explanation', '')}".rstrip(": ") for f in failures]
        if manifest is None:
            return C2paReport(
                state="Invalid",
                manifest_id=manifest_id,
                manifest_json=store,
                errors=errors or ["no active manifest"],
            )

        actions: list[dict[str, Any]] = []
        soft_binding = None
        assertion = disclosure = None
        for item in manifest.get("assertions", []):
            label, payload = _base_label(item.get("label", "")), item.get("data") or {}
            if label in ("c2pa.actions", "c2pa.actions.v2"):
                actions.extend(payload.get("actions", []))
            elif label == "c2pa.soft-binding" and payload.get("alg") == self.soft_binding_alg:
                blocks = payload.get("blocks") or [{}]
                soft_binding = soft_binding or blocks[0].get("value")
            elif label == GENERATION_ASSERTION:
                assertion = payload
            elif label == DISCLOSURE_ASSERTION:
                disclosure = payload
        info = manifest.get("signature_info") or {}
        ingredients = [ingredient_report(item) for item in manifest.get("ingredients") or []]
        return C2paReport(
            ingredients=ingredients,
            state=state,
            signer=info.get("common_name") or info.get("issuer"),
            actions=actions,
            manifest_id=manifest_id,
            soft_binding=soft_binding,
            assertion=assertion,
            manifest_json=store,
            errors=errors,
            disclosure=disclosure,
            timestamp=info.get("time"),
        )

    def self_check(self) -> C2paReport:
        """Sign and read back a tiny PNG, so a key, chain or trust misconfiguration fails at
        startup rather than on the first request. Raises ProvenanceError."""
        buf = io.BytesIO()
        Image.new("RGB", (16, 16), (128, 128, 128)).save(buf, format="PNG")
        facts = GenerationFacts(
            record_id="self-check",
            model="self-check",
            model_revision="0",
            watermark_id="0",
            created=dt.datetime.now(dt.UTC),
        )
        report = self.read(self.sign(buf.getvalue(), "image/png", facts).data, "image/png")
        expected = "Trusted" if self._trusts_anchors else "Valid"
        if report.state != expected:
            raise ProvenanceError(
                f"self-check read {report.state}, expected {expected}: {report.errors}"
            )
        return report

    def close(self) -> None:
        """Release the native signer and context."""
        if self._signer is not None:
            self._signer.close()
        self._context.close()
