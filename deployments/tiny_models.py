"""The embedded default models: tiny, deterministic, built from the real library classes.

No weights can be downloaded on the build machines, so `tiny-sdxl` (a real
`StableDiffusionXLPipeline`) and `tiny-janus` (a real `JanusForConditionalGeneration`) are built
here from small configs with fixed seeds, saved once to a cache folder with `save_pretrained`, and
then loaded through the same `from_pretrained` path that loads SDXL or Janus-Pro in production.
Their images are noise-like; what matters is that every code path is the production one.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from governance import environment

logger = logging.getLogger(__name__)

TINY_SDXL = "tiny-sdxl"
TINY_JANUS = "tiny-janus"
TINY_LLAMA_GUARD = "tiny-llama-guard"
TINY_EMU3 = "tiny-emu3"
# Bump when a builder changes, so stale caches are rebuilt rather than silently reused.
TINY_MODELS_VERSION = "1"

_SPECIAL_TOKENS = ["<|startoftext|>", "<|endoftext|>"]

# --- The tiny configs, defined once: also what `benchmarks/gpu.py --tiny` builds. -------------
# Vocabulary sizes and special-token ids come from the tokenizers, filled in at build time.

# tiny-sdxl keeps SDXL's structure: two CLIP text encoders, the UNet's text_time conditioning,
# a VAE with SDXL's 8x downsampling (four blocks): a 256x256 image is a 32x32 latent.
TINY_SDXL_TEXT = dict(  # CLIP text tower
    hidden_size=32,
    intermediate_size=64,
    num_attention_heads=2,
    num_hidden_layers=2,
    max_position_embeddings=77,
    projection_dim=32,
    hidden_act="gelu",
)
TINY_SDXL_TEXT_2 = dict(TINY_SDXL_TEXT)  # the second tower (with projection): same toy width
TINY_SDXL_UNET = dict(
    sample_size=32,
    in_channels=4,
    out_channels=4,
    block_out_channels=(32, 64),
    layers_per_block=1,
    down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
    up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
    attention_head_dim=(2, 4),
    use_linear_projection=True,
    addition_embed_type="text_time",
    addition_time_embed_dim=8,
    transformer_layers_per_block=(1, 1),
    # SDXL's added conditioning: 6 time ids x addition_time_embed_dim + pooled text embeds
    projection_class_embeddings_input_dim=6 * 8 + TINY_SDXL_TEXT_2["projection_dim"],
    cross_attention_dim=TINY_SDXL_TEXT["hidden_size"] + TINY_SDXL_TEXT_2["hidden_size"],
    norm_num_groups=8,
)
TINY_SDXL_VAE = dict(
    in_channels=3,
    out_channels=3,
    block_out_channels=(8, 8, 16, 16),
    down_block_types=("DownEncoderBlock2D",) * 4,
    up_block_types=("UpDecoderBlock2D",) * 4,
    latent_channels=4,
    layers_per_block=1,
    norm_num_groups=8,
    sample_size=256,
    scaling_factor=0.13025,
    force_upcast=True,  # diffusers' default, as SDXL: the pipeline decodes in fp32
)
TINY_SDXL_SCHEDULER = dict(
    beta_start=0.00085,
    beta_end=0.012,
    beta_schedule="scaled_linear",
    steps_offset=1,
    timestep_spacing="leading",
)

# tiny-janus keeps Janus-Pro's image path: a 384x384 image is a 24x24 grid of 576 image tokens,
# decoded by a VQ model with 16x upsampling.
TINY_JANUS_TEXT = dict(  # Llama
    hidden_size=32,
    intermediate_size=64,
    num_hidden_layers=2,
    num_attention_heads=2,
    num_key_value_heads=2,
    max_position_embeddings=1024,
)
TINY_JANUS_VISION = dict(  # SigLIP
    hidden_size=32,
    num_hidden_layers=1,
    num_attention_heads=2,
    image_size=384,
    patch_size=16,
    projection_dim=TINY_JANUS_TEXT["hidden_size"],
    num_image_tokens=576,
    depth=1,
)
TINY_JANUS_VQ = dict(
    embed_dim=8,
    num_embeddings=256,
    latent_channels=32,
    base_channels=32,  # the VQ model's GroupNorm has 32 groups
    channel_multiplier=(1, 1, 1, 1, 1),  # four downsamplings: 16x, as in Janus-Pro
    num_res_blocks=1,
    projection_dim=TINY_JANUS_TEXT["hidden_size"],
    image_token_embed_dim=TINY_JANUS_TEXT["hidden_size"],
    num_hidden_layers=1,
)


def default_cache_dir() -> Path:
    """Where tiny models are built: $IMPRIMATUR_MODEL_CACHE, else ~/.cache/imprimatur/models."""
    env = environment.read(environment.MODEL_CACHE)
    return Path(env) if env else Path.home() / ".cache" / "imprimatur" / "models"


def _byte_level_vocab() -> dict[str, int]:
    """A CLIP vocabulary with every byte-level character (and its end-of-word form), no merges.

    Any text tokenizes (one token per character), which is all a tiny random model needs.
    """
    # GPT-2's byte-to-unicode table: printable bytes map to themselves, the rest above 255.
    printable = [*range(33, 127), *range(161, 173), *range(174, 256)]
    extra = [b for b in range(256) if b not in printable]
    chars = sorted({chr(b) for b in printable} | {chr(256 + i) for i in range(len(extra))})
    tokens = chars + [c + "</w>" for c in chars] + _SPECIAL_TOKENS
    return {token: index for index, token in enumerate(tokens)}


def _clip_tokenizer():
    from transformers import CLIPTokenizer

    return CLIPTokenizer(vocab=_byte_level_vocab(), merges=[], model_max_length=77)


def sdxl_from_configs(
    unet: dict, vae: dict, text: dict, text_2: dict, scheduler: dict, device: str = "cpu"
):
    """A StableDiffusionXLPipeline from config dicts, random weights drawn from seed 0.

    Shared by `build_tiny_sdxl` and `benchmarks/gpu.py` (full and tiny sizes). Both text encoders
    share the byte-level tokenizer, which supplies their special-token ids and, unless the dict
    gives one, their vocabulary size.
    """
    import torch
    from diffusers import (
        AutoencoderKL,
        EulerDiscreteScheduler,
        StableDiffusionXLPipeline,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    tokenizer = _clip_tokenizer()

    def text_config(values: dict) -> CLIPTextConfig:
        return CLIPTextConfig(
            **{"vocab_size": len(tokenizer), **values},
            bos_token_id=tokenizer.bos_token_id,
            eos_token_id=tokenizer.eos_token_id,
            pad_token_id=tokenizer.pad_token_id,
        )

    torch.manual_seed(0)
    with torch.device(device):  # on a GPU: initialise there, seconds rather than minutes
        text_encoder = CLIPTextModel(text_config(text))
        text_encoder_2 = CLIPTextModelWithProjection(text_config(text_2))
        unet_model = UNet2DConditionModel(**unet)
        vae_model = AutoencoderKL(**vae)
    return StableDiffusionXLPipeline(
        vae=vae_model,
        text_encoder=text_encoder,
        text_encoder_2=text_encoder_2,
        tokenizer=tokenizer,
        tokenizer_2=tokenizer,
        unet=unet_model,
        scheduler=EulerDiscreteScheduler(**scheduler),
        force_zeros_for_empty_prompt=True,
    )


def build_tiny_sdxl(out_dir: Path) -> None:
    """Build tiny-sdxl from the TINY_SDXL_* configs and save it."""
    sdxl_from_configs(
        TINY_SDXL_UNET, TINY_SDXL_VAE, TINY_SDXL_TEXT, TINY_SDXL_TEXT_2, TINY_SDXL_SCHEDULER
    ).save_pretrained(out_dir)


_JANUS_CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'user' %}<|User|>: {% else %}<|Assistant|>: {% endif %}"
    "{% for part in message['content'] %}{% if part['type'] == 'text' %}{{ part['text'] }}"
    "{% endif %}{% endfor %}\n\n{% endfor %}"
    "{% if add_generation_prompt %}<|Assistant|>:{% endif %}"
)


def train_byte_level_bpe(special: list[str], vocab_size: int, corpus: list[str]):
    """A byte-level BPE `tokenizers.Tokenizer` trained on a fixed corpus: deterministic, no
    download; every tiny model's tokenizer starts here."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token=None))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=special,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(corpus, trainer=trainer)
    return tokenizer


