"""The outbox in the window: the strip, the list, edit & resend."""
