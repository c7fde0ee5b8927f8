"""The HTTP application: LanguageTool's `/v2/languages` and `/v2/check`, a
page for editors at `/`, and a small endpoint that reads a .docx for it.

Every bad request gets a short text error with a 4xx status, the way
LanguageTool's own server answers, and never reaches the workers.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..rules import all_rules
from .pool import CheckPool, CheckTimeout
from .protocol import LANGUAGE as LANGUAGE_ENTRY
from .protocol import (
    RequestError,
    parse_check_request,
    response,
    rules_for,
    to_matches,
)

DEFAULT_MAX_BYTES = 1_000_000
# Form encoding writes a byte of text as up to three (%XX); beyond this the
# body is refused before it is read whole.
_ENCODING_FACTOR = 3
_FORM_SLACK = 64 * 1024
DOCX_MAX_BYTES = 20_000_000
STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css"}


@dataclass
class Settings:
    """What `redaksi-lint serve` was started with."""

    max_bytes: int = DEFAULT_MAX_BYTES
    api_key: str | None = None
    allow_origins: list[str] = field(default_factory=list)


class AsciiJSONResponse(JSONResponse):
    """JSON with every non-ASCII character escaped: a lone surrogate that a
    client sent in annotated text comes back as `\\udXXX`, never as bytes
    that are not UTF-8."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, allow_nan=False, separators=(",", ":")).encode("ascii")


def _static(name: str) -> bytes:
    return resources.files("redaksi_lint.server").joinpath("static", name).read_bytes()


def _error(message: str, status: int = 400) -> PlainTextResponse:
    return PlainTextResponse(f"Error: {message}\n", status_code=status)


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, or RequestError(413) as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise RequestError(f"request body too large (limit {limit} bytes)", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(f"request body too large (limit {limit} bytes)", 413)
        chunks.append(chunk)
    return b"".join(chunks)


async def _form(request: Request, limit: int) -> dict[str, str]:
    """Query parameters and form fields (URL-encoded, as LanguageTool's
    clients send them, or multipart); the last value of a repeated field."""
    fields = dict(request.query_params)
    if request.method != "POST":
        return fields
    body = await _read_body(request, limit)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            form = await Request(request.scope, replay).form()
        except Exception as exc:  # python-multipart's errors for a broken body
            raise RequestError(f"cannot read the multipart form: {exc}") from None
        fields.update({k: v for k, v in form.items() if isinstance(v, str)})
        return fields
    try:
        fields.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True,
                                errors="strict"))
    except UnicodeDecodeError:
        raise RequestError("the form is not UTF-8") from None
    return fields


def create_app(pool: CheckPool, settings: Settings | None = None) -> Starlette:
    """The application over a started CheckPool."""
    settings = settings or Settings()
    rules = [(cls.code, cls.slug, cls.severity) for cls in all_rules()]
    descriptions = {cls.code: cls.summary for cls in all_rules()}
    body_limit = settings.max_bytes * _ENCODING_FACTOR + _FORM_SLACK

    def authorised(form: dict[str, str]) -> bool:
        if not settings.api_key:
            return True
        given = form.get("apiKey", "")
        return hmac.compare_digest(given.encode(), settings.api_key.encode())

    async def languages(request: Request) -> Response:
        return JSONResponse([LANGUAGE_ENTRY])

    async def check(request: Request) -> Response:
        try:
            form = await _form(request, body_limit)
            if not authorised(form):
                return _error("missing or wrong apiKey", 403)
            parsed = parse_check_request(form, settings.max_bytes)
        except RequestError as exc:
            return _error(str(exc), exc.status)
        fmt = form.get("format", "txt") if not parsed.markup else "txt"
        if fmt not in ("txt", "md"):
            return _error("format must be txt or md")
        codes = rules_for(parsed, pool.config, rules)
        try:
            found = await pool.check(parsed.text, codes, fmt) if codes else []
        except CheckTimeout:
            return _error(f"checking took longer than {pool.time_limit:g} s", 503)
        except Exception as exc:  # a bug or a lost worker: this request only
            return _error(f"internal error ({type(exc).__name__}); please report it", 500)
        matches = to_matches(parsed, found, descriptions, pool.config.lang)
        return AsciiJSONResponse(response(parsed, matches))

    async def docx_text(request: Request) -> Response:
        """The text of a .docx posted as the body, read as the command reads it."""
        from ..source import InputError, read_docx

        if settings.api_key and not hmac.compare_digest(
                request.query_params.get("apiKey", "").encode(), settings.api_key.encode()):
            return _error("missing or wrong apiKey", 403)
        try:
            body = await _read_body(request, DOCX_MAX_BYTES)
        except RequestError as exc:
            return _error(str(exc), exc.status)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "naskah.docx"
            path.write_bytes(body)
            try:
                text, _paragraphs = read_docx(path)
            except InputError as exc:
                return _error(str(exc))
        return JSONResponse({"text": text})

    async def page(request: Request) -> Response:
        return Response(_static("index.html"), media_type="text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            return _error("not found", 404)
        return Response(_static(name), media_type=f"{STATIC_FILES[name]}; charset=utf-8")

    async def info(request: Request) -> Response:
        """What the page needs to know about this server."""
        return JSONResponse({"apiKey": bool(settings.api_key),
                             "maxBytes": settings.max_bytes,
                             "rules": {code: descriptions[code] for code, _s, _v in rules}})

    middleware = []
    if settings.allow_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.allow_origins,
                                     allow_methods=["GET", "POST"], allow_headers=["*"]))
    routes = [
        Route("/", page),
        Route("/static/{name}", static),
        Route("/api/info", info),
        Route("/api/docx", docx_text, methods=["POST"]),
        Route("/v2/languages", languages),
        Route("/v2/check", check, methods=["GET", "POST"]),
    ]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        pool.shutdown()  # on a graceful stop (SIGTERM, Ctrl-C), before the process ends

    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
