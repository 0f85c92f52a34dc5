import { render } from 'preact';
import { t, textLocale } from '../platform/i18n';
import { readState } from '../store/store';
import { App } from './App';
import { markPainted } from './markPainted';

// The stored state is asked for before anything renders, so the popup's first render is
// already its first state: no empty render, no read waiting for a layout effect (a read of
// storage is a round trip to the browser, the popup's longest wait after its own scripts).
// Asked for by public/early-read.js as the page began, before these modules were even fetched.
const early = (globalThis as { __earlyState?: Promise<Record<string, unknown>> }).__earlyState;
const first = readState(early);
document.documentElement.lang = textLocale();
document.title = t('extName');
const root = document.getElementById('app')!;
void first.then(
  (initial) => {
    render(<App initial={initial} />, root);
    markPainted('first-state');
  },
  () => render(<App />, root), // read again by the App, which shows nothing until it can (and marks nothing)
);
