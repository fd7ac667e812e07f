/**
 * The bench corpus, generated from a seed so every run and machine lints the same text: design docs of a given
 * length that cover all seven steps with metrics, tables, lists, code and Mermaid, in Markdown or YAML.
 */
import { stepOutlines } from './blocks';
import { Random } from './random';
import type { DocFormat } from '../../common/types';
import { blockLineCount, renderMarkdown, renderYaml, type DocPlan } from './render';
import { topics } from './topics';

export interface BenchFile {
  /** A file name mlsd treats as a design doc (`*.mlsd.md`, `*.mlsd.yaml`). */
  name: string;
  format: DocFormat;
  text: string;
}

/** One measured unit: a single doc, or a set of small docs measured together. */
export interface CorpusEntry {
  name: string;
  format: DocFormat;
  files: BenchFile[];
}

export interface CorpusSizes {
  /** Line counts of the single docs, e.g. [300, 2000, 10000]. */
  docLines: number[];
  /** How many small docs, and their length range in lines. */
  smallDocs: number;
  smallDocLines: [number, number];
}

const render = (plan: DocPlan, format: DocFormat): string[] =>
  format === 'yaml' ? renderYaml(plan) : renderMarkdown(plan);

/**
 * A design doc of exactly `lines` lines (or its seven core sub-sections alone when that is more): the core
 * sub-sections of every step, then extra ones step after step while they fit, then prose to make up the rest.
 */
export function generateDesignDoc(seed: number, lines: number, format: DocFormat): string {
  const random = new Random(seed);
  const topic = topics[seed % topics.length];
  const plan: DocPlan = {
    topic,
    steps: stepOutlines.map((outline) => ({ outline, blocks: outline.core(topic, random) })),
  };
  let count = render(plan, format).length;
  for (let index = 1; ; index++) {
    const step = plan.steps[(index - 1) % plan.steps.length];
    const block = step.outline.extra(topic, random, Math.ceil(index / plan.steps.length));
    const size = blockLineCount(block, format);
    if (count + size > lines) break;
    step.blocks.push(block);
    count += size;
  }
  const closing = plan.steps[plan.steps.length - 1].blocks[0].contents.find((content) => content.kind === 'paragraph');
  for (let k = render(plan, format).length; k < lines && closing?.kind === 'paragraph'; k++) {
    closing.lines.push(
      `Review note ${k}: ${random.pick(topic.onlineMetrics)} and ${random.pick(topic.offlineMetrics)} are read together before each launch.`,
    );
  }
  return render(plan, format).join('\n') + '\n';
}

const extensions: Record<DocFormat, string> = { markdown: 'mlsd.md', yaml: 'mlsd.yaml' };
const prefixes: Record<DocFormat, string> = { markdown: 'md', yaml: 'yaml' };

/** `count` small docs of random length in `range`, seeded from `firstSeed` on. */
export function smallDocs(count: number, range: [number, number], format: DocFormat, firstSeed = 1000): BenchFile[] {
  const lengths = new Random(firstSeed);
  return Array.from({ length: count }, (_, i) => ({
    name: `small-${String(i + 1).padStart(4, '0')}.${extensions[format]}`,
    format,
    text: generateDesignDoc(firstSeed + i, lengths.int(range[0], range[1]), format),
  }));
}

/** Every entry in both formats: `md-2000`, `yaml-2000`, ..., and `md-200docs`, `yaml-200docs`. */
export function benchCorpus(sizes: CorpusSizes): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const format of ['markdown', 'yaml'] as const) {
    for (const lines of sizes.docLines) {
      const name = `${prefixes[format]}-${lines}`;
      entries.push({
        name,
        format,
        files: [{ name: `${name}.${extensions[format]}`, format, text: generateDesignDoc(lines, lines, format) }],
      });
    }
    entries.push({
      name: `${prefixes[format]}-${sizes.smallDocs}docs`,
      format,
      files: smallDocs(sizes.smallDocs, sizes.smallDocLines, format),
    });
  }
  return entries;
}
