// The vocabulary shared by the content scripts, the worker and the popup. Plain constants
// (not zod) so the content scripts can use them without pulling zod into the sites' pages;
// the zod schemas in src/store/schemas.ts and src/protocol/messages.ts are built from these
// same lists, so there is one list for each idea.

/** What one audit of the generative-AI switch ended with. */
export const OUTCOMES = [
  'turned-off', // it was on; we switched it off and it stayed off
  'already-off', // it was off; nothing was clicked
  'left-on', // it is on and audit-only mode told us not to change it
  'not-found', // no switch we could identify, within the wait
  'not-offered', // the service does not offer it to this account, on the evidence its row declares
  'ambiguous', // several switches fit equally well; we did not guess
  'save-rejected', // the service put the switch back on after every try
  'signed-out', // the service sent the tab to its sign-in page
  'interrupted', // the tab was closed or left the page before an answer
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The steps of a running audit, shown as progress in the popup. */
export const STEPS = ['opening', 'searching', 'switching', 'confirming'] as const;
export type Step = (typeof STEPS)[number];

/** Audit-only reports; opt-out reports and switches off when the switch is on. */
export const MODES = ['optout', 'audit'] as const;
export type Mode = (typeof MODES)[number];

/** What an outcome tells about the switch itself, when it tells anything. */
export function knownStateAfter(outcome: Outcome): 'on' | 'off' | null {
  switch (outcome) {
    case 'turned-off':
    case 'already-off':
      return 'off';
    case 'left-on':
    case 'save-rejected':
      return 'on';
    default:
      return null;
  }
}

/**
 * Outcomes after which the popup should explain a problem and the way forward. A setting not
 * offered here is none: there is nothing to switch off, and no failure to count.
 */
export function isProblem(outcome: Outcome): boolean {
  return knownStateAfter(outcome) !== 'off' && outcome !== 'left-on' && outcome !== 'not-offered';
}
