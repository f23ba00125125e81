"""`imprimatur models prefetch`: fill a Hugging Face cache with a config's pinned weights.

The logic is deployments.weights.prefetch; the Job imprimatur-weights-prefetch
(infra/kuberay/base/weights.yaml) runs this command in the image.
"""

from __future__ import annotations

import argparse
import sys

from deployments.settings import SettingsError, settings_from_serve_config
from deployments.weights import prefetch
from governance import environment


def _prefetch(args: argparse.Namespace) -> int:
    try:
        settings = settings_from_serve_config(args.config)
        prefetch(
            settings,
            args.cache_dir,
            models=args.model,
            token=environment.read_secret("HF_TOKEN", missing_ok=True),
        )
    except (SettingsError, OSError) as exc:
        print(f"{args.config}: {exc}", file=sys.stderr)
        return 1
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    models = subparsers.add_parser("models", help="model weights: fetch them ahead of time")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION")
    fetch = models_sub.add_parser(
        "prefetch",
        help="download each hub model of CONFIG at its pinned commit into a HF cache",
        description="Refuses unpinned models; resumes; skips models already complete. "
        "Gated models: $HF_TOKEN, or a file named by $HF_TOKEN_FILE.",
    )
    fetch.add_argument("config", nargs="?", default="config/production.yaml", help="Serve config")
    fetch.add_argument(
        "--cache-dir", required=True, help="HF cache folder (the pods' HF_HUB_CACHE)"
    )
    fetch.add_argument("--model", action="append", help="only this model (repeatable)")
    fetch.set_defaults(func=_prefetch)
