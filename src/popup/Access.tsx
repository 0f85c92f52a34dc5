// Shown instead of the audit button when the browser withholds access to LinkedIn: what
// that means, and one button that asks for it (and then checks, from the worker).
import { useState } from 'preact/hooks';
import { hasLinkedInAccess, requestLinkedInAccess } from '../platform/access';
import { t } from '../platform/i18n';
import { usePermissions } from '../ui/usePermissions';

/** Whether the extension may reach LinkedIn now (null until known), kept up to date. */
export function useLinkedInAccess(): boolean | null {
  return usePermissions<boolean | null>(hasLinkedInAccess, null);
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
