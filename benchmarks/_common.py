"""Helpers the benchmarks share: the machine line, percentiles, tables, and a local service.

Not a benchmark itself (`make bench` runs it too, harmlessly: it prints the machine line).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import platform
import shutil
import statistics
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# `python benchmarks/x.py` puts benchmarks/ first, where governance.py and moderation.py would
# shadow the packages: the root goes first, even when PYTHONPATH already lists it further down.
if sys.path[:1] != [str(REPO_ROOT)]:
    sys.path.insert(0, str(REPO_ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("DIFFUSERS_VERBOSITY", "error")

from tests.support.environ import scoped_environ  # noqa: E402

BENCH_KEY = "imprimatur-bench-key"
APP_NAME = "imprimatur"
# Ray's logical CPUs, as in tests/conftest.py: more than the cores, so replicas never wait on
# Ray's accounting; the cores themselves are what the figures share.
RAY_NUM_CPUS = 6
# One of these benchmarks' Ray clusters at a time on this machine (they would share 2 cores).
_RAY_LOCK = Path(tempfile.gettempdir()) / "imprimatur-bench-ray.lock"


def cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_line(extra: str = "") -> str:
    """Where the figures come from: absolute times only mean something next to this."""
    import torch

    load = "n/a"
    with contextlib.suppress(OSError):
        load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    parts = [
        dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        platform.platform(terse=True),
        f"{cpu_name()} x{os.cpu_count()}",
        f"torch {torch.__version__} threads={torch.get_num_threads()}",
        f"load avg {load}",
    ]
    if extra:
        parts.append(extra)
    return "machine: " + " | ".join(parts)


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100); the median for q=50."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], indent: str = "  ") -> None:
    """Left-aligned first column, right-aligned numbers; floats printed as given (pre-format)."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        line = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        print(indent + "  ".join(line).rstrip())
        if index == 0:
            print(indent + "  ".join("-" * w for w in widths))


def ratio(numerator: float, denominator: float) -> str:
    if not denominator or denominator != denominator:
        return "n/a"
    return f"{numerator / denominator:.2f}x"


def long_benign_english(min_chars: int) -> list[str]:
    """Benign English prompts of at least ``min_chars`` from the former blind sets of round
    14's training files (written by outsiders, each a whole request; never the current blind
    set), in file order: the long prompts the cost benchmarks join. Round 14's files
    (``train.WINDOW_TRAIN_FILES`` since round 30, when ``TRAIN_FILES`` grew), so that the
    figures stay comparable across rounds."""
    from governance.moderation import train

    files = getattr(train, "WINDOW_TRAIN_FILES", train.TRAIN_FILES)
    return [
        row["prompt"]
        for path in files
        if path.name.startswith("blind_")
        for row in train.load_jsonl(path)
        if not row["categories"]
        and row.get("lang", "en") == "en"
        and len(row["prompt"]) >= min_chars
    ]


# --- the service on a local Ray cluster ----------------------------------------------------


def only_model(config: dict[str, Any], keep: str) -> dict[str, Any]:
    """Drop every model but `keep` from the app (args and `deployments:`): less to start."""
    app = config["applications"][0]
    dropped = {m["name"] for m in app["args"]["models"] if m["name"] != keep}
    app["args"]["models"] = [m for m in app["args"]["models"] if m["name"] == keep]
    app["deployments"] = [d for d in app.get("deployments", []) if d["name"] not in dropped]
    return config


def fixed_replicas(entry: dict[str, Any], replicas: int = 1) -> dict[str, Any]:
    """Pin a deployment's replica count (no autoscaling), so a measurement sees one replica."""
    entry.pop("autoscaling_config", None)
    entry["num_replicas"] = replicas
    return entry


def model_cache_dir() -> Path:
    from deployments.tiny_models import default_cache_dir

    return default_cache_dir()


@contextlib.contextmanager
def ray_lock() -> Iterator[None]:
    """Wait for any other of these benchmarks' clusters to finish first."""
    with open(_RAY_LOCK, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"waiting for another benchmark's Ray cluster ({_RAY_LOCK}) ...", flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def local_service(config: dict[str, Any], num_cpus: int = RAY_NUM_CPUS) -> Iterator[str]:
    """Deploy `config` on a fresh local Ray cluster with a throwaway IMPRIMATUR_HOME (dev CA,
    SQLite audit) and the benchmark's dev key; yields the base URL; always shuts down."""
    from deployments import local_cluster
    from governance.certs import ensure_dev_ca

    home = Path(tempfile.mkdtemp(prefix="imprimatur-bench-"))
    cache = model_cache_dir()
    ensure_dev_ca(home / "certs")
    environ = {
        "IMPRIMATUR_HOME": str(home),
        "IMPRIMATUR_DEV_KEY": BENCH_KEY,
        "IMPRIMATUR_MODEL_CACHE": str(cache),
        "IMPRIMATUR_AUDIT_URL": None,
    }
    config["applications"][0]["args"]["model_cache_dir"] = str(cache)
    with ray_lock(), scoped_environ(environ):
        try:
            local_cluster.start_ray(num_cpus=num_cpus)
            # deploy waits for RUNNING and /readyz itself; a loaded machine starts replicas
            # slowly, so the benchmark allows it longer than the tests' default.
            yield local_cluster.deploy(config, local_cluster.free_port(), ready_timeout_s=600)
        finally:
            with contextlib.suppress(Exception):
                local_cluster.shutdown()
            shutil.rmtree(home, ignore_errors=True)


def auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {BENCH_KEY}"}


if __name__ == "__main__":
    print(machine_line())
