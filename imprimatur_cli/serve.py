"""`imprimatur serve` and `imprimatur config check`: what `make serve` runs.

Validates the config, builds the embedded tiny models with visible progress (so the first
start doesn't look hung), prints how to call the service, then hands over to `serve run`.
Never imports ray itself: it execs the `serve` CLI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from deployments.settings import (
    AppSettings,
    SettingsError,
    load_serve_config,
    production_key_problems,
    settings_from_serve_config,
)
from deployments.tiny_models import ensure_tiny_model, is_tiny_model
from deployments.weights import pinning_problems
from governance import environment
from governance.certs import ensure_dev_ca


def _check(args: argparse.Namespace) -> int:
    try:
        settings = settings_from_serve_config(args.config)
    except (SettingsError, OSError) as exc:
        print(f"{args.config}: {exc}", file=sys.stderr)
        return 1
    failed = False
    if problems := pinning_problems(settings):  # a moving revision: pods could differ
        print(f"{args.config}: " + "\n  ".join(["unpinned weights:", *problems]), file=sys.stderr)
        failed = True
    if not args.skip_keys and (problems := production_key_problems(settings, os.environ)):
        for problem in problems:
            print(f"{args.config}: {problem}", file=sys.stderr)
        print(
            f"{args.config}: not a development config: the service would refuse to start",
            file=sys.stderr,
        )
        failed = True
    if failed:
        return 1
    names = ", ".join(f"{m.name} ({m.architecture or m.family})" for m in settings.models)
    tenants = f"{len(settings.tenants)} inline"
    if settings.tenants_path():
        tenants += f", file {settings.tenants_path()}"
    print(f"{args.config}: ok; models: {names}; tenants: {tenants}")
    return 0


def _prepare(config_path: str) -> tuple[dict, object]:
    # Replicas inherit the environment: give them absolute paths for local state.
    os.environ[environment.HOME] = str(environment.state_dir())
    settings = settings_from_serve_config(config_path)
    if problems := production_key_problems(settings, os.environ):
        raise SettingsError("; ".join(problems))
    print(f"  state: {settings.state_path} (audit: {settings.audit_url()})")
    provenance = settings.governance.provenance
    if provenance.create_dev_ca and not provenance.from_env:
        certs = settings.resolve_path(provenance.cert_chain).parent
        paths = ensure_dev_ca(certs)
        print(f"  C2PA: development CA and signer in {certs} (trust anchor {paths.root_cert.name})")
    guards = [s for s in settings.governance.guards.backends if s.kind == "llama-guard"]
    for spec in [*settings.models, *guards]:
        if is_tiny_model(spec.source):
            started = time.perf_counter()
            print(f"  model {spec.name}: preparing {spec.source} ...", end="", flush=True)
            path = ensure_tiny_model(spec.source, settings.cache_dir)
            print(f" ready in {time.perf_counter() - started:.1f}s ({path})", flush=True)
    _register_tiny_controlnets(settings)
    return load_serve_config(config_path), settings


def _register_tiny_controlnets(settings: AppSettings) -> None:
    """A tiny model's ControlNets that the registry lacks are built (tiny, from the real class)
    and registered as shared, so the embedded default serves the `control` it advertises."""
    from deployments.tiny_adapters import build_tiny_controlnet
    from governance.adapters import AdapterRegistry

    wanted = {
        (controlnet_id, spec.name)
        for spec in settings.models
        if is_tiny_model(spec.source)
        for controlnet_id in spec.controlnets.values()
    }
    if not wanted:
        return
    registry = AdapterRegistry(settings.adapters_root())
    for controlnet_id, model in sorted(wanted):
        if registry.get(controlnet_id) is not None:
            continue
        started = time.perf_counter()
        print(
            f"  ControlNet {controlnet_id}: building a tiny one for {model} ...", end="", flush=True
        )
        with tempfile.TemporaryDirectory() as folder:
            built = build_tiny_controlnet(Path(folder) / "controlnet", cache_dir=settings.cache_dir)
            registry.add(controlnet_id, built, base_model=model, kind="controlnet", shared=True)
        print(f" registered in {time.perf_counter() - started:.1f}s", flush=True)


def _serve(args: argparse.Namespace) -> int:
    print(f"imprimatur: starting {args.config}", flush=True)
    try:
        config, settings = _prepare(args.config)
    except (SettingsError, OSError) as exc:
        print(f"{args.config}: {exc}", file=sys.stderr)
        return 1
    http = config.get("http_options") or {}
    base = f"http://{http.get('host', '127.0.0.1')}:{http.get('port', 8000)}"
    for tenant in settings.tenants:
        if tenant.dev_key:
            source = f"${tenant.dev_key.env}"
            if os.environ.get(tenant.dev_key.env):
                note = f"from {source}"
            else:
                note = f"default; set {source} to change it"
            print(f"  tenant {tenant.name}: API key {tenant.dev_key.resolve()!r} ({note})")
    print(f"  API: {base}/v1  (readiness: {base}/readyz)  Ctrl-C stops", flush=True)
    serve_cli = shutil.which("serve", path=str(Path(sys.executable).parent)) or "serve"
    os.execv(serve_cli, [serve_cli, "run", args.config])
    return 0  # not reached


def register(subparsers: argparse._SubParsersAction) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="run the service on a Serve config in the foreground",
        description="Validate CONFIG, build embedded tiny models if needed, then `serve run`.",
    )
    serve.add_argument("config", nargs="?", default="config/local.yaml", help="Serve config")
    serve.set_defaults(func=_serve)

    config = subparsers.add_parser("config", help="check a Serve config's application args")
    config_sub = config.add_subparsers(dest="config_command", metavar="ACTION")
    check = config_sub.add_parser("check", help="validate the args of deployments.app:build_app")
    check.add_argument("config", help="Serve config file (YAML)")
    check.add_argument(
        "--skip-keys",
        action="store_true",
        help="validate the file only; by default a non-development config also needs its "
        "production keys in this environment ($IMPRIMATUR_WATERMARK_KEY, the C2PA signer)",
    )
    check.set_defaults(func=_check)
