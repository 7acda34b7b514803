"""What each page shows, one module per page (``gnbv.views.<page>``), built from its inputs
only (the data in use, the language, the page's parameters): figures, display tables and
formatted text, ready to render. What several pages share is in :mod:`gnbv.views.common`.

Plain Python, no streamlit: ``gnbv.cache`` keeps each view once per its inputs, so a page's
run only draws. A view is shared by every session that asks for the same inputs: never change
one.
"""
