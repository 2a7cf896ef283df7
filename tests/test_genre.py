"""The learned reading of a news post (checklist.genre): the stored model, its use, its reasons."""

from __future__ import annotations

import json

import pytest

from checklist import genre
from checklist.evaluate import classify_page
from checklist.load import DataError

# Invented pages in the form real municipal sites use (no page of the labelled corpus).
POWER_CUT = ("แจ้งงดจ่ายกระแสไฟฟ้า\n"
             "ด้วยการไฟฟ้าส่วนภูมิภาคอำเภอตัวอย่าง มีความจำเป็นต้องงดจ่ายกระแสไฟฟ้า เพื่อปรับปรุงระบบจำหน่าย "
             "ในวันอังคารที่ 14 มีนาคม 2566 เวลา 08.30 - 16.30 น. จึงประชาสัมพันธ์ให้ทราบโดยทั่วกัน")
STRUCTURE = ("โครงสร้างส่วนราชการ\nสำนักปลัด\nกองคลัง\nกองช่าง\nกองการศึกษา ศาสนาและวัฒนธรรม\n"
             "ผู้อำนวยการกองคลัง (นักบริหารงานการคลัง ระดับต้น)")


def test_the_stored_model_is_valid_and_was_trained_on_the_tuning_split_only():
    m = genre.load_model()
    assert m.topic == "news" and 0 < m.threshold < 1 and len(m.weights) > 100
    assert "tuning.jsonl" in m.trained_on and "locked" not in m.trained_on


def test_a_post_no_rule_names_is_news_by_the_model_with_its_words():
    # A notice the municipality relays (no by-line, no "ข่าว", no actor of its own): the rules
    # alone see no post.
    assert "news" not in classify_page("http://x.go.th/p/2", POWER_CUT, learned=False)
    got = classify_page("http://x.go.th/p/2", POWER_CUT)
    assert "news" in got
    reason = next(r for r in got["news"] if "ความน่าจะเป็น" in r)
    words = [w.strip('"') for w in reason.split("เช่น ", 1)[1].split(", ")]
    assert words and all(w in POWER_CUT for w in words)  # the page's own words, as written


def test_a_topic_page_is_no_post_and_the_rules_limits_hold_for_the_model():
    assert genre.news_probability("", STRUCTURE.split("\n")) < genre.load_model().threshold
    assert "news" not in classify_page("http://x.go.th/structure", STRUCTURE)
    # A procurement notice (one of news' exclusions) is none, whatever its wording.
    notice = ("ประกาศผู้ชนะการเสนอราคา จัดซื้อจัดจ้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5\n"
              "ตามที่องค์การบริหารส่วนตำบลตัวอย่างได้มีโครงการก่อสร้างถนน ได้ดำเนินการลงพื้นที่")
    assert "news" not in classify_page("http://x.go.th/p/9", notice)


def test_thai_digits_and_spacing_do_not_change_the_score():
    arabic = ["วันที่ 12 มกราคม 2567 เวลา 09.30 น. นายกเทศมนตรีได้เปิดงานวันเด็กแห่งชาติ"]
    thai_digits = ["วันที่ ๑๒ มกราคม ๒๕๖๗  เวลา ๐๙.๓๐ น.  นายกเทศมนตรีได้เปิดงานวันเด็กแห่งชาติ"]
    assert genre.news_probability("", arabic) == pytest.approx(genre.news_probability("", thai_digits))


def test_a_broken_model_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "genre-news.json"
    bad.write_text(json.dumps({"topic": "news", "ngram_min": 1}), encoding="utf-8")
    with pytest.raises(DataError, match="genre-news.json: not a genre model"):
        genre.load_model(bad)
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(DataError, match="genre-news.json"):
        genre.load_model(bad)


# ------------------------------------------------------------------ topic models

TUNING = genre.Path(__file__).parent / "data" / "realpages" / "tuning.jsonl"


def _tuning_page(url_part: str) -> dict:
    return next(p for p in map(json.loads, TUNING.read_text(encoding="utf-8").splitlines()) if url_part in p["url"])


def test_the_stored_topic_models_are_valid_checklist_topics_trained_without_the_locked_split():
    from checklist.models import TOPICS

    models = genre.load_topic_models()
    assert len(models) >= 10
    for m in models:
        assert m.topic in TOPICS and m.topic != "news" and 0 < m.threshold < 1 and m.weights
    stored = json.loads(genre.TOPIC_MODELS_FILE.read_text(encoding="utf-8"))
    assert "tuning.jsonl" in stored["trained_on"] and "locked" not in stored["trained_on"]


@pytest.mark.parametrize("url_part, topic", [
    ("kohsichang.go.th/services", "service_manual"),  # a building-permit guide under page-builder codes
    ("wthosp.go.th", "public_participation"),  # a hospital's participation page
])
def test_a_topic_page_the_rules_miss_is_read_by_its_topic_model_with_a_reason(url_part, topic, monkeypatch):
    p = _tuning_page(url_part)
    got = classify_page(p["url"], p["text"])
    assert topic in got
    assert any("แบบจำลอง" in r and "ความน่าจะเป็น" in r for r in got[topic])
    monkeypatch.setattr(genre, "load_topic_models", lambda: ())
    assert topic not in classify_page(p["url"], p["text"])


def test_a_page_listing_several_topics_is_none_of_them_by_its_wording():
    # An integrity page of a test site: headings and links of the code of ethics, No Gift and
    # the anti-corruption plan; the no-gift model reads its wording as No Gift.
    from checklist.match import SiteIndex, learned_topics
    from common.facts import Fact, Link

    root = "http://x.go.th/"
    lines = ["ส่งเสริมคุณธรรมและป้องกันการทุจริต", "จริยธรรม", "ประมวลจริยธรรมของพนักงานเทศบาล", "1 ก.พ. 2566",
             "No Gift Policy", "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "1 ต.ค. 2567",
             "รายงานผลการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ประจำปี 2568", "10 ต.ค. 2568",
             "การป้องกันการทุจริต", "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2567 – 2570)", "25 ต.ค. 2566"]
    links = [Link(url=root + f"u/{n}.pdf", text=t) for n, t in enumerate(lines) if "ประ" in t or "แผน" in t]
    f = Fact(kind="page", url=root + "integrity/", requested_url=root + "integrity/", status=200,
             title="ส่งเสริมคุณธรรมและป้องกันการทุจริต", headings=[], text="\n".join(lines), links=links, depth=1)
    assert genre.topic_probabilities(f.title, lines)["no_gift_policy"] >= 0.5
    assert learned_topics(SiteIndex.build([f], root), f) == {}


def test_the_merged_reading_of_all_topic_models_is_each_models_own():
    lines = ["การขออนุญาตก่อสร้างอาคาร", "เอกสารที่ต้องใช้ สำเนาบัตรประชาชน 1 ชุด", "ขั้นตอน ยื่นคำขอ ระยะเวลา ๔๕ วัน"]
    merged = genre.topic_probabilities("คู่มือสำหรับประชาชน", lines)
    for m in genre.load_topic_models():
        own = genre.probability(m, genre.features(genre.lead_text("คู่มือสำหรับประชาชน", lines), m.ngram_min, m.ngram_max))
        assert merged[m.topic] == pytest.approx(own, abs=1e-12)
