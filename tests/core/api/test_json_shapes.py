"""The guards that narrow parsed JSON/TOML: they accept exactly objects/tables and arrays."""

from __future__ import annotations

import json
import sys
from types import MappingProxyType

if sys.version_info >= (3, 11):
    import tomllib
else:  # the same fallback as core/settings/file.py
    import tomli as tomllib

from agent_desktop.core.json_shapes import is_list, is_object, is_table


def test_is_object_accepts_parsed_objects_only():
    assert is_object(json.loads('{"a": 1}'))
    assert is_object(tomllib.loads("[t]\na = 1")["t"])
    for other in (json.loads("[1]"), "{}", None, 1, MappingProxyType({"a": 1})):
        assert not is_object(other)


def test_is_table_also_accepts_other_mappings():
    assert is_table({"a": 1})
    assert is_table(MappingProxyType({"a": 1}))
    assert not is_table([("a", 1)])


def test_is_list_accepts_arrays_only():
    assert is_list(json.loads("[1, 2]"))
    assert is_list(tomllib.loads("a = [1, 2]")["a"])
    for other in ((1, 2), "12", {"a": 1}, None):
        assert not is_list(other)
