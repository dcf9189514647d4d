"""The call in hand: the call bar, who is calling, attention, dialling, global keys."""
