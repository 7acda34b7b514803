"""The translation catalogues (gnbv/i18n/) against the code that uses them, read statically
(AST) from every module of gnbv/, ui/, pages/ and app.py: every key the code uses exists in
both languages with the same placeholders; every catalogue key is used; no key is built at
run time (a key that depends on a value is looked up in a mapping annotated ``TextKeys``, or
taken in turn from a tuple annotated ``TextKeyTuple``); the text is NFC."""

from __future__ import annotations

import ast
import string
import sys
import types
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gnbv import i18n

ROOT = Path(__file__).resolve().parents[2]

# The accessor: t(key, lang, **values) (gnbv.i18n; a local one-line wrapper may be named t);
# tr(key, **values) is the same with the session's language (ui.common).
ACCESSORS = {"t": (0, "key"), "tr": (0, "key")}
# The planners' workbooks carry a message's key to the report, translated when it is shown
# (gnbv/workbook/report.py): callable → (position, keyword) of the key among its arguments.
KEY_CARRIERS = {
    "problem": (0, "key"),
    "Problem": (1, "key"),
    "Rejected": (0, "key"),
    "Bound": (1, "what"),
    "Column": (None, "expected"),
}
# In gnbv/workbook/, a key read back from its carrier (problem.key, bound.what,
# column.expected) was checked where the carrier was made.
CARRIED_FIELDS = {"key", "what", "expected"}
CARRIER_PACKAGE = "gnbv/workbook/"
# Where a key is passed on from a value the scan cannot follow, and why:
PASSED_ON = {
    # a problem's values "i18n:key", translated with the message (made by "i18n:" + key)
    ("gnbv/workbook/report.py", "message"),
}
# A value "i18n:key" in a problem's values is a key too.
KEY_VALUE_PREFIX = "i18n:"
MAPPINGS = {"TextKeys", "i18n.TextKeys", "dict[str, TextKeys]", "dict[str, i18n.TextKeys]"}
TUPLES = {"TextKeyTuple", "i18n.TextKeyTuple"}


def source_files() -> list[Path]:
    files = [ROOT / "app.py"]
    for folder in ("gnbv", "ui", "app_pages"):
        files += sorted(p for p in (ROOT / folder).rglob("*.py") if "i18n" not in p.parts)
    return files


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _annotated(node: ast.expr | None) -> str:
    """'mapping', 'tuple' or '' for an annotation."""
    text = ast.unparse(node) if node is not None else ""
    return "mapping" if text in MAPPINGS else "tuple" if text in TUPLES else ""


@dataclass
class Usage:
    """What the code does with keys: the keys it uses (key → first place), the names it
    declares as key mappings and tuples, and the places passing a key the scan cannot read."""

    keys: dict[str, str] = field(default_factory=dict)
    declared: set[str] = field(default_factory=set)
    unreadable: list[str] = field(default_factory=list)


def _declared_keys(value: ast.expr, name: str, place: str, usage: Usage) -> None:
    """The keys a declared mapping or tuple holds: literal strings, or ones declared
    (``**OTHER`` in a mapping, ``OTHER`` in a dict of mappings)."""
    if isinstance(value, ast.Dict):
        for item in value.values:
            _declared_keys(item, name, place, usage)
    elif isinstance(value, ast.Tuple | ast.List):
        for item in value.elts:
            _declared_keys(item, name, place, usage)
    elif isinstance(value, ast.Constant) and isinstance(value.value, str):
        usage.keys.setdefault(value.value, place)
    elif not (isinstance(value, ast.Name) and value.id in usage.declared):
        usage.unreadable.append(f"{place}: {name} holds {ast.unparse(value)}, not a literal key")


def _declarations(trees: dict[str, ast.Module], usage: Usage) -> None:
    found = []
    for where, tree in trees.items():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.value is not None
                and _annotated(node.annotation)
            ):
                usage.declared.add(node.target.id)
                found.append((node, f"{where}:{node.lineno}"))
    for node, place in found:
        _declared_keys(node.value, node.target.id, place, usage)


