"""deployments.memory: freed arrays are reused instead of page-faulting fresh memory in."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from deployments.memory import keep_freed_memory

# In a fresh interpreter (mallopt is process-wide): mark a 512x512 image six times in a worker
# thread, as the governance replica does, and print the page faults of the last five.
_MARK_AND_COUNT = textwrap.dedent(
    """
    import resource, sys, threading
    import numpy as np
    from deployments.memory import keep_freed_memory
    from governance.watermark import Watermarker

    if sys.argv[1] == "keep":
        assert keep_freed_memory(256)
    marker = Watermarker(b"k" * 32)
    image = np.random.default_rng(0).integers(0, 256, (512, 512, 3), dtype=np.uint8)
    faults = []

    def mark():
        for i in range(6):
            before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
            marker.embed_array(image, f"{i:016x}")
            faults.append(resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before)

    worker = threading.Thread(target=mark)
    worker.start()
    worker.join()
    print(sum(faults[1:]))
    """
)


def _faults(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _MARK_AND_COUNT, mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc mallopt, Linux only")
def test_kept_memory_spares_the_page_faults_of_repeated_marking() -> None:
    default, kept = _faults("default"), _faults("keep")
    assert default > 1000  # glibc's thresholds: each mark faults fresh pages in
    assert kept < default / 10


def test_zero_keeps_glibc_defaults() -> None:
    assert keep_freed_memory(0) is False
