// What `import file from './x.ts?script&iife'` gives the worker in the built extension (the
// built file's name, from @crxjs/vite-plugin); under Vitest, which has no crx plugin, the
// same name without running the content script itself.
export default 'src/content/sites.js';
