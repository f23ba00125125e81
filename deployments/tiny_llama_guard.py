"""`tiny-llama-guard`: a LlamaForCausalLM at toy width with a Llama-3-style tokenizer and Llama
Guard 3's real chat template, so the local config runs the production code path end to end.

Its answers are random tokens: the guard backend reads them as malformed and fails closed,
which is what a broken guard must do. The parser is tested on real-format answers instead.
"""

from __future__ import annotations

from pathlib import Path

from governance.moderation.guards.llama_guard import (
    HAZARDS,
    LLAMA_GUARD_3_1B_CHAT_TEMPLATE,
)

# Llama 3's special tokens that the template and generation use (names as in Llama 3.2).
_SPECIAL = [
    "<|begin_of_text|>",
    "<|end_of_text|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|eot_id|>",
    "<|image|>",
    "<|finetune_right_pad_id|>",
]


def _corpus() -> list[str]:
    categories = "".join(f"{code}: {name}\n" for code, name in HAZARDS.items())
    return [
        "Task: Check if there is unsafe content in 'User' messages in conversations according "
        "our safety policy with the below categories.",
        f"<BEGIN UNSAFE CONTENT CATEGORIES>\n{categories}<END UNSAFE CONTENT CATEGORIES>",
        "<BEGIN CONVERSATION>\n\nUser: a photograph of a red fox in the snow\n\n<END CONVERSATION>",
        "Provide your safety assessment for ONLY THE LAST User message in the above "
        "conversation:\n - First line must read 'safe' or 'unsafe'.\n - If unsafe, a second "
        "line must include a comma-separated list of violated categories.",
        "safe",
        "unsafe\nS1",
        "unsafe\nS1,S10",
    ]


def build_tokenizer():
    """A byte-level BPE tokenizer with Llama 3's special tokens and Llama Guard 3's template."""
    from transformers import PreTrainedTokenizerFast

    from deployments.tiny_models import train_byte_level_bpe

    tokenizer = train_byte_level_bpe(_SPECIAL, 640, _corpus())
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<|begin_of_text|>",
        eos_token="<|eot_id|>",
        pad_token="<|finetune_right_pad_id|>",
        padding_side="left",
    )
    fast.chat_template = LLAMA_GUARD_3_1B_CHAT_TEMPLATE
    return fast


def build_tiny_llama_guard(out_dir: Path) -> None:
    """Build and save a 2-layer LlamaForCausalLM and its tokenizer (with the chat template)."""
    import torch
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    tokenizer = build_tokenizer()
    eot = tokenizer.convert_tokens_to_ids("<|eot_id|>")
    end = tokenizer.convert_tokens_to_ids("<|end_of_text|>")
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=8192,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=[end, eot],
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,  # as Llama-Guard-3-1B (Llama 3.2 1B)
    )
    torch.manual_seed(0)
    model = LlamaForCausalLM(config).eval()
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=[end, eot],
        pad_token_id=tokenizer.pad_token_id,
        do_sample=False,
    )
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
