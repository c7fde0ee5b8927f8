// The page for editors: paste or open a draft, check it with this server's
// /v2/check, mark every finding, apply a suggestion with one click.
// Offsets from the server are UTF-16 code units, the same units as a
// JavaScript string index, so they are used as they are.
"use strict";

const $ = (id) => document.getElementById(id);
const draft = $("draft");
const state = { checked: null, matches: [], name: "naskah", ext: "txt", timer: 0, seq: 0 };

function setStatus(text, isError) {
  $("status").textContent = text;
  $("status").classList.toggle("error", Boolean(isError));
}

function apiKey() {
  return localStorage.getItem("redaksi-lint-api-key") || "";
}

async function check() {
  const text = draft.value;
  const seq = ++state.seq;
  if (!text.trim()) {
    state.checked = text;
    state.matches = [];
    render();
    setStatus("Naskah kosong.");
    return;
  }
  const form = new URLSearchParams({ language: "id-ID", text: text, format: state.ext });
  if ($("picky").checked) form.set("level", "picky");
  if (apiKey()) form.set("apiKey", apiKey());
  setStatus("Memeriksa…");
  let answer;
  try {
    answer = await fetch("/v2/check", { method: "POST", body: form });
  } catch (err) {
    setStatus("Server tidak dapat dihubungi: " + err.message, true);
    return;
  }
  if (seq !== state.seq) return; // a newer check is on its way
  if (answer.status === 403) {
    const key = prompt("Server ini meminta kunci API:");
    if (key) {
      localStorage.setItem("redaksi-lint-api-key", key);
      return check();
    }
  }
  if (!answer.ok) {
    setStatus("Gagal memeriksa: " + (await answer.text()).replace(/^Error: /, ""), true);
    return;
  }
  const data = await answer.json();
  if (seq !== state.seq) return;
  state.checked = text;
  state.matches = data.matches;
  render();
  const n = data.matches.length;
  setStatus(n ? n + " temuan. Klik tanda untuk melihat saran." : "Tidak ada temuan.");
}

function render() {
  const text = state.checked || "";
  const marked = $("marked");
  marked.textContent = "";
  $("detail").hidden = true;
  const order = state.matches.map((m, i) => i);
  markRange(marked, text, order, 0, text.length);
  $("total").textContent = state.checked === null ? "" : "(" + state.matches.length + ")";
  renderCounts();
}

// Marks the findings inside [start, end) into `box`; a finding that lies
// wholly inside another (a typo in a repeated line) is marked inside it, one
// that only overlaps another is listed on click, not marked.
function markRange(box, text, order, start, end) {
  let pos = start;
  let k = 0;
  while (k < order.length) {
    const i = order[k];
    const m = state.matches[i];
    k += 1;
    if (m.offset < pos || m.offset + m.length > end) continue;
    box.append(text.slice(pos, m.offset));
    const mark = document.createElement("mark");
    mark.className = m.rule.issueType;
    mark.dataset.code = m.rule.id;
    mark.dataset.index = String(i);
    mark.title = m.rule.id + ": " + m.message;
    mark.addEventListener("click", (event) => {
      event.stopPropagation(); // the innermost mark answers
      showDetail(i, mark);
    });
    const inner = [];
    while (k < order.length && state.matches[order[k]].offset < m.offset + m.length) {
      inner.push(order[k]);
      k += 1;
    }
    if (m.length === 0) mark.textContent = "\u2038";
    else markRange(mark, text, inner, m.offset, m.offset + m.length);
    box.append(mark);
    pos = m.offset + m.length;
  }
  box.append(text.slice(pos, end));
}

function renderCounts() {
  const rows = new Map();
  for (const m of state.matches) {
    const row = rows.get(m.rule.id) || { description: m.rule.description, count: 0 };
    row.count += 1;
    rows.set(m.rule.id, row);
  }
  const body = $("counts").tBodies[0];
  body.textContent = "";
  for (const [code, row] of [...rows].sort((a, b) => b[1].count - a[1].count ||
                                                      a[0].localeCompare(b[0]))) {
    const tr = body.insertRow();
    tr.dataset.code = code;
    tr.insertCell().textContent = code;
    tr.insertCell().textContent = row.description;
    tr.insertCell().textContent = String(row.count);
  }
}

// Every finding on the clicked span: a mark stands for the first of them, and
// a finding over a whole line may hold others.
function showDetail(i, mark) {
  const first = state.matches[i];
  const end = first.offset + first.length;
  document.querySelectorAll("mark.active").forEach((el) => el.classList.remove("active"));
  mark.classList.add("active");
  const box = $("detail");
  box.textContent = "";
  state.matches.forEach((m, j) => {
    const overlaps = j === i || (m.offset < end && m.offset + m.length > first.offset);
    if (!overlaps) return;
    const item = document.createElement("div");
    item.className = "finding";
    item.dataset.code = m.rule.id;
    const rule = document.createElement("p");
    rule.className = "rule";
    rule.textContent = m.rule.id + " · " + m.rule.category.name + " · " + m.rule.description;
    const message = document.createElement("p");
    message.className = "message";
    message.textContent = m.message;
    const suggestions = document.createElement("div");
    suggestions.className = "suggestions";
    if (!m.replacements.length) suggestions.textContent = "Tidak ada saran; periksa sendiri.";
    for (const r of m.replacements.slice(0, 5)) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = r.value === "" ? "(hapus)" : r.value;
      button.title = "Ganti \u201c" + state.checked.slice(m.offset, m.offset + m.length) +
        "\u201d dengan saran ini";
      button.addEventListener("click", () => apply(j, r.value));
      suggestions.append(button);
    }
    item.append(rule, message, suggestions);
    box.append(item);
  });
  box.hidden = false;
}

function apply(i, value) {
  const m = state.matches[i];
  if (draft.value !== state.checked) {
    setStatus("Naskah berubah sejak diperiksa; memeriksa ulang…");
    return check();
  }
  draft.value = draft.value.slice(0, m.offset) + value + draft.value.slice(m.offset + m.length);
  return check();
}

async function openFile(file) {
  const dot = file.name.lastIndexOf(".");
  const ext = dot >= 0 ? file.name.slice(dot + 1).toLowerCase() : "";
  state.name = dot > 0 ? file.name.slice(0, dot) : file.name;
  try {
    if (ext === "docx") {
      const answer = await fetch("/api/docx?apiKey=" + encodeURIComponent(apiKey()),
                                 { method: "POST", body: file });
      if (!answer.ok) throw new Error((await answer.text()).replace(/^Error: /, ""));
      draft.value = (await answer.json()).text;
      state.ext = "txt";
    } else {
      draft.value = await file.text();
      state.ext = ext === "md" || ext === "markdown" ? "md" : "txt";
    }
  } catch (err) {
    setStatus("Berkas tidak dapat dibaca: " + err.message, true);
    return;
  }
  check();
}

async function copyText() {
  try {
    await navigator.clipboard.writeText(draft.value);
  } catch (err) {
    draft.select();
    document.execCommand("copy");
  }
  setStatus("Teks disalin.");
}

function download() {
  const blob = new Blob([draft.value], { type: "text/plain;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = state.name + "-perbaikan." + (state.ext === "md" ? "md" : "txt");
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

$("check").addEventListener("click", check);
$("copy").addEventListener("click", copyText);
$("download").addEventListener("click", download);
$("picky").addEventListener("change", check);
$("file").addEventListener("change", (e) => {
  if (e.target.files.length) openFile(e.target.files[0]);
  e.target.value = "";
});
draft.addEventListener("input", () => {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, 1200);
});
draft.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) check();
});
render();
