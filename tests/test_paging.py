"""Fetching pages ahead: in order, each once, nothing past the end, every error where it belongs."""
import threading

import pytest
from stadtdialog.core.sources.paging import prefetch


def _take(pages, n):
    """The first n pages, or the error; fails instead of hanging if the iterator never answers."""
    out = {}

    def run():
        try:
            out["pages"] = [next(pages) for _ in range(n)]
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the page iterator hung"
    return out


def test_pages_come_in_order_each_downloaded_once_and_none_after_a_short_page():
    asked = []
    sizes = [10, 10, 10, 4]  # the fourth page is the last: fewer records than asked for

    def download(i):
        asked.append(i)
        return b"x" * (sizes[i] if i < len(sizes) else 0)

    pages = prefetch(download, lambda i, body: (i, len(body)), looks_last=lambda body: len(body) < 10)
    got = _take(pages, 4)["pages"]
    pages.close()
    assert got == [(0, 10), (1, 10), (2, 10), (3, 4)]
    assert asked == [0, 1, 2, 3]  # nothing fetched past the short page


def test_a_download_error_reaches_the_caller_at_its_page_and_stops_the_downloads():
    asked = []

    def download(i):
        asked.append(i)
        if i == 2:
            raise ConnectionError("page 3 failed")
        return b"x" * 10

    pages = prefetch(download, lambda i, body: i)
    out = _take(pages, 4)
    assert out.get("pages") is None and str(out["error"]) == "page 3 failed"
    assert asked == [0, 1, 2]


def test_a_fault_in_the_download_thread_itself_is_raised_not_waited_for():
    def looks_last(body):
        raise ValueError("cannot judge this page")

    pages = prefetch(lambda i: b"x", lambda i, body: i, looks_last=looks_last)
    out = _take(pages, 3)
    assert isinstance(out["error"], ValueError)
    pages.close()


def test_close_stops_the_downloads_ahead():
    asked = []
    gate, in_flight = threading.Event(), threading.Event()

    def download(i):
        asked.append(i)
        if i >= 1:
            in_flight.set()
            gate.wait(5)  # the download after the first is in flight when the caller closes
        return b"x" * 10

    pages = prefetch(download, lambda i, body: i, ahead=5)  # it could run five pages ahead
    assert _take(pages, 1)["pages"] == [0]
    assert in_flight.wait(5)
    closer = threading.Thread(target=pages.close, daemon=True)
    closer.start()
    gate.set()
    closer.join(10)
    assert not closer.is_alive(), "close() hung"
    with pytest.raises(StopIteration):
        next(pages)
    assert asked == [0, 1]  # the one in flight finished; none was started after close
