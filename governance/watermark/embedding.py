"""Informed embedding: the luma change that makes the decoder read the coded bits.

The embedder runs the decoder's own statistics (:mod:`governance.watermark.spread`) on the host
picture and gives each coded bit the amplitude that cancels what the picture already says about
it (improved spread spectrum), instead of fighting the host's interference with brute strength.
The pilot gets the same treatment as a whole: its gain rises, at the data chips' expense, until
the predicted read-back score reaches PILOT_TARGET_SCORE. A few closed-loop rounds on the
decoder's grid correct for interpolation and for the chips' crosstalk.

Busy pictures. Where the host's texture in the mark's band is as strong as the mark itself,
everywhere (grass, gravel, the noise-like output of a tiny diffusion model), cancelling all of
it costs more than the distortion budget holds: every bit is left a margin near zero, and the
slightest difference between this model and the decoder (rounding, the decoder's own contrast
normalisation, a JPEG pass) flips a large share of them. Such texture also hides the mark best,
so by how busy the picture is (``busyness``) the mark is made stronger (up to ``max_rms``) and
sharper (blockier chips put more of their energy where the decoder looks), and the rejection
backs off where the budget still falls short.
"""

from __future__ import annotations

import cv2
import numpy as np

from governance.watermark import spread
from governance.watermark.spread import OVERSAMPLE, TILE, Layout

Array = np.ndarray

MASK_RANGE = (0.7, 1.5)  # perceptual weight bounds relative to the mean
GAIN_RANGE = (0.2, 3.0)  # per-bit amplitude bounds relative to the mean
REJECTIONS = np.linspace(1.0, 0.5, 6)  # shares of the host's interference it may cancel
CHANNEL_NOISE = 0.25  # what the decoder may see besides this model, in units of a bit's response
# The pilot score aimed at for read-back, above the decoder's gate (PILOT_MIN_SCORE = 6): photos
# reach it at unit gain; on busy pictures the host alone can pull the peak down by 2-3.
PILOT_TARGET_SCORE = 8.0
PILOT_GAIN_MAX = 1.5  # the pilot's amplitude bound, relative to the data chips' mean
# Spread of the host's interference per bit (in units of the bit's own response at nominal
# strength) over which a picture goes from not busy to fully busy: photos stay below ~0.55
# (busiest: motorcycle, brick); grass, gravel and diffusion-model noise reach 0.9-1.4.
BUSY_INTERFERENCE = (0.6, 0.9)
SHARPNESS_MAX = 0.7  # share of flat blocks in the sharpened chips of the busiest pictures
EMBED_ITERATIONS = 3


