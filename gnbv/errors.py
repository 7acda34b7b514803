"""Errors that say what is wrong and where."""

from __future__ import annotations

from gnbv.i18n import TextKeys


class DataFileError(ValueError):
    """A data file that does not pass validation: names the file, the row and the column.

    ``row`` is the 1-based line number in the file as a spreadsheet or editor shows it
    (the header is line 1), or None when the problem is with the whole file.
    """

    def __init__(self, file: str, message: str, row: int | None = None, column: str | None = None):
        self.file = file
        self.row = row
        self.column = column
        self.message = message
        where = file
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}")


class BoundaryUnavailable(RuntimeError):
    """The boundary file (or the district outline) is missing or unusable. ``reason`` is
    what the public is told, one of ``REASONS`` (translated: ``BOUNDARY_TEXT_KEYS``); the
    message, with the path and the reader's own words, is for the server log only."""

    REASONS = ("missing", "unreadable", "no_join_key")

    def __init__(self, reason: str, message: str):
        if reason not in self.REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        self.reason = reason
        super().__init__(message)


# What the public is told of a boundary file it cannot have (BoundaryUnavailable.reason).
BOUNDARY_TEXT_KEYS: TextKeys = {
    "missing": "geo_missing",
    "unreadable": "geo_unreadable",
    "no_join_key": "geo_no_join_key",
}


class ScenarioInputError(ValueError):
    """Input the scenario engine refuses to compute on: names the column (a baseline column
    or a scenario parameter), the commune (its code, None for a parameter or the whole
    baseline) and the problem (one of ``PROBLEMS``), with the offending value."""

    PROBLEMS = (
        "missing_column",
        "empty",
        "not_a_number",
        "negative",
        "exceeds",
        "mixed_year",
        "not_a_year",
        "duplicate",
        "out_of_range",
        "not_a_choice",
    )

    def __init__(
        self,
        column: str,
        problem: str,
        code: str | None = None,
        value: object = None,
        limit: object = None,
    ):
        self.column = column
        self.problem = problem
        self.code = code
        self.value = value
        self.limit = limit
        where = f"column '{column}'" + (f", commune {code}" if code is not None else "")
        detail = {
            "missing_column": "is missing",
            "empty": "has no commune",
            "not_a_number": f"is not a number ({value!r})",
            "negative": f"is negative ({value!r})",
            "exceeds": f"is {value!r}, more than {limit}",
            "mixed_year": f"is {value!r}, not the baseline year {limit!r} of the other rows",
            "not_a_year": f"is {value!r}, not a year ({limit})",
            "duplicate": "appears more than once",
            "out_of_range": f"is {value!r}, outside {limit}",
            "not_a_choice": f"is {value!r}, not one of {limit}",
        }[problem]
        super().__init__(f"{where}: {detail}")


# The scenario engine's problems with its input (ScenarioInputError.PROBLEMS).
PROBLEM_TEXT_KEYS: TextKeys = {
    "not_a_year": "scn_problem_not_a_year",
    "missing_column": "scn_problem_missing_column",
    "empty": "scn_problem_empty",
    "not_a_number": "scn_problem_not_a_number",
    "negative": "scn_problem_negative",
    "exceeds": "scn_problem_exceeds",
    "mixed_year": "scn_problem_mixed_year",
    "duplicate": "scn_problem_duplicate",
    "out_of_range": "scn_problem_out_of_range",
    "not_a_choice": "scn_problem_not_a_choice",
}
