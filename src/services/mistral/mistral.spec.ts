// Mistral Le Chat, in every browser the extension ships for: its card on the options page gives
// what the setting does, the steps by hand and what is unknown, and nothing to press; clicking
// anywhere on it grants no host (Firefox answers every request yes in these tests, so a request
// would show as a grant), and the extension holds and may ask for no Mistral host at all.
// Positive control: Quora's Add button, clicked the same way, does grant Quora's host.
// Facts: ./facts.md (its page's host is unverified).
import { QUORA_SITE, quoraServer } from '../quora/replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, holdsHost, test } from '../../../tests/e2e/both/fixture';
import { addService, checkEnd } from '../../../tests/e2e/both/service-steps';

const origins = (ext: Parameters<typeof holdsHost>[0]) =>
  ext.extEval(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).permissions.getAll()).origins ?? []) as string[]);

test('Mistral Le Chat: its steps by hand on the options page, no button, and no host ever granted or asked for', async ({ ext }) => {
  test.setTimeout(120_000);
  await serveReplica(ext, quoraServer());
  const options = await ext.openOptions('services');
  const card = '[data-service="mistral"]';
  await expectText(options, `${card} legend`, 'Mistral Le Chat');
  await expectText(options, `${card} [data-testid="manual-steps"]`, en('mistral__steps'));
  await expectText(options, card, en('mistral__what'), 'contains');
  await expectText(options, card, en('mistral__unverified'), 'contains');
  expect(await options.evaluate((c) => document.querySelectorAll(`${c} :is(button, a, input, select, textarea)`).length, card)).toBe(0);

  // Every part of the card clicked, as a curious user would: no host granted.
  const before = await origins(ext);
  await options.evaluate((c) => {
    for (const el of document.querySelectorAll<HTMLElement>(`${c} *`)) el.click();
  }, card);
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await origins(ext)).toEqual(before);
  // No Mistral host held, nor one the extension could ask for.
  const manifest = await ext.extEval(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest());
  expect(JSON.stringify([manifest.host_permissions, manifest.optional_host_permissions])).not.toMatch(/mistral/i);

  // Positive control: a card that asks (Quora's Add) is seen as a grant.
  await addService(ext, options, 'quora', QUORA_SITE.origin);
  await expect.poll(() => holdsHost(ext, `${QUORA_SITE.origin}/*`)).toBe(true);
  expect(JSON.stringify(await origins(ext))).not.toMatch(/mistral/i);
  // The check Quora's grant starts ends on its replica, so nothing is left loading.
  await checkEnd(ext, 'quora');
});
