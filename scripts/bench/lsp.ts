/**
 * The language server as an editor sees it, over real stdio JSON-RPC: time from spawning it to the `initialize`
 * result, time from a one-character `didChange` to the `publishDiagnostics` of that version (debounce 0 through the
 * `mlsd.lintDebounceMs` setting), and its resident memory once many docs are open.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
  CodeLensRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { LspTestClient } from '../../test/lsp/lspClient';
import type { BenchFile } from './corpus';
import { median, percentile } from './timing';

const workspaceFolder = 'file:///bench';
const uriOf = (file: BenchFile): string => `${workspaceFolder}/${file.name}`;
const noDebounce = { mlsd: { lintDebounceMs: 0 } };

export interface Startup {
  /** Median time from spawning the server to its `initialize` result. */
  serverMs: number;
  /** The first of those starts, whose code cache folder was still empty (a first start after an install or update). */
  firstServerMs: number;
  /** Median time from spawning Node with a script that only writes a newline to that newline on its stdout. */
  nodeMs: number;
}

/**
 * The server's start against the floor under it, Node's own start: `runs` fresh servers, each started right after a
 * fresh Node process whose script only writes a newline, so both share whatever else the machine is doing. The
 * servers get a code cache folder as VS Code's client gives them one, empty before the first.
 */
export async function measureStartup(runs: number): Promise<Startup> {
  const server: number[] = [];
  const node: number[] = [];
  const codeCache = mkdtempSync(join(tmpdir(), 'mlsd-bench-code-cache-'));
  try {
    for (let i = 0; i < runs; i++) {
      node.push(await nodeToFirstStdout());
      const start = performance.now();
      const client = await LspTestClient.start({ workspaceFolder, serverArgs: [`--code-cache-dir=${codeCache}`] });
      server.push(performance.now() - start);
      await client.shutdown();
    }
  } finally {
    rmSync(codeCache, { recursive: true, force: true });
  }
  return { serverMs: median(server), firstServerMs: server[0], nodeMs: median(node) };
}

async function nodeToFirstStdout(): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("\\n")'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  await once(child.stdout, 'data');
  const time = performance.now() - start;
  await exited;
  return time;
}

/** Prose lines an author would type in (no heading, table, list, fence or YAML key), spread over the doc. */
function typingSites(text: string, count: number): number[] {
  const lines = text.split('\n');
  const prose = lines.flatMap((line, index) =>
    /^\s*[A-Z][^:|]{30,}[.,]$/.test(line) && !/^\s*-/.test(line) ? [index] : [],
  );
  if (!prose.length) throw new Error('no prose line to type in');
  return Array.from({ length: count }, (_, k) => prose[Math.floor(((k + 0.5) * prose.length) / count)]);
}

export interface EditLatency {
  p50: number;
  p99: number;
  edits: number;
}

/** The requests VS Code sends after an edit of a document whose server offers them. */
function editorRequests(client: LspTestClient, uri: string): Promise<unknown>[] {
  const textDocument = { uri };
  return [
    client.request(CodeLensRequest.type, { textDocument }),
    client.request(DocumentSymbolRequest.type, { textDocument }),
    client.request(FoldingRangeRequest.type, { textDocument }),
  ];
}

export interface EditOptions {
  edits: number;
  warmup: number;
  /** Also send the requests an editor sends after each edit, and wait for their answers too. */
  withEditorRequests: boolean;
  /** Node options for the server, e.g. `--cpu-prof` to see where the time goes. */
  nodeArgs?: string[];
}

/**
 * Types a word at the end of a prose line and deletes it again, one character per `didChange`, moving through the
 * doc; each edit waits for its diagnostics before the next, as a fast typist's keystrokes would with no debounce.
 */
