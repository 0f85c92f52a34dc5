// The other services (X, ChatGPT), in every browser the extension ships for: nothing of
// ours runs on a service until the user adds it; adding it asks for its host (answered
// "Allow" as the user would) and checks it at once; each result is checked against what
// the replica service saved, and nothing but the named elements is ever clicked. Failure
// states: signed out, a save the service does not keep, a label we cannot read.
import { CHATGPT, chatGptServer, DATA_CONTROLS_HASH } from '../../../src/services/chatgpt/replica.mjs';
import { GROK_IDS, GROK_PATH, X, X_PRIVACY_IDS, xServer } from '../../../src/services/x/replica.mjs';
import { type Ext, serveReplica, type View } from '../../support/harness-types';
import { en, expect, expectText, switchStates, test } from './fixture';

/** The extension's X setting ids, by the replica's box ids. */
const X_SETTING: Record<string, string> = {
  'grok-training': 'x-grok',
  'x-location': 'x-location',
  'x-business-partners': 'x-partners',
  'x-off-x-activity': 'x-off-x',
  'x-ads-preferences': 'x-ads',
};
const X_TARGETS = ['grok-training', ...X_PRIVACY_IDS];

const recordOf = async (ext: Ext, id: string) => (await ext.state()).settings?.[id];

/** Wait for a service's check to end, and return how. */
async function checkEnd(ext: Ext, service: string, timeout = 120_000): Promise<string> {
  let end: string | null = null;
  await expect.poll(async () => (end = (await ext.state()).checks?.[service]?.end ?? null), { timeout }).not.toBeNull();
  return end!;
}

/** Add a service from the options page, as the user does: the browser's prompt is answered "Allow". */
async function addService(ext: Ext, options: View, service: 'x' | 'chatgpt', origin: string): Promise<void> {
  await ext.allowHostPrompt(origin);
  await options.click(`[data-service="${service}"] button[data-action="add-service"]`);
}

async function rowState(options: View, id: string): Promise<string | null> {
  return options.evaluate((id) => document.querySelector(`[data-setting-row="${id}"]`)?.getAttribute('data-state') ?? null, id);
}

test('X added from the options page: the Grok training box and the four privacy switches off, each verified; the other Grok boxes untouched', async ({
  ext,
}) => {
  test.setTimeout(150_000);
  const x = await serveReplica(ext, xServer({ order: ['grok-history', 'grok-personalize', 'grok-training'] }));
  const popup = await ext.openPopup();
  // No service added: the popup keeps its room for LinkedIn; the options page offers them.
  await expectText(popup, '[data-testid="status"]', en('statusUnchecked'));
  expect(await popup.visible('[data-open="services"]')).toBe(false);
  const options = await ext.openOptions('services');
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('serviceNotAdded'));
  await addService(ext, options, 'x', X);
  // While X is checked, its line says so in X's name (never LinkedIn's), and the badge, which speaks of LinkedIn, stays as it was.
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('serviceConfirming', 'X'), 'contains', 60_000);
  expect(await ext.badge()).not.toBe('…');
  expect(await checkEnd(ext, 'x')).toBe('done');
  for (const box of X_TARGETS) {
    expect(x.isOn(box), box).toBe(false);
    expect(await recordOf(ext, X_SETTING[box]!), box).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  }
  expect(x.isOn('grok-history')).toBe(true);
  expect(x.isOn('grok-personalize')).toBe(true);
  expect([...x.log.clicks].sort()).toEqual([...X_TARGETS].sort());
  // Verified by a fresh load of each page after its click.
  for (const path of new Set(Object.keys(x.log.loadsByPath))) expect(x.log.loadsByPath[path], path).toBeGreaterThanOrEqual(2);
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('privacyCounts', '5', '5'), 'contains');
  for (const id of Object.values(X_SETTING)) expect(await rowState(options, id), id).toBe('off');
  await expectText(popup, '[data-open="services"] small', en('servicesOff_one', '1'));
});

test('ChatGPT: its late dialog is opened, "Improve the model" switched off and verified; the memory switch and the other buttons never clicked', async ({
  ext,
}) => {
  test.setTimeout(120_000);
  const chatgpt = await serveReplica(ext, chatGptServer({ dialogDelayMs: 1_200 }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'chatgpt', CHATGPT);
  expect(await checkEnd(ext, 'chatgpt')).toBe('done');
  expect(chatgpt.isOn('improve-model')).toBe(false);
  expect(chatgpt.isOn('memory')).toBe(true);
  expect(await recordOf(ext, 'chatgpt-training')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  // The opener on every load (the verifying one too), the switch once; nothing else.
  expect(new Set(chatgpt.log.clicks)).toEqual(new Set(['improve-model-opener', 'improve-model']));
  expect(chatgpt.log.clicks.filter((c: string) => c === 'improve-model')).toHaveLength(1);
  await expectText(options, '[data-service="chatgpt"] [data-testid="service-line"]', en('privacyCounts', '1', '1'), 'contains');
});

test('nothing of ours runs on a service not added, nor after it is removed', async ({ ext }) => {
  test.setTimeout(120_000);
  const x = await serveReplica(ext, xServer());
  const byHand = async () => {
    const page = await ext.openPage(X + GROK_PATH);
    await expect.poll(() => switchStates(page), { timeout: 20_000 }).toMatchObject({ 'grok-training': true });
    // Time for a content script to have acted, had there been one (it reacts within a second).
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await switchStates(page)).toMatchObject({ 'grok-training': true });
    await page.close();
  };
  await byHand();
  expect(x.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'x-grok')).toBeUndefined();

  // Added (the host granted), the same page opened by hand is checked and switched off.
  await ext.grantHost(X);
  await ext.openPage(X + GROK_PATH);
  await expect.poll(async () => (await recordOf(ext, 'x-grok'))?.audit?.outcome ?? null, { timeout: 60_000 }).toBe('turned-off');
  x.set('grok-training', true);

  // Removed from the options page: the host is given back, and the page is left alone again.
  const options = await ext.openOptions('services');
  await options.click('[data-service="x"] button[data-action="remove-service"]');
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('serviceNotAdded'));
  const clicks = x.log.clicks.length;
  await byHand();
  expect(x.log.clicks.length).toBe(clicks);
});

