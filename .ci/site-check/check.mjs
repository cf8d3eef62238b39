// Opens every page of an osteomet review site in Debian's headless Chromium, from file:// as a reader would
// offline, and fails on: a console error or page error, any request that fails or leaves the site folder, a link
// to a missing page or id, a citation link that does not land on a <mark>, a mark that does not sit at the code
// points it names or holds text outside its quote, a quote of the export (if given) without its marks, and any
// serious or critical axe-core violation. Saves screenshots of the index, the denosumab page and one source page.
//
// Usage: node check.mjs SITE_DIR [--export osteomet.json] [--screenshots DIR] [--chromium PATH]

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function options(argv) {
  const opts = { site: null, exportJson: null, screenshots: null, chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--export') opts.exportJson = argv[++i];
    else if (a === '--screenshots') opts.screenshots = argv[++i];
    else if (a === '--chromium') opts.chromium = argv[++i];
    else if (!opts.site) opts.site = a;
    else throw new Error('unexpected argument ' + a);
  }
  if (!opts.site) throw new Error('usage: node check.mjs SITE_DIR [--export osteomet.json] [--screenshots DIR]');
  opts.site = path.resolve(opts.site);
  opts.screenshots = path.resolve(opts.screenshots || path.join(opts.site, '..', 'site-screenshots'));
  return opts;
}

function htmlFiles(root) {
  const out = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  })(root);
  return out;
}

