// One load of a setting whose control is not a switch (a row with `control`: a chip with a
// menu, a value chosen from a list). The same load as a switch's (load.ts), and the same
// report, so the worker verifies it the same way, by a fresh load: wait for the control,
// read the state it shows, and in the act phase, with the worker's click, move it to its
// protective state once (menu.ts, choose.ts), then let the service answer. A control is
// found by its name: a name containing one of the row's labels whole, or reading like one;
// a negated name never. What we cannot read is never clicked: a page in a language the row
// has no words for, a state word we do not know, a menu or a confirmation not as the row says.
import { inEveryLanguage, type UiLang } from '../langs';
import type { Control, SettingRow } from '../model';
import { isEnabled, isRendered } from '../page/dom';
import { labelOf, renderedText } from '../page/names';
import { fitOf, pickBest } from '../page/pick';
import { openRoots, queryAll } from '../page/roots';
import { isNegated, MATCH_THRESHOLD, normalize } from '../page/text';
import { visibleText } from '../page/visible';
import { waitFor } from '../page/wait';
import { chooseValue } from './choose';
import { allLabels } from './labels';
import type { ControlLoad, LoadReport, LoadPlan, Settled } from './load';
import { confirmIfAsked, chooseInMenu, dialogsNow } from './menu';
import { SCAN_INTERVAL_MS } from './open';
import { alertsNow } from './toasts';

/** What such a control can be: a native list, or a button that opens a menu or a list. */
const CONTROL_SELECTOR = 'select, button[aria-haspopup], [role="button"][aria-haspopup], [role="combobox"]';

const phrase = (text: string) => ` ${normalize(text)} `;

/** How well a control's name fits the labels: 1 when it holds one whole ("Turn off your Keep Activity setting"), else as a switch's. */
function nameFit(el: Element, labels: readonly string[]): number {
  const name = labelOf(el);
  if (isNegated(name)) return 0;
  return labels.some((label) => phrase(name).includes(phrase(label))) ? 1 : fitOf(el, labels);
}

type Roots = readonly (Document | ShadowRoot)[];
const controls = (roots: Roots) => queryAll(roots, CONTROL_SELECTOR).filter((el) => isRendered(el) && isEnabled(el));

/** The row's control on the page, as locate.ts answers for a switch. */
export function locateControl(doc: Document, setting: SettingRow, roots: Roots = openRoots(doc)) {
  const labels = allLabels(setting);
  const picked = pickBest(controls(roots), (el) => nameFit(el, labels));
  if (picked.kind === 'one') return { kind: 'found' as const, el: picked.item };
  return picked.kind === 'many' ? { kind: 'ambiguous' as const, count: picked.count } : { kind: 'missing' as const };
}

/** Does the text end with one of the words (a chip may show an icon's name before "On")? */
const endsWithOneOf = (text: string, words: Control['on']) =>
  inEveryLanguage(words).some((word) => normalize(word) !== '' && phrase(text).endsWith(phrase(word)));

/** The state a control shows: its chosen option, or its own text; null for any other word. */
function readControl(el: Element, control: Control): 'on' | 'off' | null {
  const shown = el.tagName === 'SELECT' ? ((el as HTMLSelectElement).selectedOptions[0]?.text ?? '') : renderedText(el);
  const on = endsWithOneOf(shown, control.on);
  return on === endsWithOneOf(shown, control.off) ? null : on ? 'on' : 'off';
}

/** The state the row's control shows now, as the settle window reads it. */
function readNow(doc: Document, setting: SettingRow): Settled['state'] {
  const now = locateControl(doc, setting);
  if (now.kind !== 'found') return 'gone';
  return readControl(now.el, setting.control!) ?? 'unreadable';
}

/** A page whose language the row has no labels for (its `lang`): its words cannot be read. */
function foreignPage(doc: Document, setting: SettingRow): boolean {
  const lang = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  return lang !== '' && !(lang in setting.labels && (setting.labels[lang as UiLang]?.length ?? 0) > 0);
}

