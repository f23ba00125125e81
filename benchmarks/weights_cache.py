"""Cold start from a weights cache vs without one, with the tiny models (no hub here).

Run: python benchmarks/weights_cache.py            (about a minute on 2 cores)

Per tiny model, in fresh processes (a replica's cold start), seconds to a loaded engine:
  build   no cache: build the model from its config and save it, then load it (the embedded
          default's first start; stands in for "download", which cannot run here);
  cache   load from a Hugging Face cache at a pinned commit with HF_HUB_OFFLINE=1, the cache
          read-only: what a GPU pod does with the prefetched volume.
Prints both and their ratio. SDXL's and Janus-Pro's budgets are in docs/operations.md; here
only the relative cost of building (or fetching) against reading is measured.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import _common

COMMIT = "0" * 40
LOAD = """
import json, sys, time
started = time.perf_counter()
from deployments.engines import build_engine
from deployments.settings import ModelSpec
from deployments.tiny_models import ensure_tiny_model
spec = ModelSpec.model_validate(json.loads(sys.argv[1]))
if sys.argv[2] == "build":
    ensure_tiny_model(spec.source, __import__("pathlib").Path(sys.argv[3]))
engine = build_engine(spec, __import__("pathlib").Path(sys.argv[3]))
print(json.dumps({"total": time.perf_counter() - started, "load": engine.load_seconds}))
"""


def run(spec: dict, mode: str, cache: Path, env: dict[str, str]) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", LOAD, json.dumps(spec), mode, str(cache)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    print(_common.machine_line())
    env = {**os.environ, "PYTHONPATH": str(_common.REPO_ROOT)}
    rows = []
    for name, family, extra in [
        ("tiny-sdxl", "diffusion", {"default_size": 256}),
        ("tiny-janus", "autoregressive", {"native_size": 384}),
    ]:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_path = Path(tmp)
            spec = {"name": "m", "family": family, "source": name, **extra}
            built = run(spec, "build", tmp_path / "tiny", env)
            hub = tmp_path / "hub" / f"models--bench--{name}" / "snapshots" / COMMIT
            version = next((tmp_path / "tiny").glob("v*"))
            shutil.copytree(version / name, hub)
            for path in [tmp_path / "hub", *(tmp_path / "hub").rglob("*")]:
                path.chmod(path.stat().st_mode & ~stat.S_IWUSR)
            offline = {
                **env,
                "HF_HUB_OFFLINE": "1",
                "HF_HUB_CACHE": str(tmp_path / "hub"),
                "HF_HOME": str(tmp_path / "hf-home"),
            }
            hub_spec = {**spec, "source": f"bench/{name}", "revision": COMMIT}
            cached = run(hub_spec, "cache", tmp_path / "unused", offline)
            for path in [tmp_path / "hub", *(tmp_path / "hub").rglob("*")]:
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
        rows.append((name, built["total"], cached["total"], cached["load"]))
    print(
        f"{'model':<12} {'build+load s':>13} {'cache load s':>13} {'ratio':>7}  (from_pretrained s)"
    )
    for name, built, cached, load in rows:
        print(f"{name:<12} {built:>13.2f} {cached:>13.2f} {built / cached:>6.1f}x  ({load:.2f})")


if __name__ == "__main__":
    main()
