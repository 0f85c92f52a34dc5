// Which of the other services the user has added: whether the browser holds each one's
// host permission (the one source of truth), kept up to date as permissions change.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { hasServiceAccess } from '../access';
import { OPTIONAL_SERVICES, type OptionalServiceId } from '../core/services';

export type Granted = Partial<Record<OptionalServiceId, boolean>>;

/** Each optional service's grant (absent until known). */
export function useGranted(): Granted {
  const [granted, setGranted] = useState<Granted>({});
  useEffect(() => {
    const check = () =>
      void Promise.all(OPTIONAL_SERVICES.map(async (s) => [s.id, await hasServiceAccess(s)] as const)).then((pairs) => setGranted(Object.fromEntries(pairs)));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return granted;
}
