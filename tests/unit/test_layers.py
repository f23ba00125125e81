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
        "    return importlib.import_module('deployments.protocol')\n\n\n_load()\n"
    )
    found = import_all_in_fresh_interpreter("library_probe", tmp_path)
    assert found["forbidden"] == ["deployments", "deployments.protocol"]


def imports_reaching_upwards(source: str) -> list[str]:
    """Every import in `source`, at any depth (inside functions too), of a forbidden package:
    `import x`, `from x import y`, and `importlib.import_module("x...")` / `__import__("x")`
    with a literal name, which an import-time check would miss when they run only on call.
    A dynamic import whose target is not a literal cannot be checked, so it counts too."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = getattr(func, "attr", None) or getattr(func, "id", None)
            first = node.args[0]
            if called in ("import_module", "__import__"):
                if not isinstance(first, ast.Constant):
                    found.append(f"dynamic import (line {node.lineno})")
                    continue
                names = [str(first.value)]
        found += [
            f"{name} (line {node.lineno})" for name in names if name.split(".")[0] in FORBIDDEN
        ]
    return found


def test_no_governance_source_imports_upwards_even_lazily():
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in (ROOT / "governance").rglob("*.py")
        if (found := imports_reaching_upwards(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_static_check_sees_lazy_and_dynamic_imports():
    source = (
        "import importlib\n\n"
        "def store(url):\n"
        "    module = importlib.import_module('deployments.limits_actor')\n"
        "    from ray import serve\n"
        "    return module, serve\n"
    )
    assert sorted(imports_reaching_upwards(source)) == [
        "deployments.limits_actor (line 4)",
        "ray (line 5)",
    ]
    dynamic = "import importlib\nfor name in NAMES:\n    importlib.import_module(name)\n"
    assert imports_reaching_upwards(dynamic) == ["dynamic import (line 3)"]
    assert imports_reaching_upwards("import numpy\nfrom governance import errors\n") == []
