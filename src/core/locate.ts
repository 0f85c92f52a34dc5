// Find the setting's switch in a document, or say why not. The stable hook comes first;
// the label is the fallback for a page where LinkedIn renamed the hook. Several equally
// good candidates means no answer: a wrong click could change another setting.
import { allLabels, type SettingRow } from './settings';
import { labelScore, MATCH_THRESHOLD } from './text';

export type Located =
  | { kind: 'found'; el: HTMLElement; via: 'hook' | 'label' }
  | { kind: 'ambiguous'; count: number }
  | { kind: 'missing' };

const SWITCH_SELECTOR = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';

function isHidden(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"]') !== null;
}

function switchesIn(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => el.matches(SWITCH_SELECTOR) && !isHidden(el),
  );
}

/** The switch's accessible label: aria-labelledby, else aria-label, else <label>. */
export function labelOf(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const byRef = ids.map((id) => doc.getElementById(id)?.textContent ?? '').join(' ').trim();
  if (byRef) return byRef;
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  return labels ? [...labels].map((l) => l.textContent ?? '').join(' ').trim() : '';
}

/** On, off, or unreadable (null): a native checkbox's `.checked`, else `aria-checked`. */
export function switchState(el: HTMLElement): boolean | null {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  const aria = el.getAttribute('aria-checked');
  return aria === 'true' ? true : aria === 'false' ? false : null;
}

export function locateSwitch(doc: Document, setting: SettingRow): Located {
  const hooked = switchesIn(doc, `[aria-labelledby~="${setting.hook}"]`);
  if (hooked.length === 1) return { kind: 'found', el: hooked[0]!, via: 'hook' };
  if (hooked.length > 1) return { kind: 'ambiguous', count: hooked.length };

  const labels = allLabels(setting);
  const scored = switchesIn(doc, SWITCH_SELECTOR)
    .map((el) => ({ el, score: labelScore(labelOf(el), labels) }))
    .filter((c) => c.score >= MATCH_THRESHOLD);
  if (scored.length === 0) return { kind: 'missing' };
  if (scored.length === 1) return { kind: 'found', el: scored[0]!.el, via: 'label' };
  // Several plausible switches: only an exact label, found once, is trusted.
  const exact = scored.filter((c) => c.score === 1);
  if (exact.length === 1) return { kind: 'found', el: exact[0]!.el, via: 'label' };
  return { kind: 'ambiguous', count: scored.length };
}
