"""PNG signing through c2pa-rs's data-hashed flow (governance.c2pa_data_hash), with the real
native library, a real dev CA and real PNGs: the same manifest in the same place as
``Builder.sign``, read back Trusted, and no Python stream callbacks on the way."""

from __future__ import annotations

import datetime as dt
import io
import struct

import c2pa
import numpy as np
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image

from governance import c2pa_data_hash, provenance
from governance.c2pa_data_hash import AFTER_IHDR, DataHashError, ihdr_first
from governance.certs import DevCertPaths, make_dev_ca
from governance.encoding import encode_image
from governance.provenance import ContentCredentials, GenerationFacts, ProvenanceError, SignerConfig

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> DevCertPaths:
    return make_dev_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture(scope="module")
def credentials(ca: DevCertPaths) -> ContentCredentials:
    cc = ContentCredentials(SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert))
    yield cc
    cc.close()


@pytest.fixture(scope="module")
def png() -> bytes:
    rng = np.random.default_rng(11)
    return encode_image(rng.integers(0, 256, (160, 224, 3), dtype=np.uint8), "png", None)


def facts(record_id: str = "rec-dh-1") -> GenerationFacts:
    return GenerationFacts(
        record_id=record_id,
        model="tiny-sdxl",
        model_revision="3f2a9c1",
        watermark_id=record_id,
        created=dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC),
        tenant="acme",
    )


def chunks(data: bytes) -> list[tuple[bytes, int, bytes]]:
    out, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        out.append((data[at + 4 : at + 8], at, data[at + 8 : at + 8 + length]))
        at += 12 + length
    return out


def test_the_locked_c2pa_python_signs_pngs_natively() -> None:
    # If an upgrade of c2pa-python drops what this relies on, signing still works (through
    # streams) but slower; this test says so instead of letting it pass unnoticed.
    assert provenance._DATA_HASHED is not None


def test_signed_png_is_the_input_plus_one_manifest_chunk_after_ihdr(credentials, png) -> None:
    signed = credentials.sign(png, "image/png", facts())
    kinds = [kind for kind, _, _ in chunks(signed.data)]
    assert kinds[:2] == [b"IHDR", b"caBX"] and kinds.count(b"caBX") == 1
    (_, at, store) = chunks(signed.data)[1]
    assert at == AFTER_IHDR
    # the image bytes are untouched: cut the chunk out and the input comes back
    assert signed.data[:at] + signed.data[at + 12 + len(store) :] == png
    assert signed.manifest_store == store
    assert store[4:8] == b"jumb"  # a JUMBF superbox: the manifest store itself


def test_signed_png_reads_trusted_with_its_soft_binding(credentials, png) -> None:
    signed = credentials.sign(png, "image/png", facts("rec-dh-2"))
    report = credentials.read(signed.data, "image/png")
    assert report.state == "Trusted", report.errors
    assert report.soft_binding == "rec-dh-2"
    assert report.manifest_id == signed.manifest_id


def test_any_changed_image_byte_reads_invalid(credentials, png) -> None:
    signed = credentials.sign(png, "image/png", facts())
    idat = next(at for kind, at, _ in chunks(signed.data) if kind == b"IDAT")
    for offset in (idat + 8 + 5, len(signed.data) - 20):
        tampered = bytearray(signed.data)
        tampered[offset] ^= 0x01
        assert credentials.read(bytes(tampered), "image/png").state == "Invalid"


def test_matches_what_builder_sign_writes(credentials, png, monkeypatch) -> None:
    native = credentials.sign(png, "image/png", facts())
    monkeypatch.setattr(provenance, "_DATA_HASHED", None)
    streamed = credentials.sign(png, "image/png", facts())
    assert credentials.read(streamed.data, "image/png").state == "Trusted"
    native_kinds = [(kind, at) for kind, at, _ in chunks(native.data)][:2]
    streamed_kinds = [(kind, at) for kind, at, _ in chunks(streamed.data)][:2]
    assert native_kinds == streamed_kinds == [(b"IHDR", 8), (b"caBX", AFTER_IHDR)]


def test_no_python_stream_callbacks_for_a_png(credentials, png, monkeypatch) -> None:
    opened: list[object] = []
    real_init = c2pa.Stream.__init__

    def counting_init(self, *args, **kwargs):
        opened.append(args)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(c2pa.Stream, "__init__", counting_init)
    credentials.sign(png, "image/png", facts())
    assert opened == []
    # the JPEG path still goes through streams, which is what the counter sees
    jpeg = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 20, 30)).save(jpeg, format="JPEG")
    credentials.sign(jpeg.getvalue(), "image/jpeg", facts())
    assert opened


def test_a_png_callback_signer_signs_natively_and_its_failure_fails_closed(ca, png) -> None:
    key = ec.derive_private_key(1, ec.SECP256R1())  # not the chain's key
    calls: list[bytes] = []

    def wrong_key(data: bytes) -> bytes:
        calls.append(data)
        return key.sign(data, ec.ECDSA(hashes.SHA256()))

    cc = ContentCredentials(SignerConfig(cert_chain_path=ca.signer_chain, sign_callback=wrong_key))
    try:
        with pytest.raises(ProvenanceError):  # verify_after_sign catches the wrong key
            cc.sign(png, "image/png", facts())
        assert calls
    finally:
        cc.close()


def test_ihdr_first() -> None:
    assert not ihdr_first(b"")
    assert not ihdr_first(b"\xff\xd8\xff\xe0" + b"\0" * 64)  # a JPEG
    image = io.BytesIO()
    Image.new("RGB", (4, 4)).save(image, format="PNG")
    assert ihdr_first(image.getvalue())
    assert not ihdr_first(image.getvalue()[:AFTER_IHDR])  # nothing after IHDR


def test_sign_png_refuses_what_is_not_a_png(credentials) -> None:
    native = c2pa_data_hash.load()
    assert native is not None
    with c2pa.Builder({"claim_generator_info": [{"name": "t"}]}) as builder:
        with pytest.raises(DataHashError):
            native.sign_png(builder, credentials._signer, b"GIF89a" + b"\0" * 64)


def test_a_native_failure_is_a_provenance_error(credentials, png, monkeypatch) -> None:
    def failing_sign(*args):
        return -1

    native = c2pa_data_hash.load()
    native._sign = failing_sign
    monkeypatch.setattr(provenance, "_DATA_HASHED", native)
    with pytest.raises(ProvenanceError, match="signing failed"):
        credentials.sign(png, "image/png", facts())


def test_concurrent_signing_shares_one_signer(credentials, png) -> None:
    # The governor signs a request's images in parallel threads with one ContentCredentials:
    # each gets its own builder, all share the native signer (as Builder.sign does).
    from concurrent.futures import ThreadPoolExecutor

    ids = [f"rec-dh-par-{i}" for i in range(8)]
    with ThreadPoolExecutor(4) as pool:
        signed = list(pool.map(lambda i: credentials.sign(png, "image/png", facts(i)), ids))
    reports = [credentials.read(s.data, "image/png") for s in signed]
    assert [r.state for r in reports] == ["Trusted"] * len(ids)
    assert [r.soft_binding for r in reports] == ids
    assert len({s.manifest_id for s in signed}) == len(ids)
