import os
import stat

import pytest

from studio.core import atomic


def test_write_replaces_whole_and_keeps_normal_permissions(tmp_path):
    path = tmp_path / "out.json"
    atomic.write_json(path, {"a": 1})
    assert path.read_text().strip() == '{\n  "a": 1\n}'
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    os.chmod(path, 0o640)
    atomic.write_text(path, "new")
    assert path.read_text() == "new" and stat.S_IMODE(path.stat().st_mode) == 0o640


def test_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "keep.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic.atomic_path(path) as tmp:
            tmp.write_text("half")
            raise RuntimeError("crash")
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["keep.txt"]
