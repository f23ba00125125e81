"""NSFW output filter: a detector finds labelled regions, a per-tenant policy decides what blocks.

The detector is NudeNet's 320n ONNX model, which ships inside the `nudenet` wheel. We run it with
our own onnxruntime session because `nudenet.NudeDetector` offers no session options, and an
unconfigured session spreads one image over every core of a CPU replica; one thread keeps a
replica to the one core it asked Ray for. Pre- and post-processing are NudeNet's own (pinned
`nudenet==3.4.2`; its postprocess is handed only the anchors it would keep, see `_candidates`),
so scores match `NudeDetector.detect` exactly.

Detector errors propagate: the pipeline fails closed rather than release an unchecked image.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol, runtime_checkable

import cv2
import numpy as np
import onnxruntime as ort
from nudenet import nudenet as _nudenet
from PIL import Image
from pydantic import BaseModel, ConfigDict, Field, field_validator

logger = logging.getLogger(__name__)

# The 320n model's classes, in output order (nudenet.nudenet keeps them in a private list).
NUDENET_LABELS = (
    "FEMALE_GENITALIA_COVERED",
    "FACE_FEMALE",
    "BUTTOCKS_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_BREAST_EXPOSED",
    "ANUS_EXPOSED",
    "FEET_EXPOSED",
    "BELLY_COVERED",
    "FEET_COVERED",
    "ARMPITS_COVERED",
    "ARMPITS_EXPOSED",
    "FACE_MALE",
    "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "ANUS_COVERED",
    "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
)
DEFAULT_BLOCKED_LABELS = (
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "BUTTOCKS_EXPOSED",
    "ANUS_EXPOSED",
)
# NudeNet's post-processing drops boxes scoring under 0.2 and suppresses under 0.25.
DETECTOR_FLOOR = 0.25
INPUT_SIZE = 320


@dataclass(frozen=True)
class Detection:
    """One labelled region; `box` is (x, y, width, height) in the input image's pixels."""

    label: str
    score: float
    box: tuple[int, int, int, int]


@runtime_checkable
class NsfwDetector(Protocol):
    def detect(self, image: Image.Image | np.ndarray) -> list[Detection]: ...


def default_model_path() -> Path:
    """The 320n ONNX model bundled in the nudenet package."""
    return Path(str(resources.files("nudenet").joinpath("320n.onnx")))


# NudeNet's postprocess keeps the rows (of 2100 anchors) whose best class scores at least this;
# it finds them in a Python loop over every row (~3.5 ms), so the rows are picked here first.
_NUDENET_MIN_SCORE = 0.2
INPUT_SIZES = (INPUT_SIZE, INPUT_SIZE)


def _candidates(outputs: list[np.ndarray]) -> list[np.ndarray]:
    """The model's output with only the anchors that NudeNet's postprocess would look at, in
    their order, so that its own code gives exactly its result on the whole output."""
    anchors = outputs[0]  # (1, 4 box + classes, anchors)
    keep = np.flatnonzero(anchors[0, 4:, :].max(axis=0) >= _NUDENET_MIN_SCORE)
    if keep.size == 1:  # its np.squeeze would drop a lone anchor's axis: add one it skips
        keep = np.sort(np.append(keep, 0 if keep[0] else 1))
    return [anchors[:, :, keep], *outputs[1:]]


class NudeNetDetector:
    """NudeNet 320n on onnxruntime, single-threaded by default. Thread-safe (ORT `run` is)."""

    def __init__(self, model_path: Path | None = None, threads: int = 1) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self._session = ort.InferenceSession(
            str(model_path or default_model_path()),
            sess_options=options,
            providers=["CPUExecutionProvider"],
        )
        self._input_name = self._session.get_inputs()[0].name

    def detect(self, image: Image.Image | np.ndarray) -> list[Detection]:
        """Detect in memory, no temporary file. NudeNet's reader is handed the BGR array that
        `cv2.imread` would give, because that is what its own path/bytes readers feed the model
        (its colour conversions end in BGR order), so scores equal `NudeDetector.detect(path)`.
        ``image`` may be an HxWx3 uint8 RGB array (the governor's pixels, not copied)."""
        rgb = image if isinstance(image, np.ndarray) else np.asarray(image.convert("RGB"))
        # one pass; a reversed-stride copy of the channels took ~5 ms at 1024 px
        bgr = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2BGR)
        blob, x_ratio, y_ratio, x_pad, y_pad, width, height = _nudenet._read_image(bgr, INPUT_SIZE)
        outputs = self._session.run(None, {self._input_name: blob})
        found = _nudenet._postprocess(
            _candidates(outputs), x_pad, y_pad, x_ratio, y_ratio, width, height, *INPUT_SIZES
        )
        return [
            Detection(
                label=d["class"], score=float(d["score"]), box=tuple(int(v) for v in d["box"])
            )
            for d in found
        ]


class NsfwPolicy(BaseModel):
    """Which detections block an image. Tenants may relax it; the audit record says so."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    blocked_labels: frozenset[str] = Field(
        default=frozenset(DEFAULT_BLOCKED_LABELS),
        description="NudeNet labels that block the image when detected at or above `threshold`.",
    )
    threshold: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description=(
            "Minimum detection score that blocks. NudeNet reports nothing under "
            f"{DETECTOR_FLOOR}, so lower values act as {DETECTOR_FLOOR}."
        ),
    )

    @field_validator("blocked_labels")
    @classmethod
    def _known_labels(cls, labels: frozenset[str]) -> frozenset[str]:
        # A misspelt label would never match, silently letting that content through.
        unknown = sorted(labels - set(NUDENET_LABELS))
        if unknown:
            raise ValueError(f"unknown NudeNet labels: {unknown}; known: {list(NUDENET_LABELS)}")
        if not labels:
            logger.warning("NSFW policy blocks no labels: the NSFW filter is effectively OFF")
        return labels


@dataclass(frozen=True)
class NsfwResult:
    """`reason` names the highest-scoring blocking label; `scores` is the max score per label."""

    blocked: bool
    reason: str | None
    scores: dict[str, float]


class NsfwFilter:
    """Runs the detector once per image and applies a policy (the filter's own, or a tenant's)."""

    def __init__(
        self, detector: NsfwDetector | None = None, policy: NsfwPolicy | None = None
    ) -> None:
        self.detector = detector if detector is not None else NudeNetDetector()
        self.policy = policy if policy is not None else NsfwPolicy()

    def check(
        self, image: Image.Image | np.ndarray, policy: NsfwPolicy | None = None
    ) -> NsfwResult:
        """Decide whether `image` may leave. Detector errors propagate (fail closed)."""
        policy = policy if policy is not None else self.policy
        scores: dict[str, float] = {}
        for detection in self.detector.detect(image):
            if math.isnan(detection.score):
                raise ValueError(f"NSFW detector returned a NaN score for {detection.label}")
            scores[detection.label] = max(scores.get(detection.label, 0.0), detection.score)
        hits = [
            (score, label)
            for label, score in scores.items()
            if label in policy.blocked_labels and score >= policy.threshold
        ]
        if not hits:
            return NsfwResult(blocked=False, reason=None, scores=scores)
        score, label = max(hits)
        return NsfwResult(blocked=True, reason=f"{label} {score:.2f}", scores=scores)
