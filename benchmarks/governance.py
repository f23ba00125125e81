"""Governance cost per image, on one core: NSFW, watermark, encode, C2PA sign, watermark read-back,
audit append.

Run: python benchmarks/governance.py [--runs N] [--sizes 512,1024] [--formats png,jpeg,webp]
                                   [--overlap-runs N]

Real photographs (scikit-image: astronaut, coffee, chelsea, rocket, hubble_deep_field, retina),
centre-cropped and resized to each size, go through ``ImageGovernor.govern`` exactly as the
governance replica runs it (NudeNet 320n on one onnxruntime thread, the record-id watermark, the
Pillow encoder, C2PA signing with a development CA), then one audit record is appended to SQLite
in a temp dir as the router does. The process is pinned to one CPU and torch/OpenCV to one
thread, which is what a governance replica gets. Median and p95 of N runs after a warm-up; the
last row compares the total with a 100 ms budget per image. These per-stage tables run the
stages one after another (``concurrent=False``), so that each stage's time is its own.

Overlap table: the same governor run both ways on the machine's cores (unpinned: Ray does not
pin a replica), alternating image by image: stages in order (before) vs NSFW beside watermark ->
encode -> sign -> read back (after, the default). It gives the sum of the stages and the wall
clock of ``govern()`` for each, the ratio of the wall clocks, and the same with the audit append.

C2PA table (``--c2pa-runs``, PNG only): signing through c2pa-python's streams
(``Builder.sign``, ~500 Python callbacks for a 1024 px PNG, each taking the GIL) vs c2pa-rs's
data-hashed flow (``governance.c2pa_data_hash``, the service's path), alternating call by call,
alone and beside a thread running Python (what makes each callback wait for the GIL, as other
threads do in a busy replica).

Last table (``--previous-runs``, PNG only): the governor as the service runs it (unpinned, NSFW
beside the rest) with the previous PNG path and NSFW postprocess (``previous_code``: the zlib
RLE writer, the read-back decoding the PNG bytes, NudeNet's postprocess over every anchor) vs
the current code (ISA-L writer, the read-back proving the bytes and reading the marked pixels,
NudeNet's postprocess over the anchors it keeps), alternating image by image.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import os
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import _common  # noqa: F401  (sets sys.path and offline env first)
from _common import machine_line, percentile, print_table

BUDGET_MS = 100.0
PHOTOS = ("astronaut", "coffee", "chelsea", "rocket", "hubble_deep_field", "retina")
STAGES = ("nsfw", "watermark", "encode", "c2pa", "readback", "audit")


def pin_to_one_core() -> str:
    import cv2
    import torch

    torch.set_num_threads(1)
    cv2.setNumThreads(1)
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}, torch/OpenCV/onnxruntime 1 thread"
    return "torch/OpenCV/onnxruntime 1 thread (no CPU pinning on this OS)"


def photos(size: int):
    """Each photo centre-cropped to a square and resized to size x size (uint8 RGB)."""
    import numpy as np
    import skimage.data
    from PIL import Image

    out = []
    for name in PHOTOS:
        pixels = getattr(skimage.data, name)()
        if pixels.ndim == 2:
            pixels = np.stack([pixels] * 3, axis=-1)
        pixels = pixels[..., :3]
        height, width = pixels.shape[:2]
        side = min(height, width)
        top, left = (height - side) // 2, (width - side) // 2
        square = Image.fromarray(pixels[top : top + side, left : left + side])
        out.append((name, np.asarray(square.resize((size, size), Image.Resampling.LANCZOS))))
    return out


class CpuClock:
    """CPU milliseconds per stage (time.process_time): it moves far less than wall time when
    other processes compete for the core, so it is the figure to compare across runs."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}

    def wrap(self, stage: str, fn):
        def timed(*args, **kwargs):
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = (time.process_time() - started) * 1000.0
                self.ms[stage] = self.ms.get(stage, 0.0) + elapsed

        return timed


