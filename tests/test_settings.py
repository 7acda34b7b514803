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
    assert "GNBV_MAX_UPLOAD_MB='abc'" in str(config.errors[0])
    assert (config.errors[0].env, config.errors[0].default) == ("GNBV_MAX_UPLOAD_MB", "5")


def test_upload_bounds_and_their_defaults():
    from gnbv.workbook import Limits

    config = load_config({})
    assert (config.upload_max_rows, config.upload_max_columns) == (1000, 40)
    assert (config.upload_max_cell_chars, config.upload_max_problems) == (1000, 100)
    assert config.max_households_per_commune == 10_000
    assert config.max_project_amount_times_plan == 2
    assert Limits.from_config(config) == Limits()  # the limits' defaults are the settings'
    tight = Limits.from_config(load_config({"GNBV_MAX_HOUSEHOLDS_PER_COMMUNE": "2500"}))
    assert tight.max_households == 2500
    # the allocation criteria workbook's bounds
    assert (config.max_population_per_commune, config.max_villages_per_commune) == (60_000, 100)
    narrow = load_config({"GNBV_MAX_VILLAGES_PER_COMMUNE": "30"})
    assert Limits.from_config(narrow).max_villages == 30


def test_infinite_and_nan_settings_fall_back_to_the_default():
    config = load_config({"GNBV_MAX_PROJECT_AMOUNT_TIMES_PLAN": "inf", "GNBV_MAX_UPLOAD_MB": "nan"})
    assert config.max_project_amount_times_plan == 2 and config.max_upload_mb == 5
    assert len(config.errors) == 2


def test_public_url_is_an_http_address_else_the_default():
    assert load_config({}).public_url == "http://localhost:8501"
    config = load_config({"GNBV_PUBLIC_URL": "https://gnbv.example.org/bac-ha/"})
    assert config.public_url == "https://gnbv.example.org/bac-ha" and config.errors == ()
    for bad in ("javascript:alert(1)", "gnbv.example.org", "https://h/?x=1", "http://a b"):
        config = load_config({"GNBV_PUBLIC_URL": bad})
        assert config.public_url == "http://localhost:8501"
        assert config.errors and config.errors[0].env == "GNBV_PUBLIC_URL"
        assert "is not an http(s) address" in str(config.errors[0])
