"""A fault-injecting HTTP proxy in front of a real server, on 127.0.0.1.

`faults` maps the number of a request (1-based, counted by the proxy) to a fault; every
other request is forwarded unchanged. Faults: ("status", code, retry_after) answers with
that status; ("reset",) closes the connection; ("truncate",) sends half the body;
("html200",) answers 200 with an HTML error page; ("dead",) fails this and every later request;
("reset_after_forward",) lets the server do the work and then loses its answer; ("slow", seconds) waits
before forwarding; ("redirect", base) answers 307 to the same path on another host; ("body", bytes,
content type) answers 200 with that body in place of the server's (a hostile answer); ("linger", seconds)
answers, and closes the connection (as the client asked) only that much later, without saying so in the answer.
"""
import http.server
import io
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return  # the client gave up waiting (a "slow" fault): what the fault is for, not a proxy error
        super().handle_error(request, client_address)


class FaultProxy:
    def __init__(self, target, faults=None, tls=None):
        self.target = target.rstrip("/")
        self.faults = dict(faults or {})
        self.rule = None  # optional callable(method, path) -> a fault or None, checked after `faults`
        self.count = 0
        self.log = []
        self.headers = []  # the request headers as the proxy received them
        self.dead = False
        self.in_flight = 0  # requests being handled (forwarded to the server, or answered)
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _handle(self):
                with proxy._lock:
                    proxy.in_flight += 1
                try:
                    self._handle_counted()
                finally:
                    with proxy._lock:
                        proxy.in_flight -= 1

            def _handle_counted(self):
                with proxy._lock:
                    proxy.count += 1
                    number = proxy.count
                    fault = proxy.faults.get(number) or (proxy.rule(self.command, self.path) if proxy.rule else None)
                    if fault and fault[0] == "dead":
                        proxy.dead = True
                    if proxy.dead:
                        fault = ("reset",)
                    proxy.log.append((number, self.command, self.path, fault))
                    proxy.headers.append(dict(self.headers.items()))
                forward = self.path.startswith("http")  # asked as a forward proxy: absolute URL
                if forward:
                    parts = urlsplit(self.path)
                    self.path = parts.path + ("?" + parts.query if parts.query else "")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                if fault and fault[0] == "reset":
                    self._reset()
                    return
                if fault and fault[0] == "status":
                    self._send(fault[1], b'{"error": "injected"}', "application/json",
                               {"Retry-After": str(fault[2])} if len(fault) > 2 and fault[2] is not None else {})
                    return
                if fault and fault[0] == "redirect":
                    self._send(307, b"", "text/plain", {"Location": fault[1].rstrip("/") + self.path})
                    return
                if fault and fault[0] == "slow":
                    time.sleep(fault[1])
                if fault and fault[0] == "body":
                    self._send(200, fault[1], fault[2])
                    return
                if fault and fault[0] == "html200":
                    self._send(200, b"<html><body><h1>Wartungsarbeiten</h1></body></html>", "text/html")
                    return
                hop_by_hop = ("host", "content-length", "connection", "keep-alive", "proxy-connection", "te",
                              "transfer-encoding", "upgrade")
                headers = {k: v for k, v in self.headers.items() if k.lower() not in hop_by_hop}
                request = urllib.request.Request(proxy.target + self.path, data=body, method=self.command,
                                                 headers=headers)
                try:
                    with urllib.request.urlopen(request, timeout=60) as r:  # noqa: S310 (loopback only)
                        status, payload, ctype = r.status, r.read(), r.headers.get("Content-Type", "")
                except urllib.error.HTTPError as e:
                    status, payload, ctype = e.code, e.read(), e.headers.get("Content-Type", "")
                if not forward:  # as a reverse proxy, the server's own links must lead back here
                    payload = payload.replace(proxy.target.encode(), proxy.url.encode())
                if fault and fault[0] == "reset_after_forward":
                    self._reset()
                    return
                if fault and fault[0] == "truncate":
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload[: len(payload) // 2])
                    self.wfile.flush()
                    self._reset()
                    return
                self._send(status, payload, ctype)
                if fault and fault[0] == "linger":
                    self.wfile.flush()
                    time.sleep(fault[1])  # the answer is out; the connection is closed only later

            def _reset(self):
                # SO_LINGER 0 makes close() send a RST; every file object on the socket must be
                # closed too, or the socket stays open and the client just waits.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                for f in (self.rfile, self.wfile):
                    try:
                        f.close()
                    except OSError:
                        pass
                self.connection.close()
                self.wfile = io.BytesIO()  # the server flushes it once more after the handler returns

            def _send(self, status, payload, ctype, extra=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                for k, v in (extra or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle  # noqa: N815

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        scheme = "http"
        if tls:  # (certificate file, key file): HTTPS with that certificate
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            scheme = "https"
        self.url = "{}://127.0.0.1:{}".format(scheme, self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_idle(self, timeout=60):
        """Until no request is being handled: one the client gave up on may still be writing on the server."""
        deadline = time.monotonic() + timeout
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.05)
        return not self.in_flight

    def rewrite(self, url):
        """The same address, through the proxy."""
        parts = urlsplit(url)
        return self.url + parts.path + ("?" + parts.query if parts.query else "")

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
