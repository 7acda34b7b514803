from gnbv import targets as tg


def test_cards_in_both_languages(plan_data):
    vi = {c["target_id"]: c for c in tg.cards(plan_data.targets, plan_data.district_poverty, "vi")}
    en = {c["target_id"]: c for c in tg.cards(plan_data.targets, plan_data.district_poverty, "en")}
    assert len(vi) == 8
    assert vi["T_POOR"]["value_text"] == "≥ 7 điểm %/năm"
    # the plan writes "bình quân 0,9%": an average, not "at least"
    assert en["T_NEAR_POOR"]["value_text"] == "on average 0.9 pp a year"
    assert vi["T_NEAR_POOR"]["value_text"] == "bình quân 0,9 điểm %/năm"
    assert vi["T_EM_POOR"]["value_text"] == "≥ 7,6 điểm %/năm"
    assert vi["R_PRODUCTION"]["value_text"] == "> 80%"
    assert en["R_INFRA"]["value_text"] == "≥ 100%"
    assert vi["T_POOR"]["wording"].startswith("Phấn đấu giảm tỷ lệ hộ nghèo bình quân từ 7%/năm")
    assert en["T_POOR"]["wording"].startswith("Cut the poor-household rate")
    assert vi["T_POOR"]["source_ref"] == "Kế hoạch GNBV 2022, mục II.2"
    assert {c["kind"] for c in vi.values()} == {"target", "key_result"}


def test_actuals_only_published_and_compared_to_the_target(plan_data):
    cards = tg.cards(plan_data.targets, plan_data.district_poverty, "vi")
    poor = next(c for c in cards if c["target_id"] == "T_POOR")
    # 2023: fall 9.16 ≥ 7 (met); 2024: 5.67 < 7 (short); 2022 is derived, so not a result
    assert [(a["year"], a["value"], a["met"]) for a in poor["actuals"]] == [
        (2023, 9.16, True),
        (2024, 5.67, False),
    ]
    commune = next(c for c in cards if c["target_id"] == "T_POOR_COMMUNE")
    assert commune["actuals"] == []  # no published commune figures


def test_responsibility_matrix(plan_data):
    m = tg.responsibility_matrix(
        plan_data.projects, plan_data.bodies, plan_data.other_bodies, "vi"
    ).set_index("body_id")
    section6 = m[m["section"] != ""]
    assert len(section6) == 10
    assert list(section6.index)[:3] == ["LDTBXH", "NNPTNT", "KTHT"]
    assert [m.at["LDTBXH", f"DA{i}"] for i in range(1, 8)] == [
        "lead",
        "lead",
        "",
        "lead",
        "",
        "lead",
        "lead",
    ]
    assert m.at["NNPTNT", "DA3"] == "lead" and m.at["KTHT", "DA5"] == "lead"
    assert all(m.at["UBND_XA", f"DA{i}"] == "coordinates" for i in range(1, 8))
    assert tg.coordinates_all(m.reset_index(), "UBND_XA")
    assert not tg.coordinates_all(m.reset_index(), "LDTBXH")
    # bodies named in section 4 but not in section 6 are kept, marked
    assert m.at["TCKH", "DA1"] == "coordinates" and m.at["TCKH", "section"] == ""
    assert m.at["TT_GDNN_GDTX", "DA4"] == "coordinates"
    # one lead per project
    for i in range(1, 8):
        assert (m[f"DA{i}"] == "lead").sum() == 1


def test_matrix_for_display_in_english(plan_data):
    m = tg.responsibility_matrix(plan_data.projects, plan_data.bodies, plan_data.other_bodies, "en")
    shown = tg.matrix_for_display(m, plan_data.projects, "en")
    assert list(shown.columns) == ["Section", "Body"] + [f"Project {i}" for i in range(1, 8)]
    assert shown.iloc[0]["Project 1"] == "● Leads"
    assert "(not in section 6)" in shown.iloc[-1]["Body"]


def test_legal_bases_by_level(plan_data):
    vi = tg.legal_bases_by_level(plan_data.legal_bases, "vi")
    en = tg.legal_bases_by_level(plan_data.legal_bases, "en")
    assert list(vi) == ["central", "province", "district"]
    assert sum(len(v) for v in vi.values()) == len(plan_data.legal_bases) == 12
    assert vi["central"].iloc[0]["issued"] == "ban hành 28/07/2021"
    assert en["central"].iloc[0]["issued"] == "issued July 28, 2021"
    assert en["central"].iloc[0]["issuer"] == "National Assembly"
    assert vi["central"].iloc[0]["issuer"] == "Quốc hội"
    undated = en["province"][en["province"]["number"] == "Đề án số 10-ĐA/TU"].iloc[0]
    assert undated["issued"] == "date not given"
