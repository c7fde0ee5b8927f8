"""The LanguageTool protocol mapping as plain functions: UTF-16 offsets,
annotated text, rule and category switches, bad requests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("starlette")

from redaksi_lint import Config, Severity, lint_text
from redaksi_lint.rules import all_rules
from redaksi_lint.server.protocol import (
    CheckRequest,
    OriginalOffsets,
    RequestError,
    Utf16,
    parse_annotated,
    parse_check_request,
    request_config,
    rules_for,
    to_matches,
)

RULES = [(cls.code, cls.slug, cls.severity) for cls in all_rules()]
DESCRIPTIONS = {cls.code: cls.summary for cls in all_rules()}


def matches_for(form: dict[str, str], config: Config | None = None) -> list[dict]:
    config = config or Config()
    request = parse_check_request({"language": "id-ID", **form}, 1_000_000)
    found = lint_text(request.text, request_config(config, rules_for(request, config, RULES)))
    return to_matches(request, found, DESCRIPTIONS)


def java_slice(text: str, offset: int, length: int) -> str:
    """text[offset:offset+length] counted in UTF-16 units, as Java and
    JavaScript clients cut it."""
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def test_an_emoji_before_a_typo_does_not_shift_the_mark() -> None:
    text = "Hari ini 😀🎉 pemerintah menyaipakn bantuan."
    (m,) = [m for m in matches_for({"text": text}) if m["rule"]["id"] == "S101"]
    assert java_slice(text, m["offset"], m["length"]) == "menyaipakn"
    assert m["offset"] == text.index("menyaipakn") + 2  # two emoji, one extra unit each
    assert m["replacements"][0] == {"value": "menyiapkan"}
    ctx = m["context"]
    assert java_slice(ctx["text"], ctx["offset"], ctx["length"]) == "menyaipakn"


def test_combining_marks_count_one_unit_each() -> None:
    text = "Cafe\u0301 itu ramai. Pemerintah menyaipakn bantuan."
    (m,) = [m for m in matches_for({"text": text}) if m["rule"]["id"] == "S101"]
    assert m["offset"] == text.index("menyaipakn")  # BMP: code points are units
    assert java_slice(text, m["offset"], m["length"]) == "menyaipakn"


@given(st.text(alphabet=st.sampled_from(["a", " ", "\n", "😀", "é", "\U0001d11e", "x"]),
               max_size=40), st.data())
def test_utf16_offsets_agree_with_utf16_encoding(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert Utf16(text)(offset) == len(text[:offset].encode("utf-16-le")) // 2


ANNOTATED = {"annotation": [
    {"markup": "<p>"},
    {"text": "Pemerintah "},
    {"markup": "<b>", "interpretAs": ""},
    {"text": "menyaipakn"},
    {"markup": "</b>"},
    {"text": " bantuan 😀 untuk "},
    {"markup": "<br/>", "interpretAs": "\n\n"},
    {"text": "persobil di Gaza."},
    {"markup": "</p>"},
]}


def test_annotated_text_offsets_count_the_whole_document() -> None:
    whole = "".join(i.get("text", i.get("markup", "")) for i in ANNOTATED["annotation"])
    found = {m["rule"]["id"] + ":" + java_slice(whole, m["offset"], m["length"])
             for m in matches_for({"data": json.dumps(ANNOTATED)})}
    assert "S101:menyaipakn" in found and "S101:persobil" in found


def test_markup_is_not_checked_and_interpret_as_is() -> None:
    data = {"annotation": [{"text": "Ia datang"}, {"markup": "<x-salah-ketik>"},
                           {"markup": "<br>", "interpretAs": " "}, {"text": "kemarin."}]}
    text, markup, whole = parse_annotated(json.dumps(data))
    assert text == "Ia datang kemarin." and whole.startswith("Ia datang<x-salah-ketik><br>")
    assert markup == [(9, 9, 9, 24), (9, 10, 24, 28)]
    assert matches_for({"data": json.dumps(data)}) == []


def test_a_finding_over_interpret_as_covers_the_markup() -> None:
    offsets = OriginalOffsets([(5, 6, 5, 10)])  # one char read for five of markup
    assert (offsets.start(5), offsets.end(6)) == (5, 10)
    assert (offsets.start(2), offsets.end(4)) == (2, 4)  # before: unchanged
    assert (offsets.start(6), offsets.end(8)) == (10, 12)  # after: shifted by four


def test_disabled_rules_and_categories() -> None:
    text = "Pemerintah menyaipakn 3000 persobil."
    codes = {m["rule"]["id"] for m in matches_for({"text": text})}
    assert {"S101", "T501"} <= codes
    assert "S101" not in {m["rule"]["id"] for m in matches_for(
        {"text": text, "disabledRules": "S101,SOME_LANGUAGETOOL_RULE"})}
    assert "S101" not in {m["rule"]["id"] for m in matches_for(
        {"text": text, "disabledRules": "unknown-word"})}
    no_typos = {m["rule"]["id"] for m in matches_for({"text": text,
                                                      "disabledCategories": "TYPOS"})}
    assert "S101" not in no_typos and "T501" in no_typos
    only = {m["rule"]["id"] for m in matches_for(
        {"text": text, "enabledRules": "T501", "enabledOnly": "true"})}
    assert only == {"T501"}
    only = {m["rule"]["id"] for m in matches_for(
        {"text": text, "enabledCategories": "S", "enabledOnly": "true"})}
    assert only == {"S101"}


def test_advisory_rules_only_when_picky() -> None:
    long = "Kami " + " ".join(["membaca"] * 45) + " buku."
    assert "K605" not in {m["rule"]["id"] for m in matches_for({"text": long})}
    assert "K605" in {m["rule"]["id"] for m in matches_for({"text": long, "level": "picky"})}
    assert "K605" in {m["rule"]["id"] for m in matches_for({"text": long,
                                                            "enabledRules": "K605"})}
    raised = Config(severity={"K605": Severity.WARNING})
    assert "K605" in {m["rule"]["id"] for m in matches_for({"text": long}, raised)}


def test_the_configuration_applies() -> None:
    text = "Pemerintah menyaipakn bantuan."
    assert matches_for({"text": text}, Config(accept={"menyaipakn"})) == []
    assert matches_for({"text": text}, Config(ignore=["S"])) == []
    assert "S101" in {m["rule"]["id"] for m in matches_for(
        {"text": text, "enabledRules": "S101"}, Config(ignore=["S"]))}


def test_match_shape() -> None:
    (m,) = [m for m in matches_for({"text": "Harganya Rp 3000 rupiah. Ia menyaipakn."})
            if m["rule"]["id"] == "S101"]
    assert set(m) >= {"message", "shortMessage", "offset", "length", "replacements",
                      "context", "sentence", "type", "rule"}
    assert m["rule"]["category"] == {"id": "TYPOS", "name": "Ejaan"}
    assert m["rule"]["issueType"] == "misspelling" and m["sentence"] == "Ia menyaipakn."
    kinds = {x["rule"]["id"]: x["rule"]["issueType"]
             for x in matches_for({"text": "Ia datang ,lalu pergi."})}
    assert kinds and set(kinds.values()) <= {"typographical", "whitespace"}


def test_a_fix_on_a_narrower_span_becomes_a_replacement_of_the_whole_match() -> None:
    from redaksi_lint.diagnostic import Diagnostic, Fix
    from redaksi_lint.server.protocol import replacements

    text = "Israel , kata dia"
    diag = Diagnostic("P401", "space-before-punctuation", Severity.WARNING, 6, 8, "m",
                      fix=Fix(6, 7, ""))
    assert replacements(diag, text) == [{"value": ","}]


@pytest.mark.parametrize(("form", "status", "words"), [
    ({"language": "id-ID"}, 400, "missing parameter 'text' or 'data'"),
    ({"text": "Halo."}, 400, "missing parameter 'language'"),
    ({"language": "en-US", "text": "Hello."}, 400, "unsupported language"),
    ({"language": "id", "data": "{not json"}, 400, "not valid JSON"),
    ({"language": "id", "data": "[1, 2]"}, 400, "'annotation' list"),
    ({"language": "id", "data": '{"annotation": [{"markup": 3}]}'}, 400, "item 0"),
    ({"language": "id", "data": '{"annotation": [5]}'}, 400, "not an object"),
    ({"language": "id", "text": "a", "enabledOnly": "true"}, 400, "enabledOnly"),
    ({"language": "id", "text": "é" * 600}, 413, "limit is 1000"),
])
def test_bad_requests(form: dict[str, str], status: int, words: str) -> None:
    with pytest.raises(RequestError) as info:
        parse_check_request(form, 1000)
    assert info.value.status == status and words in str(info.value)


def test_languages_accepted() -> None:
    for language in ("id", "id-ID", "auto", "ID-id"):
        assert isinstance(parse_check_request({"language": language, "text": "x"}, 10),
                          CheckRequest)


def test_sentence_of_a_finding() -> None:
    from redaksi_lint.server.protocol import sentence_around

    text = "Kalimat pertama. Kami menyaipakn bantuan serta. Kalimat ketiga."
    start = text.index("menyaipakn")
    assert sentence_around(text, start, start + 10) == "Kami menyaipakn bantuan serta."
    end = text.index("serta.") + 6
    assert sentence_around(text, end - 6, end) == "Kami menyaipakn bantuan serta."
    long = "kata " * 1000 + "menyaipakn " + "kata " * 1000
    start = long.index("menyaipakn")
    assert len(sentence_around(long, start, start + 10)) <= 4010
