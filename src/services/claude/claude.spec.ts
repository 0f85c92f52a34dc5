// Claude, in every browser the extension ships for: Anthropic's date on its card; added from
// the options page (its host asked for then, answered "Allow" as the user would) and checked
// at once; signed out, the check says so and clicks nothing; signed in again, its switch,
// found by its label alone, is switched off and verified by a fresh load, and nothing else on
// the page is ever clicked (the replica carries decoy switches). And the same page built of
// web components (each switch in an open shadow root, rendered late). Replica: ./replica.mjs
// (markup invented except the page and the label).
import { CLAUDE_SITE, claudeServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, expectOffVerified, recordOf } from '../../../tests/e2e/both/service-steps';

/** Anthropic's date as the options page formats it (English texts: "Sep 28, 2025"). */
const CLAUDE_DATE = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2025, 8, 28, 12));

test('Claude: Anthropic’s date on the options page; signed out, then signed in: "Help improve" off and verified, nothing else clicked', async ({ ext }) => {
  test.setTimeout(180_000);
  // The 2026 wording of the label: both wordings are known.
  const claude = await serveReplica(ext, claudeServer({ signedOut: true, wording: 1 }));
  const options = await ext.openOptions('services');
  const since = '[data-service="claude"] [data-testid="service-since"]';
  await expectText(options, since, en('claude__since'), 'contains');
  await expectText(options, since, en('deadlineAfter', CLAUDE_DATE), 'contains');

  // Signed out: claude.ai sends the page to /login; the check says so, nothing clicked.
  await addService(ext, options, 'claude', CLAUDE_SITE.origin);
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
  await expectOffVerified(ext, options, { service: 'claude', setting: 'claude-training', site: CLAUDE_SITE, server: claude }, 0);
  expect(claude.log.loads).toBeGreaterThanOrEqual(2);
  // Off: the date now says so, and what Anthropic does is no longer the news.
  await expectText(options, since, en('deadlineAfterOff', CLAUDE_DATE), 'contains');
  expect(await options.text(since)).not.toContain(en('claude__since'));
});

test('Claude inside web components: its switch in an open shadow root, rendered late, is found, switched off and verified; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(150_000);
  const claude = await serveReplica(ext, claudeServer({ component: true, decoyFirst: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'claude', CLAUDE_SITE.origin);
  expect(await checkEnd(ext, 'claude')).toBe('done');
  await expectOffVerified(ext, options, { service: 'claude', setting: 'claude-training', site: CLAUDE_SITE, server: claude }, 0);
  expect(claude.log.loads).toBeGreaterThanOrEqual(2);
});
