// The little of jsdom's API that replica.test.ts uses (jsdom ships no types, and the
// project has no @types/jsdom): a page loaded from HTML with its scripts running.
declare module 'jsdom' {
  export class JSDOM {
    constructor(
      html: string,
      options?: { url?: string; runScripts?: 'dangerously' | 'outside-only'; beforeParse?: (window: Window & typeof globalThis) => void },
    );
    readonly window: Window & typeof globalThis;
  }
}
