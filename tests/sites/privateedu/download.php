<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ดาวน์โหลดเอกสาร - สำนักงานศึกษาธิการจังหวัดนครปรางค์</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div id="top">สำนักงานศึกษาธิการจังหวัดนครปรางค์ กระทรวงศึกษาธิการ · Nakhon Prang Provincial Education Office · โทร. 0 5561 2408</div>
<div id="banner"><img src="/assets/logo.png" alt="ตรากระทรวงศึกษาธิการ" width="60" height="60">
<b>สำนักงานศึกษาธิการจังหวัดนครปรางค์</b><br><small>กลุ่มส่งเสริมการศึกษาเอกชน · ศูนย์ข้อมูลข่าวสาร</small></div>
<ul id="menu">
<li><a href="/">หน้าแรก</a></li>
<li><a href="/about/history/">เกี่ยวกับหน่วยงาน</a></li>
<li><a href="/about/structure/">โครงสร้าง</a></li>
<li><a href="/about/executives/">ผู้บริหาร</a></li>
<li><a href="/privateschool/">การศึกษาเอกชน</a></li>
<li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
<li><a href="/download.php?cat=all">ดาวน์โหลด</a></li>
<li><a href="/eservice/">E-Service</a></li>
<li><a href="/complaint/">ร้องเรียน</a></li>
<li><a href="/ita/">ITA</a></li>
<li><a href="/qa/">ถาม-ตอบ</a></li>
<li><a href="/contact/">ติดต่อเรา</a></li>
</ul>
<div id="wrap"><div id="side">
<div class="box"><img src="/assets/person.png" alt="" width="90" height="110"><br><b>ศึกษาธิการจังหวัดนครปรางค์</b><br>
นายวรพจน์ ศรีสุขวัฒนา</div>
<div class="box"><b>สำหรับโรงเรียนเอกชน</b><br><a href="/privateschool/subsidy/">เงินอุดหนุนรายบุคคล</a><br>
<a href="/privateschool/license/">ขออนุญาตจัดตั้งโรงเรียน</a><br><a href="/privateschool/welfare/">กองทุนสงเคราะห์</a><br>
<a href="/download.php?cat=manual">คู่มือประชาชน</a></div>
<div class="box"><b>ITA</b><br><a href="/ita/2569/">OIT ปีงบประมาณ ๒๕๖๙</a><br><a href="/ita/2568/">OIT ปีงบประมาณ ๒๕๖๘</a><br>
<a href="/complaint/corruption/">แจ้งเบาะแสการทุจริต</a></div>
<div class="box"><b>หน่วยงานที่เกี่ยวข้อง</b><br><a href="https://www.opec.go.th/">สำนักงานคณะกรรมการส่งเสริมการศึกษาเอกชน</a><br>
<a href="/files/30342.pdf">แผนพัฒนาการศึกษา ศธภ.17</a><br><a href="https://www.moe.go.th/">กระทรวงศึกษาธิการ</a></div>
<div class="box">ผู้เข้าชมวันนี้ ๑๒๔ · ทั้งหมด ๓๑๘,๐๒๗</div>
</div>
<div id="main">
<h1>ดาวน์โหลดเอกสาร</h1>
<p><a href="/download.php?cat=plan">แผนงาน/แผนปฏิบัติราชการ</a> · <a href="/download.php?cat=report">รายงานผลการดำเนินงาน</a> · <a href="/download.php?cat=manual">คู่มือ</a> · <a href="/download.php?cat=stats">สถิติการให้บริการ</a> · <a href="/download.php?cat=procure">จัดซื้อจัดจ้าง</a> · <a href="/download.php?cat=hr">บริหารงานบุคคล</a> · <a href="/download.php?cat=integrity">คุณธรรมและความโปร่งใส</a> · <a href="/download.php?cat=general">เอกสารทั่วไป</a></p>
<table class="list"><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th><th>ไฟล์</th><th>ดาวน์โหลด</th></tr>
<tr><td>1</td><td><a href="/files/31535.pdf" target="_blank">สขร.1 ประจำเดือนมีนาคม 2569</a></td><td>7 เม.ย. 2569</td><td>PDF 14.4 KB</td><td>49</td></tr>
<tr><td>2</td><td><a href="/files/31577.xlsx" target="_blank">สถิติการให้บริการ ต.ค.68 - มี.ค.69</a></td><td>3 เม.ย. 2569</td><td>XLSX 5.2 KB</td><td>86</td></tr>
<tr><td>3</td><td><a href="/files/31480.pdf" target="_blank">สขร.1 ประจำเดือนกุมภาพันธ์ 2569</a></td><td>6 มี.ค. 2569</td><td>PDF 14.4 KB</td><td>33</td></tr>
<tr><td>4</td><td><a href="/files/31429.pdf" target="_blank">สขร.1 ประจำเดือนมกราคม</a></td><td>6 ก.พ. 2569</td><td>PDF 14.7 KB</td><td>70</td></tr>
<tr><td>5</td><td><a href="/files/31466.pdf" target="_blank">รายงานผลการประชุมรับฟังความคิดเห็นผู้บริหารโรงเรียนเอกชน</a></td><td>30 ม.ค. 2569</td><td>PDF 15.8 KB</td><td>17</td></tr>
<tr><td>6</td><td><a href="/files/31399.docx" target="_blank">หนังสือเชิญประชุมรับฟังความคิดเห็น 22 ม.ค. 69</a></td><td>9 ม.ค. 2569</td><td>DOCX 36.2 KB</td><td>54</td></tr>
<tr><td>7</td><td><a href="/files/31382.pdf" target="_blank">สขร.1 ประจำเดือนธันวาคม 2568</a></td><td>8 ม.ค. 2569</td><td>PDF 7.7 KB</td><td>91</td></tr>
<tr><td>8</td><td><a href="/files/31342.pdf" target="_blank">ประกาศผู้ชนะการเสนอราคา จ้างพิมพ์เอกสารแผนปฏิบัติราชการ 2569</a></td><td>19 ธ.ค. 2568</td><td>PDF 15.5 KB</td><td>38</td></tr>
<tr><td>9</td><td><a href="/files/31236.xlsx" target="_blank">การประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2569</a></td><td>16 ธ.ค. 2568</td><td>XLSX 5.5 KB</td><td>75</td></tr>
<tr><td>10</td><td><a href="/files/31339.pdf" target="_blank">สขร.1 ประจำเดือนพฤศจิกายน 2568</a></td><td>5 ธ.ค. 2568</td><td>PDF 14.5 KB</td><td>22</td></tr>
<tr><td>11</td><td><a href="/files/31302.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต สป.ศธ. 2569 (เพื่อทราบ)</a></td><td>2 ธ.ค. 2568</td><td>PDF 14.6 KB</td><td>59</td></tr>
<tr><td>12</td><td><a href="/files/31251.docx" target="_blank">แผนพัฒนาบุคลากร ปีงบประมาณ 2569</a></td><td>20 พ.ย. 2568</td><td>DOCX 36.5 KB</td><td>96</td></tr>
<tr><td>13</td><td><a href="/files/31205.pdf" target="_blank">แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569</a></td><td>12 พ.ย. 2568</td><td>PDF 16.6 KB</td><td>43</td></tr>
<tr><td>14</td><td><a href="/files/31207.xls" target="_blank">แผนการใช้จ่ายงบประมาณ ปีงบประมาณ 2569</a></td><td>12 พ.ย. 2568</td><td>XLS 5.5 KB</td><td>80</td></tr>
<tr><td>15</td><td><a href="/files/31300.pdf" target="_blank">สขร.1 ประจำเดือนตุลาคม 2568</a></td><td>7 พ.ย. 2568</td><td>PDF 14.7 KB</td><td>27</td></tr>
<tr><td>16</td><td><a href="/files/31224.pdf" target="_blank">รายงานผลการดำเนินการตามแผนบริหารความเสี่ยงการทุจริต ปี 2568</a></td><td>30 ต.ค. 2568</td><td>PDF 388.2 KB</td><td>64</td></tr>
<tr><td>17</td><td><a href="/files/31178.pdf" target="_blank">รายงานผลการดำเนินงานประจำปี</a></td><td>29 ต.ค. 2568</td><td>PDF 16.3 KB</td><td>101</td></tr>
<tr><td>18</td><td><a href="/files/31215.pdf" target="_blank">แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2569</a></td><td>27 ต.ค. 2568</td><td>PDF 16.6 KB</td><td>48</td></tr>
<tr><td>19</td><td><a href="/files/31169.xls" target="_blank">รายงานสรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2568</a></td><td>22 ต.ค. 2568</td><td>XLS 5.5 KB</td><td>85</td></tr>
<tr><td>20</td><td><a href="/files/31190.pdf" target="_blank">รายงานผลการพัฒนาบุคลากร ปี 2568</a></td><td>20 ต.ค. 2568</td><td>PDF 11.9 KB</td><td>32</td></tr>
<tr><td>21</td><td><a href="/files/31187.docx" target="_blank">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ปี 2568</a></td><td>14 ต.ค. 2568</td><td>DOCX 36.5 KB</td><td>69</td></tr>
<tr><td>22</td><td><a href="/files/31183.docx" target="_blank">รายงานผลการดำเนินงานตามแผนป้องกันการทุจริต ปี 2568</a></td><td>10 ต.ค. 2568</td><td>DOCX 36.5 KB</td><td>16</td></tr>
<tr><td>23</td><td><a href="/files/30925.xlsx" target="_blank">สถิติเรื่องร้องเรียนการทุจริต</a></td><td>8 เม.ย. 2568</td><td>XLSX 5.1 KB</td><td>53</td></tr>
<tr><td>24</td><td><a href="/files/30701.docx" target="_blank">แผนพัฒนาบุคลากร ปีงบประมาณ 2568</a></td><td>14 พ.ย. 2567</td><td>DOCX 36.5 KB</td><td>90</td></tr>
<tr><td>25</td><td><a href="/files/30735.pdf" target="_blank">แผนบริหารจัดการความเสี่ยงการทุจริต 2568</a></td><td>11 พ.ย. 2567</td><td>PDF 14.4 KB</td><td>37</td></tr>
<tr><td>26</td><td><a href="/files/30688.pdf" target="_blank">รายงานผลการรับของขวัญ</a></td><td>7 ต.ค. 2567</td><td>PDF 17.3 KB</td><td>74</td></tr>
<tr><td>27</td><td><a href="/files/29911.pdf" target="_blank">คู่มือสำหรับประชาชน ขออนุญาตจัดตั้งโรงเรียนนอกระบบ</a></td><td>3 มิ.ย. 2567</td><td>PDF 18.2 KB</td><td>21</td></tr>
<tr><td>28</td><td><a href="/files/29876.doc" target="_blank">คู่มือการปฏิบัติงาน งานเงินอุดหนุนโรงเรียนเอกชน</a></td><td>15 มี.ค. 2567</td><td>DOC 9.5 KB</td><td>58</td></tr>
<tr><td>29</td><td><a href="/files/30412.pdf" target="_blank">รายงานการประเมินผลแผนพัฒนาการศึกษาจังหวัด (ครึ่งแผน)</a></td><td>22 ม.ค. 2567</td><td>PDF 15.6 KB</td><td>95</td></tr>
<tr><td>30</td><td><a href="/files/29733.pdf" target="_blank">ประมวลจริยธรรมข้าราชการพลเรือน</a></td><td>4 ธ.ค. 2566</td><td>PDF 16.2 KB</td><td>42</td></tr>
<tr><td>31</td><td><a href="/files/29644.pdf" target="_blank">คู่มือการจัดการเรื่องร้องเรียนการทุจริต</a></td><td>20 ต.ค. 2566</td><td>PDF 15.2 KB</td><td>79</td></tr>
<tr><td>32</td><td><a href="/files/29702.pdf" target="_blank">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></td><td>5 ต.ค. 2566</td><td>PDF 16.0 KB</td><td>26</td></tr>
<tr><td>33</td><td><a href="/files/29611.pdf" target="_blank">ประกาศนโยบาย No Gift Policy</a></td><td>3 ต.ค. 2566</td><td>PDF 12.2 KB</td><td>63</td></tr>
<tr><td>34</td><td><a href="/files/30114.pdf" target="_blank">แผนพัฒนาการศึกษาจังหวัดนครปรางค์</a></td><td>20 ก.ย. 2564</td><td>PDF 17.1 KB</td><td>100</td></tr></table>
</div></div>
<div id="footer">สำนักงานศึกษาธิการจังหวัดนครปรางค์ ศาลากลางจังหวัดนครปรางค์ (หลังเดิม) ชั้น 2 ถนนราชดำริ ตำบลในเมือง อำเภอเมืองนครปรางค์
จังหวัดนครปรางค์ 64190<br>โทรศัพท์ 0 5561 2408 โทรสาร 0 5561 2409 อีเมล nprang-moe@example.go.th ·
<a href="/privacy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap/">แผนผังเว็บไซต์</a><br>
Powered by SchoolCMS 3.2 · ปรับปรุงล่าสุด ๗ เม.ย. ๒๕๖๙</div>
</body></html>
