"""The image governor runs NSFW beside the marking path and still fails closed.

Real NudeNet, watermark, encoder and c2pa-python signing with a dev CA; fakes only where a
stage must refuse, fail or report that it ran, each honouring the real interface.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from PIL import Image

from governance.audit import open_store
from governance.certs import ensure_dev_ca
from governance.image_governor import HOP, STAGES, WALL_CLOCK, ImageGovernor, ImageJob
from governance.moderation import ModerationPolicy
from governance.moderation.moderator import ModerationResult
from governance.nsfw import Detection, NsfwFilter, NsfwPolicy, NudeNetDetector
from governance.provenance import ContentCredentials, SignerConfig
from governance.request_pipeline import GenerationPipeline, RequestFacts
from governance.watermark import Watermarker

pytestmark = pytest.mark.unit
RECORD_ID = "00000000deadbeef"


def photo(size: int = 384) -> np.ndarray:
    from skimage import data

    return np.asarray(Image.fromarray(data.coffee()).resize((size, size)), dtype=np.uint8)


def job(**overrides) -> ImageJob:
    values = dict(
        record_id=RECORD_ID, model="tiny-sdxl", model_revision="t1", created=dt.datetime.now(dt.UTC)
    )
    return ImageJob(**{**values, **overrides})


@pytest.fixture(scope="module")
def credentials(tmp_path_factory) -> ContentCredentials:
    certs = tmp_path_factory.mktemp("certs")
    paths = ensure_dev_ca(certs)
    return ContentCredentials(
        SignerConfig.from_files(paths.signer_chain, paths.signer_key, paths.root_cert)
    )


@pytest.fixture(scope="module")
def detector() -> NudeNetDetector:
    return NudeNetDetector(threads=1)


class SigningSpyFake:
    """ContentCredentials that count the images they signed (the marking path ran to the end)."""

    def __init__(self, real: ContentCredentials) -> None:
        self.real, self.signed = real, 0

    def sign(self, *args, **kwargs):
        signed = self.real.sign(*args, **kwargs)
        self.signed += 1
        return signed


class ExplicitDetectorFake:
    """Finds exposed breasts in every image (we ship no explicit images)."""

    def detect(self, image) -> list[Detection]:
        return [Detection(label="FEMALE_BREAST_EXPOSED", score=0.93, box=(0, 0, 9, 9))]


class FailingDetectorFake:
    def detect(self, image) -> list[Detection]:
        raise RuntimeError("onnxruntime session lost")


class FailingWatermarkerFake(Watermarker):
    def embed_array(self, image, record_id):
        raise MemoryError("watermark embedding ran out of memory")


class OverlapProbe:
    """The real detector, which first waits (briefly) for the watermark to start: it sees the
    watermark start only if the two stages run at the same time."""

    def __init__(self, real: NudeNetDetector, started: threading.Event) -> None:
        self.real, self.started, self.overlapped = real, started, None

    def detect(self, image) -> list[Detection]:
        self.overlapped = self.started.wait(timeout=0.5 if self.overlapped is False else 20)
        return self.real.detect(image)


class StartSignallingWatermarker(Watermarker):
    def __init__(self, started: threading.Event) -> None:
        super().__init__()
        self.started = started

    def embed_array(self, image, record_id):
        self.started.set()
        return super().embed_array(image, record_id)


@pytest.mark.parametrize("concurrent", [True, False])
def test_a_clean_image_is_released_with_every_stage_timed(detector, credentials, concurrent):
    governor = ImageGovernor(
        NsfwFilter(detector), Watermarker(), credentials, concurrent=concurrent, cores=2
    )
    outcome = governor.govern(photo(), job())
    image = outcome.raise_for_status()
    assert image.nsfw["decision"] == "passed" and outcome.nsfw == image.nsfw
    assert Watermarker().read_back(image.data) == RECORD_ID
    assert credentials.read(image.data, "image/png").state == "Trusted"
    timings = outcome.timings_ms
    assert set(timings) == {*STAGES, WALL_CLOCK}
    marking = sum(timings[s] for s in ("watermark", "encode", "c2pa", "readback"))
    assert timings[WALL_CLOCK] >= max(timings["nsfw"], marking)
    if not concurrent:
        assert timings[WALL_CLOCK] >= timings["nsfw"] + marking


def test_the_nsfw_verdict_is_the_same_either_way(detector, credentials) -> None:
    pixels = photo(512)
    verdicts = [
        ImageGovernor(NsfwFilter(detector), Watermarker(), credentials, concurrent=c)
        .govern(pixels, job())
        .nsfw
        for c in (True, False)
    ]
    assert verdicts[0] == verdicts[1]


def test_nsfw_runs_while_the_image_is_marked(detector, credentials) -> None:
    started = threading.Event()
    probe = OverlapProbe(detector, started)
    governor = ImageGovernor(
        NsfwFilter(probe), StartSignallingWatermarker(started), credentials, cores=2
    )
    governor.govern(photo(), job()).raise_for_status()
    assert probe.overlapped is True

    started.clear()
    probe.overlapped = False  # sequential: the detector must not see the watermark start
    sequential = ImageGovernor(
        NsfwFilter(probe), StartSignallingWatermarker(started), credentials, concurrent=False
    )
    sequential.govern(photo(), job()).raise_for_status()
    assert probe.overlapped is False

    started.clear()
    one_core = ImageGovernor(
        NsfwFilter(probe), StartSignallingWatermarker(started), credentials, cores=1
    )  # no core to spare: in order
    one_core.govern(photo(), job()).raise_for_status()
    assert probe.overlapped is False


def test_a_busy_process_stops_overlapping(detector, credentials) -> None:
    """With as many images in flight as cores, each runs in order (no thread contention)."""
    governor = ImageGovernor(NsfwFilter(detector), Watermarker(), credentials, cores=2)
    submitted: list[int] = []
    original = governor._nsfw_pool

    def counting_pool():
        submitted.append(governor._in_flight)
        return original()

    governor._nsfw_pool = counting_pool  # type: ignore[method-assign]
    with ThreadPoolExecutor(2) as pool:
        barrier = threading.Barrier(2)

        def one(_):
            barrier.wait()
            return governor.govern(photo(), job())

        outcomes = list(pool.map(one, range(2)))
    assert all(o.image is not None for o in outcomes)
    assert all(n == 1 for n in submitted)  # only a call alone in flight overlapped
    assert governor._in_flight == 0


@pytest.mark.parametrize("concurrent", [True, False])
def test_an_nsfw_refusal_releases_nothing_though_the_image_was_signed(credentials, concurrent):
    spy = SigningSpyFake(credentials)
    governor = ImageGovernor(
        NsfwFilter(ExplicitDetectorFake()), Watermarker(), spy, concurrent=concurrent, cores=2
    )  # type: ignore[arg-type]
    outcome = governor.govern(photo(), job())
    assert outcome.image is None and outcome.blocked_reason.startswith("FEMALE_BREAST_EXPOSED")
    assert outcome.nsfw["decision"] == "blocked"
    # concurrently the marking path ran to the end and its bytes were dropped; in order it
    # never started
    assert spy.signed == (1 if concurrent else 0)


@pytest.mark.parametrize("concurrent", [True, False])
def test_an_nsfw_failure_wins_over_a_marking_failure(credentials, concurrent) -> None:
    governor = ImageGovernor(
        NsfwFilter(FailingDetectorFake()), FailingWatermarkerFake(), credentials,
        concurrent=concurrent, cores=2,
    )  # fmt: skip
    outcome = governor.govern(photo(), job())
    assert outcome.image is None and outcome.failed_stage == "nsfw"
    assert WALL_CLOCK in outcome.timings_ms


def test_a_marking_failure_names_its_stage_when_nsfw_passes(detector, credentials) -> None:
    governor = ImageGovernor(NsfwFilter(detector), FailingWatermarkerFake(), credentials)
    outcome = governor.govern(photo(), job())
    assert outcome.image is None and outcome.failed_stage == "watermark"

    class BrokenSignerFake:
        def sign(self, *args, **kwargs):
            raise RuntimeError("signing key unreadable")

    governor = ImageGovernor(NsfwFilter(detector), Watermarker(), BrokenSignerFake())  # type: ignore[arg-type]
    outcome = governor.govern(photo(), job())
    assert outcome.image is None and outcome.failed_stage == "c2pa"
    assert "watermark" in outcome.timings_ms and "encode" in outcome.timings_ms


def test_pixels_that_are_not_an_image_fail_closed(detector, credentials) -> None:
    governor = ImageGovernor(NsfwFilter(detector), Watermarker(), credentials)
    outcome = governor.govern(np.zeros((8, 8), dtype=np.float32), job())
    assert outcome.image is None and outcome.failed_stage == "nsfw"


def test_the_pipeline_reports_the_governance_wall_clock(detector, credentials, tmp_path):
    """Server-Timing's `governance` is the request's wait for its images, hop included, so
    it covers every image's stages even when two images are governed side by side."""
    governor = ImageGovernor(NsfwFilter(detector), Watermarker(), credentials)

    async def moderate(prompt, negative_prompt, policy):
        return ModerationResult(False, {}, {})

    async def govern(pixels, image_job):
        await asyncio.sleep(0.01)  # the hop to a governance replica
        return await asyncio.to_thread(governor.govern, pixels, image_job)

    async def generate():
        return [photo(256), photo(256)]

    store = open_store(f"sqlite:///{tmp_path / 'audit.db'}")
    pipeline = GenerationPipeline(moderate=moderate, govern_image=govern, audit=store)
    facts = RequestFacts(
        tenant="acme",
        model="tiny-sdxl",
        model_revision="t1",
        prompt="a cup of coffee",
        negative_prompt=None,
        params={"size": "256x256", "n": 2},
        output_format="png",
        quality=None,
        moderation_policy=ModerationPolicy(),
        nsfw_policy=NsfwPolicy(),
        policy_version="test-1",
    )
    result = asyncio.run(pipeline.run(facts, generate))
    store.close()
    timings = result.timings_ms
    assert len(result.images) == 2
    assert timings[WALL_CLOCK] >= 10.0 + max(timings[s] for s in STAGES)
    # `hop`: the wall clock less the slower replica call's own, so at least the sleep above
    assert 10.0 <= timings[HOP] <= timings[WALL_CLOCK]
