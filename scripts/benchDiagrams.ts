/**
 * Diagram checking in the language server, measured over real stdio JSON-RPC on a design doc with 20 Mermaid diagrams
 * (one of them broken, so the merged publish can be seen):
 *   - first lint: open → text findings published, and open → Mermaid's findings merged in (worker start included);
 *   - a one-character edit in the text: change → text findings, and change → diagram findings (all from the cache);
 *   - the server's resident memory before and after the diagram worker starts.
 * As in bench.ts, the in-process parse + lint of the same doc is also given as a ratio to markdown-it tokenising it.
 * `benchDiagrams()` is what `npm run bench` calls; run this file alone with
 * `node --import tsx scripts/benchDiagrams.ts`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import {
  createMessageConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { defaultRules, lint, parseDesignDoc } from '../server/src/engine';
import { median } from './median';

const root = join(__dirname, '..');

export interface DiagramBenchReport {
  diagrams: number;
  firstLint: { textMs: number; diagramsMs: number };
  afterTextEdit: { textMs: number; diagramsMs: number };
  rssMb: { beforeWorker: number; afterWorker: number };
  inProcess: { parseAndLintMs: number; markdownItMs: number };
}

/** A complete design doc (the fixture that has no findings) with `count` flowcharts, the last one broken. */
export function docWithDiagrams(count: number): string {
  const complete = readFileSync(join(root, 'test', 'fixtures', 'docs', 'complete.mlsd.md'), 'utf8');
  const diagrams = Array.from({ length: count }, (_, i) =>
    [
      '```mermaid',
      'flowchart LR',
      `  Logs${i}[Click logs] --> Index${i}[HNSW index]`,
      `  Index${i} ${i === count - 1 ? '-->>' : '-->'} Ranker${i}[Re-ranking service]`,
      '```',
    ].join('\n'),
  );
  return `${complete}\n${diagrams.join('\n\n')}\n`;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

export async function benchDiagrams(count = 20): Promise<DiagramBenchReport> {
  const text = docWithDiagrams(count);
  const server = spawn(process.execPath, [join(root, 'dist', 'server', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const publishes: { at: number; params: PublishDiagnosticsParams }[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    publishes.push({ at: performance.now(), params });
    for (const wake of waiters.splice(0)) wake();
  });
  // workspace/configuration: no debounce, so the edit's timing is the lint's, not the typing delay's.
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => ({ lintDebounceMs: 0 })),
  );
  connection.onRequest(() => null);
  connection.listen();
  const publishWhere = async (test: (p: PublishDiagnosticsParams) => boolean, since: number): Promise<number> => {
    for (;;) {
      const found = publishes.slice(since).find((p) => test(p.params));
      if (found) return found.at;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const hasDiagramFinding = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'mermaid-syntax');
  try {
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    // A doc without diagrams first: the server is warm, the worker not started.
    const plain = 'file:///bench/plain.mlsd.md';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: plain, languageId: 'markdown', version: 1, text: text.slice(0, text.indexOf('```mermaid')) },
    });
    await publishWhere((p) => p.uri === plain, 0);
    const beforeWorker = rssMb(server.pid!);

    const uri = 'file:///bench/diagrams.mlsd.md';
    let since = publishes.length;
    const opened = performance.now();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const firstText = await publishWhere((p) => p.uri === uri && p.version === 1, since);
    const firstDiagrams = await publishWhere((p) => p.uri === uri && p.version === 1 && hasDiagramFinding(p), since);
    const afterWorker = rssMb(server.pid!);

    since = publishes.length;
    const edited = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'x' }],
    });
    const editText = await publishWhere((p) => p.uri === uri && p.version === 2, since);
    const editDiagrams = await publishWhere((p) => p.uri === uri && p.version === 2 && hasDiagramFinding(p), since);

    const markdown = new MarkdownIt({ html: true });
    return {
      diagrams: count,
      firstLint: { textMs: firstText - opened, diagramsMs: firstDiagrams - opened },
      afterTextEdit: { textMs: editText - edited, diagramsMs: editDiagrams - edited },
      rssMb: { beforeWorker, afterWorker },
      inProcess: {
        parseAndLintMs: median(() => lint(parseDesignDoc(text, 'markdown'), { rules: defaultRules })),
        markdownItMs: median(() => markdown.parse(text, {})),
      },
    };
  } finally {
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    connection.dispose();
    server.kill();
  }
}

export function formatDiagramBench(report: DiagramBenchReport): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const { firstLint, afterTextEdit, rssMb, inProcess } = report;
  return [
    `doc with ${report.diagrams} Mermaid diagrams, language server over stdio:`,
    `  first lint:          text findings after ${ms(firstLint.textMs)}, diagram findings after ${ms(firstLint.diagramsMs)} (worker start included)`,
    `  one-character edit:  text findings after ${ms(afterTextEdit.textMs)}, diagram findings after ${ms(afterTextEdit.diagramsMs)} (all diagrams cached)`,
    `  server RSS:          ${rssMb.beforeWorker.toFixed(0)} MB before the diagram worker, ${rssMb.afterWorker.toFixed(0)} MB after (+${(rssMb.afterWorker - rssMb.beforeWorker).toFixed(0)} MB)`,
    `  in process:          parse + lint ${inProcess.parseAndLintMs.toFixed(2)} ms, ${(inProcess.parseAndLintMs / inProcess.markdownItMs).toFixed(1)}× markdown-it tokenising the same text (${inProcess.markdownItMs.toFixed(2)} ms)`,
  ].join('\n');
}

if (require.main === module) {
  benchDiagrams().then(
    (report) => console.log(formatDiagramBench(report)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