class _KeyScan(ast.NodeVisitor):
    def __init__(self, where: str, usage: Usage, tuples: set[str]):
        self.where = where
        self.usage = usage
        self.tuples = tuples  # the declared names that are tuples of keys, not mappings
        # per function: the parameter a wrapper of the accessor (or of a carrier) passes on,
        # the names holding declared keys (parameters annotated so, loop variables over them)
        self.functions: list[str] = []
        self.passed: list[str | None] = []
        self.key_names: list[set[str]] = [set()]

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        params = [p for p in node.args.args if p.arg not in ("self", "cls")]
        position = (ACCESSORS | KEY_CARRIERS).get(node.name, (None, None))[0]
        passed = params[position].arg if position is not None and len(params) > position else None
        self.functions.append(node.name)
        self.passed.append(passed)
        self.key_names.append(
            self.key_names[-1] | {p.arg for p in params if _annotated(p.annotation)}
        )
        self.generic_visit(node)
        self.functions.pop()
        self.passed.pop()
        self.key_names.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def holds_keys(self, node: ast.expr) -> bool:
        """A declared mapping or tuple (or one of a dict of mappings): ``NAME``, ``mod.NAME``,
        ``NAME[x]``, ``NAME.values()``."""
        while isinstance(node, ast.Subscript):
            node = node.value
        if isinstance(node, ast.Call) and _name(node.func) == "values" and not node.args:
            node = node.func.value  # type: ignore[attr-defined]
        name = _name(node)
        return name in self.usage.declared or name in self.key_names[-1]

    def _loop(self, target: ast.expr, iterable: ast.expr) -> None:
        # for key in DECLARED_TUPLE / MAPPING.values(): key holds a declared key
        is_keys = isinstance(iterable, ast.Name | ast.Attribute) and (
            _name(iterable) in self.usage.declared or _name(iterable) in self.key_names[-1]
        )
        is_values = isinstance(iterable, ast.Call) and self.holds_keys(iterable)
        # a mapping iterated gives its domain values, not keys: only tuples and .values()
        is_mapping = _name(iterable) in self.usage.declared and _name(iterable) not in self.tuples
        if isinstance(target, ast.Name) and (is_values or (is_keys and not is_mapping)):
            self.key_names[-1] = self.key_names[-1] | {target.id}

    def visit_For(self, node: ast.For) -> None:
        self._loop(node.target, node.iter)
        self.generic_visit(node)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        self._loop(node.target, node.iter)
        self.generic_visit(node)

    def visit_ListComp(self, node):  # generators first: their targets are used in the element
        for generator in node.generators:
            self.visit(generator)
        for child in ("elt", "key", "value"):
            if hasattr(node, child):
                self.visit(getattr(node, child))

    visit_SetComp = visit_GeneratorExp = visit_DictComp = visit_ListComp

    def key_expression(self, node: ast.expr) -> None:
        place = f"{self.where}:{node.lineno}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.usage.keys.setdefault(node.value, place)
        elif isinstance(node, ast.IfExp):
            self.key_expression(node.body)
            self.key_expression(node.orelse)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self.key_expression(value)
        elif not self.readable(node):
            self.usage.unreadable.append(f"{place}: {ast.unparse(node)}")

    def readable(self, node: ast.expr) -> bool:
        """A key the scan sees elsewhere: in a declared mapping or tuple, passed on by a
        wrapper, read back from a workbook's carrier, or passed on where PASSED_ON says why."""
        if isinstance(node, ast.Subscript) and self.holds_keys(node.value):
            return True  # counted where the mapping is declared
        if isinstance(node, ast.Name) and (
            node.id in self.key_names[-1] or (self.passed and node.id == self.passed[-1])
        ):
            return True
        if (
            self.where.startswith(CARRIER_PACKAGE)
            and isinstance(node, ast.Attribute)
            and node.attr in CARRIED_FIELDS
        ):
            return True
        return bool(self.functions) and (self.where, self.functions[-1]) in PASSED_ON

    def visit_Call(self, node: ast.Call) -> None:
        spec = (ACCESSORS | KEY_CARRIERS).get(_name(node.func) or "")
        if spec is not None:
            position, keyword = spec
            argument = next((k.value for k in node.keywords if k.arg == keyword), None)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
            absent = argument is None or (
                isinstance(argument, ast.Constant) and argument.value is None
            )
            if not absent and not isinstance(argument, ast.Starred):
                self.key_expression(argument)
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if (
            isinstance(node.op, ast.Add)
            and isinstance(node.left, ast.Constant)
            and node.left.value == KEY_VALUE_PREFIX
        ):
            self.key_expression(node.right)
        self.generic_visit(node)


