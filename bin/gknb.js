#!/usr/bin/env node
// The gknb command line; the code is bundled by `npm run build` into dist/cli.js.
require('../dist/cli.js').main();
