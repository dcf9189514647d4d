"""The global shortcuts' key combinations: parsed, refused with a reason, spelled per system."""

from __future__ import annotations

import pytest

from agent_desktop.core.hotkeys import DEFAULT_KEYS, parse_combo, validate_keys


def test_defaults_are_valid_and_spelled_for_each_system():
    answer = parse_combo(DEFAULT_KEYS["answer_end"])
    assert answer.text == "Ctrl+Shift+F9"
    assert answer.pynput == "<ctrl>+<shift>+<f9>"
    assert (answer.x11_keysym, answer.x11_mask) == ("F9", 4 | 1)
    assert (answer.windows_vk, answer.windows_mods) == (0x78, 0x2 | 0x4)
    send = parse_combo(DEFAULT_KEYS["send_log"])
    assert (send.pynput, send.x11_keysym, send.windows_vk) == (
        "<ctrl>+<shift>+<enter>",
        "Return",
        0x0D,
    )


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("ctrl+shift+f9", "Ctrl+Shift+F9"),
        (" Alt + Control + k ", "Ctrl+Alt+K"),
        ("Shift+F12", "Shift+F12"),
        ("Meta+Enter", "Meta+Return"),
        ("Ctrl+Alt+Shift+F2", "Ctrl+Alt+Shift+F2"),
        ("Ctrl+Alt+F13", "Ctrl+Alt+F13"),
        ("Cmd+PgUp", "Meta+PageUp"),
    ],
)
def test_spellings_are_made_canonical(typed, canonical):
    assert validate_keys(typed) == canonical


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("", "such as"),
        ("F9", "needs Ctrl, Alt or Meta"),
        ("Shift+K", "needs Ctrl, Alt or Meta"),
        ("Ctrl+Alt+F9", "switches the console"),
        ("Ctrl+Hyper+K", '"Hyper"'),
        ("Ctrl+Escape", '"Escape"'),
        ("Ctrl++", 'joined by "+"'),
        ("Ctrl+ä", '"ä"'),
        (42, "such as"),
    ],
)
def test_what_cannot_be_a_global_shortcut_says_why(typed, why):
    with pytest.raises(ValueError, match=None) as caught:
        parse_combo(typed)
    assert why in str(caught.value)
