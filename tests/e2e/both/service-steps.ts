// What the services' browser specs do the same way (src/services/<id>/<id>.spec.ts, and the
// specs here that are about no one service): add a service from the options page as the
// user does, wait for its check to end, check it again from its card, and read its records
// and rows. Nothing here knows a service: each spec names its own (by an id the registry
// knows: a typo in a spec fails the typecheck).
import type { ServiceId } from '../../../src/services';
import type { Ext, View } from '../../support/harness-types';
import { en, expect, expectText, holdsHost } from './fixture';

/** A setting's record in stored state: its last check (`audit`) and last verified reading (`known`). */
export const recordOf = async (ext: Ext, id: string) => (await ext.state()).settings?.[id];

/** Wait for a check of `service` started after `after` (any check, by default) to end, and return how. */
export async function checkEnd(ext: Ext, service: ServiceId, after = 0): Promise<string> {
  let end: string | null = null;
  await expect
    .poll(
      async () => {
        const check = (await ext.state()).checks?.[service];
        end = check && check.startedAt > after ? (check.end ?? null) : null;
        return end;
      },
      { timeout: 120_000 },
    )
    .not.toBeNull();
  return end!;
}

const startedAt = async (ext: Ext, service: ServiceId): Promise<number> => (await ext.state()).checks?.[service]?.startedAt ?? 0;

/** Add a service from the options page, as the user does: the browser's prompt is answered "Allow"; the check starts at once. */
export async function addService(ext: Ext, options: View, service: ServiceId, origin: string): Promise<void> {
  await ext.allowHostPrompt(origin);
  await options.click(`[data-service="${service}"] button[data-action="add-service"]`);
}

/** Check an added service again from its card, and return how that check ended. */
export async function checkAgain(ext: Ext, options: View, service: ServiceId): Promise<string> {
  const before = await startedAt(ext, service);
  await options.click(`[data-service="${service}"] button[data-action="check-service"]`);
  return checkEnd(ext, service, before);
}

/** The state a setting's row on the options page shows (`off`, `problem`…), or null if it has none. */
export const rowState = (options: View, id: string): Promise<string | null> =>
  options.evaluate((id) => document.querySelector(`[data-setting-row="${id}"]`)?.getAttribute('data-state') ?? null, id);

/** A service with one switch that matters, its replica on tests/fixtures/switch-site.mjs (Claude, Quora, Grammarly). */
interface OneSwitch {
  service: ServiceId;
  /** The extension's setting id. */
  setting: string;
  /** The replica's description: the target switch and the decoys beside it. */
  site: { target: { id: string }; decoys: readonly { id: string }[] };
  server: { isOn(id: string): boolean | undefined; log: { clicks: string[] } };
}

/** Switched off, verified by a fresh load, with one click on the target and none elsewhere since `clicksBefore`. */
export async function expectOffVerified(ext: Ext, options: View, { service, setting, site, server }: OneSwitch, clicksBefore: number) {
  const target = site.target.id;
  expect(server.isOn(target)).toBe(false);
  for (const decoy of site.decoys) expect(server.isOn(decoy.id), decoy.id).toBe(true);
  expect(server.log.clicks.slice(clicksBefore)).toEqual([target]);
  expect(await recordOf(ext, setting)).toMatchObject({ audit: { outcome: 'turned-off', clicks: 1 }, known: { state: 'off' } });
  await expect.poll(() => rowState(options, setting)).toBe('off');
  await expectText(options, `[data-service="${service}"] [data-testid="service-line"]`, en('privacyCounts', '1', '1'), 'contains');
}

/**
 * A service's pass as every browser runs it (tests/support/firefox-lane.ts): added from the
 * options page, its check ended "done", its saves answered, and its one switch off and
 * verified by a fresh load with one click on the target and none elsewhere. Returns the page.
 */
export async function expectAddedOffVerified(ext: Ext, origin: string, one: OneSwitch & { server: { settled(): Promise<unknown> } }): Promise<View> {
  const options = await ext.openOptions('services');
  await addService(ext, options, one.service, origin);
  expect(await checkEnd(ext, one.service)).toBe('done');
  await one.server.settled();
  await expectOffVerified(ext, options, one, 0);
  return options;
}

/** The hosts the extension holds now. */
const heldOrigins = (ext: Ext) =>
  ext.extEval(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).permissions.getAll()).origins ?? []) as string[]);

/**
 * A manual-only service's card (Mistral's, Substack's): what its setting does, the steps by
 * hand and why, with nothing to press; clicking anywhere on it grants no host (Firefox answers
 * every request yes in these tests, so a request would show as a grant), and the extension
 * holds and may ask for no host of it. `control`: a service whose Add button, clicked the same
 * way, is seen as a grant (its replica served by the spec); its check is awaited to its end.
 */
export async function expectManualCard(ext: Ext, options: View, id: string, name: string, control: { service: ServiceId; origin: string }) {
  const card = `[data-service="${id}"]`;
  const text = (part: string) => en(`${id}__${part}` as Parameters<typeof en>[0]);
  await expectText(options, `${card} legend`, name);
  await expectText(options, `${card} [data-testid="manual-steps"]`, text('steps'));
  await expectText(options, card, text('what'), 'contains');
  await expectText(options, card, text('unverified'), 'contains');
  expect(await options.evaluate((c) => document.querySelectorAll(`${c} :is(button, a, input, select, textarea)`).length, card)).toBe(0);

  // Every part of the card clicked, as a curious user would: no host granted.
  const before = await heldOrigins(ext);
  await options.evaluate((c) => {
    for (const el of document.querySelectorAll<HTMLElement>(`${c} *`)) el.click();
  }, card);
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await heldOrigins(ext)).toEqual(before);
  // None of its hosts held, nor one the extension could ask for.
  const named = new RegExp(id, 'i');
  const manifest = await ext.extEval(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.getManifest());
  expect(JSON.stringify([manifest.host_permissions, manifest.optional_host_permissions])).not.toMatch(named);

  // Positive control: a card that asks is seen as a grant.
  await addService(ext, options, control.service, control.origin);
  await expect.poll(() => holdsHost(ext, `${control.origin}/*`)).toBe(true);
  expect(JSON.stringify(await heldOrigins(ext))).not.toMatch(named);
  // The check the grant starts ends on its replica, so nothing is left loading.
  await checkEnd(ext, control.service);
}
