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
// violation at all, in the light and in the dark colour scheme; the skip link is the first
// tab stop and leads to the text. A screenshot per locale goes to <out>/screenshots/.
//
// Typography (issue #16): at 375 and 1280 px, no line starts with a connecting dash or
// with a suffix torn from its number (2024-/yil), and Chinese blocks never leave one
// character alone on their last line; Russian words are divided at soft hyphens, and a
// copy drops them; Persian paragraphs are justified; the switcher's names sit on one
// baseline, and a very long unbreakable name does not widen a 375 px page.

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

/** axe-core finds no violation, whatever its impact, in the page's current colour scheme. */
async function checkAxe(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const describe = (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`;
  assert.deepEqual(result.violations.map(describe), [], `${label}: axe-core violations`);
}

/** Both colour schemes: the page follows prefers-color-scheme (a dark paper in dark mode,
 * a light one otherwise), and axe-core finds no violation in either. */
async function checkSchemes(page, label) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const lum = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    assert.ok(colorScheme === 'dark' ? lum < 0.2 : lum > 0.8, `${label}: ${colorScheme} paper has luminance ${lum}`);
    await checkAxe(page, `${label} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Where Chromium broke the lines of the text blocks matching `selector`, at the places
 * that matter (only those are measured, a character's box at a time): per block, the
 * dashes that start a line, the suffixes torn from their number or abbreviation
 * (2024-/yil, 31 %-/ға), the words divided at a soft hyphen, and whether the last
 * letter stands alone on the last line. Characters that are never drawn are skipped. */
async function lineBreaks(page, selector) {
  return page.evaluate((selector) => {
    const invisible = /[\s\u00AD\u2060\u200B-\u200F\u2066-\u2069]/u;
    const range = document.createRange();
    // After a division the next letter's range also reports an empty box at the end of
    // the line before: the last box is where it is drawn.
    const box = (ch) => {
      range.setStart(ch.node, ch.at);
      range.setEnd(ch.node, ch.at + ch.c.length);
      const rects = range.getClientRects();
      return rects[rects.length - 1];
    };
    // Whether a line break falls between visible characters `a` and `b` (b after a).
    const broken = (a, b) => {
      const [ra, rb] = [box(a), box(b)];
      return ra && rb && rb.top > (ra.top + ra.bottom) / 2;
    };
    return [...document.querySelectorAll(selector)].map((el) => {
      const chars = [];
      let before = '';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const t = node.data;
        for (let at = 0; at < t.length; ) {
          const c = String.fromCodePoint(t.codePointAt(at));
          if (!invisible.test(c)) chars.push({ c, node, at, before: before.slice(-12) });
          before += c;
          at += c.length;
        }
      }
      const out = { tag: el.tagName.toLowerCase(), id: el.closest('[id]')?.id ?? '', text: el.textContent.slice(0, 50), dashStarts: [], torn: [], divided: 0, loneLast: '' };
      for (let k = 1; k < chars.length; k++) {
        const { c, before } = chars[k];
        const dash = /[—–―]/u.test(c);
        const suffix = /[\d%]-\u2060?$/u.test(before);
        const division = /\p{L}\u00AD$/u.test(before) && /\p{L}/u.test(c);
        if (!(dash || suffix || division) || !broken(chars[k - 1], chars[k])) continue;
        if (dash) out.dashStarts.push(`…${before}|${c}`);
        if (suffix) out.torn.push(`…${before}|${c}`);
        if (division) out.divided++;
      }
      const letters = chars.filter((ch) => /[\p{L}\p{N}]/u.test(ch.c));
      const [a, b] = letters.slice(-2);
      if (a && b && broken(a, b)) out.loneLast = `…${b.before}|${b.c}`;
      return out;
    });
  }, selector);
}

/** Blocks of running text: paragraphs, list items, quotes, headings and contents entries. */
const BLOCKS = 'main p, main li, main figcaption, main h2, main h3, main h4, main h5, header.cover h1, nav.toc a';

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

      await checkSchemes(page, tag);

      // The skip link is the first tab stop, shown when focused, and leads into <main>.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const a = document.activeElement;
        const target = a?.getAttribute('href')?.startsWith('#') && document.getElementById(a.getAttribute('href').slice(1));
        const box = a?.getBoundingClientRect();
        return { cls: a?.className, text: a?.textContent, target: target?.tagName, width: box?.width, height: box?.height };
      });
      assert.equal(skip.cls, 'skip', `${tag}: the first tab stop is not the skip link`);
      assert.ok(skip.text.trim().length > 0 && skip.target === 'MAIN', `${tag}: skip link ${JSON.stringify(skip)}`);
      assert.ok(skip.width > 20 && skip.height > 10, `${tag}: the focused skip link is not visible`);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN', `${tag}: the skip link does not move the focus to the text`);

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
    await checkSchemes(page, 'index');
    // A very long unbreakable name wraps inside a 375 px page here too.
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => {
      document.querySelector('ul.editions a').textContent = 'Qaraqalpaqsha'.repeat(24);
      return document.documentElement.scrollWidth - window.innerWidth;
    });
    assert.ok(overflow <= 0, `index: a long language name makes the page ${overflow}px wider than 375 px`);
  } finally {
    await context.close();
  }
});

