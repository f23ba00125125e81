"""The layers point one way: governance/ is a plain library that never loads ray or deployments.

Checked by importing every module of the package in a fresh interpreter and looking at
sys.modules afterwards, so an importlib call, an import inside a function that runs at import
time or a transitive import all count, not only lines that begin with `import ray`.
"""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import governance

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("ray", "deployments", "imprimatur_cli")

_PROBE = """
import importlib, json, pkgutil, sys
package = importlib.import_module({package!r})
names = [{package!r}] + [
    info.name for info in pkgutil.walk_packages(package.__path__, {package!r} + ".")
]
for name in names:
    importlib.import_module(name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {forbidden!r})
print(json.dumps({{"modules": names, "forbidden": loaded}}))
"""


def import_all_in_fresh_interpreter(package: str, *paths: Path) -> dict:
    """Import `package` and all its submodules in a new Python; report forbidden modules."""
    path = [str(ROOT), *map(str, paths)]
    code = f"import sys; sys.path[:0] = {path!r}\n" + _PROBE.format(
        package=package, forbidden=FORBIDDEN
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_governance_module_imports_without_ray_or_deployments():
    found = import_all_in_fresh_interpreter("governance")
    expected = {info.name for info in pkgutil.walk_packages(governance.__path__, "governance.")}
    assert expected <= set(found["modules"])  # every module really was imported
    assert len(expected) > 20
    assert found["forbidden"] == []


def test_the_check_catches_an_import_through_importlib(tmp_path):
    """The check can fail: a library that reaches deployments/ only via importlib is caught."""
    package = tmp_path / "library_probe"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "sneaky.py").write_text(
        "import importlib\n\n\ndef _load():\n"
        "    return importlib.import_module('deployments.timing')\n\n\n_load()\n"
    )
    found = import_all_in_fresh_interpreter("library_probe", tmp_path)
    assert found["forbidden"] == ["deployments", "deployments.timing"]
