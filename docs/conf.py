"""Sphinx configuration for the newsdoc documentation.

Build it with ``sphinx-build -n -W --keep-going -b html docs docs/_build/html``; the
doctest builder (``-b doctest``) runs every example in these pages against the library.
"""

from __future__ import annotations

import sys
import warnings
import zlib
from pathlib import Path

import newsdoc

DOCS = Path(__file__).parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))

project = "newsdoc"
author = "The newsdoc developers"
copyright = "2026, the newsdoc developers"
release = version = newsdoc.__version__

# sphinx-autodoc-typehints calls an API that Sphinx 10 removes; the warning is theirs to fix.
warnings.filterwarnings("ignore", message=".*set_application' is deprecated", module="sphinx_autodoc_typehints")

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx_autodoc_typehints",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx_copybutton",
    "sphinxcontrib.programoutput",
    "anatomy",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_inventories", "Thumbs.db", ".DS_Store"]
nitpicky = True
# sphinx-autodoc-typehints links the "..." of tuple[Block, ...] to a page Python's inventory lacks.
nitpick_ignore = [("py:data", "Ellipsis")]

# -- Pages --------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newsdoc {release}"
html_static_path = ["_static"]
html_css_files = ["anatomy.css"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True

# -- API reference ------------------------------------------------------------------------
autodoc_default_options = {"member-order": "bysource"}
autodoc_class_signature = "separated"
autodoc_preserve_defaults = True  # show cues=DEFAULT_CUES, not the whole repr
napoleon_google_docstring = True
napoleon_numpy_docstring = False
typehints_use_rtype = False
typehints_defaults = "comma"

# -- Doctests -----------------------------------------------------------------------------
# Every page's examples start from the seed article, read as a user would read it.
doctest_global_setup = f"""
import newsdoc
from pathlib import Path
ROOT = Path({str(ROOT)!r})
SEED = ROOT / "seeds" / "000_770722033839be41.txt"
"""


# -- Links to other projects' docs ---------------------------------------------------------
def _offline_inventory(name: str) -> str:
    """Compile ``_inventories/NAME.txt`` into a Sphinx inventory and return its path.

    CI has no network, so each linked project has a small hand-kept list of the
    entries these docs use; when the project's own inventory can be fetched, it wins.
    """
    source = DOCS / "_inventories" / f"{name}.txt"
    header, _, body = source.read_text(encoding="utf-8").partition("\n\n")
    target = DOCS / "_build" / "inventories" / f"{name}.inv"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header.encode() + b"\n" + zlib.compress(body.encode()))
    return str(target)


intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, _offline_inventory("python"))),
    "attrs": ("https://www.attrs.org/en/stable", (None, _offline_inventory("attrs"))),
    "bs4": ("https://www.crummy.com/software/BeautifulSoup/bs4/doc", (None, _offline_inventory("bs4"))),
    "lxml": ("https://lxml.de/apidoc", (None, _offline_inventory("lxml"))),
}
intersphinx_timeout = 10
