// The shape of a service, as each folder of src/services writes it (its service.ts), and as
// the engine takes it. A service is data: where it lives, how a signed-out visitor is
// recognised, its settings (each a row: page, hook, labels per language) and its objection
// forms. `defineService` checks nothing at run time (the registry test validates every
// service); it completes the rows with what the engine needs beside them, so that a row
// alone is enough to find, read and verify its switch, in any content script.
import type { ObjectionForm } from './form/model';
import { inEveryLanguage, type UiLang } from './langs';

/** What a setting gives away when it is on, as the privacy check groups them. */
export const CATEGORIES = ['ai', 'sharing', 'marketing', 'ads', 'cookies'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Texts per UI language, where a source gives them. */
export type ByLang = Partial<Record<UiLang, readonly string[]>>;

/** A setting as its service's folder writes it. Its name and sentence are texts keyed by its id (texts.mjs). */
export interface SettingSpec {
  /** Our own name for the setting, unique across services; the key of its record and of its texts. */
  id: string;
  /** Path of the settings page on the service's origin (with its `#hash` where the page is a hash route). */
  path: string;
  /**
   * The stable hook on its switch: the value of `aria-labelledby`, `aria-describedby`,
   * `data-testid`, or for `hookBy: 'id'` the switch's own `id`. Null: no stable hook; the
   * label alone finds it.
   */
  hook: string | null;
  hookBy: 'labelledby' | 'describedby' | 'testid' | 'id';
  /**
   * Where the switch is in a dialog: the selectors of what opens it, clicked in order, each
   * only while the switch is not yet shown. The only other clicks the engine ever makes.
   */
  open?: readonly string[];
  /**
   * Where the markup of what opens it is unknown: each opener by the name a person reads on
   * it, per language (a button, a link, a menu item, a tab: `engine/switch/named.ts`), clicked
   * in order after `open`'s, each once and only while the switch is not shown. A name that
   * fits no control, or several, clicks nothing.
   */
  openBy?: readonly ByLang[];
  /**
   * Its page is the app's home, where the user works (DeepSeek's chat: no settings address):
   * a visit there starts no check (its openers would be clicked in the user's face), and a
   * check opens a tab of its own rather than reloading one the user is typing in.
   */
  home?: boolean;
  category: Category;
  /** Ticked by default in a check of several settings: switching it off costs the user nothing. */
  recommended: boolean;
  /** Page title per UI language, where a source gives it. */
  titles: ByLang;
  /** Switch label per UI language, where a source gives it. */
  labels: ByLang;
  /**
   * What shows that the service does not offer this setting to this account (its plan, its
   * seat, its region), as its facts name it: a notice the page shows, or the switches that
   * share its page shown without it (labels per language). Without it, a page without the
   * switch is only ever "not found".
   */
  notOffered?: { notices?: ByLang; siblings?: ByLang };
}

/** A setting as the engine takes it: its spec, with its service and what surrounds it. */
export interface SettingRow extends SettingSpec {
  service: string;
  /** Its service's origin: the page is `origin + path`. */
  origin: string;
  /**
   * The labels of the switches around it on its service's pages, which are never it: the
   * service's other settings and the switches it leaves alone. A hooked switch whose label
   * is one of these is another setting.
   */
  others: readonly string[];
  /** Path prefixes that serve the same pages under another name ([written, also], e.g. a mobile twin). */
  twins: readonly (readonly [string, string])[];
  /** The service's own error toast, beside `[role="alert"]` (a selector), if it has one. */
  toast?: string;
}

/** A service as its folder writes it (service.ts). */
interface ServiceSpec<Id extends string = string> {
  id: Id;
  /** Its name, the same in every language. */
  name: string;
  origin: string;
  /** Its other sites, held and given back with the first (Meta: Instagram's help center). */
  otherOrigins?: readonly string[];
  /** Host access asked for at install (`install`), or when the user adds the service (`optional`). */
  host: 'install' | 'optional';
  /** Where its content script runs (match patterns on its origins). */
  pages: readonly string[];
  /** Paths of the pages a signed-out visitor is sent to. */
  signIn: readonly RegExp[];
  /** An element that only a signed-out visitor's page shows, where the service does not redirect. */
  signedOutHook?: string;
  /**
   * Its card shows a sentence of its own (the service's `note` text) beside its switches: what
   * a user could take for covered when it is not (grok.com's switch and X's are not one).
   */
  note?: boolean;
  /** The day the service's change took effect (YYYY-MM-DD, a calendar date); its sentence is the service's `since` text. */
  since?: string;
  settings?: readonly SettingSpec[];
  /** Labels of switches on its pages that exist and that we deliberately never touch. */
  leftAlone?: readonly string[];
  /** Path prefixes that serve the same pages ([written, also]). */
  twins?: readonly (readonly [string, string])[];
  /** A selector for its own error toasts, beside `[role="alert"]`. */
  toast?: string;
  /** Its objection forms, prefilled for the user, who submits them. */
  forms?: readonly ObjectionForm[];
}

/** A service as the engine, the worker and the pages take it. */
interface Service<Id extends string = string> extends Omit<ServiceSpec<Id>, 'settings' | 'forms'> {
  settings: readonly SettingRow[];
  forms: readonly ObjectionForm[];
}

/** A service, its rows completed: each told its service, its origin and the labels of the switches beside it. */
export function defineService<const Id extends string, const Host extends ServiceSpec['host']>(
  spec: ServiceSpec<Id> & { host: Host },
): Service<Id> & { host: Host } {
  const specs = spec.settings ?? [];
  const settings = specs.map(
    (row): SettingRow => ({
      ...row,
      service: spec.id,
      origin: spec.origin,
      others: [...specs.filter((r) => r !== row).flatMap((r) => inEveryLanguage(r.labels)), ...(spec.leftAlone ?? [])],
      twins: spec.twins ?? [],
      ...(spec.toast ? { toast: spec.toast } : {}),
    }),
  );
  return { ...spec, settings, forms: spec.forms ?? [] };
}