test('ChatGPT signed out (its home shows "Log in"): the check says so, with the way to sign in; nothing clicked', async ({ ext }) => {
  const chatgpt = await serveReplica(ext, chatGptServer({ signedOut: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'chatgpt', CHATGPT);
  expect(await checkEnd(ext, 'chatgpt')).toBe('signed-out');
  expect(chatgpt.log.clicks).toEqual([]);
  expect(await recordOf(ext, 'chatgpt-training')).toMatchObject({ audit: { outcome: 'signed-out' }, known: null });
  await expectText(options, '[data-service="chatgpt"] [data-testid="service-line"]', en('serviceSignedOut', 'ChatGPT'));
  expect(await options.visible('[data-service="chatgpt"] [data-action="sign-in"]')).toBe(true);
  const popup = await ext.openPopup();
  await expectText(popup, '[data-open="services"] small', `ChatGPT: ${en('serviceSignedOutShort', 'ChatGPT')}`);
});

test('a save ChatGPT does not keep (it saves only on Done): three clicks at most, then "didn\'t save", never "off"', async ({ ext }) => {
  test.setTimeout(150_000);
  const chatgpt = await serveReplica(ext, chatGptServer({ saveOn: 'done' }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'chatgpt', CHATGPT);
  expect(await checkEnd(ext, 'chatgpt')).toBe('done');
  expect(chatgpt.isOn('improve-model')).toBe(true);
  const record = await recordOf(ext, 'chatgpt-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(chatgpt.log.clicks).not.toContain('done');
  await expectText(options, '[data-setting-row="chatgpt-training"] [data-testid="row-state"]', en('rowProblem', en('serviceRejected', 'ChatGPT')));
  expect(await options.visible('[data-setting-row="chatgpt-training"] a[data-action="open-setting"]')).toBe(true);
});

test('X in a language whose Grok label we do not know: the Grok box is "could not check" with the steps by hand, never clicked; the hooked switches still off', async ({
  ext,
}) => {
  test.setTimeout(150_000);
  const x = await serveReplica(ext, xServer({ lang: 'fr' }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'x', X);
  expect(await checkEnd(ext, 'x')).toBe('done');
  for (const id of GROK_IDS) expect(x.isOn(id), id).toBe(true);
  expect(await recordOf(ext, 'x-grok')).toMatchObject({ audit: { outcome: 'not-found' } });
  for (const box of X_PRIVACY_IDS) expect(x.isOn(box), box).toBe(false);
  expect(await rowState(options, 'x-grok')).toBe('problem');
  await expectText(options, '[data-setting-row="x-grok"] .row-help p', en('serviceManualStep', 'X'));
  await expectText(options, '[data-service="x"] [data-testid="service-line"]', en('privacyCounts', '4', '5'), 'contains');
});

test(`the ChatGPT route opened by hand (${DATA_CONTROLS_HASH}) after adding it is read and switched off like the others`, async ({ ext }) => {
  test.setTimeout(120_000);
  const chatgpt = await serveReplica(ext, chatGptServer());
  await ext.grantHost(CHATGPT);
  // The grant alone (made outside our button) starts no check: the page opened by hand does.
  await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expect.poll(async () => (await recordOf(ext, 'chatgpt-training'))?.audit?.outcome ?? null, { timeout: 60_000 }).toBe('turned-off');
  expect(chatgpt.isOn('improve-model')).toBe(false);
});

test('a ChatGPT tab left open when ChatGPT is removed: reaching Data controls in it changes nothing (its script is no longer answered)', async ({ ext }) => {
  test.setTimeout(120_000);
  const chatgpt = await serveReplica(ext, chatGptServer());
  await ext.grantHost(CHATGPT);
  // A chat tab opened while ChatGPT was added: our script is in it.
  const page = await ext.openPage(`${CHATGPT}/`);
  const options = await ext.openOptions('services');
  await options.click('[data-service="chatgpt"] button[data-action="remove-service"]');
  await expectText(options, '[data-service="chatgpt"] [data-testid="service-line"]', en('serviceNotAdded'));
  // In the same tab, without a reload, the user reaches Data controls.
  await page.evaluate((hash) => {
    location.hash = hash;
  }, DATA_CONTROLS_HASH);
  await expectText(page, '[data-testid="improve-model-open-modal-button"]', 'On');
  await new Promise((r) => setTimeout(r, 3_000));
  expect(chatgpt.log.clicks).toEqual([]);
  expect(chatgpt.isOn('improve-model')).toBe(true);
  expect(await recordOf(ext, 'chatgpt-training')).toBeUndefined();
});
