"""`tiny-emu3`: a real `Emu3ForConditionalGeneration` + `Emu3Processor` at toy width.

Built deterministically (fixed seed, fixed tokenizer corpus) and saved with `save_pretrained`,
so the engine loads it through the same `from_pretrained` path as `BAAI/Emu3-Gen-hf`. It keeps
what the serving code depends on: Emu3's special tokens (`<|image start|>`, `<|image token|>`,
the end-of-line `<|extra_200|>`, `<|extra_201|>`, `<|image end|>`), visual tokens named
`<|visual token NNNNNN|>` in the vocabulary map, and a VQ decoder with Emu3's 8x spatial factor
(four resolution levels) and its temporal upsampling. Only widths, depths and the codebook shrink.
"""

from __future__ import annotations

from pathlib import Path

CODEBOOK_SIZE = 512
LOGIT_SCALE = 30.0
DECODED_STD = 0.4
_PAD, _BOS, _EOS = "<|endoftext|>", "<|extra_203|>", "<|extra_204|>"
_SPECIAL = {
    "image_token": "<image>",
    "boi_token": "<|image start|>",
    "eoi_token": "<|image end|>",
    "image_wrapper_token": "<|image token|>",
    "eof_token": "<|extra_201|>",
}
_EOL = "<|extra_200|>"
_CORPUS = [
    "a photograph of a red fox in the snow, golden hour, detailed",
    "an oil painting of a lighthouse on a cliff at dusk, masterpiece, film grained",
    "a watercolor of a city street in the rain with umbrellas, best quality",
    "a cat sitting on a windowsill, soft light, 35mm photo 0123456789*",
]


def _tokenizer():
    """A byte-level BPE with Emu3's special tokens, then the visual tokens as added tokens."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    special = [_PAD, _BOS, _EOS, _EOL, *_SPECIAL.values()]
    backend = Tokenizer(models.BPE(unk_token=None))
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=600,
        special_tokens=special,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    backend.train_from_iterator(_CORPUS, trainer=trainer)
    backend.add_special_tokens(
        [AddedToken(f"<|visual token {i:06d}|>", special=True) for i in range(CODEBOOK_SIZE)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=backend,
        bos_token=_BOS,
        eos_token=_EOS,
        pad_token=_PAD,
        extra_special_tokens=dict(_SPECIAL),
        padding_side="left",  # Emu3's docs: left padding for batched generation
    )


def build_tiny_emu3(out_dir: Path) -> None:
    """Build and save the model and its processor (image processor, tokenizer, chat template)."""
    import torch
    from transformers import (
        Emu3Config,
        Emu3ForConditionalGeneration,
        Emu3ImageProcessor,
        Emu3Processor,
        Emu3TextConfig,
        Emu3VQVAEConfig,
        GenerationConfig,
    )

    tokenizer = _tokenizer()
    vocab = tokenizer.get_vocab()
    text_config = Emu3TextConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        attention_dropout=0.0,
        pad_token_id=vocab[_PAD],
        bos_token_id=vocab[_BOS],
        eos_token_id=vocab[_EOS],
    )
    vq_config = Emu3VQVAEConfig(
        codebook_size=CODEBOOK_SIZE,
        embed_dim=4,
        latent_channels=4,
        base_channels=32,  # the VQ model's GroupNorm has 32 groups
        channel_multiplier=(1, 1, 1, 1),  # three downsamplings: Emu3's 8x spatial factor
        num_res_blocks=1,
        attn_resolutions=(3,),
        hidden_size=32,
        num_attention_heads=1,
        temporal_downsample_factor=2,  # Emu3-Gen: 4 (video); 2 keeps the temporal path cheaper
    )
    config = Emu3Config(text_config=text_config, vq_config=vq_config, vocabulary_map=vocab)
    torch.manual_seed(0)
    model = Emu3ForConditionalGeneration(config).eval()
    with torch.no_grad():
        # A random model's logits are near-uniform (spread ~0.1), so sampling noise would drown
        # the prompt, the negative prompt and guidance; a spread of a few units, as a trained
        # model has, lets tests see that each one steers the image.
        model.lm_head.weight.mul_(LOGIT_SCALE)
        # The random VQ decoder's output spreads over about [-15, 15]: a third of the pixels
        # would clip to 0 or 255, where no watermark can be embedded. Scale its last layer so
        # a random grid decodes to Emu3's [-1, 1] range, as a trained decoder's pictures do.
        vqmodel = model.model.vqmodel
        grid = torch.randint(
            0, CODEBOOK_SIZE, (1, 16, 16), generator=torch.Generator().manual_seed(1)
        )
        scale = DECODED_STD / vqmodel.decode(grid).std()
        vqmodel.decoder.conv_out.weight.mul_(scale)
        vqmodel.decoder.conv_out.bias.mul_(scale)
    model.generation_config = GenerationConfig(
        bos_token_id=vocab[_BOS], eos_token_id=vocab[_EOS], pad_token_id=vocab[_PAD]
    )
    model.save_pretrained(out_dir)
    # mean = std = 0.5: the VQ decoder's [-1, 1] output maps onto 0..255.
    image_processor = Emu3ImageProcessor(image_mean=[0.5] * 3, image_std=[0.5] * 3)
    Emu3Processor(image_processor=image_processor, tokenizer=tokenizer).save_pretrained(out_dir)
