"""common.files: what the tool writes never replaces, nor goes through, what is not a regular
file (issue 19, item 5); what it reads is a bounded prefix of a regular file."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from common.files import PathRefused, atomic_path, read_limited, write_atomic


def _fifo(path):
    os.mkfifo(path)
    return path


def _socket(path):
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    return path


def _device(path):
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


@pytest.mark.parametrize("make", [_fifo, _socket, _device, os.mkdir], ids=["fifo", "socket", "device", "folder"])
def test_what_is_not_a_regular_file_is_never_replaced(tmp_path, make):
    target = tmp_path / "target"
    make(target)
    before = os.lstat(target)
    with pytest.raises(PathRefused) as refused:
        write_atomic(target, "profile: x\n")
    after = os.lstat(target)
    assert (before.st_mode, before.st_ino, before.st_rdev) == (after.st_mode, after.st_ino, after.st_rdev)
    assert "not a regular file" in refused.value.english and "ไม่ใช่ไฟล์ธรรมดา" in refused.value.thai
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]  # no temporary file left


def test_nothing_is_written_under_a_file_or_into_the_kernel(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    for path in (a_file / "report.json", a_file / "sub" / "report.json", "/proc/self/oit-report.json",
                 "/sys/oit-report.json", "/dev/oit-report.json"):
        with pytest.raises(PathRefused):
            write_atomic(path, "{}")
    assert a_file.read_text() == "x"


def test_a_symbolic_link_is_replaced_never_written_through(tmp_path):
    fifo = _fifo(tmp_path / "fifo")
    link = tmp_path / "link"
    link.symlink_to(fifo)
    write_atomic(link, "ok")  # the link itself becomes the file; the FIFO is untouched
    assert link.read_text() == "ok" and not link.is_symlink()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_failed_write_leaves_the_good_file(tmp_path):
    good = tmp_path / "report.html"
    good.write_text("good")
    with pytest.raises(RuntimeError), atomic_path(good) as tmp:
        tmp.write_text("half")
        raise RuntimeError("interrupted")
    assert good.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_reading_is_bounded(tmp_path):
    with pytest.raises(PathRefused, match="not a regular file"):
        read_limited("/dev/zero", 1024)
    big = tmp_path / "big"
    with big.open("wb") as fh:
        fh.truncate(3 << 30)  # sparse
    with pytest.raises(PathRefused, match="larger than"):
        read_limited(big, 1 << 20)
    small = tmp_path / "small"
    small.write_bytes(b"abc")
    assert read_limited(small, 3) == b"abc"
    with pytest.raises(PathRefused, match="cannot read"):
        read_limited(tmp_path / "missing", 10)
