// The benchmark's baseline for the privacy check: Brave PSST's algorithm (brave/psst-component,
// src/linkedin/user.ts and policy.ts, as src/services/linkedin/facts.md describes it) run with
// Playwright on the same replica pages, in a Chromium WITHOUT the extension. For each of
// its thirteen tasks, in its order: a full load of the task's page (linkedin-promotions twice,
// once per switch), then every 1 s, at most 6 times, look for the switch by its hook; if it is
// a checkbox and on, click it; count the task done at once, with no check; next task.
// The time is PSST's own: from the first load to its last task done. Only then does this
// baseline ask the replica what LinkedIn actually saved, once every save sent has been
// answered: the figure PSST never checks.
//
//   import { runPsstBaseline } from './psst.mjs';
//   const psst = await runPsstBaseline({ saveMs: 800 }); // { ms, savedOff, total, tasks, ... }
//
// Or alone: `node bench/psst.mjs` (PSST_SAVE_MS=<ms>, default 800) prints the result.
import { launchWithoutExtension, routeLinkedIn } from '../tests/support/extension.mjs';
import { SWITCHES } from '../src/services/linkedin/replica/pages.mjs';
import { linkedInServer } from '../src/services/linkedin/replica/server.mjs';

const LINKEDIN = 'https://www.linkedin.com';
const POLL_MS = 1000;
const ATTEMPTS = 6;

/** PSST's selector for a switch: `input[role="switch"]` by aria-labelledby, or by id for the cookie switch. */
const selectorOf = (row) => (row.hookKind === 'id' ? `input[role="switch"]#${row.hook}` : `input[role="switch"][aria-labelledby="${row.hook}"]`);

/**
 * PSST's sweep in `page` (a tab whose https://www.linkedin.com is routed to a replica).
 * @param {import('@playwright/test').Page} page
 * @param {import('../src/services/linkedin/replica/pages.mjs').SwitchRow[]} [rows] the tasks, in order
 * @returns {Promise<{ ms: number, tasks: { hook: string, outcome: 'clicked' | 'already off' | 'not found' }[] }>}
 */
export async function psstSweep(page, rows = SWITCHES) {
  const tasks = [];
  const started = performance.now();
  for (const row of rows) {
    await page.goto(LINKEDIN + row.path, { waitUntil: 'load' });
    const outcome = await page.evaluate(
      ({ selector, every, attempts }) =>
        new Promise((resolve) => {
          let tries = 0;
          const timer = setInterval(() => {
            const box = document.querySelector(selector);
            if (box instanceof HTMLInputElement && box.type === 'checkbox') {
              clearInterval(timer);
              if (!box.checked) return resolve('already off');
              box.click();
              return resolve('clicked'); // done at once: PSST does not look again
            }
            if (++tries >= attempts) {
              clearInterval(timer);
              resolve('not found');
            }
          }, every);
        }),
      { selector: selectorOf(row), every: POLL_MS, attempts: ATTEMPTS },
    );
    tasks.push({ hook: row.hook, outcome });
  }
  return { ms: Math.round(performance.now() - started), tasks };
}

/**
 * One PSST run on fresh replicas (every switch on, each save answered after `saveMs`), in a
 * Chromium of its own without the extension, closed afterwards.
 * @param {{ saveMs?: number, server?: Parameters<typeof linkedInServer>[0] }} [options]
 *   server: more replica options (e.g. `saves` to make some fail), over the defaults
 * @returns {Promise<{ ms: number, total: number, clicked: number, savedOff: number, notSaved: string[], tasks: { hook: string, outcome: string }[], pageLoads: number }>}
 *   ms: PSST's time, first load to last task done; savedOff: switches LinkedIn saved off,
 *   read once every save sent was answered; notSaved: hooks still on at LinkedIn
 */
export async function runPsstBaseline(options = {}) {
  const saveMs = options.saveMs ?? 800;
  const server = linkedInServer({ saves: () => ({ delayMs: saveMs }), ...options.server });
  const { browser, context } = await launchWithoutExtension();
  try {
    await routeLinkedIn(context, server.handle);
    const page = await context.newPage();
    const { ms, tasks } = await psstSweep(page);
    await server.settled();
    const notSaved = SWITCHES.filter((row) => server.isOn(row.hook) !== false).map((row) => row.hook);
    return {
      ms,
      total: SWITCHES.length,
      clicked: tasks.filter((t) => t.outcome === 'clicked').length,
      savedOff: SWITCHES.length - notSaved.length,
      notSaved,
      tasks,
      pageLoads: server.log.paths.length,
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runPsstBaseline({ saveMs: Number(process.env.PSST_SAVE_MS ?? 800) });
  console.log(JSON.stringify(result, null, 2));
}
