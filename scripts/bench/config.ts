/** What one bench run measures and how hard: the full run the targets are read from, and a smoke run for tests. */
import type { CorpusSizes } from './corpus';
import type { Rounds } from './timing';

export interface BenchConfig {
  sizes: CorpusSizes;
  /** The single doc (by line count, one of sizes.docLines) typed in over LSP; its lint is the reference for ratios. */
  lspDocLines: number;
  rounds: Rounds;
  lspEdits: number;
  lspWarmupEdits: number;
  startupRuns: number;
  cliDocs: number;
  cliRounds: number;
  /** Design docs on disk in the folder whose workspace diagnostics are measured. */
  workspaceDocs: number;
  /**
   * The very large docs (largeDocs.ts) linted by the CLI, at this scale, and the language server's latency on a small
   * doc while it lints one of `lspBytes`, over `lspEdits` edits.
   */
  large: { scale: number; lspBytes: number; lspEdits: number };
  /** Rebuild the bundles minified first (else measure dist/ as it is). */
  build: boolean;
  /** Where the servers typed in write their CPU profiles (node --cpu-prof), if anywhere. */
  cpuProfileDir?: string;
}

export const fullConfig: BenchConfig = {
  sizes: { docLines: [300, 2000, 10000], smallDocs: 200, smallDocLines: [130, 220] },
  lspDocLines: 2000,
  rounds: { warmup: 3, minRounds: 10, minTimeMs: 3000, maxRounds: 300 },
  lspEdits: 240,
  lspWarmupEdits: 24,
  startupRuns: 10,
  cliDocs: 2000,
  cliRounds: 3,
  workspaceDocs: 1000,
  large: { scale: 1, lspBytes: 5 * 1024 * 1024, lspEdits: 40 },
  build: true,
};

/** Every measurement once or twice on tiny docs: checks that the bench runs and its output keeps its shape. */
export const smokeConfig: BenchConfig = {
  sizes: { docLines: [150, 250], smallDocs: 3, smallDocLines: [130, 150] },
  lspDocLines: 250,
  rounds: { warmup: 1, minRounds: 2, minTimeMs: 0, maxRounds: 2 },
  lspEdits: 4,
  lspWarmupEdits: 1,
  startupRuns: 1,
  cliDocs: 4,
  cliRounds: 1,
  workspaceDocs: 4,
  large: { scale: 0.01, lspBytes: 300 * 1024, lspEdits: 2 },
  build: false,
};

export interface BenchArgs {
  config: BenchConfig;
  output: 'text' | 'json' | 'markdown';
  /** A result saved with --json, printed again instead of measuring. */
  from?: string;
  /** Files to bench instead of the generated corpus. */
  files: string[];
}

export const usage = `Usage: npm run bench -- [--json] [--smoke] [--no-build] [FILES...]

Measures mlsd's lint against markdownlint and the parse floor, the language server over stdio (startup, latency of
a one-character edit, alone and while a 5 MB doc is linted, memory, the workspace diagnostics of a folder of docs),
bundle sizes and the CLI (on many docs, and on very large ones), on a generated corpus or on FILES.
  --json       Print one JSON object instead of the table.
  --markdown   Print the README's performance section instead of the table.
  --from FILE  Print a result saved with --json (as a table, or with --markdown) instead of measuring.
  --smoke      Tiny corpus, one or two rounds each: checks that the bench runs, measures nothing worth keeping.
  --no-build   Measure the bundles in dist/ as they are instead of rebuilding them minified.
  --cpu-prof DIR   Write CPU profiles of the server during the one-character edits, alone and beside the large doc
               whose lenses, symbols and folding are asked, to DIR (open them in Chrome DevTools or VS Code); build
               with --no-build after \`npm run build\` for readable names.`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs | { help: true } | { error: string } {
  let config = fullConfig;
  let output: BenchArgs['output'] = 'text';
  let from: string | undefined;
  let build: boolean | undefined;
  let cpuProfileDir: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') output = 'json';
    else if (arg === '--markdown') output = 'markdown';
    else if (arg === '--from') {
      from = argv[++i];
      if (!from) return { error: '--from needs a file saved with --json' };
    } else if (arg === '--cpu-prof') {
      cpuProfileDir = argv[++i];
      if (!cpuProfileDir) return { error: '--cpu-prof needs a folder' };
    } else if (arg === '--smoke') config = smokeConfig;
    else if (arg === '--no-build') build = false;
    else if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else files.push(arg);
  }
  return {
    config: { ...config, build: build ?? config.build, cpuProfileDir },
    output,
    ...(from ? { from } : {}),
    files,
  };
}
