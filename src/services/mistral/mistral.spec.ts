// Mistral Le Chat, in every browser the extension ships for: its card on the options page gives
// what the setting does, the steps by hand and what is unknown, and nothing to press; clicking
// anywhere on it grants no host (Firefox answers every request yes in these tests, so a request
// would show as a grant), and the extension holds and may ask for no Mistral host at all.
// Positive control: Quora's Add button, clicked the same way, does grant Quora's host.
// Facts: ./facts.md (its page's host is unverified).
import { QUORA_SITE, quoraServer } from '../quora/replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { test } from '../../../tests/e2e/both/fixture';
import { expectManualCard } from '../../../tests/e2e/both/service-steps';

test('Mistral Le Chat: its steps by hand on the options page, no button, and no host ever granted or asked for', async ({ ext }) => {
  test.setTimeout(120_000);
  await serveReplica(ext, quoraServer());
  const options = await ext.openOptions('services');
  await expectManualCard(ext, options, 'mistral', 'Mistral Le Chat', { service: 'quora', origin: QUORA_SITE.origin });
});
