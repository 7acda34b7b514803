"""GNBV Bắc Hà 2022 — entry point: page setup, language switch and navigation."""

import streamlit as st

from gnbv.cache import CONFIG
from gnbv.settings import REPO_ROOT
from ui.common import (
    app_style,
    icon_data_url,
    lang,
    language_switch,
    presentation_exit,
    presentation_switch,
    read_only,
    settings_notices,
    tr,
)
from ui.nav import pages, states_of
from ui.state import hold, sync_url

# A local file (a material-icon favicon would be fetched from fonts.gstatic.com), given as a
# data URL made once per process: given its path, Streamlit reads and registers the file on
# every run, the costliest call of a run (the public deployment's CSP allows data: images).
ICON = icon_data_url(REPO_ROOT / "ui" / "static" / "icon.png")

st.set_page_config(page_title="GNBV Bắc Hà 2022", page_icon=ICON, layout="wide")

language_switch()
presentation_switch()
app_style()
if read_only():
    st.sidebar.info(tr("read_only_notice"), icon=":material/lock:")
settings_notices(CONFIG.errors)

page = st.navigation(pages(lang()))
hold(states_of(page))
sync_url()  # before the page draws: the new page's URL is settled as it opens
try:
    page.run()
    presentation_exit()
finally:  # what the run changed (a value fitted or refused), also when it stops or reruns
    sync_url()
