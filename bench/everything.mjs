// "Check everything I added", timed: LinkedIn's AI switch, X's five boxes and ChatGPT's
// switch, each checked alone, then all three from one press (`services/check-all`, as the
// dashboard's button sends), side by side. Every sample must end with each target verified
// off by a fresh load and saved off on its replica, and every tab the check opened closed,
// or the bench fails and says which step. Every replica answers each save after 0.8 s, as
// in the privacy check's bench.
import { chatGptServer, CHATGPT } from '../src/services/chatgpt/replica.mjs';
import { SETTING_HOOKS } from '../src/services/linkedin/replica/pages.mjs';
import { linkedInServer } from '../src/services/linkedin/replica/server.mjs';
import { X, X_PRIVACY_IDS, xServer } from '../src/services/x/replica.mjs';
import { routeOrigin } from '../tests/support/extension.mjs';

const SAVE_MS = 800;
const X_SETTINGS = ['x-grok', 'x-location', 'x-partners', 'x-off-x', 'x-ads'];
const X_BOXES = ['grok-training', ...X_PRIVACY_IDS];

/** Each scenario: what it sends, and which settings must end verified off. */
const SCENARIOS = {
  linkedin: { message: { type: 'audit/start' }, ids: ['generative-ai'] },
  x: { message: { type: 'service/start', service: 'x' }, ids: X_SETTINGS },
  chatgpt: { message: { type: 'service/start', service: 'chatgpt' }, ids: ['chatgpt-training'] },
  everything: { message: { type: 'services/check-all' }, ids: ['generative-ai', ...X_SETTINGS, 'chatgpt-training'] },
};

/**
 * @param {{ context: import('@playwright/test').BrowserContext, popupUrl: string, extensionId: string, setServer: (s: any) => void,
 *   step: (name: string, fn: () => Promise<any>) => Promise<any>, until: (check: () => Promise<any>, ms: number) => Promise<any>, runs: number }} io
 */
export async function benchEverything({ context, popupUrl, extensionId, setServer, step, until, runs }) {
  let x = null;
  let chatgpt = null;
  await routeOrigin(context, X, (request) => x?.handle(request));
  await routeOrigin(context, CHATGPT, (request) => chatgpt?.handle(request));
  const page = await context.newPage();
  await page.goto(popupUrl);
  // X and ChatGPT added, as the options page's "Add" does: allowed in chrome://extensions, then asked for.
  for (const origin of [X, CHATGPT]) {
    await step(`check everything: add ${origin}`, async () => {
      const host = `${origin}/*`;
      const extensions = await context.newPage();
      await extensions.goto('chrome://extensions/');
      await extensions.evaluate(({ id, host }) => chrome.developerPrivate.addHostPermission(id, host), { id: extensionId, host });
      await extensions.close();
      const granted = await page.evaluate((host) => chrome.permissions.request({ origins: [host] }), host);
      if (!granted) throw new Error(`${host} not granted`);
    });
  }
  const samples = Object.fromEntries(Object.keys(SCENARIOS).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, { message, ids }] of Object.entries(SCENARIOS)) {
      const label = `check everything, ${name}, run ${i + 1} of ${runs}`;
      const tabsBefore = context.pages().length;
      await step(`${label}: clear storage`, async () => {
        await page.evaluate(() => chrome.storage.local.clear());
        return until(async () => ((await page.evaluate(() => chrome.storage.local.get('runs'))).runs ?? []).length === 0, 30_000);
      });
      const linkedin = linkedInServer({ saves: () => ({ delayMs: SAVE_MS }) });
      setServer(linkedin);
      x = xServer({ saves: () => ({ delayMs: SAVE_MS }) });
      chatgpt = chatGptServer({ saves: () => ({ delayMs: SAVE_MS }) });
      const started = performance.now();
      await step(`${label}: start`, () => page.evaluate((m) => chrome.runtime.sendMessage(m), message));
      await step(`${label}: wait for every setting verified off and every tab closed`, () =>
        until(async () => {
          const { settings, runs: left } = await page.evaluate(() => chrome.storage.local.get(['settings', 'runs']));
          const done = ids.every((id) => settings?.[id]?.known?.state === 'off' && settings[id].audit?.at > 0);
          return done && (left ?? []).length === 0 && context.pages().length === tabsBefore;
        }, 180_000),
      );
      const ms = Math.round(performance.now() - started);
      const saved = {
        linkedin: linkedin.isOn(SETTING_HOOKS['generative-ai']) === false,
        x: X_BOXES.every((box) => x.isOn(box) === false),
        chatgpt: chatgpt.isOn('improve-model') === false,
      };
      const expected = name === 'everything' ? ['linkedin', 'x', 'chatgpt'] : [name];
      if (!expected.every((k) => saved[k])) throw new Error(`bench step "${label}" ended without every target saved off: ${JSON.stringify(saved)}`);
      samples[name].push(ms);
    }
  }
  setServer(null);
  x = null;
  chatgpt = null;
  await page.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const alone = { linkedin: median(samples.linkedin), x: median(samples.x), chatgpt: median(samples.chatgpt) };
  const slowest = Math.max(...Object.values(alone));
  const everything = median(samples.everything);
  return {
    alone,
    sumAlone: alone.linkedin + alone.x + alone.chatgpt,
    everything,
    ratioToSlowest: Math.round((everything / slowest) * 100) / 100,
    runs,
    samples,
    saveMs: SAVE_MS,
    aim: 'everything within 1.25x the slowest service alone',
  };
}
