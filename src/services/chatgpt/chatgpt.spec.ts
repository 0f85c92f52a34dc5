// ChatGPT, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once, or its Data
// controls opened by hand once added; each result checked against what the replica saved,
// and nothing but the dialog's opener and the switch ever clicked. Failure states: signed
// out, a save ChatGPT does not keep; and a tab left open after ChatGPT is removed. And the
// replica itself, used by hand with no action of the extension: what the tests above take
// for granted. Replica: ./replica.mjs (selectors from the facts; the modal's markup invented).
import { CHATGPT, chatGptServer, DATA_CONTROLS_HASH } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf } from '../../../tests/e2e/both/service-steps';

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

test('ChatGPT whose opener names the state ("Improve the model for everyone On"): the dialog opened once, to switch it off; reading opens nothing', async ({
  ext,
}) => {
  test.setTimeout(150_000);
  const chatgpt = await serveReplica(ext, chatGptServer({ openerNamed: true }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'chatgpt', CHATGPT);
  expect(await checkEnd(ext, 'chatgpt')).toBe('done');
  expect(chatgpt.isOn('improve-model')).toBe(false);
  expect(await recordOf(ext, 'chatgpt-training')).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  // The verifying load read "Off" in the opener's name: the opener was clicked once, by the load that switched it off.
  expect(chatgpt.log.loadsByPath['/']).toBeGreaterThanOrEqual(2);
  expect(chatgpt.log.clicks).toEqual(['improve-model-opener', 'improve-model']);
  // Checked again: found off in the name, nothing clicked at all.
  expect(await checkAgain(ext, options, 'chatgpt')).toBe('done');
  expect(await recordOf(ext, 'chatgpt-training')).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 }, known: { state: 'off' } });
  expect(chatgpt.log.clicks).toEqual(['improve-model-opener', 'improve-model']);
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

// The replica by hand, with no action of the extension.

test('chatgpt.com: the Data controls route, its late dialog opened by hand, the switch saved and shown on a fresh load', async ({ ext }) => {
  const chatgpt = await serveReplica(ext, chatGptServer({ dialogDelayMs: 3_000 }));
  const page = await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expectText(page, '[data-testid="improve-model-open-modal-button"]', 'On');
  await page.click('[data-testid="improve-model-open-modal-button"]');
  expect(await page.visible('[data-testid="improve-model-toggle"]')).toBe(false); // not yet: it opens late (3 s: a click's round trip in Firefox can take most of a second)
  await page.click('button[role="switch"][data-testid="improve-model-toggle"]');
  await expect.poll(() => chatgpt.isOn('improve-model'), { timeout: 20_000 }).toBe(false);
  await page.click('[data-testid="improve-model-done-button"]');
  await expect.poll(() => page.visible('[data-testid="improve-model-toggle"]')).toBe(false);
  // The page tells the replica of each click by a request: closing it before that one is
  // answered would lose the click and leave a request without its tab.
  await expect.poll(() => chatgpt.log.clicks, { timeout: 20_000 }).toContain('done');
  await page.close();
  const fresh = await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expectText(fresh, '[data-testid="improve-model-open-modal-button"]', 'Off');
  expect(chatgpt.isOn('memory')).toBe(true);
  expect(chatgpt.log.clicks).toEqual(['improve-model-opener', 'improve-model', 'done']);
});

test('signed out: chatgpt.com shows its logged-out home', async ({ ext }) => {
  const chatgpt = await serveReplica(ext, chatGptServer({ signedOut: true }));
  const home = await ext.openPage(`${CHATGPT}/${DATA_CONTROLS_HASH}`);
  await expectText(home, 'button[data-testid="login-button"]', 'Log in');
  expect(await home.visible('[role="dialog"]')).toBe(false);
  expect(chatgpt.log.paths).toEqual(['/']);
});
