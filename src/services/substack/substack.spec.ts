// Substack, in every browser the extension ships for: its card on the options page gives what
// its box does, the steps by hand for each publication and why the extension does not act there
// (each publication is its own address, or its own domain), and nothing to press; clicking
// anywhere on it grants no host (Firefox answers every request yes in these tests, so a request
// would show as a grant), and the extension holds and may ask for no Substack host at all.
// Positive control: Quora's Add button, clicked the same way, does grant Quora's host.
// Facts: ./facts.md.
import { QUORA_SITE, quoraServer } from '../quora/replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { test } from '../../../tests/e2e/both/fixture';
import { expectManualCard } from '../../../tests/e2e/both/service-steps';

test('Substack: its steps by hand for each publication on the options page, no button, and no host ever granted or asked for', async ({ ext }) => {
  test.setTimeout(120_000);
  await serveReplica(ext, quoraServer());
  const options = await ext.openOptions('services');
  await expectManualCard(ext, options, 'substack', 'Substack', { service: 'quora', origin: QUORA_SITE.origin });
});