def scan() -> Usage:
    found = Usage()
    trees = {}
    for path in source_files():
        where = path.relative_to(ROOT).as_posix()
        trees[where] = ast.parse(path.read_text(encoding="utf-8"), filename=where)
    _declarations(trees, found)
    tuples = {
        node.target.id
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and _annotated(node.annotation) == "tuple"
    }
    for where, tree in trees.items():
        _KeyScan(where, found, tuples).visit(tree)
    return found


@pytest.fixture(scope="module")
def usage() -> Usage:
    return scan()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_scan_sees_the_code(usage):
    assert len(usage.keys) > 700, len(usage.keys)
    # a literal, a mapping, a carried key, a tuple of keys, an "i18n:" value
    seen = ("app_title", "map_metric_poor_rate", "wb_not_zip", "tpl_xlsx_only", "bound_villages")
    for key in seen:
        assert key in usage.keys, key


def test_no_key_is_built_at_run_time(usage):
    assert not usage.unreadable, "\n".join(usage.unreadable)


def test_every_key_used_exists(usage):
    missing = {key: place for key, place in usage.keys.items() if key not in i18n.TEXT}
    assert not missing, missing


def test_every_key_defined_is_used(usage):
    dead = sorted(set(i18n.TEXT) - set(usage.keys))
    assert not dead, dead


@pytest.mark.parametrize("key", sorted(i18n.TEXT))
def test_both_languages_same_placeholders_nfc(key):
    texts = i18n.TEXT[key]
    assert isinstance(texts, tuple) and len(texts) == len(i18n.LANGUAGES), key
    vi, en = texts
    assert vi.strip() and en.strip(), key
    assert _placeholders(vi) == _placeholders(en), key
    for text in texts:
        assert unicodedata.is_normalized("NFC", text), key
        text.format(**dict.fromkeys(_placeholders(text), "x"))  # well-formed braces


def test_a_key_defined_twice_is_an_error_at_import(monkeypatch):
    for name in i18n.CATALOGUES:
        assert isinstance(sys.modules[name].TEXT, dict), name
    twice = types.ModuleType("gnbv_i18n_twice")
    twice.TEXT = {"nav_home": ("Trang chủ", "Home")}
    monkeypatch.setitem(sys.modules, "gnbv_i18n_twice", twice)
    with pytest.raises(ValueError, match="nav_home"):
        i18n._assemble((*i18n.CATALOGUES, "gnbv_i18n_twice"))


def _scan_source(source: str) -> Usage:
    found = Usage()
    trees = {"pages/example.py": ast.parse(source)}
    _declarations(trees, found)
    _KeyScan("pages/example.py", found, set()).visit(trees["pages/example.py"])
    return found


def test_the_scan_refuses_a_key_built_at_run_time():
    found = _scan_source(
        "METRICS: TextKeys = {'a': 'map_metric_poor_rate'}\n"
        "tr(f'map_metric_{m}')\n"
        "tr('nav_' + page)\n"
        "tr(METRICS[m])\n"
        "for k in METRICS:\n    tr(k)\n"
        "for k in METRICS.values():\n    tr(k)\n"
    )
    assert [u.split(": ", 1)[1] for u in found.unreadable] == [
        "f'map_metric_{m}'",
        "'nav_' + page",
        "k",
    ]
    assert set(found.keys) == {"map_metric_poor_rate"}


def test_every_declared_mapping_is_used():
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in source_files()]
    declared = scan().declared
    read = {
        _name(node)
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.Attribute) and isinstance(node.ctx, ast.Load)
    }
    assert not declared - read, declared - read


