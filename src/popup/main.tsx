import { render } from 'preact';
import { t, textLocale } from '../i18n';
import { readState } from '../storage';
import { App } from './App';
import { primeStoredState } from './useStored';

// The first state is painted from one storage read, asked for before anything else and
// answered while the texts are looked up, and the first render already shows it (no empty
// render, then a second one after an effect). The read is the same as every later one.
const firstRead = readState().catch(() => null);
document.documentElement.lang = textLocale();
document.title = t('extName');
const root = document.getElementById('app')!;
void firstRead.then((read) => {
  if (read) primeStoredState(read);
  render(<App />, root);
});
