"""The package imports without a circle: statically (every ``import`` of a claimex module,
also inside functions) and for real, each module first in an interpreter of its own."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import claimex

SOURCE = Path(claimex.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(SOURCE.rglob("*.py"))}


def _imported(module: str, path: Path) -> set[str]:
    """The claimex modules ``module`` imports anywhere in its source (``from claimex
    import api`` names the module ``claimex.api``; ``from claimex import __version__`` the
    package)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}".rstrip(".")
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES
                          else base)
    return {name for name in found if name in MODULES and name != module}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph``, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target):], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_module_of_the_package_imports_in_a_circle():
    graph = {name: _imported(name, path) for name, path in MODULES.items()}
    assert graph["claimex.engines.processes"] >= {"claimex.extraction"}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_check_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_every_module_imports_first_in_a_fresh_interpreter():
    """Each module imported with no other claimex module loaded before it (one
    interpreter: spaCy stays loaded, claimex's modules are dropped between imports)."""
    script = (
        "import importlib, sys\n"
        "failed = []\n"
        f"for name in {sorted(MODULES)!r}:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] == 'claimex']:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{name}: {exc!r}')\n"
        "print('\\n'.join(failed))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=300)
    assert run.stdout.strip() == "", run.stdout


def test_the_front_door_keeps_every_public_name():
    from claimex import api

    for name in ("extract", "extract_encoded", "load_pipeline", "parse_overrides",
                 "config_path", "pipeline_info", "Pipeline", "DocumentResult",
                 "EncodedResult", "encode_result", "failed_result", "BUILTIN_CONFIGS"):
        assert hasattr(api, name), name
    assert set(api.__all__) <= set(dir(api))
    assert len((SOURCE / "api.py").read_text(encoding="utf-8").splitlines()) < 200
