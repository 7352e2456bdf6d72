"""Fetch numbered pages ahead of the consumer, in order, with a bounded window.

Only for servers that page by offset: page n's address is known before page n-1 arrives.
The window bounds memory: `window` pages are fetched or held while the consumer works on one.
One page ahead is enough: a second concurrent request made pygeoapi no faster, and every
parsed page costs tens of MB.
"""
from collections import deque
from concurrent.futures import ThreadPoolExecutor


class prefetch:  # noqa: N801 - used like the generator it replaced
    """Iterate fetch(0), fetch(1), … in order. The first fetches start at once, not at the first next():
    the caller can still be busy with the page before. Stop with close() (or by leaving a for loop)."""

    def __init__(self, fetch, workers=1, window=1):
        self.fetch, self.window = fetch, window
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="stadtdialog-page")
        self.pending = deque(self.pool.submit(fetch, i) for i in range(window))
        self.index = window

    def __iter__(self):
        return self

    def __next__(self):
        if self.pool is None:
            raise StopIteration
        try:
            page = self.pending.popleft().result()
        except BaseException:
            self.close()
            raise
        self.pending.append(self.pool.submit(self.fetch, self.index))
        self.index += 1
        return page

    def close(self):
        if self.pool is not None:
            for future in self.pending:
                future.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
