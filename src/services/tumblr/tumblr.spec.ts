// Tumblr, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once. Its list of blogs
// gives one row per blog, each checked on its own: a switch that protects when on is turned
// on (a failed save tried again) and verified on a fresh load; a blog whose searching is
// discouraged is already protected (nothing clicked); nothing else is ever clicked; then a
// signed-out visitor. Replica: ./replica.mjs (the list of blogs and the markup are invented).
import { tumblrServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, recordOf, rowState } from '../../../tests/e2e/both/service-steps';

const row = (blog: string) => `tumblr-sharing@${blog}`;

test('Tumblr: one row per blog; turned on and verified on a fresh load (a failed save tried again); a discouraged blog already protected; nothing else clicked; signed out said so', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  const server = await serveReplica(
    ext,
    tumblrServer({ blogs: { myblog: { sharing: false }, quiet: { sharing: false, discourage: true } }, saves: (n) => (n === 0 ? { ok: false } : {}) }),
  );
  const options = await ext.openOptions('services');
  await addService(ext, options, 'tumblr', server.origin);
  expect(await checkEnd(ext, 'tumblr')).toBe('done');
  await server.settled();

  expect((await ext.state()).sites).toEqual({ tumblr: ['myblog', 'quiet'] });
  expect(server.isOn('myblog')).toBe(true);
  expect(await recordOf(ext, row('myblog'))).toMatchObject({ audit: { outcome: 'turned-off', clicks: 2 }, known: { state: 'off' } });
  expect(await recordOf(ext, row('quiet'))).toMatchObject({ audit: { outcome: 'already-off', clicks: 0 }, known: { state: 'off' } });
  expect(server.isOn('quiet')).toBe(false);
  expect(server.log.clicks).toEqual(['sharing', 'sharing']);
  expect(server.log.clicksAt.map((c) => c.path)).toEqual(['/settings/blog/myblog', '/settings/blog/myblog']);
  for (const blog of ['myblog', 'quiet']) {
    await expect.poll(() => rowState(options, row(blog))).toBe('off');
    await expectText(options, `[data-setting-row="${row(blog)}"] [data-testid="row-state"]`, en('rowOnVerified', '').split(' · ')[0]!, 'contains');
  }

  server.signOut();
  expect(await checkAgain(ext, options, 'tumblr')).toBe('signed-out');
  expect(server.log.clicks).toHaveLength(2);
  await expectText(options, '[data-service="tumblr"] [data-testid="service-line"]', en('serviceSignedOut', 'Tumblr'));
});
