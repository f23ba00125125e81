"""The container image and the `imprimatur k8s` tools.

No Docker engine runs here: the Dockerfile is checked for what can drift (the Ray version pinned
in three places, the files it copies), and the CLI through its own `register`.
"""

from __future__ import annotations

import argparse
import fnmatch
import re

import yaml

from imprimatur_cli import k8s
from tests.conftest import REPO_ROOT

DOCKER = REPO_ROOT / "infra" / "docker"
MANIFEST = REPO_ROOT / "infra" / "kuberay" / "base" / "rayservice.yaml"


def pinned_ray_version() -> str:
    pyproject = (REPO_ROOT / "pyproject.toml").read_text()
    match = re.search(r'"ray\[serve\]==([\d.]+)"', pyproject)
    assert match, "pyproject.toml no longer pins ray[serve]==X.Y.Z"
    return match[1]


def dockerfile_args() -> dict[str, str]:
    text = (DOCKER / "Dockerfile").read_text()
    return dict(re.findall(r"^ARG (\w+)=(\S+)$", text, re.MULTILINE))


def test_the_image_is_rays_gpu_image_at_the_pinned_version():
    args = dockerfile_args()
    text = (DOCKER / "Dockerfile").read_text()
    assert "FROM rayproject/ray:${RAY_VERSION}-${PYTHON_TAG}-gpu" in text
    assert args["RAY_VERSION"] == pinned_ray_version()
    assert yaml.safe_load(MANIFEST.read_text())["spec"]["rayClusterConfig"]["rayVersion"] == (
        pinned_ray_version()
    )
    python = re.search(
        r'requires-python = ">=(\d+)\.(\d+)"', (REPO_ROOT / "pyproject.toml").read_text()
    )
    assert args["PYTHON_TAG"] == f"py{python[1]}{python[2]}"
    torch = re.search(r'"torch==([\d.]+)"', (REPO_ROOT / "pyproject.toml").read_text())
    assert args["TORCH_VERSION"] == torch[1]


def test_every_copied_path_exists_and_passes_the_dockerignore():
    text = (DOCKER / "Dockerfile").read_text()
    sources = [
        path
        for line in re.findall(r"^COPY (?:--\S+ )*(.+)$", text, re.MULTILINE)
        for path in line.split()[:-1]
    ]
    assert {"pyproject.toml", "deployments", "governance", "imprimatur_cli", "config"} <= set(
        sources
    )
    patterns = [
        line.strip()
        for line in (DOCKER / "Dockerfile.dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for source in sources:
        assert (REPO_ROOT / source).exists(), source
        included = True  # later patterns win, as in Docker
        for pattern in patterns:
            negated = pattern.startswith("!")
            bare = pattern.lstrip("!").rstrip("/")
            if bare == "**" or fnmatch.fnmatch(source, bare):
                included = negated
        assert included, f"{source} is excluded by Dockerfile.dockerignore"


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="imprimatur")
    k8s.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_k8s_render_prints_the_manifest(capsys, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    assert run_cli("k8s", "render") == 0
    assert capsys.readouterr().out == MANIFEST.read_text()


def test_k8s_render_check_tells_a_stale_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    assert run_cli("k8s", "render", "--check") == 0
    stale = tmp_path / "rayservice.yaml"
    stale.write_text(MANIFEST.read_text().replace("retry_after_s: 10", "retry_after_s: 9"))
    assert run_cli("k8s", "render", "--check", "--out", str(stale)) == 1
    assert "imprimatur k8s render --out" in capsys.readouterr().err
    assert run_cli("k8s", "render", "--out", str(stale)) == 0
    assert stale.read_text() == MANIFEST.read_text()


def test_k8s_render_fails_cleanly_on_a_bad_config(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    assert run_cli("k8s", "render", "--config", str(tmp_path / "missing.yaml")) == 1
    assert "k8s render:" in capsys.readouterr().err


def test_k8s_rules_writes_a_plain_rules_file(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO_ROOT)
    out = tmp_path / "rules.yaml"
    assert run_cli("k8s", "rules", "--out", str(out)) == 0
    rules = yaml.safe_load(out.read_text())
    assert set(rules) == {"groups"} and rules == k8s.prometheus_rules(k8s.DEFAULT_RULES)
