// DeepSeek, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once in a tab of its own
// (a chat tab the user is typing in is left as it is); the switch, behind My Profile,
// Settings and Data (named, markup unknown), is switched off and verified by a fresh load;
// only those openers and the switch are clicked; a later visit to the chat starts nothing.
// Failure states, each with the way out: signed out, a save DeepSeek does not keep, a page in
// a language we have no names for. Replica: ./replica.mjs (markup invented).
import { DEEPSEEK, deepSeekServer, OPENERS, TARGET } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkEnd, checkAgain, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

test('DeepSeek added: My Profile, Settings, Data opened, "Improve the model for everyone" off and verified, nothing else clicked; the user’s chat tab untouched; a visit starts nothing', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const deepseek = await serveReplica(ext, deepSeekServer());
  // The user's chat, with a question being typed.
  const chat = await ext.openPage(`${DEEPSEEK}/`);
  await chat.evaluate(async () => {
    for (let i = 0; i < 100 && !document.querySelector('textarea'); i++) await new Promise((r) => setTimeout(r, 50));
    document.querySelector('textarea')!.value = 'a question half typed';
  });
  const options = await ext.openOptions('services');
  await addService(ext, options, 'deepseek', DEEPSEEK);
  expect(await checkEnd(ext, 'deepseek')).toBe('done');
  expect(deepseek.isOn(TARGET)).toBe(false);
  expect(await recordOf(ext, 'deepseek-training')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  // The load that switched it off, then the fresh load that read it: each opened the way in, once per opener.
  expect(deepseek.log.clicks).toEqual([...OPENERS, TARGET, ...OPENERS]);
  await expect.poll(() => rowState(options, 'deepseek-training')).toBe('off');
  // The user's tab was neither reused nor reloaded.
  expect(await chat.evaluate(() => document.querySelector('textarea')?.value)).toBe('a question half typed');

  // A visit to the chat, DeepSeek added: no check, nothing clicked.
  const clicks = deepseek.log.clicks.length;
  const before = (await recordOf(ext, 'deepseek-training')).audit.at;
  const visit = await ext.openPage(`${DEEPSEEK}/`);
  await expectText(visit, '[data-replica-id="my-profile"]', 'My Profile');
  await new Promise((r) => setTimeout(r, 4_000));
  expect(deepseek.log.clicks.length).toBe(clicks);
  expect((await recordOf(ext, 'deepseek-training')).audit.at).toBe(before);
});

test('DeepSeek signed out: the check says so with the way to sign in, nothing clicked; signed in, a save it does not keep: three clicks at most, "didn\'t save", never "off"', async ({
  ext,
}) => {
  test.setTimeout(240_000);
  const deepseek = await serveReplica(ext, deepSeekServer({ signedOut: true, saves: () => ({ ok: false }) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'deepseek', DEEPSEEK);
  expect(await checkEnd(ext, 'deepseek')).toBe('signed-out');
  expect(deepseek.log.redirects.length).toBeGreaterThan(0);
  expect(deepseek.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'deepseek-training')).toMatchObject({ audit: { outcome: 'signed-out' }, known: null });
  await expectText(options, '[data-service="deepseek"] [data-testid="service-line"]', en('serviceSignedOut', 'DeepSeek'));
  expect(await options.visible('[data-service="deepseek"] [data-action="sign-in"]')).toBe(true);

  deepseek.signIn();
  expect(await checkAgain(ext, options, 'deepseek')).toBe('done');
  await deepseek.settled();
  expect(deepseek.isOn(TARGET)).toBe(true);
  const record = await recordOf(ext, 'deepseek-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(deepseek.log.clicks.filter((c: string) => c === TARGET)).toHaveLength(record.audit.clicks);
  expect(new Set(deepseek.log.clicks)).toEqual(new Set([...OPENERS, TARGET]));
  await expectText(options, '[data-setting-row="deepseek-training"] [data-testid="row-state"]', en('rowProblem', en('serviceRejected', 'DeepSeek')));
  await expectText(options, '[data-setting-row="deepseek-training"] .row-help p', en('serviceManualStep', 'DeepSeek'));
  expect(await options.visible('[data-setting-row="deepseek-training"] a[data-action="open-setting"]')).toBe(true);
});

test('DeepSeek in French, whose names we do not have: nothing clicked at all, "could not check" with the steps by hand', async ({ ext }) => {
  test.setTimeout(180_000);
  const deepseek = await serveReplica(ext, deepSeekServer({ lang: 'fr' }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'deepseek', DEEPSEEK);
  expect(await checkEnd(ext, 'deepseek')).toBe('done');
  expect(deepseek.log.clicks).toEqual([]);
  expect(deepseek.isOn(TARGET)).toBe(true);
  expect(await recordOf(ext, 'deepseek-training')).toMatchObject({ audit: { outcome: 'not-found' } });
  await expect.poll(() => rowState(options, 'deepseek-training')).toBe('problem');
  await expectText(options, '[data-setting-row="deepseek-training"] .row-help p', en('serviceManualStep', 'DeepSeek'));
});

// The replica by hand, with no action of the extension.

test('chat.deepseek.com by hand: My Profile, Settings, Data; the switch saved and shown on a fresh load; nothing else changed', async ({ ext }) => {
  const deepseek = await serveReplica(ext, deepSeekServer());
  const page = await ext.openPage(`${DEEPSEEK}/`);
  await page.click('[data-replica-id="my-profile"]');
  await page.click('[data-replica-id="settings"]');
  await page.click('[data-replica-id="data-tab"]');
  await page.click('[data-replica-id="improve-model"]');
  await expect.poll(() => deepseek.isOn(TARGET), { timeout: 20_000 }).toBe(false);
  await expect.poll(() => deepseek.log.clicks, { timeout: 20_000 }).toContain(TARGET);
  await page.close();
  const fresh = await ext.openPage(`${DEEPSEEK}/`);
  await fresh.click('[data-replica-id="my-profile"]');
  await fresh.click('[data-replica-id="settings"]');
  await fresh.click('[data-replica-id="data-tab"]');
  await expect
    .poll(() => fresh.evaluate(() => document.querySelector('[data-replica-id="improve-model"]')?.getAttribute('aria-checked') ?? null))
    .toBe('false');
});
