<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ดาวน์โหลดเอกสาร - โรงพยาบาลวารินทร์ธานี</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.css"></head>
<body>
<div id="topbar">กระทรวงสาธารณสุข · สำนักงานปลัดกระทรวงสาธารณสุข · เขตสุขภาพที่ 8 |
<a href="/sitemap/">แผนผังเว็บไซต์</a> | <a href="/jobs/">รับสมัครงาน</a></div>
<div id="header"><img src="/assets/img/logo-moph.png" alt="ตรากระทรวงสาธารณสุข" width="70" height="70">
<span class="name">โรงพยาบาลวารินทร์ธานี</span><br><span class="en">Warinthani Hospital · โรงพยาบาลศูนย์ ระดับ A</span></div>
<ul id="nav">
<li><a href="/">หน้าแรก</a></li>
<li><a href="/about/history/">ประวัติ</a></li>
<li><a href="/about/vision/">วิสัยทัศน์/พันธกิจ</a></li>
<li><a href="/about/structure/">โครงสร้าง</a></li>
<li><a href="/about/executives/">ผู้บริหาร</a></li>
<li><a href="/service/opd/">บริการผู้ป่วย</a></li>
<li><a href="/service/doctors/">ตารางแพทย์</a></li>
<li><a href="/news/">ข่าวสาร</a></li>
<li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
<li><a href="/download.php">ดาวน์โหลด</a></li>
<li><a href="/complaint/">ร้องเรียน</a></li>
<li><a href="/ita/">ITA</a></li>
<li><a href="/contact/">ติดต่อเรา</a></li>
</ul>
<div id="container"><div id="content">
<h1>ดาวน์โหลดเอกสาร</h1>
<p>หมวดหมู่ : <a href="/download.php?cat=1">แผนยุทธศาสตร์ / แผนปฏิบัติการ</a> | <a href="/download.php?cat=2">รายงาน / สถิติ</a> | <a href="/download.php?cat=3">คู่มือ</a> | <a href="/download.php?cat=4">งานทรัพยากรบุคคล</a> | <a href="/download.php?cat=5">คุณธรรมและความโปร่งใส</a> | <a href="/download.php?cat=6">จัดซื้อจัดจ้าง</a> | <a href="/download.php?cat=7">หนังสือเวียน / ทั่วไป</a></p><table class="dl"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด (ครั้ง)</th></tr>
<tr><td>1</td><td>สถิติผู้รับบริการ ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69)</td><td>3 เม.ย. 2569</td><td><a href="/upload/files/32812.xls"><img src="/assets/img/xls.gif" alt="xls"> ดาวน์โหลด</a> (5.5 KB)</td><td>196</td></tr>
<tr><td>2</td><td>ประกาศผู้ชนะการเสนอราคา จ้างจัดพิมพ์หนังสือรายงานประจำปี 2568</td><td>9 มี.ค. 2569</td><td><a href="/upload/files/32790.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (14.6 KB)</td><td>42</td></tr>
<tr><td>3</td><td>สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2569 (ไตรมาส 1)</td><td>11 ก.พ. 2569</td><td><a href="/upload/files/32588.xlsx"><img src="/assets/img/xlsx.gif" alt="xlsx"> ดาวน์โหลด</a> (5.1 KB)</td><td>428</td></tr>
<tr><td>4</td><td>หนังสือเชิญประชุมเวทีรับฟังความคิดเห็นภาคีเครือข่าย</td><td>27 ม.ค. 2569</td><td><a href="/upload/files/32502.docx"><img src="/assets/img/docx.gif" alt="docx"> ดาวน์โหลด</a> (36.4 KB)</td><td>726</td></tr>
<tr><td>5</td><td>รายงานประจำปี โรงพยาบาลวารินทร์ธานี</td><td>15 ม.ค. 2569</td><td><a href="/upload/files/32466.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (18.3 KB)</td><td>474</td></tr>
<tr><td>6</td><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2569</td><td>22 ธ.ค. 2568</td><td><a href="/upload/files/32337.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (15.9 KB)</td><td>471</td></tr>
<tr><td>7</td><td>การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ 2569</td><td>1 ธ.ค. 2568</td><td><a href="/upload/files/32215.docx"><img src="/assets/img/docx.gif" alt="docx"> ดาวน์โหลด</a> (36.6 KB)</td><td>517</td></tr>
<tr><td>8</td><td>รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568</td><td>1 ธ.ค. 2568</td><td><a href="/upload/files/32230.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (1.24 MB)</td><td>622</td></tr>
<tr><td>9</td><td>รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568</td><td>21 พ.ย. 2568</td><td><a href="/upload/files/32188.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (18.3 KB)</td><td>328</td></tr>
<tr><td>10</td><td>รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2568</td><td>19 พ.ย. 2568</td><td><a href="/upload/files/32176.docx"><img src="/assets/img/docx.gif" alt="docx"> ดาวน์โหลด</a> (36.5 KB)</td><td>244</td></tr>
<tr><td>11</td><td>แผนยุทธศาสตร์เขตสุขภาพที่ 8 พ.ศ. 2566-2570</td><td>18 พ.ย. 2568</td><td><a href="/upload/files/31877.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (17.7 KB)</td><td>851</td></tr>
<tr><td>12</td><td>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ 2568</td><td>14 พ.ย. 2568</td><td><a href="/upload/files/32150.docx"><img src="/assets/img/docx.gif" alt="docx"> ดาวน์โหลด</a> (36.5 KB)</td><td>62</td></tr>
<tr><td>13</td><td>แผนกลยุทธ์ด้านการบริหารและพัฒนาทรัพยากรบุคคล (HR) ปี 2569</td><td>12 พ.ย. 2568</td><td><a href="/upload/files/32119.docx"><img src="/assets/img/docx.gif" alt="docx"> ดาวน์โหลด</a> (36.5 KB)</td><td>745</td></tr>
<tr><td>14</td><td>คำสั่งแต่งตั้งคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต ปี 2569</td><td>29 ต.ค. 2568</td><td><a href="/upload/files/32090.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (15.0 KB)</td><td>542</td></tr>
<tr><td>15</td><td>แผนทางการเงิน (Planfin) และแผนการใช้จ่ายงบประมาณ ปี 2569</td><td>27 ต.ค. 2568</td><td><a href="/upload/files/32071.xlsx"><img src="/assets/img/xlsx.gif" alt="xlsx"> ดาวน์โหลด</a> (6.0 KB)</td><td>409</td></tr>
<tr><td>16</td><td>แผนปฏิบัติการ ประจำปีงบประมาณ 2569</td><td>24 ต.ค. 2568</td><td><a href="/upload/files/32054.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (18.6 KB)</td><td>290</td></tr>
<tr><td>17</td><td>รายงานการรับของขวัญและประโยชน์อื่นใด</td><td>25 เม.ย. 2568</td><td><a href="/upload/files/31602.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (16.0 KB)</td><td>726</td></tr>
<tr><td>18</td><td>การวิเคราะห์ผลการประเมิน ITA และแนวทางการพัฒนา</td><td>12 ธ.ค. 2567</td><td><a href="/upload/files/31351.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (15.9 KB)</td><td>769</td></tr>
<tr><td>19</td><td>คู่มือการรับบริการผู้ป่วยนอก (OPD)</td><td>3 ธ.ค. 2567</td><td><a href="/upload/files/31420.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (15.7 KB)</td><td>352</td></tr>
<tr><td>20</td><td>แผนปฏิบัติการป้องกันการทุจริต</td><td>6 พ.ย. 2567</td><td><a href="/upload/files/31288.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (16.0 KB)</td><td>328</td></tr>
<tr><td>21</td><td>แผนปฏิบัติการ ประจำปีงบประมาณ 2568</td><td>30 ต.ค. 2567</td><td><a href="/upload/files/31233.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (14.7 KB)</td><td>843</td></tr>
<tr><td>22</td><td>คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</td><td>22 เม.ย. 2567</td><td><a href="/upload/files/31056.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (16.8 KB)</td><td>504</td></tr>
<tr><td>23</td><td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล โรงพยาบาลวารินทร์ธานี</td><td>14 ก.พ. 2567</td><td><a href="/upload/files/30952.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (15.9 KB)</td><td>676</td></tr>
<tr><td>24</td><td>ประกาศนโยบาย No Gift Policy</td><td>5 ต.ค. 2566</td><td><a href="/upload/files/30811.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (37.9 KB)</td><td>589</td></tr>
<tr><td>25</td><td>คู่มือการปฏิบัติงาน งานพัสดุ</td><td>12 มิ.ย. 2566</td><td><a href="/upload/files/29115.doc"><img src="/assets/img/doc.gif" alt="doc"> ดาวน์โหลด</a> (9.5 KB)</td><td>417</td></tr>
<tr><td>26</td><td>ประมวลจริยธรรมข้าราชการพลเรือน และข้อกำหนดจริยธรรม สป.สธ.</td><td>20 ม.ค. 2566</td><td><a href="/upload/files/30377.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (16.9 KB)</td><td>251</td></tr>
<tr><td>27</td><td>แผนยุทธศาสตร์โรงพยาบาลวารินทร์ธานี</td><td>2 มี.ค. 2564</td><td><a href="/upload/files/30418.pdf"><img src="/assets/img/pdf.gif" alt="pdf"> ดาวน์โหลด</a> (19.5 KB)</td><td>538</td></tr></table>
</div>
<div id="sidebar">
<div class="widget"><img src="/assets/img/director.png" alt="ผู้อำนวยการ" width="120" height="150"><br>
นายแพทย์ธนากร ศรีวงศ์ชัย<br>ผู้อำนวยการโรงพยาบาลวารินทร์ธานี</div>
<div class="widget"><b>สายด่วน</b><br>เจ็บป่วยฉุกเฉิน 1669<br>ศูนย์รับเรื่องร้องเรียน 0 4251 6300 ต่อ 1101</div>
<div class="widget"><b>ลิงก์ด่วน</b><br><a href="/eservice/">นัดหมายออนไลน์</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a><br><a href="/ita/2569/">ITA 2569</a><br>
<a href="/ita/2568/">ITA 2568</a><br><a href="https://process3.gprocurement.go.th/">ระบบ e-GP</a><br>
<a href="https://www.moph.go.th/">กระทรวงสาธารณสุข</a></div>
<div class="widget">ผู้เข้าชมวันนี้ 1,284 · ทั้งหมด 2,918,455</div>
</div></div>
<div id="footer">โรงพยาบาลวารินทร์ธานี 88 ถนนสุนทรวิจิตร ตำบลในเมือง อำเภอเมืองวารินทร์ธานี จังหวัดนครพนม 48000<br>
โทรศัพท์ 0 4251 6300 โทรสาร 0 4251 6399 อีเมล saraban@warinthani-hosp.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br>
Copyright © 2563 ศูนย์เทคโนโลยีสารสนเทศ โรงพยาบาลวารินทร์ธานี</div>
</body></html>
