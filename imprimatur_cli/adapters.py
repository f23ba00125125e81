"""`imprimatur adapters add|list|remove`: the LoRA adapter registry (governance.adapters).

The registry is the folder (or fsspec URL) the service reads: `--registry`, else the
`adapters_url` of `--config`, else $IMPRIMATUR_ADAPTERS_URL, else `adapters` in the state
folder ($IMPRIMATUR_HOME or ./var), as the service resolves it.
"""

from __future__ import annotations

import argparse
import json
import sys

from deployments.settings import SettingsError, settings_from_serve_config
from governance import environment
from governance.adapters import AdapterError, AdapterRegistry


def _registry(args: argparse.Namespace) -> AdapterRegistry:
    if args.registry:
        return AdapterRegistry(args.registry)
    if args.config:
        return AdapterRegistry(settings_from_serve_config(args.config).adapters_root())
    return AdapterRegistry(environment.default_adapters_url())


def _add(args: argparse.Namespace) -> int:
    manifest = _registry(args).add(
        args.id,
        args.weights,
        base_model=args.base_model,
        base_revision=args.base_revision,
        owner=args.owner,
        shared=args.shared,
        description=args.description,
        replace=args.replace,
        kind=args.kind,
    )
    print(f"added {manifest.id} sha256:{manifest.sha256} ({manifest.size_bytes} bytes)")
    return 0


def _list(args: argparse.Namespace) -> int:
    manifests = _registry(args).list(args.owner)
    if args.json:
        print(json.dumps([m.model_dump(mode="json") for m in manifests], indent=2))
        return 0
    for m in manifests:
        base = m.base_model + (f"@{m.base_revision}" if m.base_revision else "")
        shared = "shared" if m.shared else "private"
        print(f"{m.id}\t{base}\towner={m.owner}\t{shared}\tsha256:{m.sha256[:16]}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    manifest = _registry(args).remove(args.id)
    print(f"removed {manifest.id} (replicas drop it when their LRU evicts it)")
    return 0


def _guarded(func):
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (AdapterError, SettingsError, OSError) as exc:
            print(f"imprimatur adapters: {exc}", file=sys.stderr)
            return 1

    return run


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "adapters",
        help="LoRA adapters: add, list, remove (the registry tenants' requests use)",
        description="The adapter registry: LoRA weights (diffusers/PEFT .safetensors) with a "
        "manifest (id, base model and revision, owner tenant, shared, SHA-256). Requests name "
        "adapters as extra_body={'adapters': [{'id': 'acme/brand-v2', 'scale': 0.8}]}.",
    )
    parser.add_argument("--registry", help="registry folder or fsspec URL (s3://...)")
    parser.add_argument("--config", help="Serve config whose `adapters_url` to use")
    actions = parser.add_subparsers(dest="adapters_command", metavar="ACTION")

    add = actions.add_parser(
        "add",
        help="copy a LoRA into the registry with its manifest",
        description="Computes the weights' SHA-256 (checked again on every load) and stores "
        "WEIGHTS as <registry>/<owner>/<name>/pytorch_lora_weights.safetensors.",
    )
    add.add_argument("id", help="`owner/name`, e.g. acme/brand-v2 (owner: the tenant)")
    add.add_argument(
        "weights", help="a .safetensors LoRA, or a folder holding pytorch_lora_weights.safetensors"
    )
    add.add_argument("--base-model", required=True, help="the served model's name it fits")
    add.add_argument("--base-revision", help="the model revision it was trained on (unset: any)")
    add.add_argument("--owner", help="owning tenant (default: the id's owner part)")
    add.add_argument("--shared", action="store_true", help="other tenants may use it too")
    add.add_argument("--description", help="free text")
    add.add_argument("--replace", action="store_true", help="replace an adapter with this id")
    add.add_argument(
        "--kind",
        choices=("lora", "controlnet"),
        default="lora",
        help="controlnet: WEIGHTS is a ControlNetModel save_pretrained folder, named by a "
        "model's `controlnets:`",
    )
    add.set_defaults(func=_guarded(_add))

    listing = actions.add_parser("list", help="the adapters in the registry")
    listing.add_argument("--owner", help="only this tenant's adapters")
    listing.add_argument("--json", action="store_true", help="full manifests as JSON")
    listing.set_defaults(func=_guarded(_list))

    remove = actions.add_parser(
        "remove",
        help="delete an adapter",
        description="No request can use it afterwards; replicas that hold it drop it when "
        "their LRU evicts it.",
    )
    remove.add_argument("id", help="`owner/name`")
    remove.set_defaults(func=_guarded(_remove))