def _janus_tokenizer():
    """A small byte-level BPE tokenizer with Janus's special tokens, trained on a fixed corpus."""
    from transformers import PreTrainedTokenizerFast

    special = [
        "<|begin▁of▁sentence|>",
        "<|end▁of▁sentence|>",
        "<｜▁pad▁｜>",
        "<image_placeholder>",
        "<begin_of_image>",
        "<end_of_image>",
        "<|User|>",
        "<|Assistant|>",
    ]
    corpus = [
        "a photograph of a red fox in the snow, golden hour, detailed",
        "an oil painting of a lighthouse on a cliff at dusk",
        "a watercolor of a city street in the rain with umbrellas",
        "a cat sitting on a windowsill, soft light, 35mm photo",
    ]
    tokenizer = train_byte_level_bpe(special, 600, corpus)
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token=special[0],
        eos_token=special[1],
        pad_token=special[2],
        extra_special_tokens={
            "image_token": special[3],
            "boi_token": special[4],
            "eoi_token": special[5],
        },
        padding_side="left",
    )


def janus_from_configs(text: dict, vision: dict, vq: dict, device: str = "cpu", **config):
    """A JanusForConditionalGeneration (eval mode, random weights from seed 0) and its processor.

    Shared by `build_tiny_janus` and `benchmarks/gpu.py`. The small BPE tokenizer supplies the
    special-token ids and, unless `text` gives one, the vocabulary size; `config` goes to
    JanusConfig. Sampling with CFG 5 is the generation default, as in Janus-Pro.
    """
    import torch
    from transformers import (
        GenerationConfig,
        JanusConfig,
        JanusForConditionalGeneration,
        JanusImageProcessorPil,
        JanusProcessor,
        JanusVisionConfig,
        JanusVQVAEConfig,
        LlamaConfig,
    )

    tokenizer = _janus_tokenizer()
    special = {
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "pad_token_id": tokenizer.pad_token_id,
    }
    janus_config = JanusConfig(
        text_config=LlamaConfig(**{"vocab_size": len(tokenizer), **text}, **special),
        vision_config=JanusVisionConfig(**vision),
        vq_config=JanusVQVAEConfig(**vq),
        image_token_id=tokenizer.convert_tokens_to_ids("<image_placeholder>"),
        **config,
    )
    torch.manual_seed(0)
    with torch.device(device):
        model = JanusForConditionalGeneration(janus_config).eval()
    model.generation_config = GenerationConfig(
        **special,
        do_sample=True,
        guidance_scale=5.0,
        generation_kwargs={"boi_token_id": tokenizer.convert_tokens_to_ids("<begin_of_image>")},
    )
    side = vision["image_size"]
    processor = JanusProcessor(
        image_processor=JanusImageProcessorPil(size={"height": side, "width": side}),
        tokenizer=tokenizer,
        chat_template=_JANUS_CHAT_TEMPLATE,
        num_image_tokens=vision["num_image_tokens"],
    )
    return model, processor


