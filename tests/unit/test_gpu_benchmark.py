"""benchmarks/gpu.py, the CPU twin of the GPU benchmark: it runs end to end at toy sizes, and its
full-size architectures are the published ones (checked on the meta device, no memory used)."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = REPO_ROOT / "benchmarks"
SCRIPT = BENCHMARKS / "gpu.py"


@pytest.fixture(scope="module")
def tiny_output() -> str:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "CUDA_VISIBLE_DEVICES": ""}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--tiny"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # tiny-janus decodes 576 tokens per image: ~50 s on 2 shared cores
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_tiny_run_prints_every_row(tiny_output: str) -> None:
    assert "TINY" in tiny_output  # the header says these are toy sizes, not figures
    for model in ("sdxl", "janus"):
        for batch in (1, 2, 4):
            for path in ("raw", "engine"):
                row = re.search(
                    rf"^\s*{model}\s+{path}\s+{batch}\s+([\d.]+)\s+([\d.]+)", tiny_output, re.M
                )
                assert row, f"no row for {model} {path} batch {batch}:\n{tiny_output}"
                seconds, rate = float(row.group(1)), float(row.group(2))
                # both are printed rounded to 3 decimals: allow for that rounding
                low, high = batch / (seconds + 0.0005), batch / max(seconds - 0.0005, 1e-9)
                assert seconds > 0 and low * 0.99 - 0.001 <= rate <= high * 1.01 + 0.001
    engine_rows = re.findall(
        r"^\s*(?:sdxl|janus)\s+engine\s+\d+\s+\S+\s+\S+\s+([\d.]+)x", tiny_output, re.M
    )
    assert len(engine_rows) == 6  # each engine row carries its ratio to the raw call


def test_tiny_run_prints_the_option_rows(tiny_output: str) -> None:
    for option in ("SDPA", "channels_last", "fused QKV", "classic"):
        assert re.search(rf"^\s*\S*.*{option}.*\s[\d.]+x\s*$", tiny_output, re.M), option


@pytest.fixture(scope="module")
def gpu_module():
    environ = dict(os.environ)  # benchmarks/_common.py sets offline and verbosity variables
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("gpu")
    finally:
        sys.path.remove(str(BENCHMARKS))
        os.environ.clear()
        os.environ.update(environ)


def _parameters(module) -> int:
    return sum(p.numel() for p in module.parameters())


def test_full_sdxl_architecture_matches_sdxl_base_1_0(gpu_module) -> None:
    import torch
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    with torch.device("meta"):
        unet = UNet2DConditionModel(**gpu_module.SDXL_UNET)
        vae = AutoencoderKL(**gpu_module.SDXL_VAE)
        text = CLIPTextModel(CLIPTextConfig(**gpu_module.SDXL_TEXT))
        text_2 = CLIPTextModelWithProjection(CLIPTextConfig(**gpu_module.SDXL_TEXT_2))
    # parameter counts of stabilityai/stable-diffusion-xl-base-1.0's components
    assert _parameters(unet) == 2_567_463_684
    assert _parameters(vae) == 83_653_863
    assert _parameters(text) == 123_060_480
    assert _parameters(text_2) == 694_659_840


def test_full_janus_architecture_has_janus_pro_1b_sizes(gpu_module) -> None:
    import torch
    from transformers import (
        JanusConfig,
        JanusForConditionalGeneration,
        JanusVisionConfig,
        JanusVQVAEConfig,
        LlamaConfig,
    )

    config = JanusConfig(
        text_config=LlamaConfig(**gpu_module.JANUS_TEXT),
        vision_config=JanusVisionConfig(**gpu_module.JANUS_VISION),
        vq_config=JanusVQVAEConfig(**gpu_module.JANUS_VQ),
        image_token_id=3,
        tie_word_embeddings=False,
    )
    with torch.device("meta"):
        model = JanusForConditionalGeneration(config)
    assert model.model.vision_model.config.num_image_tokens == 576  # a 24x24 grid, 384 px
    assert config.vq_config.num_patches == 24
    assert 2.0e9 < _parameters(model) < 2.2e9  # Janus-Pro-1B: about 2.1 B parameters
