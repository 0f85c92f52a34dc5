// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildRecord, recordText } from './record';

const now = Date.UTC(2026, 10, 29, 9);

describe('the user record', () => {
  it('states the verified switch and the objection with ISO dates, and nothing else', () => {
    const record = buildRecord({
      known: { state: 'off', at: Date.UTC(2026, 10, 1) },
      audit: { outcome: 'already-off', at: Date.UTC(2026, 10, 28) },
      objection: { submittedAt: Date.UTC(2026, 10, 2), caseNumber: '250123-004567' },
      version: '0.1.0',
      now,
    });
    expect(record).toEqual({
      generator: 'AI Training Opt-Out 0.1.0',
      exportedAt: '2026-11-29T09:00:00.000Z',
      setting: {
        label: 'Use my data for training content creation AI models',
        page: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
        state: 'off',
        verifiedOffAt: '2026-11-01T00:00:00.000Z',
        lastCheck: { outcome: 'already-off', at: '2026-11-28T00:00:00.000Z' },
      },
      objection: { form: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO', submittedAt: '2026-11-02T00:00:00.000Z', caseNumber: '250123-004567' },
    });
  });

  it('says "unknown" and null before anything happened; the text version carries the sentences', () => {
    const record = buildRecord({ known: null, audit: null, objection: { submittedAt: null, caseNumber: null }, version: '1', now });
    expect(record.setting).toMatchObject({ state: 'unknown', verifiedOffAt: null, lastCheck: null });
    const text = recordText(record, { title: 'Your record', switchLine: 'S', objectionLine: 'O', caseLine: null });
    expect(text.split('\n')).toEqual([
      'Your record',
      '',
      'S',
      `  ${record.setting.page}`,
      'O',
      `  ${record.objection.form}`,
      '',
      `${record.generator}, ${record.exportedAt}`,
    ]);
  });

  it('a switch last read as on has no verified-off date', () => {
    const record = buildRecord({
      known: { state: 'on', at: Date.UTC(2026, 10, 1) },
      audit: { outcome: 'left-on', at: Date.UTC(2026, 10, 1) },
      objection: { submittedAt: null, caseNumber: null },
      version: '1',
      now,
    });
    expect(record.setting).toMatchObject({ state: 'on', verifiedOffAt: null, lastCheck: { outcome: 'left-on', at: '2026-11-01T00:00:00.000Z' } });
  });

  it('an objection not submitted yet has no date and no case number', () => {
    const record = buildRecord({ known: null, audit: null, objection: { submittedAt: null, caseNumber: null }, version: '1', now });
    expect(record.objection).toEqual({ form: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO', submittedAt: null, caseNumber: null });
  });

  it('the text version carries the case number line after the objection line, when there is one', () => {
    const record = buildRecord({ known: null, audit: null, objection: { submittedAt: now, caseNumber: '250123-004567' }, version: '1', now });
    const text = recordText(record, { title: 'T', switchLine: 'S', objectionLine: 'O', caseLine: 'Case 250123-004567' });
    expect(text.split('\n').slice(4, 7)).toEqual(['O', 'Case 250123-004567', `  ${record.objection.form}`]);
  });
});
