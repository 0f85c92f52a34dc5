// Step 3: opting out is not retroactive; point to the pages where old data can go.
import browser from 'webextension-polyfill';
import { t } from '../platform/i18n';
import { setCleanupDone } from '../ui/changes';

// LinkedIn pages for each tidy-up (medium confidence: /in/me/ redirects to one's profile).
const LINKS = [
  ['cleanupCv', 'https://www.linkedin.com/jobs/application-settings/'],
  ['cleanupPosts', 'https://www.linkedin.com/in/me/recent-activity/all/'],
  ['cleanupDetails', 'https://www.linkedin.com/in/me/overlay/contact-info/'],
] as const;

export function Cleanup({ done }: { done: boolean }) {
  return (
    <div class="cleanup">
      <p>{t('cleanupIntro')}</p>
      <ul>
        {LINKS.map(([key, url]) => (
          <li key={key}>
            <button type="button" class="link" onClick={() => void browser.tabs.create({ url })}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
      <label class="setting">
        <input type="checkbox" checked={done} onChange={(e) => void setCleanupDone(e.currentTarget.checked)} />
        <span>{t('cleanupDone')}</span>
      </label>
    </div>
  );
}
