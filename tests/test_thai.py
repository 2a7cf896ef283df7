"""The one Thai normaliser, and Thai dates, years and fiscal years."""

import pytest

from crawler import thai


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("ตําบล", "ตำบล"),  # decomposed sara am (OCR)
        ("ตำาบล", "ตำบล"),  # LibreOffice PDF read without ActualText
        ("ประจ าปี", "ประจำปี"),  # Word PDF: nikhahit extracted as a space
        ("ท่ี", "ที่"),  # tone typed before the upper vowel
        ("เเผน", "แผน"),  # two sara e for sara ae
        ("แผน\u200bงาน", "แผนงาน"),  # zero-width space
        ("น้้ำ", "น้ำ"),  # doubled tone mark
        ("เร ื่อง", "เรื่อง"),  # stray space before a combining mark
        ("  a \t b  ", "a b"),
    ],
)
def test_clean_repairs_extraction_artefacts(raw, clean):
    assert thai.clean(raw) == clean


def test_clean_is_idempotent_and_nfc():
    s = thai.clean("ประกาศเทศบาลตำบลน้ำใส ที่นั่ง ผู้ใหญ่ ๒๕๖๙")
    assert thai.clean(s) == s
    assert "๒๕๖๙" in s  # Thai digits are kept for readers


def test_key_ignores_spacing_digits_and_case():
    assert thai.key("แผนการ จัดซื้อ  จัดจ้าง ๒๕๖๙ ITA") == thai.key("แผนการจัดซื้อจัดจ้าง2569ita")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ปีงบประมาณ พ.ศ. ๒๕๖๘", [2568]),
        ("แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", [2566, 2567, 2568, 2569, 2570]),
        ("๒๕61", [2561]),
        ("ปีงบ 68", [2568]),
        ("report 2025", [2568]),
        ("โทร 043-123456 ต่อ 1234", []),
    ],
)
def test_years_in(text, years):
    assert thai.years_in(text) == years


def test_fiscal_year_boundaries():
    from datetime import date

    assert thai.fiscal_year_of(date(2025, 9, 30)) == 2568
    assert thai.fiscal_year_of(date(2025, 10, 1)) == 2569
    months = thai.fiscal_months(2569, first_half_only=True)
    assert [str(m) for m in months] == [
        "ต.ค. 2568", "พ.ย. 2568", "ธ.ค. 2568", "ม.ค. 2569", "ก.พ. 2569", "มี.ค. 2569",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ต.ค. 2567 – มี.ค. 2568", [(2567, 10), (2567, 11), (2567, 12), (2568, 1), (2568, 2), (2568, 3)]),
        ("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม ๒๕๖๘", [(2568, 10)]),
        ("ต.ค. ๖๗", [(2567, 10)]),
        ("วันที่ 15/01/2568", [(2568, 1)]),
        ("ตุลาคม - ธันวาคม 2568", [(2568, 10), (2568, 11), (2568, 12)]),
    ],
)
def test_months_in(text, expected):
    assert [(m.year, m.month) for m in thai.months_in(text)] == expected


def test_year_ranges_and_fiscal_years():
    assert thai.year_ranges_in("แผนพัฒนาท้องถิ่น พ.ศ. ๒๕๖๖ - ๒๕๗๐") == [(2566, 2570)]
    assert thai.fiscal_years_in("ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙") == [2569]
