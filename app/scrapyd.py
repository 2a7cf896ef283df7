"""Crawls of a batch as Scrapyd jobs (``oit batch --scrapyd URL[,URL...]``).

The project goes to each node as an egg built the way scrapyd-client builds one (a generated
``setup.py`` with the ``scrapy`` settings entry point, ``setup.py bdist_egg``) and is uploaded
with ``addversion.json``. Each agency is one job (``schedule.json``, spider ``site``, the crawl
options in the ``OIT_JOB`` setting: crawler/scrapyd_job.py), at most ``jobs_per_node`` at a time
per node. Jobs are followed with ``listjobs.json``; a finished job's facts and figures are
downloaded from the node's ``/items/`` folder and matched here, exactly as a local crawl's. A
node that stops answering is given up, and its jobs go to the other nodes.

Nodes need the project's dependencies installed (``pip install oit-audit scrapyd``) and
``items_dir`` set in their scrapyd.conf (see docs/scrapyd.md).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urlencode, urlsplit
from urllib.request import Request, urlopen

PROJECT = "oit-audit"
SPIDER = "site"
ROOT = Path(__file__).resolve().parents[1]
EGG_PACKAGES = ("common", "crawler", "checklist", "reports")  # what a crawl imports (app/oit stay here)
SETUP_PY = """\
from setuptools import find_packages, setup

setup(
    name="oit-audit",
    version="{version}",
    packages=find_packages(),
    package_data={{"checklist": ["data/*.yaml", "data/profiles/*.yaml"], "reports": ["templates/*"]}},
    entry_points={{"scrapy": ["settings = crawler.settings"]}},
    zip_safe=False,
)
"""
TIMEOUT = 10.0  # seconds for one API call
DEAD_AFTER = 3  # failed calls in a row before a node is given up
JOB_ATTEMPTS = 3  # jobs of one agency that end without facts before it is marked failed
NODE_ERRORS = 20  # calls that fail for one agency (nodes not answering) before it is marked failed

LINK_HINT = "checklist.signals.evidence_hint"  # what app.audit passes a local crawl


class ScrapydError(RuntimeError):
    """The cluster cannot be used (no node answers, the egg cannot be deployed)."""


class NoNodeLeft(ScrapydError):
    """Every node stopped answering: the batch stops (run it again when they are back)."""


class NodeDown(OSError):
    """A node did not answer."""


@dataclass
class Node:
    url: str
    auth: str = ""  # Authorization header when the URL carries user:password (Scrapyd basic auth)
    alive: bool = True
    running: int = 0
    failures: int = 0
    jobs: dict[str, str] = field(default_factory=dict)  # job id -> pending/running/finished
    polled: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Crawled:
    facts: Path
    figures: dict
    node: str


def _node(url: str) -> Node:
    """``http://user:password@host:6800/`` -> the node without the credentials in its URL."""
    parts = urlsplit(url.rstrip("/"))
    if parts.username is None:
        return Node(url.rstrip("/"))
    token = base64.b64encode(f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()).decode()
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return Node(parts._replace(netloc=netloc).geturl(), auth=f"Basic {token}")


def build_egg(dest: Path) -> Path:
    """The project as an egg for Scrapyd, built like scrapyd-client's ``scrapyd-deploy``."""
    from crawler.settings import VERSION

    with tempfile.TemporaryDirectory(prefix="oit-egg-") as tmp:
        src = Path(tmp)
        for pkg in EGG_PACKAGES:
            shutil.copytree(ROOT / pkg, src / pkg,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "sample_site"))
        (src / "setup.py").write_text(SETUP_PY.format(version=VERSION), encoding="utf-8")
        dist = src / "dist"
        proc = subprocess.run(
            [sys.executable, "setup.py", "-q", "bdist_egg", "-d", str(dist)],
            cwd=src, capture_output=True, text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONWARNINGS": "ignore", "HOME": tmp},
        )
        eggs = list(dist.glob("*.egg"))
        if proc.returncode != 0 or not eggs:
            raise ScrapydError(f"สร้างไฟล์ egg ไม่สำเร็จ: {(proc.stderr or proc.stdout).strip()[-500:]}")
        dest.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy(eggs[0], dest / eggs[0].name))


