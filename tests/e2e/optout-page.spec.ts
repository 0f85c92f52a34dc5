// The content script on LinkedIn's settings page, opened by hand: each language and
// markup variant, late rendering, decoys, already off, rejected saves, in-app navigation,
// and other hosts left alone. (The page opened by hand, already off and a failed save run
// in every browser: tests/e2e/both/optout.spec.ts.)
import { settingsPage, categoryPage, CATEGORY_PATH, TARGET_PATH } from '../fixtures/replica.mjs';
import { expect, replicaLog, switchStates, test, TARGET_URL } from './harness';

test('French page: « Utiliser mes données… » is turned off', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ lang: 'fr' }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1 });
  expect(await switchStates(page)).toEqual({ target: false });
});

for (const lang of ['de', 'nl', 'it', 'pt', 'es'] as const) {
  test(`${lang} page without the stable hook: found by its label and turned off`, async ({ ext }) => {
    await ext.serve({ [TARGET_PATH]: settingsPage({ lang, hook: false }) });
    const page = await ext.context.newPage();
    await page.goto(TARGET_URL);
    expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
    expect((await replicaLog(page)).clicks).toEqual(['target']);
  });
}

test('no stable hook, French wording drift ("les", curly apostrophe, <label for> with Oui/Non)', async ({ ext }) => {
  await ext.serve({
    [TARGET_PATH]: settingsPage({
      lang: 'fr',
      hook: false,
      labelling: 'label-for',
      label: 'Utiliser mes données pour entraîner les modèles d’IA de création de contenu',
      before: [{ id: 'research', label: 'Utiliser mes données pour la recherche', on: true, labelling: 'label-for' }],
    }),
  });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
  expect(await switchStates(page)).toEqual({ research: true, target: false });
  expect((await replicaLog(page)).clicks).toEqual(['target']);
});

test('the switch rendered seconds late is still found and turned off', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ renderDelayMs: 6_000 }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  await page.waitForTimeout(3_000);
  expect((await ext.state()).audit).toBeUndefined();
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
  expect(await switchStates(page)).toEqual({ target: false });
});

test('other switches on the page, some AI-related, are never touched', async ({ ext }) => {
  const decoys = [
    { id: 'research', label: 'Use my data for research with trusted third parties', on: true },
    { id: 'ai-other', label: 'Use my data for training AI models', on: true },
    { id: 'negated', label: 'Do not use my data for training content creation AI models', on: true },
    { id: 'off-one', label: 'Share data with select partners', on: false },
  ];
  await ext.serve({ [TARGET_PATH]: settingsPage({ hook: false, before: decoys.slice(0, 2), after: decoys.slice(2) }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 1 });
  expect(await switchStates(page)).toEqual({ research: true, 'ai-other': true, target: false, negated: true, 'off-one': false });
  expect((await replicaLog(page)).clicks).toEqual(['target']);
});

test('one rejected save is retried and then verified off', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ saveFailures: 1 }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off', clicks: 2 });
  expect(await switchStates(page)).toEqual({ target: false });
});

test('in-app navigation from the privacy category page reaches the setting and turns it off', async ({ ext }) => {
  await ext.serve({ [CATEGORY_PATH]: categoryPage(), [TARGET_PATH]: settingsPage() });
  const page = await ext.context.newPage();
  await page.goto(`https://www.linkedin.com${CATEGORY_PATH}`);
  await page.waitForTimeout(500);
  expect((await ext.state()).audit).toBeUndefined();
  await page.click('#to-setting');
  await expect(page).toHaveURL(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'turned-off' });
  expect(await switchStates(page)).toEqual({ target: false });
  expect((await replicaLog(page)).clicks).toEqual(['a', 'target']);
});

test('the same markup on another host is left alone', async ({ ext }) => {
  const html = settingsPage();
  await ext.context.route('https://www.linkedin.example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await ext.context.route('http://www.linkedin.com/**', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await ext.context.newPage();
  for (const url of [`https://www.linkedin.example.com${TARGET_PATH}`, `http://www.linkedin.com${TARGET_PATH}`]) {
    await page.goto(url);
    await expect.poll(async () => (await replicaLog(page)).rendered).toBe(true);
    await page.waitForTimeout(4_000);
    expect(await switchStates(page)).toEqual({ target: true });
    expect((await replicaLog(page)).clicks).toEqual([]);
  }
  expect((await ext.state()).audit).toBeUndefined();
  expect(await ext.badge()).not.toBe('✓');
});

test('several switches with the target label: nothing is clicked, "ambiguous" is reported', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ hook: false, targets: 2 }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'ambiguous', clicks: 0 });
  expect((await replicaLog(page)).clicks).toEqual([]);
  expect(await switchStates(page)).toEqual({ target: true, 'target-1': true });
  expect(await ext.badge()).toBe('!');
  const popup = await ext.openPopup();
  await expect(popup.getByRole('alert')).toContainText('We didn’t change anything');
});

test('no switch at all: "not found" after the wait, with the manual steps', async ({ ext }) => {
  await ext.serve({ [TARGET_PATH]: settingsPage({ noTarget: true, before: [{ id: 'other', label: 'Something else', on: true }] }) });
  const page = await ext.context.newPage();
  await page.goto(TARGET_URL);
  await page.waitForTimeout(10_000);
  expect((await ext.state()).audit).toBeUndefined(); // still waiting at 10 s
  expect(await ext.auditOutcome()).toMatchObject({ outcome: 'not-found', clicks: 0 });
  expect((await replicaLog(page)).clicks).toEqual([]);
  const popup = await ext.openPopup();
  await expect(popup.getByRole('alert')).toContainText('We couldn’t find the setting');
  await expect(popup.getByTestId('manual-steps')).toContainText('Data for Generative AI Improvement');
});
