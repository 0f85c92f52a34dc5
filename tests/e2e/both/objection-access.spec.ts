// LinkedIn's objection form while LinkedIn's access is withheld (Chromium's site access
// "on click", Firefox's add-on permissions): nothing of ours would run on the form, so the
// prefill opened a tab that could only end "no answer". Now no tab is opened, and the
// form's step says why and what to do, in every browser the extension ships for.
import { en, expect, expectText, test } from './fixture';

test('LinkedIn’s access withheld: the prefill opens no tab and says why; nothing is loaded from LinkedIn', async ({ ext }) => {
  const linkedin = await ext.linkedin();
  await ext.withholdLinkedInAccess();
  const options = await ext.openOptions('objection');
  await options.click('button[data-action="prefill"]');
  await expectText(options, '[data-testid="objection-ended"]', en('objectionEndedAccessRemoved'));
  expect(linkedin.log.loadsByPath).toEqual({});
  const objection = (await ext.state()).objections?.['linkedin-dpro'];
  expect(objection).toMatchObject({ run: null, ended: 'access-removed' });
});
