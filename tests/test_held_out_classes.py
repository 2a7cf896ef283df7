"""The classes of wrong verdicts the sixteenth session's held-out sites showed (a rice seed centre,
an older persons' centre, a sports school, a botanical garden's branch, a Thai-medicine hospital, a
sub-district that posts everything): each as a general rule on a small hand-made crawl."""

from __future__ import annotations

from checklist.ownership import another_centre, own_division, parent_body
from checklist.rules import is_placeholder
from common.thai import key
from tests.test_match import ROOT, broken, doc, first, judge, judge68, link, page

# ------------------------------------------------------------------ whose document it is


def test_a_division_of_the_body_above_is_the_line_of_command_not_an_own_division():
    own = key("ศูนย์เมล็ดพันธุ์ข้าวนาแก")
    # the centre's plan names its own name, then the division and department it belongs to
    block = ["แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ศูนย์เมล็ดพันธุ์ข้าวนาแก", "กองเมล็ดพันธุ์ข้าว กรมการข้าว"]
    assert own_division(own, block) == "" and parent_body(own, block) == ""
    # a municipality's own division is still one
    assert own_division(key("เทศบาลตำบลบ้านตัวอย่าง"), ["รายงานผลการดำเนินงาน", "กองช่าง เทศบาลตำบลบ้านตัวอย่าง"])
    assert own_division(key("เทศบาลตำบลบ้านตัวอย่าง"), ["รายงานผลการดำเนินงาน", "กองช่าง"]) == "กองช่าง"
    # ... and a department's division on the department's own site
    assert own_division(key("กรมการข้าว"), ["แผนปฏิบัติการ", "กองคลัง กรมการข้าว"]) == "กองคลัง กรมการข้าว"


def test_a_document_of_a_division_of_the_body_above_is_the_body_aboves():
    own = key("ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านเขาพนมทอง")
    block = ["แผนการบริหารและพัฒนาทรัพยากรบุคคล กรมกิจการผู้สูงอายุ", "ประจำปีงบประมาณ พ.ศ. 2568",
             "กองบริหารทรัพยากรบุคคล กรมกิจการผู้สูงอายุ"]
    assert parent_body(own, block) == "กองบริหารทรัพยากรบุคคล กรมกิจการผู้สูงอายุ"


