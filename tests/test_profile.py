"""The agency profile: the shipped example, the starter, and errors that name file and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from checklist.load import DataError
from checklist.models import TOPICS
from checklist.profile import (
    Profile,
    example_profile_path,
    load_profile,
    other_site,
    placeholders,
    starter_profile_yaml,
)


@pytest.fixture(scope="module")
def example() -> Profile:
    return load_profile(example_profile_path())


def write(tmp_path: Path, text: str, name: str = "profile.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def example_data() -> dict:
    return yaml.safe_load(example_profile_path().read_text(encoding="utf-8"))


# --- the shipped example ------------------------------------------------------------------------


def test_example_is_natun(example):
    assert example_profile_path().name == "example-natun.yaml"
    assert example.name == "เทศบาลตำบลนาตุน"
    assert example.type == "เทศบาลตำบล"
    assert example.province == "มหาสารคาม"
    assert example.district == "นาตุน"
    assert example.default_unit == "สำนักปลัด"
    assert example.measures_year == 2565


def test_example_measures_as_in_the_document(example):
    names = [m.name for m in example.measures]
    assert names == [
        "มาตรการตรวจสอบการใช้ดุลพินิจ",
        "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
        "ประกาศเจตจำนงการบริหารงานด้วยความซื่อสัตย์สุจริตอย่างมีคุณธรรมและโปร่งใส",
    ]
    for m in example.measures:
        assert m.guidelines and m.steps and m.topics
        assert m.monitoring == [6, 12]
    discretion, disclosure, intent = example.measures
    assert len(discretion.steps) == 3
    assert discretion.responsible == "สำนักปลัด"
    assert intent.responsible == "สำนักปลัด"
    assert "ประชาสัมพันธ์" in disclosure.responsible
    assert "integrity_intent" in intent.topics and "anti_corruption_plan" in intent.topics
    assert "procurement_monthly_summary" in disclosure.topics


def test_example_ita_2564_scores(example):
    (prev,) = example.previous_scores
    assert prev.year == 2564 and prev.total == 77.16 and prev.grade == "B"
    assert [prev.indicators[str(i)] for i in range(1, 11)] == [
        96.66,
        94.36,
        92.39,
        93.67,
        96.02,
        90.03,
        91.90,
        90.53,
        57.62,
        50.00,
    ]
    assert example.previous(2569) is prev
    assert example.previous(2564) is None  # only results from before the assessed year


def test_every_topic_is_owned_by_a_unit(example):
    """Each topic is listed by a unit: `oit audit --profile` routes every gap to a unit."""
    listed = {t: u.name for u in example.units for t in u.topics}
    assert [t for t in TOPICS if t not in listed] == []
    owners = example.topic_owners()
    assert set(owners) == set(TOPICS)
    names = {u.name for u in example.units}
    assert set(owners.values()) <= names
    assert owners["procurement_plan"] == "กองคลัง"
    assert owners["procurement_monthly_summary"] == "กองคลัง"
    assert owners["hr_policy"] == "สำนักปลัด (งานการเจ้าหน้าที่)"
    assert owners["dev_plan"] == "สำนักปลัด (งานวิเคราะห์นโยบายและแผน)"
    assert owners["annual_action_plan"] == "สำนักปลัด (งานวิเคราะห์นโยบายและแผน)"
    assert owners["news"] == "สำนักปลัด (งานประชาสัมพันธ์)"


def test_example_units_of_a_tambon_municipality(example):
    names = [u.name for u in example.units]
    for unit in ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม"):
        assert unit in names


def test_example_addresses_are_examples(example):
    addresses = [str(a) for a in example.recipients] + [
        str(u.email) for u in example.units if u.email
    ]
    assert addresses
    assert all(a.endswith("example.go.th") for a in addresses)


def test_due_dates_follow_the_fiscal_year(example):
    m = example.measures[1]
    assert m.due_dates(2569) == [(6, date(2026, 3, 31)), (12, date(2026, 9, 30))]
    assert [x.name for x in example.measures_for(["procurement_plan"])] == ["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"]
    assert example.measures_for(["ethics_code"]) == []  # no measure covers it


# --- the starter --------------------------------------------------------------------------------


def test_starter_loads_and_has_todos(tmp_path):
    text = starter_profile_yaml()
    assert "TODO" in text
    assert "#" in text  # commented
    assert "แก้ทุกจุดที่เขียนว่า TODO" in text and "CONTRACT" not in text  # Thai, nothing outside
    profile = load_profile(write(tmp_path, text))
    assert "name" in placeholders(profile) and "recipients[0]" in placeholders(profile)
    assert other_site(profile, "https://www.abc.go.th/") == ""  # its URL is still a TODO
    assert profile.units and profile.measures and profile.recipients
    assert set(profile.topic_owners()) == set(TOPICS)


# --- errors name the file and the field ---------------------------------------------------------


def _error(tmp_path: Path, data: dict | str) -> str:
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
    path = write(tmp_path, text, "bad-profile.yaml")
    with pytest.raises(DataError) as exc:
        load_profile(path)
    msg = str(exc.value)
    assert str(path) in msg
    assert "\n" not in msg  # one line for the user
    return msg


def test_unknown_topic_names_file_and_field(tmp_path):
    data = example_data()
    data["units"][1]["topics"].append("facebook_page")
    msg = _error(tmp_path, data)
    assert "units[1].topics" in msg and "facebook_page" in msg


def test_unknown_topic_in_a_measure(tmp_path):
    data = example_data()
    data["measures"][0]["topics"] = ["structure", "nonsense"]
    msg = _error(tmp_path, data)
    assert "measures[0].topics" in msg and "nonsense" in msg


def test_bad_email_names_file_and_field(tmp_path):
    data = example_data()
    data["recipients"][1] = "pr-at-natun.example.go.th"
    msg = _error(tmp_path, data)
    assert "recipients[1]" in msg and "email" in msg


def test_bad_unit_email(tmp_path):
    data = example_data()
    data["units"][0]["email"] = "not an address"
    assert "units[0].email" in _error(tmp_path, data)


def test_score_over_100_names_file_and_field(tmp_path):
    data = example_data()
    data["previous_scores"][0]["indicators"]["9"] = 120
    msg = _error(tmp_path, data)
    assert "previous_scores[0].indicators" in msg and "120" in msg


def test_total_over_100(tmp_path):
    data = example_data()
    data["previous_scores"][0]["total"] = 120
    assert "previous_scores[0].total" in _error(tmp_path, data)


def test_malformed_yaml_names_file_and_line(tmp_path):
    msg = _error(tmp_path, "name: เทศบาลตำบลนาตุน\nunits:\n  - name: [สำนักปลัด\n    topics: {\n")
    assert "YAML" in msg and "line" in msg


def test_not_a_mapping(tmp_path):
    assert "mapping" in _error(tmp_path, "- just\n- a list\n")


def test_default_unit_must_be_a_unit(tmp_path):
    data = example_data()
    data["default_unit"] = "กองไม่มีจริง"
    assert "default_unit" in _error(tmp_path, data)


def test_measure_responsible_must_be_a_unit(tmp_path):
    data = example_data()
    data["measures"][2]["responsible"] = "งานไม่มีจริง"
    msg = _error(tmp_path, data)
    assert "measures" in msg and "[2].responsible" in msg and "งานไม่มีจริง" in msg


def test_unknown_field_is_named(tmp_path):
    data = example_data()
    data["measures"][0]["deadline"] = "31 มี.ค."
    assert "measures[0].deadline" in _error(tmp_path, data)


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="not found"):
        load_profile(tmp_path / "nope.yaml")
