"""The meeting brief: an A4 PDF of what a page shows, in the UI language (plain Python, fpdf2).

:mod:`gnbv.brief.frame` is the page (fonts, title block, figures, tables, notices, the link
and its QR code); :mod:`gnbv.brief.charts` draws the charts as vector graphics from the
page's own figures; one module per page writes its brief (``home``, ``funding``,
``scenario``, ``allocation``). Nothing here imports streamlit or reaches the network.
"""