test('lines: no connecting dash or torn suffix at a line start; no lone Chinese character on a last line', async () => {
  for (const file of pages) {
    const tag = tagOf(file);
    for (const width of [375, 1280]) {
      const { context, page } = await open(file, { width, height: 900 });
      try {
        const blocks = await lineBreaks(page, BLOCKS);
        assert.ok(blocks.length > 50, `${tag}: ${blocks.length} blocks`);
        const where = (b, what) => `${b.tag}#${b.id} "${b.text}": ${what}`;
        const bad = blocks.flatMap((b) => [...b.dashStarts, ...b.torn].map((x) => where(b, x)));
        assert.deepEqual(bad, [], `${tag} at ${width} px: lines starting with a dash or a torn suffix`);
        if (tag.startsWith('zh')) {
          const lone = blocks.filter((b) => b.loneLast).map((b) => where(b, b.loneLast));
          assert.deepEqual(lone, [], `${tag} at ${width} px: one character alone on a last line`);
        }
      } finally {
        await context.close();
      }
    }
  }
});

test('Russian is hyphenated at the soft hyphens, and a copy drops them', async (t) => {
  if (!pages.includes('report.ru.html')) return t.skip('no Russian edition');
  const { context, page } = await open('report.ru.html', { width: 375, height: 800 });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Soft hyphens in the text, honoured (hyphens: manual), and lines really divided at them.
    const style = await page.evaluate(() => getComputedStyle(document.querySelector('main p')).hyphens);
    assert.equal(style, 'manual', 'ru: hyphens property');
    const blocks = await lineBreaks(page, 'main p');
    const divided = blocks.reduce((n, b) => n + b.divided, 0);
    assert.ok(divided > 20, `ru: only ${divided} lines at 375 px end in a divided word`);
    // Find in page sees through soft hyphens; a copy holds none, nor any word joiner.
    const copy = await page.evaluate(() => {
      const p = [...document.querySelectorAll('main p')].find((e) => e.textContent.includes('\u00AD'));
      const word = p.textContent.split(/\s+/).find((w) => /^\p{L}+\u00AD[\p{L}\u00AD]+$/u.test(w));
      const plain = word.replaceAll('\u00AD', '');
      getSelection().removeAllRanges();
      const found = window.find(plain);
      getSelection().selectAllChildren(p);
      document.execCommand('copy');
      return { plain, found, expected: getSelection().toString().replace(/[\u00AD\u2060]/g, '') };
    });
    assert.ok(copy.found, `ru: find in page does not find ${copy.plain}`);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(!/[\u00AD\u2060]/u.test(clip), 'ru: copied text holds soft hyphens or word joiners');
    assert.equal(clip, copy.expected, 'ru: copied text');
  } finally {
    await context.close();
  }
});

