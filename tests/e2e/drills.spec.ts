// Failure drills: the worker stopped mid-audit, two LinkedIn tabs at once, the switch
// turned back on by hand, an error toast, corrupted storage, hostile messages; and a
// seeded sample of the random decoy pages through the real extension.
import { randomPage, rng } from '../fixtures/decoys.mjs';
import { expect, switchStates, test, TARGET_URL, writeOldData } from './harness';
import { SCHEMA_VERSION } from '../../src/store/migrations';

test('the worker stopped in the middle of an audit: the outcome is still recorded', async ({ ext }) => {
  // The save is answered well inside the first wait (1.5 s at least), so one click is enough
  // even on a loaded machine; the audit is still running for about two seconds after it.
  const linkedin = await ext.linkedin({ saves: [{ delayMs: 500 }] });
  const page = await ext.context.newPage();
  // Everything needed to stop the worker is ready before the audit starts: the window
  // between the click and the verifying load is about two seconds, and on a loaded machine
  // setting up a DevTools session after seeing it took long enough to miss it.
  const cdp = await ext.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
    statuses.push(...e.versions.filter((v) => v.scriptURL.startsWith('chrome-extension://')).map((v) => v.runningStatus)),
  );
  await cdp.send('ServiceWorker.enable');
  await ext.state(); // opens the page that reads the state, so that the first read is quick
  await page.goto(TARGET_URL);
  let seen: any = null;
  await expect.poll(async () => (seen = (await ext.state()).runs?.[0])?.step, { timeout: 15_000, intervals: [50] }).toBe('confirming');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Stopped mid-run: after the click, waiting on the save or already on the verifying load.
  expect(seen).toMatchObject({ rows: [{ id: 'generative-ai', phase: expect.stringMatching(/^(act|verify)$/), clicks: 1 }] });
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1 });
  // It really was stopped, and the content script's report started it again.
  expect(statuses).toContain('stopped');
  expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
  expect((await ext.state()).runs ?? []).toEqual([]);
  expect(linkedin.isOn()).toBe(false);
  expect(linkedin.log.clicks).toEqual(['target']);
  await expect.poll(() => ext.badge()).toBe('✓');
});

test('two LinkedIn tabs opened at once: one check, one click, verified off, no run left hanging', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  const [a, b] = await Promise.all([ext.context.newPage(), ext.context.newPage()]);
  await Promise.all([a.goto(TARGET_URL), b.goto(TARGET_URL)]);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1 });
  await expect.poll(async () => (await ext.state()).runs ?? [], { timeout: 20_000 }).toEqual([]);
  // The second tab stayed quiet: never two checks clicking the same switch.
  expect(linkedin.log.clicks).toEqual(['target']);
  expect(linkedin.isOn()).toBe(false);
  await expect.poll(() => ext.badge()).toBe('✓');
});

test('the user turns the switch back on by hand: the next visit notices (audit-only: reports "on")', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
  await expect.poll(() => ext.badge()).toBe('✓');
  expect(linkedin.isOn()).toBe(false);

  const options = await ext.openOptions('settings');
  await options.getByLabel('Check only: report, never change').check();
  await expect.poll(async () => (await ext.state()).prefs).toMatchObject({ mode: 'audit' });
  const popup = await ext.openPopup();
  await page.click('[data-replica-id="target"]'); // by hand, after the check is over
  expect(await switchStates(page)).toEqual({ target: true });
  await expect.poll(() => linkedin.isOn()).toBe(true); // LinkedIn saved the user's own choice
  await page.reload();
  await expect.poll(async () => (await ext.record()).audit.outcome, { timeout: 20_000 }).toBe('left-on');
  expect((await ext.record()).known).toMatchObject({ state: 'on' });
  await expect.poll(() => ext.badge()).toBe('ON');
  await expect(popup.getByTestId('status')).toHaveText('AI training: on');
});

