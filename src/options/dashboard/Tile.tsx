// One service on the dashboard: its monogram, its name (a link to its detail below: its
// card), its state in words and colour, and the one thing to do next. What the state is
// comes from ui/tile-state.ts; this only words it and acts.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseDate } from '../../engine/time/calendar';
import { formatDay } from '../../platform/format';
import { requestServiceAccess } from '../../platform/access';
import { t } from '../../platform/i18n';
import type { Message } from '../../protocol/messages';
import type { State } from '../../store/items';
import { problemTitle } from '../../ui/Problem';
import { ago } from '../../ui/Status';
import { startServiceCheck, startSweep } from '../../ui/sweep';
import type { Entry, Tile as TileState } from '../../ui/tile-state';
import { serviceProblem } from '../services/SwitchCard';
import { hueOf, initialsOf } from './monogram';

/** Where a service's detail is on this page: LinkedIn's privacy check, or the service's card. */
const detailIdOf = (entry: Entry): string => (entry.kind === 'linkedin' ? 'privacy' : `service-${entry.id}`);

/** The state in words, in the words of what the user does there (a switch is switched off, a form sent). */
function words(entry: Entry, tile: TileState, now: number): string {
  switch (tile.kind) {
    case 'protected':
      return tile.by === 'sent' ? t('tileSent', formatDay(tile.at)) : t('tileProtected', ago(tile.at, now));
    case 'needs-you':
      if (tile.why === 'on') return t('tileNeedsOn');
      if (tile.why === 'signed-out') return t('tileNeedsSignIn');
      if (tile.why === 'form') return t('tileNeedsForm');
      return t('tileNeedsProblem', entry.kind === 'switch' ? serviceProblem(tile.outcome, entry.service) : t(problemTitle(tile.outcome)));
    case 'checking':
      return t('tileChecking');
    case 'not-added':
      return t('serviceNotAdded');
    case 'unchecked':
      return t('tileUnchecked');
    case 'nothing':
      return t('tileNothing');
    case 'absent':
      return t('tileAbsent');
    case 'retired':
      return t('tileRetired', formatDay(parseDate(tile.since)));
    case 'by-hand':
      return t('tileByHand');
  }
}

/** Check one service now: LinkedIn's setting (or the settings the user chose in its privacy check), or another service's. */
async function check(entry: Entry, state: State, mode?: 'optout'): Promise<boolean> {
  if (entry.kind === 'switch') return startServiceCheck(entry.service);
  if (state.prefs.chosen !== null) return startSweep(state.prefs.chosen);
  try {
    await browser.runtime.sendMessage({ type: 'audit/start', mode } satisfies Message);
    return true;
  } catch (error) {
    console.error('audit/start failed', error);
    return false;
  }
}

function Action({ entry, tile, state, nameId }: { entry: Entry; tile: TileState; state: State; nameId: string }) {
  const [error, setError] = useState<string | null>(null);
  const link = (text: string) => (
    <a class="tile-action" href={`#${detailIdOf(entry)}`} aria-describedby={nameId} data-tile-action="detail">
      {text}
    </a>
  );
  const button = (text: string, action: string, run: () => Promise<boolean>, failure: string, label?: string) => (
    <>
      <button
        type="button"
        class="secondary small tile-action"
        data-tile-action={action}
        aria-label={label}
        aria-describedby={label ? undefined : nameId}
        onClick={() => {
          setError(null);
          // Straight from the click: the browser asks for a host only on a user's gesture.
          run().then(
            (ok) => setError(ok ? null : failure),
            () => setError(failure),
          );
        }}
      >
        {text}
      </button>
      {error && (
        <p class="error" role="alert" data-testid="tile-error">
          {error}
        </p>
      )}
    </>
  );
  if (entry.kind === 'none') return link(t('tileDetails'));
  if (entry.kind === 'manual') return link(t('tileSteps'));
  if (entry.kind === 'forms') {
    if (tile.kind === 'not-added')
      return button(t('tileAdd'), 'add', () => requestServiceAccess(entry.service), t('serviceDeclined', entry.name), t('serviceAdd', entry.name));
    return link(t(tile.kind === 'protected' ? 'tileDetails' : 'tileOpenForm'));
  }
  const name = entry.name;
  switch (tile.kind) {
    case 'not-added':
      return entry.kind === 'switch'
        ? button(t('tileAdd'), 'add', () => requestServiceAccess(entry.service), t('serviceDeclined', name), t('serviceAdd', name))
        : null;
    case 'checking':
      return null;
    case 'needs-you':
      // Seen on: switch it off (LinkedIn's one switch as the popup does; another service's check switches off unless audit only).
      if (tile.why === 'on' && state.prefs.mode === 'optout')
        return button(t('tileSwitchOff'), 'switch-off', () => check(entry, state, 'optout'), t('problemNoWorker'));
      if (tile.why === 'on') return button(t('tileCheck'), 'check', () => check(entry, state), t('problemNoWorker'));
      return link(t('tileWhatToDo'));
    default:
      return button(t('tileCheck'), 'check', () => check(entry, state), t('problemNoWorker'));
  }
}

export function Tile({ entry, tile, state, now }: { entry: Entry; tile: TileState; state: State; now: number }) {
  const nameId = `tile-name-${entry.id}`;
  return (
    <li class={`tile tile-${tile.kind}`} data-tile={entry.id} data-tile-state={tile.kind}>
      <span class="monogram" aria-hidden="true" style={{ '--hue': String(hueOf(entry.id)) }}>
        {initialsOf(entry.name)}
      </span>
      <span class="tile-text">
        <a id={nameId} class="tile-name" href={`#${detailIdOf(entry)}`} data-tile-open>
          {entry.name}
        </a>
        <span class="tile-state" data-testid="tile-state">
          {words(entry, tile, now)}
        </span>
      </span>
      <Action entry={entry} tile={tile} state={state} nameId={nameId} />
    </li>
  );
}
