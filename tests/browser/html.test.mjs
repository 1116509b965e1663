// Real-browser test of the HTML editions: opens every out/report.*.html (and
// out/index.html) in Debian's headless Chromium and checks what a reader would get.
//
//   SILKPRESS_OUT   directory of the built pages (default: ../../out)
//   CHROMIUM        browser binary (default: /usr/bin/chromium)
//
// Per page: no console errors and no request leaving the file (self-contained); every
// @font-face loaded; no text drawn with a system font (Chromium's own record of the fonts
// used for each element's text, via CDP CSS.getPlatformFontsForNode); `lang` and `dir`
// set, `dir` matching the script of the text; every ToC link resolves to an element and
// every language link to a file; print CSS gives A4 chapter breaks; axe-core finds no
// serious or critical violation. A screenshot per locale goes to <out>/screenshots/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.env.SILKPRESS_OUT ?? path.join(here, '..', '..', 'out'));
const shotDir = path.join(outDir, 'screenshots');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const pages = fs.existsSync(outDir)
  ? fs.readdirSync(outDir).filter((f) => /^report\..+\.html$/.test(f)).sort()
  : [];
const tagOf = (file) => file.replace(/^report\./, '').replace(/\.html$/, '');

let browser;
before(async () => {
  assert.ok(pages.length > 0, `no report.*.html in ${outDir}: run silkpress build --all --format html first`);
  fs.mkdirSync(shotDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // Root in CI containers cannot use Chromium's sandbox.
    args: ['--no-sandbox', '--font-render-hinting=none'],
  });
});
after(async () => {
  await browser?.close();
});

/** Opens a page, recording console errors and any request that is not the file itself. */
async function open(file, viewport = { width: 1100, height: 1400 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(path.join(outDir, file)).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const outside = requests.filter((u) => u !== url && !u.startsWith('data:'));
  return { context, page, errors, outside };
}

/** Every element with its own visible text, as CDP node IDs, and the fonts Chromium
 * used to draw that text. */
async function platformFonts(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: false });
  const found = [];
  const walk = (node, inBody) => {
    const name = node.nodeName;
    const isBody = inBody || name === 'BODY';
    for (const child of node.children ?? []) {
      if (child.nodeType === 3 && isBody && child.nodeValue.trim() !== '') {
        found.push({ nodeId: node.nodeId, name, text: child.nodeValue.trim().slice(0, 40) });
        break;
      }
    }
    for (const child of node.children ?? []) {
      if (child.nodeType === 1) walk(child, isBody);
    }
  };
  walk(root, false);
  const result = [];
  for (const el of found) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: el.nodeId });
    result.push({ ...el, fonts });
  }
  await cdp.detach();
  return result;
}

/** Languages whose likely script (CLDR) is written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ug', 'ps', 'sd', 'ckb', 'yi', 'dv', 'syr', 'arc', 'nqo', 'ks', 'prs']);

/** Letters of the page's main text, counted by script. */
function scriptCounts(text) {
  const counts = { arabic: 0, hebrew: 0, other: 0 };
  for (const c of text) {
    if (/\p{Script=Arabic}/u.test(c)) counts.arabic++;
    else if (/\p{Script=Hebrew}/u.test(c)) counts.hebrew++;
    else if (/\p{L}/u.test(c)) counts.other++;
  }
  return counts;
}

async function checkFontsLoaded(page, label) {
  const faces = await page.evaluate(() =>
    [...document.fonts].map((f) => ({ family: f.family, weight: f.weight, style: f.style, status: f.status })),
  );
  assert.ok(faces.length > 0, `${label}: no @font-face at all`);
  const notLoaded = faces.filter((f) => f.status !== 'loaded');
  assert.deepEqual(notLoaded, [], `${label}: @font-face not loaded (unused by the page, or rejected by the browser)`);
}

async function checkNoSystemFont(page, label) {
  const used = await platformFonts(page);
  assert.ok(used.length > 20, `${label}: too few text elements found (${used.length})`);
  const system = used.filter((u) => u.fonts.some((f) => !f.isCustomFont));
  assert.deepEqual(
    system.map((u) => `<${u.name.toLowerCase()}> "${u.text}": ${u.fonts.filter((f) => !f.isCustomFont).map((f) => f.familyName).join(', ')}`),
    [],
    `${label}: text drawn with a system font`,
  );
}

