// Changes asked for by the extension's pages (popup, options), applied field by field
// inside the storage queue: the page sends only what the user changed, never a whole
// value it read earlier, so two changes at once cannot undo each other.
import type { StatePatch } from '../protocol/messages';
import type { Profile } from '../store/schemas';
import { update } from '../store/store';

/** Once the user has typed both parts of their name, the old one-string name has done its job. */
function withoutLegacyName(profile: Profile): Profile {
  if (!profile.firstName || !profile.lastName) return profile;
  const { legacyName: _done, ...rest } = profile;
  return rest;
}

export async function applyPatch(patch: StatePatch): Promise<void> {
  await update((s) => ({
    ...(patch.prefs ? { prefs: { ...s.prefs, ...patch.prefs } } : {}),
    ...(patch.profile ? { profile: withoutLegacyName({ ...s.profile, ...patch.profile }) } : {}),
    ...(patch.walkthrough ? { walkthrough: patch.walkthrough } : {}),
    ...(patch.notice === null ? { notice: null } : {}),
    ...(patch.draft ? { drafts: { ...s.drafts, [patch.draft]: Date.now() } } : {}),
  }));
}
