"""The durable outbox: saved before any network attempt, delivered by one worker."""
