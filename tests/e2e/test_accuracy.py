"""How often the verdicts are right: whole audits of the test sites against their truth
files, and the page classifier against real labelled pages (../shared/reference/dev_pages.jsonl).

Thresholds of issue 4. The sites are audited once for the module (two at a time).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.site_eval import evaluate_sites, read_truth
from checklist.evaluate import measure, read_pages
from crawler.serve import SAMPLE_SITE
from tests.conftest import ROOT, SITES

TEST_SITES = [SAMPLE_SITE, SITES / "oldcms", SITES / "wordpress", SITES / "itapath", SITES / "heldout",
              SITES / "smalltambon", SITES / "citymuni", SITES / "paoprov", SITES / "schoolsite",
              SITES / "tambonjoomla", SITES / "provoffice", SITES / "hospital", SITES / "nakhon",
              SITES / "landoffice", SITES / "saotemplate", SITES / "yeartabs", SITES / "university",
              SITES / "rollover", SITES / "police", SITES / "provhealth", SITES / "saoxlsx",
              SITES / "oldyear", SITES / "dlcenter", SITES / "esao", SITES / "postsao",
              SITES / "threeyears", SITES / "stateent", SITES / "fyedges", SITES / "deptsite",
              SITES / "scansao", SITES / "sparsesao", SITES / "paohealth", SITES / "regionoffice",
              SITES / "cityjoomla", SITES / "genhospital", SITES / "munitabs", SITES / "cdoffice",
              SITES / "court", SITES / "staleyear", SITES / "district", SITES / "envoffice",
              SITES / "disaster", SITES / "procmonths", SITES / "agrioffice", SITES / "rphospital",
              SITES / "wpmuni", SITES / "tambonplain", SITES / "irrigation", SITES / "revenue",
              SITES / "citydepts", SITES / "ssodistrict", SITES / "saodrive", SITES / "lateupdate",
              SITES / "eduarea", SITES / "tambonhealth", SITES / "labouroffice", SITES / "citynakhon",
              SITES / "saohills", SITES / "cityplan", SITES / "prison", SITES / "communityhosp",
              SITES / "saoyears", SITES / "vocational", SITES / "provculture", SITES / "saoexcel",
              SITES / "tambonsouth", SITES / "treasury", SITES / "socdev", SITES / "tourism",
              SITES / "saostale", SITES / "publicworks", SITES / "socialsec", SITES / "livestock",
              SITES / "tambondrupal", SITES / "commerce", SITES / "energy", SITES / "probation",
              SITES / "statsoffice", SITES / "ruralroads", SITES / "tambonscan", SITES / "muangtemplate",
              SITES / "paoeast", SITES / "saoaccordion", SITES / "enforcement", SITES / "transport",
              SITES / "privateedu", SITES / "newtambon", SITES / "districtagri", SITES / "regionhosp",
              SITES / "cityelementor", SITES / "tambonvillage", SITES / "saonorth", SITES / "muangriver",
              SITES / "saolarge", SITES / "fisheries", SITES / "secondary", SITES / "industry",
              SITES / "publicorg", SITES / "saoisan", SITES / "tambonsea", SITES / "muangeast",
              SITES / "paowest", SITES / "cooperative", SITES / "buddhism", SITES / "rmutcampus",
              SITES / "healthcentre", SITES / "saosouth", SITES / "tambonhill", SITES / "nakhonriver",
              SITES / "saofarm", SITES / "revenueprov", SITES / "districtoffice", SITES / "waterworks",
              SITES / "kidhosp", SITES / "saowest", SITES / "tambonriver", SITES / "muangnorth",
              SITES / "paosouth", SITES / "landdev", SITES / "prisonregion", SITES / "vocational2",
              SITES / "courtadmin", SITES / "tambonlake", SITES / "saomountain", SITES / "muangsouth",
              SITES / "saocoast", SITES / "nakhonsouth", SITES / "highways", SITES / "parkoffice",
              SITES / "tambonmarket", SITES / "saoplateau", SITES / "tambonfarm", SITES / "muangwest",
              SITES / "paonorth", SITES / "diseasecontrol", SITES / "harbour", SITES / "employment",
              SITES / "saoriverside", SITES / "saodelta", SITES / "tambonborder", SITES / "muangcentral",
              SITES / "nakhonnorth", SITES / "paocentral", SITES / "provjustice", SITES / "landreform",
              SITES / "learnoffice", SITES / "saohighland", SITES / "tambonsuburb", SITES / "muangnortheast",
              SITES / "saoisland", SITES / "provhealth2", SITES / "cropresearch", SITES / "provinterior",
              SITES / "tambonvalley", SITES / "tambonwetland", SITES / "paokhon", SITES / "hospregion3",
              SITES / "districthealth", SITES / "exciseoffice", SITES / "finearts", SITES / "saoplatform",
              SITES / "meteo", SITES / "pdfindex", SITES / "localadmin", SITES / "commcollege",
              SITES / "saomigrated", SITES / "generalhosp", SITES / "muangdla", SITES / "provpr",
              SITES / "saoeplan", SITES / "saowestern", SITES / "tambonport", SITES / "provcomm",
              SITES / "rajabhat", SITES / "prosecutor", SITES / "airport", SITES / "nursecollege",
              SITES / "bkkdistrict", SITES / "ectprov", SITES / "rubberbranch", SITES / "coopaudit",
              SITES / "specialedu", SITES / "psychhosp", SITES / "groundwater", SITES / "sportscampus",
              SITES / "airwing", SITES / "customs", SITES / "zoo", SITES / "tambonthemed", SITES / "juvenile",
              SITES / "immigration", SITES / "medsci", SITES / "saomoved", SITES / "muniviewer",
              SITES / "hospmoit", SITES / "paowpdm", SITES / "sasajmoit", SITES / "citydrupal",
              SITES / "forestoffice", SITES / "tambonita2", SITES / "auditregion", SITES / "armycircle",
              SITES / "peabranch", SITES / "skilldev", SITES / "nakhonslug", SITES / "saobuilder",
              SITES / "egatdam", SITES / "marineresearch", SITES / "railwaydistrict", SITES / "samutsao",
              SITES / "nakhonmoit", SITES / "pcu", SITES / "tatoffice", SITES / "recruitoffice",
              SITES / "provpolice", SITES / "kindergarten", SITES / "wildlife", SITES / "sportsauth",
              SITES / "seaport", SITES / "citydivisions", SITES / "bmahealth", SITES / "baacbranch",
              SITES / "narcotics", SITES / "childhome", SITES / "eldercentre", SITES / "thaimedhosp",
              SITES / "botanic", SITES / "socialfirst", SITES / "riceseed", SITES / "sportschool",
              SITES / "rehabcentre", SITES / "navybase", SITES / "unihosp", SITES / "georesources",
              SITES / "framesite", SITES / "specialcity", SITES / "museum", SITES / "gsbbranch",
              SITES / "waterregion", SITES / "housingbranch", SITES / "onepagesao", SITES / "bpp",
              SITES / "busdepot", SITES / "telecombranch", SITES / "library", SITES / "imagemapita",
              SITES / "quarantine", SITES / "postbranch", SITES / "radiostation", SITES / "munihosp",
              SITES / "dsiregion", SITES / "dirlisting", SITES / "vetstation", SITES / "teachcollege"]
# Verdicts that differ from their truth file today, each named: fixing one fails the test as
# surely as breaking another does (then this list, or the truth in its own commit, changes).
# paoprov was held out, measured once on 2026-12-03 before any fix (presence P 0.91 R 1.00, first
# evidence 1.00, outdated 0.33, review 8 %, status 0.81); general fixes then made all 26 right.
# schoolsite was held out, measured once on 2026-12-03 after those fixes (presence P 0.95 R 0.95,
# first evidence 1.00, outdated 1.00, review 4 %, status 0.88: these three wrong):
KNOWN_WRONG: list[str] = [
    # the on-site file is empty; the row's Google Drive copy, which the tool cannot open, is taken
    # for the report by what its row says; its builder asks a person to open it
    "schoolsite O14: want review got found",
    # the statistics are a picture only (JPG): the tool reads no year in it and asks a person
    "schoolsite O18: want found got review",
    # a routine parents' meeting linked as participation: its builder doubts it, the tool takes it
    "schoolsite O19: want review got found",
    # the school's No Gift announcement of 2569 is a picture; its section on the integrity page
    # names no year, so the only dated thing is the FY2568 gift report (it was found before by the
    # years of the page's other sections)
    "schoolsite O20: want found got outdated",
    # tambonjoomla was held out, measured once on 2026-12-03 after the day's fixes (presence P 0.95
    # R 0.95, first evidence 0.95, outdated 0.00 of 2, review 12 %, status 0.88); general fixes
    # since made O21 right (a category page listing several items' articles is none of them) and
    # O7 (a link kept in every place it sits, not only where it first appears)
    # a statistics article titled 2568 whose table heading says 2567: the tool reads the title
    "tambonjoomla O19: want review got found",
    # provoffice (a provincial office, ITA 2568) and hospital (a community hospital, ITA 2569) were
    # held out, measured once on 2026-12-03 before any fix: provoffice presence P 0.95 R 0.90,
    # first evidence 0.78, outdated 0.00 of 3, review 15 %, status 0.73; hospital P 0.95 R 1.00,
    # first evidence 1.00, outdated 1.00, review 8 %, status 0.96. General fixes (ITA sub-pages,
    # a link kept in every place, another kind of agency's files, the item's own word that a
    # report is being made, the day an activity was held, one report of both parts) left one,
    # provoffice O19 (the FY2568 statistics of ศูนย์ดำรงธรรมจังหวัด's general grievances taken for
    # the item), made right in the fifth session: a regional, provincial or district centre's
    # report is another unit's
    # nakhon (a เทศบาลนคร, ITA 2568) and landoffice (a provincial land office, ITA 2569) were held
    # out, measured once on 2026-12-03 after the fixes above and before any fix of their own:
    # nakhon presence P 0.91 R 1.00, first evidence 1.00, outdated 1.00 (3 of 3), review 4 %,
    # status 0.92 (O11, O23); landoffice P 0.91 R 1.00, first evidence 1.00, outdated 0.25 (1 of
    # 4), review 4 %, status 0.81 (O5, O7, O20 read for the years of other sections of a page of
    # several items; O24, O25). General fixes (a page of several sections is read for the item's
    # section, a line saying a report is still being compiled gives no year, a draft is not the
    # approved plan or report, a file of the site's kind of agency in another place) made O5, O7,
    # O20, O24 and nakhon O23 right, and cost one:
    # schoolsite O20, above
    # the only service statistics are two health centres' own: its builder asks a person whether
    # they stand for the municipality's; the tool takes them
    "nakhon O11: want review got found",
    # saotemplate (an อบต. on a rented PHP CMS with query-string addresses, ITA 2569) was held out,
    # measured once on 2026-12-03 after all the fixes above: presence P 0.95 R 1.00, first
    # evidence 0.85, outdated 0.00 (0 of 6), review 8 %, status 0.73. Its ITA rows are CMS
    # articles with a by-line, a category and an attachments box with download counts, which read
    # as text of their own (and "วันที่" was never read as a by-line: a mark ends it, no word
    # boundary), so each article took the year of its by-line; fixed, with statistics whose title
    # names last year over this year's months (review). The ITA row's articles (O3, O4), pages of
    # one item holding little but their links, are passed through to the pages they link since the
    # fourteenth session; (O6, the FY2568 operating plan beside the FY2569 budget ordinance, was
    # made right in the sixth session)
    # yeartabs (a เทศบาลเมือง on WordPress keeping ITA 2566-2568 side by side, ITA 2568),
    # university (a Rajabhat university with faculty and office sub-sites, ITA 2568) and rollover
    # (a เทศบาลตำบล whose ITA 2569 page is last year's partly updated) were held out, measured once
    # on 2026-12-03 (fourth session) after the news-post fixes and before any fix of their own:
    # yeartabs presence P 1.00 R 0.95, first evidence 0.95, outdated 0.83 (5 of 6), review 12 %,
    # status 0.92; university P 0.95 R 0.95, first evidence 0.81, outdated 0.33 (1 of 3), review
    # 8 %, status 0.85; rollover P 0.91 R 1.00, first evidence 1.00, outdated 0.90 (9 of 10),
    # review 4 %, status 0.88. General fixes (a scan's year read from ASCII digits, an article's
    # own <header> read as content, a faculty's or institute's documents and sub-site pages not
    # the university's, a seminar to draft a plan no plan, a CMS category under a headline ends no
    # section, this year's draft or invitation beside last year's document is review) made
    # university O5, O13, O14, yeartabs O13 and rollover O19, O25 right. Left:
    # the news list's second page cited before its first, whose top post is of an academic year
    # (since the sixteenth session; before, the HR office's news list)
    "university O4: want found got found first /news/page/2/ (want /news/)",
    # November's summary answers 404; the faculty's own November summary fills the gap (another
    # unit's procurement files still count, for a village fund's are the agency's purchases)
    "university O12: want review got found",
    # police (a provincial police station on a Bootstrap template with Drive-like view pages on its
    # own host, ITA 2569) was held out, measured once on 2026-12-03 (fourth session) after all
    # the fixes above: presence P 0.95 R 0.90, first evidence 0.95, outdated 0.50 (1 of 2),
    # review 12 %, status 0.85. General fixes (police and military ranks name people, police
    # stations and provincial police are kinds of agency; below, OCR's dropped marks) made O2,
    # O7 and O12 right. Left:
    # the national police's HR plan "ใช้แผนของ ตร." for the station: its builder asks a person
    "police O13: want review got found",
    # oldyear (an อบจ. on a Drupal-like CMS built for outdated traps, ITA 2569) was held out and
    # measured once on 2026-12-03 (fourth session) after all the fixes above, and nothing was
    # fixed for it: presence P 0.91 R 0.91, first evidence 1.00, outdated 0.50, review 8 %, status
    # 0.77. All six wrong, each a way of carrying last year it showed first; O10 (an e-service
    # page updated in January 2569 whose only statistics file is last year's) was made right in
    # the fifth session (an item's section runs to the page's end, not the page's other years):
    # a photo post and an invitation for participation: its builder asks a person
    "oldyear O19: want review got found",
    # a risk assessment whose cover says FY2569 while its table says FY2568 and it was signed in
    # October 2567: the cover's year is taken
    "oldyear O21: want outdated got found",
    # last year's six-month report only: first read as an empty file (missing); since a signed
    # report with one row "อยู่ระหว่างดำเนินการ" is no placeholder, a half-year report for the year's
    # results, which the tool leaves to a person (review) where its builder says outdated
    "oldyear O22: want outdated got review",
    # last year's integrity-measures report linked from this year's row: with 2569 O25 read as two
    # parts (sixth session), the analysis of last year's ITA results is missing and decides; its
    # builder calls the item last year's
    "oldyear O25: want outdated got missing",
    # dlcenter (a เทศบาลตำบล whose every document is a row of one paginated download table, the
    # ITA page linking its category filters, ITA 2568) was held out and measured once on
    # 2026-12-03 (fourth session) after all the fixes above: presence P 0.83 R 0.95, first
    # evidence 0.95, outdated 0.80 (4 of 5), review 8 %, status 0.81. One general fix (a longer
    # page whose title does not name the item has it only in the files whose links name it: all
    # dead, no evidence; on a short download page the item's own row counts, not the page's other
    # files) made O13 and O15 right. Left:
    # the annual report's row found, its year read as doubtful
    "dlcenter O7: want found got review",
    # (O20, the news list cited before the participation post it lists, and O26, the district
    # anti-corruption centre's report, were made right in the fifth session)
    # provhealth (a provincial public health office hosting its districts' and hospitals' pages,
    # ITA 2568) and saoxlsx (an อบต. publishing in spreadsheets, Word files and Thai-digit scans,
    # ITA 2568) were held out, measured once on 2026-12-03 (fourth session) after all the fixes
    # above: provhealth presence P 0.95 R 0.90, first evidence 1.00, outdated 1.00 (3 of 3),
    # review 8 %, status 0.88; saoxlsx every item right (review 12 %). A general fix (a post under
    # the CMS's "ข่าวประชาสัมพันธ์" heading linked as an activity is not "another subject") made
    # provhealth O20 right, and one more (the lexicon's phrases written back into OCR'd text where
    # OCR dropped a vowel or tone mark) provhealth O24 and police O12, and one more (a statistics
    # workbook with a column a month and fewer than three figures is review) provhealth O11, and
    # one more (a page only links call the item, beside a dead link naming it, is no evidence)
    # rollover O24. Left: nothing of theirs.
    # Fifth session (2026-12-04): esao (a primary educational service area office with Google
    # Drive links, ITA 2569), postsao (an อบต. publishing everything as CMS posts, ITA 2569),
    # threeyears (a เทศบาลเมือง keeping ITA 2567-2569 pages, Thai file names, ITA 2569), stateent
    # (a state enterprise, ITA 2568), fyedges (a เทศบาลตำบล where the fiscal year a document covers
    # is the hard part, ITA 2569), deptsite (a central department with regional centres, ITA 2569)
    # and scansao (an อบต. of scans and Thai digits, ITA 2568) were held out, built by people who
    # never saw the matcher, and each measured once before any fix of its own (the first four
    # after the day's first lexicon change, the others after the fixes of the sites before them):
    # pooled 182 items, presence P 0.969 R 0.994, first evidence 0.968, outdated 0.70 (21 of 30),
    # review 8.8 %, status 0.90. General fixes (below in the commits: "ตาม<phrase>" cites, 2569 O13's
    # two parts, a part takes no year from a link naming other parts, rows of dead files, drafts,
    # invitations and appointment orders date nothing, the analysis of last year's ITA results is
    # this year's, a regional or district centre's report is another unit's, a monthly summary
    # covers its title's month, an upload day is no year, an ethics training wording, a page whose
    # only file is a draft, a listed post before its list, a Bangkok address) made 13 of their 22
    # wrong verdicts right, and two right ones wrong (esao O25, threeyears O25). Left:
    # Google Drive files the tool cannot open, judged by their row ("... ปี 2569"): the builder
    # judged the items by the site alone; the tool cites the Drive link first
    "esao O6: want found got found first /file/d/1mPq7ZbX0sR3aTqW9kLd2VnE5yHc8uJfA/view?usp=sharing "
    "(want /wp-content/uploads/2568/11/action-plan-2569.pdf)",
    "esao O21: want outdated got found first /file/d/1rK4tSgW8nB2xLq0pVcY6mJhD3eZfAu9T/view?usp=sharing "
    "(want /wp-content/uploads/2568/02/risk-assessment-2568.pdf)",
    # the ITA row links a post of another item's document (the risk assessment): review (a person
    # checks the link), where its builder says missing; making such pages missing cost four
    # older fixtures' verdicts
    "postsao O22: want missing got review",
    # the ITA row links the whistle-blowing page, which only promises statistics: review, as
    # postsao O22
    "stateent O19: want missing got review",
    # the ITA row links the integrity category page whose only risk-management line was the
    # appointment order's: no year, review
    "fyedges O22: want missing got review",
    # the builder asks for the budget report beside the performance report; none is shown, and
    # 2569 O7's budget part counts only when shown for an old year
    "deptsite O7: want outdated got found",
    # two staff manuals, the later one cited first
    "scansao O8: want found got found first /files/2566/DOC20230303.pdf (want /files/2565/DOC20220815.pdf)",
    # sparsesao (a poorly kept อบต. on an old table layout, ITA 2569), paohealth (an อบจ. hosting the
    # health centres it took over and its schools, ITA 2569), regionoffice (a department's regional
    # office on the department's platform, .doc and .xls files, ITA 2568) and cityjoomla (a
    # เทศบาลนคร on Joomla 1.5 with query-string addresses, ITA 2568) were held out and measured once
    # AFTER all the fifth session's fixes above, before any fix of their own: pooled 104 items,
    # presence P 0.966 R 1.00, first evidence 0.988, outdated 0.88 (15 of 17), review 8.7 %,
    # status 0.92. Three general fixes followed (a row of the page's layout table is no link's row;
    # a memo's subject under its header is read for invitations: cityjoomla O24 found -> review; a
    # menu's link repeated in the page's content is the page's own: paohealth O12 review -> missing).
    # Left:
    # an E-Service page "อยู่ระหว่างการพัฒนา ขออภัยในความไม่สะดวก": an empty page is review (four
    # older fixtures say so), its builder says missing
    "sparsesao O10: want missing got review",
    # the HR plan covers 2569 but no criteria are published: missing by the weakest part, its
    # builder says review
    "sparsesao O13: want review got missing",
    # an invitation memo linked as the risk-management report: review (an invitation alone is left
    # to a person), its builder says missing
    "cityjoomla O24: want missing got review",
    # genhospital (a general provincial hospital with its centres and units, ITA 2568), munitabs (a
    # เทศบาลเมือง whose ITA rows link one sub-page an item, each with a heading a year, ITA 2569),
    # cdoffice (a provincial community development office hosting its districts' news, ITA 2568)
    # and court (a provincial court beside the Office of the Courts of Justice's documents, ITA
    # 2569) were held out and measured once after all the fixes above, before any fix of their
    # own: pooled 104 items, presence P 0.956 R 0.956, first evidence 0.988, outdated 0.88 (15 of
    # 17), review 9.6 %, status 0.90. One general fix followed (a host named "forms." is an online
    # form service: cdoffice O10, O18). Left:
    # the code of ethics is old and the ethics training post of FY2567 is cited first; its builder
    # reads the department's code as timeless and found
    "genhospital O16: want found got outdated first /news/ethics-training-2567/ (want /files/ethics-code.pdf)",
    # the Q&A board "closed for repair": a link to it is taken; its builder says review
    "munitabs O3: want review got found",
    # the executives' page has no photos: review by the item's own requirement; its builder says found
    "cdoffice O2: want found got review",
    # one report of results with budget and disbursement columns: its builder reads both parts
    # of 2568 O7 in it, the tool only the results part
    "cdoffice O7: want found got missing",
    # the Office of the Courts of Justice's national plan linked as the court's own: a parent
    # body's document is left to a person (review), its builder says missing
    "court O23: want missing got review",
    # Sixth session (2026-12-04): staleyear (an อบต. whose staff changed, the ITA 2568 page complete
    # and the 2569 one half filled), district (a ที่ทำการปกครองอำเภอ beside the department's and the
    # province's documents), envoffice (a provincial natural resources and environment office),
    # agrioffice (a provincial agriculture office on an old table layout), rphospital (a รพ.สต.
    # transferred to an อบจ., one combined PDF per ITA row), wpmuni (a เทศบาลตำบล on WordPress), all
    # ITA 2569, and disaster (a provincial disaster prevention office) and procmonths (a เทศบาลตำบล
    # whose procurement summaries come monthly and quarterly), ITA 2568, were held out and measured
    # once before any fix of this session but one (a post's by-line): pooled 208 items, presence
    # P 0.978 R 0.978, first evidence 0.977, outdated 0.81 (30 of 37), review 7.7 %, status 0.93.
    # General fixes followed: 2569 O25 two parts, 2569 O7's and O6's parts counted when shown for
    # an old year, a draft marked above its title judged review, a department's document left to
    # a person, a district office's own centre its own, another topic's months on a list of posts
    # no month of the summaries. Made right: envoffice O7, agrioffice O7, staleyear O6, O25,
    # rphospital O11, O25, district O8, O16 (and the older fixtures' verdicts named above). Left:
    # this year's measures only as a picture the tool does not read; the measures row of the
    # integrity page carries only the day it was put up (1 มิ.ย. 2566), no year of its own
    "schoolsite O25: want found got review",
    # the FY2568 evaluation report holds the year's budget spending in its body, its title does
    # not name it; the ITA row's FY2567 report is read as the spending part
    "threeyears O7: want found got outdated",
    # the builder masked the phone numbers ("0 4251 7xxx"): no phone number on the contact page
    "district O3: want found got review",
    # the department's HR report under "กองการเจ้าหน้าที่ กรมการปกครอง": since the sixteenth session
    # read as the body above's (a division of the department), which the tool leaves to a person
    "district O14: want missing got review",
    # an E-Service page "being developed" and last year's service statistics: a person's call on
    # the service part, its builder says missing (no online service at all)
    "rphospital O10: want missing got review",
    # the อบจ.'s HR plan inside a combined PDF whose cover and memo come first: the parent body is
    # not seen in the title block; its builder asks a person
    "rphospital O13: want review got found",
    # tambonplain (a plain เทศบาลตำบล), irrigation (a provincial irrigation project beside the
    # department's documents), revenue (an area revenue office), ssodistrict (a district public
    # health office beside the provincial one), saodrive (an อบต. keeping its files on Google Drive),
    # all ITA 2569, and citydepts (a เทศบาลนคร whose divisions each post their own documents, ITA
    # 2568) were held out and measured once AFTER all the sixth session's fixes, nothing fixed for
    # them: pooled 156 items, presence P 0.978 R 0.985, first evidence 0.93 (0.98 once a Drive file
    # is matched by the page linking it, as saodrive's truth names it), outdated 0.83 (20 of 24),
    # review 7 %, status 0.93. One general fix followed (an invitation to make this year's document
    # beside last year's document leaves it last year's: tambonplain O21, fyedges O21). Left:
    # the ITA analysis has a table of improvements with owners but no measures document: missing by
    # 2569 O25's measures part; its builder leaves it to a person
    "tambonplain O25: want review got missing",
    # the department-wide HR report: since the sixteenth session read as the body above's (a division
    # of the department), left to a person; its builder says missing
    "irrigation O14: want missing got review",
    # the provincial health office's plan and complaint manual, the only ones: another kind of
    # agency's documents (missing), its builder leaves them to a person
    "ssodistrict O5: want review got missing",
    "ssodistrict O16: want review got missing",
    # the district's own HR plan and the province's HR criteria: the criteria taken as the
    # office's; its builder asks a person
    "ssodistrict O13: want review got found",
    # the No Gift announcement of 2569 and the gift report of FY2568 on Drive: found (2569 O20's
    # report is of the year before, as the reference notes); its builder says outdated
    "saodrive O20: want outdated got found",
    # Seventh session (2026-12-04): lateupdate (a เทศบาลตำบล updating late: a quarter of the items
    # last year's), eduarea (a primary education area office beside its schools and สพฐ.),
    # tambonhealth (a รพ.สต. transferred to an อบจ., named "รพ.สต." in its title), labouroffice (a
    # provincial labour office, ITA 2568), citynakhon (a เทศบาลนคร with department lists and a
    # year archive) and saohills (a mountain อบต. on a cheap template, ITA 2568) were held out, built
    # by helpers who never read the matcher, measured once before any fix (156 items: presence P
    # 0.98 R 0.94, first evidence 0.98, outdated 0.79 (23 of 29), review 6 %, status 0.90;
    # tambonhealth alone status 0.65: its short name made its own files another unit's). General
    # fixes then made 12 of their 15 wrong verdicts right (and university O7, munitabs O13,
    # irrigation O13). Left:
    # the ITA row links the HR category page (criteria and plans, no report): the page is taken for
    # the report by the row and a year on it; its builder finds no report
    "eduarea O14: want missing got found",
    # Then eight more held out and measured once AFTER those fixes (cityplan, prison, communityhosp,
    # saoyears, vocational, provculture, saoexcel, tambonsouth; 208 items: presence P 0.99 R 0.98,
    # first evidence 1.00, outdated 0.97 (38 of 39), review 8 %, status 0.97). Four more general
    # fixes made four of their six wrong verdicts right (a meeting that hears opinions is no opinion
    # channel; a parent's HR criteria or code of ethics serve the unit; a manual its offices
    # "ถือปฏิบัติ"; a file titled in a plan's form; an article's "ดาวน์โหลดเอกสาร" to a dead file).
    # Left:
    # this year's gift report is a dead link; the only one left is FY2566's, two years old: outdated
    # for the tool, missing for its builder
    "provculture O22: want missing got outdated",
    # Eighth session (2026-12-04): treasury (a provincial treasury office, ITA 2568), socdev (a
    # provincial social development office), tourism (a provincial tourism and sports office, ITA
    # 2568), saostale (an อบต. rarely updated), publicworks (a provincial public works office, ITA
    # 2568), socialsec (a provincial social security office), livestock (a provincial livestock
    # office) and tambondrupal (a เทศบาลตำบล on Drupal 6, ITA 2568) were held out, built by helpers
    # who never read the matcher, each with at least six outdated items, measured once before any
    # fix (208 items: presence P 1.00 R 0.94, first evidence 0.99, outdated 0.91 (51 of 56), review
    # 10 %, status 0.93; tambondrupal alone 0.73: its <body class="sidebar-left"> hid every page).
    # General fixes then made 15 of their 16 wrong verdicts right. Left:
    # Then commerce, energy, probation, statsoffice, ruralroads, tambonscan, muangtemplate and paoeast
    # (a provincial commerce office, a provincial energy office (ITA 2568), a provincial probation
    # office, a provincial statistics office, a provincial rural roads office (ITA 2568), a เทศบาลตำบล
    # of scans, a เทศบาลเมือง on a ready-made template whose documents go list → detail page → file
    # (ITA 2568), an อบจ.) were held out and measured once AFTER the first eight's fixes (208 items:
    # presence P 0.97 R 1.00, first evidence 0.93, outdated 0.77 (43 of 56), review 3 %, status
    # 0.89). Fixes then made 16 of their 26 wrong verdicts right. Left:
    # (probation O10, the statistics of FY2568 only beside the online form: right since the
    # fifteenth session's rules)
    # a page the ITA row links with nothing on it ("ไม่มีไฟล์แนบ", a title alone) is left at review,
    # as the design and the older builders have it; these builders say missing
    "probation O22: want missing got review",
    "statsoffice O25: want missing got review",
    # 2569 O6 (any part serves, each shown must be of the year): the 2569 budget ordinance, a scan,
    # found by its row, and the plan under "2569" whose content is 2568 not read as 2568
    "tambonscan O6: want outdated got found",
    # the plans' category cited before the plan's file (the same outdated plan)
    "muangtemplate O5: want outdated got outdated first /datacenter/cat/plan/ (want /upload/535120.pdf)",
    # a post of the provincial ป.ป.ช.'s No Gift campaign taken for the agency's own policy (the item is
    # outdated since the ninth session by its other part, the gift report of an old year)
    "paoeast O20: want outdated got outdated first /news/2776/ (want /files/30332.pdf)",
    # Last, saoaccordion, enforcement, transport, privateedu, newtambon, districtagri, regionhosp
    # and cityelementor (an อบต. with an accordion ITA page (ITA 2568), a provincial legal execution
    # office, a provincial land transport office (ITA 2568), a provincial education office, a
    # เทศบาลตำบล upgraded from an อบต., a district agriculture office, a regional hospital, a
    # เทศบาลนคร on WordPress with Elementor) were measured once AFTER the second eight's fixes (208
    # items: presence P 0.99 R 0.94, first evidence 0.97, outdated 0.85 (45 of 53), review 8 %,
    # status 0.92; cityelementor 0.73: Elementor's <main class="elementor-widget-container"> read
    # as a widget). Fixes then made 14 of their 19 wrong verdicts right. Left:
    # a six-month report of FY2567 in a Word 97 file linked as o22 (outdated for its builder) left
    # missing: the file is read as another item's
    "enforcement O22: want outdated got missing",
    # the plan and spending plan of 2568 and last year's 6-month report: the report's file is read
    # as another item's (its title block), so the part is missing; its builder says outdated
    "transport O6: want outdated got missing",
    # the plans' and reports' categories cited before the files they list
    "cityelementor O7: want outdated got found first /document-category/report/ (want /wp-content/uploads/2025/12/report-1.pdf)",
    # An invitation to this year's forum beside last year's results is outdated since the ninth
    # session (the five builders who met it since, and procmonths' for ethics training, say so: an
    # invitation is no result); rollover's builder asks a person
    "rollover O19: want review got outdated",
    # The ninth session's eight (tambonvillage, saonorth, muangriver, saolarge, fisheries,
    # secondary, industry, publicorg: a เทศบาลตำบล on a PHP CMS with ?id= URLs and a tambon of scans
    # (ITA 2569), a เทศบาลเมือง with divisions' pages and a large อบต. on WordPress (ITA 2568), a
    # provincial fisheries office, a secondary education area office (ITA 2568), a provincial
    # industry office, a public organisation) were measured once before any fix of the session
    # (208 items: presence P 0.995 R 0.943, first evidence 0.967, outdated 0.714 (45 of 63), review
    # 9 %, status 0.904). Fixes then made 11 of their 20 wrong verdicts right. Left:
    # the adopted multi-year plan ended before the year, a draft of the new one beside it: outdated
    # since the fifteenth session (tambonvillage, saonorth, muangriver, saolarge, fisheries,
    # secondary and publicorg O5 right since); industry's ended plan reaches the tool through a row
    # that does not name the item (a score of 0.2), so only the draft is read: review
    "industry O5: want outdated got review",
    # The ninth session's last eight (saoisan, tambonsea, muangeast, paowest, cooperative, buddhism,
    # rmutcampus, healthcentre: an Isan อบต. and a เทศบาลเมือง in the east (ITA 2569), a coastal
    # เทศบาลตำบล and an อบจ. (ITA 2568), a provincial cooperative office, a provincial office of
    # Buddhism, a Rajamangala campus (ITA 2568), a regional health promotion centre) were measured
    # once AFTER the first eight's fixes (208 items: presence P 1.00 R 0.99, first evidence 0.98,
    # outdated 0.94 (49 of 52), review 4 %, status 0.99; six sites without a wrong verdict). Fixes
    # then made healthcentre's two right (a clinic's report is not the annual report; a title of two
    # parts wrapped over four lines). Left:
    # (rmutcampus O5, an ended plan beside an unapproved draft: outdated since the fifteenth session)
    # The ninth session's third eight (saosouth, tambonhill, nakhonriver, saofarm, revenueprov,
    # districtoffice, waterworks, kidhosp: an อบต. of the deep south (ITA 2569), a hill-district
    # เทศบาลตำบล posting its documents as news attachments and a farming อบต. on a website builder
    # (ITA 2568), a เทศบาลนคร with division, school and health-centre sub-sites, an area excise
    # office, a district office, a waterworks branch (ITA 2568), a child psychiatric hospital) were
    # measured once AFTER the second eight's fixes (208 items: presence P 1.00 R 1.00, first
    # evidence 0.97, outdated 0.93 (51 of 55), review 4 %, status 0.98; three sites without a wrong
    # verdict). Fixes then made four of their six right ("ดาวน์โหลดไฟล์แนบ" says nothing of its
    # file; an invitation is no forum held; a health service centre's own notice is another unit's).
    # Left:
    # a later document of the same kind cited before the annual report the ITA row links
    "districtoffice O7: want found got found first /files/30626.docx (want /files/30412.docx)",
    # The ninth session's last eight (saowest, tambonriver, muangnorth, paosouth, landdev,
    # prisonregion, vocational2, courtadmin: a border อบต. on a district's shared web service and a
    # เทศบาลตำบล of iframes (ITA 2569), a เทศบาลเมือง with an English mirror (ITA 2568), an อบจ.
    # with an ITA mini-site, a land development station, a correctional institution (ITA 2568), a
    # vocational college, a municipal court) were measured once after the third eight's fixes
    # (208 items: presence P 0.995 R 0.98, first evidence 0.97, outdated 0.89 (47 of 53), review 5 %,
    # status 0.96; muangnorth without a wrong verdict). Fixes then made two of their eleven wrong
    # verdicts right (a parent's own notice, "ประกาศกรมราชทัณฑ์ ...", and the OVEC's plan are the
    # parent's). Left:
    # another agency's No Gift policy posted through the district's shared web service
    "saowest O20: want outdated got found first /files/3501.pdf (want /files/3368.pdf)",
    # the analysis and measures written on the ITA item page itself, not read as either part
    "paosouth O25: want outdated got missing",
    # another unit's January summary (สำนักงานพัฒนาที่ดินเขต 8) counted as the station's month
    "landdev O11: want review got found",
    # a scan whose year is only in Thai digits the OCR is not trusted with: a person reads it
    "landdev O23: want found got review",
    # a photo placeholder is no photo for the tool; its builder counts it
    "courtadmin O2: want found got review",
    # The tenth session's first eight (tambonlake, saomountain, muangsouth, saocoast, nakhonsouth,
    # highways, parkoffice, tambonmarket: a lakeside เทศบาลตำบล in Isan, a เทศบาลเมือง in the south
    # and a coastal อบต. in the east (ITA 2569), a highland อบต., a เทศบาลนคร of many divisions and a
    # เทศบาลตำบล with a market and a bus terminal (ITA 2568), a highways district, a national park)
    # were measured once before any fix of the session (208 items: presence P 1.00 R 0.99, first
    # evidence 0.98, outdated 0.94 (51 of 54), review 4 %, status 0.98; five sites without a wrong
    # verdict). Fixes then made three of their five wrong verdicts right (a notice giving more
    # time to make the plan is not the plan; a sibling unit of the same name and another number,
    # "แขวงทางหลวงชัยภูมิที่ 1", and a station, "สถานีควบคุมไฟป่า...", are other units). Left:
    # a scan whose years are only in Thai digits (OCR read ๒๕๖๘ as ๒๕๒๕): a person reads it
    "highways O25: want found got review",
    # 2568 O7's budget-spending part is absent and its performance part old: the weakest part
    # (missing) for the tool, outdated for its builder
    "tambonmarket O7: want outdated got missing",
    # The tenth session's second eight (saoplateau, tambonfarm, muangwest, paonorth, diseasecontrol,
    # harbour, employment, saoriverside: a southern-Isan อบต. and an อบจ. in the north (ITA 2569), a
    # farming เทศบาลตำบล, a เทศบาลเมือง in the west and a riverside อบต. on a provider's template (ITA
    # 2568), a disease control office, a marine office branch (ITA 2568), a provincial employment
    # office) were measured once AFTER the first eight's fixes (208 items: presence P 1.00 R 1.00,
    # first evidence 0.99, outdated 0.94 (51 of 54), review 4 %, status 0.99; five sites without a
    # wrong verdict). Fixes then made two of their three right (a school's SAR names its municipality
    # and is still the school's; a report put up before its year ended is not that year's results).
    # Left: the measures of the year are a scan whose unit number and year OCR misread from Thai
    # digits ("ที่ ๑๔" as "๑๕", ๒๕๖๙ as ๒๕๒๕): no longer another unit's, a person reads the year
    # (it was outdated, by last year's measures only last year's ITA page links)
    "diseasecontrol O25: want found got review",
    # The tenth session's third eight (saodelta, tambonborder, muangcentral, nakhonnorth, paocentral,
    # provjustice, landreform, learnoffice: an อบต. posting every document as a news attachment, a
    # border เทศบาลตำบล, a เทศบาลนคร in the north (ITA 2569), a เทศบาลเมือง and an อบจ. in the
    # centre, a provincial land reform office (ITA 2568), a provincial justice office, a district
    # learning office (ITA 2569)) were measured once AFTER the second eight's fixes (208 items:
    # presence P 1.00 R 0.98, first evidence 0.92, outdated 0.86 (48 of 56), review 5 %, status
    # 0.96; three sites without a wrong verdict). Fixes then made twelve of their nineteen wrong verdicts right (a
    # post that only carries its file is as old as the file and cites it, a timeless item's file
    # before the post or category carrying it, a CMS by-line and a file's size are no text of the
    # page, "อยู่ระหว่างดำเนินการ 1 เรื่อง" is a row of statistics, a tambon centre under a district
    # office is another unit). Left:
    # a post whose one scan names its year only in Thai digits: the post's year counts, cited first
    "saodelta O6: want found got found first /news/1380/ (want /files/31876.pdf)",
    # the province's No Gift letter (a scan reposted as news) taken for the policy part, so the
    # municipality's own two-year-old policy is read as the gift-report part (outdated either way)
    "tambonborder O20: want outdated got outdated first /files/32062.pdf (want /files/31420.pdf)",
    # a scan whose year is only in Thai digits: a person reads it
    "muangcentral O23: want outdated got review",
    # the office's plans and reports under its former name (ศูนย์การศึกษานอกระบบ...อำเภอ..., now
    # สกร.ระดับอำเภอ...) read as another unit's
    "learnoffice O5: want outdated got missing",
    "learnoffice O7: want outdated got missing",
    # the provincial office's circulated risk assessment of the year taken for the district office's
    "learnoffice O21: want outdated got found first /files/32171.pdf (want /files/32064.doc)",
    # The tenth session's last eight (saohighland, tambonsuburb, muangnortheast, saoisland,
    # provhealth2, cropresearch, provinterior, tambonvalley: a highland อบต., a เทศบาลเมือง in Isan,
    # a provincial health office, a provincial administration office and a valley เทศบาลตำบล on
    # WordPress (ITA 2569), a suburban เทศบาลตำบล, an island อบต. and a field crops research centre
    # (ITA 2568)) were measured once AFTER the third eight's fixes (208 items: presence P 0.995
    # R 1.00, first evidence 1.00, outdated 0.98 (54 of 55), review 4 %, status 0.99; five sites
    # without a wrong verdict). Fixes then made one of their three right (a file this year's ITA page
    # lists and titles as another item's is not this one). Left:
    # the ITA row links another item's page (the risk assessment): a person checks the link
    "cropresearch O24: want missing got review",
    # The eleventh session's four (tambonwetland, paokhon, hospregion3, districthealth: a wetland
    # อบต. (ITA 2569), an อบจ. in Isan on WordPress (ITA 2568), a regional hospital on a Drupal-like
    # site and a district health office on a self-built PHP site (ITA 2569)) were measured once
    # before any fix (104 items: presence P 1.00 R 0.947, first evidence 0.978, outdated 0.86 (25 of
    # 29), review 7 %, status 0.93; eight wrong). General fixes then made five right (the agency by
    # its short name and a wrapped "อบจ." are no parent body; a regional office after a report's
    # name and year is one; "แผนปฏิบัติการ ปีงบประมาณ 2568" is the annual plan). Left:
    # 2568 O7's budget-spending part: the ITA row's post carries the performance report only; a
    # person checks whether the part is required (the builder judged the report alone: outdated)
    "paokhon O7: want outdated got review",
    # The twelfth session's twelve, built by other engineers without reading the matcher, each
    # measured once before any fix of its own, in three batches of four with fixes between them
    # (312 items: presence P 0.996 R 0.986, first evidence 0.96, outdated 0.86 (71 of 83), review
    # 5 %, status 0.95). Since fixed: a labelled budget-spending line in an annual report, a
    # report's stated fiscal year over its title's, a term's report, blank survey forms, relayed
    # local-government documents, the province's notice on an อบต.'s site, a dead row's first cell,
    # a provincial health office's plan, a five-year span read as this year. Left:
    # an older year's six-month report linked as the annual anti-corruption report: read as another
    # item's document (missing); its builder says outdated
    "localadmin O24: want outdated got missing",
    # an invitation to a hearing not yet held: review by design (the opportunity, a person's call)
    "generalhosp O19: want missing got review",
    # this year's spending report beside last year's performance report: 2569 O7 takes any part
    # shown; its builder judges the performance report the item
    "saoeplan O7: want outdated got found",
    # the analysis of ITA results and this year's measures as a scan without a text layer (its year
    # only in pixels): left to a person
    "saoeplan O25: want found got review",
    # The twelfth session's last four (saowestern, tambonport, provcomm, rajabhat), measured once
    # after all the session's other fixes (104 items: presence P 0.99 R 0.96, first evidence 1.00,
    # outdated 0.88 (23 of 26), review 7 %, status 0.94). Since fixed: a district office's January
    # summary filling the provincial office's missing month. Left:
    # the structure chart is only a picture: the page reads as empty (review); its builder sees it
    "saowestern O1: want found got review",
    # the annual report is a scan without a text layer (its year only in pixels): left to a person
    "saowestern O7: want outdated got review",
    # a news post on this year's risk-assessment meeting taken for the assessment, beside the album
    # titled 2568 whose pictures are last year's assessment
    "saowestern O23: want outdated got found",
    # the No Gift announcement is a scan without a text layer: left to a person
    "rajabhat O21: want found got review",
    # The thirteenth session's twelve held-out sites, each measured once (2026-12-05): prosecutor,
    # airport, nursecollege, bkkdistrict before any fix of theirs (104 items: presence P 1.00 R 0.99,
    # first evidence 0.97, outdated 0.86 (25 of 29), review 5 %, status 0.96); ectprov, rubberbranch,
    # coopaudit, specialedu after the first four's fixes (P 0.99 R 0.95, first evidence 0.97,
    # outdated 0.81 (21 of 26), review 6 %, status 0.92); psychhosp, groundwater, sportscampus,
    # airwing after the second four's (P 1.00 R 0.95, first evidence 0.98, outdated 0.82 (23 of 28),
    # review 6 %, status 0.93). General rules then made 18 of their 22 wrong verdicts right, and
    # commcollege O5, tambonwetland O23 and prisonregion O25 with them. Left:
    # the annual procurement report is a scan whose year is only in pixels: left to a person
    "airwing O12: want outdated got review",
    # The fourteenth session's four held-out sites (customs, zoo, tambonthemed, juvenile), each
    # measured once before any fix of theirs (2026-12-05, 104 items): presence P 1.00 R 1.00, first
    # evidence 0.92 (88 of 96), outdated 1.00 (28 of 28), review 4 %, status 1.00; tambonthemed's ITA
    # page leads to a page per item, cited before the evidence it links: fixed (item pages).
    # Its second four (immigration, medsci, saomoved, muniviewer), measured once after the first
    # four's fixes (104 items): presence P 1.00 R 0.94, first evidence 0.88 (78 of 89), outdated 0.69
    # (20 of 29), review 10 %, status 0.88; muniviewer's documents open through a PDF.js viewer page
    # (ten wrong), fixed with a link that redirects counting for where it leads, ITA group pages
    # under a hub without codes, a post relaying a sister office's plan, a manual of a service
    # "extending a stay", a school's SAR named after the report's name, a CMS's empty year list.
    # Its last four (hospmoit, paowpdm, sasajmoit, citydrupal), measured once after the second
    # four's fixes (104 items): presence P 1.00 R 0.99, first evidence 0.68 (64 of 94), outdated 0.63
    # (17 of 27), review 7 %, status 0.88. Left:
    # the item's ITA page says "อยู่ระหว่างรวบรวมข้อมูล": a page answering for the item is review
    # here, as itapath O18's builder has it; this builder says missing
    "sasajmoit O22: want missing got review",
    # The fifteenth session's first eight (forestoffice, tambonita2, auditregion, armycircle,
    # peabranch, skilldev, nakhonslug, saobuilder: a regional forest office, a เทศบาลตำบล whose ITA
    # section is a second CMS under /ita/, a regional State Audit Office, an army circle, a PEA
    # provincial office, a skill development institute, a เทศบาลนคร on a slug-URL CMS, an อบต. on a
    # site builder; built to publish as such agencies really do), each measured once before any
    # fix of theirs (2026-12-05, 208 items): presence P 1.00 R 0.98, first evidence 0.99, outdated
    # 0.96 (53 of 55), review 5 %, status 0.98. Its second eight (egatdam, marineresearch,
    # railwaydistrict, samutsao, nakhonmoit, pcu, tatoffice, recruitoffice), measured once after the
    # first eight's fixes (208 items): presence P 0.99 R 0.96, first evidence 0.98, outdated 0.85 (46
    # of 54), review 8 %, status 0.92. General rules then made 16 of their 21 wrong verdicts right
    # (docs/design.md, "The hardest new cases (2026-12-05)"), and probation O10, hospregion3 O19,
    # psychhosp O19 and hospmoit O6 with them. Left:
    # a scan whose year is only in Thai digits the OCR is not trusted with: a person reads it
    "marineresearch O15: want found got review",
    "tatoffice O14: want outdated got review",
    # complaint statistics posted on 30 ต.ค. 2567 as a scan whose year OCR cannot read: a year's
    # tally put up in the first month of FY2568 is most likely FY2567's, a person reads it
    "sasajmoit O19: want outdated got review",
    # the unit's plan names its line of command under its own name ("แขวงบำรุงทาง... / กองบำรุงทาง
    # เขต... การรถไฟแห่งประเทศไทย"): read as the division's, as a university's faculty is named the
    # same way; last year's plan and this year's draft are then all that is left
    "railwaydistrict O6: want found got outdated first /web2/images/stories/ita/o6_2568.pdf "
    "(want /download.php?id=6)",
    # a risk plan whose title block says it is "ยังไม่ใช่รายงานผล" (not yet a report) names a report
    "railwaydistrict O22: want missing got review",
    # the ITA row links a news post of a software course for the HR report: review (a person checks
    # the link), missing for its builder
    "pcu O14: want missing got review",
    # Since the fifteenth session a draft of this year beside last year's approved document is
    # outdated, the draft named (20 of the 34 builders who met the case say so, and a draft is not
    # what an assessor counts); these builders said review (the gap is the approval)
    "rollover O25: want review got outdated",
    "dlcenter O25: want review got outdated",
    "stateent O25: want review got outdated",
    "fyedges O25: want review got outdated",
    "deptsite O21: want review got outdated",
    "sparsesao O6: want review got outdated",
    "cityjoomla O14: want review got outdated",
    "genhospital O14: want review got outdated",
    "court O25: want review got outdated",
    "envoffice O23: want review got outdated",
    "agrioffice O23: want review got outdated",
    "rphospital O23: want review got outdated",
    "labouroffice O14: want review got outdated",
    "prison O13: want review got outdated",
    # The fifteenth session's last eight (provpolice, kindergarten, wildlife, sportsauth, seaport,
    # citydivisions, bmahealth, baacbranch: a provincial police headquarters, a provincial
    # kindergarten, a wildlife sanctuary, a Sports Authority provincial office, a regional port, a
    # เทศบาลนคร with a section per division, a Bangkok public health centre, a BAAC provincial
    # office), measured once AFTER all the session's fixes, nothing fixed for them (2026-12-05, 208
    # items): presence P 1.00 R 0.96, first evidence 0.96, outdated 0.89 (48 of 54), review 6 %,
    # status 0.94. Left, all of them:
    # a page of complaint statistics in Thai digits only, a table and no file, read as a page
    # without content: review
    "provpolice O19: want found got review",
    # the area office's (สพป.) No Gift announcement taken for the school's: the tool does not know
    # the area office as the school's body above
    "kindergarten O21: want outdated got found first /download.php?id=32 (want /download.php?id=21)",
    # scans whose year is only in Thai digits the OCR is not trusted with: a person reads them
    "wildlife O12: want found got review",
    "sportsauth O25: want found got review",
    # the forum's report is an attachment under a news post listed beside the meeting invitation:
    # not found
    "wildlife O19: want found got missing",
    # an executives page of names, positions and phones without photos: the tool asks for the
    # photos the item's form lists; its builder counts the names
    "seaport O2: want found got review",
    # the Port Authority's own annual report of 2568 on a port's site taken as the port's (the tool
    # does not know the head office as the port's body above)
    "seaport O7: want outdated got found first /download.php?id=55 (want /download.php?id=52)",
    # the Q&A board cited for the contact item, the contact page's address and phone not joined to it
    "citydivisions O3: want found got review",
    # the HR criteria are a section of the HR plan's DOCX, not read as the criteria part: missing
    "bmahealth O13: want found got missing",
    # the district office's (สำนักงานเขตลาดพร้าว) No Gift notice relayed as news taken for the centre's
    "bmahealth O20: want outdated got found first /download.php?id=29 (want /download.php?id=28)",
    # the home page's news list cited before the news category (both the agency's news)
    "baacbranch O4: want found got found first / (want /index.php?option=com_content&view=category&id=2)",
    # outdated, right; the article cited before the policy's file it carries
    "baacbranch O20: want outdated got outdated first /index.php?id=60&option=com_content&view=article "
    "(want /download.php?id=61)",
    # The sixteenth session's thirty-two (2026-12-05), in four batches of eight, each measured once
    # before its own fixes and after the batches before it (208 items each):
    # narcotics, childhome, eldercentre, thaimedhosp, botanic, socialfirst, riceseed, sportschool (a
    # narcotics control regional office, a children's shelter, an older persons' centre, a Thai-
    # medicine hospital, a botanical garden's branch, an อบต. posting everything as news, a rice seed
    # centre, a provincial sports school): P 0.995 R 0.98, first evidence 0.97, outdated 0.87 (48 of
    # 55), review 5 %, status 0.95; rehabcentre, navybase, unihosp, georesources, framesite,
    # specialcity, museum, gsbbranch: P 0.995 R 0.98, first 0.98, outdated 0.90 (53 of 59), review 5 %,
    # status 0.95; waterregion, housingbranch, onepagesao, bpp, busdepot, telecombranch, library,
    # imagemapita: P 1.00 R 0.99, first 0.97, outdated 0.91 (49 of 54), review 5 %, status 0.97;
    # quarantine, postbranch, radiostation, munihosp, dsiregion, dirlisting, vetstation, teachcollege,
    # measured after every fix of the session: P 0.995 R 0.99, first 0.99, outdated 0.96 (54 of 56),
    # review 3 %, status 0.98 (radiostation O23, an empty year view, fixed after). Left:
    # scans whose year is only in Thai digits: a person reads them
    "narcotics O21: want found got review",
    "botanic O14: want found got review",
    "museum O24: want outdated got review",
    # a sister garden's statistics whose title block names the site's own garden on a line below
    "botanic O18: want outdated got found first /download.php?id=28 (want /download.php?id=27)",
    # an invitation to a hearing and nothing else: review by design, their builders say missing
    "unihosp O19: want missing got review",
    "busdepot O25: want missing got review",
    # 2568 O7's budget part: an evaluation's table with a column of money spent is not read as the
    # budget-spending part (missing); their builders read the item as last year's (outdated)
    "onepagesao O7: want outdated got missing",
    "dirlisting O7: want outdated got missing",
    # a Word draft whose title lines carry the builder's "# " markup: not read as a draft, cited first
    "bpp O6: want outdated got outdated first /download.php?id=9 (want /download.php?id=7)",
    # a month's row opening the municipality's finance division's file counted for the hospital
    "munihosp O11: want review got found",
    # the parents' meeting's result report, second attachment of the post the ITA row opens, beside
    # the invitation: not read as the forum's result
    "teachcollege O19: want found got missing",
    # a regional livestock office's report of the year (another unit) cited before the station's own
    # older report behind a viewer page; outdated, right
    "vetstation O7: want outdated got outdated first /download.php?id=17 (want /download.php?id=16)",
]
DEV_PAGES = ROOT.parent / "shared" / "reference" / "dev_pages.jsonl"

# Floors at the figures measured on 2026-12-05 (`oit eval --sites` over the 254 TEST_SITES): every
# fixture verdict but the KNOWN_WRONG ones is right, so any changed verdict fails
# test_every_fixture_item_has_its_status first, and these say by how much the pooled figures moved.
SITE_TARGETS = {
    "presence_precision": 0.988,  # 0.995 (5867 / 5896): the KNOWN_WRONG found or outdated where the truth says review or missing
    "presence_recall": 0.988,  # 0.993 (5867 / 5910)
    "first_evidence_accuracy": 0.990,  # 0.996 (5845 / 5867): the KNOWN_WRONG with a "first"
    "outdated_accuracy": 0.958,  # 0.966 (1523 / 1576)
    "status_accuracy": 0.977,  # 0.983 (6492 of 6604): the KNOWN_WRONG (the first-evidence ones are right but for it)
}
MAX_REVIEW_SHARE = 0.065  # measured 0.051 (337 of 6604 items)
# Reference pages: measured precision 0.971, recall 0.952 (112 pages, 100 / 3 / 5; models retrained on
# 2026-12-05 on the 1082-page tuning split's agency pages).
PAGES_PRECISION, PAGES_RECALL = 0.95, 0.95


@pytest.fixture(scope="module")
def site_eval():
    return evaluate_sites(TEST_SITES, workers=2)


def _wrong(m: dict) -> list[str]:
    return [
        f"{Path(site).name} {r['code']}: want {r['want']} got {r['got']}"
        + (f" first {r['first']} (want {r['want_url']})" if r["first_ok"] is False else "")
        for site, res in m["sites"].items()
        for r in res["rows"]
        if r["want"] != r["got"] or r["first_ok"] is False
    ]


def test_site_audits_meet_the_accuracy_targets(site_eval):
    overall = site_eval["overall"]
    wrong = _wrong(site_eval)
    for name, least in SITE_TARGETS.items():
        assert overall[name] >= least, (name, overall[name], wrong)
    assert overall["review_share"] <= MAX_REVIEW_SHARE, (overall["review_share"], wrong)
    # Every site on its own stays usable: no site drags the pooled figures (schoolsite and
    # rphospital hold the lowest precision, 0.91: two false founds of 22; cdoffice and oldyear the
    # lowest recall, 0.91)
    for site, res in site_eval["sites"].items():
        assert res["presence_precision"] >= 0.85 and res["presence_recall"] >= 0.85, (site, wrong)
    assert overall["counts"]["n"] == len(TEST_SITES) * 26


def test_every_fixture_item_has_its_status(site_eval):
    """Each item of each fixture site has the status (and first evidence) its _truth.yaml says,
    but the KNOWN_WRONG ones: a changed verdict fails here, by name. A truth file changes in its
    own commit, with its reason."""
    assert sorted(_wrong(site_eval)) == sorted(KNOWN_WRONG)  # (listed by the session that measured them)
    for site, res in site_eval["sites"].items():
        truth = read_truth(Path(site))
        assert {r["code"] for r in res["rows"]} == set(truth["items"]), site


@pytest.mark.skipif(not DEV_PAGES.is_file(), reason=f"{DEV_PAGES} is absent (shared reference data)")
def test_real_pages_meet_the_accuracy_targets():
    m = measure(read_pages(DEV_PAGES))["overall"]
    assert m["precision"] >= PAGES_PRECISION, m
    assert m["recall"] >= PAGES_RECALL, m
