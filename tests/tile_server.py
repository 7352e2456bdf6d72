"""A tile server on 127.0.0.1 for the background-map tests: every /{z}/{x}/{y}.png is a 256 px tile of one
colour, written as a real PNG by Qt, and every request is counted (a map that shows the background asked)."""
import http.server
import threading

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage

COLOUR = QColor(40, 120, 200)


def _png(colour):
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


class TileServer:
    def __init__(self, colour=COLOUR):
        tile = _png(colour)
        served = self.requests = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                served.append(self.path)
                parts = self.path.strip("/").split("/")
                if len(parts) != 3 or not parts[2].endswith(".png"):
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(tile)))
                self.end_headers()
                self.wfile.write(tile)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:{}/{{z}}/{{x}}/{{y}}.png".format(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
