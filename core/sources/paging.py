"""Download numbered pages ahead of the consumer, in order, with bounded memory.

Only for servers that page by offset: page n's address is known before page n-1 arrives.
One thread downloads back to back while the caller parses and stores, so the server never
waits for us, and holds at most `ahead` raw pages (a few MB each) beyond the one the caller
is about to take. Parsing stays with the caller: a parsed page costs tens of MB.

Where the list ends is for the caller to decide (by the server's links). To waste no request
past the end, and no waiting for one, downloads stop running ahead after the page the server
said is the last (`last`, from numberMatched) and after a page that looks like a last one
(`looks_last(body)`; by default, one much shorter than the longest so far); from there each
page is fetched only once the caller asks for it. A wrong guess costs speed, never data.
"""
import threading


class prefetch:  # noqa: N801 - used like the generator it replaced
    """Iterate parse(0, download(0)), parse(1, download(1)), … Downloads start at once, not at
    the first next(): the caller can still be busy with the page before. Stop with close() (or
    by leaving a for loop); it waits for a download in flight (bounded by the HTTP timeouts)."""

    def __init__(self, download, parse, ahead=1, last=None, looks_last=None):
        self.download, self.parse, self.ahead, self.last = download, parse, ahead, last
        self.looks_last = looks_last
        self.ready = {}      # index -> (ok, body or exception)
        self.taken = 0       # pages handed to the caller
        self.asking = None   # the index the caller is waiting for
        self.closed = False
        self.broken = None   # an error of the download thread itself
        self.lock = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="stadtdialog-download", daemon=True)
        self.thread.start()

    # -- the download thread -------------------------------------------------------
    def _run(self):
        try:
            self._download_all()
        except BaseException as exc:  # a fault here, not in a download: the caller must not wait forever
            with self.lock:
                self.broken = exc
                self.lock.notify_all()

    def _download_all(self):
        index, longest = 0, 0
        on_demand = self.last is not None and self.last < 0
        while True:
            with self.lock:
                while not self.closed and not self._may_fetch(index, on_demand):
                    self.lock.wait()
                if self.closed:
                    return
            try:
                item = (True, self.download(index))
            except BaseException as exc:  # handed to the caller, in order
                item = (False, exc)
            with self.lock:
                self.ready[index] = item
                self.lock.notify_all()
            if not item[0]:
                return
            size = _size(item[1])
            longest = max(longest, size)
            if self.last is not None and index >= self.last:
                on_demand = True
            elif self.looks_last is not None:
                on_demand = self.looks_last(item[1])
            else:
                on_demand = size < longest * 3 // 4
            index += 1

    def _may_fetch(self, index, on_demand):
        if on_demand:
            return self.asking == index
        return index <= self.taken + self.ahead

    # -- the caller ------------------------------------------------------------------
    def __iter__(self):
        return self

    def __next__(self):
        index = self.taken
        with self.lock:
            if self.closed:
                raise StopIteration
            self.asking = index
            self.lock.notify_all()
            while index not in self.ready and self.broken is None:
                self.lock.wait()
            ok, value = self.ready.pop(index) if index in self.ready else (False, self.broken)
            self.asking = None
            self.taken += 1
            self.lock.notify_all()
        if not ok:
            self.close()
            raise value
        return self.parse(index, value)

    def close(self):
        with self.lock:
            self.closed = True
            self.ready.clear()
            self.lock.notify_all()
        if self.thread is not threading.current_thread():
            self.thread.join()


def _size(body):
    """Length of a download: bytes, or (response, bytes)."""
    if isinstance(body, tuple):
        body = body[-1]
    return len(body) if isinstance(body, (bytes, bytearray)) else 0