def test_each_mapping_names_every_value_of_its_domain():
    """A value added to a domain (a metric, a preset) without its text fails here, not as a
    KeyError on a page."""
    from gnbv import (
        allocation,
        allocation_export,
        datasets,
        errors,
        funding,
        progress,
        progress_export,
        scenario,
        scenario_export,
        targets,
        url_state,
    )
    from gnbv.errors import ScenarioInputError
    from gnbv.maps import classes as maps
    from gnbv.scenario_store import NAME_TEXT_KEYS, InvalidName
    from gnbv.views import allocation as allocation_view
    from gnbv.views import progress as progress_view
    from gnbv.workbook import allocations, review_series
    from ui import nav

    pairs = [
        (maps.METRICS, maps.METRIC_TEXT_KEYS),
        (maps.STATUSES, maps.STATUS_TEXT_KEYS),
        (scenario.TARGETS, maps.TARGET_TEXT_KEYS),
        (scenario.TARGETS, scenario_export.TARGET_TEXT_KEYS),
        (scenario.PRESETS, scenario.PRESET_TEXT_KEYS),
        (scenario.READINGS, scenario.READING_TEXT_KEYS),
        (scenario.READINGS, scenario.READING_SHORT_TEXT_KEYS),
        (scenario.READINGS, scenario.READING_IN_FORCE_TEXT_KEYS),
        (scenario.POOR_COMMUNE_RULES, scenario.POOR_COMMUNE_RULE_TEXT_KEYS),
        ([f.field for f in url_state.URL_FIELDS], scenario.PARAMETER_TEXT_KEYS),
        (scenario.RATE_FIELDS, scenario.RATE_HELP_TEXT_KEYS),
        (scenario_export.SHEETS, scenario_export.SHEET_TEXT_KEYS),
        (
            {*scenario_export.PROJECTION_COLUMNS, *scenario_export.STATUS_COLUMNS},
            scenario_export.COLUMN_TEXT_KEYS,
        ),
        (allocation.COEFFICIENT_KEYS, allocation.COEFFICIENT_TEXT_KEYS),
        (allocation.COEFFICIENT_KEYS, allocation.COEFFICIENT_HELP_TEXT_KEYS),
        (set(allocation.UNITS.values()), allocation.UNIT_TEXT_KEYS),
        (allocation.CAPITAL_TYPES, allocation.CAPITAL_TEXT_KEYS),
        ((allocation.BOUND_FLOOR, allocation.BOUND_CAP), allocation.BOUND_TEXT_KEYS),
        ([f.field for f in url_state.ALLOCATION_FIELDS], allocation.PARAMETER_TEXT_KEYS),
        (set(allocation_view.DEFAULT_SOURCES.values()), allocation_view.SOURCE_TEXT_KEYS),
        (allocation_export.SHEETS, allocation_export.SHEET_TEXT_KEYS),
        (("total", *funding.CAPITAL_TYPES), funding.CAPITAL_TEXT_KEYS),
        (targets.LEVELS, targets.LEVEL_TEXT_KEYS),
        ((targets.LEAD, targets.COORDINATES), targets.ROLE_TEXT_KEYS),
        (datasets.STATUSES, datasets.STATUS_TEXT_KEYS),
        (ScenarioInputError.PROBLEMS, errors.PROBLEM_TEXT_KEYS),
        (errors.BoundaryUnavailable.REASONS, errors.BOUNDARY_TEXT_KEYS),
        (InvalidName.REASONS, NAME_TEXT_KEYS),
        (allocations.AMOUNT_COLUMNS, allocations.CAPITAL_TEXT_KEYS),
        ([script for script, *_ in nav.PAGES], nav.TITLE_TEXT_KEYS),
        (progress.CATEGORIES, progress.CATEGORY_TEXT_KEYS),
        (review_series.CHANGE_COUNTS, review_series.CHANGE_TEXT_KEYS),
        (progress_export.EXPORT_FORMATS, progress_export.DOWNLOAD_TEXT_KEYS),
        (scenario.READINGS, progress.READING_TEXT_KEYS),
        (progress_view.MAP_MODES, progress_view.MAP_MODE_TEXT_KEYS),
        (progress_export.EXPORT_COLUMNS, progress_export.EXPORT_COLUMN_TEXT_KEYS),
    ]
    for domain, keys in pairs:
        assert set(domain) == set(keys), (sorted(domain), sorted(keys))