def _multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for k, v in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    for k, (name, data) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"; filename="{name}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


class Cluster:
    """The Scrapyd nodes of a batch; :meth:`crawl` is called from many threads at once."""

    def __init__(self, urls: list[str], *, jobs_per_node: int = 4, stop: threading.Event | None = None,
                 poll: float = 0.5, work: Path | None = None) -> None:
        self.nodes = [_node(u) for u in urls]
        self.jobs_per_node = jobs_per_node
        self.stop = stop or threading.Event()
        self.poll = poll
        self.cond = threading.Condition()
        self.version = ""
        self.work = work

    # -- the API ---------------------------------------------------------------------------
    def _call(self, node: Node, path: str, *, data: bytes | None = None, ctype: str = "",
              params: dict | None = None, raw: bool = False):
        url = f"{node.url}/{path}" + (f"?{urlencode(params)}" if params else "")
        headers = {"Content-Type": ctype} if ctype else {}
        if node.auth:
            headers["Authorization"] = node.auth
        req = Request(url, data=data, headers=headers)
        try:
            with urlopen(req, timeout=TIMEOUT) as resp:
                body = resp.read()
        except HTTPError as exc:
            if raw and exc.code == 404:
                return None
            self._failed(node)
            raise NodeDown(f"{node.url}: HTTP {exc.code}") from None
        except (URLError, OSError, TimeoutError) as exc:
            self._failed(node)
            raise NodeDown(f"{node.url}: {getattr(exc, 'reason', exc)}") from None
        node.failures = 0
        if raw:
            return body
        answer = json.loads(body)
        if answer.get("status") == "error":
            raise ScrapydError(f"Scrapyd {node.url} ตอบว่า: {answer.get('message')}")
        return answer

    def _failed(self, node: Node) -> None:
        with self.cond:
            node.failures += 1
            if node.failures >= DEAD_AFTER and node.alive:
                node.alive = False
                print(f"คำเตือน: Scrapyd {node.url} ไม่ตอบ: เลิกใช้เครื่องนี้ งานที่ค้างอยู่ย้ายไปเครื่องอื่น",
                      file=sys.stderr)
            self.cond.notify_all()

    def _post(self, node: Node, path: str, fields: list[tuple[str, str]]):
        return self._call(node, path, data=urlencode(fields).encode(),
                          ctype="application/x-www-form-urlencoded")

    # -- deploy ----------------------------------------------------------------------------
    def deploy(self) -> None:
        """Build the egg once and upload it to every node (addversion.json)."""
        with tempfile.TemporaryDirectory(prefix="oit-deploy-") as tmp:
            egg = build_egg(Path(tmp))
            data = egg.read_bytes()
        self.version = "r" + hashlib.sha256(data).hexdigest()[:16]
        body, ctype = _multipart({"project": PROJECT, "version": self.version}, {"egg": ("project.egg", data)})
        errors = []
        for node in self.nodes:
            for _ in range(DEAD_AFTER):
                try:
                    self._call(node, "addversion.json", data=body, ctype=ctype)
                    break
                except NodeDown as exc:
                    if not node.alive:
                        errors.append(str(exc))
                        break
                    time.sleep(0.5)
                except ScrapydError as exc:
                    node.alive = False
                    errors.append(str(exc))
                    break
        if not any(n.alive for n in self.nodes):
            raise ScrapydError("ส่งโปรแกรมไปยัง Scrapyd ไม่ได้เลยสักเครื่อง: " + "; ".join(errors))

    def capacity(self) -> int:
        return max(1, sum(1 for n in self.nodes if n.alive) * self.jobs_per_node)

    # -- one agency ------------------------------------------------------------------------
    def _acquire(self) -> Node | None:
        with self.cond:
            while True:
                if self.stop.is_set():
                    return None
                alive = [n for n in self.nodes if n.alive]
                if not alive:
                    raise NoNodeLeft("ไม่มีเครื่อง Scrapyd ที่ยังตอบอยู่")
                free = [n for n in alive if n.running < self.jobs_per_node]
                if free:
                    node = min(free, key=lambda n: n.running)
                    node.running += 1
                    return node
                self.cond.wait(1.0)

    def _release(self, node: Node) -> None:
        with self.cond:
            node.running -= 1
            self.cond.notify_all()

    def _state(self, node: Node, job: str) -> str | None:
        """The job's state by the node's listjobs.json (one call per poll period per node)."""
        with node.lock:
            if time.monotonic() - node.polled >= self.poll:
                answer = self._call(node, "listjobs.json", params={"project": PROJECT})
                node.jobs = {j["id"]: state for state in ("pending", "running", "finished")
                             for j in answer.get(state, [])}
                node.polled = time.monotonic()
            return node.jobs.get(job)

    def crawl(self, key: str, url: str, job, work: Path) -> Crawled | None:
        """Crawl ``url`` on some node; the facts land in ``work``. None when the batch stops."""
        errors: list[str] = []
        failed_jobs = node_errors = 0
        while failed_jobs < JOB_ATTEMPTS and node_errors < NODE_ERRORS:
            node = self._acquire()
            if node is None:
                return None
            try:
                got = self._run_job(node, url, job, work)
                if got is not None or self.stop.is_set():
                    return got
                failed_jobs += 1  # the job ran and ended without its facts: the site's doing?
                errors.append(f"{node.url}: งานจบโดยไม่มีผลการเก็บข้อมูล")
            except NodeDown as exc:  # the node's doing: not held against the agency
                node_errors += 1
                errors.append(str(exc))
                self.stop.wait(self.poll)
            finally:
                self._release(node)
        raise ScrapydError("เก็บข้อมูลบน Scrapyd ไม่สำเร็จ: " + "; ".join(errors[-JOB_ATTEMPTS:]))

    def _run_job(self, node: Node, url: str, job, work: Path) -> Crawled | None:
        options = {"max_pages": job.max_pages, "max_minutes": job.max_minutes,
                   "concurrency": job.per_site, "delay": job.delay}
        jobid = uuid.uuid4().hex
        self._post(node, "schedule.json", [
            ("project", PROJECT), ("spider", SPIDER), ("_version", self.version), ("jobid", jobid),
            ("url", url), ("setting", "OIT_JOB=" + json.dumps(options)),
            # the same crawl order as a local audit (likely evidence first): named, loaded there
            ("setting", f"OIT_LINK_HINT={LINK_HINT}"),
        ])
        seen = False
        while True:
            if self.stop.is_set():
                with contextlib.suppress(NodeDown, ScrapydError):
                    self._post(node, "cancel.json", [("project", PROJECT), ("job", jobid)])
                return None
            if not node.alive:
                raise NodeDown(f"{node.url}: เครื่องหยุดตอบระหว่างงาน")
            try:
                state = self._state(node, jobid)
            except NodeDown:
                time.sleep(self.poll)
                continue
            seen = seen or state is not None
            if state == "finished":
                return self._gather(node, jobid, work)
            if state is None and seen:  # dropped from the node's memory: restarted node
                raise NodeDown(f"{node.url}: งาน {jobid} หายไปจากเครื่อง")
            time.sleep(self.poll)

    def _gather(self, node: Node, jobid: str, work: Path) -> Crawled | None:
        base = f"items/{PROJECT}/{SPIDER}/{jobid}"
        result = self._call(node, f"{base}/result.json", raw=True)
        if result is None:
            return None  # the job died before its end (see its log on the node)
        facts = self._call(node, f"{base}/facts.jsonl", raw=True)
        if facts is None:
            return None
        work.mkdir(parents=True, exist_ok=True)
        path = work / "facts.scrapyd.jsonl"
        from common.files import write_atomic

        write_atomic(path, facts, sync=False)
        return Crawled(facts=path, figures=json.loads(result), node=node.url)
