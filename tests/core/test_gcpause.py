"""The cyclic collector is paused for a bulk step and given back as it was."""

from __future__ import annotations

import gc

import pytest

from reader.core.gcpause import paused_gc


def test_the_collector_runs_again_after_the_step_even_when_it_fails() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
