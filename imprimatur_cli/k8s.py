"""`imprimatur k8s render|rules`: the Kubernetes side of a Serve config, kept from drifting.

`render` writes the RayService manifest with its `serveConfigV2` set to the `applications:` of a
Serve config (config/production.yaml), copied as text so its comments survive; everything else in
the manifest is the operator's and is left byte for byte. `rules` prints the PrometheusRule's
groups as a plain Prometheus rules file, for promtool or a Prometheus without the operator.

Never imports ray: it runs on an operator's laptop.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from deployments.settings import SettingsError, load_serve_config, settings_from_serve_config

DEFAULT_CONFIG = "config/production.yaml"
DEFAULT_TEMPLATE = "infra/kuberay/base/rayservice.yaml"
DEFAULT_RULES = "infra/prometheus/prometheusrule.yaml"
_BLOCK_KEY = re.compile(r"^(?P<indent> *)serveConfigV2: *\|[-+]?\s*$")
_TOP_LEVEL_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


class RenderError(ValueError):
    """The config or the template cannot produce a consistent manifest."""


def applications_text(config_path: str | Path) -> str:
    """The `applications:` section of a Serve config, verbatim (comments kept)."""
    lines = Path(config_path).read_text(encoding="utf-8").splitlines()
    try:
        start = lines.index("applications:")
    except ValueError:
        raise RenderError(f"{config_path}: no top-level `applications:`") from None
    end = next(
        (i for i in range(start + 1, len(lines)) if _TOP_LEVEL_KEY.match(lines[i])), len(lines)
    )
    section = lines[start:end]
    while section and not section[-1].strip():
        section.pop()
    return "\n".join(section) + "\n"


def render_manifest(config_path: str | Path, template_text: str) -> str:
    """`template_text` with its `serveConfigV2: |` block replaced by the config's applications."""
    settings_from_serve_config(config_path)  # refuse a config whose args don't validate
    lines = template_text.splitlines()
    keys = [i for i, line in enumerate(lines) if _BLOCK_KEY.match(line)]
    if len(keys) != 1:
        raise RenderError("the template needs exactly one `serveConfigV2: |` block")
    key = keys[0]
    indent = len(_BLOCK_KEY.match(lines[key])["indent"])
    end = key + 1
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    trailing_blank = 0
    while end - trailing_blank - 1 > key and not lines[end - trailing_blank - 1].strip():
        trailing_blank += 1
    pad = " " * (indent + 2)
    block = [pad + line if line else "" for line in applications_text(config_path).splitlines()]
    rendered = "\n".join(lines[: key + 1] + block + [""] * trailing_blank + lines[end:]) + "\n"
    _check_rendered(config_path, rendered)
    return rendered


def serve_config_v2(manifest: dict[str, Any]) -> dict[str, Any]:
    """The parsed `spec.serveConfigV2` of a RayService."""
    return yaml.safe_load(manifest["spec"]["serveConfigV2"])


def _check_rendered(config_path: str | Path, rendered: str) -> None:
    manifest = yaml.safe_load(rendered)
    if not isinstance(manifest, dict) or manifest.get("kind") != "RayService":
        raise RenderError("the template is not a RayService manifest")
    expected = {"applications": load_serve_config(config_path)["applications"]}
    if serve_config_v2(manifest) != expected:
        raise RenderError("serveConfigV2 does not parse back to the config's applications")


def prometheus_rules(rule_path: str | Path) -> dict[str, Any]:
    """The `spec` of a PrometheusRule: a plain Prometheus rules file (`groups:`)."""
    with open(rule_path, encoding="utf-8") as handle:
        resource = yaml.safe_load(handle)
    if resource.get("kind") != "PrometheusRule":
        raise RenderError(f"{rule_path}: not a PrometheusRule")
    return {"groups": resource["spec"]["groups"]}


def _render(args: argparse.Namespace) -> int:
    try:
        template = Path(args.template).read_text(encoding="utf-8")
        rendered = render_manifest(args.config, template)
    except (OSError, RenderError, SettingsError) as exc:
        print(f"k8s render: {exc}", file=sys.stderr)
        return 1
    if args.check:
        target = Path(args.out or args.template)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != rendered:
            print(
                f"{target}: serveConfigV2 differs from {args.config}; run "
                f"`imprimatur k8s render --out {target}`",
                file=sys.stderr,
            )
            return 1
        print(f"{target}: up to date with {args.config}")
        return 0
    if args.out in (None, "-"):
        sys.stdout.write(rendered)
    else:
        Path(args.out).write_text(rendered, encoding="utf-8")
        print(f"wrote {args.out} (serveConfigV2 from {args.config})", file=sys.stderr)
    return 0


def _rules(args: argparse.Namespace) -> int:
    try:
        rules = prometheus_rules(args.rules)
    except (OSError, RenderError, KeyError) as exc:
        print(f"k8s rules: {exc}", file=sys.stderr)
        return 1
    text = yaml.safe_dump(rules, sort_keys=False, width=100)
    if args.out in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `k8s render` and `k8s rules` to the `imprimatur` command."""
    k8s = subparsers.add_parser("k8s", help="KubeRay manifest and Prometheus rules tools")
    actions = k8s.add_subparsers(dest="k8s_action", metavar="ACTION")
    k8s.set_defaults(func=lambda _args: k8s.print_help() or 2)

    render = actions.add_parser(
        "render",
        help="write the RayService with serveConfigV2 taken from a Serve config",
        description=(
            "Print (or write to --out) the RayService manifest TEMPLATE with its serveConfigV2 "
            "replaced by the `applications:` of CONFIG. Run from the repository root."
        ),
    )
    render.add_argument("--config", default=DEFAULT_CONFIG, help=f"default: {DEFAULT_CONFIG}")
    render.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        help=f"RayService manifest; default: {DEFAULT_TEMPLATE}",
    )
    render.add_argument("--out", help="file to write (default: standard output)")
    render.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if --out (default: the template) is not up to date",
    )
    render.set_defaults(func=_render)

    rules = actions.add_parser(
        "rules", help="print the PrometheusRule's groups as a plain Prometheus rules file"
    )
    rules.add_argument("--rules", default=DEFAULT_RULES, help=f"default: {DEFAULT_RULES}")
    rules.add_argument("--out", help="file to write (default: standard output)")
    rules.set_defaults(func=_rules)
