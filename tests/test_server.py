"""`redaksi-lint serve` end to end: a real server process on a free loopback
port, checked by a real LanguageTool client (`language_tool_python` in remote
mode), by plain HTTP for the bad inputs, and the page for editors in a real
headless Chromium."""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
language_tool_python = pytest.importorskip("language_tool_python")
requests = pytest.importorskip("requests")

from redaksi_lint import Severity, lint_text  # noqa: E402
from redaksi_lint.rules import all_rules  # noqa: E402

SAMPLE = Path(__file__).parent / "data" / "poskupang-hamas-gencatan-senjata.txt"
# The sample article's typos and what an editor writes instead (tests/data).
TYPOS = {
    "menyaipakn": "menyiapkan",
    "persobil": "personel",
    "memintah": "meminta",
    "gencaatan": "gencatan",
    "gencaran senjata": "gencatan senjata",
    "mengkondisikannya": "mengondisikannya",
    "Hartato": "Hartarto",
    "Ramadhan": "Ramadan",
    "3000": "3.000",
    "ketar ketir": "ketar-ketir",
    "Ibukota": "Ibu kota",
    "anti-tank": "antitank",
}
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A `redaksi-lint serve` process; stopped by its own process id."""

    def __init__(self, tmp: Path, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = (tmp / f"server-{self.port}.log").open("w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "redaksi_lint", "serve", "--port", str(self.port), *args],
            stdout=self.log, stderr=subprocess.STDOUT, cwd=tmp)
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.output()}")
            try:
                if requests.get(self.url + "/v2/languages", timeout=5).ok:
                    return
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server did not start: {self.output()}")
            time.sleep(0.2)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()[-3000:]

    def alive(self) -> bool:
        return self.proc.poll() is None and requests.get(
            self.url + "/v2/languages", timeout=30).json()[0]["longCode"] == "id-ID"

    def workers(self) -> list[int]:
        """The worker processes (Linux: the server's children)."""
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    def post(self, **form: Any) -> requests.Response:
        return requests.post(self.url + "/v2/check", data=form, timeout=120)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(30)
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("serve"), "--workers", "2")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def tool(server: Server) -> Iterator[Any]:
    lt = language_tool_python.LanguageTool("id-ID", remote_server=server.url)
    yield lt
    lt.close()


def test_languages_list_indonesian(server: Server) -> None:
    answer = requests.get(server.url + "/v2/languages", timeout=30).json()
    assert answer == [{"name": "Indonesian", "code": "id", "longCode": "id-ID"}]


