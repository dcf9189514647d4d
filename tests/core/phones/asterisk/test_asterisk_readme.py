"""The README's Asterisk recipe is the one the tests use: its manager.conf user is what the fake
PBX plays, its eventfilter names the events the source reads, and its settings, loaded as the
app loads them, connect to that PBX and log a call."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

import ami_scenarios as sc
import tomllib
from fake_ami import FakeAmi
from stubs import FakeClock, wait_for

from agent_desktop.core.calls.book import CallBook
from agent_desktop.core.phones.asterisk.calls import EVENT_NAMES
from agent_desktop.core.phones.asterisk.source import SECRET_NAME, create
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.settings.settings import Settings, validate_field

README = Path(__file__).resolve().parents[4] / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Asterisk (FreePBX")
    return text[start : text.index("\n### ", start + 1)]


def _block(kind: str) -> str:
    match = re.search(rf"```{kind}\n(.*?)```", _section(), re.S)
    assert match, f"no {kind} block in the README's Asterisk section"
    return match.group(1)


def _manager_user() -> tuple[str, configparser.SectionProxy]:
    parser = configparser.ConfigParser(inline_comment_prefixes=(";",), interpolation=None)
    parser.read_string(_block("ini"))
    (name,) = parser.sections()
    return name, parser[name]


def test_the_manager_conf_user_is_least_privilege_and_the_fakes():
    name, user = _manager_user()
    fake = FakeAmi(user=name, secret=user["secret"])
    try:
        assert user["read"] == "call,agent"
        assert user["write"] == "originate" and fake.may_originate
        assert not fake.allow_filter and not fake.may_hang_up  # no system, no call writes
        assert user["deny"] == "0.0.0.0/0.0.0.0" and user["permit"]
        names = re.fullmatch(r"Event: \((.*)\)", user["eventfilter"])
        assert names and tuple(names.group(1).split("|")) == EVENT_NAMES
    finally:
        fake.close()


def test_the_readme_settings_connect_to_that_pbx_and_log_a_call():
    name, user = _manager_user()
    fake = FakeAmi(user=name, secret=user["secret"])
    values = tomllib.loads(_block("toml"))
    values["asterisk_address"] = fake.address  # the example host, here on 127.0.0.1
    settings = Settings(**{key: validate_field(key, value) for key, value in values.items()})
    source = create(SourceConfig(settings, lambda n: user["secret"] if n == SECRET_NAME else None))
    got = []
    source.start(got.append, lambda status: None)
    try:
        fake.wait_logged_in()
        fake.send(sc.inbound_answered())
        wait_for(lambda: source.events_read == len(sc.inbound_answered()))
    finally:
        source.stop()
        fake.close()
    ended = []
    book = CallBook(FakeClock(), listener=lambda c: ended.append(c) if not c.live else None)
    for event in got:
        book.apply(event)
    assert len({c.id for c in ended}) == 1 and ended[-1].talk_time.total_seconds() == 60
