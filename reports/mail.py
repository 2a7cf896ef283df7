"""Mail the report: a Thai summary in the body (plain text and HTML), report.html and report.pdf
attached, sent by SMTP to the profile's recipients.

The body says the estimated score against the pass mark (85), how many items are in each
status, the gaps to fix first (by the score each would add), and what changed since the last
run. Crawled text (URLs, problems) is escaped in the HTML part and stripped of control
characters in both parts; header values are kept on one line.
"""

from __future__ import annotations

import smtplib
import ssl
import unicodedata
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment

from reports.diff import STATUS_TH, RunDiff
from reports.models import STATUSES, AuditReport, ItemResult
from reports.view import SCORE_FORMULA, ReportView, num, signed, thai_datetime

MAX_ATTACHMENTS_BYTES = 20 * 1024 * 1024  # most mail servers refuse messages over 25 MB
TOP_GAPS = 10
SCORE_NOTE = SCORE_FORMULA
ATTACHMENTS = (
    ("report.html", "text", "html", "รายงานฉบับเต็ม (เปิดด้วยเว็บเบราว์เซอร์)"),
    ("report.pdf", "application", "pdf", "สรุปสำหรับผู้บริหาร (พิมพ์ได้)"),
)


class MailError(RuntimeError):
    """The message could not be sent (connection, TLS, login or the server refused it)."""


def _line(text: object) -> str:
    """One line of plain text: control characters out, whitespace collapsed."""
    cleaned = "".join(
        ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(text)
    )
    return " ".join(cleaned.split())


def _host(url: str) -> str:
    host = urlsplit(url if "://" in url else "http://" + url).hostname or url
    return host.removeprefix("www.")


def subject_for(report: AuditReport) -> str:
    who = _line(report.agency) or _host(report.site)
    v = ReportView(report)
    verdict = "ผ่านเกณฑ์" if v.passed else "ต่ำกว่าเกณฑ์"
    return _line(
        f"ผลตรวจเว็บไซต์ OIT ปี {v.year}: {who} "
        f"คะแนนประมาณ {num(v.score)} ({verdict} {num(v.pass_mark)})"
    )


def top_gaps(report: AuditReport, limit: int = TOP_GAPS) -> list[ItemResult]:
    """Items not found, the ones whose fix adds most to the estimate first (the report's order)."""
    return [g.item for g in ReportView(report).gaps[:limit]]


def _plan_attachments(out_dir: Path, limit: int) -> tuple[list[tuple[Path, str, str, str]], list[str]]:
    attach, skipped, total = [], [], 0
    for name, main, sub, about in ATTACHMENTS:
        path = out_dir / name
        if not path.is_file():
            continue
        size = path.stat().st_size
        if total + size > limit:
            skipped.append(f"{name} ({size / 1_048_576:.1f} MB) ใหญ่เกินกว่าจะแนบ ดูได้ที่ {path}")
            continue
        total += size
        attach.append((path, main, sub, about))
    return attach, skipped


def _diff_lines(diff: RunDiff) -> dict[str, list[str]]:
    return {
        "พบใหม่": [f"{i.code} {_line(i.title)}" for i in diff.newly_found],
        "หายไป (เคยมี ตอนนี้ไม่พบ)": [f"{i.code} {_line(i.title)}" for i in diff.newly_missing],
        "สถานะเปลี่ยน": [
            f"{c.code} {_line(c.title)}: {STATUS_TH[c.old]} → {STATUS_TH[c.new]}"
            + (" (ดีขึ้น)" if c.direction == "better" else " (แย่ลง)" if c.direction == "worse" else "")
            for c in diff.status_changes
        ],
        "หลักฐานเสียหรือหลุด": [
            f"{e.code}: {_line(e.url)}"
            + (f" (ลิงก์เสีย HTTP {e.status})" if e.reason == "broken" and e.status else
               " (ลิงก์เสีย)" if e.reason == "broken" else " (ไม่ใช้เป็นหลักฐานแล้ว)")
            for e in diff.evidence_broken
        ],
        "หลักฐานที่ไม่พบแล้ว": [f"{_line(g.url)} ({', '.join(g.items)})" for g in diff.gone],
        "ลิงก์เสียใหม่": [_line(b.url) for b in diff.new_broken_links],
    }