def instrument(governor, clock: CpuClock) -> None:
    """Count each stage's CPU time around the same calls govern() times by the wall clock."""
    from governance import image_governor

    governor.nsfw_filter.check = clock.wrap("nsfw", governor.nsfw_filter.check)
    # govern() marks through embed_array (the array, no PIL round trip); embed calls it too.
    governor.watermarker.embed_array = clock.wrap("watermark", governor.watermarker.embed_array)
    governor.credentials.sign = clock.wrap("c2pa", governor.credentials.sign)
    governor.watermarker.read_back = clock.wrap("readback", governor.watermarker.read_back)
    image_governor.encode_image = clock.wrap("encode", image_governor.encode_image)
    image_governor.png_decodes_to = clock.wrap("readback", image_governor.png_decodes_to)


def previous_encode(image, output_format: str, quality: int | None = None) -> bytes:
    """The PNG writer before ISA-L (zlib, level 1, run-length strategy); others as now."""
    import numpy as np

    from governance import encoding

    if output_format != "png":
        return encoding.encode_image(image, output_format, quality)
    pixels = encoding.rgb_array(image)
    height, width, _ = pixels.shape
    compressor = zlib.compressobj(1, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
    raw = encoding._filtered(pixels)
    data = compressor.compress(np.ascontiguousarray(raw).tobytes()) + compressor.flush()
    return (
        encoding._SIGNATURE
        + encoding._chunk(b"IHDR", encoding._ihdr(height, width))
        + encoding._chunk(b"IDAT", data)
        + encoding._chunk(b"IEND", b"")
    )


@contextlib.contextmanager
def previous_code(clock: CpuClock) -> Iterator[None]:
    """The previous PNG path and NSFW postprocess, swapped in for the calls inside."""
    from governance import image_governor, nsfw

    saved = image_governor.encode_image, image_governor.png_decodes_to, nsfw._candidates
    image_governor.encode_image = clock.wrap("encode", previous_encode)
    image_governor.png_decodes_to = lambda data, pixels: False  # read back by decoding the PNG
    nsfw._candidates = lambda outputs: outputs  # NudeNet's postprocess over every anchor
    try:
        yield
    finally:
        image_governor.encode_image, image_governor.png_decodes_to, nsfw._candidates = saved


def build(home: Path):
    from governance.audit import open_store
    from governance.certs import ensure_dev_ca
    from governance.image_governor import ImageGovernor
    from governance.nsfw import NsfwFilter, NudeNetDetector
    from governance.provenance import ContentCredentials, SignerConfig
    from governance.watermark import Watermarker

    paths = ensure_dev_ca(home / "certs")
    credentials = ContentCredentials(
        SignerConfig.from_files(paths.signer_chain, paths.signer_key, paths.root_cert)
    )
    governor = ImageGovernor(
        NsfwFilter(NudeNetDetector(threads=1)), Watermarker(), credentials, concurrent=False
    )
    store = open_store(f"sqlite:///{home / 'audit.db'}")
    return governor, store


def govern_once(governor, store, clock: CpuClock, pixels, output_format: str) -> dict[str, float]:
    """One image through the governor, then its audit record appended: wall ms per stage
    (``stage``) and CPU ms per stage (``cpu:stage``)."""
    from governance.audit import AuditRecord, new_record_id
    from governance.image_governor import WALL_CLOCK, ImageJob

    created = dt.datetime.now(dt.UTC)
    job = ImageJob(
        record_id=new_record_id(),
        model="bench",
        model_revision="bench-1",
        created=created,
        output_format=output_format,
    )
    clock.ms = {}
    cpu_started = time.process_time()
    outcome = governor.govern(pixels, job)
    image = outcome.raise_for_status()  # a blocked or failed image would make the figures lie
    timings = dict(outcome.timings_ms)
    timings["wall"] = timings.pop(WALL_CLOCK)
    record = AuditRecord(
        record_id=job.record_id,
        tenant="bench",
        model="bench",
        model_revision="bench-1",
        params={"size": f"{pixels.shape[1]}x{pixels.shape[0]}", "n": 1, "seed": 7},
        prompt="a photograph",
        moderation={"decision": "passed", "category": None, "scores": {}},
        nsfw=image.nsfw,
        watermark_id=image.watermark_id,
        watermark_reliable=image.watermark_reliable,
        c2pa_manifest_id=image.manifest_id,
        c2pa_manifest=base64.b64encode(image.manifest_store).decode("ascii"),
        image_sha256=image.image_sha256,
        outcome="granted",
        policy_version="bench-1",
        request_id="req_" + new_record_id(),
        created=created,
    )
    started, cpu = time.perf_counter(), time.process_time()
    store.append_many([record])
    timings["audit"] = (time.perf_counter() - started) * 1000.0
    clock.ms["audit"] = (time.process_time() - cpu) * 1000.0
    timings["total"] = sum(timings[s] for s in STAGES)
    timings["wall+audit"] = timings["wall"] + timings["audit"]
    timings.update({f"cpu:{stage}": ms for stage, ms in clock.ms.items()})
    timings["cpu:total"] = (time.process_time() - cpu_started) * 1000.0
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12, help="timed images per size and format")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--sizes", default="512,1024")
    parser.add_argument("--formats", default="png,jpeg,webp", help="png first: the API default")
    parser.add_argument(
        "--overlap-runs", type=int, default=12, help="images per side, size in the overlap table"
    )
    parser.add_argument(
        "--previous-runs", type=int, default=12, help="images per side, size in the last table"
    )
    parser.add_argument(
        "--c2pa-runs", type=int, default=12, help="signatures per path, size in the C2PA table"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    formats = args.formats.split(",")

    all_cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    pinning = pin_to_one_core()
    print(machine_line(pinning))
    with tempfile.TemporaryDirectory(prefix="imprimatur-gov-bench-") as tmp:
        governor, store = build(Path(tmp))
        clock = CpuClock()
        instrument(governor, clock)
        # results[(size, format)][stage] -> list of ms
        results: dict[tuple[int, str], dict[str, list[float]]] = {}
        for size in sizes:
            images = photos(size)
            for fmt in formats:
                for i in range(args.warmup):
                    govern_once(governor, store, clock, images[i % len(images)][1], fmt)
                runs: dict[str, list[float]] = {}
                for i in range(args.runs):
                    timings = govern_once(governor, store, clock, images[i % len(images)][1], fmt)
                    for stage, ms in timings.items():
                        runs.setdefault(stage, []).append(ms)
                results[(size, fmt)] = runs
        if all_cpus is not None:
            os.sched_setaffinity(0, all_cpus)
            governor.cores = len(all_cpus)  # it was built pinned, to one
        overlap = overlap_runs(governor, store, clock, sizes, formats[0], args)
        previous = previous_runs(governor, store, clock, sizes, args)
        signing = c2pa_runs(governor.credentials, sizes, args)
        store.close()

    main_format = formats[0]
    print(
        f"\ngovernance per image, {main_format}: ms over {args.runs} runs per size after "
        f"{args.warmup} warm-up; photos: {', '.join(PHOTOS)}"
    )
    print("  p50/p95: wall clock as govern() reports it; cpu: CPU time p50 (load-independent)")
    headers = ["stage"]
    for size in sizes:
        headers += [f"{size} p50", f"{size} p95", f"{size} cpu"]
    rows = []
    for stage in (*STAGES, "total"):
        row = [stage if stage != "encode" else f"encode ({main_format})"]
        for size in sizes:
            runs = results[(size, main_format)]
            row += [
                f"{percentile(runs[stage], 50):.1f}",
                f"{percentile(runs[stage], 95):.1f}",
                f"{percentile(runs[f'cpu:{stage}'], 50):.1f}",
            ]
        rows.append(row)
    row = [f"total / {BUDGET_MS:.0f} ms budget"]
    for size in sizes:
        runs = results[(size, main_format)]
        row += [f"{percentile(runs['total'], q) / BUDGET_MS:.2f}x" for q in (50, 95)] + [
            f"{percentile(runs['cpu:total'], 50) / BUDGET_MS:.2f}x"
        ]
    rows.append(row)
    print_table(headers, rows)

    if len(formats) > 1:
        print("\nby output format, p50 ms (cpu = CPU time)")
        headers = ["format"]
        for size in sizes:
            headers += [f"{size} {stage} cpu" for stage in ("encode", "c2pa", "readback")]
            headers += [f"{size} total", f"{size} cpu"]
        rows = []
        for fmt in formats:
            row = [fmt]
            for size in sizes:
                runs = results[(size, fmt)]
                row += [
                    f"{percentile(runs[key], 50):.1f}"
                    for key in ("cpu:encode", "cpu:c2pa", "cpu:readback", "total", "cpu:total")
                ]
            rows.append(row)
        print_table(headers, rows)

    print_overlap(overlap, sizes, formats[0], args.overlap_runs)
    print_previous(previous, sizes, args.previous_runs)
    print_c2pa(signing, sizes, args.c2pa_runs)


@contextlib.contextmanager
def python_thread() -> Iterator[None]:
    """A thread looping in Python for the duration: it holds the GIL but for the interpreter's
    switch interval, as the replica's other threads do between their native calls."""
    import threading

    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(1000))

    thread = threading.Thread(target=spin, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def c2pa_runs(credentials, sizes, args) -> dict:
    """PNG signing through streams vs the data-hashed flow, alternating, alone and beside a
    thread running Python: wall ms per (size, busy, path)."""
    from governance import provenance
    from governance.encoding import encode_image
    from governance.provenance import GenerationFacts

    native = provenance._DATA_HASHED
    results: dict[tuple[int, bool, str], list[float]] = {}
    if native is None:
        return results  # this c2pa-python has no data-hashed flow: nothing to compare
    facts = GenerationFacts(
        record_id="bench",
        model="tiny-sdxl",
        model_revision="bench",
        watermark_id="bench",
        created=dt.datetime.now(dt.UTC),
    )
    try:
        for size in sizes:
            png = encode_image(photos(size)[0][1], "png", None)
            for busy in (False, True):
                with python_thread() if busy else contextlib.nullcontext():
                    for i in range(args.warmup + args.c2pa_runs):
                        order = ("streams", "native") if i % 2 == 0 else ("native", "streams")
                        for path in order:
                            provenance._DATA_HASHED = native if path == "native" else None
                            started = time.perf_counter()
                            credentials.sign(png, "image/png", facts)
                            if i >= args.warmup:
                                ms = (time.perf_counter() - started) * 1000.0
                                results.setdefault((size, busy, path), []).append(ms)
    finally:
        provenance._DATA_HASHED = native
    return results


def print_c2pa(results: dict, sizes: list[int], runs: int) -> None:
    if not results:
        print("\nC2PA table skipped: this c2pa-python signs through streams only")
        return
    print(
        f"\nC2PA signing of a PNG: c2pa-python's streams vs the data-hashed flow (the service's),"
        f" {runs} signatures each, alternating; p50 wall ms"
    )
    headers = ["size", "beside", "streams", "data-hashed", "data-hashed/streams"]
    rows = []
    for size in sizes:
        for busy in (False, True):
            streams, native = (
                percentile(results[(size, busy, path)], 50) for path in ("streams", "native")
            )
            beside = "a thread running Python" if busy else "nothing"
            ratio_text = f"{native / streams:.2f}x"
            rows.append([size, beside, f"{streams:.1f}", f"{native:.1f}", ratio_text])
    print_table(headers, rows)


def overlap_runs(governor, store, clock, sizes, fmt, args) -> dict:
    """Stages in order vs NSFW beside the rest, alternating image by image, on every core."""
    results: dict[tuple[int, bool], dict[str, list[float]]] = {}
    for size in sizes:
        images = photos(size)
        for i in range(args.warmup + args.overlap_runs):
            for concurrent in (False, True) if i % 2 == 0 else (True, False):
                governor.concurrent = concurrent
                timings = govern_once(governor, store, clock, images[i % len(images)][1], fmt)
                if i >= args.warmup:
                    runs = results.setdefault((size, concurrent), {})
                    for stage, ms in timings.items():
                        runs.setdefault(stage, []).append(ms)
    governor.concurrent = False
    return results


def previous_runs(governor, store, clock, sizes, args) -> dict:
    """Previous vs current code, PNG, NSFW beside the rest, alternating image by image."""
    results: dict[tuple[int, bool], dict[str, list[float]]] = {}
    governor.concurrent = True
    for size in sizes:
        images = photos(size)
        for i in range(args.warmup + args.previous_runs):
            for current in (False, True) if i % 2 == 0 else (True, False):
                with contextlib.nullcontext() if current else previous_code(clock):
                    timings = govern_once(governor, store, clock, images[i % len(images)][1], "png")
                if i >= args.warmup:
                    runs = results.setdefault((size, current), {})
                    for stage, ms in timings.items():
                        runs.setdefault(stage, []).append(ms)
    governor.concurrent = False
    return results


def print_previous(results: dict, sizes: list[int], runs: int) -> None:
    print(
        f"\nprevious PNG path and NSFW postprocess (before) vs now (after), png, NSFW beside the"
        f" rest, unpinned ({os.cpu_count()} CPUs), {runs} images each, alternating; p50 ms"
    )
    headers = ["stage"]
    for size in sizes:
        headers += [f"{size} before", f"{size} after", f"{size} after/before"]
    rows = []
    for stage in (*STAGES[:-1], "wall", "wall+audit", "cpu:total"):
        row = [stage]
        for size in sizes:
            before, after = (percentile(results[(size, c)][stage], 50) for c in (False, True))
            row += [f"{before:.1f}", f"{after:.1f}", f"{after / before:.2f}x"]
        rows.append(row)
    print_table(headers, rows)


def print_overlap(results: dict, sizes: list[int], fmt: str, runs: int) -> None:
    print(
        f"\nstages in order (before) vs NSFW beside the rest (after), {fmt}, unpinned "
        f"({os.cpu_count()} CPUs), {runs} images each, alternating; p50 ms"
    )
    print(
        "  sum: the stages' own times added; wall: govern()'s wall clock; +audit: with the append"
    )
    headers = ["size", "before sum", "before wall", "after sum", "after wall", "after/before wall"]
    headers += ["before wall+audit", "after wall+audit", "after/before"]
    rows = []
    for size in sizes:
        before, after = results[(size, False)], results[(size, True)]
        p50 = {k: {s: percentile(v[s], 50) for s in v} for k, v in (("b", before), ("a", after))}
        rows.append(
            [
                size,
                f"{p50['b']['total'] - p50['b']['audit']:.1f}",
                f"{p50['b']['wall']:.1f}",
                f"{p50['a']['total'] - p50['a']['audit']:.1f}",
                f"{p50['a']['wall']:.1f}",
                f"{p50['a']['wall'] / p50['b']['wall']:.2f}x",
                f"{p50['b']['wall+audit']:.1f}",
                f"{p50['a']['wall+audit']:.1f}",
                f"{p50['a']['wall+audit'] / p50['b']['wall+audit']:.2f}x",
            ]
        )
    print_table(headers, rows)


if __name__ == "__main__":
    main()