def test_a_sister_centres_name_alone_on_a_line_is_another_unit():
    own = key("ศูนย์เมล็ดพันธุ์ข้าวนาแก")
    assert another_centre(own, ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568", "ศูนย์วิจัยข้าวท่าอุเทน"])
    assert not another_centre(own, ["แผนปฏิบัติการป้องกันการทุจริต", "ศูนย์เมล็ดพันธุ์ข้าวนาแก"])
    assert not another_centre(own, ["แผนปฏิบัติการป้องกันการทุจริต", "ศูนย์ฯ นาแก"])  # its own short name
    # a provincial office's site: a centre line there is not compared so
    assert not another_centre(key("สำนักงานจังหวัดตัวอย่าง"), ["ศูนย์ดำรงธรรมตัวอย่าง"])


def test_an_other_centres_plan_and_the_division_above_decide_the_item_on_a_centres_site():
    home = page("", "ศูนย์เมล็ดพันธุ์ข้าวนาแก", "ศูนย์เมล็ดพันธุ์ข้าวนาแก", depth=0, links=[
        link("d/3.pdf", "แผนปฏิบัติการ ปี 2568"), link("d/33.pdf", "แผนป้องกันการทุจริต ศวข.ท่าอุเทน")])
    plan = doc("d/3.pdf", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ศูนย์เมล็ดพันธุ์ข้าวนาแก\n"
               "กองเมล็ดพันธุ์ข้าว กรมการข้าว\nระยะเวลา ๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘\n"
               "ที่ โครงการ/กิจกรรม เป้าหมาย งบประมาณ (บาท)\n๑ ผลิตเมล็ดพันธุ์ข้าว ๑,๔๕๐ ตัน ๙,๘๗๐,๐๐๐",
               "แผนปฏิบัติการ ปี 2568")
    sisters = doc("d/33.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nศูนย์วิจัยข้าวท่าอุเทน\n"
                  "โครงการ งบประมาณ ระยะเวลา\nอบรมคุณธรรมนักวิจัย 20,000 ม.ค. 2568",
                  "แผนป้องกันการทุจริต ศวข.ท่าอุเทน")
    o6 = judge68([home, plan, sisters], "O6")
    assert not any("แผนปฏิบัติการ" in p and "ไม่พบ" in p for p in o6.problems), o6.problems  # the plan part is there
    o25 = judge68([home, plan, sisters], "O25")
    assert o25.status == "missing", o25


# ------------------------------------------------------------------ what a document is


def test_a_schedule_of_activities_with_one_still_in_progress_is_no_placeholder():
    table = ("แผนและผลการขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. 2569\nโรงพยาบาลตัวอย่าง\n"
             "กิจกรรม ช่วงเวลา ผล (ณ 31 มีนาคม 2569)\nประกาศเจตนารมณ์สุจริต พ.ย. 2568 ดำเนินการแล้ว 64 คน\n"
             "คัดเลือกบุคลากรต้นแบบด้านจริยธรรม ธ.ค. 2568 ได้ 3 คน\nอบรมประมวลจริยธรรม ก.พ. 2569 ผู้เข้าร่วม 58 คน\n"
             "ทบทวนผลการขับเคลื่อน ก.ย. 2569 อยู่ระหว่างดำเนินการ")
    assert not is_placeholder(table)
    # a title, a date and "in progress" is still one
    assert is_placeholder("แผนและผลการขับเคลื่อนจริยธรรม ประจำปี 2569\nข้อมูล ณ มีนาคม 2569\nอยู่ระหว่างดำเนินการ")


def test_a_notice_hiring_a_printer_for_the_plan_is_not_the_plan():
    notice = page("news/41.html", "ประกาศจ้างจัดพิมพ์แผนพัฒนาการศึกษา (พ.ศ. 2569 - 2573)",
                  "ประกาศจ้างจัดพิมพ์แผนพัฒนาการศึกษา (พ.ศ. 2569 - 2573)\nงานพัสดุ | 19 กุมภาพันธ์ 2569\n"
                  "โรงเรียนกีฬาตัวอย่าง มีความประสงค์จะจ้างจัดพิมพ์แผนพัฒนาการศึกษา จำนวน 50 เล่ม")
    old = doc("d/3.pdf", "แผนพัฒนาการศึกษา โรงเรียนกีฬาตัวอย่าง\nพ.ศ. ๒๕๖๔ - ๒๕๖๘\nวิสัยทัศน์ ...", "แผนพัฒนาการศึกษา")
    home = page("", "โรงเรียนกีฬาตัวอย่าง", "โรงเรียนกีฬาตัวอย่าง", depth=0, links=[
        link("news/41.html", "ประกาศจ้างจัดพิมพ์แผนพัฒนาการศึกษา"), link("d/3.pdf", "แผนพัฒนาการศึกษา")])
    result = judge([home, notice, old], "O5")
    assert result.status == "outdated" and first(result) == "/d/3.pdf", result


def test_a_state_enterprises_plan_is_its_strategic_plan():
    plan = doc("d/3.pdf", "แผนวิสาหกิจองค์การตัวอย่าง\nพ.ศ. ๒๕๖๖ - ๒๕๗๐\n(ฉบับทบทวน พ.ศ. ๒๕๖๘)\nวิสัยทัศน์\n"
               "ยุทธศาสตร์ที่ ๑ อนุรักษ์และวิจัย", "ดาวน์โหลดไฟล์ PDF")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("d/3.pdf", "ดาวน์โหลดไฟล์ PDF")])
    result = judge([home, plan], "O5")
    assert result.status == "found" and first(result) == "/d/3.pdf", result


EVALUATION_68 = ("รายงานการติดตามและประเมินผลแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568\nโรงเรียนกีฬาตัวอย่าง\n"
                 "ผลการประเมินโครงการตามแผนปฏิบัติการประจำปี 2568 จำนวน 21 โครงการ บรรลุเป้าหมาย 18 โครงการ")
