"""Spread-spectrum chips on a self-synchronising periodic tile, in the luma channel.

Geometry. The mark is a grid of +-1 "chips", CHIPS_SHORT of them across the image's short side
whatever its pixel size, so a downscaled copy carries the same grid. The grid repeats one keyed
TILE x TILE tile; a crop therefore only shifts the tile (cyclically) and shrinks the short side,
which shows up as a uniform scale of the chip pitch (1/0.9 for 5% off each edge). The decoder
searches that one scale (down to SCALE_MIN: crops of up to 17% per edge), folds the image onto
one tile (summing every repetition: the redundancy), and finds the cyclic shift by correlating
with the tile's pilot chips. Rotations and aspect changes turn or stretch the tile instead:
:mod:`governance.watermark.lattice` proposes those geometries, the pilot judges them here.

Payload. Of each tile's chips, N_PILOT carry a keyed +-1 pilot; the rest carry the coded bits,
each bit on several chips at keyed positions with keyed signs.

This module holds the layout and the decoder's statistics; :mod:`governance.watermark.embedding`
runs the same statistics on the host picture to decide what to add.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from governance.watermark import lattice

CHIPS_SHORT = 128  # chips across the short side
TILE = 32  # chips per tile side
N_PILOT = 256  # pilot chips per tile
OVERSAMPLE = 2  # decoder pixels per chip
SCALE_MIN, SCALE_MAX = 0.66, 1.02  # surviving fraction of the short side the decoder tries
COARSE_STEP = 0.01
FINE_STEPS = (-0.006, -0.004, -0.002, 0.002, 0.004, 0.006)
WHITEN_SIGMA = 1.0  # decoder high-pass, in decoder pixels
REFINED = 2  # lattice hypotheses refined on the pilot
REFINE_ROUNDS = 2  # hill-climbing rounds per step size
ASPECT_SCAN_BELOW = 7.0  # best pilot score under which the aspect scan runs
SCALE_CONFIDENT = 9.0  # a scale candidate this strong is read before the lattice search
NORM_SIGMA = 3.0  # local contrast normalisation window, in decoder pixels


@dataclass(frozen=True)
class Layout:
    """Where the pilot and each coded bit live in the tile, derived from the key."""

    signs: np.ndarray  # (TILE, TILE) +-1 spreading signs
    data_pos: np.ndarray  # flat tile indices of data chips
    data_bit: np.ndarray  # coded bit index carried by each data chip
    pilot_mask: np.ndarray  # (TILE, TILE) 1.0 on pilot chips, 0.0 on data chips
    pilot_fft: np.ndarray  # conj rFFT of the pilot rendered at OVERSAMPLE

    @classmethod
    def from_key(cls, key: bytes, n_coded: int) -> Layout:
        seed = int.from_bytes(hashlib.blake2b(key, digest_size=8, person=b"wm-layout").digest())
        rng = np.random.default_rng(seed)
        order = rng.permutation(TILE * TILE)
        pilot_mask = np.zeros(TILE * TILE, dtype=bool)
        pilot_mask[order[:N_PILOT]] = True
        data_pos = order[N_PILOT:]
        data_bit = np.arange(data_pos.size) % n_coded
        signs = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), size=TILE * TILE)
        pilot = np.where(pilot_mask, signs, 0.0).reshape(TILE, TILE).astype(np.float32)
        template = _render_tile(pilot, OVERSAMPLE)
        return cls(
            signs=signs.reshape(TILE, TILE),
            data_pos=data_pos,
            data_bit=data_bit,
            pilot_mask=pilot_mask.reshape(TILE, TILE).astype(np.float32),
            pilot_fft=np.conj(np.fft.rfft2(template)),
        )

    def tile(self, coded: np.ndarray) -> np.ndarray:
        """The +-1 chip tile for the coded bits (0/1)."""
        values = self.signs.reshape(-1).copy()
        values[self.data_pos] *= 1.0 - 2.0 * coded[self.data_bit]
        return values.reshape(TILE, TILE)


def _render_tile(tile: np.ndarray, factor: int) -> np.ndarray:
    """Upsample a periodic tile with the embedder's interpolation, wrapping at the edges."""
    big = np.tile(tile, (3, 3))
    up = cv2.resize(big, None, fx=factor, fy=factor, interpolation=cv2.INTER_LINEAR)
    n = TILE * factor
    return up[n : 2 * n, n : 2 * n]


