"""Keep freed heap memory in the replica instead of handing it back to the kernel.

glibc serves big allocations (over 128 KiB, adjusting up to 32 MiB) with fresh ``mmap`` pages
and trims freed heap above 128 KiB, so a replica that works on megabyte arrays per request takes
a page fault for every 4 KiB it touches, every request: ~2,000 faults per 1024x1024 watermark.
A fault is cheap on bare metal and costly in a virtual machine (measured in a Firecracker VM:
the watermark 32-48 ms in the governance replica against 17 ms once the faults went, and
docs/performance.md). ``mallopt`` fixes the thresholds for the process, so freed arrays are
reused from the heap. Only glibc has it; elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

logger = logging.getLogger(__name__)

# mallopt parameters (glibc's malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
#: The biggest allocation served from the heap: glibc's own ceiling for the threshold
#: (HEAP_MAX_SIZE / 2 on 64-bit), above a 1024x1024x3 float64 array (25 MB).
MMAP_THRESHOLD = 32 * 1024 * 1024


def keep_freed_memory(keep_mb: int) -> bool:
    """Serve allocations up to :data:`MMAP_THRESHOLD` from the heap and keep up to ``keep_mb``
    MiB of freed heap before trimming (the app setting ``keep_freed_memory_mb``). True where it
    took effect; 0 or a libc without ``mallopt`` changes nothing."""
    if keep_mb <= 0:
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        logger.info("no glibc mallopt here; freed memory goes back to the kernel as usual")
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    keep = min(keep_mb * 2**20, 2**31 - 1)
    done = mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and mallopt(_M_TRIM_THRESHOLD, keep) == 1
    if not done:
        logger.warning("mallopt refused the thresholds; freed memory goes back as usual")
    return done
