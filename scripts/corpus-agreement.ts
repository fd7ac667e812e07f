/**
 * Measures how often the engine's step states agree with a human reading of real write-ups.
 *
 * Usage: npm run corpus -- [CORPUS_DIR] [--cuts CUTS_JSON] [--verbose] [--json]
 *
 * Reads every `labels*.json` in the folder: an object with `documents` or a plain list of
 * `{ file, steps: { S1..S7: yes | partial | no | no* } }`. Prints, per labels file and per step: exact-state
 * agreement, presence agreement, false missing (present for the reader, missing or empty for mlsd) and false
 * present (absent for the reader, covered or thin for mlsd). Then runs the cut-a-step check
 * (`test/corpus/cuts.json`, or the file given with `--cuts`, for another corpus): the sections of one step are removed from a real write-up, and the step must then be
 * reported missing or empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDesignDoc } from '../server/src/engine';
import { stepIds } from '../server/src/knowledge';
import type { Coverage, DocFormat, StepId } from '../server/src/engine';
import { cutSections, type StepCut } from '../test/corpus/cutSections';

type HumanReading = 'yes' | 'partial' | 'no' | 'no*';
interface LabelledDoc {
  file: string;
  steps: Record<string, HumanReading>;
}

const asCoverage: Record<HumanReading, Coverage> = { yes: 'covered', partial: 'thin', no: 'missing', 'no*': 'empty' };
const present = (state: Coverage): boolean => state === 'covered' || state === 'thin';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const cutsOption = args.indexOf('--cuts');
const cutsArg = cutsOption >= 0 ? args[cutsOption + 1] : undefined;
if (cutsOption >= 0 && !cutsArg) {
  console.error('corpus: --cuts needs a file');
  process.exit(2);
}
const dir = resolve(
  args.find((arg, i) => !arg.startsWith('--') && (cutsOption < 0 || i !== cutsOption + 1)) ??
    join(__dirname, '..', '..', 'shared', 'domain', 'corpus'),
);

function formatOf(file: string): DocFormat {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'markdown';
}

function readLabels(path: string): LabelledDoc[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as LabelledDoc[] | { documents: LabelledDoc[] };
  return Array.isArray(parsed) ? parsed : parsed.documents;
}

interface Tally {
  cells: number;
  exact: number;
  presence: number;
  humanPresent: number;
  falseMissing: number;
  humanAbsent: number;
  falsePresent: number;
}

const emptyTally = (): Tally => ({
  cells: 0,
  exact: 0,
  presence: 0,
  humanPresent: 0,
  falseMissing: 0,
  humanAbsent: 0,
  falsePresent: 0,
});

function count(tally: Tally, human: Coverage, engine: Coverage): void {
  tally.cells++;
  if (human === engine) tally.exact++;
  if (present(human) === present(engine)) tally.presence++;
  if (present(human)) {
    tally.humanPresent++;
    if (!present(engine)) tally.falseMissing++;
  } else {
    tally.humanAbsent++;
    if (present(engine)) tally.falsePresent++;
  }
}

const pct = (part: number, whole: number): string =>
  whole === 0 ? '   -' : `${Math.round((100 * part) / whole)}%`.padStart(4);

function tallyRow(name: string, t: Tally): string {
  return `${name.padEnd(14)} exact ${pct(t.exact, t.cells)} (${t.exact}/${t.cells})  present ${pct(t.presence, t.cells)}  false missing ${pct(t.falseMissing, t.humanPresent)} (${t.falseMissing}/${t.humanPresent})  false present ${pct(t.falsePresent, t.humanAbsent)} (${t.falsePresent}/${t.humanAbsent})`;
}

const labelFiles = readdirSync(dir)
  .filter((name) => /^labels.*\.json$/i.test(name))
  .sort();
if (labelFiles.length === 0) {
  console.error(`corpus: no labels*.json in ${dir}`);
  process.exit(2);
}

const overall = emptyTally();
const report: Record<string, { overall: Tally; steps: Record<StepId, Tally> }> = {};
for (const labelFile of labelFiles) {
  const perStep = Object.fromEntries(stepIds.map((id) => [id, emptyTally()])) as Record<StepId, Tally>;
  const batch = emptyTally();
  if (!asJson) console.log(`\n== ${labelFile}`);
  for (const labelled of readLabels(join(dir, labelFile))) {
    const doc = parseDesignDoc(readFileSync(join(dir, labelled.file), 'utf8'), formatOf(labelled.file));
    const cells = stepIds.map((id, i) => {
      const human = asCoverage[labelled.steps[`S${i + 1}`]];
      const engine = doc.steps[id].state;
      for (const tally of [perStep[id], batch, overall]) count(tally, human, engine);
      return human === engine ? engine.padEnd(15) : `${engine}≠${human}`.padEnd(15);
    });
    if (verbose && !asJson) console.log(`${labelled.file.slice(0, 44).padEnd(44)} ${cells.join(' ')}`);
  }
  if (!asJson) {
    for (const id of stepIds) console.log(tallyRow(id, perStep[id]));
    console.log(tallyRow('all', batch));
  }
  report[labelFile] = { overall: batch, steps: perStep };
}
if (!asJson) console.log(`\n${tallyRow('all batches', overall)}`);

const cutsFile = cutsArg ? resolve(cutsArg) : join(__dirname, '..', 'test', 'corpus', 'cuts.json');
if (cutsArg && !existsSync(cutsFile)) {
  console.error(`corpus: no such cuts file: ${cutsFile}`);
  process.exit(2);
}
const cutResults: { file: string; step: StepId; state: Coverage; noticed: boolean }[] = [];
if (existsSync(cutsFile)) {
  const cuts = JSON.parse(readFileSync(cutsFile, 'utf8')) as { cuts: StepCut[] };
  for (const cut of cuts.cuts) {
    const path = join(dir, cut.file);
    if (!existsSync(path)) continue;
    const text = cutSections(readFileSync(path, 'utf8'), cut.headings);
    const state = parseDesignDoc(text, formatOf(cut.file)).steps[cut.step].state;
    cutResults.push({ file: cut.file, step: cut.step, state, noticed: !present(state) });
  }
  if (!asJson && cutResults.length) {
    console.log(`\n== cut-a-step (${cutResults.filter((r) => r.noticed).length}/${cutResults.length} noticed)`);
    for (const r of cutResults)
      if (verbose || !r.noticed)
        console.log(`${r.noticed ? 'ok  ' : 'MISS'} ${r.step.padEnd(11)} ${r.state.padEnd(8)} ${r.file}`);
  }
}
if (asJson) console.log(JSON.stringify({ batches: report, overall, cuts: cutResults }, null, 1));
