// Security review round 3, finding 13: a settings page that keeps adding and changing
// controls while the extension waits for its switch. Every batch of changes that touches a
// control used to get a whole-page look at once (the wait's urgent path), so a hostile or
// merely busy page could take most of its own main thread through us for the whole 15 s
// wait. The wait now looks at most once per interval, however the page churns
// (src/engine/page/wait.ts; figures per kind of churn in tests/unit/switch-churn.test.ts).
//
// The page: Quora's settings address (any service's content script waits the same way),
// 2,000 paragraphs and 200 labelled boxes that are not the setting, a box added and the
// oldest removed every 4 ms, and a switch's aria-checked flipped every 4 ms, so every
// batch touches a control and the setting never appears. `__measure` counts the page's own
// turns of its event loop for 5 s while the extension waits.
import { expect, test } from './fixture';
import { addService, checkEnd, recordOf } from './service-steps';

const ORIGIN = 'https://www.quora.com';
const PATH = '/settings/privacy';

const boxes = Array.from(
  { length: 200 },
  (_, i) => `<label><input type="checkbox" id="b${i}"> Show my answers in digest number ${i} to people who follow me</label>`,
).join('');
const filler = Array.from({ length: 2000 }, (_, i) => `<p>Answer ${i}: how to grow tomatoes on a balcony in a cold spring.</p>`).join('');
const churn = `
  const list = document.getElementById('list'), flip = document.getElementById('flip');
  let n = 1000;
  setInterval(() => {
    const label = document.createElement('label');
    label.innerHTML = '<input type="checkbox"> Show my answers in digest number ' + (n++) + ' to people who follow me';
    list.append(label);
    list.firstElementChild.remove();
  }, 4);
  setInterval(() => flip.setAttribute('aria-checked', flip.getAttribute('aria-checked') === 'true' ? 'false' : 'true'), 4);
  window.__measure = () => new Promise((done) => { const channel = new MessageChannel(); let turns = 0; const end = performance.now() + 5000;
    channel.port1.onmessage = () => { turns++; if (performance.now() < end) channel.port2.postMessage(0); else done(turns); }; channel.port2.postMessage(0); });`;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy - Quora</title></head><body>
  <main><h1>Privacy</h1><div id="list">${boxes}</div>
  <div role="switch" id="flip" aria-checked="true" tabindex="0">Show when I am online</div><section>${filler}</section></main>
  <script>${churn}</script></body></html>`;

test('finding 13: a page that adds and changes controls every 4 ms while the extension waits for its switch keeps most of its main thread; the check ends "not found", nothing clicked', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const clicks: string[] = [];
  await ext.site(ORIGIN, { [PATH]: page });
  const options = await ext.openOptions('services');
  await addService(ext, options, 'quora', ORIGIN);
  const tab = await ext.tab(ORIGIN + PATH);
  // The tab is known from its first commit: wait for the page's own script (Firefox hands it over earlier).
  await expect.poll(() => tab.evaluate(() => typeof (window as any).__measure)).toBe('function');
  await tab.evaluate(() =>
    document.addEventListener('click', (e) => ((window as any).__clicks ??= []).push((e.target as Element).outerHTML.slice(0, 60)), true),
  );
  // The wait has begun (the page is a setting's page, and the check is running): measure within its 15 s.
  const turns = await tab.evaluate(() => (window as any).__measure() as Promise<number>);
  clicks.push(...((await tab.evaluate(() => (window as any).__clicks ?? [])) as string[]));
  console.log(`finding 13 (${ext.browserName}): the page got ${turns} turns of its event loop in 5 s of churn while the extension waited`);
  // Measured when this test landed (2 shared cores, other browsers busy), the build before the
  // fix (6196e4d^) against this one: Chromium 345 turns, then 163,833; Firefox 1,078,099, then
  // 594,690 (Firefox's page kept its thread either way: it runs here as a guard).
  expect(turns).toBeGreaterThan(5_000);
  expect(await checkEnd(ext, 'quora')).toBe('done');
  expect(await recordOf(ext, 'quora-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  expect(clicks).toEqual([]);
});
