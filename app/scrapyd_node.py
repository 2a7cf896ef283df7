"""A Scrapyd node on this machine, in its own folder: for the tests, the bench, and a trial of
``oit batch --scrapyd`` on one computer.

``with LocalNode(folder) as url:`` writes ``folder/scrapyd.conf``, starts ``python -m scrapyd``
there and waits until it answers. The node does not see this project's packages (not on its
path): its jobs run the egg the batch deploys, as on a machine of their own. The node listens on a port the system picks (port 0, read
back from the listening socket), on 127.0.0.1 only. Scrapyd itself takes a fixed port from its
config; :func:`application` (named in the config through a stub module in the folder) lets it listen on port 0 instead and writes
the port it got to ``folder/port``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.request import urlopen

CONF = """\
[scrapyd]
application = scrapyd_app.application
bind_address = 127.0.0.1
http_port = 0
eggs_dir = eggs
logs_dir = logs
items_dir = items
dbs_dir = dbs
jobs_to_keep = 1000
finished_to_keep = 1000
poll_interval = {poll}
max_proc = {max_proc}
"""
STUB = """\
# The application factory of app/scrapyd_node.py, loaded from its file: the node's path holds
# no package of the project.
import importlib.util

_spec = importlib.util.spec_from_file_location("_oit_scrapyd_node", {path!r})
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
application = _module.application
"""


def application(config):
    """scrapyd.app.application, listening on any free port when ``http_port`` is 0."""
    from scrapyd.app import application as scrapyd_application
    from twisted.application.internet import TCPServer

    any_port = config.getint("http_port", 6800) == 0
    if any_port:
        config.cp.set("scrapyd", "http_port", "65535")  # replaced below before it binds
    app = scrapyd_application(config)
    if any_port:
        from twisted.application.service import IServiceCollection

        for service in IServiceCollection(app):
            if isinstance(service, TCPServer):
                service.args = (0, *service.args[1:])
                start = service.privilegedStartService

                def started(service=service, start=start):
                    start()
                    Path("port").write_text(str(service._port.getHost().port))

                service.privilegedStartService = started
    return app


class LocalNode:
    def __init__(self, folder: Path, *, max_proc: int = 4, poll: float = 0.2, env: dict | None = None) -> None:
        self.folder = Path(folder)
        self.env = env
        self.max_proc = max_proc
        self.poll = poll
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self, timeout: float = 60.0) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "scrapyd.conf").write_text(CONF.format(poll=self.poll, max_proc=self.max_proc))
        (self.folder / "port").unlink(missing_ok=True)
        (self.folder / "scrapyd_app.py").write_text(STUB.format(path=str(Path(__file__).resolve())))
        env = dict(self.env if self.env is not None else os.environ)
        env.pop("PYTHONPATH", None)  # the project comes to the node's jobs as the deployed egg
        with (self.folder / "scrapyd.out").open("ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=self.folder, env=env,
                                         stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"scrapyd ended at start: {(self.folder / 'scrapyd.out').read_text()[-800:]}")
            port = (self.folder / "port").read_text().strip() if (self.folder / "port").exists() else ""
            if port:
                self.url = f"http://127.0.0.1:{port}"
                try:
                    with urlopen(self.url + "/daemonstatus.json", timeout=2) as r:
                        if r.status == 200:
                            return self.url
                except OSError:
                    pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("scrapyd did not answer in time")

    def kill(self) -> None:
        """Kill the node and its jobs at once (a machine that dies)."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
