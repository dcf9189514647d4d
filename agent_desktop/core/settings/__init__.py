"""Settings, where files live, the API key, languages, the OS account, autostart."""
