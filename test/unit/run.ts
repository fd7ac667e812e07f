/**
 * `npm run test:unit`: every engine and editor-service unit test in one process (no process per file), so the
 * whole suite runs in seconds while iterating. `npm test` runs the same files through `node --test`.
 */
import { readdirSync } from 'node:fs';

for (const file of readdirSync(__dirname)
  .filter((name) => name.endsWith('.test.ts'))
  .sort()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each file registers its tests as it loads, in order
  require(`./${file}`);
}
