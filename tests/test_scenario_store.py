"""Saved scenarios in SQLite: save, reopen, delete, restart, failed writes."""

import sqlite3

import pytest

from gnbv import scenario_store as store
from gnbv.allocation import NEUTRAL, Coefficients
from gnbv.scenario import ScenarioParams

P1 = ScenarioParams(other_communes_rate=5.5, reading="relative", horizon=2030, preset="custom")
P2 = ScenarioParams(poor_commune_rate=12.0, preset="custom")
TREND = ScenarioParams(5.67, 8.1, 0.73, 6.16, preset="trend")


@pytest.fixture
def db(tmp_path):
    return tmp_path / "nested" / "scenarios.sqlite3"


def test_save_list_reopen_delete(db):
    assert store.list_scenarios(db) == []
    assert store.save(db, "  Kịch bản   chậm ", P1) == "Kịch bản chậm"
    store.save(db, "b", P2)
    assert [s.name for s in store.list_scenarios(db)] == ["b", "Kịch bản chậm"]
    assert store.load(db, "Kịch bản chậm").params == P1
    assert store.delete(db, "b") is True
    assert store.delete(db, "b") is False
    assert [s.name for s in store.list_scenarios(db)] == ["Kịch bản chậm"]


def test_saving_again_replaces(db):
    store.save(db, "x", P1)
    store.save(db, "x", P2)
    assert [s.params for s in store.list_scenarios(db)] == [P2]


def test_survives_reopening_the_database(db):
    store.save(db, "x", P1)
    # a new process would open a new connection: nothing is cached in memory
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM scenarios").fetchone()[0] == 1
    assert store.load(db, "x").params == P1


def test_a_failed_write_leaves_the_old_data(db, monkeypatch):
    store.save(db, "x", P1)
    # the replacement fails after the old row was deleted inside the transaction
    monkeypatch.setattr(store, "_payload", lambda params: None)  # NOT NULL violation
    with pytest.raises(sqlite3.IntegrityError):
        store.save(db, "x", P2)
    assert store.load(db, "x").params == P1


@pytest.mark.parametrize("name", ["", "   ", "a" * (store.MAX_NAME_LENGTH + 1), "a\x00b", None, 5])
def test_invalid_names_are_refused(db, name):
    with pytest.raises(store.InvalidName):
        store.save(db, name, P1)
    assert store.list_scenarios(db) == []


def test_hostile_name_text_is_stored_as_text(db):
    name = "'); DROP TABLE scenarios; -- =1+1"
    store.save(db, name, P1)
    assert store.load(db, name).params == P1


def test_a_tampered_row_falls_back_to_defaults(db):
    store.save(db, "x", P1)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE scenarios SET params = ?", ('{"r": "nan", "h": "2030"}',))
    saved = store.load(db, "x")
    assert saved.params == ScenarioParams(horizon=2030)
    assert saved.notices == ("r",)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE scenarios SET params = 'not json'")
    assert store.load(db, "x").params == ScenarioParams()


def test_exists(db):
    assert store.exists(db, "x") is False  # no database yet
    store.save(db, "x", P1)
    assert store.exists(db, " x ") is True  # the name as it would be saved
    assert store.exists(db, "y") is False
    assert store.exists(db, "") is False  # an invalid name exists nowhere


def test_a_trend_scenario_is_saved_with_its_rates_and_label(db):
    store.save(db, "t", TREND)
    assert store.load(db, "t").params == TREND


def test_a_scenario_saved_before_presets_opens_labelled(db):
    store.save(db, "old", P1)
    old_payload = '{"g": "0", "h": "2027", "mode": "points", "pc": "flag", "pt": "40", '
    old_payload += '"r": "7", "re": "7.6", "rn": "0.9", "rp": "10"}'
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE scenarios SET params = ?", (old_payload,))
    saved = store.load(db, "old")
    assert saved.params == ScenarioParams(horizon=2027, preset="plan")
    assert saved.notices == ()


# --- named coefficient sets of the allocation page, in the same file ------------------------

C1 = Coefficients(poor_households=1, near_poor_households=0.5, per_xa=10)


def test_coefficient_sets_are_saved_apart_from_scenarios(db):
    store.save(db, "x", P1)
    store.save(db, "x", C1, kind=store.COEFFICIENT_SETS)
    assert store.load(db, "x").params == P1
    saved = store.load(db, "x", kind=store.COEFFICIENT_SETS)
    assert saved.params == C1 and saved.notices == ()
    assert [s.name for s in store.list_scenarios(db, kind=store.COEFFICIENT_SETS)] == ["x"]
    assert store.delete(db, "x", kind=store.COEFFICIENT_SETS) is True
    assert store.load(db, "x").params == P1  # the scenario of the same name stays


def test_a_tampered_coefficient_set_reads_back_validated(db):
    store.save(db, "t", C1, kind=store.COEFFICIENT_SETS)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE coefficient_sets SET params = ? WHERE name = 't'",
            ('{"k_poor": "-3", "k_near": "1e400", "k_xa": "7", "evil": "__import__"}',),
        )
    saved = store.load(db, "t", kind=store.COEFFICIENT_SETS)
    assert saved.params == Coefficients(poor_households=NEUTRAL.poor_households, per_xa=7)
    assert set(saved.notices) == {"k_poor", "k_near"}
