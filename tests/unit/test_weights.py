"""Pinned weights: the pinning check, `prefetch` into a Hugging Face cache, and a pod's offline
load from that cache, read-only, through the production engine (tiny SDXL stands in for SDXL)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from huggingface_hub import snapshot_download

from deployments.settings import SettingsError, load_serve_config, parse_settings
from deployments.tiny_models import ensure_tiny_model
from deployments.weights import (
    complete_marker,
    file_patterns,
    is_commit,
    pinning_problems,
    prefetch,
)
from tests.conftest import REPO_ROOT

REPO = "imprimatur-test/tiny-sdxl"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def settings(**model):
    spec = dict(name="sdxl", family="diffusion", source=REPO, revision=COMMIT, default_steps=2)
    spec.update(model)
    return parse_settings({"models": [spec], "tenants_file": "/etc/tenants.yaml"})


class FakeHub:
    """Stands in for the hub (unreachable here): a network call copies the tiny model into the
    cache in huggingface_hub's layout; `local_files_only` calls go to the real snapshot_download,
    so what counts as cached is huggingface_hub's own decision."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.network_calls: list[dict] = []

    def __call__(self, *, repo_id, revision, cache_dir, local_files_only=False, **kwargs):
        if local_files_only:
            return snapshot_download(
                repo_id=repo_id, revision=revision, cache_dir=cache_dir, local_files_only=True
            )
        self.network_calls.append(dict(repo_id=repo_id, revision=revision, **kwargs))
        folder = Path(cache_dir) / f"models--{repo_id.replace('/', '--')}"
        shutil.copytree(self.source, folder / "snapshots" / revision, dirs_exist_ok=True)
        (folder / "refs").mkdir(exist_ok=True)
        return str(folder / "snapshots" / revision)


def test_only_a_full_commit_pins_a_hub_model():
    assert is_commit(COMMIT)
    for revision in ("main", "v1.0", COMMIT[:12], COMMIT.upper(), None, "PIN-ME"):
        assert not is_commit(revision)
        problems = pinning_problems(settings(revision=revision))
        assert len(problems) == 1 and "sdxl" in problems[0], revision
    assert pinning_problems(settings()) == []
    assert pinning_problems(settings(source="tiny-sdxl", revision=None)) == []


def guarded(revision: str | None):
    """Settings with a Llama Guard backend from the hub at `revision`."""
    guard = dict(kind="llama-guard", source="meta-llama/Llama-Guard-3-1B", revision=revision)
    return parse_settings(
        {
            "models": [dict(name="sdxl", family="diffusion", source="tiny-sdxl")],
            "tenants_file": "/etc/tenants.yaml",
            "governance": {"guards": {"backends": [{"kind": "builtin"}, guard]}},
        }
    )


def test_a_guard_model_from_the_hub_is_pinned_like_an_image_model():
    for revision in ("main", None, "PIN-ME"):
        problems = pinning_problems(guarded(revision))
        assert len(problems) == 1 and "llama-guard" in problems[0], revision
    assert pinning_problems(guarded(COMMIT)) == []


def test_prefetch_fetches_the_guard_model_too(tmp_path, model_cache):
    hub = FakeHub(ensure_tiny_model("tiny-sdxl", model_cache))  # any folder stands in for it
    done = prefetch(guarded(COMMIT), tmp_path, download=hub, progress=lambda _: None)
    assert [(f.model, f.source, f.revision) for f in done] == [
        ("llama-guard", "meta-llama/Llama-Guard-3-1B", COMMIT)
    ]
    assert hub.network_calls[0]["repo_id"] == "meta-llama/Llama-Guard-3-1B"
    assert "*.safetensors" in hub.network_calls[0]["allow_patterns"]


def test_production_pins_every_model_or_names_the_placeholder():
    app = load_serve_config(REPO_ROOT / "config" / "production.yaml")["applications"][0]
    problems = pinning_problems(parse_settings(app["args"]))
    unpinned = [m for m in app["args"]["models"] if not is_commit(m.get("revision"))]
    # A placeholder must say so, and `imprimatur config check` must refuse it (the image build
    # runs that check, so an unpinned model cannot ship).
    assert len(problems) == len(unpinned)
    for model in unpinned:
        assert model["revision"].startswith("PIN-ME"), model["name"]


def test_sdxl_fetches_only_the_fp16_weights_it_loads():
    allow, ignore = file_patterns(settings(variant="fp16").models[0])
    assert "*.fp16.safetensors" in allow and "*.safetensors" not in allow
    assert "*.onnx" in ignore and "*.json" in allow
    assert "*.safetensors" in file_patterns(settings().models[0])[0]


