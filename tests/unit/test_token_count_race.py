"""Counting a request's text tokens must not disturb a pipeline encoding in another thread.

A tokenizer's padding and truncation are state of the object, set by each call. Counting on
the pipeline's own tokenizer (untruncated, unpadded) while the pipeline encoded a batch (padded
to 77) made the pipeline get 19 ids now and then, and the batch failed; found by the chaos
suite (a redeploy under load: 2 of 175 answers were 500 generation_failed).
"""

from __future__ import annotations

import threading

import pytest

from deployments.engine_extras import count_text_tokens
from deployments.tiny_models import _clip_tokenizer

pytestmark = pytest.mark.unit


def test_counting_tokens_beside_a_padded_encode_leaves_its_padding_alone():
    tokenizer = _clip_tokenizer()  # the tiny SDXL's CLIP tokenizer, as the pipeline holds it
    stop = threading.Event()
    counts: list[int] = []

    def count_forever() -> None:
        while not stop.is_set():
            counts.append(count_text_tokens(tokenizer, "a lighthouse at dusk", None))

    counter = threading.Thread(target=count_forever)
    counter.start()
    lengths = set()
    try:
        for _ in range(2000):
            ids = tokenizer(
                ["a lighthouse at dusk"],
                padding="max_length",
                max_length=tokenizer.model_max_length,
                truncation=True,
            )["input_ids"]
            lengths.add(len(ids[0]))
    finally:
        stop.set()
        counter.join()
    assert lengths == {77}  # the pipeline's encode always padded, however the counting ran
    assert counts and set(counts) == {len(tokenizer("a lighthouse at dusk")["input_ids"])}
