// Loads a built bundle, or says how to build it: a clone of the sources has no dist/ until `npm run build`.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

/** Runs `bundle` (a path under the package root) as `name`; exit code 2 with one line when it is not built. */
module.exports = function requireBuilt(name, bundle) {
  const path = join(__dirname, '..', bundle);
  if (!existsSync(path)) {
    process.stderr.write(`${name}: ${bundle} is missing: run "npm run build" in the mlsd folder first.\n`);
    process.exitCode = 2;
    return;
  }
  require(path);
};
