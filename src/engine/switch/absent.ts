// "Not offered here": the service does not offer this setting to this account (its plan, its
// seat, its region), so there is nothing to switch off. Said only on evidence the row
// declares from its facts: a notice the page shows, or the switches that share its page
// all shown without it. Never when the page shows a switch we cannot account for: that
// one may be this setting, redesigned, and a redesign must stay "not found", with the
// report for the maintainers.
import type { ByLang, SettingRow } from '../model';
import { descriptionOf, labelOf } from '../page/names';
import { fitOf } from '../page/pick';
import { openRoots } from '../page/roots';
import { isNegated, MATCH_THRESHOLD, normalize, resemblance } from '../page/text';
import { visibleText } from '../page/visible';
import { allLabels } from './labels';
import { hookSelector, renderedSwitches } from './locate';

/** Is every switch shown one whose label we know (so none of them can be this setting, moved)? */
export const allAccountedFor = (switches: readonly Element[], known: readonly string[]): boolean => switches.every((el) => fitOf(el, known) >= MATCH_THRESHOLD);

/** Does the page's visible text hold one of these sentences (any language)? */
export function pageSays(doc: Document, texts: ByLang): boolean {
  const sentences = Object.values(texts).flat();
  if (sentences.length === 0 || !doc.body) return false;
  const page = normalize(visibleText(doc.body));
  return sentences.some((sentence) => page.includes(normalize(sentence)));
}

/** Why this page shows that the setting is not offered ('notice' or 'siblings'), or null: no such evidence. */
export function notOfferedHere(doc: Document, setting: SettingRow, roots = openRoots(doc)): 'notice' | 'siblings' | null {
  const evidence = setting.notOffered;
  if (!evidence) return null;
  const siblings = Object.values(evidence.siblings ?? {});
  const switches = renderedSwitches(roots);
  if (!allAccountedFor(switches, [...setting.others, ...siblings.flat()])) return null;
  if (pageSays(doc, evidence.notices ?? {})) return 'notice';
  // Every sibling of one language shown: the page has rendered, without this one.
  const shown = (label: string) => switches.some((el) => fitOf(el, [label]) >= MATCH_THRESHOLD);
  return siblings.some((labels) => labels.length > 0 && labels.every(shown)) ? 'siblings' : null;
}

/**
 * Does the page show a switch we will not guess about: one that reads like this setting but
 * says the opposite ("Do not use my data…"), or that carries its hook under a negated text?
 * Switching it off could turn a protection off, so it is never clicked; the user is told
 * why, rather than that the switch "did not show in time".
 */
export function refusedHere(doc: Document, setting: SettingRow, roots = openRoots(doc)): boolean {
  const labels = allLabels(setting);
  const hook = hookSelector(setting);
  return renderedSwitches(roots).some((el) => {
    const texts = [labelOf(el), descriptionOf(el)].filter(isNegated);
    if (texts.length === 0) return false;
    return (hook !== null && el.matches(hook)) || texts.some((text) => resemblance(text, labels).score >= MATCH_THRESHOLD);
  });
}
