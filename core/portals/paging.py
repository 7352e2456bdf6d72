"""Fetch numbered pages ahead of the consumer, in order, with a bounded window.

Only for servers that page by offset: page n's address is known before page n-1 arrives.
The window bounds memory: at most `window` pages are held at once. One page in flight while
the previous one is processed is enough: the server is the bottleneck (a second concurrent
request made pygeoapi no faster), and every parsed page costs tens of MB.
"""
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def prefetch(fetch, workers=1, window=2):
    """Yield fetch(0), fetch(1), … in order; the caller stops by closing the generator."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="stadtdialog-page")
    pending = deque()
    index = 0
    try:
        while True:
            while len(pending) < window:
                pending.append(pool.submit(fetch, index))
                index += 1
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
