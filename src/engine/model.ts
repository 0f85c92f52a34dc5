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

/**
 * Which group a service belongs to on the options page's dashboard (its filters): an AI
 * assistant, a social or work network, a creative tool, a site the user publishes on. Data,
 * not a guess from the name: every service's folder and every row of no-control.ts says it.
 */
export const SERVICE_GROUPS = ['assistant', 'network', 'creative', 'publishing'] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

/** How sure a fact is, as the facts files grade them: high = the service's own pages; medium = several write-ups agree; low = one write-up, or our inference. */
export type Confidence = 'high' | 'medium' | 'low';

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
  /**
   * A control that is not a switch (switch/control.ts). Without it the row's control is a
   * switch. Its `labels` then find the control by its accessible name (a name that contains
   * a label whole counts: Google's chip is named "Turn off your Keep Activity setting").
   */
  control?: Control;
  /**
   * The control's state that protects the user: 'off' (default: "Use my data…" unticked) or
   * 'on' (a box such as "Prevent third-party sharing", ticked). Never assumed: see switch/exposure.ts.
   */
  protective?: 'on' | 'off';
  /**
   * The Save button a change needs on this page (its accessible name per language): clicked
   * once after the box, found in the box's own form or section, rendered and enabled (switch/save.ts).
   */
  save?: ByLang;
  /**
   * A setting repeated on each of the user's sites: its `path` holds `:site`; `list` is the
   * page that lists the user's sites, `link` the shape of the links there that name each one
   * (`/home/:site`). Each site becomes a row of its own (check/sites.ts).
   */
  perSite?: { list: string; link: string };
  /**
   * Where the service moves its page once opened (YouTube Studio's `/` becomes the user's
   * `/channel/<id>`): paths in which a `*` stands for one segment, the user's own. The same
   * page as `path`; never opened, and the segment is never read.
   */
  movesTo?: readonly string[];
  /**
   * What shows that the service has retired this setting for everyone, and since when
   * (YYYY-MM-DD): the statement its page shows where the switch was, as its facts quote it.
   * The user is then told "nothing to switch off here (since <date>)": neither "not offered
   * here" (this account's plan, seat or region) nor "not found".
   */
  retired?: { since: string; statements: ByLang };
}

/**
 * The kinds of control beside a switch, each a small step of the engine. In both, `on` and
 * `off` are the words the control shows for each state, per language (read as its whole
 * text, or the end of it): `on` means exposed, `off` protected, as for a switch, so the
 * worker, the storage and the popup need not know the kind. A text that is neither is
 * unreadable, and nothing is clicked.
 */
export type Control =
  /**
   * A chip that shows the state and opens a menu (switch/menu.ts: Google's "Keep activity").
   * `item`: the one entry to choose, by its exact name; `avoid`: entries never chosen,
   * whatever else the menu holds ("Turn off and delete activity"); `confirm`: the buttons of
   * a confirmation that may follow, the only ones ever clicked there. Any other menu or
   * dialog is refused: the menu closed with Escape, the dialog left as it is.
   */
  | { kind: 'menu'; on: ByLang; off: ByLang; item: ByLang; avoid: ByLang; confirm?: ByLang }
  /**
   * A value chosen from a list, shown as text after a reload (switch/choose.ts: GitHub's
   * "Enabled / Disabled"): a native `<select>` set to the `off` value as a person's choice
   * sets it, or a button whose menu lists the values (the menu step, without confirmation).
   */
  | { kind: 'value'; on: ByLang; off: ByLang };

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
  /** A row of a `perSite` template: the site it is about (check/sites.ts). */
  site?: string;
}

/** A service as its folder writes it (service.ts). */
interface ServiceSpec<Id extends string = string> {
  id: Id;
  /** Its name, the same in every language. */
  name: string;
  /**
   * Its group on the dashboard (SERVICE_GROUPS). Optional in the type so a test's own
   * service need not name one; the registry test requires it of every real service.
   */
  category?: ServiceGroup;
  origin: string;
  /** Its other sites, held and given back with the first (Meta: Instagram's help center). */
  otherOrigins?: readonly string[];
  /** Host access asked for at install (`install`), or when the user adds the service (`optional`). */
  host: 'install' | 'optional';
  /** Where its content script runs (match patterns on its origins). */
  pages: readonly string[];
  /** Paths of the pages a signed-out visitor is sent to. */
  signIn: readonly RegExp[];
  /**
   * A signed-out visitor is sent to a site of the service's that we never ask access for
   * (Google: accounts.google.com), so the worker only sees its tab leave for a page whose
   * address is withheld: for this service, that is its sign-in.
   */
  signInElsewhere?: true;
  /**
   * Several accounts signed in at once, each at `/u/N/…` (Google): the plain address, the one
   * a check opens, is the browser's first account, and the card says so (the service's
   * `where` text), without reading any account's name or e-mail.
   */
  accountsByIndex?: true;
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
  /**
   * Its thumbs-up/down feedback may send a conversation to training even with its switch
   * off, as its facts say (with their confidence): its card says so in one line.
   */
  feedbackTrains?: { confidence: Confidence };
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

/**
 * A service whose setting we cannot reach for the user: where its page lives is not verified,
 * so no host is ever asked for (a guessed host would be a permission for nothing, or for the
 * wrong site). It has no origin, no page and no script; its card gives the steps by hand and
 * says what is unknown (its texts: `what`, `steps`, `unverified`). Listed apart from the
 * services the extension acts on (MANUAL_SERVICES in src/services/index.ts).
 */
export interface ManualService<Id extends string = string> {
  id: Id;
  /** Its name, the same in every language. */
  name: string;
  /** Its group on the dashboard (SERVICE_GROUPS). */
  category: ServiceGroup;
  kind: 'manual';
}

/** A manual-only service, as its folder writes it (its facts say why it has no host). */
export const defineManualService = <const Id extends string>(spec: ManualService<Id>): ManualService<Id> => spec;
