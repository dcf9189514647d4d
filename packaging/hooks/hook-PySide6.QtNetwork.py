# PyInstaller's own Qt hook, filtered: only the Qt plugins and translations the app uses
# (rules in packaging/bundle_config.py). Filtering here, before PyInstaller follows the plugins'
# library dependencies, also keeps out what only the dropped plugins would need (e.g. GTK).
from bundle_config import lean_qt
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = lean_qt(*add_qt6_dependencies(__file__))
