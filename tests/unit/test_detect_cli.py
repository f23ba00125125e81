"""`imprimatur verify`: local validation, watermark decoding and audit lookup."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from skimage import data

from governance.audit import AuditRecord, open_store
from governance.certs import ensure_dev_ca
from governance.encoding import encode_image
from governance.provenance import ContentCredentials, GenerationFacts, SignerConfig
from governance.watermark import Watermarker
from imprimatur_cli.main import main

RECORD_ID = "00ff00ff00ff00ff"


@pytest.fixture(scope="module")
def signed_image(tmp_path_factory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("verify")
    certs = ensure_dev_ca(folder / "certs")
    pixels = np.asarray(Image.fromarray(data.astronaut()).resize((512, 512)))
    marked = Watermarker().embed(Image.fromarray(pixels), RECORD_ID)
    credentials = ContentCredentials(
        SignerConfig.from_files(certs.signer_chain, certs.signer_key, certs.root_cert)
    )
    facts = GenerationFacts(
        record_id=RECORD_ID,
        model="tiny-sdxl",
        model_revision="tiny-v1",
        watermark_id=RECORD_ID,
        created=dt.datetime.now(dt.UTC),
    )
    signed = credentials.sign(encode_image(marked, "png"), "image/png", facts)
    image = folder / "signed.png"
    image.write_bytes(signed.data)
    store = open_store(f"sqlite:///{folder / 'audit.db'}")
    store.append(
        AuditRecord(
            record_id=RECORD_ID,
            tenant="acme",
            model="tiny-sdxl",
            prompt="an astronaut",
            outcome="granted",
            policy_version="t",
            request_id="req_1",
            watermark_id=RECORD_ID,
            c2pa_manifest_id=signed.manifest_id,
        )
    )
    store.close()
    return image, certs.root_cert, folder / "audit.db"


def test_verify_signed_image_json(signed_image, capsys):
    image, root, database = signed_image
    code = main(
        [
            "verify",
            str(image),
            "--json",
            "--trust-anchors",
            str(root),
            "--store",
            f"sqlite:///{database}",
        ]
    )
    answer = json.loads(capsys.readouterr().out)
    assert code == 0
    assert answer["c2pa"]["state"] == "Trusted"
    assert answer["watermark"] == {"detected": True, "record_id": RECORD_ID}
    assert answer["record"]["record_id"] == RECORD_ID
    assert answer["record"]["private"]["tenant"] == "acme"
    disclosure = answer["c2pa"]["disclosure"]
    assert disclosure["provider"] == "Imprimatur" and disclosure["identifier"] == RECORD_ID
    assert disclosure["model"] == {"name": "tiny-sdxl", "version": "tiny-v1"}
    assert disclosure["created"].endswith("Z") and disclosure["system"]["name"] == "imprimatur"
    assert answer["c2pa"]["timestamp"] is None


def test_verify_prints_the_disclosure_fields(signed_image, capsys):
    image, root, _ = signed_image
    assert main(["verify", str(image), "--trust-anchors", str(root)]) == 0
    out = capsys.readouterr().out
    assert "provider:   Imprimatur" in out and "model:      tiny-sdxl tiny-v1" in out
    assert f"identifier: {RECORD_ID}" in out and "created:    20" in out


def test_verify_stripped_copy_finds_watermark(signed_image, tmp_path, capsys):
    image, _, _ = signed_image
    copy = tmp_path / "copy.jpg"
    Image.open(image).convert("RGB").save(copy, "JPEG", quality=70)
    assert main(["verify", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "C2PA:      absent" in out and f"Watermark: {RECORD_ID}" in out


def test_verify_without_anchor_is_valid_not_trusted(signed_image, capsys):
    image, _, _ = signed_image
    assert main(["verify", str(image), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["c2pa"]["state"] == "Valid"


def test_verify_unmarked_image_exits_1(tmp_path, capsys):
    plain = tmp_path / "plain.png"
    buffer = io.BytesIO()
    Image.fromarray(data.chelsea()).save(buffer, "PNG")
    plain.write_bytes(buffer.getvalue())
    assert main(["verify", str(plain)]) == 1
    assert "not detected" in capsys.readouterr().out


def test_verify_rejects_non_images(tmp_path, capsys):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert main(["verify", str(text)]) == 2
    assert "PNG, JPEG or WebP" in capsys.readouterr().err
