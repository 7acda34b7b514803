"""Plan allocations (phân bổ kinh phí): amounts per project, or per sub-project, by capital
source, in million VND. Accepted as a whole or not at all; the frame has exactly the columns
of ``projects.csv``.

A project whose three amount cells are empty is "not allocated", which is not zero. A row
whose investment + recurrent is not its total is an **error**, like every structural
problem. Totals that differ from the plan (70.852 + 10.837 = 81.689 million VND) are a
**warning** giving the difference: a planner's revised allocation may differ from the July
2022 plan. So is a 0 written for a project the plan marks "not allocated" (Dự án 5).
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from gnbv.i18n import TextKeys
from gnbv.settings import SETTINGS
from gnbv.workbook import cells as parse
from gnbv.workbook.limits import Limits
from gnbv.workbook.report import Problem, Problems, UploadResult, shown, upload_source
from gnbv.workbook.sheet import Cells, Column, Sheet, open_upload

ALLOCATIONS = "allocations"
ALLOCATION_SHEET = "Phân bổ kinh phí"
AMOUNT_COLUMNS = ("investment_mvnd", "recurrent_mvnd", "total_mvnd")
ALLOCATION_COLUMNS = (
    Column("project_id", "Mã dự án", "project code", "project"),
    Column("name", "Tên dự án", "project name", "text", required=False),
    Column("sub_project_id", "Mã tiểu dự án", "sub-project code", "sub_project", required=False),
    Column(
        "investment_mvnd",
        "Vốn đầu tư phát triển (triệu đồng)",
        "development investment, million VND",
        "amount",
        required=False,
    ),
    Column(
        "recurrent_mvnd",
        "Vốn sự nghiệp (triệu đồng)",
        "recurrent funds, million VND",
        "amount",
        required=False,
    ),
    Column("total_mvnd", "Tổng (triệu đồng)", "total, million VND", "amount", required=False),
    Column("note", "Ghi chú", "note", "text", required=False),
)
# A required *column* must be present; its cells may still be empty where allowed (amounts
# of a project not allocated). Header presence is checked for every column below.
ALLOCATION_HEADER_REQUIRED = frozenset({"project_id", *AMOUNT_COLUMNS})
CAPITAL_TEXT_KEYS: TextKeys = {
    "investment_mvnd": "wb_capital_investment",
    "recurrent_mvnd": "wb_capital_recurrent",
    "total_mvnd": "wb_capital_total",
}
UPLOADED_SOURCE_ID = "UPLOAD"
NOT_ALLOCATED = "not_allocated"

Amounts = tuple[int, int, int]


def amount_bounds(plan: pd.Series, limits: Limits) -> dict[str, parse.Bound]:
    """Each amount of a project (and each project's sum) is at most ``max_amount_times_plan``
    times the plan's total."""
    maximum = int(limits.max_amount_times_plan * int(plan["total_mvnd"]))
    bound = parse.Bound(
        maximum, "bound_project_amount", SETTINGS["max_project_amount_times_plan"].env
    )
    return dict.fromkeys(AMOUNT_COLUMNS, bound)


class _Allocation:
    """The checks of one allocation sheet, row by row, then per project and for the plan."""

    def __init__(
        self,
        sheet: Sheet,
        projects: pd.DataFrame,
        sub_projects: pd.DataFrame,
        problems: Problems,
        bounds: dict[str, parse.Bound],
    ):
        self.sheet = sheet
        self.cells = Cells(sheet, problems, bounds)
        self.bound = bounds["total_mvnd"]
        self.known = list(projects["project_id"])
        self.status = dict(zip(projects["project_id"], projects["allocation_status"]))
        self.subs = {
            pid: list(sub_projects.loc[sub_projects["project_id"] == pid, "sub_project_id"])
            for pid in self.known
        }
        self.seen: dict[tuple[str, str], int] = {}
        self.amounts: dict[str, list[Amounts | None]] = {pid: [] for pid in self.known}

    def read(self) -> None:
        for row, raw in self.sheet.rows:
            key = self._key(row, raw)
            if key is not None:
                self._row(row, key[0], raw)
        for pid in self.known:
            self._project(pid)
        missing = [pid for pid in self.known if not any(k[0] == pid for k in self.seen)]
        if missing:
            self.cells.problem(
                "wb_missing_projects", None, "project_id", projects=", ".join(missing)
            )

    def _key(self, row: int, raw: dict) -> tuple[str, str] | None:
        pid = self.cells.text(raw["project_id"]).upper()
        sub = self.cells.text(raw.get("sub_project_id")).upper()
        problem = self.cells.problem
        if not pid:
            problem("wb_required", row, "project_id", expected=self.cells.expected("project_id"))
        elif pid not in self.amounts:
            known = ", ".join(self.known)
            problem("wb_unknown_project", row, "project_id", value=shown(pid), known=known)
        elif sub and sub not in self.subs[pid]:
            problem(
                "wb_unknown_sub_project",
                row,
                "sub_project_id",
                value=shown(sub),
                project=pid,
                known=", ".join(self.subs[pid]) or "—",
            )
        elif (pid, sub) in self.seen:
            first = self.seen[(pid, sub)]
            value = f"{pid} {sub}".strip()
            problem("wb_duplicate_allocation", row, "project_id", value=value, first=first)
        else:
            self.seen[(pid, sub)] = row
            return pid, sub
        return None

    def _row(self, row: int, pid: str, raw: dict) -> None:
        empty = [
            key
            for key in AMOUNT_COLUMNS
            if parse.is_empty(raw[key]) and (row, key) not in self.sheet.formulas
        ]
        if len(empty) == len(AMOUNT_COLUMNS):
            self.amounts[pid].append(None)  # not allocated
            return
        for key in empty:
            self.cells.problem("wb_partial_amounts", row, key)
        if empty:
            return
        inv, rec, tot = (self.cells.number(row, key, raw[key]) for key in AMOUNT_COLUMNS)
        if None in (inv, rec, tot):
            return
        if inv + rec != tot:
            self.cells.problem(
                "wb_row_total",
                row,
                "total_mvnd",
                investment=inv,
                recurrent=rec,
                sum=inv + rec,
                total=tot,
            )
            return
        if tot == 0 and self.status.get(pid) == NOT_ALLOCATED:
            self.cells.problem("wb_zero_not_allocated", row, "total_mvnd", "warning", project=pid)
        self.amounts[pid].append((inv, rec, tot))

    def _project(self, pid: str) -> None:
        rows = [row for (p, _sub), row in self.seen.items() if p == pid]
        if {sub == "" for (p, sub) in self.seen if p == pid} == {True, False}:
            self.cells.problem("wb_mixed_rows", self.seen[(pid, "")], "sub_project_id", project=pid)
        given = [a for a in self.amounts[pid] if a is not None]
        for j, column in enumerate(AMOUNT_COLUMNS):
            found = sum(a[j] for a in given)
            if found > self.bound.maximum:
                self.cells.problem(
                    "wb_project_above_bound",
                    min(rows),
                    column,
                    project=pid,
                    value=found,
                    bound=self.bound.maximum,
                    setting=self.bound.setting,
                )

    def sums(self, pid: str) -> Amounts | None:
        given = [a for a in self.amounts[pid] if a is not None]
        if not given:
            return None
        inv, rec, tot = (sum(a[j] for a in given) for j in range(len(AMOUNT_COLUMNS)))
        return inv, rec, tot


def _frame(allocation: _Allocation, projects: pd.DataFrame, source: str) -> pd.DataFrame:
    out = projects.copy()
    sums = [allocation.sums(pid) for pid in out["project_id"]]
    for j, column in enumerate(AMOUNT_COLUMNS):
        out[column] = pd.array([None if s is None else s[j] for s in sums], dtype="Int64")
    out["allocation_status"] = pd.array(
        ["allocated" if s is not None else NOT_ALLOCATED for s in sums], dtype="string"
    )
    out["source_id"] = pd.array([UPLOADED_SOURCE_ID] * len(out), dtype="string")
    out["source_ref"] = pd.array([source] * len(out), dtype="string")
    return out[list(projects.columns)]


def _plan_differences(sheet: Sheet, frame: pd.DataFrame, plan: pd.Series) -> list[Problem]:
    """Warnings for each capital source whose total differs from the plan's."""
    out = []
    for column in AMOUNT_COLUMNS:
        found = sum(int(v) for v in frame[column].dropna())
        stated = int(plan[column])
        if found == stated:
            continue
        letter, spec = sheet.columns[column]
        out.append(
            Problem(
                "warning",
                "wb_plan_total_differs",
                sheet.title,
                None,
                letter,
                spec.header,
                spec.label_en,
                (
                    ("what", "i18n:" + CAPITAL_TEXT_KEYS[column]),
                    ("found", found),
                    ("plan", stated),
                    ("diff", found - stated),
                ),
            )
        )
    return out


def read_allocations(
    content: bytes,
    filename: str,
    projects: pd.DataFrame,
    sub_projects: pd.DataFrame,
    plan: pd.Series,
    limits: Limits | None = None,
    now: datetime | None = None,
) -> UploadResult:
    """Validate a plan-allocation workbook as a whole. ``frame`` has the columns of
    ``projects.csv`` (amounts summed per project; a project whose three amount cells are
    empty is "not allocated") only when no error. Totals that differ from the plan are
    warnings (a revised allocation), not errors."""
    problems, sheet, limits = open_upload(
        content, filename, ALLOCATION_SHEET, ALLOCATION_COLUMNS, limits, ALLOCATION_HEADER_REQUIRED
    )
    if sheet is None:
        return problems.result(ALLOCATIONS)
    allocation = _Allocation(sheet, projects, sub_projects, problems, amount_bounds(plan, limits))
    allocation.read()
    if problems.has_errors:
        return problems.result(ALLOCATIONS)
    frame = _frame(allocation, projects, upload_source(filename, now or datetime.now()))
    problems.extend(_plan_differences(sheet, frame, plan))
    return problems.result(ALLOCATIONS, frame)
