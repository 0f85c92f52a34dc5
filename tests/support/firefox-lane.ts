// What the `firefox` Playwright project runs of each service's browser spec
// (src/services/<id>/<id>.spec.ts): the service once end to end (added, checked, switched
// off and verified by a fresh load), plus what a browser could do differently there; every
// other test of that spec (failure states, languages, shapes, pages by hand) runs in
// Chromium only. Those exercise the same content scripts and worker code, which Firefox
// already runs end to end in each service's pass and in tests/e2e/both; running each once
// more in Firefox cost 44% of the Firefox lane (measured 7 December 2026: 978 of 2,248
// test-seconds). The list of what moved is in docs/testing.md, "Time".
// A spec not listed here runs whole in Firefox (a new service's scaffold has one test);
// tests/unit/firefox-lane.test.ts checks each title below starts a test in its spec.

/** Service id -> the starts of the titles of the tests Firefox runs of its spec. */
export const FIREFOX_PASS: Record<string, readonly string[]> = {
  adobe: ['Adobe added'],
  chatgpt: ['ChatGPT: its late dialog is opened'],
  // The shadow-root test too: Firefox's content scripts see page-made web components through Xray wrappers.
  claude: ['Claude: Anthropic’s date', 'Claude inside web components'],
  copilot: ['Microsoft Copilot, old app'],
  deepseek: ['DeepSeek added'],
  // Both markups: a native <select> and a menu of buttons are changed by different events.
  github: ['GitHub ('],
  google: ['Google: Keep Activity turned off'],
  grammarly: ['Grammarly added'],
  grok: ['grok.com added from the options page'],
  // LinkedIn's content script is the manifest's (every other service's is registered at run
  // time): from the popup, and on a page opened by hand.
  linkedin: ['one click from the popup', 'the settings page opened by hand'],
  // React's own value setter, reached from a Firefox content script through Xray wrappers.
  meta: ['Facebook, in English'],
  mistral: ['Mistral Le Chat'],
  perplexity: ['Perplexity added'],
  pinterest: ['Pinterest added'],
  quora: ['Quora:'],
  substack: ['Substack:'],
  tumblr: ['Tumblr:'],
  wordpress: ['WordPress.com: one row per site'],
  // Firefox follows the replica's 302 to the sign-in page, where Chromium's routing does not.
  x: ['X added from the options page', 'signed out: x.com answers'],
  // And once, a sign-in that leaves for another origin (accounts.google.com), told from the tab's address.
  youtube: ['YouTube Studio ticked', 'YouTube Studio signed out'],
};

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For the project's `grepInvert`: Playwright matches it against "<project> <file> <title>",
 * so this matches a listed service's test whose title starts with none of its entries.
 */
export function notInFirefoxLane(): RegExp {
  const specs = Object.entries(FIREFOX_PASS).map(
    ([id, titles]) => `src/services/${literally(id)}/${literally(id)}\\.spec\\.ts (?!${titles.map(literally).join('|')})`,
  );
  return new RegExp(`(?:${specs.join('|')})`);
}
