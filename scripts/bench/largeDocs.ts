/**
 * Very large documents of one shape each, the kind generated or exported files reach and no author writes by hand:
 * a huge table, a long bullet list, front matter of thousands of lines, a megabyte of ordinary sections, YAML docs
 * of many keys. The bench times `mlsd lint` on each; none may take more than a couple of seconds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeLint } from './cli';
import type { BenchFile } from './corpus';

const metrics = ['click-through rate', 'precision@10', 'AUC', 'recall', 'NDCG', 'log loss', 'p99 latency'];
const stores = ['Kafka', 'the feature store', 'BigQuery', 'a key-value cache'];

const pick = <T>(items: readonly T[], k: number): T => items[k % items.length];

const intro = '# Large design doc\n\n## 1. Clarifying requirements\nRank posts for each user within 200 ms.\n';

/** A Markdown doc whose data section is one table of `rows` rows. */
export function tableDoc(rows: number): string {
  const body = Array.from({ length: rows }, (_, k) => `| f${k} | ${pick(metrics, k)} | ${(k % 97) + 3} ms |`);
  return `${intro}\n## 3. Data preparation\n| feature | metric | latency |\n| --- | --- | --- |\n${body.join('\n')}\n`;
}

/** A Markdown doc whose data section is one list of `items` bullets. */
export function bulletDoc(items: number): string {
  const body = Array.from(
    { length: items },
    (_, k) => `- Feature ${k} is read from ${pick(stores, k)} and tracked by ${pick(metrics, k)}.`,
  );
  return `${intro}\n## 3. Data preparation\n${body.join('\n')}\n`;
}

/** A Markdown doc whose front matter has `lines` keys. */
export function frontMatterDoc(lines: number): string {
  const keys = Array.from({ length: lines }, (_, k) => `key_${k}: ${pick(metrics, k)}`);
  return `---\ntitle: Large front matter\n${keys.join('\n')}\n---\n${intro}`;
}

/** A Markdown doc of ordinary sections (a heading and a paragraph of prose each), `bytes` characters or more. */
export function sectionsDoc(bytes: number): string {
  const parts = [intro];
  let length = intro.length;
  for (let k = 0; length < bytes; k++) {
    const section =
      `\n## Component ${k}\nThe ${pick(metrics, k)} of component ${k} is logged to ${pick(stores, k)} daily; ` +
      `we retrain weekly and alert when it drops by more than ${(k % 9) + 1}% against the baseline.\n`;
    parts.push(section);
    length += section.length;
  }
  return parts.join('');
}

/** A YAML design doc whose data step is a map of `keys` keys. */
export function yamlKeysDoc(keys: number): string {
  const entries = Array.from(
    { length: keys },
    (_, k) => `    feature_${k}: ${pick(metrics, k)} from ${pick(stores, k)}`,
  );
  return `title: Large YAML doc\nrequirements: Rank posts for each user within 200 ms.\ndata:\n  features:\n${entries.join('\n')}\n`;
}

/** The large documents the bench lints, each once; `scale` shrinks them (a smoke run). */
export function largeDocs(scale = 1): BenchFile[] {
  const n = (count: number): number => Math.max(1, Math.round(count * scale));
  return [
    { name: `table-${n(50_000)}-rows.mlsd.md`, format: 'markdown', text: tableDoc(n(50_000)) },
    { name: `bullets-${n(100_000)}.mlsd.md`, format: 'markdown', text: bulletDoc(n(100_000)) },
    { name: `front-matter-${n(10_000)}-lines.mlsd.md`, format: 'markdown', text: frontMatterDoc(n(10_000)) },
    { name: `sections-${n(1024)}kb.mlsd.md`, format: 'markdown', text: sectionsDoc(n(1024) * 1024) },
    { name: `yaml-${n(10_000)}-keys.mlsd.yaml`, format: 'yaml', text: yamlKeysDoc(n(10_000)) },
    { name: `yaml-${n(100_000)}-keys.mlsd.yaml`, format: 'yaml', text: yamlKeysDoc(n(100_000)) },
  ];
}

/** Wall time in milliseconds of `mlsd lint` (the built CLI) on each file alone, keyed by file name. */
export function measureLargeDocs(files: readonly BenchFile[]): Record<string, number> {
  const folder = mkdtempSync(join(tmpdir(), 'mlsd-bench-large-'));
  try {
    return Object.fromEntries(
      files.map((file) => {
        const path = join(folder, file.name);
        writeFileSync(path, file.text);
        return [file.name, timeLint(path, [], 1)];
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