REPORT_67 = ("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567\n(1 ตุลาคม 2566 - 30 กันยายน 2567)\n"
             "โรงเรียนกีฬาตัวอย่าง\nผลการดำเนินงานตามแผนปฏิบัติการ\nโครงการ งบประมาณ เบิกจ่าย ผล")


def test_a_plans_evaluation_beside_the_agencys_own_annual_report_is_not_the_report():
    home = page("", "โรงเรียนกีฬาตัวอย่าง", "โรงเรียนกีฬาตัวอย่าง", depth=0, links=[
        link("d/7.pdf", "รายงานผลการดำเนินงานประจำปี"), link("d/44.pdf", "ประเมินผลแผนปฏิบัติการ")])
    facts = [home, doc("d/7.pdf", REPORT_67, "รายงานผลการดำเนินงานประจำปี"),
             doc("d/44.pdf", EVALUATION_68, "ประเมินผลแผนปฏิบัติการ")]
    result = judge(facts, "O7")
    assert result.status == "outdated" and first(result) == "/d/7.pdf", result
    # where the agency makes no report of its own name (a local government), the evaluation is it
    alone = judge([home, facts[2]], "O7")
    assert alone.status == "found" and first(alone) == "/d/44.pdf", alone


# ------------------------------------------------------------------ pages around the files


def test_a_draft_beside_a_dead_link_to_the_approved_plan_is_missing_with_the_link_to_fix():
    post = page("article/86.html", "แผนปฏิบัติการป้องกันการทุจริต",
                "แผนปฏิบัติการป้องกันการทุจริต\nปรับปรุงล่าสุด 2 ธ.ค. 2567\nไฟล์แนบ\n"
                "แผนปฏิบัติการป้องกันการทุจริต ปี 2568 (ฉบับอนุมัติ)\n104 KB\n"
                "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต ปี 2568 รับฟังความคิดเห็น\n31 KB",
                links=[link("download/8", "แผนปฏิบัติการป้องกันการทุจริต ปี 2568 (ฉบับอนุมัติ)"),
                       link("download/25", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต ปี 2568 รับฟังความคิดเห็น")])
    draft = doc("download/25", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\n"
                "ศูนย์ตัวอย่าง\nโครงการ งบประมาณ\nอบรมคุณธรรม 20,000", "(ร่าง) แผนปฏิบัติการป้องกันการทุจริต")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("article/86.html", "แผนปฏิบัติการป้องกันการทุจริต")])
    result = judge68([home, post, broken("download/8"), draft], "O25")
    assert result.status == "missing", result
    assert [b.url for b in result.broken_links] == [ROOT + "download/8"], result.broken_links
    assert any("ฉบับร่าง" in p for p in result.problems), result.problems


def test_a_year_selector_is_not_the_years_document():
    selector = page("risk.html", "การประเมินความเสี่ยงการทุจริต",
                    "การประเมินความเสี่ยงการทุจริต\nเอกสารจัดเก็บตามปีงบประมาณ:\nปี 2568\n|\nปี 2567\n|\nปี 2566",
                    links=[link("risk/2568.html", "ปี 2568"), link("risk/2567.html", "ปี 2567"),
                           link("risk/2566.html", "ปี 2566")])
    y68 = page("risk/2568.html", "เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2568",
               "เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2568\nหนังสือเชิญประชุมคณะทำงาน (21 ม.ค. 2568)",
               links=[link("d/56.pdf", "หนังสือเชิญประชุมคณะทำงานประเมินความเสี่ยง")])
    y67 = page("risk/2567.html", "เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2567",
               "เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2567\nรายงานการประเมินความเสี่ยงการทุจริต 2567",
               links=[link("d/20.pdf", "รายงานการประเมินความเสี่ยงการทุจริต 2567")])
    y66 = page("risk/2566.html", "เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2566",
               "เอกสารการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2566")
    invitation = doc("d/56.pdf", "บันทึกข้อความ\nเรื่อง ขอเชิญประชุมคณะทำงานประเมินความเสี่ยงการทุจริต ประจำปี 2568\n"
                     "เรียน คณะทำงาน", "หนังสือเชิญประชุมคณะทำงานประเมินความเสี่ยง")
    report = doc("d/20.pdf", "รายงานการประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2567\nศูนย์ตัวอย่าง\n"
                 "ความเสี่ยง: การรับสินบนในการจำหน่ายเมล็ดพันธุ์ มาตรการ: ตรวจสอบสองชั้น",
                 "รายงานการประเมินความเสี่ยงการทุจริต 2567")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("risk.html", "การประเมินความเสี่ยงการทุจริต")])
    result = judge68([home, selector, y68, y67, y66, invitation, report], "O23")
    assert result.status == "outdated", result
    assert first(result) in ("/d/20.pdf", "/risk/2567.html"), result  # the newest older version first


