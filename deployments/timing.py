"""The `Server-Timing` response header: each stage's duration in milliseconds."""

from __future__ import annotations

STAGE_ORDER = (
    "moderation",
    "generate",
    "nsfw",
    "watermark",
    "encode",
    "c2pa",
    "readback",
    "audit",
    "total",
)


def server_timing(timings_ms: dict[str, float]) -> str:
    """`name;dur=ms` entries in request-path order (unknown stages after them)."""
    names = [n for n in STAGE_ORDER if n in timings_ms]
    names += [n for n in timings_ms if n not in STAGE_ORDER]
    return ", ".join(f"{name};dur={timings_ms[name]:.1f}" for name in names)


def parse_server_timing(header: str) -> dict[str, float]:
    """The inverse, for tests and benchmarks."""
    stages: dict[str, float] = {}
    for entry in header.split(","):
        name, _, rest = entry.strip().partition(";dur=")
        if name and rest:
            stages[name] = float(rest)
    return stages
