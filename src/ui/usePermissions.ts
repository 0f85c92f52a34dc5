// A value read from the browser's permissions (access to LinkedIn, the services added),
// read once the page opens and again after every permission added or removed.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** `read()`'s value, kept up to date (`initial` until first read). */
export function usePermissions<T>(read: () => Promise<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const check = () => void read().then(setValue);
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [read]);
  return value;
}
