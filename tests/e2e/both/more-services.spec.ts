// Claude, Quora and Grammarly, in every browser the extension ships for: each is added from
// the options page (the browser's prompt answered "Allow" as the user would), checked at
// once, its switch, found by its label alone, switched off and verified by a fresh load,
// and nothing else on the page ever clicked (each replica carries decoy switches). One
// failure state each, then the way out of it: Claude signed out (then signed in again),
// a save Quora does not keep (then one it keeps), Grammarly in a language whose label we do
// not know (then in English). One test per service keeps the browser launches few.
// Replicas: src/services/{claude,quora,grammarly}/replica.mjs on tests/fixtures/switch-site.mjs
// (markup invented except the labels).
import { CLAUDE_SITE, claudeServer } from '../../../src/services/claude/replica.mjs';
import { GRAMMARLY_SITE, grammarlyServer } from '../../../src/services/grammarly/replica.mjs';
import { QUORA_SITE, quoraServer } from '../../../src/services/quora/replica.mjs';
import type { SwitchSiteOptions } from '../../fixtures/switch-site.mjs';
import { type Ext, serveReplica, type View } from '../../support/harness-types';
import { en, expect, expectText, test } from './fixture';

const SWITCH_SITES = { claude: CLAUDE_SITE, quora: QUORA_SITE, grammarly: GRAMMARLY_SITE };
type SiteId = keyof typeof SWITCH_SITES;
const SERVERS = { claude: claudeServer, quora: quoraServer, grammarly: grammarlyServer };
type Server = ReturnType<typeof claudeServer>;

/** The extension's setting id for each replica site. */
const SETTING: Record<SiteId, string> = { claude: 'claude-training', quora: 'quora-training', grammarly: 'grammarly-training' };

const recordOf = async (ext: Ext, id: string) => (await ext.state()).settings?.[id];

/** Serve a replica site (both browsers route its origin to it). */
function serve(ext: Ext, id: SiteId, options: SwitchSiteOptions = {}): Promise<Server> {
  return serveReplica(ext, SERVERS[id](options));
}

/** Wait for a check of `service` started after `after` to end, and return how. */
async function checkEnd(ext: Ext, service: SiteId, after = 0): Promise<string> {
  let end: string | null = null;
  await expect
    .poll(
      async () => {
        const check = (await ext.state()).checks?.[service];
        end = check && check.startedAt > after ? (check.end ?? null) : null;
        return end;
      },
      { timeout: 120_000 },
    )
    .not.toBeNull();
  return end!;
}

const startedAt = async (ext: Ext, service: SiteId): Promise<number> => (await ext.state()).checks?.[service]?.startedAt ?? 0;

/** Add a service from the options page, as the user does; the check starts at once. */
async function add(ext: Ext, options: View, id: SiteId): Promise<void> {
  await ext.allowHostPrompt(SWITCH_SITES[id].origin);
  await options.click(`[data-service="${id}"] button[data-action="add-service"]`);
}

/** Check an added service again from its card. */
async function checkAgain(ext: Ext, options: View, id: SiteId): Promise<string> {
  const before = await startedAt(ext, id);
  await options.click(`[data-service="${id}"] button[data-action="check-service"]`);
  return checkEnd(ext, id, before);
}

const rowState = (options: View, id: string) =>
  options.evaluate((id) => document.querySelector(`[data-setting-row="${id}"]`)?.getAttribute('data-state') ?? null, id);

/** Switched off, verified by a fresh load, with one click on the target and none elsewhere. */
async function expectOffVerified(ext: Ext, options: View, id: SiteId, server: Server, clicksBefore: number) {
  const target = SWITCH_SITES[id].target.id;
  expect(server.isOn(target)).toBe(false);
  for (const decoy of SWITCH_SITES[id].decoys) expect(server.isOn(decoy.id), decoy.id).toBe(true);
  expect(server.log.clicks.slice(clicksBefore)).toEqual([target]);
  expect(await recordOf(ext, SETTING[id])).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  await expect.poll(() => rowState(options, SETTING[id])).toBe('off');
  await expectText(options, `[data-service="${id}"] [data-testid="service-line"]`, en('privacyCounts', '1', '1'), 'contains');
}

/** Anthropic's date as the options page formats it (English texts: "Sep 28, 2025"). */
const CLAUDE_DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 8, 28, 12));

