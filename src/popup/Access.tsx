// Shown instead of the audit button when the browser withholds access to LinkedIn: what
// that means, and one button that asks for it (and then checks, from the worker).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { concernsLinkedIn, hasLinkedInAccess, requestLinkedInAccess } from '../access';
import { t } from '../i18n';

/** Whether the extension may reach LinkedIn now (null until known), kept up to date. */
export function useLinkedInAccess(): boolean | null {
  const [access, setAccess] = useState<boolean | null>(null);
  useEffect(() => {
    const check = () => void hasLinkedInAccess().then(setAccess);
    const onChange = (change: { origins?: string[] }) => concernsLinkedIn(change) && check();
    check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);
  return access;
}

export function Access() {
  const [declined, setDeclined] = useState(false);
  const ask = () => {
    setDeclined(false);
    requestLinkedInAccess().then(
      (granted) => setDeclined(!granted),
      (error: unknown) => {
        console.error('permissions.request failed', error);
        setDeclined(true);
      },
    );
  };
  return (
    <div class="problem" role="alert" data-testid="access">
      <p>
        <strong>{t('accessTitle')}</strong>
      </p>
      <p>{t('accessBody')}</p>
      <button type="button" class="primary" data-action="allow-access" onClick={ask}>
        {t('buttonAllowAccess')}
      </button>
      {declined && <p data-testid="access-declined">{t('accessDeclined')}</p>}
    </div>
  );
}
