// The offline demo: the built extension in Chromium, LinkedIn replaced by replica pages
// (tests/fixtures), the popup's one-click flow narrated step by step, with screenshots.
//
//   npm run demo                      the default story: the switch is on, one click turns it off
//   npm run demo -- --scenario=NAME   another story: already-off, slow-save, rejected, signed-out, not-found, fr,
//                                     privacy-check (the thirteen data and ads switches, one press),
//                                     services (X and ChatGPT added on the options page, each checked at once)
//   npm run demo -- --headed          watch it in a window (needs a display)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, routeLinkedIn, routeOrigin } from '../support/extension.mjs';
import { chatGptServer } from '../../src/services/chatgpt/replica.mjs';
import { xServer } from '../../src/services/x/replica.mjs';
import { signInPage, TARGET_PATH } from '../../src/services/linkedin/replica/replica.mjs';
import { linkedInServer } from '../../src/services/linkedin/replica/server.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const scenario = args.scenario ?? 'default';
const others = [
  { id: 'research', label: 'Use my data for research with trusted third parties', on: true },
  { id: 'partners', label: 'Share data with select partners', on: true },
];
// Each story is a replica LinkedIn (src/services/linkedin/replica/server.mjs) that keeps what is saved.
const SCENARIOS = {
  default: {
    story: 'AI training is on; one click switches it off, then a fresh load of the page verifies LinkedIn saved it.',
    server: { page: { before: others } },
  },
  'already-off': { story: 'AI training is already off: nothing is clicked.', server: { page: { on: false } } },
  'slow-save': {
    story: 'LinkedIn takes 4.5 s to save: the extension waits, checks again, and only then says "off".',
    server: { saves: () => ({ delayMs: 4_500 }) },
  },
  rejected: {
    story: 'LinkedIn rejects every save: three clicks at most, then an honest failure.',
    server: { saves: () => ({ delayMs: 400, ok: false, toast: true }) },
  },
  'signed-out': {
    story: 'The user is signed out: LinkedIn redirects to its sign-in page.',
    server: {
      pages: {
        [TARGET_PATH]: { status: 302, headers: { location: 'https://www.linkedin.com/uas/login' } },
        '/uas/login': signInPage(),
      },
    },
  },
  'not-found': { story: 'LinkedIn changed the page: no switch can be identified (waits 15 s).', server: { page: { noTarget: true, before: others } } },
  fr: { story: 'Un navigateur en français, une page LinkedIn en français.', locale: 'fr-FR', server: { page: { lang: 'fr' } } },
  'privacy-check': {
    story:
      'The privacy check: the recommended data and ads switches are swept in one background tab, each verified by a fresh load; one of them LinkedIn no longer shows, and a new AI switch appears on another page.',
    server: { missing: ['allowIpToPersonalizeAds'], unknownAi: ['/mypreferences/d/settings/policy-and-academic-research'] },
    sweep: true,
  },
  services: {
    story:
      'Other services: X and ChatGPT are added on the options page (each asks the browser for its site only) and checked at once; the Grok training box and ChatGPT’s "Improve the model" switch are switched off and verified, their neighbours never touched.',
    server: {},
    services: true,
  },
};
const chosen = SCENARIOS[scenario];
if (!chosen) {
  console.error(`Unknown scenario "${scenario}". Try one of: ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(2);
}

const out = resolve('demo-output');
mkdirSync(out, { recursive: true });
const started = Date.now();
const say = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);

const locale = chosen.locale ?? 'en-US';
const env = locale.startsWith('fr') ? { LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' } : { LANGUAGE: 'en', LANG: 'en_US.UTF-8' };
const { context, popupUrl } = await launchWithExtension({ headless: !args.headed, locale, env });
try {
  console.log(`Offline demo, scenario "${scenario}": ${chosen.story}`);
  console.log('LinkedIn is replaced by replica pages; nothing leaves this machine.\n');
  const linkedin = linkedInServer(chosen.server);
  await routeLinkedIn(context, linkedin.handle);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(popupUrl);
  const status = async () => {
    const lines = await popup.locator('.status h1, .status .sub, .progress [aria-current], .problem h2, .problem p').allInnerTexts();
    return lines.join(' · ');
  };
  const badge = () => popup.evaluate(() => chrome.action.getBadgeText({}));
  say(`Popup: ${await status()}   (badge "${await badge()}")`);
  await popup.screenshot({ path: `${out}/${scenario}-1-before.png` });

  if (chosen.services) {
    await servicesStory(popup);
  } else if (chosen.sweep) {
    await sweepStory(popup, linkedin, status, badge);
  } else {
    say('Pressing the primary button…');
    await popup.locator('button[data-action="audit"]').click();
    let last = '';
    let shot = false;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const now = await status();
      if (now !== last) {
        say(`Popup: ${now}   (badge "${await badge()}")`);
        last = now;
      }
      const view = await popup.locator('main').getAttribute('data-view');
      if (view === 'running' && !shot) {
        await popup.screenshot({ path: `${out}/${scenario}-2-progress.png` });
        shot = true;
      }
      if (view !== 'running' && view !== 'unchecked') break;
      await popup.waitForTimeout(150);
    }
    await popup.screenshot({ path: `${out}/${scenario}-3-after.png` });
    const tab = context.pages().find((p) => p.url().startsWith('https://www.linkedin.com/'));
    if (tab) {
      const switches = await tab
        .evaluate(() => {
          const log = window.__replica;
          const states = [...document.querySelectorAll('input[data-replica-id]')].map((i) => `${i.dataset.replicaId}=${i.checked ? 'on' : 'off'}`);
          return log ? `switches: ${states.join(', ')}; clicks logged by the page: [${log.clicks.join(', ')}]` : `page: ${location.pathname}`;
        })
        .catch(() => 'page not readable');
      say(`LinkedIn replica tab (${new URL(tab.url()).pathname}): ${switches}`);
      say(
        `LinkedIn replica server: saved state ${linkedin.isOn() ? 'ON' : 'off'}; ${linkedin.log.loads} load(s) of the page; clicks over all loads: [${linkedin.log.clicks.join(', ')}]`,
      );
      await tab.screenshot({ path: `${out}/${scenario}-linkedin-tab.png` }).catch(() => {});
    }
  }
  console.log(`\nScreenshots: ${out}/${scenario}-*.png`);
  console.log(
    `Other stories: npm run demo -- --scenario=${Object.keys(SCENARIOS)
      .filter((k) => k !== 'default')
      .join(' | ')}`,
  );
} finally {
  await context.close();
}

/** The privacy check: press Run in the popup, narrate its line, then each switch's result and what LinkedIn saved. */
async function sweepStory(popup, linkedin, status, badge) {
  const line = () => popup.locator('[data-open="privacy"] small').textContent();
  say(`Popup, privacy check: ${await line()}`);
  say('Pressing Run beside the privacy check…');
  await popup.locator('button[data-action="sweep"]').click();
  let last = '';
  let shot = false;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const now = await line();
    if (now !== last) {
      say(`Popup, privacy check: ${now}   (badge "${await badge()}")`);
      last = now;
    }
    if (!shot && now.includes('Privacy check:')) {
      await popup.screenshot({ path: `${out}/${scenario}-2-progress.png` });
      shot = true;
    }
    const { sweep } = await popup.evaluate(() => chrome.storage.local.get('sweep'));
    if (sweep?.end) break;
    await popup.waitForTimeout(200);
  }
  say(`Popup: ${await status()} · privacy check: ${await line()}   (badge "${await badge()}")`);
  await popup.screenshot({ path: `${out}/${scenario}-3-after.png` });
  const { settings, found } = await popup.evaluate(() => chrome.storage.local.get(['settings', 'found']));
  for (const [id, record] of Object.entries(settings ?? {})) {
    say(
      `  ${id.padEnd(18)} ${record.audit?.outcome ?? '-'}${record.known ? `, verified ${record.known.state}` : ''}${record.audit?.clicks ? `, ${record.audit.clicks} click(s)` : ''}`,
    );
  }
  for (const f of found ?? []) say(`  new on LinkedIn (never clicked): "${f.label}", ${f.state ?? ''} on ${f.path}`);
  say(`LinkedIn replica server: clicks over all loads: [${linkedin.clickedHooks().join(', ')}]`);
  const options = await context.newPage();
  await options.setViewportSize({ width: 720, height: 900 });
  await options.goto(popupUrl.replace('src/popup/index.html', 'src/options/index.html#privacy'));
  await options.locator('#privacy').screenshot({ path: `${out}/${scenario}-options.png` });
}

/** Other services: add X, then ChatGPT, on the options page; narrate each check and what each replica saved and saw clicked. */
async function servicesStory(popup) {
  const x = xServer({ order: ['grok-history', 'grok-training', 'grok-personalize'] });
  const chatgpt = chatGptServer({ dialogDelayMs: 800 });
  await routeOrigin(context, 'https://x.com', x.handle);
  await routeOrigin(context, 'https://chatgpt.com', chatgpt.handle);
  const id = new URL(popupUrl).host;
  const options = await context.newPage();
  await options.setViewportSize({ width: 720, height: 900 });
  await options.goto(popupUrl.replace('src/popup/index.html', 'src/options/index.html#services'));
  await options.locator('#services').screenshot({ path: `${out}/${scenario}-options-before.png` });
  for (const [service, name, origin] of [
    ['x', 'X', 'https://x.com'],
    ['chatgpt', 'ChatGPT', 'https://chatgpt.com'],
  ]) {
    // The browser's prompt, answered "Allow" as the user would (headless Chromium cannot show it).
    const page = await context.newPage();
    await page.goto('chrome://extensions/');
    await page.evaluate(([i, host]) => chrome.developerPrivate.addHostPermission(i, host), [id, `${origin}/*`]);
    await page.close();
    say(`Options page: pressing "Add ${name}" (the browser asks for ${origin} only)…`);
    await options.locator(`[data-service="${service}"] button[data-action="add-service"]`).click();
    let last = '';
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const now =
        (await options
          .locator(`[data-service="${service}"] [data-testid="service-line"]`)
          .textContent()
          .catch(() => '')) ?? '';
      if (now && now !== last) {
        say(`${name}: ${now}`);
        last = now;
      }
      const { checks } = await options.evaluate(() => chrome.storage.local.get('checks'));
      if (checks?.[service]?.end) break;
      await options.waitForTimeout(200);
    }
  }
  const { settings } = await options.evaluate(() => chrome.storage.local.get('settings'));
  for (const [sid, record] of Object.entries(settings ?? {})) {
    say(
      `  ${sid.padEnd(18)} ${record.audit?.outcome ?? '-'}${record.known ? `, verified ${record.known.state}` : ''}${record.audit?.clicks ? `, ${record.audit.clicks} click(s)` : ''}`,
    );
  }
  say(
    `x.com replica: clicks over all loads: [${x.log.clicks.join(', ')}]; Grok history ${x.isOn('grok-history') ? 'on' : 'off'}, personalization ${x.isOn('grok-personalize') ? 'on' : 'off'} (never touched)`,
  );
  say(`chatgpt.com replica: clicks over all loads: [${chatgpt.log.clicks.join(', ')}]; memory switch ${chatgpt.isOn('memory') ? 'on' : 'off'} (never touched)`);
  await options.locator('#services').screenshot({ path: `${out}/${scenario}-options-after.png` });
  await popup.reload();
  await popup.locator('[data-open="services"]').waitFor();
  say(`Popup, other services: ${await popup.locator('[data-open="services"] small').textContent()}`);
  await popup.screenshot({ path: `${out}/${scenario}-3-after.png` });
}
