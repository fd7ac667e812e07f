/**
 * Documents to fuzz with: a seed (./seeds.ts) or a generated design doc, then a few mutations of the kinds that
 * half-written and hostile text has: lines deleted, duplicated and shuffled; fences, front matter delimiters and
 * unbalanced HTML comments inserted; deep nesting; CRLF, lone CR, BOM, U+2028, zero-width and RTL marks, lone
 * surrogates, NUL and tabs. Each document is linted as Markdown or as YAML, whatever it started as.
 */
import fc from 'fast-check';
import type { DocFormat } from '../../server/src/engine';
import { steps } from '../../server/src/knowledge';
import { seeds } from './seeds';

export interface FuzzDocument {
  text: string;
  format: DocFormat;
  /** Where it came from and what was done to it, for the failure report. */
  origin: string;
}

type Mutation = { name: string; apply: (lines: string[]) => string[] };

/** Lines that open, close or break structure. */
const structuralLines = [
  '```',
  '```mermaid',
  '~~~',
  '    indented code',
  '---',
  '...',
  '<!--',
  '-->',
  '<!-- unclosed',
  '<!-- mlsd-disable-next-line missing-step -->',
  '<!-- mlsd-disable -->',
  '<!-- mlsd-enable missing-loss',
  '# mlsd-disable-line front-matter-schema',
  '## 5. Evaluation',
  '# Title',
  '###### deep',
  '**Metrics:** CTR',
  'STEP 3: data',
  '- * + list',
  '1. item',
  '| a | b |',
  '|---|---|',
  '> quote',
  'mlsd: 1',
  'title: [unclosed',
  'key:',
  'a: &a [*a]',
  'b: *missing',
  'requirements: |',
  '  block text',
  '? complex key',
  ': value',
  '- - - - -',
  '{ a: [ b, { c: d } ] }',
  'graph TD; A[Start] --> B{Is it?}',
  '[link](https://example.com/a_(b))',
  '![img](x.png)',
  '<insert here>',
  '[[wiki',
  'TODO',
  '{{var}}',
];

/** Characters that break assumptions about text. */
const oddCharacters = [
  '\r',
  '\r\n',
  '\n',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u200f',
  '\ud800',
  '\udc00',
  '\u0000',
  '\t',
  '\u00a0',
  '`',
  '[',
  ']',
  '(',
  '*',
  '_',
  '#',
  ':',
  '-',
  '<',
  '>',
  '&',
  '|',
  '"',
  "'",
  '\\',
  '…',
  '🚀',
  '界',
];

function deepNesting(depth: number, kind: number): string {
  if (kind === 0) return `${' '.repeat(depth % 3)}${'- '.repeat(depth)}x`;
  if (kind === 1) return `k: ${'['.repeat(depth)}${']'.repeat(depth)}`;
  if (kind === 2) return Array.from({ length: Math.min(depth, 200) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  return `k: ${'{a: ['.repeat(depth)}`;
}

const at = (lines: string[], index: number): number => (lines.length ? index % lines.length : 0);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .nat()
    .map((i): Mutation => ({ name: `delete line ${i}`, apply: (lines) => lines.filter((_, l) => l !== at(lines, i)) })),
  fc.nat().map((i): Mutation => ({
    name: `duplicate line ${i}`,
    apply: (lines) => lines.flatMap((line, l) => (l === at(lines, i) ? [line, line] : [line])),
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => ({
    name: `swap lines ${i} and ${j}`,
    apply: (lines) => {
      const copy = [...lines];
      const [a, b] = [at(lines, i), at(lines, j)];
      [copy[a], copy[b]] = [copy[b], copy[a]];
      return copy;
    },
  })),
  fc.tuple(fc.nat(), fc.nat({ max: 20 })).map(([i, length]): Mutation => ({
    name: `reverse ${length} lines from ${i}`,
    apply: (lines) => {
      const start = at(lines, i);
      return [
        ...lines.slice(0, start),
        ...lines.slice(start, start + length).reverse(),
        ...lines.slice(start + length),
      ];
    },
  })),
  fc.tuple(fc.nat(), fc.constantFrom(...structuralLines)).map(([i, line]): Mutation => ({
    name: `insert ${JSON.stringify(line)} at line ${i}`,
    apply: (lines) => [...lines.slice(0, at(lines, i)), line, ...lines.slice(at(lines, i))],
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 10, max: 3000 }), fc.nat({ max: 3 })).map(([i, depth, kind]): Mutation => ({
    name: `insert nesting ${depth} of kind ${kind} at line ${i}`,
    apply: (lines) => [...lines.slice(0, at(lines, i)), deepNesting(depth, kind), ...lines.slice(at(lines, i))],
  })),
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom(...oddCharacters), fc.integer({ min: 1, max: 3 }))
    .map(([i, column, char, times]): Mutation => ({
      name: `insert ${JSON.stringify(char.repeat(times))} at line ${i} column ${column}`,
      apply: (lines) =>
        lines.map((line, l) =>
          l === at(lines, i)
            ? line.slice(0, column % (line.length + 1)) + char.repeat(times) + line.slice(column % (line.length + 1))
            : line,
        ),
    })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, column]): Mutation => ({
    name: `cut line ${i} at column ${column} (half-written)`,
    apply: (lines) => [
      ...lines.slice(0, at(lines, i)),
      (lines[at(lines, i)] ?? '').slice(0, column % ((lines[at(lines, i)] ?? '').length + 1)),
    ],
  })),
  fc.integer({ min: 2, max: 2000 }).map((times): Mutation => ({
    name: `alias bomb of width ${times % 10}`,
    apply: (lines) => [
      ...lines,
      `a0: &a0 [${Array(9).fill('x').join(', ')}]`,
      ...Array.from(
        { length: 1 + (times % 10) },
        (_, k) => `a${k + 1}: &a${k + 1} [${Array(9).fill(`*a${k}`).join(', ')}]`,
      ),
    ],
  })),
);

