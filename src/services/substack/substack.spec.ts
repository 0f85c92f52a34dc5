// Substack, in every browser the extension ships for: its card on the options page gives what
// its box does, the steps by hand for each publication and why the extension does not act there
// (each publication is its own address, or its own domain), and nothing to press; clicking
// anywhere on it grants no host (Firefox answers every request yes in these tests, so a request
// would show as a grant), and the extension holds and may ask for no Substack host at all.
// Positive control: Quora's Add button, clicked the same way, does grant Quora's host.
// Facts: ./facts.md.
import { QUORA_SITE, quoraServer } from '../quora/replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, holdsHost, test } from '../../../tests/e2e/both/fixture';
import { addService, checkEnd } from '../../../tests/e2e/both/service-steps';

const origins = (ext: Parameters<typeof holdsHost>[0]) =>
  ext.extEval(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).permissions.getAll()).origins ?? []) as string[]);

test('Substack: its steps by hand for each publication on the options page, no button, and no host ever granted or asked for', async ({ ext }) => {
  test.setTimeout(120_000);
  await serveReplica(ext, quoraServer());
  const options = await ext.openOptions('services');
  const card = '[data-service="substack"]';
  await expectText(options, `${card} legend`, 'Substack');
  await expectText(options, `${card} [data-testid="manual-steps"]`, en('substack__steps'));
  await expectText(options, card, en('substack__what'), 'contains');
  await expectText(options, card, en('substack__unverified'), 'contains');
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
  expect(JSON.stringify([manifest.host_permissions, manifest.optional_host_permissions])).not.toMatch(/substack/i);

  // Positive control: a card that asks (Quora's Add) is seen as a grant.
  await addService(ext, options, 'quora', QUORA_SITE.origin);
  await expect.poll(() => holdsHost(ext, `${QUORA_SITE.origin}/*`)).toBe(true);
  expect(JSON.stringify(await origins(ext))).not.toMatch(/substack/i);
  // The check Quora's grant starts ends on its replica, so nothing is left loading.
  await checkEnd(ext, 'quora');
});
