"""Polite HTTP GETs for watching feeds: a User-Agent naming the project, timeouts, conditional GET,
a minimum interval between requests to one host, and bounded retries with back-off.

Only the standard library: a feed watcher makes a few hundred plain GETs an hour, which urllib does
well enough, and every dependency has to earn its place. The clock and the sleep are injectable so
that tests never wait.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

USER_AGENT = "DialogueLedger-FeedWatcher/0.1 (the dialogue-ledger project; polls official feeds)"
MAX_BYTES = 20 * 1024 * 1024  # a feed of 10,000 items is a few MB; anything larger is not a feed
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A GET that gave nothing usable, in words for the feed's page: what was asked and what came back."""


@dataclass(frozen=True)
class Response:
    url: str
    status: int  # 200, or 304 when the page has not changed since the validators given
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    """One per poll (or per worker): it remembers when it last asked each host, under a lock, so that
    threads sharing it keep the interval too. Across processes each keeps its own interval."""

    timeout: float = 20.0
    retries: int = 2
    backoff: float = 2.0  # seconds before the first retry, doubled for each one after
    host_interval: float = 1.0  # seconds between two requests to one host
    user_agent: str = USER_AGENT
    # A feed names the pages to fetch, so a hostile one could point them (or a redirect) at the machine's own network;
    # addresses on loopback, private, link-local and reserved networks are refused unless an operator allows them.
    allow_private: bool = False
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _next: dict[str, float] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Response:
        """GET `url`, retrying timeouts, refused connections and 429/5xx answers `retries` times; raise FetchError."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url!r} is not an http(s) address")
        self._refuse_private(url)
        headers = {"User-Agent": self.user_agent, "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            self._wait_for(parts.hostname)
            try:
                return self._once(urllib.request.Request(url, headers=headers))
            except _Retryable as error:
                if attempt == self.retries:
                    tries = f" (tried {attempt + 1} times)" if attempt else ""
                    raise FetchError(f"{url}: {error}{tries}") from None
                self.sleep(self.backoff * 2 ** attempt)
                attempt += 1

    def _refuse_private(self, url: str) -> None:
        if self.allow_private:
            return
        host = urlsplit(url).hostname or ""
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
        except (OSError, UnicodeError):
            return  # the GET itself will say the host is unknown
        private = [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_global]
        if private:
            raise FetchError(f"{url}: {host} is on a private or local network ({private[0]}); not fetched")

    def _opener(self) -> urllib.request.OpenerDirector:
        fetcher = self

        class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, request, answer, code, message, headers, new_url):
                fetcher._refuse_private(new_url)  # a public page may redirect to a private one
                return super().redirect_request(request, answer, code, message, headers, new_url)

        return urllib.request.build_opener(_CheckedRedirects)

    def _wait_for(self, host: str) -> None:
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.host_interval
        if start > now:
            self.sleep(start - now)

    def _once(self, request: urllib.request.Request) -> Response:
        try:
            with self._opener().open(request, timeout=self.timeout) as answer:
                body = answer.read(MAX_BYTES + 1)
                if len(body) > MAX_BYTES:
                    raise FetchError(f"{request.full_url}: larger than {MAX_BYTES // 1024 // 1024} MB; not read")
                return Response(url=answer.geturl(), status=answer.status, body=body,
                                content_type=answer.headers.get("Content-Type", ""),
                                etag=answer.headers.get("ETag", ""), last_modified=answer.headers.get("Last-Modified", ""))
        except urllib.error.HTTPError as error:
            if error.code == 304:
                return Response(url=request.full_url, status=304, etag=error.headers.get("ETag", ""),
                                last_modified=error.headers.get("Last-Modified", ""))
            if error.code in RETRY_STATUSES:
                raise _Retryable(f"the server answered {error.code} {error.reason}") from None
            raise FetchError(f"{request.full_url}: the server answered {error.code} {error.reason}") from None
        except TimeoutError:
            raise _Retryable(f"no answer within {self.timeout:g} s") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise _Retryable(f"no answer within {self.timeout:g} s") from None
            raise _Retryable(f"could not connect ({error.reason})") from None
        except (OSError, http.client.HTTPException) as error:  # a connection reset half-way through the body
            raise _Retryable(f"the connection failed ({error})") from None


class _Retryable(Exception):
    """A failure that may pass: a timeout, a refused or reset connection, a 429 or 5xx answer."""
