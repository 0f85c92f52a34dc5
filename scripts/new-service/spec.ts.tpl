// __NAME__, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once; its switch, found
// by its label, is switched off and verified by a fresh load, and nothing else on the page is
// ever clicked (the replica carries decoy switches). TODO(new-service): one failure state the
// facts make likely (signed out, a save it does not keep, a page in another language), then
// the way out of it. Replica: ./replica.mjs.
import { __CONST___SITE, __CAMEL__Server } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { expect, test } from '../../../tests/e2e/both/fixture';
import { addService, checkEnd, expectOffVerified } from '../../../tests/e2e/both/service-steps';

test('__NAME__ added from the options page: its switch off and verified by a fresh load, nothing else clicked', async ({ ext }) => {
  test.setTimeout(120_000);
  const server = await serveReplica(ext, __CAMEL__Server());
  const options = await ext.openOptions('services');
  await addService(ext, options, '__ID__', __CONST___SITE.origin);
  expect(await checkEnd(ext, '__ID__')).toBe('done');
  await expectOffVerified(ext, options, { service: '__ID__', setting: '__ID__-training', site: __CONST___SITE, server }, 0);
});
