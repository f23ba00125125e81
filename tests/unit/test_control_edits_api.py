"""`control` on `POST /v1/images/edits` without Ray: a JSON form field, or the `control[...]`
fields the real `openai` SDK sends for an `extra_body` dict; governed like the generations'
control (the edit's size, NSFW screen, lineage after the inputs', the ControlNet credited)."""

from __future__ import annotations

import base64
import hashlib
import json

import numpy as np
import openai
import pytest
from PIL import Image

from tests.unit.test_adapters_api import CONTROL, RecordingBackendsFake, build_api, error_of
from tests.unit.test_api import bearer
from tests.unit.test_edits_api import IMAGE, png

pytestmark = pytest.mark.unit


class BlockingFake(RecordingBackendsFake):
    """Blocks (NSFW) exactly the image `blocked`; passes the others."""

    blocked: bytes | None = None

    async def screen_input(self, data, mime, policy):
        found = await super().screen_input(data, mime, policy)
        if data == self.blocked:
            found["nsfw"]["decision"] = "blocked"
        return found


@pytest.fixture
def api(tmp_path):
    return build_api(tmp_path, BlockingFake())


def edit(client, control, model="tiny-sdxl", tenant="acme"):
    data = {"model": model, "prompt": "make it blue", "size": "256x256", "control": control}
    files = [("image", ("in.png", IMAGE, "image/png"))]
    return client.post(
        "/v1/images/edits", data=data, files=files, headers=bearer(tenant, "generate")
    )


def test_a_json_control_field_reaches_the_model_with_the_edit(api):
    client, service, backends, registry = api
    error_of(edit(client, json.dumps(CONTROL)), 503)
    (params,) = backends.generated
    assert params.is_edit and params.image.shape == (256, 256, 3)
    control = params.control
    assert (control.type, control.id, control.scale) == ("canny", "studio/canny", 0.8)
    assert control.sha256 == registry.get("studio/canny").sha256
    assert control.image.shape == (256, 256, 3)  # edges at the edit's size
    (record,) = service.audit.list(tenant="acme")
    assert record.params["endpoint"] == "image_edit"
    (entry,) = record.params["adapters"]
    assert (
        entry["kind"] == "controlnet" and entry["image_sha256"] == hashlib.sha256(IMAGE).hexdigest()
    )
    assert [(i["index"], i["relationship"]) for i in record.params["lineage"]] == [
        (0, "parentOf"),
        (1, "inputTo"),
    ]
    assert record.params["control_nsfw"] == "passed"
    assert record.params["input_nsfw"] == ["passed"]


def test_the_openai_sdk_extra_body_dict_is_understood(api):
    client, _, backends, _ = api
    sdk = openai.OpenAI(
        base_url="http://testserver/v1",
        api_key="unused",
        default_headers=bearer("acme", "generate"),
        http_client=client,
        max_retries=0,
    )
    with pytest.raises(openai.InternalServerError):  # the fake model answers 503
        sdk.images.edit(
            model="tiny-sdxl",
            image=("in.png", IMAGE, "image/png"),
            prompt="make it blue",
            size="256x256",
            extra_body={"control": CONTROL},  # sent as control[type], control[image], ...
        )
    (params,) = backends.generated
    assert params.control.type == "canny" and params.control.scale == 0.8


def test_control_errors_on_edits_name_the_field(api):
    client, service, backends, _ = api
    assert edit(client, "{").status_code == 400
    error = error_of(edit(client, json.dumps({**CONTROL, "type": "depth"})), 400)
    assert error["param"] == "control.type"  # a known type, but this model has no such ControlNet
    assert edit(client, json.dumps({**CONTROL, "type": "scribble"})).status_code == 400
    error = error_of(edit(client, json.dumps({**CONTROL, "image": "no!"})), 400)
    assert error["param"] == "control.image"
    other = png(Image.fromarray(np.full((64, 64, 3), 7, np.uint8)))
    backends.blocked = other  # the edit's input passes, the control image does not
    control = {**CONTROL, "image": base64.b64encode(other).decode()}
    error = error_of(edit(client, json.dumps(control)), 400)
    assert error["code"] == "content_policy_violation" and error["param"] == "control.image"
    assert backends.generated == []
    (refused,) = service.audit.list(tenant="acme")
    assert refused.outcome == "refused"


def test_an_edit_with_no_denoising_step_left_is_400_not_500(api):
    client, _, backends, _ = api
    data = {"model": "tiny-sdxl", "prompt": "x", "num_inference_steps": "1"}
    files = [("image", ("in.png", IMAGE, "image/png"))]
    answer = client.post(
        "/v1/images/edits", data=data, files=files, headers=bearer("acme", "generate")
    )
    assert error_of(answer, 400)["param"] == "num_inference_steps"  # 1 x 0.7 -> no step
    assert backends.generated == []
