// Real-browser test of `silkpress serve`: starts the server on a copy of the project,
// opens the editor in Debian's headless Chromium, edits a paragraph's translation, and
// checks that the HTML preview shows the edit scrolled to it; that a write without the
// token is refused; that the page raises no console error; and that axe-core finds no
// serious or critical violation.
//
//   SILKPRESS_BIN     the silkpress binary (default: ../../target/debug/silkpress)
//   CHROMIUM          browser binary (default: /usr/bin/chromium)
//   SERVE_SCREENSHOT  where to save a screenshot of the editor (default: none)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const bin = path.resolve(process.env.SILKPRESS_BIN ?? path.join(repo, 'target', 'debug', 'silkpress'));
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
let server;
let root;
let base;

before(async () => {
  assert.ok(fs.existsSync(bin), `no silkpress binary at ${bin}: cargo build first`);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'silkpress-serve-'));
  for (const d of ['templates', 'locales']) fs.cpSync(path.join(repo, d), path.join(root, d), { recursive: true });
  // Fonts are read only from inside the project (a link out of it is refused): hard links.
  fs.mkdirSync(path.join(root, 'fonts'));
  for (const f of fs.readdirSync(path.join(repo, 'fonts'))) {
    const from = path.join(repo, 'fonts', f);
    const to = path.join(root, 'fonts', f);
    try { fs.linkSync(from, to); } catch { fs.copyFileSync(from, to); }
  }
  server = spawn(bin, ['--root', root, 'serve', '--port', '0', '--locale', 'ru'], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', (code) => reject(new Error(`silkpress serve exited with ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Root in CI containers cannot use Chromium's sandbox.
    args: ['--no-sandbox', '--font-render-hinting=none'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

test('serve: edit a message, see the preview change, refuse a write without the token, axe-clean', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/?locale=ru`, { waitUntil: 'load' });
  await page.waitForSelector('#list li.msg');
  const count = await page.locator('#list li.msg').count();
  assert.ok(count > 100, `only ${count} messages listed`);

  // A body paragraph with its place in the PDF.
  const id = await page.evaluate(async () => {
    const s = await (await fetch('/api/state?locale=ru')).json();
    const p = s.pages.find((p) => /-p\d+$/.test(p.id) && p.first > 3);
    return p.id;
  });
  const item = page.locator(`#list li.msg[data-id="${id}"]`);
  const area = item.locator('textarea');
  // Words under ten letters: the HTML edition puts soft hyphens into longer ones.
  const marker = `Проверка живого показа ${Date.now() % 100000}`;
  await area.fill(`${id} = ${marker}.`);
  await item.locator('button').click();
  await item.locator('.result', { hasText: 'saved to' }).waitFor({ timeout: 60000 });

  // The HTML preview holds the edit, outlined and scrolled to.
  const frame = page.frameLocator('#html-preview');
  await frame.locator('[data-serve-selected]', { hasText: marker }).waitFor({ timeout: 60000 });
  const visible = await page.frame({ url: /preview\/ru\.html/ }).evaluate(() => {
    const el = document.querySelector('[data-serve-selected]');
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
  assert.ok(visible, 'the preview is not scrolled to the edited message');
  // The PDF preview opens at the message's page.
  const pdfSrc = await page.locator('#pdf-preview').getAttribute('src');
  assert.match(pdfSrc, /\/preview\/ru\.pdf\?v=\d+#page=\d+$/);
  const pdf = await page.evaluate(async () => {
    const r = await fetch('/preview/ru.pdf');
    const b = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, head: String.fromCharCode(...b.slice(0, 4)) };
  });
  assert.deepEqual(pdf, { status: 200, head: '%PDF' });

  // The file on disk holds it.
  const files = fs.readdirSync(path.join(root, 'locales', 'ru')).filter((f) => f.endsWith('.ftl'));
  assert.ok(files.some((f) => fs.readFileSync(path.join(root, 'locales', 'ru', f), 'utf8').includes(`${id} = ${marker}.`)));

  // Nothing went wrong so far (the refusals below are expected to log their statuses).
  assert.deepEqual(errors, [], 'console errors');

  // The page's own origin without the token is refused, and nothing changes.
  const refused = await page.evaluate(async (id) => {
    const r = await fetch('/api/message', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: 'ru', id, text: `${id} = x` }),
    });
    return r.status;
  }, id);
  assert.equal(refused, 403);
  // Another origin (a page on another port) cannot write even if it guessed the format.
  const other = await context.newPage();
  await other.goto('about:blank');
  const foreign = await other.evaluate(async ([base, id]) => {
    try {
      const r = await fetch(`${base}/api/message`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Silkpress-Token': 'guess' },
        body: JSON.stringify({ locale: 'ru', id, text: `${id} = x` }),
      });
      return r.status;
    } catch (e) {
      return 'blocked';
    }
  }, [base, id]);
  assert.notEqual(foreign, 200, 'a foreign page wrote');
  assert.ok(files.some((f) => fs.readFileSync(path.join(root, 'locales', 'ru', f), 'utf8').includes(`${id} = ${marker}.`)));

  if (process.env.SERVE_SCREENSHOT) {
    await page.screenshot({ path: process.env.SERVE_SCREENSHOT });
  }

  // A syntax error is shown, not written.
  await area.fill(`${id} = { broken`);
  await item.locator('button').click();
  await item.locator('.result.error', { hasText: 'syntax error at 1:' }).waitFor({ timeout: 60000 });

  // axe-core, injected over CDP (the page's policy allows only its own scripts).
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const describe = (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`;
  const minor = result.violations.filter((v) => !['serious', 'critical'].includes(v.impact));
  if (minor.length) console.log(`serve: axe (not failing):\n  ${minor.map(describe).join('\n  ')}`);
  const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad.map(describe), [], 'axe-core serious/critical violations');

  await context.close();
});
