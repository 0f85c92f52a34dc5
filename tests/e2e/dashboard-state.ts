// A dashboard with most services added, as a user who added them and checked them would
// see it: each host granted through the real path (no check starts: the user asked for none),
// then storage seeded as the worker writes it. For the accessibility spec and the README's
// and the store's screenshots. Returns how many services are added besides LinkedIn.
import { OPTIONAL_SERVICES, hostPatterns } from '../../src/services';
import type { Ext } from '../support/harness-types';

export async function dashboardOfMany(ext: Ext): Promise<number> {
  const now = Date.now();
  const at = (minutes: number) => now - minutes * 60_000;
  const off = (minutes: number) => ({
    audit: { outcome: 'turned-off', at: at(minutes), source: 'popup', clicks: 1 },
    known: { state: 'off', at: at(minutes) },
    page: null,
  });
  const settings: Record<string, unknown> = { 'generative-ai': off(3) };
  const checks: Record<string, unknown> = {};
  // Google's and GitHub's are left for the user to add; the rest are added.
  const added = OPTIONAL_SERVICES.filter((s) => s.id !== 'google' && s.id !== 'github');
  for (const service of added) {
    for (const pattern of hostPatterns(service)) await ext.grantHost(pattern.slice(0, -2));
    const rows = service.settings.filter((s) => !s.perSite);
    for (const [i, row] of rows.entries()) settings[row.id] = off(5 + i * 7);
    if (rows.length) checks[service.id] = { ids: rows.map((r) => r.id), startedAt: at(60), endedAt: at(59), end: 'done' };
  }
  // X: one switch back on; Microsoft Copilot: its settings retired for everyone.
  settings['x-ads'] = { audit: { outcome: 'left-on', at: at(2), source: 'page', clicks: 0 }, known: { state: 'on', at: at(2) }, page: null };
  const retired = { audit: { outcome: 'not-offered', at: at(30), source: 'page', clicks: 0, detail: 'retired' }, known: null, page: null };
  for (const row of OPTIONAL_SERVICES.find((s) => s.id === 'copilot')?.settings ?? []) settings[row.id] = retired;
  await ext.extEval(
    async (data) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set(data);
    },
    { schemaVersion: 6, settings, checks },
  );
  return added.length;
}
