// silkpress serve: the editor page. Loads the state of a locale, renders its messages
// (source beside translation, status, check notes), saves an edited message with the
// access token, and follows every change (its own saves and any editor's on disk) by
// long-polling /api/wait, reloading the previews scrolled to the selected message.
"use strict";

const token = document.querySelector('meta[name="silkpress-token"]').content;
let locale = document.querySelector('meta[name="silkpress-locale"]').content;
let state = null;
let selected = null;
const dirty = new Set();
// The last save result of each message, kept across re-renders.
const results = new Map();

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
};
// Letters and digits only: line breaking and markup add and take away the rest.
const letters = (s) => (s.match(/[\p{L}\p{N}]/gu) || []).join("");

async function loadState() {
  const r = await fetch(`/api/state?locale=${encodeURIComponent(locale)}`);
  state = await r.json();
  render();
}

function render() {
  const select = $("locale");
  if (select.options.length !== state.locales.length) {
    select.replaceChildren(...state.locales.map((l) => el("option", { value: l }, l)));
  }
  select.value = locale;
  const errs = $("load-errors");
  errs.replaceChildren(...(state.load_errors || []).map((n) => noteItem(n)));
  const counts = {};
  for (const m of state.messages) counts[m.status] = (counts[m.status] || 0) + 1;
  const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`);
  const ms = state.build_ms ? `, built in ${Math.round(state.build_ms)} ms` : "";
  const failed = state.not_built && state.not_built.length ? ` — ${state.not_built.join("; ")}` : "";
  $("summary").textContent = `${locale}: ${parts.join(", ")} (version ${state.version}${ms})${failed}`;
  const list = $("list");
  const old = new Map([...list.children].map((li) => [li.dataset.id, li]));
  const items = state.messages.map((m) => {
    const keep = old.get(m.id);
    if (keep && dirty.has(m.id)) return keep; // never clobber text being typed
    return messageItem(m);
  });
  list.replaceChildren(...items);
  if (selected) markSelected(selected);
}

function noteItem(n) {
  return el("li", { class: n.severity }, el("code", {}, n.code), `: ${n.message}`,
    n.at ? ` (${n.at})` : "", ...(n.hints || []).map((h) => ` — ${h}`),
    ...(n.change ? [changeView(n.change)] : []));
}

// A stale message's source change: the word difference, removed words struck through
// and added ones underlined (as text nodes: the texts are never parsed as HTML).
function changeView(c) {
  if (c.old === null) {
    return el("div", { class: "change" }, "The source text it was translated from is unknown (an old lock file).");
  }
  const parts = c.diff.map((d) =>
    d.op === "delete" ? el("del", {}, d.text) : d.op === "insert" ? el("ins", {}, d.text) : d.text);
  return el("div", { class: "change" }, "Source changed: ", el("span", { class: "diff" }, ...parts));
}

function pagesOf(id) {
  return (state.pages || []).find((p) => p.id === id);
}

function messageItem(m) {
  const tid = `t-${m.id}`;
  const where = pagesOf(m.id);
  const pageText = where ? (where.first === where.last ? `PDF p. ${where.first + 1}` : `PDF pp. ${where.first + 1}–${where.last + 1}`) : "";
  const area = el("textarea", { id: tid, lang: locale, dir: "auto", spellcheck: "true" });
  area.value = m.translation ?? `${m.id} = `;
  const last = results.get(m.id);
  const result = el("span", { class: last && last.error ? "result error" : "result", role: "status" }, last ? last.text : "");
  const save = el("button", { type: "button" }, "Save");
  const editable = m.status !== "source";
  area.readOnly = !editable;
  area.addEventListener("input", () => dirty.add(m.id));
  area.addEventListener("focus", () => select(m.id));
  save.addEventListener("click", () => saveMessage(m.id, area, result));
  const li = el("li", { class: `msg status-${m.status}`, "data-id": m.id },
    el("h3", {}, `${m.id} `, el("span", { class: "status" }, m.status), " ", el("span", { class: "pages" }, pageText)),
    el("div", { class: "pair" },
      el("div", { class: "src" }, el("h4", {}, `Source (${state.source})`), el("pre", { lang: state.source }, m.source)),
      el("div", { class: "tgt" }, el("label", { for: tid }, `Translation (${locale}) in ${m.file}`), area,
        ...(editable ? [save, result] : []))),
    el("ul", { class: "notes" }, ...m.notes.map(noteItem)));
  li.addEventListener("click", () => select(m.id));
  return li;
}

function showResult(id, result, text, error) {
  results.set(id, { text, error });
  result.className = error ? "result error" : "result";
  result.textContent = text;
}

async function saveMessage(id, area, result) {
  showResult(id, result, "saving…", false);
  const r = await fetch("/api/message", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Silkpress-Token": token },
    body: JSON.stringify({ locale, id, text: area.value }),
  });
  const body = await r.json();
  if (!r.ok) {
    showResult(id, result, body.error, true);
    if (body.line) placeCaret(area, body.line, body.column);
    return;
  }
  dirty.delete(id);
  showResult(id, result, `saved to ${body.file}` + (body.warnings.length ? ` (${body.warnings.join("; ")})` : ""), false);
  await refresh();
}

function placeCaret(area, line, column) {
  const lines = area.value.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += column - 1;
  area.focus();
  area.setSelectionRange(offset, offset + 1);
}

function markSelected(id) {
  for (const li of $("list").children) li.classList.toggle("selected", li.dataset.id === id);
}

function select(id) {
  if (selected === id) return;
  selected = id;
  markSelected(id);
  showPdf();
  scrollHtml();
}

function showPdf() {
  const where = selected && pagesOf(selected);
  const page = where ? where.first + 1 : 1;
  const frame = $("pdf-preview");
  // Right after a change the HTML preview is new and the PDF still being set: the
  // frame keeps the last PDF until the next version brings the new one.
  const base = state.pdf_pending && frame.dataset.version ? frame.dataset.version : state.version;
  const src = `/preview/${encodeURIComponent(locale)}.pdf?v=${base}#page=${page}`;
  frame.dataset.version = base;
  if (frame.getAttribute("src") !== src) frame.setAttribute("src", src);
  $("where").textContent = where ? `${selected}: PDF page ${page}` : "";
}

