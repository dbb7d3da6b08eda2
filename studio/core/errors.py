"""Errors meant for the user: each carries one clear sentence."""

from __future__ import annotations


class StudioError(Exception):
    """An error the user can understand and act on.

    The message is shown as it is, in a dialog in the GUI or on stderr in the CLI; it must be one or two
    plain sentences that say what went wrong and, where possible, what to do.
    """


class DataError(StudioError):
    """A dataset, file or import that cannot be used."""


class DeviceError(StudioError):
    """A compute device that is missing or ran out of memory."""


class CheckpointError(StudioError):
    """A checkpoint or run folder that cannot be read."""


class Cancelled(Exception):
    """Raised inside long work when the user asked it to stop."""


def user_message(exc: BaseException) -> str:
    """One sentence for any exception: the StudioError text, or a plain description of the unexpected."""
    if isinstance(exc, StudioError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "The computer ran out of memory. Try a smaller batch size or a smaller dataset."
    text = str(exc).strip() or exc.__class__.__name__
    if exc.__class__.__name__ == "OutOfMemoryError":   # torch.cuda.OutOfMemoryError, known by its class
        return ("The GPU ran out of memory. Try a smaller batch size or model, "
                "or choose the CPU as the device.")
    first = text.splitlines()[0]
    return f"Something unexpected went wrong ({exc.__class__.__name__}: {first})."