def test_the_page_and_its_files_are_served(server: Server) -> None:
    page = requests.get(server.url + "/", timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="id">' in page.text and "Periksa" in page.text
    assert "://" not in page.text  # nothing loaded from elsewhere: it works offline
    for name, kind in (("app.js", "text/javascript"), ("style.css", "text/css")):
        answer = requests.get(f"{server.url}/static/{name}", timeout=30)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(kind)
        assert "://" not in answer.text
    assert requests.get(server.url + "/static/app.py", timeout=30).status_code == 404


def test_the_sample_articles_typos_reach_the_client(tool: Any, sample: str) -> None:
    matches = tool.check(sample)
    got = {}
    for m in matches:
        got.setdefault(sample[m.offset : m.offset + m.error_length], m)
    for typo, fix in TYPOS.items():
        assert typo in got, f"{typo!r} not reported"
        assert fix in got[typo].replacements, (typo, got[typo].replacements)
    # Exactly what the library finds (advisory rules are for level=picky), at
    # the same places: offsets survive the trip through the protocol.
    advisory = {cls.code for cls in all_rules() if cls.severity is Severity.INFO}
    expected = {(d.code, d.start, d.end) for d in lint_text(sample) if d.code not in advisory}
    assert {(m.rule_id, m.offset, m.offset + m.error_length) for m in matches} == expected
    first = next(m for m in matches if m.rule_id == "S101")
    assert first.category == "TYPOS" and first.rule_issue_type == "misspelling"
    assert "menyaipakn" in first.context[first.offset_in_context:]


def test_correct_applies_the_suggestions(tool: Any, sample: str) -> None:
    corrected = tool.correct(sample)
    for typo, fix in TYPOS.items():
        if typo not in ("Ibukota",):  # a sentence start: see the capitalised check below
            assert typo not in corrected.replace(fix, ""), typo
        assert fix in corrected
    assert "Israel, seorang" in corrected and "Isral " not in corrected


def test_emoji_and_client_offsets(tool: Any) -> None:
    text = "Warga 😀👍 merayakan Ramadhan di kota 🎉 bersama persobil."
    found = {text[m.offset : m.offset + m.error_length]: m.replacements
             for m in tool.check(text)}
    assert found["Ramadhan"][0] == "Ramadan" and found["persobil"][0] == "personel"
    assert tool.correct(text) == "Warga 😀👍 merayakan Ramadan di kota 🎉 bersama personel."


def test_disabled_rules_through_the_client(server: Server, sample: str) -> None:
    lt = language_tool_python.LanguageTool("id-ID", remote_server=server.url)
    try:
        lt.disabled_rules = {"S101", "T501"}
        codes = {m.rule_id for m in lt.check(sample)}
        assert codes and not codes & {"S101", "T501"}
        lt.disabled_rules = set()
        lt.disable_spellchecking()  # LanguageTool's TYPOS category: our S rules
        assert not any(c.startswith("S") for c in {m.rule_id for m in lt.check(sample)})
        lt.enable_spellchecking()
        lt.picky = True
        assert "K605" in {m.rule_id for m in lt.check(sample)}
    finally:
        lt.close()


def test_a_form_sent_as_json_content_type_is_read(server: Server) -> None:
    """ltex-ls posts a URL-encoded form under `Content-Type: application/json`."""
    data = {"annotation": [{"text": "Warga "}, {"markup": "\\textbf{"},
                           {"text": "persobil"}, {"markup": "}"}]}
    from urllib.parse import urlencode

    answer = requests.post(server.url + "/v2/check", timeout=60,
                           data=urlencode({"language": "id-ID", "data": json.dumps(data)}),
                           headers={"Content-Type": "application/json"})
    assert answer.status_code == 200
    (m,) = answer.json()["matches"]
    assert (m["offset"], m["length"], m["replacements"][0]["value"]) == (14, 8, "personel")


def test_a_lone_surrogate_in_annotated_text_is_answered(server: Server) -> None:
    data = '{"annotation": [{"text": "Warga \\ud83d persobil."}]}'
    answer = server.post(language="id", data=data)
    assert answer.status_code == 200
    (m,) = [m for m in answer.json()["matches"] if m["rule"]["id"] == "S101"]
    assert (m["offset"], m["length"]) == (8, 8)


def test_annotated_text_over_http(server: Server) -> None:
    data = {"annotation": [{"markup": "<p>"}, {"text": "Israel 😀 menyaipakn "},
                           {"markup": "<b>", "interpretAs": ""}, {"text": "3000"},
                           {"markup": "</b>"}, {"text": " tank."}, {"markup": "</p>"}]}
    answer = server.post(language="id-ID", data=json.dumps(data))
    assert answer.status_code == 200
    whole = "<p>Israel 😀 menyaipakn <b>3000</b> tank.</p>".encode("utf-16-le")
    cut = {m["rule"]["id"]: whole[2 * m["offset"]: 2 * (m["offset"] + m["length"])]
           .decode("utf-16-le") for m in answer.json()["matches"]}
    assert cut == {"S101": "menyaipakn", "T501": "3000"}


@pytest.mark.parametrize(("form", "status"), [
    ({"language": "id-ID"}, 400),
    ({"language": "fr", "text": "Bonjour."}, 400),
    ({"language": "id", "data": '{"annotation": [{"text": 1'}, 400),
    ({"language": "id", "data": '{"annotation": "no"}'}, 400),
    ({"language": "id", "text": "a" * 1_000_001}, 413),
])
def test_bad_inputs_get_4xx_and_the_server_stays_up(server: Server, form: dict[str, str],
                                                    status: int) -> None:
    answer = server.post(**form)
    assert answer.status_code == status and answer.text.startswith("Error: ")
    assert server.alive()


def test_a_huge_body_is_refused_before_it_is_read(server: Server) -> None:
    answer = requests.post(server.url + "/v2/check", data=b"text=" + b"x" * 4_000_000,
                           headers={"Content-Type": "application/x-www-form-urlencoded"},
                           timeout=120)
    assert answer.status_code == 413 and server.alive()
    assert requests.post(server.url + "/v2/check", data=b"language=id&text=%FF%FE",
                         headers={"Content-Type": "application/x-www-form-urlencoded"},
                         timeout=60).status_code == 400


def test_forty_checks_from_eight_clients_are_answered_alike(server: Server,
                                                            sample: str) -> None:
    def one(_: int) -> list[tuple[Any, ...]]:
        answer = server.post(language="id-ID", text=sample)
        assert answer.status_code == 200
        return [(m["rule"]["id"], m["offset"], m["length"],
                 tuple(r["value"] for r in m["replacements"]))
                for m in answer.json()["matches"]]

    with ThreadPoolExecutor(8) as clients:
        answers = list(clients.map(one, range(40)))
    assert len(answers) == 40 and answers[0] and all(a == answers[0] for a in answers)
    assert server.alive()


def test_a_lost_worker_is_replaced(server: Server, sample: str) -> None:
    workers = server.workers()
    if not workers:
        pytest.skip("worker processes are found through Linux's /proc")
    baseline = server.post(language="id", text=sample).json()["matches"]
    os.kill(workers[0], signal.SIGKILL)
    statuses = []
    for _ in range(5):
        answer = server.post(language="id", text=sample)
        statuses.append(answer.status_code)
        if answer.status_code == 200:
            break
    assert statuses[-1] == 200 and set(statuses) <= {200, 500}, statuses
    assert answer.json()["matches"] == baseline and server.alive()
    assert workers[0] not in server.workers()


def test_docx_endpoint_reads_a_word_file(server: Server, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    path = tmp_path / "naskah.docx"
    document = docx.Document()
    document.add_paragraph("Pemerintah menyaipakn bantuan.")
    document.add_paragraph("Warga menyambutnya.")
    document.save(str(path))
    answer = requests.post(server.url + "/api/docx", data=path.read_bytes(), timeout=60)
    assert answer.json() == {"text": "Pemerintah menyaipakn bantuan.\nWarga menyambutnya."}
    broken = requests.post(server.url + "/api/docx", data=b"not a zip", timeout=60)
    assert broken.status_code == 400 and "docx" in broken.text


def test_config_api_key_and_cors(tmp_path: Path) -> None:
    # The nearest config file from where the server starts, as for the command.
    (tmp_path / ".redaksi-lint.yaml").write_text("accept: [persobil]\nignore: [T501]\n",
                                                 encoding="utf-8")
    srv = Server(tmp_path, "--workers", "1", "--api-key", "rahasia",
                 "--allow-origin", "https://cms.contoh.id", "--max-text-size", "5000")
    try:
        text = "Mereka menyaipakn 3000 persobil."
        assert srv.post(language="id", text=text).status_code == 403
        assert srv.post(language="id", text=text, apiKey="salah").status_code == 403
        answer = requests.post(srv.url + "/v2/check", timeout=60,
                               data={"language": "id", "text": text, "apiKey": "rahasia",
                                     "username": "redaktur@contoh.id"},
                               headers={"Origin": "https://cms.contoh.id"})
        assert answer.status_code == 200
        assert answer.headers["access-control-allow-origin"] == "https://cms.contoh.id"
        assert [m["rule"]["id"] for m in answer.json()["matches"]] == ["S101"]
        assert srv.post(language="id", text="a" * 5001, apiKey="rahasia").status_code == 413
        other = requests.options(srv.url + "/v2/check", timeout=60, headers={
            "Origin": "https://lain.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        srv.stop()


def test_serve_without_a_usable_config_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.yaml"
    bad.write_text("selct: [S]\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "redaksi_lint", "serve", "--config", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "kunci tidak dikenal 'selct'" in proc.stderr
    english = subprocess.run([sys.executable, "-m", "redaksi_lint", "serve", "--lang", "en",
                              "--config", str(bad)], capture_output=True, text=True, timeout=120)
    assert english.returncode == 2 and "unknown key 'selct'" in english.stderr
    assert "Traceback" not in proc.stderr


def test_a_check_past_the_time_limit_gets_503(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    import threading

    from redaksi_lint import Config
    from redaksi_lint.server import pool as pool_module
    from redaksi_lint.server.pool import CheckPool, CheckTimeout

    release = threading.Event()

    def stuck(text: str, codes: list[str], fmt: str = "txt") -> list[Any]:
        release.wait()  # a check that never ends on its own
        return []

    monkeypatch.setattr(pool_module, "check_text", stuck)
    pool = CheckPool(Config(), workers=0, time_limit=0.05)

    async def run() -> None:
        try:
            await pool.check("Teks.", ["S101"])
        finally:
            release.set()  # lets the stuck thread end, so the loop can close

    with pytest.raises(CheckTimeout):
        asyncio.run(run())


# -- the page for editors, in a real headless Chromium --------------------------

class DevTools:
    """Just enough of the Chrome DevTools Protocol over a WebSocket (RFC 6455)
    to drive one page: evaluate JavaScript, set a file input, take a picture."""

    def __init__(self, ws_url: str) -> None:
        rest = ws_url.split("://", 1)[1]
        hostport, path = rest.split("/", 1)
        host, port = hostport.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
                           ).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        assert b" 101 " in head.split(b"\r\n", 1)[0], head
        self.next_id = 0

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

    def _send(self, payload: bytes) -> None:
        mask = os.urandom(4)
        size = len(payload)
        if size < 126:
            head = struct.pack("!BB", 0x81, 0x80 | size)
        elif size < 1 << 16:
            head = struct.pack("!BBH", 0x81, 0x80 | 126, size)
        else:
            head = struct.pack("!BBQ", 0x81, 0x80 | 127, size)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(head + mask + body)

    def _message(self) -> dict[str, Any]:
        parts = []
        while True:
            first, second = self._read(2)
            size = second & 0x7F
            if size == 126:
                size = struct.unpack("!H", self._read(2))[0]
            elif size == 127:
                size = struct.unpack("!Q", self._read(8))[0]
            parts.append(self._read(size))
            if first & 0x80:
                return dict(json.loads(b"".join(parts)))

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method,
                               "params": params}).encode())
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(message["error"])
                return dict(message.get("result", {}))

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True,
                           returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait_for(self, expression: str, what: str) -> Any:
        """Poll until the page says yes (bounded: a hung page fails the test)."""
        for _ in range(600):
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"the page never showed {what}")


@pytest.fixture
def page(server: Server, tmp_path: Path) -> Iterator[DevTools]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    port = free_port()
    proc = subprocess.Popen(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--remote-debugging-port={port}", "--remote-allow-origins=*",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000",
         "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        targets: list[dict[str, Any]] = []
        for _ in range(600):
            try:
                targets = requests.get(f"http://127.0.0.1:{port}/json/list", timeout=5).json()
            except requests.ConnectionError:
                targets = []
            if any(t.get("type") == "page" for t in targets):
                break
            time.sleep(0.1)
        target = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(target["webSocketDebuggerUrl"])
        tools.call("Page.enable")
        tools.call("Page.navigate", url=server.url + "/")
        tools.wait_for("document.readyState === 'complete' && !!document.getElementById('draft')",
                       "the page loaded")
        yield tools
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(30)


def test_the_page_marks_findings_and_applies_a_suggestion(page: DevTools, sample: str,
                                                          tmp_path: Path) -> None:
    assert page.js("document.documentElement.lang") == "id"
    page.js(f"document.getElementById('draft').value = {json.dumps(sample)};"
            "document.getElementById('check').click()")
    page.wait_for("document.querySelectorAll('#marked mark').length > 10", "marks")
    marks = page.js("[...document.querySelectorAll('#marked mark')]"
                    ".map(m => [m.dataset.code, m.textContent])")
    assert ["S101", "menyaipakn"] in marks and ["T501", "3000"] in marks
    assert ["N302", "Hartato"] in marks and ["S103", "Ramadhan"] in marks
    # The typos of the repeated line are marked inside the line's own mark.
    assert marks.count(["S101", "menyaipakn"]) == 2
    assert page.js("document.querySelectorAll('mark[data-code=\"R202\"] mark').length") >= 4
    counts = dict(page.js("[...document.querySelectorAll('#counts tbody tr')]"
                          ".map(r => [r.cells[0].textContent, Number(r.cells[2].textContent)])"))
    expected: dict[str, int] = {}
    for m in requests.post(page_server_url(page) + "/v2/check", timeout=60,
                           data={"language": "id", "text": sample}).json()["matches"]:
        expected[m["rule"]["id"]] = expected.get(m["rule"]["id"], 0) + 1
    assert counts == expected

    page.js("[...document.querySelectorAll('#marked mark')]"
            ".find(m => m.textContent === 'menyaipakn').click()")
    assert page.js("document.querySelector('#detail .suggestion').textContent") == "menyiapkan"
    assert "menyaipakn" in page.js("document.querySelector('#detail .message').textContent")
    # Two findings on one span ("Isral": a name variant, no final punctuation) both show.
    page.js("[...document.querySelectorAll('#marked mark')]"
            ".find(m => m.textContent === 'Isral').click()")
    assert sorted(page.js("[...document.querySelectorAll('#detail .finding')]"
                          ".map(f => f.dataset.code)")) == ["K604", "N301"]
    # The picture, to look at: tmp_path/halaman.png.
    shot = page.call("Page.captureScreenshot", format="png")
    (tmp_path / "halaman.png").write_bytes(base64.b64decode(shot["data"]))
    page.js("[...document.querySelectorAll('#marked mark')]"
            ".find(m => m.textContent === 'menyaipakn').click()")
    page.js("document.querySelector('#detail .suggestion').click()")
    page.wait_for("document.getElementById('draft').value.includes('menyiapkan 3000') && "
                  "document.getElementById('status').textContent.includes('temuan')",
                  "the suggestion applied and the draft checked again")
    draft = page.js("document.getElementById('draft').value")
    assert draft == sample.replace("menyaipakn", "menyiapkan", 1)
    # "Unduh teks" saves the corrected text.
    downloads = tmp_path / "unduhan"
    downloads.mkdir()
    page.call("Page.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))
    page.js("document.getElementById('download').click()")
    saved = downloads / "naskah-perbaikan.txt"
    for _ in range(600):
        if saved.exists() and saved.read_text(encoding="utf-8") == draft:
            break
        time.sleep(0.1)
    assert saved.read_text(encoding="utf-8") == draft
    shot = page.call("Page.captureScreenshot", format="png")
    (tmp_path / "halaman-sesudah.png").write_bytes(base64.b64decode(shot["data"]))


def page_server_url(page: DevTools) -> str:
    return str(page.js("location.origin"))


def test_the_page_opens_a_docx(page: DevTools, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    path = tmp_path / "laporan.docx"
    document = docx.Document()
    document.add_paragraph("Pasukan menyaipakn 3000 tank.")
    document.save(str(path))
    node = page.call("DOM.querySelector", nodeId=page.call("DOM.getDocument")["root"]["nodeId"],
                     selector="#file")["nodeId"]
    page.call("DOM.setFileInputFiles", nodeId=node, files=[str(path)])
    page.wait_for("document.querySelectorAll('#marked mark').length >= 2", "the .docx checked")
    assert page.js("document.getElementById('draft').value") == "Pasukan menyaipakn 3000 tank."
    assert page.js("[...document.querySelectorAll('#marked mark')].map(m => m.dataset.code)"
                   ) == ["S101", "T501"]


def test_serve_without_the_extra_says_how_to_get_it(tmp_path: Path) -> None:
    blocked = tmp_path / "ohne"
    (blocked / "starlette").mkdir(parents=True)
    (blocked / "starlette" / "__init__.py").write_text(
        "raise ImportError('No module named starlette')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(blocked)}
    proc = subprocess.run([sys.executable, "-m", "redaksi_lint", "serve"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "pip install 'redaksi-lint[server]'" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def running(pid: int) -> bool:
    """A live process (not a zombie waiting for its parent to collect it)."""
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL])
def test_workers_end_with_the_server(tmp_path: Path, how: signal.Signals) -> None:
    srv = Server(tmp_path, "--workers", "2")
    workers = srv.workers()
    if not workers:
        srv.stop()
        pytest.skip("worker processes are found through Linux's /proc")
    srv.proc.send_signal(how)
    srv.proc.wait(60)
    srv.log.close()
    for _ in range(600):  # bounded wait for the kernel to end them
        if not any(running(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert [pid for pid in workers if running(pid)] == []
