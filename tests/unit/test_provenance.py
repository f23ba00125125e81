"""C2PA signing and reading with real c2pa-rs, a real dev CA and real PNG/JPEG/WebP encoders."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image

from governance.certs import DevCertPaths, make_dev_ca
from governance.provenance import (
    DIGITAL_SOURCE_TYPE,
    DISCLOSURE_ASSERTION,
    ENV_CERT,
    ENV_KEY,
    ENV_TRUST_ANCHORS,
    GENERATION_ASSERTION,
    ContentCredentials,
    GenerationFacts,
    ProvenanceError,
    SignerConfig,
)

pytestmark = pytest.mark.unit

FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WEBP"}


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> DevCertPaths:
    return make_dev_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture(scope="module")
def other_ca(tmp_path_factory: pytest.TempPathFactory) -> DevCertPaths:
    return make_dev_ca(tmp_path_factory.mktemp("other_ca"))


@pytest.fixture(scope="module")
def credentials(ca: DevCertPaths) -> ContentCredentials:
    cc = ContentCredentials(SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert))
    yield cc
    cc.close()


@pytest.fixture(scope="module")
def pixels() -> Image.Image:
    # Noise, so every format's payload is large and a flipped byte lands in image data.
    rng = np.random.default_rng(7)
    return Image.fromarray(rng.integers(0, 256, (192, 192, 3), dtype=np.uint8))


def encode(image: Image.Image, mime: str) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=FORMATS[mime])
    return buf.getvalue()


def make_facts(prompt: str | None = None, **overrides) -> GenerationFacts:
    values = dict(
        record_id="rec-0001",
        model="tiny-sdxl",
        model_revision="3f2a9c1",
        watermark_id="a1b2c3d4e5f60718",
        created=dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC),
        tenant="acme",
        prompt=prompt,
    )
    values.update(overrides)
    return GenerationFacts(**values)


@pytest.mark.parametrize("mime", list(FORMATS))
def test_sign_then_read_is_trusted_with_our_assertions(credentials, pixels, mime) -> None:
    source = encode(pixels, mime)
    signed = credentials.sign(source, mime, make_facts())
    assert signed.mime == mime and signed.data != source

    report = credentials.read(signed.data, mime)
    assert report.state == "Trusted", report.errors
    assert report.errors == []
    assert report.manifest_id == signed.manifest_id
    assert report.signer == "Imprimatur Dev C2PA Signer"

    created = [a for a in report.actions if a["action"] == "c2pa.created"]
    assert len(created) == 1
    assert created[0]["digitalSourceType"] == DIGITAL_SOURCE_TYPE
    assert created[0]["softwareAgent"] == {"name": "tiny-sdxl", "version": "3f2a9c1"}
    assert created[0]["when"] == "2025-06-01T12:00:00Z"
    assert any(a["action"] == "c2pa.watermarked.bound" for a in report.actions)
    assert report.soft_binding == "a1b2c3d4e5f60718"
    assert report.assertion["record_id"] == "rec-0001"
    assert report.assertion["model"] == "tiny-sdxl"
    assert report.assertion["tenant"] == "acme"

    manifest = report.manifest_json["manifests"][report.manifest_id]
    generator = manifest["claim_generator_info"][0]
    assert generator["name"] == "imprimatur" and generator["version"]
    assert "thumbnail" not in manifest  # the builder setting took effect

    # The credentials ride along without changing what the image shows.
    decoded = Image.open(io.BytesIO(signed.data))
    assert decoded.size == pixels.size
    if mime == "image/png":
        assert np.array_equal(np.asarray(decoded.convert("RGB")), np.asarray(pixels))


@pytest.mark.parametrize("mime", list(FORMATS))
def test_tampered_image_reads_invalid(credentials, pixels, mime) -> None:
    data = bytearray(credentials.sign(encode(pixels, mime), mime, make_facts()).data)
    data[len(data) * 3 // 4] ^= 0xFF
    report = credentials.read(bytes(data), mime)
    assert report.state == "Invalid"
    assert any("dataHash.mismatch" in e for e in report.errors)


@pytest.mark.parametrize("mime", list(FORMATS))
def test_unsigned_image_reads_absent(credentials, pixels, mime) -> None:
    report = credentials.read(encode(pixels, mime), mime)
    assert report.state == "absent" and report.manifest_id is None


def test_unparseable_bytes_read_invalid_without_raising(credentials) -> None:
    report = credentials.read(b"definitely not a png", "image/png")
    assert report.state == "Invalid" and report.errors


def test_signer_from_another_root_is_valid_but_not_trusted(credentials, other_ca, pixels) -> None:
    outsider = ContentCredentials(
        SignerConfig.from_files(other_ca.signer_chain, other_ca.signer_key, other_ca.root_cert)
    )
    signed = outsider.sign(encode(pixels, "image/png"), "image/png", make_facts())
    assert outsider.read(signed.data, "image/png").state == "Trusted"  # under its own anchor

    report = credentials.read(signed.data, "image/png")
    assert report.state == "Valid"
    assert any(e.startswith("signingCredential.untrusted") for e in report.errors)


def test_without_trust_anchors_our_own_images_read_valid(ca, pixels) -> None:
    cc = ContentCredentials(SignerConfig.from_files(ca.signer_chain, ca.signer_key))
    signed = cc.sign(encode(pixels, "image/png"), "image/png", make_facts())
    assert cc.read(signed.data, "image/png").state == "Valid"
    assert cc.self_check().state == "Valid"


def test_prompt_is_written_only_when_given(credentials, pixels) -> None:
    source = encode(pixels, "image/png")
    without = credentials.sign(source, "image/png", make_facts(prompt=None))
    assertion = credentials.read(without.data, "image/png").assertion
    assert "prompt" not in assertion
    assert b"prompt" not in without.data

    prompt = "a lighthouse at dusk, oil painting"
    with_prompt = credentials.sign(source, "image/png", make_facts(prompt=prompt))
    assert credentials.read(with_prompt.data, "image/png").assertion["prompt"] == prompt


def test_extra_facts_land_in_the_project_assertion(credentials, pixels) -> None:
    facts = make_facts(extra={"policy": "default", "seed": 42}, tenant=None)
    signed = credentials.sign(encode(pixels, "image/png"), "image/png", facts)
    manifest = credentials.read(signed.data, "image/png").manifest_json
    assertions = manifest["manifests"][manifest["active_manifest"]]["assertions"]
    ours = next(a["data"] for a in assertions if a["label"] == GENERATION_ASSERTION)
    assert ours["extra"] == {"policy": "default", "seed": 42}
    assert "tenant" not in ours


def test_garbage_key_raises(ca, tmp_path: Path) -> None:
    bad_key = tmp_path / "bad.key"
    bad_key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    with pytest.raises(ProvenanceError):
        ContentCredentials(SignerConfig.from_files(ca.signer_chain, bad_key))


def test_key_that_does_not_match_the_chain_raises(ca, other_ca) -> None:
    with pytest.raises(ProvenanceError, match="does not match"):
        ContentCredentials(SignerConfig.from_files(ca.signer_chain, other_ca.signer_key))


def test_missing_key_file_raises(ca, tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError):
        ContentCredentials(SignerConfig.from_files(ca.signer_chain, tmp_path / "absent.key"))


def test_unsupported_format_raises(credentials) -> None:
    with pytest.raises(ProvenanceError):
        credentials.sign(b"GIF89a", "image/gif", make_facts())


def test_signer_config_needs_exactly_one_key_source(ca) -> None:
    with pytest.raises(ValueError):
        SignerConfig(cert_chain_path=ca.signer_chain)
    with pytest.raises(ValueError):
        SignerConfig(
            cert_chain_path=ca.signer_chain, key_path=ca.signer_key, sign_callback=lambda b: b
        )


def test_env_pem_signer(ca, pixels, monkeypatch) -> None:
    monkeypatch.setenv(ENV_CERT, ca.signer_chain.read_text())
    # One-line secrets with escaped newlines are accepted too.
    monkeypatch.setenv(ENV_KEY, ca.signer_key.read_text().replace("\n", "\\n"))
    monkeypatch.setenv(ENV_TRUST_ANCHORS, ca.root_cert.read_text())
    config = SignerConfig.from_env()
    assert "PRIVATE KEY" not in repr(config)
    cc = ContentCredentials(config)
    signed = cc.sign(encode(pixels, "image/jpeg"), "image/jpeg", make_facts())
    assert cc.read(signed.data, "image/jpeg").state == "Trusted"


def test_env_signer_requires_both_variables(monkeypatch) -> None:
    monkeypatch.delenv(ENV_CERT, raising=False)
    monkeypatch.setenv(ENV_KEY, "x")
    with pytest.raises(ValueError, match=ENV_CERT):
        SignerConfig.from_env()


def _kms_like(ca: DevCertPaths):
    """Stands in for a KMS/HSM: holds the key privately and only returns signatures."""
    key = serialization.load_pem_private_key(ca.signer_key.read_bytes(), password=None)
    calls: list[int] = []

    def sign(data: bytes) -> bytes:
        calls.append(len(data))
        return key.sign(data, ec.ECDSA(hashes.SHA256()))

    return sign, calls


def test_callback_signer(ca, pixels) -> None:
    sign, calls = _kms_like(ca)
    config = SignerConfig(
        cert_chain_pem=ca.signer_chain.read_text(),
        sign_callback=sign,
        trust_anchors_path=ca.root_cert,
    )
    cc = ContentCredentials(config)
    signed = cc.sign(encode(pixels, "image/webp"), "image/webp", make_facts())
    assert calls
    assert cc.read(signed.data, "image/webp").state == "Trusted"


def test_failing_callback_signer_raises_with_its_cause(ca, pixels) -> None:
    class KmsUnavailable(Exception):
        pass

    def sign(data: bytes) -> bytes:
        raise KmsUnavailable("kms timed out")

    cc = ContentCredentials(SignerConfig(cert_chain_path=ca.signer_chain, sign_callback=sign))
    with pytest.raises(ProvenanceError) as info:
        cc.sign(encode(pixels, "image/png"), "image/png", make_facts())
    assert isinstance(info.value.__cause__, KmsUnavailable)
    assert "provenance" in info.value.to_body()["error"]["message"]
    assert "kms" not in info.value.to_body()["error"]["message"]  # no internals to clients


def test_callback_with_the_wrong_key_raises(ca, other_ca, pixels) -> None:
    wrong_sign, _ = _kms_like(other_ca)
    cc = ContentCredentials(SignerConfig(cert_chain_path=ca.signer_chain, sign_callback=wrong_sign))
    with pytest.raises(ProvenanceError):
        cc.sign(encode(pixels, "image/png"), "image/png", make_facts())


def test_self_check(credentials) -> None:
    assert credentials.self_check().state == "Trusted"


@pytest.mark.parametrize("mime", list(FORMATS))
def test_manifest_carries_the_disclosure_fields(ca, pixels, mime) -> None:
    # SB 942 22757.3(b): provider name, system name and version, creation time, unique id
    credentials = ContentCredentials(
        SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert),
        provider="Example Images Ltd",
    )
    signed = credentials.sign(encode(pixels, mime), mime, make_facts())
    report = credentials.read(signed.data, mime)
    assert report.state == "Trusted", report.errors
    disclosure = report.disclosure
    assert disclosure is not None
    assert disclosure["ai_generated"] is True
    assert disclosure["provider"] == "Example Images Ltd"
    assert disclosure["system"] == {"name": "imprimatur", "version": credentials.generator_version}
    assert disclosure["system"]["version"]
    assert disclosure["model"] == {"name": "tiny-sdxl", "version": "3f2a9c1"}
    assert disclosure["created"] == "2025-06-01T12:00:00Z"
    assert disclosure["identifier"] == "rec-0001"
    assert disclosure["manifest_id"] == signed.manifest_id
    labels = [
        a["label"] for a in report.manifest_json["manifests"][report.manifest_id]["assertions"]
    ]
    assert DISCLOSURE_ASSERTION in labels
    assert report.timestamp is None  # no time-stamping authority by default
    credentials.close()


def test_default_provider_and_empty_provider(credentials, ca, pixels) -> None:
    signed = credentials.sign(encode(pixels, "image/png"), "image/png", make_facts())
    assert credentials.read(signed.data, "image/png").disclosure["provider"] == "Imprimatur"
    with pytest.raises(ProvenanceError):
        ContentCredentials(
            SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert), provider=" "
        )


class _TsaRecorder(http.server.BaseHTTPRequestHandler):
    """Records what reaches a time-stamping authority, then answers 503 (there is no real TSA)."""

    requests: list[tuple[str, str | None, bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.requests.append((self.path, self.headers.get("Content-Type"), body))
        self.send_response(503)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def tsa_url() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _TsaRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _TsaRecorder.requests = []
    yield f"http://127.0.0.1:{server.server_port}/tsr"
    server.shutdown()
    server.server_close()


def test_tsa_url_is_absent_by_default(ca) -> None:
    assert SignerConfig.from_files(ca.signer_chain, ca.signer_key).tsa_url is None
    assert SignerConfig.from_env({ENV_CERT: "x", ENV_KEY: "y"}).tsa_url is None


def test_tsa_url_reaches_the_time_stamping_authority_and_fails_closed(ca, pixels, tsa_url) -> None:
    # no network here: a local recorder stands in for the TSA, and its refusal must fail signing
    config = SignerConfig.from_files(ca.signer_chain, ca.signer_key, ca.root_cert, tsa_url=tsa_url)
    credentials = ContentCredentials(config)
    assert credentials.tsa_url == tsa_url
    with pytest.raises(ProvenanceError):
        credentials.sign(encode(pixels, "image/png"), "image/png", make_facts())
    [(path, content_type, body)] = _TsaRecorder.requests
    assert path == "/tsr" and content_type == "application/timestamp-query"
    assert body[0] == 0x30  # a DER SEQUENCE: the RFC 3161 TimeStampReq
    credentials.close()


def test_tsa_url_through_a_callback_signer_and_bad_urls(ca, pixels, tsa_url) -> None:
    key = serialization.load_pem_private_key(ca.signer_key.read_bytes(), password=None)
    config = SignerConfig(
        cert_chain_path=ca.signer_chain,
        sign_callback=lambda data: key.sign(data, ec.ECDSA(hashes.SHA256())),
        trust_anchors_path=ca.root_cert,
        tsa_url=tsa_url,
    )
    credentials = ContentCredentials(config)
    with pytest.raises(ProvenanceError):
        credentials.sign(encode(pixels, "image/png"), "image/png", make_facts())
    assert len(_TsaRecorder.requests) == 1
    credentials.close()
    with pytest.raises(ValueError, match="tsa_url"):
        SignerConfig.from_files(ca.signer_chain, ca.signer_key, tsa_url="ftp://tsa.example")