test('an error toast while the switch stays off is reported as a rejected save, never as "off"', async ({ ext }) => {
  const linkedin = await ext.linkedin({ saves: () => ({ delayMs: 300, ok: false, putBack: false, toast: true }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'save-rejected', detail: 'error-toast', clicks: 3 });
  expect(linkedin.isOn()).toBe(true); // every try looked off on the page, but LinkedIn never saved it
  await expect.poll(() => ext.badge()).toBe('!');
  const popup = await ext.openPopup();
  await expect(popup.getByRole('alert')).toContainText('LinkedIn showed an error while saving the change');
});

test('corrupted storage: only the unreadable fields are reset, the record kept, the user told once', async ({ ext }) => {
  const popup = await ext.openPopup();
  const receipt = { submittedAt: 1_760_000_000_000, caseNumber: 'C-12345' };
  await popup.evaluate(
    (receipt) =>
      (globalThis as any).chrome.storage.local.set({
        schemaVersion: 5,
        prefs: 'garbage',
        settings: {
          'generative-ai': {
            audit: { outcome: 'turned-off', at: Date.now() - 60_000, source: 'popup', clicks: 1 },
            known: { state: 'off', at: Date.now() - 60_000 },
          },
        },
        // One bad field beside the receipt: only that field is reset.
        objections: { 'linkedin-dpro': { run: null, report: 'garbage', reportedAt: null, formFound: null, ...receipt } },
        profile: { firstName: 42, lastName: 'Martin', email: 'camille@example.org' },
      }),
    receipt,
  );
  await expect(popup.getByTestId('notice')).toContainText('your preferences', { timeout: 10_000 });
  await expect(popup.getByTestId('notice')).toContainText('the objection record');
  await expect(popup.getByTestId('notice')).toContainText('your details for the form');
  const state = await ext.state();
  // Unreadable preferences mean audit only: the extension changes nothing until the user says so.
  expect(state.prefs).toEqual({ mode: 'audit', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: null });
  expect(state.profile).toEqual({ firstName: '', lastName: 'Martin', email: 'camille@example.org', country: '', explanation: '' });
  expect(await ext.objection()).toMatchObject({ ...receipt, report: null });
  expect((await ext.record()).known).toMatchObject({ state: 'off' });
  await expect(popup.getByTestId('status')).toHaveText('AI training: off');
  await popup.getByRole('button', { name: 'OK' }).click();
  await expect(popup.getByTestId('notice')).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off');
  await expect(popup.getByTestId('notice')).toHaveCount(0); // told once
});

test('storage written by version 1 is migrated to records by setting, keeping the mode and the reading', async ({ ext }) => {
  const at = Date.now();
  const popup = await writeOldData(ext, { schemaVersion: 1, prefs: { mode: 'audit' }, known: { state: 'off', at } });
  // The new shape is written first, the old key removed after it: wait for both writes.
  let state: any;
  await expect
    .poll(async () => ({ settings: (state = await ext.state()).settings ?? null, known: state.known ?? null }))
    .toEqual({ settings: { 'generative-ai': { audit: null, known: { state: 'off', at }, page: null } }, known: null });
  expect(state.schemaVersion).toBe(SCHEMA_VERSION);
  expect(state.prefs).toEqual({ mode: 'audit', muted: false, snoozeUntil: null, recheck: 'monthly', chosen: null });
  await expect(popup.getByTestId('notice')).toHaveCount(0);
});

test('storage written by version 2 is migrated: the receipt kept, keyed by its form', async ({ ext }) => {
  const receipt = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: Date.now(), caseNumber: 'C-777' };
  await writeOldData(ext, { schemaVersion: 2, prefs: { mode: 'optout', muted: true, snoozeUntil: null, recheckDays: 7 }, objection: receipt });
  let state: any;
  await expect
    .poll(async () => ({ kept: (state = await ext.state()).objections?.['linkedin-dpro'] ?? null, old: state.objection ?? null }))
    .toEqual({ kept: { ...receipt, ended: null }, old: null });
  expect(state.schemaVersion).toBe(SCHEMA_VERSION);
  expect(state.prefs).toEqual({ mode: 'optout', muted: true, snoozeUntil: null, recheck: 'weekly', chosen: null });
});

