from datetime import datetime, timedelta, timezone

from stubs import FakeClock

from agent_desktop.core.clock import Clock, SystemClock


def test_system_clock_is_aware_utc_and_close_to_now():
    before = datetime.now(timezone.utc)
    now = SystemClock().now()
    after = datetime.now(timezone.utc)
    assert now.utcoffset() == timedelta(0)
    assert before <= now <= after


def test_fake_clock_moves_only_when_told():
    clock: Clock = FakeClock(datetime(2026, 1, 1, tzinfo=timezone.utc))
    assert clock.now() == clock.now() == datetime(2026, 1, 1, tzinfo=timezone.utc)
    clock.advance(90)
    assert clock.now() == datetime(2026, 1, 1, 0, 1, 30, tzinfo=timezone.utc)
    clock.advance(timedelta(hours=1))
    assert clock.now().hour == 1
