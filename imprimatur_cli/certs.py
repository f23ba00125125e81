"""`imprimatur certs dev`: a development CA and C2PA signer (governance.certs makes them)."""

from __future__ import annotations

import argparse
from pathlib import Path

from governance.certs import DevCertPaths, make_dev_ca


def _cmd_dev(args: argparse.Namespace) -> int:
    out_dir = Path(args.out)
    paths = DevCertPaths.in_dir(out_dir)
    if paths.all_exist() and not args.force:
        print(f"dev CA already in {out_dir}; pass --force to replace it")
    else:
        paths = make_dev_ca(out_dir)
        print(f"wrote dev C2PA credentials to {out_dir}:")
    print(f"  root certificate (trust anchor): {paths.root_cert}")
    print(f"  root key (0600):                 {paths.root_key}")
    print(f"  signer chain (leaf):             {paths.signer_chain}")
    print(f"  signer key (0600):               {paths.signer_key}")
    print("DEVELOPMENT ONLY: production mounts a real signing key and chain.")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `imprimatur certs dev --out DIR [--force]`."""
    certs = subparsers.add_parser("certs", help="C2PA signing certificates")
    certs.set_defaults(func=lambda _args: certs.print_help() or 2)
    certs_sub = certs.add_subparsers(dest="certs_command", metavar="SUBCOMMAND")
    dev = certs_sub.add_parser(
        "dev", help="create a development root CA and ES256 C2PA signer (not for production)"
    )
    dev.add_argument("--out", required=True, help="directory to write the PEM files into")
    dev.add_argument("--force", action="store_true", help="replace existing files")
    dev.set_defaults(func=_cmd_dev)