/** Line endings and a leading BOM are applied to the whole text after the line mutations. */
const wholeText = fc.constantFrom(
  { name: '', apply: (text: string) => text },
  { name: 'CRLF', apply: (text: string) => text.replace(/\r?\n/g, '\r\n') },
  { name: 'lone CR', apply: (text: string) => text.replace(/\r?\n/g, '\r') },
  { name: 'BOM', apply: (text: string) => `\ufeff${text}` },
  { name: 'U+2028 breaks', apply: (text: string) => text.replace(/\n/g, '\u2028') },
  {
    name: 'mixed breaks',
    apply: (text: string) => text.replace(/\n/g, (_, offset: number) => ['\n', '\r\n', '\r'][offset % 3]),
  },
);

/** A design doc written from scratch: step headings (or keys) in any order and depth, lines from a small vocabulary. */
const generated: fc.Arbitrary<{ text: string; format: DocFormat; origin: string }> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(
          ...steps.map((step) => step.title),
          'Notes',
          'Offline metrics',
          'Online metrics',
          'Serving',
          'Data',
          '',
        ),
        fc.array(
          fc.constantFrom(
            'We predict P(click) with a two-tower model.',
            'Latency 200 ms at p99.',
            'TODO',
            '- item',
            '1 1 1 1',
            '[x](y)',
            '`code`',
            'nDCG@10 offline, CTR online.',
            '',
          ),
          { maxLength: 6 },
        ),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([yaml, sections]) => {
    const text = yaml
      ? [
          'mlsd: 1',
          ...sections.flatMap(([depth, title, body]) => [
            `${'  '.repeat(depth % 3)}${title.toLowerCase().replace(/\W+/g, '_') || 'x'}:`,
            ...body.map((line) => `${'  '.repeat((depth % 3) + 1)}- ${JSON.stringify(line)}`),
          ]),
        ].join('\n')
      : [
          '---',
          'mlsd: 1',
          '---',
          ...sections.flatMap(([depth, title, body]) => [`${'#'.repeat(depth)} ${title}`, ...body]),
        ].join('\n');
    return { text, format: yaml ? ('yaml' as const) : ('markdown' as const), origin: 'generated' };
  });

const seeded = fc.integer({ min: 0, max: seeds().length - 1 }).map((i) => ({ ...seeds()[i], origin: seeds()[i].name }));

export const fuzzDocument: fc.Arbitrary<FuzzDocument> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: seeded }, { weight: 1, arbitrary: generated }),
    fc.array(mutation, { maxLength: 5 }),
    wholeText,
    fc.nat({ max: 9 }),
  )
  .map(([start, mutations, whole, swap]) => {
    const lines = mutations.reduce((current, m) => m.apply(current), start.text.split('\n'));
    // One in ten is read in the other format: Markdown as YAML and YAML as Markdown.
    const format: DocFormat = swap === 0 ? (start.format === 'yaml' ? 'markdown' : 'yaml') : start.format;
    const steps = [...mutations.map((m) => m.name), whole.name].filter(Boolean);
    return {
      text: whole.apply(lines.join('\n')),
      format,
      origin: `${start.origin} as ${format}${steps.length ? `; ${steps.join('; ')}` : ''}`,
    };
  });
