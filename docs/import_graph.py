"""The import graph of pipeline/, drawn from the code: arrows, cycles, longest chain, deferrals.

Run from the repository root: `uv run python docs/import_graph.py [--arrows]`. An arrow A -> B
means module A imports module B (at module level, or inside a function: those are listed
separately, since they hide cycles). Imports under `if TYPE_CHECKING:` are not counted: they
never run.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "pipeline"


def module_names() -> dict[str, Path]:
    """Every module of the package, by dotted name (a package by its __init__)."""
    names = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported(node: ast.Import | ast.ImportFrom, known: dict[str, Path]) -> list[str]:
    """The package's modules an import statement loads (a name that is a submodule counts)."""
    if isinstance(node, ast.Import):
        targets = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
    return sorted({t for t in targets if t in known})


def walk_imports(tree: ast.AST, known: dict[str, Path]) -> list[tuple[str, bool]]:
    """(target, inside a function) for each runtime import of the package's modules."""
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and is_type_checking(child):
                continue
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.extend((target, in_function) for target in imported(child, known))
            visit(child, nested)

    visit(tree, False)
    return found


def graph() -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    """Arrows between the package's modules, and the function-level ones among them."""
    known = module_names()
    arrows: dict[str, set[str]] = defaultdict(set)
    deferred: list[tuple[str, str]] = []
    for name, path in known.items():
        arrows[name]
        for target, in_function in walk_imports(ast.parse(path.read_text()), known):
            if target != name and not name.startswith(target + "."):
                arrows[name].add(target)
                if in_function:
                    deferred.append((name, target))
    return arrows, deferred


def annotation_only_arrows() -> list[tuple[str, str]]:
    """Arrows under `if TYPE_CHECKING:`, for type annotations only: never run, not counted."""
    known = module_names()
    found = []
    for name, path in known.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.If) and is_type_checking(node):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        found += [(name, target) for target in imported(inner, known)]
    return found


def function_level_imports() -> list[str]:
    """Every import statement inside a function, of any module (stdlib and third party too)."""
    lines = []
    for name, path in module_names().items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        what = inner.module if isinstance(inner, ast.ImportFrom) else None
                        what = what or ", ".join(a.name for a in inner.names)
                        lines.append(f"{name}:{inner.lineno} {node.name}() imports {what}")
    return lines


def cycles(arrows: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in arrows[node]:
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while (top := stack.pop()) != node:
                component.append(top)
            component.append(node)
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(arrows):
        if node not in index:
            connect(node)
    return found


def longest_chain(arrows: dict[str, set[str]]) -> list[str]:
    """The longest import chain (in modules); meaningful only when there is no cycle."""

    @cache
    def chain_from(node: str, seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        best: tuple[str, ...] = ()
        for nxt in sorted(arrows[node]):
            if nxt not in seen:
                candidate = chain_from(nxt, seen | {node})
                if len(candidate) > len(best):
                    best = candidate
        return (node, *best)

    return list(max((chain_from(n) for n in sorted(arrows)), key=len))


def folder(name: str) -> str:
    parts = name.split(".")
    return "/".join(parts[:2]) if len(parts) > 2 or name in module_packages() else parts[0]


@cache
def module_packages() -> frozenset[str]:
    return frozenset(n for n, p in module_names().items() if p.name == "__init__.py")


def main() -> None:
    arrows, deferred = graph()
    if "--arrows" in sys.argv:
        for source in sorted(arrows):
            for target in sorted(arrows[source]):
                print(f"{source} -> {target}")
    per_folder = Counter(folder(name) for name in arrows)
    print("modules per folder:", ", ".join(f"{k} {v}" for k, v in sorted(per_folder.items())))
    print("import arrows:", sum(len(t) for t in arrows.values()))
    found = cycles(arrows)
    print("cycles:", len(found), *(" <-> ".join(c) for c in found))
    print("arrows from function-level imports:", len(deferred))
    for source, target in deferred:
        print(f"  {source} -> {target}")
    print("annotation-only arrows (TYPE_CHECKING, not run):", len(annotation_only_arrows()))
    inner = function_level_imports()
    print("function-level import statements:", len(inner))
    for line in inner:
        print("  " + line)
    chain = longest_chain(arrows)
    print(f"longest chain: {len(chain) - 1} arrows ({len(chain)} modules):", " -> ".join(chain))


if __name__ == "__main__":
    main()
