"""The detection tool: what an image says about its origin, even with its metadata stripped.

`inspect_image` reads the C2PA manifest (validated against our trust anchors) and decodes the
invisible watermark. The manifest's disclosure fields (provider, system name and version, model,
creation time, unique identifier: California SB 942 22757.3(b), the EU marking code) and its
RFC 3161 timestamp, if any, are shown as the manifest claims them: as trustworthy as `state`.
`describe_record` turns the audit record it points to into the answer,
showing tenant-private fields only to that tenant (and auditors).
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, UnidentifiedImageError

from governance.audit import AuditRecord
from governance.errors import InvalidRequestError
from governance.provenance import ContentCredentials
from governance.watermark import Watermarker

SUPPORTED_UPLOADS = {"image/png", "image/jpeg", "image/webp"}
# 64 MP: more than any camera or generator here makes, far below what would exhaust a replica
MAX_UPLOAD_PIXELS = 64_000_000
_SNIFF = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"RIFF": "image/webp"}


def sniff_mime(data: bytes, declared: str | None) -> str:
    """The image's real type from its magic bytes; the declared Content-Type is only a hint."""
    for magic, mime in _SNIFF.items():
        if data.startswith(magic) and (mime != "image/webp" or data[8:12] == b"WEBP"):
            return mime
    declared_text = f" (declared {declared})" if declared else ""
    raise InvalidRequestError(
        f"Upload a PNG, JPEG or WebP image{declared_text}.", param="file", code="invalid_image"
    )


def inspect_image(
    data: bytes, mime: str, credentials: ContentCredentials, watermarker: Watermarker
) -> dict[str, Any]:
    report = credentials.read(data, mime)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_UPLOAD_PIXELS:
                # a few kB of PNG can claim gigapixels: refuse before decoding a byte of it
                raise InvalidRequestError(
                    f"The image is too large to inspect (over {MAX_UPLOAD_PIXELS} pixels).",
                    param="file",
                    code="image_too_large",
                )
            image.load()
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise InvalidRequestError(
            "The upload is not a readable image.", param="file", code="invalid_image"
        ) from exc
    record_id = watermarker.decode(rgb)
    claimed = (report.assertion or {}).get("record_id") if report.state in ("Trusted",) else None
    return {
        "c2pa": {
            "state": report.state,
            "signer": report.signer,
            "actions": report.actions,
            "manifest_id": report.manifest_id,
            "soft_binding": report.soft_binding,
            "disclosure": report.disclosure,
            # LoRA adapters the manifest names (id, sha256, scale): as trustworthy as `state`
            "adapters": (report.assertion or {}).get("adapters", []),
            "timestamp": report.timestamp,
            "errors": report.errors,
            # an edit's inputs, each with its own validation result (lineage)
            "ingredients": report.ingredients,
            # The manifest store as c2pa reads it (assertions, validation codes): it comes from
            # the uploaded file itself, so showing it reveals nothing the caller lacks.
            "manifest_store": report.manifest_json,
        },
        "watermark": {"detected": record_id is not None, "record_id": record_id},
        "manifest_record_id": claimed,
        "width": rgb.width,
        "height": rgb.height,
    }


PUBLIC_FIELDS = ("record_id", "model", "model_revision", "created", "c2pa_manifest_id")
PRIVATE_FIELDS = (
    "tenant",
    "prompt",
    "prompt_sha256",
    "negative_prompt",
    "params",
    "moderation",
    "nsfw",
    "image_sha256",
    "policy_version",
    "request_id",
    "watermark_reliable",
)


def describe_record(record: AuditRecord, provider: str, show_private: bool) -> dict[str, Any]:
    """The public facts of a generated image, plus its private ones when allowed."""
    data = record.model_dump(mode="json")
    answer: dict[str, Any] = {"provider": provider, "ai_generated": True}
    answer.update({name: data[name] for name in PUBLIC_FIELDS})
    if show_private:
        answer["private"] = {name: data[name] for name in PRIVATE_FIELDS}
    return answer
