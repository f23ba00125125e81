"""NSFW filter: the real NudeNet model on benign photos; a fake detector for the blocking cases,
since we ship no explicit images."""

from __future__ import annotations

import pytest
from nudenet import nudenet as nudenet_module
from PIL import Image
from pydantic import ValidationError
from skimage import data

from governance.nsfw import (
    DEFAULT_BLOCKED_LABELS,
    NUDENET_LABELS,
    Detection,
    NsfwDetector,
    NsfwFilter,
    NsfwPolicy,
    NudeNetDetector,
    _candidates,
)

pytestmark = pytest.mark.unit


class FakeDetector:
    """Honours the NsfwDetector protocol; returns canned detections and records its calls."""

    def __init__(self, detections: list[Detection]) -> None:
        self.detections = detections
        self.calls = 0

    def detect(self, image: Image.Image) -> list[Detection]:
        self.calls += 1
        return list(self.detections)


class BrokenDetector:
    def detect(self, image: Image.Image) -> list[Detection]:
        raise RuntimeError("onnxruntime session lost")


def det(label: str, score: float) -> Detection:
    return Detection(label=label, score=score, box=(10, 20, 30, 40))


@pytest.fixture(scope="module")
def real_filter() -> NsfwFilter:
    return NsfwFilter(NudeNetDetector())


@pytest.fixture
def blank() -> Image.Image:
    return Image.new("RGB", (64, 64))


def test_our_label_list_matches_the_model() -> None:
    assert list(NUDENET_LABELS) == getattr(nudenet_module, "__labels")


def test_real_detector_passes_a_benign_photo(real_filter) -> None:
    astronaut = Image.fromarray(data.astronaut()).resize((1024, 1024))
    detections = real_filter.detector.detect(astronaut)
    # The model really ran: it finds the face, with a box inside the image.
    face = [d for d in detections if d.label == "FACE_FEMALE"]
    assert face and face[0].score > 0.5
    x, y, w, h = face[0].box
    assert 0 <= x < x + w <= 1024 and 0 <= y < y + h <= 1024

    result = real_filter.check(astronaut)
    assert not result.blocked and result.reason is None
    assert result.scores["FACE_FEMALE"] == pytest.approx(face[0].score)


@pytest.mark.parametrize("name", ["astronaut", "coffee"])
def test_scores_match_nudenets_own_file_reader(real_filter, tmp_path, name) -> None:
    image = Image.fromarray(getattr(data, name)())
    path = tmp_path / f"{name}.png"
    image.save(path)
    reference = nudenet_module.NudeDetector().detect(str(path))
    ours = real_filter.detector.detect(image)
    assert [(d.label, list(d.box)) for d in ours] == [(r["class"], r["box"]) for r in reference]
    assert [d.score for d in ours] == pytest.approx([r["score"] for r in reference], abs=1e-4)


def test_postprocess_on_the_picked_anchors_equals_nudenets_on_all(real_filter) -> None:
    import numpy as np

    detector = real_filter.detector
    rng = np.random.default_rng(5)
    outputs = []
    for name in ("astronaut", "coffee", "chelsea", "rocket"):
        pixels = np.asarray(Image.fromarray(getattr(data, name)()[..., :3]).resize((640, 480)))
        blob = nudenet_module._read_image(pixels[..., ::-1].copy(), 320)[0]
        outputs.append(detector._session.run(None, {detector._input_name: blob}))
    # synthetic outputs: many anchors over NudeNet's 0.2, exactly one, and none
    many = rng.random((1, 22, 2100), dtype=np.float32) * [[[320]] * 4 + [[0.3]] * 18]
    lone = np.zeros((1, 22, 2100), dtype=np.float32)
    lone[0, :4, 7], lone[0, 9, 7] = (100, 120, 40, 30), 0.9
    for rows in (many, lone, lone[:, :, ::-1].copy(), np.zeros((1, 22, 2100), np.float32)):
        outputs.append([rows])
    found = 0
    for output in outputs:
        args = (0, 160, 1.0, 4 / 3, 640, 480, 320, 320)
        reference = nudenet_module._postprocess(output, *args)
        assert nudenet_module._postprocess(_candidates(output), *args) == reference
        found += len(reference)
    assert found > 10  # the comparison saw detections, not only empty lists


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "P"])
def test_real_detector_accepts_common_image_modes(real_filter, mode) -> None:
    cat = Image.fromarray(data.chelsea()).convert(mode)
    result = real_filter.check(cat)
    assert not result.blocked