def _trend(rows: Sequence | None, pass_mark: float) -> list[dict] | None:
    """The last runs' scores (:class:`reports.history.TrendRow`, oldest first) for the body."""
    if not rows or len(rows) < 2:
        return None
    from reports.trend import MAX_REPORT_RUNS, short_date

    return [
        {
            "when": short_date(r.started_at),
            "score": f"{r.score or 0:.1f}",
            "width": max(1, round(min(max(r.score or 0.0, 0.0), 100.0) * 2)),
            "passed": (r.score or 0.0) >= pass_mark,
            "found": f"{r.found}/{r.total}" if r.total else "",
        }
        for r in list(rows)[-MAX_REPORT_RUNS:]
    ]


def _context(report: AuditReport, diff: RunDiff | None, attach, skipped, trend=None) -> dict:
    v = ReportView(report)
    counts = v.counts
    gaps = [
        {
            "code": g.code,
            "title": _line(g.item.title),
            "status": STATUS_TH[g.status],
            "responsible": _line(g.item.responsible),
            "gain": g.gain_text if g.gain > 0 else "",
            "action": _line(g.action),
        }
        for g in v.gaps[:TOP_GAPS]
    ]
    changes = None
    if diff is not None:
        changes = {
            "score": f"{num(diff.score_change.old)} → {num(diff.score_change.new)} "
            f"({signed(diff.score_change.delta)})",
            "since": thai_datetime(diff.old.started_at),
            "by_topic": diff.matched_by == "topic",
            "groups": [(k, v) for k, v in _diff_lines(diff).items() if v],
        }
    return {
        "agency": _line(report.agency) or _host(report.site),
        "site": _line(report.site),
        "year": v.year,
        "when": thai_datetime(report.started_at),
        "score": num(v.score),
        "pass_mark": num(v.pass_mark),
        "passed": v.passed,
        "short": num(v.distance),
        "year_notice": v.year_notice,
        "counts": [(STATUS_TH[s], counts[s]) for s in STATUSES],
        "total": len(report.items),
        "gaps": gaps,
        "more_gaps": len(v.gaps) - len(gaps),
        "changes": changes,
        "attachments": [(p.name, about) for p, _, _, about in attach],
        "skipped": skipped,
        "stopped_by": bool(report.crawl.stopped_by),
        "confirmed": report.checklist_confirmed,
        "note": SCORE_NOTE,
        "trend": _trend(trend, report.score.pass_mark),
    }


TEXT_TEMPLATE = """\
รายงานตรวจเว็บไซต์ตามเกณฑ์ OIT (ITA) ปีประเมิน {{ year }}
หน่วยงาน: {{ agency }}
เว็บไซต์: {{ site }}
ตรวจเมื่อ: {{ when }}

คะแนน OIT โดยประมาณ: {{ score }} (เกณฑ์ผ่าน {{ pass_mark }}){% if passed %} ผ่านเกณฑ์{% else %} ขาดอีก {{ short }} คะแนน{% endif %}

สถานะรายการ ({{ total }} รายการ): {% for label, n in counts %}{{ label }} {{ n }}{% if not loop.last %}, {% endif %}{% endfor %}

{% if trend %}คะแนน {{ trend|length }} ครั้งล่าสุด (เกณฑ์ผ่าน {{ pass_mark }}):
{% for t in trend %}  {{ t.when }}  {{ t.score }}{% if t.found %}  พบ {{ t.found }} รายการ{% endif %}{% if not t.passed %}  (ต่ำกว่าเกณฑ์){% endif %}
{% endfor %}
{% endif %}{% if stopped_by %}หมายเหตุ: การตรวจหยุดก่อนครบเพราะถึงขีดจำกัดที่ตั้งไว้
{% endif %}{% if year_notice %}หมายเหตุ: {{ year_notice }}
{% endif %}{% if not confirmed %}หมายเหตุ: เกณฑ์บางส่วนของปีนี้ยังไม่ยืนยัน
{% endif %}
{% if gaps %}รายการที่ควรแก้ก่อน:
{% for g in gaps %}  {{ loop.index }}. {{ g.code }} {{ g.title }} [{{ g.status }}]{% if g.gain %} {{ g.gain }} คะแนนถ้าแก้ได้{% endif %}{% if g.responsible %} ผู้รับผิดชอบ: {{ g.responsible }}{% endif %}
     สิ่งที่ต้องทำ: {{ g.action }}
{% endfor %}{% if more_gaps > 0 %}  และอีก {{ more_gaps }} รายการ (ดูในรายงานฉบับเต็ม)
{% endif %}{% else %}ทุกรายการพบครบ
{% endif %}
{% if changes %}เปลี่ยนแปลงจากการตรวจครั้งก่อน ({{ changes.since }}): คะแนน {{ changes.score }}
{% if changes.by_topic %}  (ปีประเมินต่างกัน: เทียบตามหัวข้อ)
{% endif %}{% for title, rows in changes.groups %}  {{ title }} ({{ rows|length }}):
{% for r in rows[:15] %}    - {{ r }}
{% endfor %}{% if rows|length > 15 %}    - และอีก {{ rows|length - 15 }}
{% endif %}{% else %}  ไม่มีรายการเปลี่ยนสถานะ
{% endfor %}
{% endif %}{% if attachments %}ไฟล์แนบ:
{% for name, about in attachments %}  - {{ name }}: {{ about }}
{% endfor %}{% endif %}{% for s in skipped %}  - {{ s }}
{% endfor %}
{{ note }}
"""

