"""The presentation view (large type, sidebar folded), on every page.

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
    "present_toggle": ("Chế độ trình chiếu", "Presentation view"),
    "present_help": (
        "Chữ lớn, thu gọn thanh bên; giữ khi chuyển trang (?present=1).",
        "Large type, sidebar folded away; kept across pages (?present=1).",
    ),
    "present_exit": ("Thoát trình chiếu", "Leave presentation view"),
}
