"""Tiny LoRA adapters for the tiny SDXL, built from the real PEFT classes (for tests, benchmarks
and trying `imprimatur adapters add` locally without downloading anything).

`build_tiny_lora` injects a PEFT `LoraConfig` into tiny-sdxl's UNet attention projections with
random (not zero) B matrices, so the adapter visibly changes the output, and saves it with
`StableDiffusionXLPipeline.save_lora_weights`: the diffusers/PEFT format a trained SDXL LoRA
has, loaded through the same `load_lora_weights` path.
"""

from __future__ import annotations

from pathlib import Path

from deployments.tiny_models import TINY_SDXL, ensure_tiny_model

TARGET_MODULES = ("to_q", "to_k", "to_v", "to_out.0")
WEIGHTS = "pytorch_lora_weights.safetensors"


def build_tiny_lora(
    out_dir: Path, seed: int, rank: int = 4, cache_dir: Path | None = None, strength: float = 8.0
) -> Path:
    """A LoRA for tiny-sdxl in `out_dir`; returns the weights file. Same seed, same bytes.

    `strength` multiplies the B matrices: PEFT's random init is small next to the tiny UNet's
    weights, and a tiny LoRA must move a 1-step image by more than its watermark does."""
    import torch
    from diffusers import StableDiffusionXLPipeline, UNet2DConditionModel
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    source = ensure_tiny_model(TINY_SDXL, cache_dir)
    unet = UNet2DConditionModel.from_pretrained(str(source), subfolder="unet")
    torch.manual_seed(seed)
    unet.add_adapter(
        LoraConfig(
            r=rank,
            lora_alpha=rank,
            init_lora_weights=False,  # random B: a freshly initialised LoRA would change nothing
            target_modules=list(TARGET_MODULES),
        )
    )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    layers = {
        key: value * strength if ".lora_B." in key else value
        for key, value in get_peft_model_state_dict(unet).items()
    }
    StableDiffusionXLPipeline.save_lora_weights(
        str(out_dir), unet_lora_layers=layers, weight_name=WEIGHTS
    )
    return out_dir / WEIGHTS


def build_tiny_controlnet(out_dir: Path, seed: int = 0, cache_dir: Path | None = None) -> Path:
    """A ControlNet for tiny-sdxl (`ControlNetModel.from_unet`, saved with save_pretrained).

    from_unet zero-initialises the ControlNet's output convolutions and the last convolution
    of its control-image embedding (a trained one has learnt them); here they are drawn at
    random, so the control visibly changes the image, and another control image changes it
    differently (with the embedding left at zero the control image itself would not count)."""
    import torch
    from diffusers import ControlNetModel, UNet2DConditionModel

    source = ensure_tiny_model(TINY_SDXL, cache_dir)
    unet = UNet2DConditionModel.from_pretrained(str(source), subfolder="unet")
    torch.manual_seed(seed)
    controlnet = ControlNetModel.from_unet(unet)
    with torch.no_grad():
        for name, parameter in controlnet.named_parameters():
            if name.startswith(("controlnet_down_blocks", "controlnet_mid_block")):
                parameter.normal_(std=0.05)
            elif name.startswith("controlnet_cond_embedding"):
                # variance-preserving (He), so the control image, not the biases, drives it
                if parameter.dim() > 1:
                    torch.nn.init.kaiming_normal_(parameter)
                    if ".conv_out." in name:
                        parameter.mul_(4.0)  # a strong control, visible after 2 tiny steps
                else:
                    parameter.zero_()
    out_dir = Path(out_dir)
    controlnet.save_pretrained(str(out_dir))
    return out_dir
