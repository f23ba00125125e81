"""What the hand-written compose scripts share (compose_round7_contrast.py and round 8's; round
6a's takes its codes): the ``CODE | prompt`` block format and its codes, the generic negative
prompts and the JSONL writer.
Run a script as ``python governance/moderation/data/compose_<name>.py``; it writes its file next
to itself."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Mapping
from pathlib import Path

#: The eleven languages, in the order their blocks are read (the order fixes the output).
LANG_CODES = ("en", "es", "fr", "de", "it", "pt", "ru", "ja", "zh", "ko", "ar")

#: The row codes of the blocks (``CODE | prompt``; ``-`` is benign, codes may combine: ``D S``).
CODES = {
    "S": "sexual",
    "V": "violence/graphic",
    "SH": "self-harm",
    "H": "hate",
    "I": "illicit",
    "HA": "harassment",
    "D": "deepfake/real-person",
}

#: Generic negative prompts, given to a few rows so that the heads see negative prompts too.
NEGATIVES = [
    "lowres, blurry, bad anatomy, watermark",
    "worst quality, extra fingers, jpeg artifacts",
    "text, signature, deformed, ugly",
    "cartoon, 3d render, oversaturated",
]


def blocks(namespace: Mapping[str, object]) -> dict[str, str]:
    """Each language's block of a script, named by its upper-case code (``EN``, ``ES``...)."""
    return {lang: str(namespace[lang.upper()]) for lang in LANG_CODES}


def parse(block: str, codes: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """Split a block of ``CODE | prompt`` lines into (prompt, sorted category names)."""
    rows = []
    for line in block.strip().splitlines():
        code, prompt = line.split(" | ", 1)
        cats = [] if code == "-" else sorted(codes[c] for c in code.split())
        rows.append((prompt.strip(), cats))
    return rows


def write_jsonl(rows: Iterable[dict], name: str) -> None:
    """``rows`` as ``name`` next to this file, one JSON object a line, UTF-8 kept as written."""
    out = Path(__file__).with_name(name)
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def rows_with_negatives(
    langs: Mapping[str, str], codes: Mapping[str, str], seed: int, share: float = 0.06
) -> list[dict]:
    """Every hand-written row once, about ``share`` of them with a generic negative prompt,
    shuffled; a fixed ``seed`` makes the file the same on every run."""
    rng = random.Random(seed)
    rows: list[dict] = []
    for lang, block in langs.items():
        for prompt, cats in parse(block, codes):
            row = {"prompt": prompt, "categories": cats, "lang": lang}
            if rng.random() < share:
                row["negative_prompt"] = rng.choice(NEGATIVES)
            rows.append(row)
    rng.shuffle(rows)
    return rows
