"""Invisible watermark carrying an image's 64-bit record id (placeholder docstring)."""

from __future__ import annotations

import hashlib
import re

import cv2
import numpy as np
from PIL import Image

from governance.errors import GovernanceFailure
from governance.watermark import ecc, spread

MIN_RELIABLE_SIDE = 256
DEV_KEY = b"imprimatur-dev-watermark-key"
TARGET_PSNR_DB = 39.5
MIN_PSNR_DB = 38.0
# unmarked pictures peak below ~5.2 and re-encode with >= 14% disagreement; marked ones, after
# the common edits, peak above ~6.7 and disagree on <= 9% (benchmarks/watermark_robustness.py)
PILOT_MIN_SCORE = 5.0
MAX_DISAGREEMENT = 0.125
_ID_PATTERN = re.compile(r"[0-9a-f]{16}")


class WatermarkError(GovernanceFailure):
    """The watermark could not be embedded (bad record id, unusable image): fail closed."""

    def __init__(self, message: str) -> None:
        super().__init__("watermark", message)


def _key_bytes(key: bytes | str | None) -> bytes:
    if key is None:
        return DEV_KEY
    raw = key.encode() if isinstance(key, str) else bytes(key)
    if not raw:
        raise WatermarkError("watermark key must not be empty")
    return hashlib.blake2b(raw, digest_size=32, person=b"imprimatur-key").digest()


class Watermarker:
    def __init__(self, key: bytes | str | None = None) -> None:
        self._key = _key_bytes(key)
        self._layout = spread.Layout.from_key(self._key, ecc.CODED_BITS)

    def embed(self, image: Image.Image, record_id: str) -> Image.Image:
        if not isinstance(record_id, str) or not _ID_PATTERN.fullmatch(record_id):
            raise WatermarkError("record id must be 16 lowercase hex characters")
        id_bits = np.unpackbits(np.frombuffer(bytes.fromhex(record_id), dtype=np.uint8))
        payload = np.concatenate([id_bits, ecc.tag(id_bits, self._key)])
        rgb = np.asarray(image.convert("RGB"))
        luma = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
        rms = 255.0 / 10 ** (TARGET_PSNR_DB / 20)
        step = spread.luma_step(luma, self._layout, ecc.encode(payload), rms)
        # every channel moves by the same integer step (clipping only shrinks it), so the step's
        # own mean square bounds the image's MSE: check the PSNR promise before releasing
        mse = cv2.norm(step, cv2.NORM_L2SQR) / max(step.size, 1)
        if mse > 255.0**2 / 10 ** (MIN_PSNR_DB / 10):
            raise WatermarkError("watermark would exceed its distortion budget")
        marked = cv2.add(rgb, cv2.merge([step, step, step]), dtype=cv2.CV_8U)
        return Image.fromarray(marked, "RGB")

    def decode(self, image: Image.Image) -> str | None:
        rgb = np.asarray(image.convert("RGB"))
        luma = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
        for cand in spread.search(luma, self._layout):
            if cand.score < PILOT_MIN_SCORE:
                break  # candidates come best first
            soft = spread.soft_bits(cand, self._layout, ecc.CODED_BITS)
            bits = ecc.viterbi(soft)
            if ecc.disagreement(bits, soft) > MAX_DISAGREEMENT:
                continue  # the decoder only fitted noise
            id_bits, tag_bits = bits[: ecc.ID_BITS], bits[ecc.ID_BITS :]
            if np.array_equal(tag_bits, ecc.tag(id_bits, self._key)):
                return np.packbits(id_bits).tobytes().hex()
        return None

    def reliable_for(self, width: int, height: int) -> bool:
        return min(width, height) >= MIN_RELIABLE_SIDE