export async function measureEditLatency(
  file: BenchFile,
  { edits, warmup, withEditorRequests, nodeArgs }: EditOptions,
): Promise<EditLatency> {
  const client = await LspTestClient.start({ workspaceFolder, settings: noDebounce, nodeArgs });
  try {
    const uri = uriOf(file);
    await client.open(uri, file.text);
    await client.waitForDiagnostics(uri, 1);
    const lines = file.text.split('\n');
    const word = ' speed';
    const total = warmup + edits;
    const sites = typingSites(file.text, Math.ceil(total / (2 * word.length)));
    const times: number[] = [];
    for (let k = 0; k < total; k++) {
      const line = sites[Math.floor(k / (2 * word.length))];
      const step = k % (2 * word.length);
      const end = lines[line].length;
      // The first half of each cycle types the word, the second half deletes it again.
      const change =
        step < word.length
          ? { range: { start: { line, character: end }, end: { line, character: end } }, text: word[step] }
          : { range: { start: { line, character: end - 1 }, end: { line, character: end } }, text: '' };
      lines[line] = step < word.length ? lines[line] + word[step] : lines[line].slice(0, -1);
      const since = client.mark();
      const start = performance.now();
      const version = await client.change(uri, [change]);
      await Promise.all([
        client.waitForDiagnostics(uri, version, since),
        ...(withEditorRequests ? editorRequests(client, uri) : []),
      ]);
      if (k >= warmup) times.push(performance.now() - start);
    }
    return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), edits };
  } finally {
    await client.shutdown();
  }
}

/** The server's resident set size in MB after opening every file and receiving its first diagnostics. */
export async function measureRss(files: BenchFile[]): Promise<number> {
  const client = await LspTestClient.start({ workspaceFolder });
  try {
    for (const file of files) await client.open(uriOf(file), file.text);
    for (const file of files) await client.waitForDiagnostics(uriOf(file), 1);
    return residentMb(client.pid);
  } finally {
    await client.shutdown();
  }
}

function residentMb(pid: number | undefined): number {
  if (pid === undefined) throw new Error('the server process has no pid');
  if (process.platform === 'linux') {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) return Number(match[1]) / 1024;
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

/** Round k types `char` at the position (k even) or deletes it again (k odd). */
function typeOrDelete(k: number, line: number, character: number, char: string): TextDocumentContentChangeEvent {
  const start = { line, character };
  return k % 2 === 0
    ? { range: { start, end: start }, text: char }
    : { range: { start, end: { line, character: character + char.length } }, text: '' };
}

/**
 * Time from a one-character edit of a small document to its diagnostics while the server lints a very large one:
 * each round edits the large document (a new version to lint), with the requests an editor then sends for it if
 * asked, and at once the small one.
 */
export async function measureLatencyBesideLargeDoc(
  small: BenchFile,
  large: BenchFile,
  { edits, warmup, withEditorRequests, nodeArgs }: EditOptions,
): Promise<EditLatency> {
  const client = await LspTestClient.start({ workspaceFolder, settings: noDebounce, timeoutMs: 300_000, nodeArgs });
  try {
    const [smallUri, largeUri] = [uriOf(small), uriOf(large)];
    await client.open(smallUri, small.text);
    await client.waitForDiagnostics(smallUri, 1);
    await client.open(largeUri, large.text);
    const [line] = typingSites(small.text, 1);
    const end = small.text.split('\n')[line].length;
    const times: number[] = [];
    for (let k = 0; k < warmup + edits; k++) {
      await client.change(largeUri, [typeOrDelete(k, 0, 0, ' ')]);
      const requests = withEditorRequests ? editorRequests(client, largeUri) : [];
      const since = client.mark();
      const start = performance.now();
      const version = await client.change(smallUri, [typeOrDelete(k, line, end, 's')]);
      await client.waitForDiagnostics(smallUri, version, since);
      if (k >= warmup) times.push(performance.now() - start);
      await Promise.all(requests);
    }
    return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), edits };
  } finally {
    await client.shutdown();
  }
}
