// Which texts each service's folder must hold (./<id>/texts.mjs), derived from its data: every
// setting its name and sentence; a dated service the sentence of its date; a service with
// forms only, its card's texts; a service with a note, its note; forms that take an explanation, the default one. The registry
// test checks that each is there in every language; the locales test that no other is.
import { hasField } from '../engine/form/model';
import type { TextPart } from '../platform/text-key';
import type { ManualService } from '../engine/model';
import type { KnownService } from './index';

export function neededTexts(service: KnownService): { owner: string; part: TextPart }[] {
  const own = (part: TextPart) => ({ owner: service.id, part });
  return [
    ...service.settings.flatMap((s) => [
      { owner: s.id, part: 'name' as const },
      { owner: s.id, part: 'what' as const },
    ]),
    ...(service.since ? [own('since')] : []),
    // A setting repeated per site: what to do for a site the service's list does not lead to (check/sites.ts).
    ...(service.settings.some((s) => s.perSite) ? [own('elsewhere')] : []),
    ...(service.note ? [own('note')] : []),
    // Which of several signed-in accounts its check reads (model.ts accountsByIndex).
    ...('accountsByIndex' in service ? [own('where')] : []),
    ...(service.settings.length === 0 ? (['what', 'where', 'unverified', 'details', 'noForm'] as const).map(own) : []),
    ...(service.forms.some((f) => hasField(f, 'explanation')) ? [own('explanationDefault')] : []),
  ];
}

/** A manual-only service's texts: what its setting does, the steps by hand, and what is unknown. */
export const manualTexts = (service: ManualService): { owner: string; part: TextPart }[] =>
  (['what', 'steps', 'unverified'] as const).map((part) => ({ owner: service.id, part }));
