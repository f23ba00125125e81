"""SSE encoding, checked by the `openai` SDK's own parser and event types (no server, no Ray)."""

from __future__ import annotations

import httpx
import openai
import pytest
from openai._streaming import SSEDecoder
from openai.types.image_edit_stream_event import ImageEditStreamEvent
from openai.types.image_gen_stream_event import ImageGenStreamEvent
from pydantic import TypeAdapter

from deployments.api.sse import encode_error, encode_event, image_event
from deployments.protocol import GenerationOutput
from governance.errors import ContentPolicyViolation

pytestmark = pytest.mark.unit

COMMON = {"size": "256x256", "quality": "medium", "background": "opaque", "output_format": "png"}
USAGE = GenerationOutput(images=[], input_text_tokens=5, output_image_tokens=256).usage()


def decode(payload: bytes) -> list:
    return list(SSEDecoder().iter_bytes(iter([payload])))


@pytest.mark.parametrize(
    ("kind", "adapter"),
    [("image_generation", ImageGenStreamEvent), ("image_edit", ImageEditStreamEvent)],
)
def test_events_parse_as_the_sdk_types(kind, adapter):
    partial = image_event(
        kind, "partial_image", "AAAA", created_at=1, partial_image_index=0, **COMMON
    )
    done = image_event(kind, "completed", "BBBB", created_at=2, usage=USAGE, **COMMON)
    events = decode(encode_event(partial) + encode_event(done))
    parsed = [TypeAdapter(adapter).validate_python(sse.json()) for sse in events]
    assert [sse.event for sse in events] == [f"{kind}.partial_image", f"{kind}.completed"]
    assert parsed[0].partial_image_index == 0 and parsed[0].b64_json == "AAAA"
    assert parsed[1].usage.input_tokens == 5 and parsed[1].usage.output_tokens == 256
    assert parsed[1].usage.total_tokens == 261


def test_an_error_event_is_raised_by_the_sdk_stream():
    body = encode_event(
        image_event(
            "image_generation", "partial_image", "AA", created_at=1, partial_image_index=0, **COMMON
        )
    )
    body += encode_error(ContentPolicyViolation("refused (nsfw)", param="prompt"))
    client = openai.OpenAI(api_key="x", base_url="http://test/v1")
    request = httpx.Request("POST", "http://test/v1/images/generations")
    response = httpx.Response(
        200, content=body, request=request, headers={"content-type": "text/event-stream"}
    )
    stream = openai.Stream(cast_to=ImageGenStreamEvent, response=response, client=client)
    seen = []
    with pytest.raises(openai.APIError, match="refused"):
        for event in stream:
            seen.append(event.type)
    assert seen == ["image_generation.partial_image"]