// Scrolls the HTML edition to the selected message's text and outlines it.
function scrollHtml() {
  const frame = $("html-preview");
  const doc = frame.contentDocument;
  const where = selected && pagesOf(selected);
  if (!doc || !where) return;
  const needle = letters(where.excerpt).slice(0, 24);
  if (!needle) return;
  for (const old of doc.querySelectorAll("[data-serve-selected]")) {
    old.removeAttribute("data-serve-selected");
    old.style.outline = "";
  }
  const blocks = doc.querySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption");
  for (const b of blocks) {
    if (letters(b.textContent).includes(needle)) {
      b.setAttribute("data-serve-selected", "");
      b.style.outline = "3px solid #0b57d0";
      b.scrollIntoView({ block: "center" });
      return;
    }
  }
}

function reloadPreviews() {
  const frame = $("html-preview");
  frame.onload = scrollHtml;
  frame.setAttribute("src", `/preview/${encodeURIComponent(locale)}.html?v=${state.version}`);
  showPdf();
}

async function refresh() {
  await loadState();
  reloadPreviews();
}

async function follow() {
  for (;;) {
    try {
      const r = await fetch(`/api/wait?since=${state ? state.version : 0}`);
      const { version } = await r.json();
      if (!state || version > state.version) await refresh();
    } catch (e) {
      await new Promise((ok) => setTimeout(ok, 1000));
    }
  }
}

$("locale").addEventListener("change", (e) => {
  locale = e.target.value;
  selected = null;
  dirty.clear();
  history.replaceState(null, "", `/?locale=${encodeURIComponent(locale)}`);
  refresh();
});

refresh().then(follow);