# ------------------------------------------------------------------ the second eight


CODE_2562 = ("มาตรฐานทางจริยธรรม ประมวลจริยธรรมข้าราชการกรมตัวอย่าง\nประกาศ ณ วันที่ 1 มีนาคม 2562\n"
             "ข้อ 1 ยึดมั่นในสถาบันหลักของประเทศ ข้อ 2 ซื่อสัตย์สุจริต ข้อ 3 กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้อง")


def _ethics_site(training_title: str, training_day: str) -> list:
    post = page("news/111.html", training_title,
                f"{training_title}\nเผยแพร่เมื่อ {training_day}\nบุคลากร 29 คน ร่วมอบรมประมวลจริยธรรม"
                " และกรณีศึกษาผลประโยชน์ทับซ้อน\nไฟล์แนบ\nประมวลจริยธรรม",
                links=[link("d/22.pdf", "ประมวลจริยธรรม")])
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[
        link("d/22.pdf", "ประมวลจริยธรรม"), link("news/111.html", training_title)])
    return [home, post, doc("d/22.pdf", CODE_2562, "ประมวลจริยธรรม")]


def test_a_standing_code_of_ethics_and_this_years_training_post_that_attaches_it_are_found():
    # the code stands whatever year it was announced; its driving is this year's training post,
    # which is the activity even though the file it attaches is the code
    result = judge(_ethics_site("อบรมเสริมสร้างจริยธรรมและวัฒนธรรมสุจริต ประจำปี 2569", "20 ธันวาคม 2568"), "O15")
    assert result.status == "found", result
    # last year's training leaves the driving part, and so the item, outdated
    old = judge(_ethics_site("อบรมเสริมสร้างจริยธรรม ประจำปี 2568", "20 ธันวาคม 2567"), "O15")
    assert old.status == "outdated", old


def test_a_military_units_commanders_page_is_its_executives():
    commanders = page("index.php.q/id=3", "ผู้บังคับบัญชา - ฐานทัพเรือตัวอย่าง",
                      "ผู้บังคับบัญชา\nพลเรือตรี ปรีชา ทองนาวา\nผู้บัญชาการฐานทัพเรือ\nโทร 0 3899 4102\n"
                      "นาวาเอก สุรพล คลื่นทอง\nรองผู้บัญชาการฐานทัพเรือ\nโทร 0 3899 4103",
                      headings=["ผู้บังคับบัญชา"], images=3)
    home = page("", "ฐานทัพเรือตัวอย่าง", "ฐานทัพเรือตัวอย่าง", depth=0,
                links=[link("index.php.q/id=3", "ผู้บังคับบัญชา", nav=True)])
    assert judge([home, commanders], "O2").status == "found"


def test_statistics_of_service_complaints_are_not_of_corruption_complaints():
    stats = doc("d/29.xlsx", "# Sheet1\nสถิติข้อร้องเรียนการให้บริการผู้เข้าชม ปีงบประมาณ 2569 (ต.ค. 2568 - มี.ค. 2569)\n"
                "เดือน\tที่จอดรถ\tห้องน้ำ\tการนำชม\tดำเนินการแล้ว\nต.ค. 2568\t2\t1\t0\t3\nพ.ย. 2568\t1\t0\t1\t2",
                "สถิติข้อร้องเรียนการให้บริการ ปี 2569")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("d/29.xlsx", "สถิติข้อร้องเรียนการให้บริการ ปี 2569")])
    assert judge([home, stats], "O18").status == "missing"