def test_prefetch_refuses_unpinned_models_before_downloading(tmp_path, model_cache):
    hub = FakeHub(ensure_tiny_model("tiny-sdxl", model_cache))
    with pytest.raises(SettingsError, match="not a 40-hex commit"):
        prefetch(settings(revision="main"), tmp_path, download=hub, progress=lambda _: None)
    assert hub.network_calls == []


def test_prefetch_fetches_once_then_finds_the_cache(tmp_path, model_cache):
    hub = FakeHub(ensure_tiny_model("tiny-sdxl", model_cache))
    lines: list[str] = []
    first = prefetch(settings(variant="fp16"), tmp_path, download=hub, progress=lines.append)
    assert [f.already_cached for f in first] == [False] and len(hub.network_calls) == 1
    assert (
        hub.network_calls[0]["allow_patterns"]
        == file_patterns(settings(variant="fp16").models[0])[0]
    )
    assert first[0].size_bytes > 0 and first[0].path.name == COMMIT
    assert any("fetched" in line for line in lines)
    again = prefetch(settings(variant="fp16"), tmp_path, download=hub, progress=lines.append)
    assert [f.already_cached for f in again] == [True] and len(hub.network_calls) == 1
    # A Job killed mid-download leaves no marker: the next run fetches (resumes) again.
    complete_marker(tmp_path, settings().models[0]).unlink()
    prefetch(settings(), tmp_path, download=hub, progress=lines.append)
    assert len(hub.network_calls) == 2


def test_a_pod_loads_the_pinned_weights_offline_from_a_read_only_cache(tmp_path, model_cache):
    """What a GPU pod does: HF_HUB_OFFLINE=1, the cache mounted read-only, from_pretrained by
    hub id and commit. Run in a fresh process: huggingface_hub reads its env at import."""
    cache = tmp_path / "hub"
    prefetch(
        settings(), cache, download=FakeHub(ensure_tiny_model("tiny-sdxl", model_cache)),
        progress=lambda _: None,
    )  # fmt: skip
    for path in [cache, *cache.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    spec = settings().models[0].model_dump(mode="json")
    script = (
        "import json, sys\n"
        "from deployments.engines import DiffusionEngine\n"
        "from deployments.settings import ModelSpec\n"
        "engine = DiffusionEngine(ModelSpec.model_validate(json.loads(sys.argv[1])))\n"
        "print(json.dumps({'class': type(engine.pipeline).__name__}))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_CACHE": str(cache),
        "HF_HOME": str(tmp_path / "hf-home"),
    }
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, json.dumps(spec)],
            env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr[-3000:]
        assert json.loads(result.stdout.strip().splitlines()[-1]) == {
            "class": "StableDiffusionXLPipeline"
        }
        # A revision the cache lacks fails offline, instead of reaching for the hub.
        spec["revision"] = "f" * 40
        result = subprocess.run(
            [sys.executable, "-c", script, json.dumps(spec)],
            env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode != 0
    finally:
        for path in [cache, *cache.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_config_check_refuses_unpinned_weights(tmp_path, capsys):
    from argparse import Namespace

    from imprimatur_cli.serve import _check

    production = REPO_ROOT / "config" / "production.yaml"
    text = production.read_text()
    pinned = tmp_path / "pinned.yaml"
    pinned.write_text(
        "\n".join(
            line.replace(line.split("revision:")[1], " " + "a" * 40)
            if line.strip().startswith("revision:") else line
            for line in text.splitlines()
        )
    )  # fmt: skip
    # the weights alone: the production keys are tests/unit/test_production_keys.py's
    assert _check(Namespace(config=str(pinned), skip_keys=True)) == 0
    moving = tmp_path / "moving.yaml"
    moving.write_text(pinned.read_text().replace("a" * 40, "main", 1))
    assert _check(Namespace(config=str(moving), skip_keys=True)) == 1
    assert "unpinned weights" in capsys.readouterr().err


def test_the_prefetch_command_is_registered():
    from imprimatur_cli.main import build_parser

    args = build_parser().parse_args(
        ["models", "prefetch", "config/production.yaml", "--cache-dir", "/models/hub"]
    )
    assert args.func.__module__ == "imprimatur_cli.models" and args.cache_dir == "/models/hub"
    # The production config's placeholder revision is refused before anything downloads.
    assert args.func(args) == 1
