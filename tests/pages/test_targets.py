from tests.apptest import run_page, texts

VI_LABELS = (
    "Mục tiêu cụ thể",
    "Kết quả chủ yếu",
    "Phân công nhiệm vụ",
    "Căn cứ pháp lý",
    "Kế hoạch ghi",
    "Chủ trì",
    "Phối hợp",
    "điểm %/năm",
    "Trung ương",
)


def test_targets_in_vietnamese():
    at = run_page("targets.py")
    assert not at.exception
    page = texts(at)
    assert "Mục tiêu và nhiệm vụ" in page
    assert "≥ 7 điểm %/năm" in page and "bình quân 0,9 điểm %/năm" in page and "> 80%" in page
    assert "Phấn đấu giảm tỷ lệ hộ nghèo bình quân từ 7%/năm trở lên" in page
    assert "Kế hoạch GNBV 2022, mục II.2" in page
    matrix = at.dataframe[0].value
    assert len(matrix) == 12  # 10 bodies of section 6 + 2 named only in section 4
    assert list(matrix["Dự án 5"])[2] == "● Chủ trì"  # Phòng Kinh tế - Hạ tầng leads Dự án 5
    assert (matrix["Dự án 1"] == "● Chủ trì").sum() == 1
    assert "UBND các xã, thị trấn phối hợp thực hiện tất cả các dự án." in page
    assert len(at.expander) == 10
    assert "Nghị quyết số 24/2021/QH15" in page and "ban hành 28/07/2021" in page
    assert "Quốc hội" in page


def test_targets_in_english_has_no_vietnamese_label():
    at = run_page("targets.py", lang="en")
    assert not at.exception
    page = texts(at)
    for label in VI_LABELS:
        assert label not in page, label
    assert "Targets and responsibilities" in page
    assert "≥ 7 pp a year" in page and "≥ 7.6 pp a year" in page
    assert "Cut the poor-household rate" in page  # English column of the plan's data
    # the published falls against the target, in the card's text (one markdown per card)
    assert "2023: down 9.16 pp (met" in page and "2024: down 5.67 pp (short" in page
    matrix = at.dataframe[0].value
    assert list(matrix.columns)[:3] == ["Section", "Body", "Project 1"]
    assert "Office of Labour, Invalids and Social Affairs" in set(matrix["Body"])
    assert "Leads agricultural projects" in page  # a body's tasks, in English
    assert "National Assembly" in page and "issued July 28, 2021" in page
    labels = [e.label for e in at.expander]
    assert labels[0].startswith("6.1 · Office of Labour")
    assert "Co-ordinates: all projects" in labels[-1]
