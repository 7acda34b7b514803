"""What an upload may cost and what its figures may be: every bound of the checks, from the
settings (``gnbv/settings.py``, documented in the README)."""

from __future__ import annotations

from dataclasses import dataclass

from gnbv.settings import SETTINGS, Config, load_config

MB = 1024 * 1024


def _default(name: str, kind=int):
    return kind(float(SETTINGS[name].default))


@dataclass(frozen=True)
class Limits:
    """The bounds one upload is checked under. Built from the settings in force with
    :meth:`from_config`; a test may give only the few it is about (the others keep the
    settings' defaults)."""

    max_upload_bytes: int = int(_default("max_upload_mb", float) * MB)
    max_uncompressed_bytes: int = int(_default("max_uncompressed_mb", float) * MB)
    max_entries: int = _default("max_zip_entries")
    max_rows: int = _default("upload_max_rows")
    max_columns: int = _default("upload_max_columns")
    max_cell_chars: int = _default("upload_max_cell_chars")
    max_problems: int = _default("upload_max_problems")
    max_households: int = _default("max_households_per_commune")
    max_amount_times_plan: float = _default("max_project_amount_times_plan", float)
    max_population: int = _default("max_population_per_commune")
    max_villages: int = _default("max_villages_per_commune")
    review_year_first: int = _default("review_year_first")
    review_year_last: int = _default("review_year_last")
    review_change_factor: float = _default("review_change_factor", float)

    @classmethod
    def from_config(cls, config: Config | None = None) -> Limits:
        config = config or load_config()
        return cls(
            max_upload_bytes=int(config.max_upload_mb * MB),
            max_uncompressed_bytes=int(config.max_uncompressed_mb * MB),
            max_entries=int(config.max_zip_entries),
            max_rows=int(config.upload_max_rows),
            max_columns=int(config.upload_max_columns),
            max_cell_chars=int(config.upload_max_cell_chars),
            max_problems=int(config.upload_max_problems),
            max_households=int(config.max_households_per_commune),
            max_amount_times_plan=float(config.max_project_amount_times_plan),
            max_population=int(config.max_population_per_commune),
            max_villages=int(config.max_villages_per_commune),
            review_year_first=int(config.review_year_first),
            review_year_last=int(config.review_year_last),
            review_change_factor=float(config.review_change_factor),
        )

    @property
    def max_xml_elements(self) -> int:
        """Most XML elements read from one part of the workbook: a sheet filled to the row
        and column caps needs about three per cell (the cell, its value, a formula); twice
        that and some room for the sheet's own settings, and no more, so that a small file
        cannot make the reader walk millions of elements."""
        return 6 * (self.max_rows + 1) * self.max_columns + 10_000
