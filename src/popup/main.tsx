import { render } from 'preact';
import { t, uiLanguage } from '../i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<App />, document.getElementById('app')!);
