"""The `imprimatur` command line: operator and reviewer tools.

Each area registers its own subcommands through a `register(subparsers)` function, so this
module stays a table of contents.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# module path -> its `register(subparsers)` adds one or more subcommands
_SUBCOMMAND_MODULES = [
    "deployments.launcher",
    "governance.watermark_cli",
    "governance.certs",
    "governance.audit.cli",
    "governance.verify_cli",
    "governance.tenants_cli",
    "deployments.k8s",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imprimatur",
        description="Imprimatur operator tools: watermarks, dev certificates, audit, verification.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in _SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:  # area not built yet
                continue
            raise
        module.register(subparsers)
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