HTML_TEMPLATE = """\
<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>OIT {{ year }}</title></head>
<body style="font-family: Tahoma, 'Noto Sans Thai', sans-serif; line-height: 1.5;">
<h2>ผลตรวจเว็บไซต์ตามเกณฑ์ OIT (ITA) ปีประเมิน {{ year }}</h2>
<p>หน่วยงาน: <b>{{ agency }}</b><br>เว็บไซต์: {{ site }}<br>ตรวจเมื่อ: {{ when }}</p>
<p style="font-size: 1.3em;">คะแนน OIT โดยประมาณ
<b style="color: {{ '#1a7f37' if passed else '#b42318' }};">{{ score }}</b> / เกณฑ์ผ่าน {{ pass_mark }}
{% if passed %}(ผ่านเกณฑ์){% else %}(ขาดอีก {{ short }} คะแนน){% endif %}</p>
<table cellpadding="4" style="border-collapse: collapse;" border="1">
<tr>{% for label, n in counts %}<th>{{ label }}</th>{% endfor %}<th>ทั้งหมด</th></tr>
<tr>{% for label, n in counts %}<td align="center">{{ n }}</td>{% endfor %}<td align="center">{{ total }}</td></tr>
</table>
{% if trend %}<h3>คะแนน {{ trend|length }} ครั้งล่าสุด (เกณฑ์ผ่าน {{ pass_mark }})</h3>
<table cellpadding="2" style="border-collapse: collapse;" class="trend">
{% for t in trend %}<tr><td>{{ t.when }}</td><td><div style="background: {{ '#1a7f37' if t.passed else '#b42318' }}; width: {{ t.width }}px; height: 12px;"></div></td><td align="right"><b>{{ t.score }}</b></td><td>{% if t.found %}พบ {{ t.found }}{% endif %}</td></tr>
{% endfor %}</table>{% endif %}
{% if stopped_by %}<p>หมายเหตุ: การตรวจหยุดก่อนครบเพราะถึงขีดจำกัดที่ตั้งไว้</p>{% endif %}
{% if year_notice %}<p>หมายเหตุ: {{ year_notice }}</p>{% endif %}
{% if not confirmed %}<p>หมายเหตุ: เกณฑ์บางส่วนของปีนี้ยังไม่ยืนยัน</p>{% endif %}
{% if gaps %}<h3>รายการที่ควรแก้ก่อน</h3>
<ol>{% for g in gaps %}<li><b>{{ g.code }}</b> {{ g.title }} [{{ g.status }}]
{% if g.gain %} <b>{{ g.gain }}</b> คะแนนถ้าแก้ได้{% endif %}
{% if g.responsible %}<br>ผู้รับผิดชอบ: {{ g.responsible }}{% endif %}
<br>สิ่งที่ต้องทำ: {{ g.action }}</li>
{% endfor %}</ol>{% if more_gaps > 0 %}<p>และอีก {{ more_gaps }} รายการ (ดูในรายงานฉบับเต็ม)</p>{% endif %}
{% else %}<p>ทุกรายการพบครบ</p>{% endif %}
{% if changes %}<h3>เปลี่ยนแปลงจากการตรวจครั้งก่อน ({{ changes.since }})</h3>
<p>คะแนน {{ changes.score }}{% if changes.by_topic %} (ปีประเมินต่างกัน: เทียบตามหัวข้อ){% endif %}</p>
{% for title, rows in changes.groups %}<p><b>{{ title }}</b> ({{ rows|length }})</p>
<ul>{% for r in rows[:15] %}<li>{{ r }}</li>{% endfor %}{% if rows|length > 15 %}<li>และอีก {{ rows|length - 15 }}</li>{% endif %}</ul>
{% else %}<p>ไม่มีรายการเปลี่ยนสถานะ</p>{% endfor %}{% endif %}
{% if attachments %}<p>ไฟล์แนบ:</p><ul>{% for name, about in attachments %}<li>{{ name }}: {{ about }}</li>{% endfor %}</ul>{% endif %}
{% for s in skipped %}<p>{{ s }}</p>{% endfor %}
<p><small>{{ note }}</small></p>
</body></html>
"""

