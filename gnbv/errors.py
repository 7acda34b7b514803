"""Errors that say what is wrong and where."""

from __future__ import annotations


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
    """The boundary file is missing or unreadable; the message says what is needed."""
