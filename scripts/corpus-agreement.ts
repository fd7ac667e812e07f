/**
 * Measures how often the engine's step coverage agrees with a human reading of real write-ups.
 * Usage: npm run corpus -- [CORPUS_DIR]   (a folder with Markdown files and a labels.json whose
 * documents[].steps map S1..S7 to yes | partial | no | no*).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDesignDoc, type Coverage } from '../server/src/engine';
import { stepIds } from '../server/src/knowledge';

type HumanReading = 'yes' | 'partial' | 'no' | 'no*';
const asCoverage: Record<HumanReading, Coverage> = { yes: 'covered', partial: 'thin', no: 'missing', 'no*': 'empty' };
const present = (state: Coverage): boolean => state === 'covered' || state === 'thin';

const dir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'domain', 'corpus'));
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
  documents: { file: string; steps: Record<string, HumanReading> }[];
};

const exact = new Map(stepIds.map((id) => [id, 0]));
const coarse = new Map(stepIds.map((id) => [id, 0]));
for (const document of labels.documents) {
  const doc = parseDesignDoc(readFileSync(join(dir, document.file), 'utf8'), 'markdown');
  const cells = stepIds.map((id, i) => {
    const human = asCoverage[document.steps[`S${i + 1}`]];
    const engine = doc.steps[id].state;
    if (human === engine) exact.set(id, (exact.get(id) ?? 0) + 1);
    if (present(human) === present(engine)) coarse.set(id, (coarse.get(id) ?? 0) + 1);
    return human === engine ? engine : `${engine}≠${human}`;
  });
  console.log(`${document.file.slice(0, 48).padEnd(48)} ${cells.join(' | ')}`);
}
const n = labels.documents.length;
console.log('\nstep          exact  present/absent');
let exactTotal = 0;
let coarseTotal = 0;
for (const id of stepIds) {
  exactTotal += exact.get(id) ?? 0;
  coarseTotal += coarse.get(id) ?? 0;
  console.log(`${id.padEnd(13)} ${exact.get(id)}/${n}    ${coarse.get(id)}/${n}`);
}
const cells = n * stepIds.length;
console.log(
  `overall       ${exactTotal}/${cells} (${Math.round((100 * exactTotal) / cells)}%)   ${coarseTotal}/${cells} (${Math.round((100 * coarseTotal) / cells)}%)`,
);
