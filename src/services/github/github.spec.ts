// GitHub, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once. Copilot's "Allow
// GitHub to use my data for AI model training" is set to Disabled, as a person's choice sets
// it (a native dropdown: its value and the events of a choice, no click anywhere; a button
// with a menu of values: the button, then "Disabled"), and the fresh load that verifies it
// shows Disabled; "…for product improvements" is never touched and no form is submitted.
// Then each failure state, visible on the card with the way by hand: a save GitHub does not
// keep, values worded in a way we do not know (refused as unsure), a seat an organisation
// manages (not offered here) and signed out (sent to /login). Replica: ./replica.mjs.
import { GITHUB_ORIGIN, githubServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const ID = 'github-copilot-training';
const ROW = `[data-setting-row="${ID}"]`;

for (const markup of ['select', 'menu'] as const) {
  test(`GitHub (${markup === 'select' ? 'a native dropdown' : 'a button with a menu of values'}): model training set to Disabled and verified by a fresh load; product improvements untouched, nothing submitted`, async ({
    ext,
  }) => {
    test.setTimeout(120_000);
    const github = await serveReplica(ext, githubServer({ markup }));
    const options = await ext.openOptions('services');
    await addService(ext, options, 'github', GITHUB_ORIGIN);
    expect(await checkEnd(ext, 'github')).toBe('done');
    await github.settled();
    expect(github.isOn('training')).toBe(false);
    expect(github.isOn('improvements')).toBe(true);
    expect(github.log.changes).toEqual(['training:disabled']);
    // A native dropdown gets no click at all; a menu its button and the one value.
    expect(github.log.clicks).toEqual(markup === 'select' ? [] : ['training', 'training:disabled']);
    expect(github.log.loads).toBeGreaterThanOrEqual(2);
    expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
    await expect.poll(() => rowState(options, ID)).toBe('off');
    await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowSetTo', 'Disabled', ''), 'contains');
  });
}

test('GitHub: a save it does not keep, values worded otherwise, a seat an organisation manages, signed out: each told on the card with the way by hand; product improvements untouched', async ({
  ext,
}) => {
  test.setTimeout(300_000);
  let failing = true;
  const github = await serveReplica(ext, githubServer({ saves: () => (failing ? { ok: false } : {}) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'github', GITHUB_ORIGIN);

  // Every save refused (the value put back): three tries at most, never "Disabled".
  expect(await checkEnd(ext, 'github')).toBe('done');
  await github.settled();
  expect(github.isOn('training')).toBe(true);
  const rejected = await recordOf(ext, ID);
  expect(rejected).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(github.log.changes).toEqual(Array(rejected.audit.clicks).fill('training:disabled'));
  await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowProblem', en('serviceRejected', 'GitHub')));
  expect(await options.visible(`${ROW} a[data-action="open-setting"]`)).toBe(true);

  // Values worded in a way the row does not know: refused as unsure, nothing chosen.
  failing = false;
  github.options.values = ['Allowed', 'Blocked'];
  const changes = github.log.changes.length;
  expect(await checkAgain(ext, options, 'github')).toBe('done');
  expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'ambiguous', detail: 'language' } });
  expect(github.log.changes.slice(changes)).toEqual([]);
  await expectText(options, `${ROW} [data-testid="row-detail"]`, en('problemLanguageBody'));

  // A seat an organisation manages: no such row, and the notice: not offered here.
  delete github.options.values;
  github.options.managed = true;
  expect(await checkAgain(ext, options, 'github')).toBe('done');
  expect(await recordOf(ext, ID)).toMatchObject({ audit: { outcome: 'not-offered' } });
  await expect.poll(() => rowState(options, ID)).toBe('absent');
  await expectText(options, `${ROW} [data-testid="row-state"]`, en('rowNotOffered', ''), 'contains');

  // Signed out: sent to /login.
  github.options.managed = false;
  github.signOut();
  expect(await checkAgain(ext, options, 'github')).toBe('signed-out');
  expect(github.log.redirects.length).toBeGreaterThan(0);
  await expectText(options, '[data-service="github"] [data-testid="service-line"]', en('serviceSignedOut', 'GitHub'));
  expect(github.log.changes.slice(changes)).toEqual([]);
  expect(github.isOn('improvements')).toBe(true);
  expect(github.log.changes.filter((c: string) => c.startsWith('improvements'))).toEqual([]);
  expect(github.log.clicks).toEqual([]);
});
