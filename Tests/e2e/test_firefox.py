"""A second engine: Firefox ESR's headless screenshots of every page type at 375 and 1280 px, read
back pixel by pixel. In the header's right margin there is only header colour down to the page
background: a control cut off at the right edge (the search button, once) would paint there.
The screenshots stay in artifacts/firefox/ to be looked at."""
import concurrent.futures
import pathlib
import shutil
import struct
import subprocess
import tempfile
import zlib

from conftest import page_types

FIREFOX = shutil.which("firefox-esr") or "firefox-esr"   # scripts/install-deps.sh e2e installs it
HEADER = (0x0B, 0x3D, 0x91)      # --primary
PAGE = (0xF3, 0xF5, 0xF9)        # --bg


def read_png(path: pathlib.Path, limit: int = 360):
    """Width and the first `limit` rows (RGB tuples) of an 8-bit, non-interlaced PNG, as Firefox writes."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks, header = 8, [], None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 4 if colour == 6 else 3
    stride = width * channels
    raw = zlib.decompressobj().decompress(b"".join(chunks), (stride + 1) * min(height, limit))
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(min(height, limit)):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, rows


def close(pixel, colour, tolerance=6):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour))


def screenshot(url: str, width: int, target: pathlib.Path) -> None:
    with tempfile.TemporaryDirectory(prefix="casebook-firefox-") as profile:
        subprocess.run([FIREFOX, "--headless", "--no-remote", "--profile", profile, f"--window-size={width},900",
                        "--screenshot", str(target), url], check=True, timeout=120,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_firefox_headers_are_whole_at_375_and_1280(site, artifacts):
    folder = artifacts / "firefox"
    folder.mkdir(exist_ok=True)
    shots = [(name, width, folder / f"{name}-{width}.png", (site / path).as_uri())
             for name, path in page_types(site).items() for width in (375, 1280)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda shot: screenshot(shot[3], shot[1], shot[2]), shots))
    problems = []
    for name, width, target, _ in shots:
        shot_width, rows = read_png(target)
        assert shot_width == width, f"{target.name} is {shot_width} px wide"
        column, top = width - 3, 8           # inside the header's right padding, below the red rule
        y = top
        while y < len(rows) and close(rows[y][column], HEADER):
            y += 1
        if y - top < 40:
            problems.append(f"{target.name}: the header's right margin is not header colour at y={y} ({rows[y][column]})")
        elif not close(rows[y + 2][column], PAGE, 10):
            problems.append(f"{target.name}: something other than the header and the page background at the right edge, y={y} ({rows[y][column]})")
    assert not problems, "\n".join(problems)
