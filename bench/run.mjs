// npm run bench: reaction latency against a naive poller, one click end to end, the
// content scripts' main-thread cost on LinkedIn pages, and sizes. Prints a table and
// writes bench/results.json. Timings are reported, not asserted; size budgets are tests.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { launchWithExtension } from '../tests/support/extension.mjs';
import { heavyPage, NAIVE_POLLER } from '../tests/fixtures/heavy.mjs';
import { categoryPage, feedPage, settingsPage, TARGET_PATH, CATEGORY_PATH } from '../tests/fixtures/replica.mjs';
import { BUDGETS, measureSizes } from '../scripts/sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TARGET = `https://www.linkedin.com${TARGET_PATH}`;
const BASELINE = `https://bench.example${TARGET_PATH}`;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => Math.round(x * 10) / 10;

const { context, popupUrl } = await launchWithExtension();
const pages = new Map();
await context.route('https://www.linkedin.com/**', (route) => {
  const body = pages.get(new URL(route.request().url()).pathname);
  return route.fulfill(body ? { contentType: 'text/html', body } : { status: 404, body: 'not found' });
});
await context.route('https://bench.example/**', (route) => route.fulfill({ contentType: 'text/html', body: heavyPage() }));

async function reaction(url, init) {
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const samples = [];
  let nodes = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.clickedAt !== null, null, { timeout: 20_000 });
    const b = await page.evaluate(() => window.__bench);
    nodes = b.nodes;
    samples.push(b.clickedAt - b.insertedAt);
  }
  await page.close();
  return { median: ms(pct(samples, 50)), p95: ms(pct(samples, 95)), min: ms(Math.min(...samples)), max: ms(Math.max(...samples)), runs: samples.length, nodes };
}

/** Main-thread time of extension scripts in a page, from a CPU profile (sampling 100 µs). */
async function contentCost(path, html, waitMs) {
  pages.set(path, html);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Debugger.enable');
  const scripts = new Set();
  cdp.on('Debugger.scriptParsed', (e) => e.url.startsWith('chrome-extension://') && scripts.add(e.url.split('/').pop()));
  await cdp.send('Profiler.start');
  await page.goto(`https://www.linkedin.com${path}`);
  await page.waitForTimeout(waitMs);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  let extUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    if (node?.callFrame.url.startsWith('chrome-extension://')) extUs += profile.timeDeltas[i] ?? 0;
  }
  await page.close();
  return { scripts: [...scripts], mainThreadMs: ms(extUs / 1000) };
}

pages.set(TARGET_PATH, heavyPage());
const ours = await reaction(TARGET);
const naive = await reaction(BASELINE, NAIVE_POLLER);

// One click end to end: pressing the popup's button to the verified-off badge.
pages.set(TARGET_PATH, settingsPage());
const popup = await context.newPage();
await popup.goto(popupUrl);
const endToEnd = [];
for (let i = 0; i < 5; i++) {
  await popup.evaluate(() => chrome.storage.local.clear());
  await popup.reload();
  const started = Date.now();
  await popup.locator('button[data-action="audit"]').click();
  await popup.waitForFunction(async () => (await chrome.action.getBadgeText({})) === '✓', null, { timeout: 30_000, polling: 20 });
  endToEnd.push(Date.now() - started);
}
for (const p of context.pages()) if (p.url().startsWith('https://www.linkedin.com')) await p.close();

const cost = {
  'feed (/feed/)': await contentCost('/feed/', feedPage(), 2_000),
  'profile (/in/someone/)': await contentCost('/in/someone/', feedPage(), 2_000),
  'privacy category (/mypreferences/…/privacy)': await contentCost(CATEGORY_PATH, categoryPage(), 2_000),
  'target page, heavy (until done)': await contentCost(TARGET_PATH, heavyPage(), 6_000),
};
await context.close();

const sizes = measureSizes('dist');
const chromium = execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${chromium}, headless`;
const results = {
  date: new Date().toISOString(),
  machine,
  reaction: { extension: ours, naivePolling500ms: naive, speedup: ms(naive.median / Math.max(ours.median, 0.1)) },
  endToEndMs: { median: pct(endToEnd, 50), max: Math.max(...endToEnd), runs: endToEnd.length, includes: '3 s confirmation wait' },
  contentScriptCost: cost,
  sizes,
  budgets: BUDGETS,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.log(`\nMachine: ${machine}\n`);
console.log(`Reaction: switch inserted -> clicked off, ${RUNS} runs, heavy page (${ours.nodes} nodes, churn every 16 ms)`);
console.table({
  'extension (MutationObserver)': { median_ms: ours.median, p95_ms: ours.p95, min_ms: ours.min, max_ms: ours.max },
  'naive poll every 500 ms': { median_ms: naive.median, p95_ms: naive.p95, min_ms: naive.min, max_ms: naive.max },
});
console.log(`Ahead of the baseline by ${results.reaction.speedup}x (median). Aim: p95 < 50 ms, >= 10x.\n`);
console.log(
  `One click end to end (popup button -> ✓ badge, incl. the 3 s confirmation): median ${results.endToEndMs.median} ms, max ${results.endToEndMs.max} ms over ${endToEnd.length} runs\n`,
);
console.log('Content scripts on LinkedIn pages (main-thread time of extension code):');
console.table(Object.fromEntries(Object.entries(cost).map(([k, v]) => [k, { scripts_injected: v.scripts.length, main_thread_ms: v.mainThreadMs }])));
console.log('Sizes:');
console.table(Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, { files: v.files, raw: kb(v.raw), gzip: kb(v.gzip) }])));
console.log('Wrote bench/results.json');
