"""The `imprimatur` command line: operator and reviewer tools.

Each area registers its own subcommands through a `register(subparsers)` function, so this
module stays a table of contents.
"""

from __future__ import annotations

import argparse
import sys

from imprimatur_cli import (
    adapters,
    audit,
    certs,
    detect,
    k8s,
    models,
    serve,
    tenants,
    watermark,
)

# each module's `register(subparsers)` adds one or more subcommands, in this order in --help
_AREAS = (serve, models, adapters, watermark, certs, audit, detect, tenants, k8s)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imprimatur",
        description="Imprimatur operator tools: serving, watermarks, dev certificates, audit, "
        "verification, tenants and keys, Kubernetes manifests, model weights, LoRA adapters.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in _AREAS:
        area.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
