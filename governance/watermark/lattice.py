"""Geometric synchronisation from the mark's own periodicity: rotation, scale and aspect ratio.

The mark repeats one tile, so the whitened picture's autocorrelation has peaks on the lattice
of the tile's period vectors, wherever a rotation, a crop or a non-uniform resize has put them.
Unedited, the two period vectors are (P, 0) and (0, P) on the decoder's base grid (P = 64 / 1.02
there); a crop keeping a fraction s of the short side lengthens both by 1/s, an aspect change
lengthens one, a rotation turns both. The decoder looks for each vector's peak in a small window
(lengths for s in SCALE_RANGE, angles up to MAX_ANGLE_DEG), scores each pair of peaks by the whole
lattice they imply, and maps the best lattices back onto the unedited tile with one affine warp;
the pilot's correlation then finds the cyclic shift and judges the hypothesis, as for a plain
scale. The autocorrelation needs no key: it only proposes geometries, the keyed pilot and tag
decide. Plain rotations are also swept (ROTATION_SWEEP_DEG): on busy pictures the host's own
texture can bury the autocorrelation's peaks while the keyed pilot still reads.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

MAX_ANGLE_DEG = 4.0  # rotations the window covers (the bar: +-3 degrees)
SCALE_RANGE = (0.62, 1.30)  # a side's scale: crops keeping under half the area .. stretches
PEAKS_PER_AXIS = 8  # local maxima tried for each period vector
LATTICES = 16  # lattice hypotheses passed on to the pilot
ROTATION_SWEEP_DEG = tuple(d for d in np.arange(-3.5, 3.51, 0.5) if abs(d) > 0.1)
ASPECT_RANGE = (0.75, 1.34)  # aspect changes the scan covers (one side 25% shorter or longer)
ASPECT_STEP = 0.02  # relative step of the aspect scan


def period_windows(period: float) -> tuple[int, int, int]:
    """Lag bounds (shortest, longest, sideways) of the windows holding the period vectors."""
    low = math.floor(period / SCALE_RANGE[1])
    high = math.ceil(period / SCALE_RANGE[0])
    side = math.ceil(high * math.tan(math.radians(MAX_ANGLE_DEG)))
    return low, high, side


def autocorrelation(white: np.ndarray, reach: int) -> np.ndarray:
    """Linear (not circular) autocorrelation for lags up to ``reach``, normalised at lag 0."""
    h, w = white.shape
    size = (cv2.getOptimalDFTSize(h + reach), cv2.getOptimalDFTSize(w + reach))
    padded = np.zeros(size, dtype=np.float32)
    padded[:h, :w] = white
    spectrum = cv2.dft(padded, flags=cv2.DFT_COMPLEX_OUTPUT)
    power = cv2.mulSpectrums(spectrum, spectrum, 0, conjB=True)
    acf = cv2.idft(power, flags=cv2.DFT_REAL_OUTPUT | cv2.DFT_SCALE)
    return acf / max(float(acf[0, 0]), 1e-9)


def _at(acf: np.ndarray, x: float, y: float) -> float:
    """Bilinear value at lag (x, y), lags wrapping as the circular array stores them."""
    h, w = acf.shape
    x0, y0 = math.floor(x), math.floor(y)
    fx, fy = x - x0, y - y0
    total = 0.0
    for dy, wy in ((0, 1 - fy), (1, fy)):
        for dx, wx in ((0, 1 - fx), (1, fx)):
            total += wy * wx * float(acf[(y0 + dy) % h, (x0 + dx) % w])
    return total


def _peaks(acf: np.ndarray, along_x: bool, period: float) -> list[tuple[float, float]]:
    """The strongest local maxima in the window of one period vector, refined to sub-pixel."""
    low, high, side = period_windows(period)
    ys = np.arange(-side, side + 1)
    xs = np.arange(low, high + 1)
    if along_x:
        window = acf[np.ix_(ys % acf.shape[0], xs)]
    else:  # the same window turned by 90 degrees: rows are lags along y
        window = acf[np.ix_(xs, ys % acf.shape[1])].T
    local = window == cv2.dilate(window, np.ones((3, 3), np.uint8))
    local[[0, -1], :] = local[:, [0, -1]] = False  # a maximum on the border is only a slope
    order = np.argsort(window[local])[::-1][:PEAKS_PER_AXIS]
    rows, cols = np.nonzero(local)
    found = []
    for r, c in zip(rows[order], cols[order], strict=True):
        dr = _vertex(window[r - 1, c], window[r, c], window[r + 1, c])
        dc = _vertex(window[r, c - 1], window[r, c], window[r, c + 1])
        along, across = float(xs[c] + dc), float(ys[r] + dr)
        found.append((along, across) if along_x else (across, along))
    return found


def _vertex(left: float, mid: float, right: float) -> float:
    """Offset of a parabola's vertex through three equally spaced samples (in -0.5..0.5)."""
    curve = left - 2 * mid + right
    return float(np.clip(0.5 * (left - right) / curve, -0.5, 0.5)) if curve < 0 else 0.0


