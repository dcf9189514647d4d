# Generated from pyproject.toml by packaging/bake_version.py (run by the build); kept in the
# repository so a source checkout knows its version without importlib.metadata at start-up.
__version__ = "0.1.0"
