"""The HTML report renders in a real browser, offline, and clicking an item highlights its words."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib

import pytest

from parallax.present.briefing import build_briefing
from parallax.present.html import write_report
from tests.test_present import _fixture

CHROMIUM = shutil.which("chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")


def _png_colours(png: bytes) -> int:
    """Distinct colours of an 8-bit RGB/RGBA PNG (enough to tell a rendered page from a blank one)."""
    pos, chunks = 8, []
    width = height = colour_type = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, _, colour_type = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels + 1
    sample = {raw[row * stride + 1 + x * channels : row * stride + 1 + (x + 1) * channels]
              for row in range(0, height, 7) for x in range(0, width, 5)}
    return len(sample)


@pytest.fixture()
def report(tmp_path):
    articles, analyses, briefings = _fixture()
    write_report(tmp_path, build_briefing(articles, analyses, briefings))
    return tmp_path


def test_story_page_renders_to_a_non_blank_screenshot(report, tmp_path):
    shot = tmp_path / "story.png"
    page = report / "stories" / "s-a1.html"
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
         "--window-size=1400,2000", page.as_uri()],
        check=True, capture_output=True, timeout=90,
    )
    assert shot.is_file()
    assert _png_colours(shot.read_bytes()) > 20


def test_clicking_a_fact_highlights_its_words(report, tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By

    if shutil.which("chromedriver") is None:
        pytest.skip("chromedriver is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'selenium-profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(shutil.which("chromedriver")))
    try:
        driver.get((report / "stories" / "s-a1.html").as_uri())
        driver.find_element(By.CSS_SELECTOR, 'a.item[href="#f0-b1"]').click()
        active = driver.find_elements(By.CSS_SELECTOR, "mark.active")
        assert active and all("f0-b1" in m.get_attribute("data-ids").split() for m in active)
        assert "2,000 residents left" in "".join(m.text for m in active)
    finally:
        driver.quit()
