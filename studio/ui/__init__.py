"""Qt layer of the studio: main window, tabs and reusable widgets."""

from studio._none_refcount import make_none_immortal

make_none_immortal()
