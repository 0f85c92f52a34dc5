// The services as a whole, in every browser the extension ships for, where no one service's
// spec (src/services/<id>/<id>.spec.ts) is the place: nothing of ours runs on a service
// until the user adds it, nor after it is removed; and the options page's list of the
// services with nothing to switch off. X's replica stands for any service added by a host.
import { GROK_PATH, X, xServer } from '../../../src/services/x/replica.mjs';
import { serveReplica } from '../../support/harness-types';
import { en, expect, expectText, switchStates, test } from './fixture';
import { recordOf } from './service-steps';

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

test('the services with no switch on the options page: each named with what it says, its date and confidence, and no button or link; a service with no date shows none; feedback that may still train, where the facts say so', async ({
  ext,
}) => {
  const options = await ext.openOptions('services');
  // Only a service with a date of its own (Claude's, Meta's: their specs) has a "since" line.
  expect(await options.visible('[data-service="x"] [data-testid="service-since"]')).toBe(false);
  // The services with nothing to switch off: named with what each says, and no button or link.
  const noControl = await options.evaluate(() =>
    [...document.querySelectorAll('[data-testid="no-control"] li')].map((li) => [
      li.getAttribute('data-no-control'),
      [...li.childNodes]
        .filter((n) => !(n instanceof Element && n.matches('[data-testid="objection-draft"]')))
        .map((n) => n.textContent)
        .join(''),
    ]),
  );
  // Each with the day its facts were gathered and how sure they are (src/services/no-control.ts).
  const facts = (day: string, level: 'High' | 'Medium' | 'Low') => en('noControlFacts', day, en(`confidence${level}`));
  const before = facts('Nov 30, 2026', 'Medium');
  expect(noControl).toEqual([
    ['Reddit', `Reddit: ${en('noControlLicensed')} ${before}`],
    ['Stack Overflow', `Stack Overflow: ${en('noControlLicensed')} ${before}`],
    ['Medium', `Medium: ${en('noControlMedium')} ${before}`],
    ['Zoom', `Zoom: ${en('noControlZoom')} ${before}`],
    ['Slack', `Slack: ${en('noControlSlack')} ${before}`],
    ['Meta AI', `Meta AI: ${en('noControlMetaAi')} ${facts('Dec 7, 2026', 'Medium')}`],
    ['WhatsApp', `WhatsApp: ${en('noControlWhatsApp')} ${facts('Dec 7, 2026', 'Medium')}`],
    ['DeepL', `DeepL: ${en('noControlDeepl')} ${facts('Dec 7, 2026', 'Low')}`],
    ['Spotify', `Spotify: ${en('noControlSpotify')} ${facts('Dec 7, 2026', 'Medium')}`],
    ['Microsoft 365 Copilot', `Microsoft 365 Copilot: ${en('noControlM365')} ${facts('Dec 7, 2026', 'High')}`],
  ]);
  // No button or field; the only links are the objection drafts of the services that publish a privacy address (next test).
  expect(await options.evaluate(() => document.querySelectorAll('[data-testid="no-control"] :is(button, input)').length)).toBe(0);
  expect(
    await options.evaluate(() => [...document.querySelectorAll('[data-testid="no-control"] a')].map((a) => a.closest('li')?.getAttribute('data-no-control'))),
  ).toEqual(['Zoom', 'DeepL', 'Spotify']);
  // ChatGPT's, Claude's, Gemini's and Grok's cards say that their thumbs up/down may still train, with the facts' confidence; X's says nothing of it.
  await expectText(
    options,
    '[data-service="chatgpt"] [data-testid="feedback-trains"]',
    `${en('feedbackTrains', 'ChatGPT')} ${en('factsConfidence', en('confidenceLow'))}`,
  );
  await expectText(
    options,
    '[data-service="claude"] [data-testid="feedback-trains"]',
    `${en('feedbackTrains', 'Claude')} ${en('factsConfidence', en('confidenceMedium'))}`,
  );
  // Gemini's (Google's card) and Grok's, the same way, each with its own confidence.
  for (const [id, name, level] of [
    ['google', 'Google', 'confidenceMedium'],
    ['grok', 'grok.com', 'confidenceLow'],
  ] as const) {
    await expectText(options, `[data-service="${id}"] [data-testid="feedback-trains"]`, `${en('feedbackTrains', name)} ${en('factsConfidence', en(level))}`);
  }
  expect(await options.visible('[data-service="x"] [data-testid="feedback-trains"]')).toBe(false);
});

test("a service with no switch but a published privacy address: an objection e-mail drafted in the user's own mail client, for people in the EU/EEA, UK or Switzerland; the record notes only the day", async ({
  ext,
}) => {
  const options = await ext.openOptions('services');
  const draft = '[data-no-control="DeepL"] [data-testid="objection-draft"]';
  await expectText(options, draft, en('objectionMailWho'), 'contains');
  const href = await options.evaluate((d) => document.querySelector(`${d} a[data-action="draft-objection"]`)?.getAttribute('href') ?? '', draft);
  // To DeepL's published address, with the subject and the body as written: placeholders, none of the user's data.
  expect(href.startsWith('mailto:privacy@deepl.com?subject=')).toBe(true);
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replaceAll('+', '%2B'));
  expect(query.get('subject')).toBe(en('objectionMailSubject'));
  expect(query.get('body')).toBe(en('objectionMailBody', 'DeepL').replace(/\r?\n/g, '\r\n'));
  expect(await recordDrafts(ext)).toEqual({});
  expect(await options.visible(`${draft} [data-testid="draft-opened"]`)).toBe(false);

  // The user's click opens it (the browser hands mailto: to the mail client; nothing is sent by us), and the record notes the day.
  // The test machine has no mail client: Firefox would offer its web mail handler instead and
  // reach for mail.google.com, so the hand-over itself is stopped here, after the link's own
  // click handler has run (the window's listener is the last the click bubbles to).
  await options.evaluate(() =>
    window.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a[href^="mailto:"]')) e.preventDefault();
    }),
  );
  const before = Date.now();
  await options.click(`${draft} a[data-action="draft-objection"]`);
  await expect.poll(async () => (await recordDrafts(ext)).DeepL ?? 0).toBeGreaterThanOrEqual(before);
  expect(Object.keys(await recordDrafts(ext))).toEqual(['DeepL']);
  const today = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' }).format(Date.now());
  await expectText(options, `${draft} [data-testid="draft-opened"]`, en('objectionMailOpened', today));
});

const recordDrafts = async (ext: Parameters<typeof recordOf>[0]): Promise<Record<string, number>> => (await ext.state()).drafts ?? {};
