"""The one Thai normaliser, and Thai dates, years and fiscal years."""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from common import thai


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
        ("จ้านวน 5 แผ่น อ้าเภอพรรณานิคม", "จำนวน 5 แผ่น อำเภอพรรณานิคม"),  # SarabunPSK PDF: sara am as "้า"
        ("รายงานผลการด้าเนินงานประจ้าปี", "รายงานผลการดำเนินงานประจำปี"),
        ("หน้าที่ ข้างละ ล้านบาท ค้าขาย", "หน้าที่ ข้างละ ล้านบาท ค้าขาย"),  # real words with "้า" stay
        ("เร ื่อง", "เรื่อง"),  # stray space before a combining mark
        ("  a \t b  ", "a b"),
    ],
)
def test_clean_repairs_extraction_artefacts(raw, clean):
    assert thai.clean(raw) == clean


def _clean_without_shortcuts(text):
    """clean() as it was before its fast paths: every step on every text."""
    if not text:
        return ""
    s = unicodedata.normalize("NFC", text.translate(thai._PUA))
    s = thai._ZERO_WIDTH.sub("", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = thai._SPACES.sub(" ", s)
    s = thai.undouble(s)
    for _ in range(4):
        before = s
        s = s.replace("\u0e4d\u0e32", "\u0e33").replace("\u0e33\u0e32", "\u0e33").replace("\u0e40\u0e40", "\u0e41")
        s = thai._WRAPPED_SARA_AA.sub("\\1\u0e32", s)
        s = thai._WORD_SARA_AM.sub("\\1\u0e33", s)
        s = thai._SPACE_BEFORE_MARK.sub("", s)
        s = thai._TONE_BEFORE_VOWEL.sub(r"\2\1", s)
        s = thai._DOUBLED_MARK.sub(r"\1", s)
        s = unicodedata.normalize("NFC", s)
        if s == before:
            break
    s = thai._am_misread(s)
    s = "\n".join(line.strip() for line in s.split("\n"))
    return thai._BLANK_LINES.sub("\n\n", s).strip()


def _key_without_shortcuts(text):
    """key() as it was before its fast path: the whole clean(), then its own spelling folds."""
    out = re.sub(r"\s+", "", thai.arabic_digits(_clean_without_shortcuts(text)).lower())
    for wrong, right in thai._KEY_SPELLING:  # กฏ -> กฎ, on either path
        out = out.replace(wrong, right)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii", "  a\r\nb \r c\t", "e\u200b\u0301",  # NFC only after the zero-width space goes
        "ก\u200b\u0e48\u0e34", "ก\u00ad\u0e48\u0e48", "ท\u200b า", "\uf705\uf718", "\u1100\u200b\u1161",
        "ผู้ใหญ่", "ที่นั่ง ๒๕๖๙", "ท\t\tา", "ก\u00a0\u0e34", "เ\u200bเ", "\u0e4d\ufeff\u0e32", "a\n\n\n b\n",
        "\uf713\r\u0e34", "ท\nา", "\u0e48\u2003\u0e34",  # a mark after a line break or odd space
    ],
)
def test_clean_shortcuts_change_nothing(text):
    assert thai.clean(text) == _clean_without_shortcuts(text)
    assert thai.squash(text) == " ".join(_clean_without_shortcuts(text).split())
    # key() skips clean() for text that is already clean: never for text clean() would repair
    assert thai.key(text) == _key_without_shortcuts(text)


THAI_ISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B),
        st.characters(min_codepoint=0xF700, max_codepoint=0xF71A),
        st.sampled_from(list(" \t\n\r\u00a0\u3000\u200b\ufeff\u00ad\u2060aAe1\u0301\u0308\u1100\u1161")),
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(THAI_ISH, st.text(max_size=40)))
def test_clean_shortcuts_change_nothing_whatever_the_text(text):
    assert thai.clean(text) == _clean_without_shortcuts(text)
    assert thai.key(text) == _key_without_shortcuts(text)


