"""Fetch article pages over HTTP politely: robots.txt, per-host delay, retries, limits.

httpx does the HTTP; this module adds what a crawler owes the sites it reads and what a batch needs to
stay safe. Redirects are followed by hand rather than by httpx so that every hop is checked against
robots.txt, waits its host's delay and counts towards the redirect limit. Robots rules follow RFC 9309:
a robots.txt that answers 4xx allows everything, one that is unreachable (5xx, timeout, refused
connection) disallows everything. ``urllib.robotparser`` reads the rules; it cannot fetch through our
client (timeouts, user agent, size cap), so the file is fetched here and handed to it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from parallax.config import Settings
from parallax.config import settings as default_settings
from parallax.errors import FetchError, InputError
from parallax.model import Provenance, RawDocument

BACKOFF_BASE = 1.0  # seconds before the first retry; doubled on each further one
MAX_RETRY_AFTER = 300.0  # a server asking for a longer wait is treated as a failure, not waited for
ROBOTS_MAX_BYTES = 512_000  # RFC 9309 asks crawlers to parse at least 500 KiB
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})

DocFormat = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class _Page:
    """A fetched body and what the server said about it."""

    url: str
    status: int
    content: bytes
    content_type: str | None
    charset: str | None


class Fetcher:
    """Fetches one URL at a time into a ``RawDocument``, or raises ``FetchError`` with a one-line reason.

    ``clock`` (monotonic seconds) and ``sleep`` are injectable so tests of delays and backoff run
    instantly; ``transport`` lets a caller route requests elsewhere (a mock, a proxy).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings or default_settings()
        self._clock = clock
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=httpx.Timeout(
                connect=self.settings.connect_timeout,
                read=self.settings.read_timeout,
                write=self.settings.read_timeout,
                pool=self.settings.connect_timeout,
            ),
            follow_redirects=False,
            transport=transport,
        )
        self._robots: dict[str, RobotFileParser] = {}
        self._last_request: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> RawDocument:
        """The document at ``url`` after redirects; HTML or plain text only."""
        page = self._follow(url)
        return RawDocument(
            content=page.content,
            source=url,
            format=_format_of(page.content_type, page.content, page.url),
            provenance=Provenance(kind="url", url=page.url),
            hints={"content_type": page.content_type, "charset": page.charset, "http_status": page.status},
            fetched=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def _follow(self, url: str) -> _Page:
        """Request ``url`` and each redirect target in turn, up to the redirect limit."""
        current = url
        for _ in range(self.settings.max_redirects + 1):
            _check_scheme(current)
            self._check_robots(current)
            with self._response(current) as response:
                if response.status_code in REDIRECT_CODES and response.next_request is not None:
                    current = str(response.next_request.url)
                    continue
                if response.status_code >= 400:
                    raise FetchError(_status(response), current)
                return self._read_page(response)
        raise FetchError(f"more than {self.settings.max_redirects} redirects", url)

    @contextmanager
    def _response(self, url: str) -> Iterator[httpx.Response]:
        """A streamed response for ``url`` after retries on 429, 5xx and connection failures."""
        for attempt in range(self.settings.retries + 1):
            last = attempt == self.settings.retries
            self._wait_for_host(url)
            try:
                with self._client.stream("GET", url) as response:
                    if not last and _retryable(response.status_code):
                        delay = _backoff(attempt, _retry_after(response.headers.get("retry-after")))
                        if delay > MAX_RETRY_AFTER:
                            raise FetchError(f"{_status(response)}, retry asked after {delay:.0f}s", url)
                        self._sleep(delay)
                        continue
                    if _retryable(response.status_code):
                        raise FetchError(f"{_status(response)} after {self.settings.retries} retries", url)
                    yield response
                    return
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if last:
                    raise FetchError(f"could not connect ({_describe(exc)})", url) from exc
                self._sleep(_backoff(attempt, None))
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out ({_describe(exc)})", url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed ({_describe(exc)})", url) from exc
            finally:
                self._last_request[_host(url)] = self._clock()

    def _read_page(self, response: httpx.Response) -> _Page:
        """The body of a final response, refused early when its type or declared size is wrong."""
        url = str(response.url)
        content_type, charset = _content_type(response.headers.get("content-type"))
        if content_type is not None and content_type not in HTML_TYPES | TEXT_TYPES:
            raise FetchError(f"refused content type {content_type} (not an HTML or text page)", url)
        limit = self.settings.max_body_bytes
        declared = _declared_length(response.headers.get("content-length"))
        if declared is not None and declared > limit:
            raise FetchError(f"body too large: Content-Length {declared} bytes > limit {limit}", url)
        try:
            content = _read_capped(response.iter_bytes(), limit)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out reading body ({_describe(exc)})", url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"body read failed ({_describe(exc)})", url) from exc
        if content is None:
            raise FetchError(f"body too large: over limit of {limit} bytes", url)
        return _Page(url, response.status_code, content, content_type, charset)

    def _check_robots(self, url: str) -> None:
        """Raise unless the host's robots.txt lets our user agent fetch ``url``."""
        rules = self._robots_for(url)
        if not rules.can_fetch(self.settings.user_agent, url):
            raise FetchError("disallowed by robots.txt", url)

    def _robots_for(self, url: str) -> RobotFileParser:
        """The robots.txt rules of ``url``'s host, fetched once per host."""
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        return self._robots[origin]

    def _load_robots(self, origin: str) -> RobotFileParser:
        """Fetch and parse ``origin/robots.txt``; 4xx allows all, unreachable disallows all (RFC 9309)."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            with self._client.stream("GET", f"{origin}/robots.txt", follow_redirects=True) as response:
                if response.status_code >= 500:
                    rules.disallow_all = True
                elif response.status_code >= 400:
                    rules.allow_all = True
                else:
                    body = _read_capped(response.iter_bytes(), ROBOTS_MAX_BYTES, truncate=True) or b""
                    rules.parse(body.decode("utf-8", errors="replace").splitlines())
        except httpx.HTTPError:
            rules.disallow_all = True
        return rules

    def _wait_for_host(self, url: str) -> None:
        """Sleep until the host's delay (ours or its robots Crawl-delay, the larger) has passed."""
        host = _host(url)
        last = self._last_request.get(host)
        if last is None:
            return
        delay = self.settings.politeness_delay
        crawl_delay = self._robots_for(url).crawl_delay(self.settings.user_agent)
        if crawl_delay is not None:
            delay = max(delay, float(crawl_delay))
        remaining = last + delay - self._clock()
        if remaining > 0:
            self._sleep(remaining)


