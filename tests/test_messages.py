"""The command line speaks Thai unless the locale asks for English."""

import pytest

from oit.messages import language, say


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "th"),
        ({"LANG": "C.UTF-8"}, "th"),
        ({"LANG": "th_TH.UTF-8"}, "th"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "th_TH.UTF-8"}, "th"),
        ({"LANG": "th_TH.UTF-8", "OIT_LANG": "en"}, "en"),
    ],
)
def test_language_follows_the_locale(monkeypatch, env, expected):
    for name in ("OIT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert language() == expected
    assert say("ไทย", "English") == ("English" if expected == "en" else "ไทย")
