// The popup's stored state, asked for as its page starts parsing: the read (a round trip to
// the browser) then runs while the popup's modules are fetched and evaluated, instead of
// after them. src/popup/main.tsx takes the answer (and reads again itself if there is none);
// no polyfill here, so the browser's own promise-returning API (`browser` in Firefox, `chrome` in Chromium's Manifest V3).
globalThis.__earlyState = (globalThis.browser ?? globalThis.chrome).storage.local.get(null);
