"""The bridge between the Qt-free core and the GUI: worker threads."""

from studio._none_refcount import make_none_immortal

make_none_immortal()
