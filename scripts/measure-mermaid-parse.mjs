#!/usr/bin/env node
// Measures what `mermaid-syntax` diagnostics in the language server would cost: bundles Mermaid for Node (with a
// DOMPurify stub: without a DOM, flowchart/class/state/gantt parsing throws "addHook is not a function"), then times
// loading it and `mermaid.parse` per diagram type, cold and warm. Usage: node scripts/measure-mermaid-parse.mjs
import * as esbuild from 'esbuild';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'mlsd-mermaid-'));
writeFileSync(
  path.join(dir, 'purify-stub.mjs'),
  'export default { addHook() {}, removeHook() {}, removeHooks() {}, removeAllHooks() {}, sanitize: (s) => String(s), isSupported: true };\n',
);
writeFileSync(
  path.join(dir, 'entry.mjs'),
  "import mermaid from 'mermaid';\nexport async function check(src) { try { await mermaid.parse(src); return null; } catch (e) { return String(e?.message ?? e).split('\\n')[0]; } }\n",
);
const outfile = path.join(dir, 'mermaid-node.cjs');
await esbuild.build({
  entryPoints: [path.join(dir, 'entry.mjs')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  minify: true,
  outfile,
  alias: { dompurify: path.join(dir, 'purify-stub.mjs') },
  nodePaths: [path.resolve('node_modules')],
  logLevel: 'error',
});

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const { check } = createRequire(import.meta.url)(outfile);
const loadMs = performance.now() - t0;
const diagrams = {
  flowchart: 'flowchart LR\n  A[User] --> B{Cache?}\n  B -->|hit| C[Serve]\n  B -->|miss| D[Ranker]\n  D --> C',
  sequence: 'sequenceDiagram\n  Client->>API: request\n  API-->>Client: response',
  class: 'classDiagram\n  class Model\n  Model : +predict()',
  state: 'stateDiagram-v2\n  [*] --> Training\n  Training --> Serving',
  gantt: 'gantt\n  title Plan\n  section A\n  Task :a1, 2024-01-01, 3d',
  pie: 'pie\n  "A" : 40\n  "B" : 60',
  broken: 'flowchart LR\n  A --> B\n  B -->> \n  C[[[',
};
console.log(`bundle ${(statSync(outfile).size / 1e6).toFixed(2)} MB, load ${loadMs.toFixed(0)} ms`);
for (const [name, source] of Object.entries(diagrams)) {
  const a = performance.now();
  const error = await check(source);
  const cold = performance.now() - a;
  const b = performance.now();
  for (let i = 0; i < 50; i++) await check(source);
  console.log(
    `${name.padEnd(10)} cold ${cold.toFixed(1).padStart(5)} ms, warm ${((performance.now() - b) / 50).toFixed(2).padStart(5)} ms${error ? `  (${error})` : ''}`,
  );
}
console.log(`RSS +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB`);
