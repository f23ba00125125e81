"""The images answer's body, assembled around the base64 text (deployments/api/image_body.py):
byte for byte what Starlette's JSONResponse would send, and what the openai client parses."""

from __future__ import annotations

import base64
import json
import os

import httpx
import openai
import pytest
from fastapi.responses import JSONResponse

from deployments.api.image_body import images_json, images_response


def _fields(**extra):
    return {
        "created": 1764600000,
        "data": None,
        "background": "opaque",
        "output_format": "png",
        "quality": "medium",
        "size": "256x256",
        "usage": {
            "input_tokens": 9,
            "input_tokens_details": {"image_tokens": 0, "text_tokens": 9},
            "output_tokens": 256,
            "output_tokens_details": {"image_tokens": 256, "text_tokens": 0},
            "total_tokens": 265,
        },
        "model": "tiny-sdxl",
        "seed": 7,
        "request_id": "req_abc",
        **extra,
    }


def _as_json_response(fields, images) -> bytes:
    data = [
        {"b64_json": base64.b64encode(blob).decode("ascii"), "record_id": record_id}
        for blob, record_id in images
    ]
    return JSONResponse({**fields, "data": data}).body


@pytest.mark.parametrize("count", [1, 2, 4])
def test_same_bytes_as_json_response(count: int) -> None:
    images = [(os.urandom(1000 + 37 * i), f"rec_{i:026d}") for i in range(count)]
    fields = _fields()
    assert images_json(fields, images) == _as_json_response(fields, images)


def test_strings_that_need_escaping_are_escaped_as_json_response_does() -> None:
    # A client-chosen safety_identifier: quotes, backslashes, control and non-ASCII characters.
    fields = _fields(safety_identifier='a "quoted" \\ user\n\x00\u2028 é 文字 \U0001f600')
    images = [(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), 'odd "id"')]
    body = images_json(fields, images)
    assert body == _as_json_response(fields, images)
    parsed = json.loads(body)
    assert parsed["safety_identifier"] == fields["safety_identifier"]
    assert parsed["data"][0]["record_id"] == 'odd "id"'
    assert base64.b64decode(parsed["data"][0]["b64_json"]) == images[0][0]


def test_key_order_kept_and_data_appended_when_absent() -> None:
    fields = _fields()
    images = [(b"img", "rec_1")]
    assert list(json.loads(images_json(fields, images))) == list(fields)
    without = {k: v for k, v in fields.items() if k != "data"}
    parsed = json.loads(images_json(without, images))
    assert list(parsed)[-1] == "data"
    assert parsed["data"] == [{"b64_json": base64.b64encode(b"img").decode(), "record_id": "rec_1"}]


def test_no_images_is_an_empty_list() -> None:
    assert json.loads(images_json(_fields(), []))["data"] == []


def test_nan_is_refused_as_json_response_refuses_it() -> None:
    with pytest.raises(ValueError):
        images_json(_fields(seed=float("nan")), [(b"x", "r")])


def test_the_openai_client_reads_the_answer() -> None:
    blobs = [os.urandom(5000), os.urandom(7000)]
    images = [(blob, f"rec_{i}") for i, blob in enumerate(blobs)]
    response = images_response(_fields(), images, {"Server-Timing": "total;dur=1.0"})
    assert response.headers["content-type"] == "application/json"
    assert int(response.headers["content-length"]) == len(response.body)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=response.body, headers=dict(response.headers))

    client = openai.OpenAI(
        base_url="http://imprimatur.test/v1",
        api_key="k",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    result = client.images.generate(model="tiny-sdxl", prompt="a fox", response_format="b64_json")
    assert [base64.b64decode(item.b64_json) for item in result.data] == blobs
    assert result.model_extra["request_id"] == "req_abc"
    assert result.usage.output_tokens == 256
