"""plotly's own words (its chart toolbar), by its exact English text: given to plotly as a
locale dictionary (ui.charts), so the toolbar is in the UI language.

key: (Vietnamese, English). See gnbv/i18n/__init__.py for how to add or change text."""

TEXT: dict[str, tuple[str, str]] = {
    "plotly_download": ("Tải biểu đồ về (PNG)", "Download plot as a PNG"),
    "plotly_download_lower": ("Tải biểu đồ về (PNG)", "Download plot as a png"),
    "plotly_zoom": ("Phóng to một vùng", "Zoom"),
    "plotly_pan": ("Kéo", "Pan"),
    "plotly_zoom_in": ("Phóng to", "Zoom in"),
    "plotly_zoom_out": ("Thu nhỏ", "Zoom out"),
    "plotly_autoscale": ("Tự co giãn", "Autoscale"),
    "plotly_reset_axes": ("Đặt lại trục", "Reset axes"),
    "plotly_reset_view": ("Đặt lại khung nhìn", "Reset view"),
    "plotly_box_select": ("Chọn theo hình chữ nhật", "Box Select"),
    "plotly_lasso_select": ("Chọn tự do", "Lasso Select"),
    "plotly_zoom_back": ("Bấm đúp để thu nhỏ lại", "Double-click to zoom back out"),
}