def lattices(white: np.ndarray, period: float) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The likeliest period-vector pairs (2x2, vectors as columns), and an aspect scan.

    Pairs come from the strongest peaks of each window, and from each peak completed by its
    perpendicular twin (a rotation or a uniform crop keeps the tile square): busy photos hide
    one axis' peak under their own texture, rarely both. The scan (for when no pair reads)
    keeps each axis' strongest peak and steps its twin's length: an aspect change stretches
    one axis only, and a busy photo may hide the stretched axis' peak.
    """
    _, high, _ = period_windows(period)
    acf = autocorrelation(white, 2 * high + 2)
    firsts, seconds = _peaks(acf, True, period), _peaks(acf, False, period)
    pairs = [(v1, v2) for v1 in firsts for v2 in seconds]
    pairs += [(v1, (-v1[1], v1[0])) for v1 in firsts]
    pairs += [((v2[1], -v2[0]), v2) for v2 in seconds]
    scored = []
    for v1, v2 in pairs:
        # the whole lattice: both vectors, their sum and difference
        points = (v1, v2, np.add(v1, v2), np.subtract(v1, v2))
        score = sum(_at(acf, float(x), float(y)) for x, y in points)
        scored.append((score, np.array([v1, v2], dtype=np.float64).T))
    scored.sort(key=lambda item: item[0], reverse=True)
    low, high = ASPECT_RANGE
    ratios = np.exp(np.arange(math.log(low), math.log(high), ASPECT_STEP))
    scan = []
    for v1 in firsts[:1]:
        scan += [np.array([v1, (-v1[1] * r, v1[0] * r)]).T for r in ratios]
    for v2 in seconds[:1]:
        scan += [np.array([(v2[1] * r, -v2[0] * r), v2]).T for r in ratios]
    # a plain rotation keeps the period: a keyed sweep finds it where the host's own texture
    # buries the autocorrelation's peaks (busy pictures: grass, gravel, diffusion noise)
    turned = [_turned(period, degrees) for degrees in ROTATION_SWEEP_DEG]
    return [basis for _, basis in scored[:LATTICES]] + turned, scan


def _turned(period: float, degrees: float) -> np.ndarray:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return period * np.array([[c, -s], [s, c]])


def unwarp(white: np.ndarray, basis: np.ndarray, period: int) -> np.ndarray:
    """Resample so the lattice ``basis`` becomes (period, 0), (0, period): the unedited tile."""
    linear = period * np.linalg.inv(basis)
    h, w = white.shape
    corners = linear @ np.array([[0, w, 0, w], [0, 0, h, h]], dtype=np.float64)
    origin = corners.min(axis=1)
    size = np.ceil(corners.max(axis=1) - origin).astype(int)
    affine = np.hstack([linear, -origin[:, None]]).astype(np.float64)
    return cv2.warpAffine(white, affine, (int(size[0]), int(size[1])), flags=cv2.INTER_LINEAR)


NUDGES = ((0.006, 0.4), (0.003, 0.2))  # (relative length, degrees) steps of the refinement


def nudges(basis: np.ndarray, length: float, degrees: float) -> list[np.ndarray]:
    """Neighbours of a lattice: each period vector a little longer, shorter, or turned."""
    turn = math.radians(degrees)
    out = []
    for column in (0, 1):
        for sign in (-1.0, 1.0):
            longer = basis.copy()
            longer[:, column] *= 1.0 + sign * length
            c, s = math.cos(sign * turn), math.sin(sign * turn)
            turned = basis.copy()
            turned[:, column] = np.array([[c, -s], [s, c]]) @ basis[:, column]
            out += [longer, turned]
    return out
