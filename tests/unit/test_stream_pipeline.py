"""Streaming fails closed too: every partial image is NSFW-checked, watermarked with the request's
record id, signed and audited before it may leave; a block mid-stream or a client that goes away
ends the stream, stops the model and is audited with the partials that had left.

Real moderator, NudeNet, watermark, c2pa and SQLite; the model is a scripted event source.
"""

from __future__ import annotations

import asyncio
import hashlib
import io

import pytest
from PIL import Image

from governance.audit import open_store
from governance.certs import ensure_dev_ca
from governance.errors import ContentPolicyViolation
from governance.nsfw import Detection, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.stream_pipeline import StreamingPipeline
from governance.watermark import Watermarker
from tests.unit.test_fail_closed import facts, governor, photo

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def credentials(tmp_path_factory) -> ContentCredentials:
    folder = tmp_path_factory.mktemp("certs")
    ensure_dev_ca(folder)
    return ContentCredentials(
        SignerConfig.from_files(
            folder / "signer.pem", folder / "signer.key", folder / "root_ca.pem"
        )
    )


@pytest.fixture(scope="module")
def detector() -> NudeNetDetector:
    return NudeNetDetector(threads=1)


@pytest.fixture
def store(tmp_path):
    audit = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    yield audit
    audit.close()


class Output:
    def __init__(self, images):
        self.images = images


class ScriptedModel:
    """Yields two partials then the final image, like deployments.engine_extras; records
    whether it was closed before finishing (the generation stopped)."""

    def __init__(self) -> None:
        self.closed_early = False

    async def events(self):
        finished = False
        try:
            for index in range(2):
                yield {"type": "partial", "index": index, "pixels": photo(256)}
            finished = True
            yield {"type": "final", "output": Output([photo(256)])}
        finally:
            self.closed_early = not finished


class SecondImageExplicitFake:
    """An NsfwDetector that finds nudity from the second image on (we ship no explicit images)."""

    def __init__(self) -> None:
        self.calls = 0

    def detect(self, image: Image.Image) -> list[Detection]:
        self.calls += 1
        if self.calls < 2:
            return []
        return [Detection(label="FEMALE_BREAST_EXPOSED", score=0.95, box=(0, 0, 9, 9))]


def pipeline(moderator, image_governor, store) -> StreamingPipeline:
    async def moderate(prompt, negative_prompt, policy):
        return moderator.check_prompt(prompt, negative_prompt, policy)

    async def govern(pixels, job):
        return image_governor.govern(pixels, job)

    return StreamingPipeline(moderate=moderate, govern_image=govern, audit=store)


async def collect(items, stop_after: int | None = None):
    seen = []
    try:
        async for item in items:
            seen.append(item)
            if stop_after is not None and len(seen) == stop_after:
                break
    finally:
        await items.aclose()
    return seen


def test_every_partial_is_marked_signed_and_audited_before_it_leaves(
    moderator, detector, credentials, store
):
    model = ScriptedModel()
    streaming = pipeline(moderator, governor(detector, credentials), store)
    seen = asyncio.run(collect(streaming.run_stream(facts(), model.events)))
    assert [item.kind for item in seen] == ["partial", "partial", "final"]
    final_id = seen[-1].image.record_id
    for item in seen:
        marked = Image.open(io.BytesIO(item.image.data))
        assert Watermarker().decode(marked) == final_id
        assert credentials.read(item.image.data, "image/png").state == "Trusted"
    records = store.list()
    partials = [r for r in records if "partial_image_index" in r.params]
    [final] = [r for r in records if r.record_id == final_id]
    assert [r.outcome for r in records] == ["granted"] * 3
    assert final.params["partial_records"] == [r.record_id for r in partials]
    assert {r.image_sha256 for r in records} == {
        hashlib.sha256(item.image.data).hexdigest() for item in seen
    }
    assert store.verify_chain().ok and not model.closed_early


def test_a_block_mid_stream_ends_it_with_nothing_more(moderator, credentials, store):
    model = ScriptedModel()
    blocking = governor(None, credentials, nsfw_detector=SecondImageExplicitFake())
    streaming = pipeline(moderator, blocking, store)
    seen = []

    async def consume():
        items = streaming.run_stream(facts(), model.events)
        async for item in items:
            seen.append(item)

    with pytest.raises(ContentPolicyViolation):
        asyncio.run(consume())
    assert [item.kind for item in seen] == ["partial"]  # only the one that passed left
    assert model.closed_early  # the model was stopped
    records = store.list()
    assert [r.outcome for r in records] == ["granted", "refused", "refused"]
    left, blocked, final = records
    assert blocked.reason.startswith("nsfw") and blocked.image_sha256 is None
    assert final.reason == "stream stopped: content_policy_violation"
    assert final.params["partial_records"] == [left.record_id]


def test_a_client_that_goes_away_stops_the_model_and_is_audited(
    moderator, detector, credentials, store
):
    model = ScriptedModel()
    streaming = pipeline(moderator, governor(detector, credentials), store)
    seen = asyncio.run(collect(streaming.run_stream(facts(), model.events), stop_after=1))
    assert len(seen) == 1 and model.closed_early
    records = store.list()
    assert [r.outcome for r in records] == ["granted", "failed"]
    assert records[-1].reason == "stream stopped: client_disconnected"
    assert records[-1].params["partial_records"] == [records[0].record_id]
