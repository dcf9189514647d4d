"""Key combinations for the global shortcuts: parsed from the setting's text ("Ctrl+Shift+F9"),
checked for sense, and spelled for pynput and for the operating system's own hot-key calls.

Rules a global shortcut must follow, since it works while another application has the keyboard:
a modifier (Ctrl, Alt or Meta; Shift alone only with a function key) so typing is never taken,
and no Ctrl+Alt+F1…F12, which switch the Linux console before any application sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

# The actions, in the order they are shown, and their default keys.
ANSWER_END = "answer_end"
SEND_LOG = "send_log"
DEFAULT_KEYS = {ANSWER_END: "Ctrl+Shift+F9", SEND_LOG: "Ctrl+Shift+Return"}

_MODIFIERS = {  # spelling -> canonical name
    "ctrl": "Ctrl",
    "control": "Ctrl",
    "alt": "Alt",
    "option": "Alt",
    "shift": "Shift",
    "meta": "Meta",
    "super": "Meta",
    "win": "Meta",
    "cmd": "Meta",
    "command": "Meta",
}
_ORDER = ("Ctrl", "Alt", "Shift", "Meta")
_NAMED = {  # spelling -> canonical name
    "return": "Return",
    "enter": "Return",
    "space": "Space",
    "insert": "Insert",
    "ins": "Insert",
    "delete": "Delete",
    "del": "Delete",
    "home": "Home",
    "end": "End",
    "pageup": "PageUp",
    "pgup": "PageUp",
    "pagedown": "PageDown",
    "pgdown": "PageDown",
    "pause": "Pause",
}
# canonical name -> (pynput's name, X11 keysym name, Windows virtual-key code)
_KEYS: dict[str, tuple[str, str, int]] = {
    "Return": ("<enter>", "Return", 0x0D),
    "Space": ("<space>", "space", 0x20),
    "Insert": ("<insert>", "Insert", 0x2D),
    "Delete": ("<delete>", "Delete", 0x2E),
    "Home": ("<home>", "Home", 0x24),
    "End": ("<end>", "End", 0x23),
    "PageUp": ("<page_up>", "Prior", 0x21),
    "PageDown": ("<page_down>", "Next", 0x22),
    "Pause": ("<pause>", "Pause", 0x13),
}
_PYNPUT_MODIFIERS = {"Ctrl": "<ctrl>", "Alt": "<alt>", "Shift": "<shift>", "Meta": "<cmd>"}
X11_MASKS = {"Shift": 1, "Ctrl": 4, "Alt": 8, "Meta": 64}  # ShiftMask, ControlMask, Mod1, Mod4
WINDOWS_MODS = {"Alt": 0x1, "Ctrl": 0x2, "Shift": 0x4, "Meta": 0x8}  # MOD_ALT, MOD_CONTROL, …


@dataclass(frozen=True)
class KeyCombo:
    modifiers: tuple[str, ...]  # canonical, in _ORDER
    key: str  # canonical: "F9", "Return", "A", "7"

    @property
    def text(self) -> str:
        """The portable spelling, as the setting keeps it and Qt's QKeySequence reads it."""
        return "+".join((*self.modifiers, self.key))

    @property
    def pynput(self) -> str:
        """pynput's HotKey.parse spelling: "<ctrl>+<shift>+<f9>"."""
        return "+".join((*(_PYNPUT_MODIFIERS[m] for m in self.modifiers), _pynput_key(self.key)))

    @property
    def x11_keysym(self) -> str:
        if self.key in _KEYS:
            return _KEYS[self.key][1]
        return self.key.lower() if len(self.key) == 1 else self.key

    @property
    def x11_mask(self) -> int:
        return sum(X11_MASKS[m] for m in self.modifiers)

    @property
    def windows_vk(self) -> int:
        if self.key in _KEYS:
            return _KEYS[self.key][2]
        if self.key.startswith("F") and len(self.key) > 1:
            return 0x6F + int(self.key[1:])  # VK_F1 is 0x70
        return ord(self.key)  # A-Z and 0-9 are their ASCII codes

    @property
    def windows_mods(self) -> int:
        return sum(WINDOWS_MODS[m] for m in self.modifiers)


def _pynput_key(key: str) -> str:
    if key in _KEYS:
        return _KEYS[key][0]
    return f"<{key.lower()}>" if len(key) > 1 else key.lower()


def _function_key(name: str) -> str | None:
    if len(name) > 1 and name[0] in "fF" and name[1:].isdigit() and 1 <= int(name[1:]) <= 24:
        return f"F{int(name[1:])}"
    return None


def parse_combo(text: object) -> KeyCombo:
    """The combination, or ValueError whose text completes "<setting> …"."""
    if not isinstance(text, str) or not text.strip():
        raise ValueError('should be keys such as "Ctrl+Shift+F9"')
    parts = [p.strip() for p in text.strip().split("+")]
    if any(not p for p in parts):
        raise ValueError('should be keys joined by "+", such as "Ctrl+Shift+F9"')
    *mods, last = parts
    modifiers: set[str] = set()
    for mod in mods:
        name = _MODIFIERS.get(mod.lower())
        if name is None:
            raise ValueError(f'has "{mod}" where Ctrl, Alt, Shift or Meta should be')
        modifiers.add(name)
    key = _function_key(last) or _NAMED.get(last.lower())
    if key is None and len(last) == 1 and last.isascii() and last.isalnum():
        key = last.upper()
    if key is None:
        raise ValueError(
            f'has "{last}", which is not a key it can use (a letter, a digit, '
            "F1–F24, Return, Space, Insert, Delete, Home, End, PageUp, PageDown "
            "or Pause)"
        )
    ordered = tuple(m for m in _ORDER if m in modifiers)
    function = key.startswith("F") and len(key) > 1
    if not (modifiers & {"Ctrl", "Alt", "Meta"}) and not (function and modifiers):
        raise ValueError(
            "needs Ctrl, Alt or Meta (or Shift with a function key), so that "
            "typing in other applications is never taken"
        )
    if (
        function
        and {"Ctrl", "Alt"} <= modifiers
        and "Shift" not in modifiers
        and int(key[1:]) <= 12
    ):
        raise ValueError("cannot be Ctrl+Alt with F1–F12: Linux switches the console with those")
    return KeyCombo(ordered, key)


def validate_keys(value: object) -> str:
    """The settings validator: the canonical text ("ctrl+shift+f9" -> "Ctrl+Shift+F9")."""
    return parse_combo(value).text