/** The evidence the row declares that it is not offered here: a notice, or its sibling controls shown without it. */
function notOfferedHere(doc: Document, setting: SettingRow): 'notice' | 'siblings' | null {
  const evidence = setting.notOffered;
  if (!evidence) return null;
  const page = ` ${normalize(doc.body ? visibleText(doc.body) : '')} `;
  if (inEveryLanguage(evidence.notices ?? {}).some((notice) => page.includes(phrase(notice)))) return 'notice';
  const shown = controls(openRoots(doc));
  const siblings = Object.values(evidence.siblings ?? {});
  return siblings.some((labels) => labels.length > 0 && labels.every((label) => shown.some((el) => nameFit(el, [label]) >= MATCH_THRESHOLD)))
    ? 'siblings'
    : null;
}

const left = { kind: 'failed', outcome: 'interrupted', detail: 'left-page' } as const;
/** Refused as unsure: nothing clicked but what the row names, and the user told why. */
const refused = (detail: 'menu-refused' | 'language') => ({ kind: 'failed', outcome: 'ambiguous', detail }) as const;

/** One load of a row with a `control`: read it, and in the act phase move it to its protective state once. */
export async function controlLoad(doc: Document, setting: SettingRow, plan: LoadPlan | Promise<LoadPlan>, opts: ControlLoad): Promise<LoadReport> {
  const control = setting.control!;
  let last: ReturnType<typeof locateControl> = { kind: 'missing' };
  await waitFor(
    doc,
    () => {
      last = locateControl(doc, setting);
      return last.kind === 'found' && readControl(last.el, control) !== null ? last : null;
    },
    opts.wait.timeoutMs,
    opts.wait.signal,
    undefined,
    { minIntervalMs: SCAN_INTERVAL_MS, roots: () => openRoots(doc).slice(1) },
  );
  if (opts.signal?.aborted) return left;
  const found = last as ReturnType<typeof locateControl>;
  if (found.kind === 'ambiguous') return { kind: 'failed', outcome: 'ambiguous', detail: `candidates:${found.count}` };
  if (found.kind === 'missing') {
    const why = notOfferedHere(doc, setting);
    if (why) return { kind: 'failed', outcome: 'not-offered', detail: why };
    return foreignPage(doc, setting) ? refused('language') : { kind: 'failed', outcome: 'not-found', detail: 'timeout' };
  }
  const el = found.el;
  const state = readControl(el, control);
  // Its name is known but not the word it shows: a page in another language, or a new word.
  if (state === null) return refused('language');
  const what = await plan;
  if (state === 'off' || what.phase === 'verify' || what.mode === 'audit') return { kind: 'read', state };

  const clickNumber = await opts.requestClick();
  if (clickNumber === null || readControl(el, control) !== 'on' || !el.isConnected) return { kind: 'read', state: 'on' };
  opts.onStep?.('switching');
  const before = alertsNow(doc, setting.toast);
  const dialogs = dialogsNow(doc);
  const moved = () => readNow(doc, setting) !== 'on';
  if (control.kind === 'menu') {
    if (!(await chooseInMenu(doc, el, control.item, control.avoid, opts.signal))) return opts.signal?.aborted ? left : refused('menu-refused');
    if ((await confirmIfAsked(doc, control.confirm, dialogs, moved, opts.signal)) === 'refused') return refused('menu-refused');
  } else if (!(await chooseValue(doc, el, control, opts.signal))) return opts.signal?.aborted ? left : refused('menu-refused');
  opts.onStep?.('confirming');
  const window = opts.window(clickNumber, what.phase === 'act' && what.brisk === true);
  // A chip shows the new state once the service answers: the window's watch starts when it
  // does (or at its longest), so a slow answer is not read as a save put back.
  await waitFor(doc, () => (moved() ? true : null), window.maxMs, opts.signal);
  const settled = await opts.settle(window, before, () => readNow(doc, setting));
  return opts.signal?.aborted ? left : { kind: 'settled', ...settled };
}