test('Claude: Anthropic’s date and the services with no switch on the options page; signed out, then signed in: "Help improve" off and verified, nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  // The 2026 wording of the label: both wordings are known.
  const claude = await serve(ext, 'claude', { signedOut: true, wording: 1 });
  const options = await ext.openOptions('services');
  const since = '[data-service="claude"] [data-testid="service-since"]';
  await expectText(options, since, en('claude__since'), 'contains');
  await expectText(options, since, en('deadlineAfter', CLAUDE_DATE), 'contains');
  expect(await options.visible('[data-service="x"] [data-testid="service-since"]')).toBe(false);
  // The services with nothing to switch off: named with what each says, and no button or link.
  const noControl = await options.evaluate(() =>
    [...document.querySelectorAll('[data-testid="no-control"] li')].map((li) => [li.getAttribute('data-no-control'), li.textContent]),
  );
  expect(noControl).toEqual([
    ['Reddit', `Reddit: ${en('noControlLicensed')}`],
    ['Stack Overflow', `Stack Overflow: ${en('noControlLicensed')}`],
    ['Medium', `Medium: ${en('noControlMedium')}`],
    ['Zoom', `Zoom: ${en('noControlZoom')}`],
    ['Slack', `Slack: ${en('noControlSlack')}`],
  ]);
  expect(await options.evaluate(() => document.querySelectorAll('[data-testid="no-control"] :is(button, a, input)').length)).toBe(0);

  // Signed out: claude.ai sends the page to /login; the check says so, nothing clicked.
  await add(ext, options, 'claude');
  expect(await checkEnd(ext, 'claude')).toBe('signed-out');
  expect(claude.log.redirects.length).toBeGreaterThan(0);
  expect(claude.log.clicks).toEqual([]);
  expect(claude.isOn('help-improve')).toBe(true);
  expect(await recordOf(ext, 'claude-training')).toMatchObject({ audit: { outcome: 'signed-out' }, known: null });
  await expectText(options, '[data-service="claude"] [data-testid="service-line"]', en('serviceSignedOut', 'Claude'));
  expect(await options.visible('[data-service="claude"] [data-action="sign-in"]')).toBe(true);

  // Signed in again: checked again, switched off, verified.
  claude.signIn();
  expect(await checkAgain(ext, options, 'claude')).toBe('done');
  await expectOffVerified(ext, options, 'claude', claude, 0);
  expect(claude.log.loads).toBeGreaterThanOrEqual(2);
  // Off: the date now says so, and what Anthropic does is no longer the news.
  await expectText(options, since, en('deadlineAfterOff', CLAUDE_DATE), 'contains');
  expect(await options.text(since)).not.toContain(en('claude__since'));
});

test('Quora: a save it does not keep is tried three times at most, then "didn\'t save", never "off"; saved the next time, off and verified; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  let failing = true;
  const quora = await serve(ext, 'quora', { saves: () => (failing ? { ok: false } : {}) });
  const options = await ext.openOptions('services');
  await add(ext, options, 'quora');
  expect(await checkEnd(ext, 'quora')).toBe('done');
  await quora.settled();
  expect(quora.isOn('llm-training')).toBe(true);
  const record = await recordOf(ext, 'quora-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(quora.log.clicks).toEqual(Array(record.audit.clicks).fill('llm-training'));
  await expectText(options, '[data-setting-row="quora-training"] [data-testid="row-state"]', en('rowProblem', en('serviceRejected', 'Quora')));
  expect(await options.visible('[data-setting-row="quora-training"] a[data-action="open-setting"]')).toBe(true);

  failing = false;
  const clicks = quora.log.clicks.length;
  expect(await checkAgain(ext, options, 'quora')).toBe('done');
  await expectOffVerified(ext, options, 'quora', quora, clicks);
});

test('Grammarly in a language whose label we do not know: "could not check" with the steps by hand, nothing clicked; in English, off and verified, nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const french = await serve(ext, 'grammarly', { lang: 'fr' });
  const options = await ext.openOptions('services');
  await add(ext, options, 'grammarly');
  expect(await checkEnd(ext, 'grammarly')).toBe('done');
  expect(french.log.clicks).toEqual([]);
  expect(french.isOn('product-improvement')).toBe(true);
  expect(await recordOf(ext, 'grammarly-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'grammarly-training')).toBe('problem');
  await expectText(options, '[data-setting-row="grammarly-training"] .row-help p', en('serviceManualStep', 'Grammarly'));
  expect(await options.visible('[data-setting-row="grammarly-training"] a[data-action="open-setting"]')).toBe(true);

  // The same account in English (the decoys first on the page): found by its label.
  const english = await serve(ext, 'grammarly', { decoyFirst: true });
  expect(await checkAgain(ext, options, 'grammarly')).toBe('done');
  await expectOffVerified(ext, options, 'grammarly', english, 0);
});
