// What LinkedIn's pages show that its data does not know (the engine's reading,
// src/engine/switch/discover.ts, told what LinkedIn's data knows): a switch about AI on any
// preferences page, and settings listed on the category pages. Read only: reported to the
// user, never clicked.
import { type Found, type Known, type PageSeen, pageSeen, unknownAiSwitches as aiSwitchesIn, unknownEntries as entriesIn } from '../../engine/switch/discover';
import { allLabels } from '../../engine/switch/labels';
import { hookSelector } from '../../engine/switch/locate';
import { writtenPath } from '../../engine/switch/pages';
import { LINKEDIN, LINKEDIN_ORIGIN, SETTINGS } from './switches';
import { CATEGORY_PATHS, DESKTOP, LEFT_ALONE } from './settings';

const LINKEDIN_KNOWN: Known = {
  origin: LINKEDIN_ORIGIN,
  labels: [...SETTINGS.flatMap((s) => [...allLabels(s), ...Object.values(s.titles).flat()]), ...LEFT_ALONE.map((s) => s.label)],
  hooks: SETTINGS.map(hookSelector).filter((h) => h !== null),
  paths: new Set([...SETTINGS.map((s) => s.path), ...CATEGORY_PATHS]),
  prefix: DESKTOP,
  // A page path as the setting data writes it: desktop twin, no trailing slash.
  normal: (path) => writtenPath({ twins: LINKEDIN.twins ?? [] }, path).replace(/\/+$/, ''),
  leftAlone: (path) => LEFT_ALONE.some((s) => path.endsWith(`/${s.slug}`)),
};

/** Unknown switches about AI on this LinkedIn page. */
export const unknownAiSwitches = (doc: Document, path: string): Found[] => aiSwitchesIn(doc, path, LINKEDIN_KNOWN);

/** Settings a LinkedIn category page lists that the data does not know (nor deliberately leaves alone). */
export const unknownEntries = (doc: Document): Found[] => entriesIn(doc, LINKEDIN_KNOWN);

/** A LinkedIn page whose known switch was missing, by its structure, for the maintainers' report. */
export const seenHere = (doc: Document): PageSeen => pageSeen(doc, LINKEDIN_KNOWN);
