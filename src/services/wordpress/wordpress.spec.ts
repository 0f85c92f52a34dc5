// WordPress.com, in every browser the extension ships for: added from the options page (its
// host asked for then, answered "Allow" as the user would) and checked at once. Its list of
// sites gives one row per site, each checked and reported on its own: a box that protects
// when ticked is ticked, its form's Save pressed, and verified on a fresh load (the first save
// failing is tried again); a site whose "Discourage search engines" is on is already protected
// (its box disabled and ticked: nothing clicked); a site managed in its own wp-admin is never
// asked for; nothing else is ever clicked. Then the failure states: every save failing
// ("didn't save", never "ticked"), a page we cannot tell apart (refused, nothing clicked) and
// a signed-out visitor. Replica: ./replica.mjs (the list of sites is invented).
import { wordpressServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, holdsHost, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const ALPHA = 'alpha.wordpress.com';
const BETA = 'beta.example.org';
const row = (site: string) => `wordpress-sharing@${site}`;

test('WordPress.com: one row per site; ticked, saved and verified on a fresh load (a failed save tried again); "Discourage search engines" already protects; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const server = await serveReplica(
    ext,
    wordpressServer({
      sites: { [ALPHA]: { sharing: false }, [BETA]: { sharing: false, discourage: true } },
      wpAdmin: ['gamma.example.net'],
      // The first save fails (an error alert, the box left ticked but unsaved); the next succeeds.
      saves: (n) => (n === 0 ? { ok: false } : {}),
    }),
  );
  const options = await ext.openOptions('services');
  await addService(ext, options, 'wordpress', server.origin);
  expect(await checkEnd(ext, 'wordpress')).toBe('done');
  await server.settled();

  // The list's sites, and only them: the wp-admin site is neither kept nor asked for.
  expect((await ext.state()).sites).toEqual({ wordpress: [ALPHA, BETA] });
  expect(await holdsHost(ext, 'https://gamma.example.net/*')).toBe(false);
  expect(server.log.loads.filter((p) => p.includes('gamma'))).toEqual([]);

  // Alpha: ticked and saved twice (the first save failed), verified by a fresh load; its box and its form's Save only.
  expect(server.isTicked(ALPHA)).toBe(true);
  expect(await recordOf(ext, row(ALPHA))).toMatchObject({ audit: { outcome: 'turned-off', clicks: 2 }, known: { state: 'off' } });
  expect(server.log.clicksAt.filter((c) => c.path.endsWith(ALPHA)).map((c) => c.id)).toEqual(['sharing', 'save', 'sharing', 'save']);
  // Beta: disabled and ticked by "Discourage search engines": already protected, nothing clicked.
  expect(await recordOf(ext, row(BETA))).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 }, known: { state: 'off' } });
  expect(server.log.clicksAt.filter((c) => c.path.endsWith(BETA))).toEqual([]);
  expect(server.isTicked(BETA)).toBe(false);
  expect(server.log.clicks.filter((id) => !['sharing', 'save'].includes(id))).toEqual([]);
  expect(server.log.saves.map((s) => [s.id, s.on, s.ok])).toEqual([
    [ALPHA, true, false],
    [ALPHA, true, true],
  ]);

  // The card: one line per site, in the words of a box ("ticked"), and the steps for a wp-admin site.
  for (const site of [ALPHA, BETA]) {
    await expect.poll(() => rowState(options, row(site))).toBe('off');
    await expectText(options, `[data-setting-row="${row(site)}"] [data-testid="row-site"]`, site, 'contains');
    await expectText(options, `[data-setting-row="${row(site)}"] [data-testid="row-state"]`, en('rowProtected', '').split(' · ')[0]!, 'contains');
  }
  await expectText(options, '[data-service="wordpress"] [data-testid="service-line"]', en('privacyCounts', '2', '2'), 'contains');
  await expectText(options, '[data-service="wordpress"]', 'wp-admin', 'contains');

  // Checked again: both already protected, nothing clicked.
  const clicks = server.log.clicks.length;
  expect(await checkAgain(ext, options, 'wordpress')).toBe('done');
  expect(server.log.clicks.slice(clicks)).toEqual([]);
  expect(await recordOf(ext, row(ALPHA))).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 } });
});

test('WordPress.com: every save failing is "didn\'t save" after three tries at most, never "ticked"; a page we cannot tell apart is refused, nothing clicked; signed out is said so', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const server = await serveReplica(ext, wordpressServer({ sites: { [ALPHA]: { sharing: false } }, saves: () => ({ ok: false }) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'wordpress', server.origin);
  expect(await checkEnd(ext, 'wordpress')).toBe('done');
  await server.settled();
  expect(server.isTicked(ALPHA)).toBe(false);
  const record = await recordOf(ext, row(ALPHA));
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(server.log.clicks).toEqual(Array(record.audit.clicks).fill(['sharing', 'save']).flat());
  await expectText(options, `[data-setting-row="${row(ALPHA)}"] [data-testid="row-state"]`, en('rowProblem', en('serviceRejected', 'WordPress.com')));
  await expectText(options, `[data-setting-row="${row(ALPHA)}"] .row-help`, en('serviceBoxManualStep', 'WordPress.com'), 'contains');

  // The box shown twice, without its id: refused as unsure, nothing clicked.
  server.setUnsure(true);
  let clicks = server.log.clicks.length;
  expect(await checkAgain(ext, options, 'wordpress')).toBe('done');
  expect(await recordOf(ext, row(ALPHA))).toMatchObject({ audit: { outcome: 'ambiguous', clicks: 0 } });
  expect(server.log.clicks.slice(clicks)).toEqual([]);

  // Signed out: the check ends so, and the card says to sign in.
  server.signOut();
  clicks = server.log.clicks.length;
  expect(await checkAgain(ext, options, 'wordpress')).toBe('signed-out');
  expect(server.log.clicks.slice(clicks)).toEqual([]);
  await expectText(options, '[data-service="wordpress"] [data-testid="service-line"]', en('serviceSignedOut', 'WordPress.com'));
});
