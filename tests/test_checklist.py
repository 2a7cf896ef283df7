"""Checklists are data: every shipped year validates; a bad file names the file and the field."""

import shutil

import pytest
import yaml

from checklist.load import (
    DATA_DIR,
    DataError,
    available_years,
    load_checklist,
    load_checklist_file,
    load_topics,
)
from checklist.models import TOPICS, Period


def test_shipped_years_load_and_default_is_newest():
    years = available_years()
    assert {2564, 2565, 2566, 2568, 2569} <= set(years)
    assert load_checklist().year == max(years)
    for y in years:
        c = load_checklist(y)
        assert len({i.code for i in c.items}) == len(c.items)
        assert all(t in TOPICS for i in c.items for t in i.topics)


def test_known_item_facts():
    c = load_checklist(2565)
    assert len(c.items) == 43
    assert c.item("O1").title == "โครงสร้าง"
    assert c.item("O23").period == Period.monthly_first_half
    c69 = load_checklist(2569)
    assert not c69.confirmed  # part of 2569 is unconfirmed and the report must say so
    assert c69.item("O11").topic == "procurement_monthly_summary"


def test_every_topic_has_a_lexicon_entry():
    assert set(load_topics()) == set(TOPICS)


def _copy_year(tmp_path, year=2569):
    src = DATA_DIR / f"ita-{year}.yaml"
    dst = tmp_path / src.name
    shutil.copy(src, dst)
    return dst


def test_next_year_is_one_new_file(tmp_path):
    data = yaml.safe_load(_copy_year(tmp_path).read_text(encoding="utf-8"))
    data["year"] = 2570
    (tmp_path / "ita-2570.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert 2570 in available_years(tmp_path)
    assert load_checklist(2570, tmp_path).year == 2570


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["items"][2].update(topics=["nonsense"]), "items[2] (O3).topics: Value error, unknown topic"),
        (lambda d: d["items"][4].update(subindicator="9.9"), "sub-indicator '9.9' is not defined"),
        (lambda d: d["items"][1].update(code="O1"), "duplicate item codes ['O1']"),
        (lambda d: d["items"][0].update(period="sometimes"), "items[0] (O1).period"),
        (lambda d: d["items"][0].update(colour="red"), "items[0] (O1).colour: Extra inputs are not permitted"),
    ],
)
def test_bad_checklist_names_file_and_field(tmp_path, mutate, message):
    path = _copy_year(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_checklist_file(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_broken_yaml_names_the_line(tmp_path):
    path = tmp_path / "ita-2570.yaml"
    path.write_text("year: 2570\nitems: [\n  - code: O1\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"ita-2570.yaml: line \d+"):
        load_checklist_file(path)


def test_unknown_year_lists_shipped_years():
    with pytest.raises(DataError, match="unknown assessment year 2500; shipped years: 2564"):
        load_checklist(2500)
