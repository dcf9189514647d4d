"""Search and lookup logic without Qt: terms, the term cache, ring lookups."""
