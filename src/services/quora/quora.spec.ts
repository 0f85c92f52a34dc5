// Quora, in every browser the extension ships for: added from the options page (its host
// asked for then, answered "Allow" as the user would) and checked at once; a save Quora does
// not keep is tried three times at most and never called "off"; saved the next time, its
// switch, found by its label alone, is off and verified by a fresh load, and nothing else on
// the page is ever clicked (the replica carries decoy switches). One test: browser launches
// are few. Replica: ./replica.mjs (markup invented except the page and the label).
import { QUORA_SITE, quoraServer } from './replica.mjs';
import { serveReplica } from '../../../tests/support/harness-types';
import { en, expect, expectText, test } from '../../../tests/e2e/both/fixture';
import { addService, checkAgain, checkEnd, expectOffVerified, recordOf } from '../../../tests/e2e/both/service-steps';

test('Quora: a save it does not keep is tried three times at most, then "didn\'t save", never "off"; saved the next time, off and verified; nothing else clicked', async ({
  ext,
}) => {
  test.setTimeout(180_000);
  let failing = true;
  const quora = await serveReplica(ext, quoraServer({ saves: () => (failing ? { ok: false } : {}) }));
  const options = await ext.openOptions('services');
  await addService(ext, options, 'quora', QUORA_SITE.origin);
  expect(await checkEnd(ext, 'quora')).toBe('done');
  await quora.settled();
  expect(quora.isOn('llm-training')).toBe(true);
  const record = await recordOf(ext, 'quora-training');
  expect(record).toMatchObject({ audit: { outcome: 'save-rejected' }, known: { state: 'on' } });
  expect(record.audit.clicks).toBeGreaterThanOrEqual(1);
  expect(record.audit.clicks).toBeLessThanOrEqual(3);
  expect(quora.log.clicks).toEqual(Array(record.audit.clicks).fill('llm-training'));
  await expectText(options, '[data-setting-row="quora-training"] [data-testid="row-state"]', en('rowProblem', en('serviceRejected', 'Quora')));
  expect(await options.visible('[data-setting-row="quora-training"] a[data-action="open-setting"]')).toBe(true);

  failing = false;
  const clicks = quora.log.clicks.length;
  expect(await checkAgain(ext, options, 'quora')).toBe('done');
  await expectOffVerified(ext, options, { service: 'quora', setting: 'quora-training', site: QUORA_SITE, server: quora }, clicks);
});
