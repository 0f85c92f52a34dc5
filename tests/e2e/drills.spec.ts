// Failure drills: the worker stopped mid-audit, two LinkedIn tabs at once, the switch
// turned back on by hand, an error toast, corrupted storage, hostile messages; and a
// seeded sample of the random decoy pages through the real extension.
import { randomPage, rng } from '../fixtures/decoys.mjs';
import { settingsPage, TARGET_PATH } from '../fixtures/replica.mjs';
import { expect, replicaLog, switchStates, test, TARGET_URL } from './harness';

test('the worker stopped in the middle of an audit: the outcome is still recorded', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ saveDelayMs: 1_500 }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  await expect.poll(async () => (await ext.state()).run?.step, { timeout: 15_000 }).toBe('confirming');
  const cdp = await ext.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.filter((v) => v.scriptURL.startsWith('chrome-extension://')).map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1 });
  // It really was stopped, and the content script's report started it again.
  expect(statuses).toContain('stopped');
  expect(statuses.lastIndexOf('running')).toBeGreaterThan(statuses.indexOf('stopped'));
  expect((await ext.state()).run).toBeNull();
  expect(await ext.badge()).toBe('✓');
});

test('two LinkedIn tabs audited at once: both switched off, no run left hanging', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: () => settingsPage() });
  const [a, b] = await Promise.all([ext.context.newPage(), ext.context.newPage()]);
  await Promise.all([a.goto(TARGET_URL), b.goto(TARGET_URL)]);
  await expect.poll(async () => [await switchStates(a), await switchStates(b)], { timeout: 20_000 }).toEqual([{ target: false }, { target: false }]);
  await expect.poll(async () => (await ext.state()).run, { timeout: 20_000 }).toBeNull();
  expect((await ext.state()).audit).toMatchObject({ outcome: 'turned-off' });
  expect((await replicaLog(a)).clicks).toEqual(['target']);
  expect((await replicaLog(b)).clicks).toEqual(['target']);
  expect(await ext.badge()).toBe('✓');
});

test('the user turns the switch back on by hand: the next visit notices (audit-only: reports "on")', async ({ ext }) => {
  let serverOn = true; // what LinkedIn has saved
  await ext.serve({ [TARGET_PATH]: () => settingsPage({ on: serverOn }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
  expect(await ext.badge()).toBe('✓');

  const popup = await ext.openPopup();
  await popup.getByLabel('Audit only: report, never change').check();
  await page.click('[data-replica-id="target"]'); // by hand, after the audit is over
  expect(await switchStates(page)).toEqual({ target: true });
  serverOn = true;
  await page.reload();
  await expect.poll(async () => (await ext.state()).audit.outcome, { timeout: 20_000 }).toBe('left-on');
  expect((await ext.state()).known).toMatchObject({ state: 'on' });
  expect(await ext.badge()).toBe('ON');
  await expect(popup.getByTestId('status')).toHaveText('AI training: on');
});

test('an error toast while the switch stays off is reported as a rejected save, never as "off"', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ saveFailures: 1, keepOnFailure: true }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'save-rejected', detail: 'error-toast', clicks: 1 });
  expect(await switchStates(page)).toEqual({ target: false }); // looks off, but LinkedIn said it failed
  expect(await ext.badge()).toBe('!');
  const popup = await ext.openPopup();
  await expect(popup.getByRole('alert')).toContainText('LinkedIn showed an error while saving the change');
});

test('corrupted storage: the unreadable part is reset, the record kept, the user told once', async ({ ext }) => {
  const popup = await ext.openPopup();
  const objection = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: 1_760_000_000_000, caseNumber: 'C-12345' };
  await popup.evaluate(
    (objection) =>
      (globalThis as any).chrome.storage.local.set({
        schemaVersion: 2,
        prefs: 'garbage',
        audit: { outcome: 'turned-off', at: Date.now() - 60_000, source: 'popup', clicks: 1 },
        known: { state: 'off', at: Date.now() - 60_000 },
        objection,
        profile: { name: 42 },
      }),
    objection,
  );
  await expect(popup.getByTestId('notice')).toContainText('your preferences, your details for the form', { timeout: 10_000 });
  const state = await ext.state();
  expect(state.prefs).toEqual({ mode: 'optout', muted: false, snoozeUntil: null, recheckDays: 30 });
  expect(state.profile).toEqual({ firstName: '', lastName: '', email: '' });
  expect(state.objection).toEqual(objection);
  expect(state.known).toMatchObject({ state: 'off' });
  await expect(popup.getByTestId('status')).toHaveText('AI training: off');
  await popup.getByRole('button', { name: 'OK' }).click();
  await expect(popup.getByTestId('notice')).toHaveCount(0);
  await popup.reload();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off');
  await expect(popup.getByTestId('notice')).toHaveCount(0); // told once
});

test('storage written by version 1 is migrated, keeping the mode and the record', async ({ ext }) => {
  const popup = await ext.openPopup();
  await popup.evaluate(() => (globalThis as any).chrome.storage.local.set({ schemaVersion: 1, prefs: { mode: 'audit' }, known: { state: 'off', at: Date.now() } }));
  await expect.poll(async () => (await ext.state()).schemaVersion).toBe(2);
  expect((await ext.state()).prefs).toEqual({ mode: 'audit', muted: false, snoozeUntil: null, recheckDays: 30 });
  await expect(popup.getByTestId('notice')).toHaveCount(0);
});

test('malformed and misdirected messages are ignored, and the worker keeps working', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage() });
  const popup = await ext.openPopup();
  const answers = await popup.evaluate(async () => {
    const send = (m: unknown) => (globalThis as any).chrome.runtime.sendMessage(m).then((r: unknown) => r ?? null, (e: Error) => `error: ${e.message}`);
    return Promise.all([
      send(null),
      send('audit/start'),
      send({ type: 'audit/report', outcome: 'turned-off', clicks: 1 }), // a content-script message from a page
      send({ type: 'audit/report', outcome: 'done', clicks: 99 }),
      send({ type: 'objection/receipt', caseNumber: '<img src=x>' }),
      send({ type: 'audit/begin' }),
    ]);
  });
  expect(answers.every((a) => a === null || String(a).startsWith('error:'))).toBe(true);
  const state = await ext.state();
  expect(state.audit).toBeUndefined();
  expect(state.objection).toBeUndefined();
  // Still alive and well: a real audit goes through.
  await popup.getByRole('button', { name: 'Audit & opt out' }).click();
  await expect(popup.getByTestId('status')).toHaveText('AI training: off', { timeout: 20_000 });
});

test('random decoy pages through the real extension (seeded sample)', async ({ ext }) => {
  const random = rng(Number(process.env.DECOY_SEED ?? 20251103) + 1);
  let current = randomPage(random);
  await ext.serve({ [TARGET_PATH]: () => settingsPage(current.options) });
  const page = await ext.context.newPage();
  for (let n = 0; n < 10; n++) {
    if (n > 0) current = randomPage(random);
    const before = (await ext.state()).audit?.at ?? 0;
    await page.goto(TARGET_URL);
    await expect.poll(async () => (await ext.state()).audit?.at ?? 0, { timeout: 30_000 }).toBeGreaterThan(before);
    const where = JSON.stringify(current.options);
    expect((await ext.state()).audit.outcome, where).toBe(current.outcome);
    const clicks = (await replicaLog(page)).clicks;
    expect(clicks, where).toEqual(current.expect === 'flip' ? ['target'] : []);
    const states = await switchStates(page);
    for (const decoy of [...current.options.before, ...current.options.after]) expect(states[decoy.id], where).toBe(decoy.on);
  }
});