def build_tiny_janus(out_dir: Path) -> None:
    """Build tiny-janus from the TINY_JANUS_* configs and save it with its processor."""
    model, processor = janus_from_configs(TINY_JANUS_TEXT, TINY_JANUS_VISION, TINY_JANUS_VQ)
    model.save_pretrained(out_dir)
    processor.save_pretrained(out_dir)


def build_tiny_llama_guard(out_dir: Path) -> None:
    from deployments.tiny_llama_guard import build_tiny_llama_guard as build

    build(out_dir)


def build_tiny_emu3(out_dir: Path) -> None:
    from deployments.tiny_emu3 import build_tiny_emu3 as build

    build(out_dir)


_BUILDERS: dict[str, Callable[[Path], None]] = {
    TINY_SDXL: build_tiny_sdxl,
    TINY_JANUS: build_tiny_janus,
    TINY_LLAMA_GUARD: build_tiny_llama_guard,
    TINY_EMU3: build_tiny_emu3,
}


def is_tiny_model(name: str) -> bool:
    return name in _BUILDERS


def ensure_tiny_model(name: str, cache_dir: Path | None = None) -> Path:
    """Return the folder of tiny model `name`, building it first if the cache lacks it.

    The build writes to a temporary sibling and renames it into place, so a crash or two
    replicas building at once never leave a half-written model behind.
    """
    if name not in _BUILDERS:
        raise KeyError(f"unknown tiny model {name!r}; known: {sorted(_BUILDERS)}")
    root = (cache_dir or default_cache_dir()) / f"v{TINY_MODELS_VERSION}"
    target = root / name
    if (target / ".complete").exists():
        return target
    root.mkdir(parents=True, exist_ok=True)
    logger.info("building tiny model %s in %s (first start only)", name, target)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=root))
    try:
        _BUILDERS[name](staging)
        (staging / ".complete").write_text(TINY_MODELS_VERSION, encoding="utf-8")
        try:
            staging.rename(target)
        except OSError:
            if not (target / ".complete").exists():  # not a lost race: a real failure
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    logger.info("tiny model %s ready", name)
    return target
