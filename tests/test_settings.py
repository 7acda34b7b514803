from pathlib import Path

from gnbv.settings import REPO_ROOT, SETTINGS, load_config


def test_every_setting_is_documented_in_readme():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS.values():
        assert f"`{setting.env}`" in readme, f"{setting.env} is not documented in README.md"


def test_defaults():
    config = load_config({})
    assert config.read_only is False
    assert config.boundaries.name == "bac_ha_communes_2022.geojson"
    assert config.data_dir == REPO_ROOT / "data"
    assert config.max_upload_mb == 5
    assert config.errors == ()


def test_environment_overrides_and_bad_values():
    config = load_config(
        {"GNBV_READ_ONLY": "1", "GNBV_BOUNDARIES": "/tmp/x.geojson", "GNBV_MAX_UPLOAD_MB": "abc"}
    )
    assert config.read_only is True
    assert config.boundaries == Path("/tmp/x.geojson")
    assert config.max_upload_mb == 5
    assert "GNBV_MAX_UPLOAD_MB='abc'" in config.errors[0]