async function checkAxe(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const describe = (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`;
  const minor = result.violations.filter((v) => !['serious', 'critical'].includes(v.impact));
  if (minor.length) console.log(`${label}: axe (not failing):\n  ${minor.map(describe).join('\n  ')}`);
  const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad.map(describe), [], `${label}: axe-core serious/critical violations`);
}

for (const file of pages) {
  const tag = tagOf(file);
  test(`edition ${tag}`, async () => {
    const { context, page, errors, outside } = await open(file);
    try {
      assert.deepEqual(errors, [], `${tag}: console errors`);
      assert.deepEqual(outside, [], `${tag}: requests outside the file (must be self-contained)`);

      // Language metadata, and a direction that fits the text.
      const meta = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        dir: document.documentElement.getAttribute('dir'),
        direction: getComputedStyle(document.body).direction,
        title: document.title,
        text: document.querySelector('main').innerText,
      }));
      assert.equal(meta.lang, tag, `${tag}: <html lang>`);
      assert.ok(['ltr', 'rtl'].includes(meta.dir), `${tag}: <html dir> is ${meta.dir}`);
      assert.equal(meta.direction, meta.dir, `${tag}: computed direction`);
      assert.ok(meta.title.trim().length > 0, `${tag}: empty <title>`);
      // Right-to-left languages (CLDR: their likely script is RTL; ar-XB is the bidi
      // pseudo-locale), and any page whose letters are mostly Arabic or Hebrew, are rtl.
      const primary = tag.split(/[-_]/)[0];
      const counts = scriptCounts(meta.text);
      const rtlText = counts.arabic + counts.hebrew > counts.other;
      const expected = RTL_LANGUAGES.has(primary) || rtlText ? 'rtl' : 'ltr';
      assert.equal(meta.dir, expected, `${tag}: dir does not fit the language and script (${JSON.stringify(counts)})`);

      // Every ToC entry points at an element; every heading of a chapter or section is listed.
      const toc = await page.evaluate(() => {
        const links = [...document.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
        const missing = links.filter((h) => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1))));
        const headings = [...document.querySelectorAll('main h2[id], main h3[id]')].map((h) => '#' + h.id);
        const unlisted = headings.filter((h) => !links.includes(h));
        return { count: links.length, missing, unlisted };
      });
      assert.ok(toc.count > 5, `${tag}: ToC has ${toc.count} links`);
      assert.deepEqual(toc.missing, [], `${tag}: ToC links to nothing`);
      assert.deepEqual(toc.unlisted, [], `${tag}: chapters/sections missing from the ToC`);

      // The language switcher links files that exist, each named in its own language.
      const langs = await page.evaluate(() =>
        [...document.querySelectorAll('nav.languages a')].map((a) => ({ href: a.getAttribute('href'), lang: a.lang, dir: a.dir })),
      );
      assert.ok(langs.length === pages.length, `${tag}: switcher lists ${langs.length} of ${pages.length} editions`);
      for (const l of langs) {
        assert.ok(fs.existsSync(path.join(outDir, l.href)), `${tag}: switcher links missing ${l.href}`);
        assert.equal(l.href, `report.${l.lang}.html`, `${tag}: switcher entry lang`);
      }

      await checkFontsLoaded(page, tag);
      await checkNoSystemFont(page, tag);

      await page.screenshot({ path: path.join(shotDir, `${tag}.png`) });
      await page.evaluate(() => document.getElementById('ch1')?.scrollIntoView());
      await page.screenshot({ path: path.join(shotDir, `${tag}-ch1.png`) });

      await checkAxe(page, tag);

      // Print: A4 pages, a new page for every chapter, no switcher.
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => ({
        breaks: [...document.querySelectorAll('section.chapter')].map((s) => getComputedStyle(s).breakBefore),
        switcher: getComputedStyle(document.querySelector('nav.languages') ?? document.body).display,
      }));
      assert.ok(print.breaks.length > 0 && print.breaks.every((b) => b === 'page'), `${tag}: chapter page breaks in print: ${print.breaks}`);
      assert.equal(print.switcher, 'none', `${tag}: switcher printed`);
    } finally {
      await context.close();
    }
  });
}

test('phone layout has no horizontal scrolling', async () => {
  for (const file of pages) {
    const tag = tagOf(file);
    const { context, page } = await open(file, { width: 360, height: 740 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${tag}: page is ${overflow}px wider than a 360px phone`);
      if (tag === 'zh-CN' || tag === 'fa') await page.screenshot({ path: path.join(shotDir, `${tag}-phone.png`) });
    } finally {
      await context.close();
    }
  }
});

test('index lists every edition with its coverage', async (t) => {
  if (!fs.existsSync(path.join(outDir, 'index.html'))) {
    t.skip('no index.html (built without --all)');
    return;
  }
  const { context, page, errors, outside } = await open('index.html');
  try {
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, []);
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll('ul.editions li')].map((li) => ({
        href: li.querySelector('a').getAttribute('href'),
        count: li.querySelector('.count').textContent,
      })),
    );
    assert.deepEqual(entries.map((e) => e.href).sort(), pages.slice().sort());
    for (const e of entries) assert.match(e.count, /^\d{1,3} % \(\d+\/\d+\)$/);
    await checkFontsLoaded(page, 'index');
    await checkNoSystemFont(page, 'index');
    await page.screenshot({ path: path.join(shotDir, 'index.png') });
    await checkAxe(page, 'index');
  } finally {
    await context.close();
  }
});
