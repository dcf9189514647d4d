"""Phone sources: what turns a phone's own words into the call events the call model takes.

The `agent-desktop call …` command is always accepted (core/forward.py); a source chosen by the
`phone` setting adds one more way in: a desk phone's Action URLs, a softphone's API, the PBX.
One module a source, each exposing `create(config) -> PhoneSource` (see source.py, registry.py).
"""
