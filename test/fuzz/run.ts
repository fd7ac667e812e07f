/**
 * The fuzz run: fast-check draws documents (./documents.ts) and checks each (./properties.ts); on a failure it
 * shrinks the document to a small one that still fails. Afterwards each input's lint time is compared with the median
 * of inputs of its size class (same power of two): more than 100× the median, confirmed by measuring again, fails.
 */
import fc from 'fast-check';
import { fuzzDocument, type FuzzDocument } from './documents';
import { checkDocument } from './properties';

export interface FuzzResult {
  inputs: number;
  failures: number;
  /** `fuzz: N inputs, 0 failures`, or the failure with the shrunk input. */
  report: string;
}

/** Fixes are re-linted for documents up to this size: enough to find a broken fix, without doubling the run. */
const fixCheckLimit = 20_000;
/** Below this, a slow input is timer noise, not a stall. */
const slowFloorMs = 25;

const sizeClass = (doc: FuzzDocument): number => Math.floor(Math.log2(doc.text.length + 1));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function describe(doc: FuzzDocument): string {
  const shown =
    doc.text.length > 2000
      ? `${JSON.stringify(doc.text.slice(0, 2000))} … (${doc.text.length} characters)`
      : JSON.stringify(doc.text);
  return `format: ${doc.format}\norigin: ${doc.origin}\ntext: ${shown}`;
}

export function runFuzz(options: { runs: number; seed?: number }): FuzzResult {
  const timings: { doc: FuzzDocument; ms: number }[] = [];
  const details = fc.check(
    fc.property(fuzzDocument, (doc) => {
      timings.push({ doc, ms: checkDocument(doc, { checkFixes: doc.text.length <= fixCheckLimit }) });
    }),
    { numRuns: options.runs, ...(options.seed === undefined ? {} : { seed: options.seed }) },
  );
  if (details.failed) {
    const [doc] = details.counterexample ?? [];
    const error =
      details.errorInstance instanceof Error
        ? (details.errorInstance.stack ?? details.errorInstance.message)
        : String(details.errorInstance);
    return {
      inputs: details.numRuns,
      failures: 1,
      report: `fuzz: ${details.numRuns} inputs, 1 failure (seed ${details.seed}, path ${details.counterexamplePath ?? ''}; shrunk ${details.numShrinks} times)\n${error}\n${doc ? describe(doc) : ''}`,
    };
  }

  const byClass = new Map<number, number[]>();
  for (const { doc, ms } of timings) byClass.set(sizeClass(doc), [...(byClass.get(sizeClass(doc)) ?? []), ms]);
  const medians = new Map([...byClass].map(([size, times]) => [size, median(times)]));
  for (const { doc, ms } of timings) {
    const limit = 100 * (medians.get(sizeClass(doc)) ?? 0);
    if (ms <= Math.max(limit, slowFloorMs)) continue;
    // Confirm: the machine may have paused this one run.
    const again = Math.min(...[0, 1, 2].map(() => checkDocument(doc, { checkFixes: false })));
    if (again > Math.max(limit, slowFloorMs)) {
      return {
        inputs: details.numRuns,
        failures: 1,
        report: `fuzz: ${details.numRuns} inputs, 1 failure: linting took ${again.toFixed(0)} ms, over 100× the median (${(limit / 100).toFixed(1)} ms) of inputs of ${2 ** sizeClass(doc)}–${2 ** (sizeClass(doc) + 1)} characters\n${describe(doc)}`,
      };
    }
  }
  return { inputs: details.numRuns, failures: 0, report: `fuzz: ${details.numRuns} inputs, 0 failures` };
}
