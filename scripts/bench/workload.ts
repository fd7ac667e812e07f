/** What the bench runs on: the generated corpus, or the files given on the command line. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { BenchConfig } from './config';
import { namedFileFormat } from '../../server/src/engine';
import { benchCorpus, smallDocs, type BenchFile, type CorpusEntry } from './corpus';

export interface Workload {
  entries: CorpusEntry[];
  /** The doc typed in over LSP; the entry of the same name is the reference for the targets. */
  lspDoc: { entry: string; file: BenchFile };
  /** Opened together before the server's memory is read. */
  rssFiles: BenchFile[];
  cliFiles: BenchFile[];
  /** The folder whose workspace diagnostics are measured. */
  workspaceFiles: BenchFile[];
  /** [larger, smaller] entry names whose lint times show whether lint time grows linearly with size. */
  scaling: [string, string][];
}

export function generatedWorkload(config: BenchConfig): Workload {
  const { sizes, lspDocLines } = config;
  const entries = benchCorpus(sizes);
  const byName = (name: string): CorpusEntry => {
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`the corpus has no ${name}`);
    return entry;
  };
  const largest = Math.max(...sizes.docLines);
  const half = Math.ceil(config.cliDocs / 2);
  const workspaceHalf = Math.ceil(config.workspaceDocs / 2);
  return {
    entries,
    lspDoc: { entry: `md-${lspDocLines}`, file: byName(`md-${lspDocLines}`).files[0] },
    rssFiles: byName(`md-${sizes.smallDocs}docs`).files,
    cliFiles: [
      ...smallDocs(half, sizes.smallDocLines, 'markdown', 5000),
      ...smallDocs(config.cliDocs - half, sizes.smallDocLines, 'yaml', 7000),
    ],
    workspaceFiles: [
      ...smallDocs(workspaceHalf, sizes.smallDocLines, 'markdown', 9000),
      ...smallDocs(config.workspaceDocs - workspaceHalf, sizes.smallDocLines, 'yaml', 11000),
    ],
    scaling:
      largest > lspDocLines
        ? [
            [`md-${largest}`, `md-${lspDocLines}`],
            [`yaml-${largest}`, `yaml-${lspDocLines}`],
          ]
        : [],
  };
}

/** Each file is its own entry; the longest Markdown file (else the longest file) is typed in over LSP. */
export function filesWorkload(paths: readonly string[]): Workload {
  const used = new Set<string>();
  const files: BenchFile[] = paths.map((path) => {
    let name = basename(path);
    for (let k = 2; used.has(name); k++) name = `${k}-${basename(path)}`;
    used.add(name);
    return { name, format: namedFileFormat(path), text: readFileSync(path, 'utf8') };
  });
  const lineCount = (file: BenchFile): number => file.text.split('\n').length;
  const candidates = files.some((file) => file.format === 'markdown')
    ? files.filter((file) => file.format === 'markdown')
    : files;
  const longest = candidates.reduce((a, b) => (lineCount(b) > lineCount(a) ? b : a));
  return {
    entries: files.map((file) => ({ name: file.name, format: file.format, files: [file] })),
    lspDoc: { entry: longest.name, file: longest },
    rssFiles: files,
    cliFiles: files,
    workspaceFiles: files,
    scaling: [],
  };
}
