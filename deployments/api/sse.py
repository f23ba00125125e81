"""Server-Sent Events as the `openai` SDK parses them (openai/_streaming.py): an `event:` line
naming the type, a `data:` line with the JSON object, which carries the same `type`; an error
is a data object with an `error` member, which the SDK raises as APIError."""

from __future__ import annotations

import json
from typing import Any

from governance.errors import ImprimaturError


def encode_event(data: dict[str, Any]) -> bytes:
    """One event; `data["type"]` names it (e.g. `image_generation.partial_image`)."""
    body = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return f"event: {data['type']}\ndata: {body}\n\n".encode()


def encode_error(error: ImprimaturError) -> bytes:
    """The stream's last event when it stops early: no image follows it."""
    detail = error.to_body()["error"]
    return encode_event({"type": "error", "error": {**detail, "status": error.status}})


def image_event(
    kind: str,
    stage: str,
    b64_json: str,
    *,
    created_at: int,
    size: str,
    quality: str,
    background: str,
    output_format: str,
    partial_image_index: int | None = None,
    usage: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`{kind}.partial_image` (with partial_image_index) or `{kind}.completed` (with usage);
    kind is `image_generation` or `image_edit`."""
    event: dict[str, Any] = {
        "type": f"{kind}.{stage}",
        "b64_json": b64_json,
        "created_at": created_at,
        "size": size,
        "quality": quality,
        "background": background,
        "output_format": output_format,
    }
    if stage == "partial_image":
        event["partial_image_index"] = partial_image_index
    else:
        event["usage"] = usage
    event.update(extra or {})
    return event
