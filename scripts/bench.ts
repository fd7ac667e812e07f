/**
 * `npm run bench`: how long mlsd takes to parse and lint a design doc, as a ratio to a peer measured in the same
 * run — markdown-it tokenising the same text, the first thing any Markdown tool does. Ratios, not milliseconds, so
 * the figure means the same on a slow CI machine. Usage: npm run bench -- [FILES...] (default: examples/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { defaultRules, lint, namedFileFormat, parseDesignDoc } from '../server/src/engine';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(__dirname, '..', 'examples')).map((name) => join(__dirname, '..', 'examples', name));
const docs = files.map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
  format: namedFileFormat(path),
}));
const markdown = new MarkdownIt({ html: true });

/** Median time of `run` over `rounds` rounds after a warm-up, in milliseconds. */
function median(run: () => void, rounds = 30): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

let totalMlsd = 0;
let totalPeer = 0;
console.log('file                                         mlsd parse+lint   markdown-it parse   ratio');
for (const doc of docs) {
  const mlsd = median(() => lint(parseDesignDoc(doc.text, doc.format), { rules: defaultRules }));
  const peer = median(() => markdown.parse(doc.text, {}));
  totalMlsd += mlsd;
  totalPeer += peer;
  const name = doc.path.split('/').pop() ?? doc.path;
  console.log(
    `${name.padEnd(44)} ${mlsd.toFixed(2).padStart(9)} ms ${peer.toFixed(2).padStart(15)} ms ${(mlsd / peer).toFixed(1).padStart(7)}×`,
  );
}
console.log(
  `all ${docs.length} docs: mlsd takes ${(totalMlsd / totalPeer).toFixed(1)}× the time markdown-it needs to tokenise them (${totalMlsd.toFixed(1)} ms vs ${totalPeer.toFixed(1)} ms)`,
);
