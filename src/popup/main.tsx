import { render } from 'preact';
import { t, textLocale } from '../platform/i18n';
import { App } from './App';

document.documentElement.lang = textLocale();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