def test_squash_of_long_and_str_subclass_text():
    class Text(str):
        pass

    long = "ประกาศ  เทศบาล\u200b " * 40
    assert thai.squash(long) == " ".join(_clean_without_shortcuts(long).split())
    assert thai.squash(Text("ท่ี  นี่")) == thai.squash("ท่ี  นี่") == "ที่ นี่"
    assert thai.squash(None) == thai.squash("") == ""


def test_clean_is_idempotent_and_nfc():
    s = thai.clean("ประกาศเทศบาลตำบลน้ำใส ที่นั่ง ผู้ใหญ่ ๒๕๖๙")
    assert thai.clean(s) == s
    assert "๒๕๖๙" in s  # Thai digits are kept for readers


def test_key_ignores_spacing_digits_and_case():
    assert thai.key("แผนการ จัดซื้อ  จัดจ้าง ๒๕๖๙ ITA") == thai.key("แผนการจัดซื้อจัดจ้าง2569ita")


def test_key_folds_the_common_misspelling_of_law_words_and_clean_keeps_it():
    # "กฏหมาย" (ฏ for ฎ) is how many sites write it: it matches what the lexicon spells right,
    # whichever of the key's paths (plain text, text clean() repairs) it takes.
    assert thai.key("กฏหมายที่เกี่ยวข้อง") == thai.key("กฎหมายที่เกี่ยวข้อง")
    assert thai.key("กฏ​กระทรวง") == thai.key("กฎกระทรวง")
    assert thai.clean("กฏหมาย") == "กฏหมาย"  # what a report shows stays as written


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

    assert thai.fiscal_year(date(2025, 9, 30)) == 2568
    assert thai.fiscal_year(date(2025, 10, 1)) == 2569
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


def test_a_word_wrapped_before_sara_aa_is_joined_not_read_as_sara_am():
    # A PDF laid out character by character wraps "หน่วยงาน" as "หน่วยง" / "าน" (the held-out
    # site's integrity report): joined again; a space there is still AngsanaNew's sara am.
    assert thai.clean("ภายในหน่วยง\r\nาน") == "ภายในหน่วยงาน"
    assert thai.clean("ภายในหน่วยง \n าน") == "ภายในหน่วยงาน"
    assert thai.clean("การด าเนินงาน") == "การดำเนินงาน"


def test_ocr_doubled_glyphs_are_undone():
    # A development plan's OCR'd cover (issue 14): every glyph read twice.
    assert thai.clean("แแผผนนพพัฒฒนนาาทท้้อองงถถิ่่นน") != ""  # marks collapse first, still a word
    assert thai.clean("ปปรระะจจำำปปีี") == "ประจำปี"
    assert thai.key("แแผผนนกกาารรดดำำเเนนิินนงงาานน ปปรระะจจำำปปีี") == thai.key("แผนการดำเนินงาน ประจำปี")
    # Real words with a doubled letter or two stay as they are.
    for word in ("คนนั้น", "สสส.", "ปปช.", "ประชาชนนิยม", "กกกกก"):
        assert thai.clean(word) == word


def test_key_reads_a_misread_sara_am_as_the_word():
    """A SarabunPSK PDF's "ประจ้าปี" matches the phrase "ประจำปี" (key() has a fast path)."""
    assert thai.key("แผนการด้าเนินงานประจ้าปี") == thai.key("แผนการดำเนินงานประจำปี")
    assert thai.key("หน้าแรก") == "หน้าแรก"


def test_ocr_numbers_in_thai_digits_are_made_unreadable():
    from common.thai import unread_thai_numbers, years_in

    text = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (1 ตุลาคม 2566 - 30 กันยายน 2567) รวม ๓๒ รายการ"
    out = unread_thai_numbers(text)
    assert "๒" not in out and "####" in out and "2567" in out
    assert 2567 in years_in(out) and years_in(unread_thai_numbers("พ.ศ. ๒๕๖๗")) == []


