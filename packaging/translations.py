"""Extract the desktop app's strings into a Qt .ts file with pyside6-lupdate.

lupdate reads ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")``, but not
cpdlog's helpers ``tr(CONTEXT, "…")`` and ``plural(CONTEXT, n, one, many)`` from
``cpdlog.ui.text``, whose context is often a module constant: it would file the context
itself as a string under the empty context. So the helpers' calls are read here (with
``ast``), written out as ``QCoreApplication.translate`` calls in a temporary file that lupdate
reads with the sources, and the empty context is dropped from the result. The same goes for
the Qt-free helpers of ``cpdlog.i18n`` (same names, same shape), which the domain, the export
and the command line use: one catalogue serves the widgets and everything else.

    python packaging/translations.py OUTPUT.ts [--lupdate PATH]

``bash packaging/update-translations.sh`` runs it on the committed .ts files.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "cpdlog" / "ui"
HELPERS = {"tr", "plural"}
HELPER_MODULES = {"cpdlog.ui.text", "cpdlog.i18n", "cpdlog.errors"}  # errors.tr: i18n.tr
PACKAGE = ROOT / "src" / "cpdlog"
DOMAIN = ROOT / "src" / "cpdlog" / "domain"
# argparse's own words ("usage:", "options"), listed there as literals under one context
ARGPARSE_WORDS = PACKAGE / "cli" / "argparse_words.py"
RESOURCES = ROOT / "resources"
DOMAIN_CONTEXT = "cpdlog"  # cpdlog.ui.text.tr_domain looks data-file wording up here
# Module-level dicts (and strings) of the domain whose wording the app shows through tr_domain().
DOMAIN_LABELS = {
    "entry.py": ("ACTIVITY_LABELS", "DELIVERY_LABELS"),
    "confidentiality/kinds.py": ("KIND_LABELS", "KIND_PHRASES", "KIND_EXPLANATIONS"),
    "confidentiality/model.py": ("LIMITED_NOTE",),
    "confidentiality/context_scorer.py": ("LIMITED_NOTE",),
}


def sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def non_ui_sources() -> list[Path]:
    """The modules outside cpdlog.ui that translate through cpdlog.i18n (and i18n itself)."""
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts
        and UI not in p.parents
        and (
            "cpdlog.i18n" in p.read_text(encoding="utf-8")
            or "tr(ERRORS" in p.read_text(encoding="utf-8")
            or p.name in ("i18n.py", "errors.py")
        )
    )


def _constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def helper_calls(path: Path) -> list[str]:
    """``QCoreApplication.translate(...)`` lines for the helper calls in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in HELPER_MODULES
        for alias in node.names
    }
    if path.name == "text.py" and UI in path.parents:
        imported |= HELPERS
    if path == PACKAGE / "errors.py":  # defines its own tr (cpdlog.i18n's, handed over)
        imported.add("tr")
    lines: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        name = node.func.id
        if name not in HELPERS or name not in imported or len(node.args) < 2:
            continue
        context = _text(node.args[0], constants)
        if context is None:
            continue
        if name == "plural":
            many = _text(node.args[3], constants) if len(node.args) > 3 else None
            if many is not None:
                lines.append(f"QCoreApplication.translate({context!r}, {many!r}, None, n)")
            continue
        text = _text(node.args[1], constants)
        if text is None:
            continue
        disambiguation = _text(node.args[2], constants) if len(node.args) > 2 else None
        numerus = len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
        arguments = [repr(context), repr(text), repr(disambiguation or "")]
        if numerus:
            arguments.append("n")
        lines.append(f"QCoreApplication.translate({', '.join(arguments)})")
    return lines


def domain_strings() -> list[str]:
    """Wording from the domain and the data files that the app passes through tr_domain():
    activity types, ways of delivery, kinds of identifying detail, reflection templates (name,
    description, section prompts and guidance), learning topics (their labels: entries store
    the ids), and requirement profiles (name, rule labels, and the
    statements of declaration-only rules, which the progress sentences quote)."""
    found: list[str] = []
    for module, names in DOMAIN_LABELS.items():
        tree = ast.parse((DOMAIN / module).read_text(encoding="utf-8"))
        for node in tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if isinstance(target, ast.Name) and target.id in names and isinstance(value, ast.Dict):
                found += [
                    v.value
                    for v in value.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                ]
            elif (
                isinstance(target, ast.Name)
                and target.id in names
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
            ):
                found.append(value.value)
    for path in sorted((RESOURCES / "templates").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found += [data.get("name", ""), data.get("description", "")]
        for section in data.get("sections", []):
            found += [section.get("prompt", ""), section.get("guidance", "")]
    topics = tomllib.loads((RESOURCES / "topics.toml").read_text(encoding="utf-8"))
    found += [topic.get("label", "") for topic in topics.get("topics", [])]  # ids are stored
    for path in sorted((RESOURCES / "regulators").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found.append(data.get("name", ""))
        found += [rule.get("label", "") for rule in data.get("rules", [])]
        found += [rule.get("statement", "") for rule in data.get("rules", [])]
    return [text for text in dict.fromkeys(found) if text.strip()]


def argparse_calls(path: Path = ARGPARSE_WORDS) -> list[str]:
    """``QCoreApplication.translate(...)`` lines for argparse's words: the module's ``WORDS``
    (a tuple of strings) and ``PLURALS`` (a tuple of (singular, plural) pairs, filed by the
    plural as plural() calls are), under its ``CONTEXT``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    context = constants["CONTEXT"]
    values = {
        node.target.id: node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value
    }
    words = ast.literal_eval(values["WORDS"])
    plurals = ast.literal_eval(values["PLURALS"])
    lines = [f"QCoreApplication.translate({context!r}, {word!r}, '')" for word in words]
    lines += [
        f"QCoreApplication.translate({context!r}, {many!r}, None, n)" for _one, many in plurals
    ]
    return lines


def drop_empty_context(ts: Path) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if not (context.findtext("name") or ""):
            root.remove(context)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def extract(output: Path, lupdate: Path, language: str | None = None) -> None:
    with tempfile.TemporaryDirectory(prefix="cpdlog-lupdate-") as folder:
        shim = Path(folder) / "helper_strings.py"
        lines = [line for path in sources() + non_ui_sources() for line in helper_calls(path)]
        lines += [
            f"QCoreApplication.translate({DOMAIN_CONTEXT!r}, {text!r})" for text in domain_strings()
        ]
        lines += argparse_calls()
        shim.write_text(
            "from PySide6.QtCore import QCoreApplication\n\nn = 1\n" + "\n".join(lines) + "\n",
            encoding="utf-8",
        )
        command = [str(lupdate), "-locations", "none", "-no-obsolete", "-source-language", "en_GB"]
        if language:
            command += ["-target-language", language]
        command += [*map(str, sources()), str(shim), "-ts", str(output)]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
    drop_empty_context(output)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument(
        "--lupdate", type=Path, default=Path(sys.executable).parent / "pyside6-lupdate"
    )
    parser.add_argument("--language", default=None, help="target language, e.g. cy_GB")
    options = parser.parse_args()
    extract(options.output, options.lupdate, options.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
