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
        delta = spread.luma_delta(luma, self._layout, ecc.encode(payload), rms)
        out = rgb.astype(np.float32) + delta[:, :, None]
        marked = np.clip(np.rint(out), 0, 255).astype(np.uint8)
        return Image.fromarray(marked, "RGB")

    def decode(self, image: Image.Image) -> str | None:
        rgb = np.asarray(image.convert("RGB"))
        luma = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
        for cand in spread.search(luma, self._layout):
            soft = spread.soft_bits(cand, self._layout, ecc.CODED_BITS)
            bits, _quality = ecc.viterbi(soft)
            id_bits, tag_bits = bits[: ecc.ID_BITS], bits[ecc.ID_BITS :]
            if np.array_equal(tag_bits, ecc.tag(id_bits, self._key)):
                return np.packbits(id_bits).tobytes().hex()
        return None

    def reliable_for(self, width: int, height: int) -> bool:
        return min(width, height) >= MIN_RELIABLE_SIDE
