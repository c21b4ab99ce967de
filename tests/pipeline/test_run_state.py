import pytest

from pipeline.store.run_state import RunLock
from schemas.errors import LockedError


def test_a_second_run_on_the_same_workspace_is_refused_with_a_clear_message(tmp_path):
    with (
        RunLock(tmp_path),
        pytest.raises(LockedError, match="another bikwatch run is in progress"),
        RunLock(tmp_path),
    ):
        pass
    with RunLock(tmp_path):  # released on exit: the next run goes ahead
        pass
