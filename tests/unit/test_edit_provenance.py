"""Edits' inputs without Ray: mask rules, moderation `low`, and C2PA ingredients that keep
each input's own validation result (real c2pa-rs, real dev CA)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import numpy as np
import pytest
from PIL import Image

from governance.certs import make_dev_ca
from governance.edit_inputs import read_input_image, read_mask
from governance.errors import InvalidRequestError
from governance.moderation.categories import ALWAYS_REFUSED, DEFAULT_THRESHOLDS
from governance.moderation.policy import ModerationPolicy, relax
from governance.provenance import (
    COMPOSITE_SOURCE_TYPE,
    ContentCredentials,
    GenerationFacts,
    InputIngredient,
    SignerConfig,
)
from governance.tenants import TenantPolicy

pytestmark = pytest.mark.unit


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def noise(seed: int = 0, size: int = 96) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (size, size, 3), dtype=np.uint8))


def test_mask_alpha_zero_marks_the_edit():
    alpha = np.full((96, 96), 255, np.uint8)
    alpha[:10] = 0
    rgba = Image.fromarray(np.dstack([np.zeros((96, 96, 3), np.uint8), alpha]), "RGBA")
    mask = read_mask(png(rgba), (96, 96))
    assert (mask[:10] == 255).all() and (mask[10:] == 0).all()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (png(noise()), "invalid_mask"),  # no alpha channel
        (png(Image.new("RGBA", (32, 32))), "invalid_mask"),  # wrong size
        (b"GIF89a....", "invalid_mask"),  # not a PNG
    ],
)
def test_bad_masks_name_mask(data, code):
    with pytest.raises(InvalidRequestError) as info:
        read_mask(data, (96, 96))
    assert info.value.param == "mask" and info.value.code == code


def test_inputs_must_be_images():
    with pytest.raises(InvalidRequestError) as info:
        read_input_image(b"not an image", "image/png", "x")
    assert info.value.param == "image"
    assert read_input_image(png(noise()), "image/png", "x").size == (96, 96)


def test_moderation_low_relaxes_only_what_the_policy_allows_and_never_the_floor():
    tenant = TenantPolicy(
        moderation_low={"thresholds": {"violence/graphic": 0.9}, "refuse": ["hate", ALWAYS_REFUSED]}
    )
    low = tenant.moderation_for("low")
    assert low.thresholds["violence/graphic"] == 0.9
    assert tenant.moderation_for("auto") == tenant.moderation
    assert ALWAYS_REFUSED in low.refuse and "hate" in low.refuse
    assert "violence/graphic" not in low.refuse
    assert low.thresholds[ALWAYS_REFUSED] <= DEFAULT_THRESHOLDS[ALWAYS_REFUSED]
    assert relax(ModerationPolicy(), None) == ModerationPolicy()  # nothing allowed: unchanged
    with pytest.raises(ValueError):
        TenantPolicy(moderation_low={"thresholds": {ALWAYS_REFUSED: 0.99}})


@pytest.fixture(scope="module")
def credentials(tmp_path_factory):
    ca = make_dev_ca(tmp_path_factory.mktemp("ca"))
    cc = ContentCredentials(SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert))
    yield cc
    cc.close()


def facts(**extra) -> GenerationFacts:
    return GenerationFacts(
        record_id="a" * 16,
        model="tiny-sdxl",
        model_revision="1",
        watermark_id="a" * 16,
        created=dt.datetime.now(dt.UTC),
        **extra,
    )


def test_an_edit_keeps_each_inputs_own_validation(credentials):
    signed = credentials.sign(png(noise(1)), "image/png", facts()).data
    broken = bytearray(signed)
    broken[-200] ^= 0xFF  # pixel data changed after signing: its manifest no longer matches
    inputs = (
        InputIngredient(bytes(broken), "image/png", "parent.png"),
        InputIngredient(png(noise(2)), "image/png", "plain.png"),
    )
    child = credentials.sign(png(noise(3)), "image/png", facts(ingredients=inputs))
    report = credentials.read(child.data, "image/png")
    assert report.state == "Trusted"  # the new manifest itself is fine ...
    by_title = {i["title"]: i for i in report.ingredients}
    assert by_title["parent.png"]["relationship"] == "parentOf"
    assert by_title["parent.png"]["state"] == "Invalid"  # ... its parent's is not, and says so
    assert any("dataHash.mismatch" in e for e in by_title["parent.png"]["errors"])
    assert by_title["plain.png"] == {**by_title["plain.png"], "state": "absent"}
    assert by_title["plain.png"]["relationship"] == "componentOf"
    actions = [a["action"] for a in report.actions]
    assert actions[:3] == ["c2pa.opened", "c2pa.edited", "c2pa.placed"]
    assert report.actions[1]["digitalSourceType"] == COMPOSITE_SOURCE_TYPE


def test_a_valid_parent_reads_trusted(credentials):
    parent = credentials.sign(png(noise(4)), "image/png", facts()).data
    one = (InputIngredient(parent, "image/png", "p.png"),)
    child = credentials.sign(
        png(noise(5)), "image/png", dataclasses.replace(facts(), ingredients=one)
    )
    [ingredient] = credentials.read(child.data, "image/png").ingredients
    assert ingredient["state"] == "Trusted" and ingredient["manifest_id"]
