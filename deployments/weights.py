"""Model weights pinned to a commit and fetched ahead of time into a shared Hugging Face cache.

Production pods never download: `prefetch` fills a cache (a ReadOnlyMany volume, filled by the
Job in infra/kuberay/base/weights-prefetch-job.yaml) with each model's files at its pinned
commit, and the GPU pods read it with HF_HUB_OFFLINE=1. A revision that is a branch or tag
(`main`) could move between two pods' starts, so that two replicas serve different weights
while the audit records the same name: `pinning_problems` refuses it, and `imprimatur config
check` calls it. The cache uses huggingface_hub's own layout (models--org--name/snapshots/<sha>),
so `from_pretrained(source, revision=sha)` finds the files offline without knowing about us.

Never imports ray. The command: `imprimatur models prefetch CONFIG --cache-dir DIR`
(imprimatur_cli/models.py), which the Job runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deployments.settings import AppSettings, ModelSpec, SettingsError
from deployments.tiny_models import is_tiny_model
from governance.moderation.guards import LlamaGuardSpec

COMMIT_LENGTH = 40
# Files a pipeline or model loads; the rest of a hub repo (ONNX, OpenVINO, Flax, single-file
# checkpoints, sample images) can be larger than the weights and is never read.
_IGNORE = ["*.onnx", "*.onnx_data", "*openvino*", "*.msgpack", "*.h5", "*.ckpt", "*.png", "*.jpg"]
_CONFIGS = ["*.json", "*.txt", "*.model", "*.jinja", "*.py"]


def is_commit(revision: str | None) -> bool:
    """A full 40-hex git commit id: the only revision that cannot move."""
    return (
        revision is not None
        and len(revision) == COMMIT_LENGTH
        and all(c in "0123456789abcdef" for c in revision)
    )


@dataclass(frozen=True)
class GuardWeights:
    """A guard model's weights (Llama Guard), pinned and prefetched like an image model's."""

    name: str
    source: str
    revision: str | None
    family: str = "guard"
    variant: str | None = None


Weights = ModelSpec | GuardWeights


def weight_specs(settings: AppSettings) -> list[Weights]:
    """Every set of weights a config loads: its image models, then its guard models."""
    guards = [
        GuardWeights(name=g.name, source=g.source, revision=g.revision)
        for g in settings.governance.guards.backends
        if isinstance(g, LlamaGuardSpec)
    ]
    return [*settings.models, *guards]


def is_hub_model(spec: Weights) -> bool:
    """Loaded from the hub (not a tiny model built here, not a local folder)."""
    source = spec.source
    return not (
        is_tiny_model(source) or source.startswith(("/", ".", "~")) or Path(source).exists()
    )


def pinning_problems(settings: AppSettings) -> list[str]:
    """One line per hub model (image or guard) whose revision is not a commit (a placeholder,
    a branch, unset)."""
    return [p for p in _problems(weight_specs(settings)) if p]


def _problems(specs: list[Weights]) -> list[str | None]:
    return [
        f"model {spec.name}: revision {spec.revision!r} of {spec.source} is not a 40-hex commit; "
        "pin the commit (huggingface.co/<repo>/commits/main) so every pod loads the same weights"
        if is_hub_model(spec) and not is_commit(spec.revision)
        else None
        for spec in specs
    ]


def file_patterns(spec: Weights) -> tuple[list[str], list[str]]:
    """(allow, ignore) patterns of the files `from_pretrained` reads for this model."""
    if spec.family == "diffusion" and spec.variant:
        weights = [f"*.{spec.variant}.safetensors"]  # SDXL: 6.9 GB of the repo's ~77 GB
    else:
        weights = ["*.safetensors"]
    return _CONFIGS + weights, _IGNORE


@dataclass(frozen=True)
class Fetched:
    """What `prefetch` did for one model."""

    model: str
    source: str
    revision: str
    path: Path
    size_bytes: int
    seconds: float
    already_cached: bool


def complete_marker(cache_dir: Path, spec: Weights) -> Path:
    """Written after a snapshot downloaded completely: a Job killed half-way leaves none, so
    the next run resumes instead of trusting a snapshot folder that lacks files."""
    name = spec.source.replace("/", "--")
    return Path(cache_dir) / ".imprimatur-complete" / f"{name}@{spec.revision}"


def _size(path: Path) -> int:
    # Snapshot entries are symlinks into blobs/: count what they point at.
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def prefetch(
    settings: AppSettings,
    cache_dir: str | Path,
    *,
    models: list[str] | None = None,
    token: str | None = None,
    progress: Callable[[str], None] = print,
    download: Callable[..., str] | None = None,
) -> list[Fetched]:
    """Put each hub model of `settings` (or those named in `models`) into the Hugging Face cache
    at `cache_dir`, at its pinned commit, and return what was there or fetched.

    Refuses unpinned models first (nothing is downloaded then). A model already complete in the
    cache is checked offline and not downloaded again, so re-running the Job is cheap.
    `download` is huggingface_hub.snapshot_download (a parameter for tests only).
    """
    if download is None:
        from huggingface_hub import snapshot_download as download
    specs = [
        s for s in weight_specs(settings) if is_hub_model(s) and (not models or s.name in models)
    ]
    if models and (unknown := set(models) - {s.name for s in specs}):
        raise SettingsError(f"not hub models of this config: {sorted(unknown)}")
    problems = [p for p in _problems(specs) if p]
    if problems:
        raise SettingsError("\n".join(problems))
    cache = Path(cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    done = []
    for spec in specs:
        allow, ignore = file_patterns(spec)
        common = dict(
            repo_id=spec.source,
            revision=spec.revision,
            cache_dir=str(cache),
            allow_patterns=allow,
            ignore_patterns=ignore,
        )
        started = time.perf_counter()
        marker = complete_marker(cache, spec)
        path = None
        if marker.exists():
            try:
                path = Path(download(**common, local_files_only=True))
            except Exception:  # the marker outlived its files: fetch again
                path = None
        cached = path is not None
        if path is None:
            progress(f"{spec.name}: downloading {spec.source}@{spec.revision[:12]} to {cache}")
            # Resumes: files already complete in the cache are not downloaded again.
            path = Path(download(**common, token=token))
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(f"{spec.source}@{spec.revision}\n", encoding="utf-8")
        fetched = Fetched(
            model=spec.name,
            source=spec.source,
            revision=spec.revision,
            path=path,
            size_bytes=_size(path),
            seconds=time.perf_counter() - started,
            already_cached=cached,
        )
        progress(
            f"{spec.name}: {'cached' if cached else 'fetched'} {fetched.size_bytes / 1e9:.2f} GB "
            f"in {fetched.seconds:.1f}s ({path})"
        )
        done.append(fetched)
    return done
