// grok.com, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once at its settings
// route `/?_s=data`; "Improve the Model", found by its label alone, is switched off and
// verified by a fresh load, and nothing else is clicked (the three personalisation switches
// beside it are decoys); grok.com's and X's cards each say that one does not cover the other;
// an EU account's switch, off already, is read and left. Failure states, each with the way
// out: signed out, a save grok.com does not keep, an enterprise account (not offered), a
// page in a language we have no labels for. Replica: ./replica.mjs (markup invented).
import { DECOYS, GROK, grokServer, TARGET } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

test('grok.com added from the options page: "Improve the Model" off and verified at ?_s=data, nothing else clicked; both notes; checked again, read and left', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const grok = await serveReplica(ext, grokServer());
  const options = await ext.openOptions('services');
  // Each card says that one does not cover the other, before anything is added.
  await expectText(options, '[data-service="grok"] [data-testid="service-note"]', en('grok__note'));
  await expectText(options, '[data-service="x"] [data-testid="service-note"]', en('x__note'));
  await addService(ext, options, 'grok', GROK);
  expect(await checkEnd(ext, 'grok')).toBe('done');
  expect(grok.isOn(TARGET)).toBe(false);
  for (const id of DECOYS) expect(grok.isOn(id), id).toBe(true);
  expect(grok.log.clicks).toEqual([TARGET]);
  expect(await recordOf(ext, 'grok-training')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  // Switched, then verified by a fresh load of the settings route (never the chat at /).
  expect(grok.log.paths.length).toBeGreaterThanOrEqual(2);
  expect(new Set(grok.log.paths)).toEqual(new Set(['/?_s=data']));
  await expect.poll(() => rowState(options, 'grok-training')).toBe('off');
  await expectText(options, '[data-service="grok"] [data-testid="service-line"]', en('privacyCounts', '1', '1'), 'contains');

  // Checked again (as an EU account's switch, off already): read, nothing clicked.
  expect(await checkAgain(ext, options, 'grok')).toBe('done');
  expect(await recordOf(ext, 'grok-training')).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 }, known: { state: 'off' } });
  expect(grok.log.clicks).toEqual([TARGET]);
});

test('grok.com signed out: the check says so with the way to sign in, nothing clicked; signed in, a save it does not keep: three clicks at most, "didn\'t save", never "off"', async ({
  ext,
}) => {
  test.setTimeout(240_000);
  const grok = await serveReplica(ext, grokServer({ signedOut: true, saves: () => ({ ok: false }) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'grok', GROK);
  expect(await checkEnd(ext, 'grok')).toBe('signed-out');
  expect(grok.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'grok-training')).toMatchObject({ audit: { outcome: 'signed-out' }, known: null });
  await expectText(options, '[data-service="grok"] [data-testid="service-line"]', en('serviceSignedOut', 'grok.com'));
  expect(await options.visible('[data-service="grok"] [data-action="sign-in"]')).toBe(true);

  grok.signIn();
  expect(await checkAgain(ext, options, 'grok')).toBe('done');
  await grok.settled();
  expect(grok.isOn(TARGET)).toBe(true);
  const record = await recordOf(ext, 'grok-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(grok.log.clicks).toEqual(Array(record.audit.clicks).fill(TARGET));
  await expectText(options, '[data-setting-row="grok-training"] [data-testid="row-state"]', en('rowProblem', en('serviceRejected', 'grok.com')));
  await expectText(options, '[data-setting-row="grok-training"] .row-help p', en('serviceManualStep', 'grok.com'));
  expect(await options.visible('[data-setting-row="grok-training"] a[data-action="open-setting"]')).toBe(true);
});

test('grok.com for an enterprise account (the switch hidden, the personalisation switches shown): "not offered here"; in French, which we cannot read: not found with the steps by hand; nothing clicked', async ({
  ext,
}) => {
  test.setTimeout(240_000);
  const enterprise = await serveReplica(ext, grokServer({ enterprise: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'grok', GROK);
  expect(await checkEnd(ext, 'grok')).toBe('done');
  expect(enterprise.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'grok-training')).toMatchObject({ audit: { outcome: 'not-offered', detail: 'siblings' }, known: null });
  await expect.poll(() => rowState(options, 'grok-training')).toBe('absent');
  await expectText(options, '[data-setting-row="grok-training"] [data-testid="row-state"]', en('rowNotOffered', en('justNow')));

  // The same page in French, the target shown: we have no French label, so nothing is guessed.
  const french = await serveReplica(ext, grokServer({ lang: 'fr' }));
  expect(await checkAgain(ext, options, 'grok')).toBe('done');
  expect(french.log.clicks).toEqual([]);
  expect(french.isOn(TARGET)).toBe(true);
  expect(await recordOf(ext, 'grok-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'grok-training')).toBe('problem');
  await expectText(options, '[data-setting-row="grok-training"] .row-help p', en('serviceManualStep', 'grok.com'));
  expect(await options.visible('[data-setting-row="grok-training"] a[data-action="open-setting"]')).toBe(true);
});

// The replica by hand, with no action of the extension.

test('grok.com by hand: the chat at / shows no settings; ?_s=data opens them at Data; a switch clicked is saved and shown on a fresh load', async ({ ext }) => {
  const grok = await serveReplica(ext, grokServer());
  const home = await ext.openPage(`${GROK}/`);
  await expectText(home, 'main h1', 'What do you want to know?');
  expect(await home.visible('[role="dialog"]')).toBe(false);
  await home.close();
  const page = await ext.openPage(`${GROK}/?_s=data`);
  await expectText(page, '#improve-model-label', 'Improve the Model');
  await page.click('[data-replica-id="improve-model"]');
  await expect.poll(() => grok.isOn(TARGET), { timeout: 20_000 }).toBe(false);
  await page.close();
  const fresh = await ext.openPage(`${GROK}/?_s=data`);
  await expect
    .poll(() => fresh.evaluate(() => document.querySelector('[data-replica-id="improve-model"]')?.getAttribute('aria-checked') ?? null))
    .toBe('false');
  for (const id of DECOYS) expect(grok.isOn(id), id).toBe(true);
});
