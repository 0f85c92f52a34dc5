// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { checkField, PROFILE_LIMITS } from '../../src/engine/form/profile';
import { CHOICE_RESULTS, FILL_RESULTS, RUN_ENDS, TODOS, type PrefillReport } from '../../src/engine/form/terms';
import { OBJECTION_FORM } from '../../src/services/linkedin/objection-form';
import { META_FORMS } from '../../src/services/meta/forms';
import { isReady, leftToDo, todoItems } from '../../src/engine/form/todo';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { parseState } = await import('../../src/store/store');
const { PrefillReport: PrefillReportSchema, Objection, Profile } = await import('../../src/store/schemas');
const { NO_PLAN, parseObjectionReply } = await import('../../src/engine/form/replies');
const profileOf = (profile: unknown) => parseState({ schemaVersion: 3, profile }).profile;

const ready: PrefillReport = {
  option: 'done',
  control: 'select',
  confirmation: 'already',
  firstName: 'done',
  lastName: 'kept',
  email: 'kept',
  captcha: 'absent',
  submit: 'highlighted',
};

describe('what is left by hand: one list for the page and the popup', () => {
  it('lists only what the prefill did not settle, the reCAPTCHA and Submit last', () => {
    expect(leftToDo(ready, OBJECTION_FORM)).toEqual(['press-submit']);
    expect(isReady(ready, OBJECTION_FORM)).toBe(true);
    expect(leftToDo({ ...ready, captcha: 'present' }, OBJECTION_FORM)).toEqual(['prove-human', 'press-submit']);
    expect(isReady({ ...ready, captcha: 'present' }, OBJECTION_FORM)).toBe(true);
    const bad: PrefillReport = {
      option: 'missing',
      control: null,
      confirmation: 'ambiguous',
      firstName: 'done',
      lastName: 'no-value',
      email: 'failed',
      captcha: 'present',
      submit: 'missing',
    };
    expect(leftToDo(bad, OBJECTION_FORM)).toEqual(['choose-option', 'tick-box', 'type-name', 'type-email', 'prove-human', 'press-submit']);
    expect(isReady(bad, OBJECTION_FORM)).toBe(false);
  });

  it('each step is settled by its own field alone, never by its neighbour’s', () => {
    const everyStep = { ...OBJECTION_FORM, steps: [...TODOS] };
    const nothing: PrefillReport = { control: null, captcha: 'present', submit: 'missing' };
    expect(leftToDo(nothing, everyStep)).toEqual([...TODOS]);
    const settles: [Partial<PrefillReport>, (typeof TODOS)[number]][] = [
      [{ option: 'done' }, 'choose-option'],
      [{ confirmation: 'already' }, 'tick-box'],
      [{ firstName: 'done', lastName: 'kept' }, 'type-name'],
      [{ email: 'done' }, 'type-email'],
      [{ country: 'kept' }, 'choose-country'],
      [{ explanation: 'done' }, 'type-explanation'],
      [{ captcha: 'absent' }, 'prove-human'],
    ];
    for (const [fields, step] of settles) {
      expect(leftToDo({ ...nothing, ...fields }, everyStep), step).toEqual(TODOS.filter((t) => t !== step));
    }
    // Half a name is no name: the step stays.
    expect(leftToDo({ ...nothing, firstName: 'done' }, everyStep)).toContain('type-name');
    expect(leftToDo({ ...nothing, lastName: 'done' }, everyStep)).toContain('type-name');
    // Submit is always the user's, whatever the report says of it.
    expect(leftToDo({ ...ready, submit: 'highlighted' }, everyStep)).toContain('press-submit');
  });

  it('without a form, every step is the user’s, in the same order', () => {
    expect(leftToDo(null, OBJECTION_FORM)).toEqual([...TODOS].filter((t) => t !== 'choose-country' && t !== 'type-explanation'));
  });

  it('gives each step its message and the form text to copy', () => {
    expect(todoItems(null, OBJECTION_FORM).map((i) => [i.todo, i.message, i.copy])).toEqual([
      ['choose-option', 'panelTodoOption', 'option'],
      ['tick-box', 'panelTodoBox', 'confirmation'],
      ['type-name', 'panelTodoName', null],
      ['type-email', 'panelTodoEmail', null],
      ['prove-human', 'panelTodoCaptcha', null],
      ['press-submit', 'panelTodoSubmit', null],
    ]);
  });
});

describe('one definition of the objection terms', () => {
  it('the message and storage schemas take exactly the core lists', () => {
    for (const option of CHOICE_RESULTS) expect(PrefillReportSchema.shape.option.safeParse(option).success).toBe(true);
    expect(PrefillReportSchema.shape.option.safeParse('maybe').success).toBe(false);
    expect(PrefillReportSchema.shape.email.def.innerType.options).toEqual([...FILL_RESULTS]);
    for (const end of RUN_ENDS) expect(Objection.shape.ended.parse(end)).toBe(end);
    expect(Objection.shape.ended.safeParse('other').success).toBe(false);
    expect(parseObjectionReply({ action: 'prefill', form: META_FORMS[0], firstName: 'a', lastName: 'b', email: 'c', country: 'FR', explanation: 'e' })).toEqual(
      {
        action: 'prefill',
        form: META_FORMS[0],
        firstName: 'a',
        lastName: 'b',
        email: 'c',
        country: 'FR',
        explanation: 'e',
      },
    );
    expect(parseObjectionReply({ action: 'submit', firstName: 'a' })).toEqual(NO_PLAN);
  });
});

describe('the user’s details', () => {
  it('limits names to 100 and e-mail to 254 characters, and says when an e-mail is not one', () => {
    expect(checkField('firstName', 'x'.repeat(PROFILE_LIMITS.name))).toBeNull();
    expect(checkField('lastName', 'x'.repeat(PROFILE_LIMITS.name + 1))).toBe('too-long');
    expect(checkField('email', `${'x'.repeat(250)}@a.io`)).toBe('too-long');
    expect(checkField('email', 'camille@example')).toBe('invalid-email');
    expect(checkField('email', 'camille example.org')).toBe('invalid-email');
    expect(checkField('email', 'camille@example.org')).toBeNull();
    expect(checkField('email', '')).toBeNull();
  });

  it('reads the old one-string name as legacyName, never split by guessing', () => {
    expect(profileOf({ name: 'Camille Martin', email: 'c@example.org' })).toEqual({
      firstName: '',
      lastName: '',
      email: 'c@example.org',
      country: '',
      explanation: '',
      legacyName: 'Camille Martin',
    });
    expect(profileOf({ name: '', email: '' })).toEqual({ firstName: '', lastName: '', email: '', country: '', explanation: '' });
    const now = { firstName: 'Camille', lastName: 'Martin', email: 'c@example.org', country: '', explanation: '' };
    expect(Profile.parse(now)).toEqual(now);
    expect(Profile.safeParse({ ...now, firstName: 'x'.repeat(101) }).success).toBe(false);
  });

  it('an older objection record keeps its receipt; its stale run and report read as none', () => {
    const old = {
      run: { tabId: 1, startedAt: 2, prefilled: true },
      report: { option: 'done', name: 'done' },
      reportedAt: 3,
      formFound: true,
      submittedAt: 4,
      caseNumber: 'C-12345',
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseState({ schemaVersion: 3, objections: { 'linkedin-dpro': old } }).objections['linkedin-dpro']).toEqual({
      run: { tabId: 1, startedAt: 2, prefilled: true, formSeen: false },
      report: null,
      reportedAt: 3,
      formFound: true,
      ended: null,
      submittedAt: 4,
      caseNumber: 'C-12345',
    });
  });
});
