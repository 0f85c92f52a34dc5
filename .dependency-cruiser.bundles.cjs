// What ends up in a content script's bundle, checked on the code alone (type-only imports
// carry no code, so they are left out here): the second half of `npm run deps`.
const { options } = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'content-scripts-stay-small',
      comment: "Content scripts run inside the sites' pages: no preact, no zod, no polyfill, however indirectly.",
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: 'node_modules/(preact|zod|webextension-polyfill)/', reachable: true },
    },
    {
      name: 'registered-scripts-carry-no-service',
      comment:
        "The scripts registered for the services added at run time carry no service's data: the worker's answers bring each row or form, so adding a service grows none of them.",
      severity: 'error',
      from: { path: '^src/content/(sites|objection-form|check|panel|runtime)\\.ts$' },
      to: { path: '^src/services/', reachable: true },
    },
  ],
  options: { ...options, tsPreCompilationDeps: false },
};
