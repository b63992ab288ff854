"""Structure limits of the graphkit package: module and function sizes, import cycles, layering.

    python tools/check_structure.py          # prints violations; exit status 1 if any

- no module over MAX_MODULE_LINES lines, no function (or method) over MAX_FUNCTION_LINES lines;
- no import cycle between graphkit modules (imports inside functions count too);
- actor resolution (graphkit.actors) imports nothing from the extraction side (graphkit.rules,
  graphkit.triggers).
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "graphkit"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 70
FORBIDDEN = {"graphkit.actors": ("graphkit.rules", "graphkit.triggers", "graphkit.lexicon")}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, tree: ast.AST) -> set[str]:
    """Absolute names of the graphkit modules *path* imports."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("graphkit")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            if base.startswith("graphkit"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


def main() -> int:
    problems: list[str] = []
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in sorted(modules.items()):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES:
            problems.append(f"{path.relative_to(ROOT)}: {lines} lines (max {MAX_MODULE_LINES})")
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                start = min([node.lineno] + [d.lineno for d in node.decorator_list])
                length = node.end_lineno - start + 1
                if length > MAX_FUNCTION_LINES:
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {length} lines "
                                    f"(max {MAX_FUNCTION_LINES})")
        graph[name] = {m for m in imports(path, tree) if m in modules and m != name}
        for layer, banned in FORBIDDEN.items():
            if name == layer or name.startswith(layer + "."):
                problems += [f"{name} imports {m} (the actor side must not import the extraction side)"
                             for m in sorted(graph[name]) if m.startswith(banned)]
    problems += [f"import cycle: {' -> '.join(c)}" for c in cycles(graph)]
    print("\n".join(problems) if problems else
          f"ok: {len(modules)} modules, none over {MAX_MODULE_LINES} lines, no function over "
          f"{MAX_FUNCTION_LINES} lines, no import cycle, actors independent of the rules")
    return 1 if problems else 0


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The modules of each strongly connected component of the import graph with more than one module."""
    edges = graph
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for v in edges:
        if v not in index:
            visit(v)
    return found


if __name__ == "__main__":
    sys.exit(main())
