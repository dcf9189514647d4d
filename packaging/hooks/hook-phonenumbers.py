# Replaces the contrib hook, which collects every phonenumbers submodule: the geocoder, carrier
# and time-zone tables (about 20 MB) are excluded, so collect only what parsing and formatting
# load at run time (the per-region metadata modules are imported by name, lazily).
from bundle_config import EXCLUDED_MODULES
from PyInstaller.utils.hooks import collect_submodules


def _wanted(name: str) -> bool:
    return not any(name == ex or name.startswith(ex + ".") for ex in EXCLUDED_MODULES)


hiddenimports = collect_submodules("phonenumbers", filter=_wanted)
