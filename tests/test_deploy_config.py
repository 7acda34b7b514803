"""The hardened .streamlit/config.toml of the public deployment."""

import tomllib

from streamlit import config as st_config

from gnbv.settings import REPO_ROOT, SETTINGS

CONFIG_TOML = REPO_ROOT / ".streamlit" / "config.toml"


def _config() -> dict:
    with CONFIG_TOML.open("rb") as f:
        return tomllib.load(f)


def test_every_key_exists_in_the_installed_streamlit():
    known = st_config._config_options_template
    keys = [f"{section}.{key}" for section, values in _config().items() for key in values]
    assert keys
    unknown = [k for k in keys if k not in known]
    assert not unknown, f"not options of the installed streamlit: {unknown}"


def test_public_mode_values():
    c = _config()
    assert c["client"]["showErrorDetails"] == "none"
    assert c["client"]["toolbarMode"] == "viewer"
    assert c["client"]["showErrorLinks"] == "false"
    assert c["browser"]["gatherUsageStats"] is False
    assert c["server"]["headless"] is True
    assert c["server"]["enableXsrfProtection"] is True
    assert c["server"]["enableCORS"] is True
    assert c["server"]["fileWatcherType"] == "none"
    assert c["server"]["runOnSave"] is False
    assert c["server"]["enableStaticServing"] is False
    assert c["server"]["enableAgentApi"] is False
    assert c["server"]["maxCacheDataSize"] == "256mb"
    assert 0 < c["server"]["maxMessageSize"] <= 50
    assert 0 < c["server"]["disconnectedSessionTTL"] <= 300
    # Decided from a load-test measurement (the reason is in the file).
    assert c["runner"]["postScriptGC"] is False


def test_upload_cap_matches_the_setting_default():
    cap = _config()["server"]["maxUploadSize"]
    assert cap == float(SETTINGS["max_upload_mb"].default) == 5


def test_the_postscriptgc_choice_is_explained_in_the_file():
    text = CONFIG_TOML.read_text(encoding="utf-8")
    before = text.split("postScriptGC = false")[0]
    assert "load_test.py" in before and "p95" in before


def test_streamlit_reads_the_values(monkeypatch):
    monkeypatch.chdir(REPO_ROOT)  # streamlit reads .streamlit/config.toml of the cwd
    st_config.get_config_options(force_reparse=True)
    try:
        assert st_config.get_option("client.showErrorDetails") == "none"
        assert st_config.get_option("runner.postScriptGC") is False
        assert st_config.get_option("server.maxUploadSize") == 5
        where = st_config._config_options["server.fileWatcherType"].where_defined
        assert where.endswith("config.toml")
    finally:
        st_config.get_config_options(force_reparse=True)