test('Persian paragraphs are justified', async (t) => {
  if (!pages.includes('report.fa.html')) return t.skip('no Persian edition');
  for (const width of [375, 1280]) {
    const { context, page } = await open('report.fa.html', { width, height: 900 });
    try {
      // Every full line of a Persian paragraph spans the measure: both edges flush.
      const result = await page.evaluate(() => {
        const range = document.createRange();
        const out = { paragraphs: 0, ragged: [] };
        for (const p of document.querySelectorAll('main p:not([lang])')) {
          if (getComputedStyle(p).textAlign !== 'justify') {
            out.ragged.push(`text-align ${getComputedStyle(p).textAlign}: ${p.textContent.slice(0, 30)}`);
            continue;
          }
          range.selectNodeContents(p);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const byLine = new Map();
          for (const r of rects) {
            const key = Math.round(r.top / 4);
            const l = byLine.get(key) ?? { left: Infinity, right: -Infinity };
            l.left = Math.min(l.left, r.left);
            l.right = Math.max(l.right, r.right);
            byLine.set(key, l);
          }
          const lines = [...byLine.values()];
          if (lines.length < 3) continue;
          out.paragraphs++;
          const box = p.getBoundingClientRect();
          const cs = getComputedStyle(p);
          const right = box.right - parseFloat(cs.paddingRight);
          const left = box.left + parseFloat(cs.paddingLeft);
          // Lines after the first (the first is indented), the last excepted.
          for (const l of lines.slice(1, -1)) {
            if (Math.abs(l.right - right) > 1.5 || Math.abs(l.left - left) > 1.5) {
              out.ragged.push(`${p.textContent.slice(0, 30)}: line ${l.left.toFixed(1)}–${l.right.toFixed(1)} in ${left.toFixed(1)}–${right.toFixed(1)}`);
            }
          }
        }
        return out;
      });
      assert.ok(result.paragraphs > 20, `fa: ${result.paragraphs} paragraphs of three lines or more`);
      assert.deepEqual(result.ragged.slice(0, 5), [], `fa at ${width} px: lines not flush`);
    } finally {
      await context.close();
    }
  }
});

test('language switcher: one baseline per row; a very long name wraps inside a 375 px page', async () => {
  for (const file of pages) {
    const tag = tagOf(file);
    const { context, page } = await open(file, { width: 375, height: 800 });
    try {
      // Each name's baseline: the bottom of an empty inline-block on it.
      const rows = await page.evaluate(() => {
        const rows = [];
        for (const a of document.querySelectorAll('nav.languages a')) {
          const probe = document.createElement('span');
          probe.style.cssText = 'display:inline-block;width:0;height:0';
          a.append(probe);
          const box = a.getBoundingClientRect();
          const base = probe.getBoundingClientRect().bottom;
          probe.remove();
          const row = rows.find((r) => box.top < r.bottom && box.bottom > r.top);
          if (row) {
            row.bases.push(base);
            row.top = Math.min(row.top, box.top);
            row.bottom = Math.max(row.bottom, box.bottom);
          } else rows.push({ top: box.top, bottom: box.bottom, bases: [base] });
        }
        return rows.map((r) => r.bases);
      });
      assert.ok(rows.length > 0, `${tag}: no switcher`);
      for (const bases of rows) {
        assert.ok(Math.max(...bases) - Math.min(...bases) < 0.5, `${tag}: switcher baselines ${bases}`);
      }
      // A name of 300 letters with no break opportunity, in a script of the page.
      const overflow = await page.evaluate(() => {
        const links = document.querySelectorAll('nav.languages a');
        links[links.length - 1].textContent = 'Qaraqalpaqsha'.repeat(24);
        return document.documentElement.scrollWidth - window.innerWidth;
      });
      assert.ok(overflow <= 0, `${tag}: a long language name makes the page ${overflow}px wider than 375 px`);
    } finally {
      await context.close();
    }
  }
});

test('screenshots: light and dark, 1280 and 375 px', async () => {
  for (const tag of ['en', 'zh-CN', 'ru', 'fa']) {
    const file = `report.${tag}.html`;
    if (!pages.includes(file)) continue;
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        const { context, page } = await open(file, { width, height: 1100 });
        try {
          await page.emulateMedia({ colorScheme });
          await page.screenshot({ path: path.join(shotDir, `${tag}-${colorScheme}-${width}.png`) });
          await page.evaluate(() => document.getElementById('ch1')?.scrollIntoView());
          await page.screenshot({ path: path.join(shotDir, `${tag}-${colorScheme}-${width}-ch1.png`) });
        } finally {
          await context.close();
        }
      }
    }
  }
});