def test_the_summary_of_a_hearing_forum_is_participation():
    summary = doc("d/60.pdf", "สรุปผลการจัดเวทีรับฟังความคิดเห็นลูกค้าและชุมชน\nโครงการร่วมใจพัฒนาชุมชน ปี 2569\n"
                  "วันที่ 17 - 19 กุมภาพันธ์ 2569 ณ อำเภอชุมแพ รวม 286 คน\nข้อเสนอจากชุมชน\n1. ขยายจุดบริการ\n"
                  "การนำไปดำเนินการ\nเปิดหน่วยบริการเคลื่อนที่เดือนละ 2 ครั้ง", "summary_forum_feb69.pdf")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("d/60.pdf", "summary_forum_feb69.pdf")])
    result = judge([home, summary], "O19")
    assert result.status == "found" and first(result) == "/d/60.pdf", result


def test_a_regions_sibling_under_another_number_is_another_unit():
    from checklist.ownership import another_number, own_name

    own = own_name("หน้าแรก - ธนาคารออมสินภาค 21")
    assert another_number(own, key("ประกาศธนาคารออมสินภาค 20"))
    assert not another_number(own, key("ประกาศธนาคารออมสินภาค 21"))


def test_a_year_selectors_links_are_not_the_pages_own_years():
    # the 2567 view of a plan list: its selector links 2569 and 2568, its own row is 2567
    view = page("plans.q/year=2567", "แผนปฏิบัติการป้องกันการทุจริต",
                "แผนปฏิบัติการป้องกันการทุจริต\n2569\n|\n2568\n|\n2567\nแผนปฏิบัติการป้องกันการทุจริต 2567 (เว็บไซต์เดิม)\n"
                "ผู้อำนวยการภาค\nนายธีรวัฒน์ แสงอรุณรัตน์\nลิงก์ที่น่าสนใจ\nสำนักงานใหญ่\nแจ้งเรื่องร้องเรียนการทุจริต\n"
                "สาขาในสังกัด\nเว็บไซต์เดิม (ก่อน พ.ย. 2568)",
                links=[link("plans.q/year=2569", "2569"), link("plans.q/year=2568", "2568"),
                       link("plans.q/year=2567", "2567"),
                       link("old/1290.html", "แผนปฏิบัติการป้องกันการทุจริต 2567 (เว็บไซต์เดิม)")])
    empty = page("plans.q/year=2569", "แผนปฏิบัติการป้องกันการทุจริต", "แผนปฏิบัติการป้องกันการทุจริต\nไม่พบรายการในปีที่เลือก")
    y68 = page("plans.q/year=2568", "แผนปฏิบัติการป้องกันการทุจริต", "แผนปฏิบัติการป้องกันการทุจริต\n"
               "แผนปฏิบัติการป้องกันการทุจริต 2568", links=[link("d/70.pdf", "แผนปฏิบัติการป้องกันการทุจริต 2568")])
    plan = doc("d/70.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568\nธนาคารตัวอย่าง\nโครงการ งบประมาณ",
               "แผนปฏิบัติการป้องกันการทุจริต 2568")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("plans.q/year=2567", "แผนปฏิบัติการป้องกันการทุจริต")])
    result = judge([home, view, empty, y68, plan], "O23")
    assert result.status == "outdated", result


# ------------------------------------------------------------------ the last eight


def test_a_sister_branch_named_at_the_end_of_a_line_is_another_unit():
    from checklist.ownership import another_place, own_name

    nt = own_name("หน้าแรก - NT สาขาบ้านดงเค็ง")
    assert another_place(nt, ["ประกาศ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) สาขาสว่างแดนดิน", "เรื่อง นโยบายไม่รับของขวัญ"])
    assert not another_place(nt, ["ประกาศ บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) สาขาบ้านดงเค็ง"])
    nha = own_name("หน้าแรก - การเคหะแห่งชาติ สาขาหนองบัวขาว")
    assert another_place(nha, ["สถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. 2569",
                               "การเคหะแห่งชาติ สำนักงานภาคตะวันออกเฉียงเหนือ 1 สาขาดงมะไฟ"])
    # a sentence of the branch's own report names no other branch
    assert not another_place(nha, ["รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. 2568",
                                   "สาขาดำเนินการตามมาตรการครบ 5 มาตรการ ตามแผนที่กำหนด"])
    assert not another_place(nha, ["หลักสูตร สาขาวิชาการจัดการ"])


