#!/usr/bin/env node
// Runs the TypeScript command line directly (tsx compiles it on load), so the
// CLI needs no separate build step.
require('tsx/cjs/api').register();
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2), process.stdout, process.stderr).then((code) => {
  process.exitCode = code;
});