def read_url_list(path: str | Path) -> list[str]:
    """The URLs of a list file: one per line; blank lines and ``#`` comments skipped; duplicates once."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read URL list: {exc}", str(path)) from exc
    urls: list[str] = []
    for line in lines:
        url = line.split(" #", 1)[0].strip()
        if url and not url.startswith("#") and url not in urls:
            urls.append(url)
    return urls


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise FetchError("not an http(s) URL", url)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _retryable(status: int) -> bool:
    return status == 429 or status >= 500


def _backoff(attempt: int, retry_after: float | None) -> float:
    """Exponential backoff, never shorter than what the server asked for."""
    delay = BACKOFF_BASE * 2**attempt
    return max(delay, retry_after) if retry_after is not None else delay


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _status(response: httpx.Response) -> str:
    return f"HTTP {response.status_code} {response.reason_phrase}".rstrip()


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type and charset of a Content-Type header, lower-cased."""
    if not header:
        return None, None
    media, *params = (part.strip() for part in header.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value:
            charset = value.strip().strip('"').lower()
    return media.lower() or None, charset


def _declared_length(header: str | None) -> int | None:
    if header is None or not header.strip().isdigit():
        return None
    return int(header.strip())


def _read_capped(chunks: Iterator[bytes], limit: int, *, truncate: bool = False) -> bytes | None:
    """The streamed body, or None once it passes ``limit`` bytes (cut at the limit if ``truncate``)."""
    body = bytearray()
    for chunk in chunks:
        body.extend(chunk)
        if len(body) > limit:
            return bytes(body[:limit]) if truncate else None
    return bytes(body)


def _format_of(content_type: str | None, content: bytes, url: str) -> DocFormat:
    """``html`` or ``text`` from the declared type, sniffing the body when the server sent none."""
    if content_type in HTML_TYPES:
        return "html"
    if content_type in TEXT_TYPES:
        return "text"
    head = content[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if b"\x00" in content[:4096]:
        raise FetchError("refused body without content type that looks binary", url)
    return "text"


def _describe(exc: Exception) -> str:
    """A short one-line description of an httpx error."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
