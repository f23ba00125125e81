"""Adapters in the provenance: the governed pipeline (real NSFW filter, watermark, C2PA signer)
writes each adapter's id and SHA-256 into the signed manifest, and the detection tool shows
them from the image alone."""

from __future__ import annotations

import base64
import io

import pytest
from PIL import Image

from governance.adapters import AdapterUse
from governance.detection import inspect_image
from governance.watermark import Watermarker
from tests.unit import test_fail_closed as fail_closed
from tests.unit.test_fail_closed import facts, governor, make_pipeline, run

# the fail-closed tests' real components, as fixtures of this module
certs = fail_closed.certs
credentials = fail_closed.credentials
detector = fail_closed.detector
store = fail_closed.store

pytestmark = pytest.mark.unit

USES = (AdapterUse("acme/brand-v2", "ab" * 32, 0.8), AdapterUse("globex/style", "cd" * 32, 1.0))


def test_adapters_are_in_the_manifest_and_shown_by_the_detection_tool(
    moderator,
    detector,
    credentials,
    store,
):
    adapters = tuple(use.record() for use in USES)
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    result = run(pipeline, facts(adapters=adapters))
    (image,) = result.images
    found = inspect_image(image.data, image.mime, credentials, Watermarker())
    assert found["c2pa"]["state"] == "Trusted"
    assert found["c2pa"]["adapters"] == [
        {"id": "acme/brand-v2", "sha256": "ab" * 32, "scale": 0.8},
        {"id": "globex/style", "sha256": "cd" * 32, "scale": 1.0},
    ]
    # the manifest store kept in the audit record says the same
    (record,) = result.records
    store_bytes = base64.b64decode(record.c2pa_manifest)
    assert b"acme/brand-v2" in store_bytes and ("ab" * 32).encode() in store_bytes
    Image.open(io.BytesIO(image.data)).verify()


def test_requests_without_adapters_have_none_in_the_manifest(
    moderator,
    detector,
    credentials,
    store,
):
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    (image,) = run(pipeline, facts()).images
    report = credentials.read(image.data, image.mime)
    assert report.assertion is not None and "adapters" not in report.assertion