def test_real_detector_is_a_detector() -> None:
    assert isinstance(NudeNetDetector(), NsfwDetector)
    assert isinstance(FakeDetector([]), NsfwDetector)


def test_exposed_label_over_threshold_blocks(blank) -> None:
    detector = FakeDetector(
        [
            det("FACE_FEMALE", 0.91),
            det("FEMALE_BREAST_EXPOSED", 0.62),
            det("FEMALE_BREAST_EXPOSED", 0.83),
            det("BUTTOCKS_EXPOSED", 0.55),
        ]
    )
    result = NsfwFilter(detector).check(blank)
    assert result.blocked
    assert result.reason == "FEMALE_BREAST_EXPOSED 0.83"  # the strongest blocking detection
    assert result.scores == {
        "FACE_FEMALE": 0.91,
        "FEMALE_BREAST_EXPOSED": 0.83,
        "BUTTOCKS_EXPOSED": 0.55,
    }
    assert detector.calls == 1


def test_covered_and_unlisted_labels_do_not_block(blank) -> None:
    detector = FakeDetector([det("FEMALE_BREAST_COVERED", 0.97), det("BELLY_EXPOSED", 0.9)])
    result = NsfwFilter(detector).check(blank)
    assert not result.blocked and result.reason is None
    assert set(result.scores) == {"FEMALE_BREAST_COVERED", "BELLY_EXPOSED"}


def test_threshold_is_inclusive_and_respected(blank) -> None:
    detector = FakeDetector([det("ANUS_EXPOSED", 0.5)])
    nsfw = NsfwFilter(detector)
    assert nsfw.check(blank).blocked  # default 0.5, score exactly 0.5
    assert not nsfw.check(blank, NsfwPolicy(threshold=0.51)).blocked
    assert nsfw.check(blank, NsfwPolicy(threshold=0.3)).blocked


def test_per_call_policy_overrides_the_default(blank) -> None:
    detector = FakeDetector([det("BELLY_EXPOSED", 0.8), det("BUTTOCKS_EXPOSED", 0.8)])
    strict = NsfwPolicy(blocked_labels={"BELLY_EXPOSED"})
    nsfw = NsfwFilter(detector, policy=strict)
    assert nsfw.check(blank).reason == "BELLY_EXPOSED 0.80"
    relaxed = NsfwPolicy(blocked_labels={"MALE_GENITALIA_EXPOSED"})
    assert not nsfw.check(blank, relaxed).blocked


def test_default_policy() -> None:
    policy = NsfwPolicy()
    assert policy.blocked_labels == frozenset(DEFAULT_BLOCKED_LABELS)
    assert policy.threshold == 0.5
    assert all(field.description for field in NsfwPolicy.model_fields.values())


def test_policy_rejects_unknown_fields_labels_and_thresholds() -> None:
    with pytest.raises(ValidationError):
        NsfwPolicy(enabled=False)
    with pytest.raises(ValidationError, match="unknown NudeNet labels"):
        NsfwPolicy(blocked_labels={"FEMALE_BREAST_EXPOSD"})
    for bad in (-0.1, 1.5):
        with pytest.raises(ValidationError):
            NsfwPolicy(threshold=bad)


def test_policy_that_blocks_nothing_is_loud(caplog) -> None:
    with caplog.at_level("WARNING", logger="governance.nsfw"):
        NsfwPolicy(blocked_labels=set())
    assert "OFF" in caplog.text


def test_detector_errors_propagate(blank) -> None:
    with pytest.raises(RuntimeError, match="session lost"):
        NsfwFilter(BrokenDetector()).check(blank)


def test_nan_score_fails_closed(blank) -> None:
    with pytest.raises(ValueError, match="NaN"):
        NsfwFilter(FakeDetector([det("ANUS_EXPOSED", float("nan"))])).check(blank)
