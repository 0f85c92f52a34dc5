// Mutation testing of the decision core (`npm run mutation`): the engine, the services' data
// and features, and the pure parts of the platform (what src/core held before the house
// was rebuilt). Kept out of `npm test`:
// a full run takes long on a shared machine; the incremental state file below is committed so
// that a run after a small change only re-tests the mutants that change could affect.
// The seeded decoy test (tests/unit/decoys.test.ts) runs 500 pages in `npm test`; under
// mutation it runs for every mutant of locate, load, the services' rows and text, so 50 pages here.
process.env.DECOY_PAGES ??= '50';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/engine/**/*.ts',
    'src/services/**/*.ts',
    'src/platform/plural.ts',
    'src/platform/text-key.ts',
    // Tests and specs beside the services' data are tests, not code under test.
    '!src/**/*.test.ts',
    '!src/**/*.spec.ts',
  ],
  testRunner: 'vitest',
  // `related`: each mutant runs only the unit tests that import its file.
  vitest: { configFile: 'vite.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables: word lists, colours, the deadline record) re-run
  // the whole unit suite each, about 40% of the time of a run here. They are left out (shown
  // as "ignored"); the tables themselves are asserted directly by the unit tests.
  ignoreStatic: true,
  // The machine is shared: never more than two test processes.
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  // Below 90 the run fails; scripts/mutation-scores.mjs also fails it for any single file under 90.
  thresholds: { high: 95, low: 90, break: 90 },
  // Only the unit suite runs in the sandbox; the browser suite, builds and reports stay out of it.
  ignorePatterns: [
    'dist',
    'dist-firefox',
    'release',
    'test-results',
    'playwright-report',
    'demo-output',
    'docs',
    'bench',
    'tests/e2e',
    'tests/demo',
    'reports',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10000,
};

// Surviving mutants that are kept, and why (each one checked by hand; all equivalent). Files
// are named from src/engine unless a path says otherwise:
// - time/calendar.ts offsetMs, `at - (at % 1000)` -> `at + (at % 1000)`: instantAt only ever
//   passes whole-second instants, so `at % 1000` is 0.
// - time/reminders.ts `if (prefs.recheckDays <= 0) return []` (condition never true, `< 0`, a
//   non-empty array): with 0 days the re-check slots' times are NaN (Infinity x 0), never
//   due and never a wake time, so the plan is the same; the guard states the intent.
// - time/reminders.ts `if (left <= 0)` -> always: before the deadline the week number is
//   negative, and `k < 1` skips every weekly slot.
// - time/reminders.ts `prefs.snoozeUntil !== null &&` -> true: `now < null` is false for any time.
// - page/text.ts `if (targetPlain === plain) return 1` -> never: an identical label's word
//   score is 1 as well; the line is a shortcut.
// - page/text.ts `score > best` -> `score >= best`: the same value is kept either way.
// - check/replies.ts `typeof n === 'number' &&` -> true: Number.isInteger is false for anything
//   but a number, so the check that follows refuses the same replies.
// - switch/toasts.ts `el.textContent ?? ''`: an element's textContent is never null (only a
//   document's or a doctype's is), so the fallback is never used.
// - page/dom.ts labelOf, `.split(/\s+/).filter(Boolean)`: either part alone (`/\s/`, or no
//   filter) gives the same ids, since the other removes the empty ones; `?? []` -> a
//   non-empty array: an id that exists nowhere reads as no text.
// - switch/locate.ts `if (hooked.length > 1)` -> `>= 1`: one hooked switch is returned just before.
// - switch/locate.ts `if (!label) return false` -> never: an empty label has no negation and
//   scores 0 against every list, so the answer is false either way.
// - page/dom.ts `l.textContent ?? ''`: a <label>'s textContent is never null.
// - page/dom.ts isRendered, `typeof window === 'undefined' ? null : window` (always `window`):
//   the fallback is reached only for a document without a window of its own (made with
//   createHTMLDocument), and the code runs only where a global window exists (content
//   scripts, jsdom), so `null` is never chosen.
// - switch/locate.ts `hook === null ? [] : …` -> always the query: a null hook becomes the
//   selector "null", which matches only <null> elements: none, the same empty list.
// - switch/load.ts openWhereItIs `{ minIntervalMs: SCAN_INTERVAL_MS }` -> `{}`: how often the
//   opener is looked for under churn, not what is found (its cost is measured by
//   `npm run bench`, not asserted).
// - page/text.ts labelScore `if (hit !== undefined) return hit` and known() `if (kept) return
//   kept` -> never: caches; the value computed again is the same.
// - form/receipt.ts showsConfirmation, `doc.body ? … : ''` -> another string: a page
//   without a body shows no confirmation either way (no confirmation text is in the
//   replacement string).
// - switch/load.ts settleAfterClick `const timers = []` -> a non-empty array: clearTimeout of
//   a string does nothing.
// - switch/load.ts look(), `now - start >= window.maxMs` (never, or `>`): the maxMs timer
//   ends the window in the same tick anyway; the check only saves a timer.
// - form/run.ts runPage `if (!url) return 'not-web'` -> never: `new URL` of undefined
//   or of '' throws, and the catch that follows answers 'not-web' as well.
// - services/linkedin/privacy-check.ts chosenIds, `[GENERATIVE_AI.id]` -> `[]` (no choice yet): the next line
//   puts the AI switch first when it is missing, so the list is the same.
// - switch/discover.ts unknownEntries `/^https?:$/` -> `/https?:$/`: only a scheme ending in
//   "http:" or "https:" (git+https:) tells them apart; pages do not link to those.
// - switch/discover.ts `link.textContent ?? ''` and `el.id ?? ''`, form/receipt.ts
//   `root.nodeValue ?? ''` (a text node) and `node.nodeValue ?? ''` (the walker yields only
//   text nodes): never null, so the fallback is never used (NoCoverage).
// - switch/pages.ts isSettingPath `hash = ''` -> another string: the hash is only compared when
//   the setting's page has one, and then any string but that hash answers false like ''.
// - form/prefill.ts `textContent ?? ''` of an option, a list item, a trigger and a
//   button (optionText, choose, chooseObjection, fillField, findSubmit, the last also its
//   `getAttribute('value') ?? ''`): an element's textContent is never null, so neither
//   fallback is ever used (NoCoverage).
// - form/prefill.ts optionText and tickConfirmation, `closest('label')?.textContent ??
//   ''` -> "Stryker was here!": a control with no label reads as either text, and neither
//   shares a word with the forms' option or confirmation texts, so it is never picked.
// - form/prefill.ts choose `if (isChosen(c)) return 'done'` -> never: waitFor checks
//   its test at once, before any wait, and answers 'done' the same.
// - form/prefill.ts chooseObjection `options ?? []` -> a string array: a string's
//   textContent is undefined, read as '', which matches nothing, as no options do; and
//   `control: 'listbox'` -> '' in the candidate given to choose: choose only tells a select
//   from the rest, and '' takes the rest's path as 'listbox' does.
// - form/prefill.ts fieldText `.trim()` dropped: labelScore normalizes the text, which
//   trims it.
// - form/prefill.ts findField `spec.autocomplete !== undefined &&` -> true: a field's
//   autocomplete property is always a string, so it never equals undefined.
// - form/prefill.ts chosenIn `select.value !== ''` (-> true, or compared with another
//   string): when that part decides, the value is '' and the answer '' either way.
// - form/prefill.ts prefillObjection, the report's first `captcha` and `submit`
//   ('absent', 'missing') -> '': both are always set before the report is returned.
// - form/prefill.ts `doc.documentElement.lang || 'en'` -> `|| ''`: countryNames of ''
//   gets a RangeError from Intl.DisplayNames, caught, and keeps the English name: the same
//   names as with 'en' (NoCoverage: every test page that gives a country has a lang).
