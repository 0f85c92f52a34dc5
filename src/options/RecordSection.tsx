// The user's record, and its export as JSON or plain text for their own files.
import { OBJECTION_FORM } from '../services/linkedin/objection-form';
import browser from 'webextension-polyfill';
import { buildRecord, recordText } from '../services/linkedin/record';
import { t } from '../platform/i18n';
import { GENERATIVE_AI } from '../services/linkedin/switches';
import { objectionOf, recordOf } from '../store/store';
import type { State } from '../store/items';
import { formatDay } from '../platform/format';

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function RecordSection({ state }: { state: State }) {
  const { known, audit } = recordOf(state, GENERATIVE_AI.id);
  const objection = objectionOf(state, OBJECTION_FORM.id);
  const switchLine = known?.state === 'off' ? t('recordSwitch', formatDay(known.at)) : t('recordNoSwitch');
  const objectionLine = objection.submittedAt !== null ? t('objectionSubmitted', formatDay(objection.submittedAt)) : t('recordNoObjection');
  const caseLine = objection.caseNumber ? t('objectionCase', objection.caseNumber) : null;
  const record = () => buildRecord({ known, audit, objection, version: browser.runtime.getManifest().version, now: Date.now() });
  const day = new Date().toISOString().slice(0, 10);
  return (
    <section class="record" data-testid="record">
      <h2>{t('recordTitle')}</h2>
      <p>{switchLine}</p>
      <p>
        {objectionLine} {caseLine}
      </p>
      <div class="row">
        <button
          type="button"
          class="small secondary"
          data-action="export-json"
          onClick={() => download(`linkedin-ai-optout-record-${day}.json`, 'application/json', `${JSON.stringify(record(), null, 2)}\n`)}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="small secondary"
          data-action="export-text"
          onClick={() =>
            download(
              `linkedin-ai-optout-record-${day}.txt`,
              'text/plain',
              `${recordText(record(), { title: t('recordTitle'), switchLine, objectionLine, caseLine })}\n`,
            )
          }
        >
          {t('exportText')}
        </button>
      </div>
    </section>
  );
}
