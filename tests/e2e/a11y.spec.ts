// Every popup state: axe-core finds no violation (light and dark), and the screenshot in
// docs/screenshots is regenerated from it. Plus: usable by keyboard, with visible focus.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, test, type Ext } from './harness';

const now = Date.now();
const minutes = (n: number) => now - n * 60_000;
const audit = (outcome: string, extra: Record<string, unknown> = {}) => ({ outcome, at: minutes(2), source: 'popup', clicks: 0, ...extra });
const objection = { run: null, report: null, reportedAt: null, formFound: null, submittedAt: null, caseNumber: null };

/** Each state a user can meet, as the storage that produces it. */
const STATES: Record<string, Record<string, unknown>> = {
  'not-checked': {},
  running: { run: { tabId: 1, startedAt: now, step: 'confirming', source: 'popup', mode: 'optout' } },
  'off-verified': { audit: audit('turned-off', { clicks: 1 }), known: { state: 'off', at: minutes(3) } },
  'on-audit-only': { audit: audit('left-on'), known: { state: 'on', at: minutes(2) }, prefs: { mode: 'audit', muted: false, snoozeUntil: null, recheckDays: 30 } },
  'not-found': { audit: audit('not-found', { detail: 'timeout' }) },
  ambiguous: { audit: audit('ambiguous', { detail: 'candidates:2' }) },
  'save-rejected': { audit: audit('save-rejected', { clicks: 3, detail: 'reverted' }), known: { state: 'on', at: minutes(2) } },
  'signed-out': { audit: audit('signed-out') },
  interrupted: { audit: audit('interrupted', { detail: 'tab-closed' }) },
  'objection-partly-prefilled': {
    audit: audit('turned-off', { clicks: 1 }),
    known: { state: 'off', at: minutes(3) },
    objection: {
      ...objection,
      run: { tabId: 1, startedAt: minutes(1), prefilled: true, formSeen: true },
      report: { option: 'missing', control: null, confirmation: 'done', firstName: 'done', lastName: 'done', email: 'no-value', captcha: 'present', submit: 'highlighted' },
      reportedAt: minutes(1),
      formFound: true,
    },
  },
  'objection-submitted': {
    audit: audit('already-off'),
    known: { state: 'off', at: minutes(3) },
    objection: { ...objection, submittedAt: minutes(1), caseNumber: '250123-004567' },
    walkthrough: { cleanupDone: false },
  },
  'storage-notice': { notice: { kind: 'storage-reset', keys: ['prefs'], at: now } },
};

async function popupIn(ext: Ext, state: Record<string, unknown>, scheme: 'light' | 'dark') {
  const popup = await ext.openPopup();
  await popup.evaluate((s) => (globalThis as any).chrome.storage.local.set(s), state);
  await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.reload();
  await expect(popup.getByTestId('status')).toBeVisible();
  return popup;
}

for (const [name, state] of Object.entries(STATES)) {
  test(`popup "${name}": no accessibility violation, light and dark; screenshot`, async ({ ext }) => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await popupIn(ext, state, scheme);
      // Open every collapsed step, so hidden content is checked too.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (scheme === 'light') {
        await popup.reload();
        mkdirSync('docs/screenshots', { recursive: true });
        await popup.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
      }
      await popup.close();
    }
  });
}

test('the popup is usable by keyboard alone, with a visible focus ring', async ({ ext }) => {
  const popup = await popupIn(ext, {}, 'light');
  // The primary button is among the first stops (after the link to LinkedIn's announcement).
  let presses = 0;
  while ((await popup.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'audit' && presses < 4) {
    await popup.keyboard.press('Tab');
    presses++;
  }
  const first = popup.locator(':focus');
  await expect(first).toHaveAttribute('data-action', 'audit');
  const ring = await first.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(ring).toMatch(/^solid [1-9]/);
  // Every control can be reached with Tab.
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await popup.keyboard.press('Tab');
    reached.add(await popup.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 30) || (document.activeElement as HTMLInputElement)?.type || ''));
  }
  expect([...reached].join('|')).toMatch(/Do it by hand/);
  expect([...reached].join('|')).toMatch(/checkbox/);
  // Enter on the step 2 summary opens it; the prefill button is then reachable.
  await popup.locator('[data-step="2"] summary').focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('button', { name: 'Prefill the objection form' })).toBeVisible();
});

test('reduced motion: no transition is left when the user asks for less motion', async ({ ext }) => {
  const popup = await popupIn(ext, {}, 'light');
  const duration = await popup.locator('button[data-action="audit"]').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
  await popup.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await popup.locator('button[data-action="audit"]').evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
});
