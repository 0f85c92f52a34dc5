// The privacy check's benchmark: the extension sweeps the thirteen replica switches (every
// one on, LinkedIn answering each save after 0.8 s), each verified by a fresh load, from
// the press (a `sweep/start` message, as the popup's button sends) to the sweep's end; run
// beside Brave PSST's algorithm on the same replicas in the same run (bench/psst.mjs),
// which clicks and never checks. Every extension sample must end with all thirteen
// verified off, or the bench fails and says which step.
import { SETTING_IDS, SWITCHES } from '../src/services/linkedin/replica/pages.mjs';
import { linkedInServer } from '../src/services/linkedin/replica/server.mjs';
import { runPsstBaseline } from './psst.mjs';

const SAVE_MS = 800;
const IDS = SETTING_IDS;

/**
 * @param {{ context: import('@playwright/test').BrowserContext, popupUrl: string, setServer: (s: any) => void,
 *   step: (name: string, fn: () => Promise<any>) => Promise<any>, until: (check: () => Promise<any>, ms: number) => Promise<any>, runs: number }} io
 */
export async function benchSweep({ context, popupUrl, setServer, step, until, runs }) {
  const page = await context.newPage();
  await page.goto(popupUrl);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const run = `privacy check, run ${i + 1} of ${runs}`;
    await step(`${run}: close LinkedIn tabs and clear storage`, async () => {
      await page.evaluate(() => chrome.storage.local.clear());
      return until(async () => ((await page.evaluate(() => chrome.storage.local.get('runs'))).runs ?? []).length === 0, 30_000);
    });
    const server = linkedInServer({ saves: () => ({ delayMs: SAVE_MS }) });
    setServer(server);
    const started = performance.now();
    await step(`${run}: start`, () => page.evaluate((ids) => chrome.runtime.sendMessage({ type: 'sweep/start', ids }), IDS));
    const end = await step(`${run}: wait for the end of the sweep`, () =>
      until(async () => (await page.evaluate(() => chrome.storage.local.get('sweep'))).sweep?.end ?? null, 180_000),
    );
    const ms = Math.round(performance.now() - started);
    const { settings } = await page.evaluate(() => chrome.storage.local.get('settings'));
    const verified = IDS.filter((id) => settings?.[id]?.audit?.outcome === 'turned-off' && settings[id].known?.state === 'off').length;
    const savedOff = SWITCHES.filter((row) => server.isOn(row.hook) === false).length;
    if (end !== 'done' || verified !== IDS.length || savedOff !== IDS.length)
      throw new Error(`bench step "${run}" ended ${end}, ${verified} of ${IDS.length} verified off, ${savedOff} saved off`);
    samples.push({ ms, verified, savedOff, pageLoads: server.log.paths.length });
  }
  setServer(null);
  await page.close();
  const psst = await step('PSST baseline on the same replicas', () => runPsstBaseline({ saveMs: SAVE_MS }));
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    extension: { median: sorted[Math.floor((sorted.length - 1) / 2)], min: sorted[0], max: sorted.at(-1), runs: samples.length, samples },
    psst: { ms: psst.ms, clicked: psst.clicked, savedOff: psst.savedOff, total: psst.total, pageLoads: psst.pageLoads },
    saveMs: SAVE_MS,
  };
}