def luma_step(
    luma: np.ndarray, layout: Layout, coded: np.ndarray, rms: float, max_rms: float | None = None
) -> np.ndarray:
    """The integer luma change (int16) carrying ``coded``, RMS ``rms`` (busy: up to ``max_rms``)."""
    height, width = luma.shape
    hc, wc = spread.chip_grid_shape(height, width)
    grid_size = (wc * OVERSAMPLE, hc * OVERSAMPLE)
    reps = (-(-hc // TILE), -(-wc // TILE))
    grid = spread.decoder_grid(luma)
    resid = grid - cv2.GaussianBlur(grid, (0, 0), spread.WHITEN_SIGMA)
    divisor = np.sqrt(cv2.GaussianBlur(resid * resid, (0, 0), spread.NORM_SIGMA) + 1.0)
    truth = 1.0 - 2.0 * coded

    def tiled(tile: np.ndarray) -> np.ndarray:
        return np.tile(tile, reps)[:hc, :wc]

    def whitened_fold(image: np.ndarray) -> np.ndarray:
        """The decoder's fold, linear in ``image`` (the host's contrast normalisation)."""
        high = image - cv2.GaussianBlur(image, (0, 0), spread.WHITEN_SIGMA)
        return spread.fold(high / divisor, TILE * OVERSAMPLE)

    def stats(folded: np.ndarray) -> np.ndarray:
        return spread.bit_stats(folded, layout, coded.size) * truth

    unit = (tiled(layout.tile(coded)) * _texture_weight(grid)).astype(np.float32)
    pilot_unit = unit * tiled(layout.pilot_mask)
    data_unit = unit - pilot_unit
    host_fold = whitened_fold(grid)
    host = stats(host_fold)

    def responses(sharp: float, strength: float) -> tuple[float, Array, Array, Array]:
        """The model's amplitude, the pilot's and data chips' folds, each bit's response."""
        amp = _amplitude(unit, (width, height), grid_size, sharp) * strength
        pilot = whitened_fold(_upsample(pilot_unit, grid_size, sharp) * amp)
        data = whitened_fold(_upsample(data_unit, grid_size, sharp) * amp)
        own = stats(pilot + data)
        # floored: a bit may see almost nothing on tiny images
        return amp, pilot, data, np.maximum(own, max(1e-3 * float(np.abs(own).mean()), 1e-6))

    sharp, strength = 0.0, rms
    amp, pilot_fold, data_fold, own = responses(sharp, strength)
    if busy := busyness(host / own):
        sharp = busy * SHARPNESS_MAX
        strength = rms + busy * max(0.0, (max_rms or rms) - rms)
        amp, pilot_fold, data_fold, own = responses(sharp, strength)
    pilot_surface = spread.correlation(pilot_fold, layout)
    # a pilot gain g takes (g**2 - 1) times the pilot's energy from the data chips
    pilot_share = cv2.norm(pilot_unit, cv2.NORM_L2SQR) / max(
        cv2.norm(data_unit, cv2.NORM_L2SQR), 1e-6
    )
    gains = np.ones(coded.size, dtype=np.float32)
    data_chips = data_unit
    for round_ in range(EMBED_ITERATIONS):
        if round_:
            data_fold = whitened_fold(_upsample(data_chips, grid_size, sharp) * amp)
        base = spread.correlation(host_fold + data_fold, layout)
        pilot_gain = _pilot_gain(base, pilot_surface)
        # everything a bit sees besides its own chips, in units of its own unit response
        interference = (host + stats(data_fold + pilot_gain * pilot_fold)) / own - gains
        gains = _solve_gains(interference, 1.0 - (pilot_gain**2 - 1.0) * pilot_share)
        gain_tile = np.ones(TILE * TILE, dtype=np.float32)
        gain_tile[layout.data_pos] = gains[layout.data_bit]
        data_chips = data_unit * tiled(gain_tile.reshape(TILE, TILE))
    delta = _upsample(data_chips + pilot_gain * pilot_unit, (width, height), sharp)
    # interpolation smooths the chips; set the strength on what is actually added
    scale = strength * np.sqrt(delta.size) / max(cv2.norm(delta, cv2.NORM_L2), 1e-6)
    return cv2.addWeighted(delta, scale, delta, 0.0, 0.0, dtype=cv2.CV_16S)  # scale, round


def busyness(interference: np.ndarray) -> float:
    """How busy a picture is for the mark: 0 (photos) to 1 (grass, gravel, diffusion noise).

    ``interference`` is what the host says about each bit in units of the bit's response at
    nominal strength; its spread measures the host's texture in the mark's band against the mark.
    """
    low, high = BUSY_INTERFERENCE
    return float(np.clip((float(np.std(interference)) - low) / (high - low), 0.0, 1.0))


def _texture_weight(grid: np.ndarray) -> np.ndarray:
    """Per chip, a perceptual weight: more mark where the picture has more detail."""
    small = spread.blocksum(grid, OVERSAMPLE) / (OVERSAMPLE * OVERSAMPLE)
    detail = np.abs(small - cv2.GaussianBlur(small, (0, 0), 1.5))
    activity = cv2.GaussianBlur(detail, (0, 0), 2.0) + 1.0
    return np.clip(activity / activity.mean(), *MASK_RANGE)


def _upsample(chips: np.ndarray, size: tuple[int, int], sharp: float) -> np.ndarray:
    """Chips at ``size``: interpolated linearly, or (busy pictures) sharpened first by ``sharp``.

    Sharpening blends each chip's linear ramp with a flat block at OVERSAMPLE pixels per chip,
    the decoder's own grid: the rendering is then linear from there, one full-size pass as for
    photos, and the rounds' model on the decoder's grid is exact.
    """
    if not sharp:
        return cv2.resize(chips, size, interpolation=cv2.INTER_LINEAR)
    fine = (chips.shape[1] * OVERSAMPLE, chips.shape[0] * OVERSAMPLE)
    smooth = cv2.resize(chips, fine, interpolation=cv2.INTER_LINEAR)
    blocks = cv2.resize(chips, fine, interpolation=cv2.INTER_AREA)  # replicates: 2x exactly
    sharpened = cv2.addWeighted(smooth, 1.0 - sharp, blocks, sharp, 0.0)
    if size == fine:
        return sharpened
    return cv2.resize(sharpened, size, interpolation=cv2.INTER_LINEAR)


def _amplitude(
    unit: np.ndarray, size: tuple[int, int], grid_size: tuple[int, int], sharp: float
) -> float:
    """Per unit of RMS, how strongly the decoder's grid sees chips rendered at full size.

    The rounds model the rendering on the decoder's grid (upsampled straight to it); one
    full-size rendering of the unit chips, taken down to the grid as the decoder does, sets
    the model's amplitude.
    """
    full = _upsample(unit, size, sharp)
    seen = cv2.resize(full, grid_size, interpolation=cv2.INTER_AREA)
    per_rms = np.sqrt(full.size) / max(cv2.norm(full), 1e-6)
    return float(per_rms * cv2.norm(seen) / max(cv2.norm(_upsample(unit, grid_size, sharp)), 1e-6))


def _solve_gains(interference: np.ndarray, energy: float = 1.0) -> np.ndarray:
    """Per-bit gains k = clip(m - a * x) at mean(k**2) = ``energy``: the level m, rejection a.

    Full rejection (a = 1) gives every bit the same margin m, the most robust choice while the
    budget covers it (photos: m ~ 0.9). Where the interference is too strong for the budget,
    m falls to zero or below and the bits turn into near-ties; the rejection then backs off
    (improved spread spectrum's trade-off) to the a that minimises the expected share of sign
    errors under CHANNEL_NOISE.
    """
    low, high = GAIN_RANGE
    interfered = REJECTIONS[:, None] * interference  # (rejection, bit)
    below, above = np.full((REJECTIONS.size, 1), -4.0), np.full((REJECTIONS.size, 1), 8.0)
    for _ in range(12):  # bisection for the level (to 0.003), every rejection at once
        level = (below + above) / 2
        k = np.clip(level - interfered, low, high)
        over = np.einsum("rb,rb->r", k, k)[:, None] > energy * interference.size
        below, above = np.where(over, below, level), np.where(over, level, above)
    gains = np.clip((below + above) / 2 - interfered, low, high)
    margin = np.clip((gains + interference) / CHANNEL_NOISE, -30.0, 30.0)
    errors = np.mean(1.0 / (1.0 + np.exp(1.702 * margin)), axis=1)  # logistic ~ normal tail
    best = int(np.argmin(errors + 1e-6 * np.arange(REJECTIONS.size)))  # ties: more rejection
    return gains[best].astype(np.float32)


def _pilot_gain(base: np.ndarray, pilot: np.ndarray) -> float:
    """The smallest pilot gain (>= 1) whose predicted read-back score reaches the target.

    ``base`` is the decoder's pilot-correlation surface of the picture with the data chips,
    ``pilot`` that of the pilot chips at unit gain; the true shift is (0, 0). The surface at
    gain g is base + g * pilot, so its peak and spread are simple functions of g.
    """
    base = base.reshape(-1) - base.mean()
    pilot = pilot.reshape(-1) - pilot.mean()
    gains = np.linspace(1.0, PILOT_GAIN_MAX, 26)
    var = (base @ base + 2 * gains * (base @ pilot) + gains**2 * (pilot @ pilot)) / base.size
    scores = (base[0] + gains * pilot[0]) / (np.sqrt(np.maximum(var, 0.0)) + 1e-9)
    reached = np.flatnonzero(scores >= PILOT_TARGET_SCORE)
    return float(gains[reached[0]] if reached.size else gains[np.argmax(scores)])