def test_a_sister_unit_of_the_same_department_named_before_it_is_another_unit():
    own = key("หอสมุดแห่งชาติ สาขาเขาสมอแคลง")
    line = "พิพิธภัณฑสถานแห่งชาติ พระนครศรีเมือง สำนักพิพิธภัณฑสถานแห่งชาติ กรมศิลปากร"
    assert another_centre(own, ["รายงานประจำปี 2568", line])
    assert not another_centre(own, ["รายงานประจำปี 2568", "หอสมุดแห่งชาติ เขาสมอแคลง กรมศิลปากร"])


def test_a_page_saying_the_plan_awaits_approval_is_no_plan():
    waiting = page("plan-2569.html", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569",
                   "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569\nแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569"
                   " อยู่ระหว่างการขออนุมัติจากกรม จะเผยแพร่เมื่อได้รับอนุมัติ\nระหว่างนี้ดูแผนฉบับปีที่ผ่านมาได้ที่\n"
                   "แผนปฏิบัติราชการ (ฉบับล่าสุด)", links=[link("d/21.pdf", "แผนปฏิบัติราชการ (ฉบับล่าสุด)")])
    last = doc("d/21.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานตัวอย่าง\nโครงการ งบประมาณ ไตรมาส",
               "แผนปฏิบัติราชการ (ฉบับล่าสุด)")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("plan-2569.html", "แผนปฏิบัติราชการ ปี 2569")])
    result = judge([home, waiting, last], "O6")
    assert result.status == "outdated", result


def test_a_numbered_section_labelled_with_a_colon_is_the_budget_part():
    report = doc("d/7730.pdf", "รายงานผลการดำเนินงานประจำปี 2567\nบริษัท ตัวอย่าง จำกัด สาขาบ้านตัวอย่าง\n"
                 "ปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567)\n"
                 "ส่วนที่ 1 ผลการดำเนินงานตามแผนปฏิบัติการ: ดำเนินการแล้วเสร็จ 9 โครงการ จาก 10\nโครงการ\n"
                 "ส่วนที่ 2 รายงานผลการใช้จ่ายงบประมาณ: งบประมาณ 3,150,000 บาท เบิกจ่าย 3,012,450\n"
                 "บาท (ร้อยละ 95.63)\nส่วนที่ 3 ปัญหาอุปสรรค: การลักตัดสายเคเบิล; ข้อเสนอแนะ: ประสานฝ่ายปกครอง",
                 "ดาวน์โหลดไฟล์ PDF")
    home = page("", "หน้าแรก", "หน้าแรก", depth=0, links=[link("d/7730.pdf", "รายงานผลการดำเนินงานประจำปี")])
    result = judge68([home, report], "O7")
    assert result.status == "found", result


def test_a_year_view_with_no_documents_yet_is_no_evidence():
    # (found after the last eight's measurement: a year view saying "ยังไม่มีเอกสารในหมวดนี้")
    view = page("plans.q/year=2569", "แผนป้องกันการทุจริต",
                "แผนป้องกันการทุจริต\nเลือกปีงบประมาณ:\nปี ๒๕๖๙\n|\nปี ๒๕๖๘\nยังไม่มีเอกสารในหมวดนี้",
                links=[link("plans.q/year=2569", "ปี ๒๕๖๙"), link("plans.q/year=2568", "ปี ๒๕๖๘")])
    y68 = page("plans.q/year=2568", "แผนป้องกันการทุจริต", "แผนป้องกันการทุจริต\nแผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568",
               links=[link("d/73.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568")])
    plan = doc("d/73.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nสถานีวิทยุตัวอย่าง\nโครงการ งบประมาณ",
               "แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568")
    home = page("", "สถานีวิทยุตัวอย่าง", "สถานีวิทยุตัวอย่าง", depth=0,
                links=[link("plans.q/year=2569", "แผนป้องกันการทุจริต")])
    result = judge([home, view, y68, plan], "O23")
    assert result.status == "outdated" and first(result) == "/d/73.pdf", result
