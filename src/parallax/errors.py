"""One exception hierarchy users can catch: every failure carries a one-line reason."""

from __future__ import annotations


class ParallaxError(Exception):
    """Base of every error Parallax raises on purpose."""

    def __init__(self, reason: str, source: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.source = source


class InputError(ParallaxError):
    """An input could not be read: empty, binary, malformed, wrong encoding, unknown kind."""


class FetchError(ParallaxError):
    """A URL could not be fetched: refused by robots.txt, 4xx/5xx, timeout, too large, too many redirects."""


class ExtractError(ParallaxError):
    """An input was read but holds no article text."""
