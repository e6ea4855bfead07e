"""The URL fetcher against a local HTTP server on 127.0.0.1: what a user fetching pages relies on."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from parallax.config import Settings
from parallax.errors import FetchError, InputError
from parallax.ingest.web import Fetcher, read_url_list

PAGE = b"<!doctype html><html><head><title>T</title></head><body><p>Hello.</p></body></html>"


@dataclass
class Reply:
    status: int = 200
    body: bytes = PAGE
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    length: bool = True  # send Content-Length
    delay: float = 0.0  # seconds to sleep before answering


Route = Callable[[int], Reply]  # the n-th request to this path (0-based) -> reply


@dataclass
class Site:
    base: str
    routes: dict[str, Route]
    log: list[tuple[str, dict[str, str]]]

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.log if p == path)


class FakeTime:
    """A monotonic clock that only moves when the fetcher sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path
            count = site.hits(path)
            site.log.append((path, dict(self.headers)))
            route = site.routes.get(path)
            reply = route(count) if route else Reply(404, b"not found", {"Content-Type": "text/plain"})
            time.sleep(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(reply.body)

        def log_message(self, *args: object) -> None:
            return None

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site("", {}, [])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


def _settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "user_agent": "ParallaxTest/9.9 (+https://example.invalid/bot)",
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "max_body_bytes": 10_000,
        "max_redirects": 3,
        "politeness_delay": 0.0,
        "retries": 2,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def _fetcher(fake: FakeTime, **overrides: object) -> Fetcher:
    return Fetcher(_settings(**overrides), clock=fake.clock, sleep=fake.sleep)


def _always(reply: Reply) -> Route:
    return lambda _n: reply


def test_fetches_html_page_with_provenance_and_hints(site: Site) -> None:
    site.routes["/a"] = _always(Reply(headers={"Content-Type": "text/html; charset=ISO-8859-1"}))
    with _fetcher(FakeTime()) as fetcher:
        doc = fetcher.fetch(f"{site.base}/a")
    assert doc.content == PAGE
    assert doc.format == "html"
    assert doc.provenance.kind == "url"
    assert doc.provenance.url == f"{site.base}/a"
    assert doc.hints["content_type"] == "text/html"
    assert doc.hints["charset"] == "iso-8859-1"
    assert doc.fetched is not None and doc.fetched.endswith("+00:00")


def test_plain_text_page_is_text_format(site: Site) -> None:
    site.routes["/t"] = _always(Reply(body=b"Just words.", headers={"Content-Type": "text/plain"}))
    with _fetcher(FakeTime()) as fetcher:
        assert fetcher.fetch(f"{site.base}/t").format == "text"


def test_sends_the_configured_user_agent(site: Site) -> None:
    site.routes["/a"] = _always(Reply())
    with _fetcher(FakeTime()) as fetcher:
        fetcher.fetch(f"{site.base}/a")
    agents = {headers.get("User-Agent") for _, headers in site.log}
    assert agents == {"ParallaxTest/9.9 (+https://example.invalid/bot)"}


def test_404_is_a_fetch_error_without_retries(site: Site) -> None:
    fake = FakeTime()
    with _fetcher(fake) as fetcher, pytest.raises(FetchError, match="HTTP 404") as err:
        fetcher.fetch(f"{site.base}/missing")
    assert err.value.source == f"{site.base}/missing"
    assert site.hits("/missing") == 1
    assert fake.sleeps == []


def test_500_then_200_is_retried(site: Site) -> None:
    site.routes["/flaky"] = lambda n: Reply(500, b"oops") if n == 0 else Reply()
    fake = FakeTime()
    with _fetcher(fake) as fetcher:
        doc = fetcher.fetch(f"{site.base}/flaky")
    assert doc.content == PAGE
    assert site.hits("/flaky") == 2
    assert len(fake.sleeps) == 1 and fake.sleeps[0] > 0


def test_persistent_500_gives_up_after_the_configured_retries(site: Site) -> None:
    site.routes["/down"] = _always(Reply(503, b"busy"))
    fake = FakeTime()
    with _fetcher(fake, retries=2) as fetcher, pytest.raises(FetchError, match=r"HTTP 503.*2 retries"):
        fetcher.fetch(f"{site.base}/down")
    assert site.hits("/down") == 3
    assert fake.sleeps[1] > fake.sleeps[0]  # exponential backoff


def test_429_honours_retry_after(site: Site) -> None:
    busy = Reply(429, b"slow down", {"Retry-After": "7", "Content-Type": "text/plain"})
    site.routes["/limited"] = lambda n: busy if n == 0 else Reply()
    fake = FakeTime()
    with _fetcher(fake) as fetcher:
        assert fetcher.fetch(f"{site.base}/limited").content == PAGE
    assert fake.sleeps == [7.0]


def test_slow_server_times_out(site: Site) -> None:
    site.routes["/slow"] = _always(Reply(delay=1.5))
    started = time.monotonic()
    with _fetcher(FakeTime(), read_timeout=0.2) as fetcher, pytest.raises(FetchError, match="timed out"):
        fetcher.fetch(f"{site.base}/slow")
    assert time.monotonic() - started < 1.4


@pytest.mark.parametrize("length", [True, False], ids=["content-length", "streamed"])
def test_body_over_the_size_limit_is_refused(site: Site, length: bool) -> None:
    site.routes["/big"] = _always(Reply(body=b"<p>" + b"x" * 5000, length=length))
    reason = "too large: Content-Length" if length else "too large: over limit"
    with _fetcher(FakeTime(), max_body_bytes=1000) as fetcher, pytest.raises(FetchError, match=reason):
        fetcher.fetch(f"{site.base}/big")


def test_binary_content_type_is_refused(site: Site) -> None:
    site.routes["/img"] = _always(Reply(body=b"\x89PNG\r\n\x1a\n", headers={"Content-Type": "image/png"}))
    with _fetcher(FakeTime()) as fetcher, pytest.raises(FetchError, match="image/png"):
        fetcher.fetch(f"{site.base}/img")


def _redirect(target: str) -> Reply:
    return Reply(302, b"", {"Location": target})


def test_redirects_are_followed_to_the_final_url(site: Site) -> None:
    site.routes["/old"] = _always(_redirect("/mid"))
    site.routes["/mid"] = _always(_redirect("/new"))
    site.routes["/new"] = _always(Reply())
    with _fetcher(FakeTime()) as fetcher:
        doc = fetcher.fetch(f"{site.base}/old")
    assert doc.provenance.url == f"{site.base}/new"
    assert doc.source == f"{site.base}/old"


def test_redirect_chain_over_the_limit_is_refused(site: Site) -> None:
    for i in range(10):
        site.routes[f"/r{i}"] = _always(_redirect(f"/r{i + 1}"))
    with _fetcher(FakeTime(), max_redirects=3) as fetcher, pytest.raises(FetchError, match="redirects"):
        fetcher.fetch(f"{site.base}/r0")
    assert site.hits("/r4") == 0


def test_robots_txt_disallow_is_respected_and_cached(site: Site) -> None:
    rules = b"User-agent: *\nDisallow: /private\n"
    site.routes["/robots.txt"] = _always(Reply(body=rules, headers={"Content-Type": "text/plain"}))
    site.routes["/private/x"] = _always(Reply())
    site.routes["/public"] = _always(Reply())
    with _fetcher(FakeTime()) as fetcher:
        with pytest.raises(FetchError, match=r"robots\.txt"):
            fetcher.fetch(f"{site.base}/private/x")
        fetcher.fetch(f"{site.base}/public")
    assert site.hits("/private/x") == 0
    assert site.hits("/robots.txt") == 1


def test_robots_rules_for_our_agent_apply(site: Site) -> None:
    rules = b"User-agent: ParallaxTest\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    site.routes["/robots.txt"] = _always(Reply(body=rules, headers={"Content-Type": "text/plain"}))
    site.routes["/a"] = _always(Reply())
    with _fetcher(FakeTime()) as fetcher, pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.fetch(f"{site.base}/a")


def test_unreachable_robots_txt_disallows(site: Site) -> None:
    site.routes["/robots.txt"] = _always(Reply(503, b"down", {"Content-Type": "text/plain"}))
    site.routes["/a"] = _always(Reply())
    with _fetcher(FakeTime()) as fetcher, pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.fetch(f"{site.base}/a")
    assert site.hits("/a") == 0


def test_politeness_delay_between_requests_to_one_host(site: Site) -> None:
    site.routes["/a"] = _always(Reply())
    site.routes["/b"] = _always(Reply())
    fake = FakeTime()
    with _fetcher(fake, politeness_delay=2.5) as fetcher:
        fetcher.fetch(f"{site.base}/a")
        assert fake.sleeps == []
        fetcher.fetch(f"{site.base}/b")
    assert fake.sleeps == [2.5]


def test_crawl_delay_wins_when_larger(site: Site) -> None:
    rules = b"User-agent: *\nCrawl-delay: 6\n"
    site.routes["/robots.txt"] = _always(Reply(body=rules, headers={"Content-Type": "text/plain"}))
    site.routes["/a"] = _always(Reply())
    fake = FakeTime()
    with _fetcher(fake, politeness_delay=1.0) as fetcher:
        fetcher.fetch(f"{site.base}/a")
        fetcher.fetch(f"{site.base}/a")
    assert fake.sleeps == [6.0]


def test_non_http_url_is_refused() -> None:
    with _fetcher(FakeTime()) as fetcher, pytest.raises(FetchError, match="http"):
        fetcher.fetch("file:///etc/passwd")


def test_read_url_list_skips_comments_blanks_and_duplicates(tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "# my list\nhttps://a.example/1\n\n  https://b.example/2#top  # second\nhttps://a.example/1\n",
        encoding="utf-8",
    )
    assert read_url_list(listing) == ["https://a.example/1", "https://b.example/2#top"]


def test_read_url_list_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_url_list(tmp_path / "nope.txt")
