"""The request pipeline fails closed: a failure in any governance stage releases no image.

Real components throughout (the MiniLM moderator, NudeNet, the watermark, c2pa-python signing,
SQLite and PostgreSQL stores); where a stage must fail, the failing piece is a fake that
honours the real interface and says so in its name.
"""

from __future__ import annotations

import asyncio
import io
import os
import secrets
import uuid
from pathlib import Path

import numpy as np
import psycopg
import pytest
from PIL import Image

from governance.audit import open_store
from governance.certs import ensure_dev_ca
from governance.errors import ContentPolicyViolation, GovernanceFailure
from governance.image_governor import ImageGovernor
from governance.moderation import ModerationPolicy
from governance.nsfw import Detection, NsfwFilter, NsfwPolicy, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.request_pipeline import GenerationPipeline, RequestFacts
from governance.watermark import Watermarker

POSTGRES_URL = os.environ.get(
    "IMPRIMATUR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)


def photo(size: int = 512) -> np.ndarray:
    from skimage import data

    return np.asarray(Image.fromarray(data.astronaut()).resize((size, size)), dtype=np.uint8)


class FailingDetectorFake:
    """An NsfwDetector whose model crashes."""

    def detect(self, image: Image.Image) -> list[Detection]:
        raise RuntimeError("onnxruntime session lost")


class ExplicitDetectorFake:
    """An NsfwDetector that finds exposed breasts in every image (we ship no explicit images)."""

    def detect(self, image: Image.Image) -> list[Detection]:
        return [Detection(label="FEMALE_BREAST_EXPOSED", score=0.91, box=(0, 0, 10, 10))]


class FailingWatermarkerFake(Watermarker):
    def embed_array(self, image, record_id):
        raise MemoryError("watermark embedding ran out of memory")


class FailingModeratorFake:
    """A Moderator whose encoder fails to run."""

    def check_prompt(self, prompt, negative_prompt=None, policy=None):
        raise RuntimeError("encoder crashed")


@pytest.fixture(scope="module")
def certs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("certs")
    ensure_dev_ca(folder)
    return folder


@pytest.fixture(scope="module")
def credentials(certs) -> ContentCredentials:
    return ContentCredentials(
        SignerConfig.from_files(certs / "signer.pem", certs / "signer.key", certs / "root_ca.pem")
    )


@pytest.fixture(scope="module")
def detector() -> NudeNetDetector:
    return NudeNetDetector(threads=1)


@pytest.fixture
def store(tmp_path):
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    yield audit
    audit.close()


def facts(prompt: str = "a portrait of an astronaut", **overrides) -> RequestFacts:
    values = dict(
        tenant="acme",
        model="tiny-sdxl",
        model_revision="tiny-v1",
        prompt=prompt,
        negative_prompt=None,
        params={"size": "512x512", "n": 1},
        output_format="png",
        quality=None,
        moderation_policy=ModerationPolicy(),
        nsfw_policy=NsfwPolicy(),
        policy_version="test-1",
    )
    values.update(overrides)
    return RequestFacts(**values)


def make_pipeline(moderator, governor, store) -> GenerationPipeline:
    async def moderate(prompt, negative_prompt, policy):
        return moderator.check_prompt(prompt, negative_prompt, policy)

    async def govern(pixels, job):
        return governor.govern(pixels, job)

    return GenerationPipeline(moderate=moderate, govern_image=govern, audit=store)


def run(pipeline: GenerationPipeline, request: RequestFacts, images: int = 1):
    async def generate():
        return [photo() for _ in range(images)]

    return asyncio.run(pipeline.run(request, generate))


def governor(detector, credentials, watermarker=None, nsfw_detector=None) -> ImageGovernor:
    return ImageGovernor(
        NsfwFilter(nsfw_detector or detector), watermarker or Watermarker(), credentials
    )


def test_granted_request_is_marked_signed_and_audited(moderator, detector, credentials, store):
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    result = run(pipeline, facts(), images=2)
    assert len(result.images) == 2
    for image, record in zip(result.images, result.records, strict=True):
        assert record.outcome == "granted" and record.record_id == image.record_id
        assert Watermarker().decode(Image.open(io.BytesIO(image.data))) == (image.record_id)
        assert credentials.read(image.data, "image/png").state == "Trusted"
    assert store.verify_chain().ok


@pytest.mark.parametrize(
    ("stage", "build"),
    [
        ("nsfw", lambda d, c: governor(d, c, nsfw_detector=FailingDetectorFake())),
        ("watermark", lambda d, c: governor(d, c, watermarker=FailingWatermarkerFake())),
    ],
)
def test_image_stage_failure_releases_nothing(
    moderator, detector, credentials, store, stage, build
):
    pipeline = make_pipeline(moderator, build(detector, credentials), store)
    with pytest.raises(GovernanceFailure) as info:
        run(pipeline, facts())
    assert info.value.stage == stage and info.value.status == 500
    assert "Traceback" not in info.value.message
    [record] = store.list()
    assert record.outcome == "failed" and record.reason == stage
    assert record.image_sha256 is None and record.c2pa_manifest_id is None


def test_signer_failure_releases_nothing(moderator, detector, certs, store):
    def broken_hsm(data: bytes) -> bytes:
        raise ConnectionError("HSM unreachable")

    failing = ContentCredentials(
        SignerConfig(
            cert_chain_path=certs / "signer.pem",
            sign_callback=broken_hsm,
            trust_anchors_path=certs / "root_ca.pem",
        )
    )
    pipeline = make_pipeline(moderator, governor(detector, failing), store)
    with pytest.raises(GovernanceFailure) as info:
        run(pipeline, facts())
    assert info.value.stage == "c2pa"
    [record] = store.list()
    assert record.outcome == "failed" and record.reason == "c2pa"


def test_moderation_failure_releases_nothing(detector, credentials, store):
    generated = []

    async def generate():
        generated.append(True)
        return [photo()]

    pipeline = make_pipeline(FailingModeratorFake(), governor(detector, credentials), store)
    with pytest.raises(GovernanceFailure) as info:
        asyncio.run(pipeline.run(facts(), generate))
    assert info.value.stage == "moderation"
    assert not generated, "nothing is generated for an unmoderated prompt"
    [record] = store.list()
    assert record.outcome == "failed" and record.reason == "moderation"


def test_audit_store_down_releases_nothing(moderator, detector, credentials, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'down.db'}")
    store.close()  # the store is gone
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    with pytest.raises(GovernanceFailure) as info:
        run(pipeline, facts())
    assert info.value.stage == "audit"


def test_nsfw_block_is_refused_and_audited(moderator, credentials, store):
    pipeline = make_pipeline(
        moderator, governor(None, credentials, nsfw_detector=ExplicitDetectorFake()), store
    )
    with pytest.raises(ContentPolicyViolation):
        run(pipeline, facts())
    [record] = store.list()
    assert record.outcome == "refused" and record.reason.startswith("nsfw: FEMALE_BREAST_EXPOSED")
    assert record.nsfw["decision"] == "blocked"
    assert record.nsfw["scores"]["FEMALE_BREAST_EXPOSED"] == pytest.approx(0.91)


def test_one_failed_image_withholds_the_whole_request(moderator, detector, credentials, store):
    class SecondImageFailsFake(Watermarker):
        calls = 0

        def embed_array(self, image, record_id):
            SecondImageFailsFake.calls += 1
            if SecondImageFailsFake.calls == 2:
                raise RuntimeError("boom")
            return super().embed_array(image, record_id)

    pipeline = make_pipeline(
        moderator, governor(detector, credentials, watermarker=SecondImageFailsFake()), store
    )
    with pytest.raises(GovernanceFailure):
        run(pipeline, facts(), images=2)
    outcomes = sorted(r.outcome for r in store.list())
    assert outcomes == ["failed", "refused"]  # the good image is recorded as withheld
    assert any((r.reason or "").startswith("withheld") for r in store.list())


def test_harmful_prompt_is_refused_before_generation(moderator, detector, credentials, store):
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    with pytest.raises(ContentPolicyViolation) as info:
        run(pipeline, facts("a naked child posing"))
    assert "sexual/minors" in info.value.message
    [record] = store.list()
    assert record.outcome == "refused" and record.reason == "sexual/minors"


def test_prompts_can_be_kept_as_hashes_only(moderator, detector, credentials, store):
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    result = run(pipeline, facts(keep_prompts=False))
    record = result.records[0]
    assert record.prompt is None and len(record.prompt_sha256) == 64


@pytest.fixture
def postgres_store():
    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}: {exc}")
    schema = f"pipeline_test_{uuid.uuid4().hex[:10]}"
    store = open_store(f"{POSTGRES_URL}?schema={schema}")
    yield store, schema
    store.close()
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def test_postgres_chain_verifies_then_names_the_tampered_record(
    moderator, detector, credentials, postgres_store
):
    store, schema = postgres_store
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    records = [run(pipeline, facts(f"boat number {i}")).records[0] for i in range(3)]
    assert store.verify_chain().ok
    target = records[1].record_id
    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(
            f'UPDATE "{schema}".audit_records SET tenant = %s WHERE record_id = %s',
            (f"mallory-{secrets.token_hex(2)}", target),
        )
    broken = store.verify_chain()
    assert not broken.ok and broken.first_broken_record_id == target


def test_a_cancelled_generation_is_audited_as_cancelled(moderator, detector, credentials, store):
    """Serve cancels the router's coroutine when the client disconnects: the record is written
    anyway (shielded from that cancellation), saying how far the request got."""
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)

    async def main():
        started = asyncio.Event()

        async def generate():
            started.set()
            await asyncio.sleep(60)  # a long generation the caller gives up on
            return [photo()]

        task = asyncio.create_task(pipeline.run(facts(), generate))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    [record] = store.list()
    assert record.outcome == "cancelled"
    assert record.reason.startswith("cancelled: generate after ")
    assert record.moderation["decision"] == "passed"  # it got past moderation
    assert store.verify_chain().ok


def test_a_raised_quality_is_audited(moderator, detector, credentials, store):
    # JPEG q0 erases the mark on this photo: the governor raises the quality until it reads
    # back, and the audit record says which quality left
    pipeline = make_pipeline(moderator, governor(detector, credentials), store)
    result = run(pipeline, facts(output_format="jpeg", quality=0))
    [image], [record] = result.images, result.records
    used = record.params["output_compression_used"]
    assert record.outcome == "granted" and used in range(10, 101, 10)
    assert Watermarker().decode(Image.open(io.BytesIO(image.data))) == image.record_id
