"""`POST /v1/images/edits` decisions without Ray: multipart parsing, refusals by field name, and
input governance before any GPU work (the app over in-process backends, as in test_api.py)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import yaml
from fastapi.testclient import TestClient
from PIL import Image

from deployments.api import create_app
from deployments.api.service import ApiService
from deployments.settings import parse_settings
from governance.audit import open_store
from governance.limits import MemoryLimitStore
from tests.unit.test_api import REPO_ROOT, InProcessBackendsFake, _tenants_file, bearer

pytestmark = pytest.mark.unit


class ScreeningBackendsFake(InProcessBackendsFake):
    """Backends whose input screen is scripted; generation must never be reached here."""

    def __init__(self, verdict: str) -> None:
        super().__init__()
        self.verdict = verdict

    async def screen_input(self, data, mime, policy):
        self.calls.append("screen_input")
        return {
            "nsfw": {"decision": self.verdict, "reason": None, "scores": {}},
            "c2pa": {"state": "absent", "manifest_id": None},
            "watermark_record_id": None,
        }

    async def moderate(self, prompt, negative_prompt, policy):
        self.calls.append("moderate")
        raise AssertionError("a refused input must stop before moderation and generation")

    async def generate(self, model, params):
        self.calls.append("generate")
        raise AssertionError("no GPU work for a refused input")


def build(tmp_path: Path, verdict: str = "blocked") -> tuple[TestClient, ApiService, list]:
    local = yaml.safe_load((REPO_ROOT / "config" / "local.yaml").read_text())
    args = local["applications"][0]["args"]
    args["tenants"] = []
    args["tenants_file"] = str(_tenants_file(tmp_path / "tenants.yaml"))
    backends = ScreeningBackendsFake(verdict)
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    service = ApiService(parse_settings(args), backends, MemoryLimitStore(), audit=audit)
    return TestClient(create_app(service)), service, backends.calls


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


IMAGE = png(Image.fromarray(np.full((256, 256, 3), 128, np.uint8)))


def edit(client: TestClient, files=None, **fields):
    data = {"model": "tiny-sdxl", "prompt": "make it blue", **fields}
    files = files if files is not None else [("image", ("in.png", IMAGE, "image/png"))]
    return client.post(
        "/v1/images/edits", data=data, files=files, headers=bearer("globex", "generate")
    )


def test_an_nsfw_input_is_refused_before_any_gpu_work_and_audited(tmp_path):
    client, service, calls = build(tmp_path)
    answer = edit(client)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["param"] == "image"
    assert calls == ["screen_input"]
    [record] = service.audit.list()
    assert record.outcome == "refused" and record.reason == "input: content_policy_violation"
    assert record.params["endpoint"] == "image_edit"


@pytest.mark.parametrize(
    ("fields", "files", "param"),
    [
        ({"not_official": "1"}, None, "not_official"),
        ({"model": "tiny-janus"}, None, "model"),
        ({"background": "transparent"}, None, "background"),
        ({}, [("image", ("in.png", b"not an image", "image/png"))], "image"),
        (
            {},
            [
                ("image", ("in.png", IMAGE, "image/png")),
                ("mask", ("m.png", png(Image.new("RGBA", (64, 64))), "image/png")),
            ],
            "mask",
        ),
        (
            {},
            [
                ("image", ("in.png", IMAGE, "image/png")),
                ("markup", ("k.png", IMAGE, "image/png")),
            ],
            "markup",
        ),
        ({"n": "2", "stream": "true"}, None, "n"),
    ],
)
def test_refusals_name_their_field_before_any_work(tmp_path, fields, files, param):
    client, _, calls = build(tmp_path)
    answer = edit(client, files=files, **fields)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["param"] == param
    assert "generate" not in calls and "moderate" not in calls


def test_several_images_arrive_as_the_sdk_sends_them(tmp_path):
    client, service, calls = build(tmp_path)
    files = [("image[]", ("a.png", IMAGE, "image/png")), ("image[]", ("b.png", IMAGE, "image/png"))]
    answer = edit(client, files=files)
    assert answer.status_code == 400  # refused by the scripted screen, after reading both
    assert calls == ["screen_input", "screen_input"]
    assert service.audit.list()[0].params["inputs"] == 2