test('data written by a newer version is read, never rewritten, and the popup says the extension is older', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  const popup = await ext.openPopup();
  const newer = {
    schemaVersion: 9,
    prefs: { mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 30, futureField: 1 },
    settings: {
      'generative-ai': { audit: { outcome: 'turned-off', at: 1_760_000_000_000, source: 'popup', clicks: 1 }, known: { state: 'off', at: 1_760_000_000_000 } },
    },
    somethingNew: { x: 1 },
  };
  await popup.evaluate((data) => (globalThis as any).chrome.storage.local.set(data), newer);
  await expect(popup.getByTestId('newer-data')).toContainText('older than the data it finds');
  await expect(popup.getByTestId('status')).toHaveText('AI training: off'); // what could be read is shown
  const before = await ext.state();
  expect(before).toMatchObject(newer);
  await popup.locator('button[data-action="audit"]').click();
  await expect.poll(() => linkedin.log.loads, { timeout: 20_000 }).toBeGreaterThan(0);
  await popup.waitForTimeout(3_000);
  expect(linkedin.log.clicks).toEqual([]); // it changes nothing
  expect(await ext.state()).toEqual(before); // and writes nothing: not a field, not the version
});

test('malformed and misdirected messages are ignored, and the worker keeps working', async ({ ext }) => {
  await ext.linkedin();
  const popup = await ext.openPopup();
  const answers = await popup.evaluate(async () => {
    const send = (m: unknown) =>
      (globalThis as any).chrome.runtime.sendMessage(m).then(
        (r: unknown) => r ?? null,
        (e: Error) => `error: ${e.message}`,
      );
    return Promise.all([
      send(null),
      send('audit/start'),
      send({ type: 'audit/report', report: { kind: 'read', state: 'off' } }), // a content-script message from a page
      send({ type: 'audit/report', report: { kind: 'done' } }),
      send({ type: 'audit/click' }),
      send({ type: 'objection/receipt', caseNumber: '<img src=x>' }),
      send({ type: 'audit/begin' }),
      send({ type: 'state/patch', patch: { prefs: { mode: 'sometimes' } } }),
    ]);
  });
  expect(answers.every((a) => a === null || String(a).startsWith('error:'))).toBe(true);
  const state = await ext.state();
  expect(state.settings).toBeUndefined();
  expect(state.objections).toBeUndefined();
  expect(state.prefs).toBeUndefined();
  // Still alive and well: a real check goes through.
  await popup.getByRole('button', { name: 'Check & switch off' }).click();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 30_000 });
});

test('random decoy pages through the real extension (seeded sample)', async ({ ext }) => {
  const random = rng(Number(process.env.DECOY_SEED ?? 20251103) + 1);
  const page = await ext.context.newPage();
  for (let n = 0; n < 10; n++) {
    const current = randomPage(random);
    // These pages vary labels, languages and decoys, not LinkedIn's speed: saves are answered
    // at once. With the usual 800 ms, a loaded machine once let the fresh load come before the
    // answer, and the extension rightly clicked again (a save not kept), which this test
    // would report as a second click. Slow saves have tests of their own (optout-page.spec.ts).
    const linkedin = await ext.linkedin({ page: current.options, saves: () => ({ delayMs: 0 }) });
    // Each sample stands for a page the user opens on its own occasion: the clicks of the
    // samples before it are forgotten, or from the fourth flip on the bound on clicks across
    // pages opened by hand (three in ten minutes, issue 37) would rightly refuse the click.
    await (await ext.extPage()).evaluate(() => (globalThis as any).chrome.storage.local.remove('clickLog'));
    const before = (await ext.record()).audit?.at ?? 0;
    await page.goto(TARGET_URL);
    await expect.poll(async () => (await ext.record()).audit?.at ?? 0, { timeout: 30_000 }).toBeGreaterThan(before);
    const where = JSON.stringify(current.options);
    expect((await ext.record()).audit.outcome, where).toBe(current.outcome);
    expect(linkedin.log.clicks, where).toEqual(current.expect === 'flip' ? ['target'] : []);
    const states = await switchStates(page);
    for (const decoy of [...current.options.before, ...current.options.after]) {
      expect(states[decoy.id], where).toBe(decoy.on);
      expect(linkedin.isOn(decoy.id), where).toBe(decoy.on);
    }
  }
});
