// Microsoft Copilot, in every browser the extension ships for. The old app: added from the
// options page (its host asked for then) and checked at once; a save it does not keep is tried
// again, and both training switches end off and verified by a fresh load, nothing else on the
// page clicked. The new app (since 18 August 2026): no switch, its statement instead: "nothing
// to switch off here since Aug 18, 2026", nothing clicked; signed out (a sign-in form at the
// page's address, no statement), "could not check", never "nothing to switch off".
// Replica: ./replica.mjs (both apps; address and markup invented).
import { COPILOT_SITE, copilotServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

/** The day the new app retired the switches, as the options page formats it (English texts). */
const RETIRED_ON = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 7, 18, 12));

test('Microsoft Copilot, old app: a save it does not keep is tried again; both training switches off and verified, nothing else clicked', async ({ ext }) => {
  test.setTimeout(180_000);
  const copilot = await serveReplica(ext, copilotServer({ saves: (n) => (n === 1 ? { ok: false } : {}) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'copilot', COPILOT_SITE.origin);
  expect(await checkEnd(ext, 'copilot')).toBe('done');
  await copilot.settled();
  expect(copilot.log.saves.some((s) => !s.ok)).toBe(true);
  expect(copilot.isOn('text-training')).toBe(false);
  expect(copilot.isOn('voice-training')).toBe(false);
  expect(copilot.isOn('memory')).toBe(true);
  expect(copilot.isOn('ads')).toBe(true);
  expect(new Set(copilot.log.clicks)).toEqual(new Set(['text-training', 'voice-training']));
  for (const id of ['copilot-text', 'copilot-voice']) {
    expect(await recordOf(ext, id)).toMatchObject({ audit: { outcome: 'turned-off' }, known: { state: 'off' } });
    await expect.poll(() => rowState(options, id)).toBe('off');
  }
});

test('Microsoft Copilot, new app: "nothing to switch off here" with its date, nothing clicked; signed out, "could not check", never that', async ({ ext }) => {
  test.setTimeout(240_000);
  const copilot = await serveReplica(ext, copilotServer({ retired: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'copilot', COPILOT_SITE.origin);
  expect(await checkEnd(ext, 'copilot')).toBe('done');
  for (const id of ['copilot-text', 'copilot-voice']) {
    expect(await recordOf(ext, id)).toMatchObject({ audit: { outcome: 'not-offered', detail: 'retired' }, known: null });
    await expect.poll(() => rowState(options, id)).toBe('absent');
    const nothing = en('rowNothingToSwitch', RETIRED_ON, '');
    await expectText(options, `[data-setting-row="${id}"] [data-testid="row-state"]`, nothing.slice(0, nothing.indexOf('·')), 'contains');
    expect(await options.text(`[data-setting-row="${id}"] [data-testid="row-state"]`)).not.toContain(en('rowNotOffered', '').split('·')[0]!.trim());
  }
  expect(copilot.log.clicks).toEqual([]);

  // Signed out: a sign-in form at the page's address, neither switch nor statement: not found, not "nothing to switch off".
  copilot.signOut('page');
  expect(await checkAgain(ext, options, 'copilot')).toBe('done');
  for (const id of ['copilot-text', 'copilot-voice']) {
    expect(await recordOf(ext, id)).toMatchObject({ audit: { outcome: 'not-found' } });
    await expect.poll(() => rowState(options, id)).toBe('problem');
  }
  expect(copilot.log.clicks).toEqual([]);
});
