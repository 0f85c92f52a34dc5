import { render } from 'preact';
import { t, uiLanguage } from '../platform/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = `${t('settingsAndDetails')} · ${t('extName')}`;
render(<Options />, document.getElementById('app')!);
