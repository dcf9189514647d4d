"""Phone sources: what turns a phone's own words into the call events the call model takes.

The `agent-desktop call …` command is always accepted (core/phones/forward.py); a source chosen by
the `phone` setting adds one more way in: a desk phone's Action URLs, a softphone's API, the PBX.
One package a source (asterisk/, baresip/, bria/, desk_phone/), its __init__ exposing
`create(config) -> PhoneSource` (see source.py, registry.py).
"""