// Runs in the page: ids, links, and the placement of every mark.
function inspect() {
  const cps = (s) => Array.from(s).length;
  const problems = [];
  const ids = Array.from(document.querySelectorAll('[id]'), (e) => e.id);
  const marks = {};
  for (const p of document.querySelectorAll('.snapshot p[data-from]')) {
    const start = Number(p.dataset.from);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let offset = 0;
    const before = new Map();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let e = node.parentElement; e && e !== p; e = e.parentElement) {
        if (e.tagName === 'MARK' && !before.has(e)) before.set(e, offset);
      }
      offset += cps(node.data);
    }
    for (const m of p.querySelectorAll('mark')) {
      const from = Number(m.dataset.from), to = Number(m.dataset.to);
      const [, qs, qe] = m.dataset.quote.split('-').map(Number);
      const at = start + (before.get(m) ?? offset);
      if (at !== from || cps(m.textContent) !== to - from) {
        problems.push(`mark ${m.dataset.quote} should hold code points ${from}-${to} but sits at ${at}, ${cps(m.textContent)} long`);
      }
      if (from < qs || to > qe) problems.push(`mark ${m.dataset.quote} holds ${from}-${to}, outside its quote`);
      (marks[m.dataset.quote] ||= []).push({ from, to, text: m.textContent, id: m.id });
    }
  }
  const links = Array.from(document.querySelectorAll('a[href]'), (a) => a.href);
  const other = Array.from(document.querySelectorAll('[src], link[href]'), (e) => e.src || e.href);
  const markIds = Array.from(document.querySelectorAll('mark[id]'), (m) => m.id);
  return { ids, links, other, marks, markIds, problems, h1: document.querySelectorAll('h1').length };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const pages = htmlFiles(opts.site);
  if (!pages.includes('index.html')) throw new Error(`${opts.site} has no index.html`);
  const started = Date.now();
  const browser = await puppeteer.launch({
    executablePath: opts.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
  });
  const failures = [];
  const seen = new Map();
  const siteUrl = pathToFileURL(opts.site + path.sep).href;
  let axeSerious = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 1400 });
    let current = '';
    page.on('console', (msg) => {
      if (msg.type() === 'error') failures.push(`${current}: console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => failures.push(`${current}: page error: ${err.message}`));
    page.on('requestfailed', (req) => failures.push(`${current}: request failed: ${req.url()} (${req.failure()?.errorText})`));
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith(siteUrl) || url.startsWith('data:')) {
        req.continue();
      } else {
        failures.push(`${current}: request outside the site: ${url}`);
        req.abort();
      }
    });
    for (const rel of pages) {
      current = rel;
      await page.goto(pathToFileURL(path.join(opts.site, rel)).href, { waitUntil: 'load' });
      const found = await page.evaluate(inspect);
      if (found.h1 !== 1) failures.push(`${rel}: has ${found.h1} h1 elements`);
      found.problems.forEach((p) => failures.push(`${rel}: ${p}`));
      await page.addScriptTag({ content: AXE_SOURCE });
      const axe = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
      });
      for (const v of axe) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          axeSerious++;
          failures.push(`${rel}: axe ${v.impact} ${v.id}: ${v.help} (${v.nodes} elements)`);
        }
      }
      seen.set(rel, found);
      if (rel === 'index.html') {
        // The search must find a brand name and show a link to its drug.
        await page.type('#q', 'xgeva');
        const hits = await page.$$eval('#results a', (as) => as.map((a) => a.textContent));
        if (pages.includes('treatments/denosumab.html') && !hits.includes('denosumab')) {
          failures.push('index.html: searching "xgeva" does not list denosumab');
        }
        await page.evaluate(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input')); });
      }
    }
    // Links resolve to a page of the site and, with a fragment, to an element of that page.
    for (const [rel, found] of seen) {
      for (const href of [...found.links, ...found.other]) {
        if (href.startsWith('data:')) continue;
        if (!href.startsWith(siteUrl)) { failures.push(`${rel}: link outside the site: ${href}`); continue; }
        const url = new URL(href);
        const target = path.relative(opts.site, fileURLToPath(url)).split(path.sep).join('/');
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fs.existsSync(path.join(opts.site, target))) { failures.push(`${rel}: broken link ${href}`); continue; }
        if (fragment && seen.has(target)) {
          const t = seen.get(target);
          if (!t.ids.includes(fragment)) failures.push(`${rel}: link to missing id ${target}#${fragment}`);
          else if (target.startsWith('sources/') && fragment.startsWith('q-') && !t.markIds.includes(fragment)) {
            failures.push(`${rel}: citation link ${target}#${fragment} does not land on a mark`);
          }
        }
      }
    }
    // Every quote of the export is marked on its source's page, its pieces together holding exactly its text.
    let quotes = 0;
    if (opts.exportJson) {
      const data = JSON.parse(fs.readFileSync(opts.exportJson, 'utf8'));
      for (const record of [...data.claims, ...data.coverage]) {
        for (const c of record.citations) {
          quotes++;
          if (!c.selector) { failures.push(`${record.id}: citation of ${c.source} has no selector`); continue; }
          const [pos, quote] = c.selector;
          const id = `q-${pos.start}-${pos.end}`;
          const source = seen.get(`sources/${c.source}.html`);
          const pieces = source?.marks[id];
          if (!pieces || !pieces.some((p) => p.id === id)) { failures.push(`${record.id}: quote ${id} not marked in ${c.source}`); continue; }
          const exact = Array.from(quote.exact);
          let at = pos.start, ok = true;
          for (const p of pieces) {
            if (exact.slice(at - pos.start, p.from - pos.start).join('').trim() !== '') ok = false;
            if (exact.slice(p.from - pos.start, p.to - pos.start).join('') !== p.text) ok = false;
            at = p.to;
          }
          if (!ok || at !== pos.end) failures.push(`${record.id}: the marks of ${id} in ${c.source} do not hold its exact text`);
        }
      }
    }
    // Screenshots for review: the index, the denosumab page (or the first treatment) and the first source.
    fs.mkdirSync(opts.screenshots, { recursive: true });
    const shots = [
      ['index.html', 'index.png'],
      [pages.includes('treatments/denosumab.html') ? 'treatments/denosumab.html' : pages.find((p) => p.startsWith('treatments/')), 'treatment.png'],
      [pages.includes('sources/acs-bone-metastasis-2012.html') ? 'sources/acs-bone-metastasis-2012.html' : pages.find((p) => p.startsWith('sources/')), 'source.png'],
    ];
    for (const [rel, name] of shots) {
      if (!rel) continue;
      current = rel;
      await page.goto(pathToFileURL(path.join(opts.site, rel)).href, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(opts.screenshots, name) });
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const bytes = pages.reduce((n, rel) => n + fs.statSync(path.join(opts.site, rel)).size, 0);
    console.log(`site-check: ${pages.length} pages (${bytes} bytes of HTML), ${quotes} exported quotes checked,`
      + ` ${axeSerious} serious or critical axe violations, ${failures.length} problems, ${seconds} s;`
      + ` screenshots in ${opts.screenshots}`);
  } finally {
    await browser.close();
  }
  if (failures.length) {
    for (const f of failures.slice(0, 200)) console.error('site-check: ' + f);
    if (failures.length > 200) console.error(`site-check: … and ${failures.length - 200} more`);
    process.exit(1);
  }
}

main().catch((e) => { console.error('site-check: ' + (e && e.stack || e)); process.exit(2); });