_ENV = Environment(autoescape=True, trim_blocks=False, keep_trailing_newline=True)
_TEXT = Environment(autoescape=False, keep_trailing_newline=True).from_string(TEXT_TEMPLATE)
_HTML = _ENV.from_string(HTML_TEMPLATE)


def _address(value: str, what: str) -> str:
    text = str(value).strip()
    if not text or "\n" in text or "\r" in text or "@" not in parseaddr(text)[1]:
        raise ValueError(f"{what}: not an e-mail address: {value!r}")
    return text


def build_message(
    report: AuditReport,
    out_dir: Path,
    *,
    sender: str,
    recipients: Sequence[str],
    diff: RunDiff | None = None,
    max_attachments_bytes: int = MAX_ATTACHMENTS_BYTES,
    trend: Sequence | None = None,
) -> EmailMessage:
    """The report as an e-mail: Thai subject (agency or site, year, estimated score), a plain
    text and an HTML summary, and ``report.html`` / ``report.pdf`` from ``out_dir`` attached
    when present (skipped, and said so in the body, past ``max_attachments_bytes``). ``trend``:
    the site's last runs (:class:`reports.history.TrendRow`, this one included), listed with
    their scores."""
    if not recipients:
        raise ValueError("no recipients: add `recipients:` to the profile or pass --mail-to")
    to = [_address(r, "recipient") for r in recipients]
    attach, skipped = _plan_attachments(Path(out_dir), max_attachments_bytes)
    ctx = _context(report, diff, attach, skipped, trend)

    msg = EmailMessage()
    msg["Subject"] = subject_for(report)
    msg["From"] = _address(sender, "sender")
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=True)
    domain = parseaddr(sender)[1].rpartition("@")[2] or "oit-audit.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(_TEXT.render(**ctx), subtype="plain", charset="utf-8")
    msg.add_alternative(_HTML.render(**ctx), subtype="html", charset="utf-8")
    for path, main, sub, _about in attach:
        msg.add_attachment(path.read_bytes(), maintype=main, subtype=sub, filename=path.name)
    return msg


def send(
    message: EmailMessage,
    host: str,
    port: int = 25,
    *,
    user: str | None = None,
    password: str | None = None,
    starttls: bool = False,
    timeout: float = 30,
    implicit_tls: bool = False,
    ssl_context: ssl.SSLContext | None = None,
) -> dict[str, tuple[int, bytes]]:
    """Send by SMTP (``starttls``: upgrade the connection; ``implicit_tls``: SMTPS, port 465).
    Returns the recipients the server refused (empty when all were accepted); raises
    :class:`MailError` when nothing could be sent."""
    context = ssl_context or ssl.create_default_context()
    where = f"{host}:{port}"
    try:
        if implicit_tls:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        with smtp:
            smtp.ehlo()
            if starttls and not implicit_tls:
                smtp.starttls(context=context)
                smtp.ehlo()
            if user:
                smtp.login(user, password or "")
            return smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"SMTP {where}: login refused for {user!r} ({exc.smtp_code})") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(f"SMTP {where}: every recipient was refused: {sorted(exc.recipients)}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(f"SMTP {where}: {exc}") from exc