def test_a_sara_am_whose_nikhahit_the_pdf_dropped_is_repaired_in_official_words():
    # Real municipal PDFs extract "ตำบล" as "ตาบล" and "ประจำปี" as "ประจาปี" (the nikhahit lost):
    # the words of official documents are repaired, words that exist without it are left alone.
    from common.thai import clean, key

    assert clean("หมู่ที่ 12 ตาบลพอกน้อย อาเภอพรรณานิคม") == "หมู่ที่ 12 ตำบลพอกน้อย อำเภอพรรณานิคม"
    assert key("แผนการดาเนินงานประจาปีงบประมาณ") == key("แผนการดำเนินงานประจำปีงบประมาณ")
    assert clean("ประจานความผิด ทาสีใหม่ ทาให้ทั่ว") == "ประจานความผิด ทาสีใหม่ ทาให้ทั่ว"


def test_full_dates_are_set_aside_from_a_row():
    from common.thai import without_full_dates
    row = without_full_dates("สถิติเรื่องร้องเรียน ประจำปี ๒๕๖๗ 15 ต.ค. 2567 | 03/10/2567 PDF")
    assert "2567" in row and "ต.ค." not in row and "03/10" not in row


def test_a_date_line_is_a_date_and_nothing_more_in_either_digits():
    from common.thai import is_date_line

    assert is_date_line("15 พ.ย. 2567") and is_date_line("๑๕ พ.ย. ๒๕๖๗") and is_date_line(" 2 ตุลาคม 2567 ")
    assert not is_date_line("ประกาศ ณ วันที่ 15 พ.ย. 2567")
    assert not is_date_line("2568") and not is_date_line("รายงานผลการดำเนินงาน ประจำปี 2567")


def test_the_agencys_name_is_healed_where_ocr_dropped_its_marks():
    name = thai.key("สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี")
    assert thai.heal_name("สำนักงานคณะกรรมการการเลือกตังประจำจังหวัดอุทัยธานี", name) == name
    assert thai.heal_name("แผน สำนักงานคณะกรรมการการเลอกตงประจำจงหวดอุทัยธานี ปี", name) == f"แผน{name}ปี"
    # another name is left as OCR read it; a short name is never guessed
    assert thai.heal_name("สำนักงานคณะกรรมการการเลือกตังประจำจังหวัดชัยนาท", name) == thai.key(
        "สำนักงานคณะกรรมการการเลือกตังประจำจังหวัดชัยนาท")
    assert thai.heal_name("อบต.นาคา", thai.key("อบต.นาค")) == thai.key("อบต.นาคา")
    assert thai.without_marks("คำสั่ง แต่งตั้ง") == "คำสง แตงตง"
    # a mark read as another ("บิง" for "บึง"), every place the name is written
    own = thai.key("องค์การบริหารส่วนตำบลบึงบัวแก้ว")
    assert thai.heal_name("องค์การบริหารส่วนตำบลบิงบัวแก้ว ถึง องค์การบริหารส่วนตำบลบงบวแกว", own) == f"{own}ถึง{own}"


def test_the_lexicons_phrases_are_restored_in_ocr_text_in_one_place():
    from checklist.signals import restore_ocr_marks

    assert restore_ocr_marks("มาตรการจัดการความเสียงการทุจริต ปี 2569") == "มาตรการจัดการความเสี่ยงการทุจริต ปี 2569"
    assert restore_ocr_marks("รายงานการประเมินความเสียงการทุจริต") == "รายงานการประเมินความเสี่ยงการทุจริต"
    assert restore_ocr_marks("ข้อความอื่น ๆ ที่ไม่ใช่วลี") == "ข้อความอื่น ๆ ที่ไม่ใช่วลี"


def test_the_year_in_a_laws_name_is_no_year_of_the_document():
    assert "2564" not in thai.without_enacted_years("ประมวลจริยธรรมข้าราชการพลเรือน พ.ศ. 2564 และข้อกำหนดจริยธรรม")
    assert "2548" not in thai.without_enacted_years("ระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนา พ.ศ. ๒๕๔๘")
    # a budget act and a plan of a year keep theirs
    assert "2568" in thai.without_enacted_years("พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568")
    assert "2568" in thai.without_enacted_years("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2568")