def chip_grid_shape(height: int, width: int) -> tuple[int, int]:
    """Chips down and across: CHIPS_SHORT on the short side (at most one chip per pixel)."""
    pitch = max(min(height, width) / CHIPS_SHORT, 1.0)
    return max(1, round(height / pitch)), max(1, round(width / pitch))


def decoder_grid(luma: np.ndarray) -> np.ndarray:
    """The picture at OVERSAMPLE pixels per chip of its own chip grid (unedited geometry)."""
    hc, wc = chip_grid_shape(*luma.shape)
    return cv2.resize(luma, (wc * OVERSAMPLE, hc * OVERSAMPLE), interpolation=cv2.INTER_AREA)


def blocksum(image: np.ndarray, factor: int) -> np.ndarray:
    """Sum each factor x factor block (image sides are multiples of factor)."""
    h, w = image.shape
    return image.reshape(h // factor, factor, w // factor, factor).sum(axis=(1, 3))


def bit_stats(folded: np.ndarray, layout: Layout, n_coded: int) -> np.ndarray:
    """Per coded bit, the despread sum of its chips in a fold aligned with the tile."""
    chips = blocksum(folded, OVERSAMPLE)
    despread = (chips * layout.signs).reshape(-1)[layout.data_pos]
    return np.bincount(layout.data_bit, weights=despread, minlength=n_coded)


@dataclass(frozen=True)
class Candidate:
    """One synchronisation hypothesis: the image folded onto a tile at ``scale``."""

    score: float  # pilot correlation peak in standard deviations of the correlation surface
    scale: float
    shift: tuple[int, int]
    folded: np.ndarray
    basis: np.ndarray | None = None  # the period vectors (base grid) of a lattice hypothesis


def _whiten(luma: np.ndarray) -> np.ndarray:
    """Remove the host picture's low frequencies and equalise local contrast."""
    resid = luma - cv2.GaussianBlur(luma, (0, 0), WHITEN_SIGMA)
    energy = cv2.GaussianBlur(resid * resid, (0, 0), NORM_SIGMA)
    return resid / np.sqrt(energy + 1.0)


def fold(image: np.ndarray, period: int) -> np.ndarray:
    """Sum every period x period block onto one (the tiles' redundancy, coherently)."""
    h, w = image.shape
    ph, pw = -(-h // period) * period, -(-w // period) * period
    padded = np.zeros((ph, pw), dtype=np.float32)
    padded[:h, :w] = image
    return padded.reshape(ph // period, period, pw // period, period).sum(axis=(0, 2))


def correlation(folded: np.ndarray, layout: Layout) -> np.ndarray:
    """The pilot's circular cross-correlation with a fold, for every cyclic shift."""
    return np.fft.irfft2(np.fft.rfft2(folded) * layout.pilot_fft, s=folded.shape)


def _correlate(folded: np.ndarray, layout: Layout) -> tuple[float, tuple[int, int]]:
    corr = correlation(folded, layout)
    idx = int(np.argmax(corr))
    peak = corr.flat[idx]
    score = float((peak - corr.mean()) / (corr.std() + 1e-9))
    return score, divmod(idx, corr.shape[1])


def as_encoded(luma: np.ndarray, layout: Layout) -> Candidate:
    """The unedited geometry alone: exactly the embedder's grid (the service's read-back)."""
    folded = fold(_whiten(decoder_grid(luma)), TILE * OVERSAMPLE)
    score, shift = _correlate(folded, layout)
    return Candidate(score, 1.0, shift, folded)


def candidates(luma: np.ndarray, layout: Layout, top: int = 3) -> Iterator[Candidate]:
    """Synchronisation hypotheses, lazily: the unedited geometry first, then the searches.

    An image read back straight after encoding (the service's own check) is settled by the
    first one, at a tenth of the search's cost; a clear plain crop or downscale by the scale
    search's best; the rest go on to the best of scales and lattices. At most ``top`` + 1 are
    yielded, whatever was scored: each one costs the caller a tag check (the false-find bound).
    """
    height, width = luma.shape
    period = TILE * OVERSAMPLE

    def evaluate(white: np.ndarray, scale: float) -> Candidate:
        folded = fold(white, period)
        score, shift = _correlate(folded, layout)
        return Candidate(score, scale, shift, folded)

    # exactly the embedder's grid: a second resampling would blur the host's fine texture
    # unevenly and undo the informed embedding's cancellation on high-frequency pictures
    yield as_encoded(luma, layout)
    base = CHIPS_SHORT * OVERSAMPLE * SCALE_MAX / min(height, width)
    interp = cv2.INTER_AREA if base < 1 else cv2.INTER_LINEAR
    white = _whiten(cv2.resize(luma, None, fx=base, fy=base, interpolation=interp))

    def evaluate_scale(scale: float) -> Candidate:
        factor = scale / SCALE_MAX
        img = cv2.resize(white, None, fx=factor, fy=factor, interpolation=cv2.INTER_LINEAR)
        return evaluate(img, scale)

    coarse = [evaluate_scale(s) for s in np.arange(SCALE_MIN, SCALE_MAX + 1e-9, COARSE_STEP)]
    coarse.sort(key=lambda c: c.score, reverse=True)
    found = list(coarse[:top])
    for cand in coarse[:top]:
        found.extend(evaluate_scale(cand.scale + d) for d in FINE_STEPS)
    found.sort(key=lambda c: c.score, reverse=True)
    if found[0].score >= SCALE_CONFIDENT:
        # a plain crop or downscale, clearly: try it before the costlier lattice search
        top -= 1
        yield found.pop(0)

    # rotations, larger crops, aspect changes: the lattice of the tile's repetitions, its
    # best hypotheses refined on the pilot (the autocorrelation's peaks are blunt)
    def evaluate_lattice(basis: np.ndarray) -> Candidate:
        scale = float(period * SCALE_MAX / np.sqrt(abs(np.linalg.det(basis))))
        cand = evaluate(lattice.unwarp(white, basis, period), scale)
        return Candidate(cand.score, scale, cand.shift, cand.folded, basis)

    bases, scan = lattice.lattices(white, period * SCALE_MAX)
    proposed = sorted(map(evaluate_lattice, bases), key=lambda c: c.score, reverse=True)
    found += [refine(cand, evaluate_lattice) for cand in proposed[:REFINED]] + proposed[REFINED:]
    if max(c.score for c in found) < ASPECT_SCAN_BELOW and scan:
        # nothing stands out: perhaps an aspect change whose stretched axis' peak is hidden
        found.append(
            refine(max(map(evaluate_lattice, scan), key=lambda c: c.score), evaluate_lattice)
        )
    found.sort(key=lambda c: c.score, reverse=True)
    # the same hypothesis twice (a fine step landing on a coarse one) would waste a tag check
    distinct = {(round(c.scale, 4), c.shift, c.basis is None): c for c in reversed(found)}
    found = sorted(distinct.values(), key=lambda c: c.score, reverse=True)
    yield from found[:top]


def refine(cand: Candidate, evaluate: Callable[[np.ndarray], Candidate]) -> Candidate:
    """Hill-climb a lattice hypothesis on the pilot score: the autocorrelation peaks are blunt."""
    for length, degrees in lattice.NUDGES:
        for _ in range(REFINE_ROUNDS):
            assert cand.basis is not None
            best = max(
                map(evaluate, lattice.nudges(cand.basis, length, degrees)), key=lambda c: c.score
            )
            if best.score <= cand.score:
                break
            cand = best
    return cand


def search(luma: np.ndarray, layout: Layout, top: int = 3) -> list[Candidate]:
    """The best ``top`` (scale, cyclic shift) candidates of the full scale search."""
    return list(candidates(luma, layout, top))[1:]


def soft_bits(cand: Candidate, layout: Layout, n_coded: int) -> np.ndarray:
    """Per coded bit, the despread sum of its chips in the aligned fold (positive = 0)."""
    aligned = np.roll(cand.folded, (-cand.shift[0], -cand.shift[1]), axis=(0, 1))
    return bit_stats(aligned, layout, n_coded)
