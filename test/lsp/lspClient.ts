/**
 * A minimal LSP client for tests: spawns the built server (`dist/server/server.js --stdio`) and speaks real JSON-RPC
 * over its stdin/stdout. Waits resolve on protocol events (never fixed sleeps) and fail after a generous timeout with
 * a message listing what the server did send.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createMessageConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CancellationToken,
  type InitializeResult,
  type MessageConnection,
  type NotificationType,
  type PublishDiagnosticsParams,
  type RequestType,
  type TextDocumentContentChangeEvent,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { CoverageNotification, type CoverageParams } from '../../common/protocol';

export const serverPath = path.resolve(__dirname, '../../dist/server/server.js');

/** Settings the client answers workspace/configuration with, keyed like VS Code's: `{ mlsd: { ... } }`. */
export type Settings = Record<string, unknown>;

export type ServerEvent =
  | { kind: 'diagnostics'; params: PublishDiagnosticsParams }
  | { kind: 'coverage'; params: CoverageParams }
  /** workspace/diagnostic/refresh: the server asks a pulling client to pull again. */
  | { kind: 'refresh' }
  /** $/progress of a work-done progress the server created. */
  | { kind: 'progress'; params: { token: string | number; value: WorkDoneProgressValue } };

export type WorkDoneProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export interface StartOptions {
  settings?: Settings;
  /** The workspace folder's URI (default `file:///ws`, a folder that does not exist). */
  workspaceFolder?: string;
  /** initializationOptions sent with the initialize request. */
  initializationOptions?: unknown;
  /** Per-wait timeout; generous because CI machines can be slow. */
  timeoutMs?: number;
  /** Node options for the server process, e.g. `--cpu-prof` to profile it. */
  nodeArgs?: string[];
  /** The server's own options after `--stdio`, e.g. `--code-cache-dir=PATH` as VS Code's client passes it. */
  serverArgs?: string[];
  /**
   * Announce LSP 3.17 pull diagnostics (as VS Code does) instead of receiving publishDiagnostics, with support for
   * workspace/diagnostic/refresh and work-done progress.
   */
  pullDiagnostics?: boolean;
}

interface Waiter {
  matches(event: ServerEvent): boolean;
  resolve(event: ServerEvent): void;
  reject(error: Error): void;
}

export class LspTestClient {
  /** Every diagnostics and coverage message, in arrival order. */
  readonly events: ServerEvent[] = [];
  /** window/logMessage messages of type Error: the server's per-document failure reports. */
  readonly errorLogs: string[] = [];
  /** window/logMessage messages of type Log, in arrival order. */
  readonly logMessages: string[] = [];
  private readonly logWaiters = new Set<{ pattern: RegExp; since: number; resolve(message: string): void }>();
  /** JSON-RPC errors: e.g. a non-protocol write to the server's stdout corrupts the stream. */
  readonly protocolErrors: string[] = [];
  initializeResult!: InitializeResult;
  private stderrText = '';
  private readonly waiters = new Set<Waiter>();
  private readonly versions = new Map<string, number>();
  private exited: Promise<number | null>;

  private constructor(
    private readonly process: ChildProcessWithoutNullStreams,
    private readonly connection: MessageConnection,
    private settings: Settings,
    private readonly timeoutMs: number,
  ) {
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderrText += chunk));
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    void this.exited.then((code) => this.rejectAll(new Error(`server exited (code ${code}); stderr:\n${this.stderr}`)));

    connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
      this.record({ kind: 'diagnostics', params }),
    );
    connection.onNotification(CoverageNotification, (params) => this.record({ kind: 'coverage', params }));
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.record({ kind: 'refresh' });
      return null;
    });
    connection.onUnhandledProgress((params: { token: string | number; value: WorkDoneProgressValue }) =>
      this.record({ kind: 'progress', params }),
    );
    connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
      if (type === MessageType.Error) this.errorLogs.push(message);
      if (type === MessageType.Log) this.recordLog(message);
    });
    connection.onRequest(ConfigurationRequest.type, ({ items }) =>
      items.map((item) => (item.section ? lookup(this.settings, item.section) : this.settings)),
    );
    // Requests a real editor would answer (client/registerCapability, progress, ...): accept them.
    connection.onRequest(() => null);
    connection.onError(([error]) => this.protocolErrors.push(error.message));
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    const child = spawn(
      process.execPath,
      [...(options.nodeArgs ?? []), serverPath, '--stdio', ...(options.serverArgs ?? [])],
      { stdio: 'pipe' },
    );
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new LspTestClient(child, connection, options.settings ?? {}, options.timeoutMs ?? 15_000);
    const workspaceFolder = options.workspaceFolder ?? 'file:///ws';
    client.initializeResult = await client.withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: workspaceFolder,
        workspaceFolders: [{ uri: workspaceFolder, name: 'ws' }],
        initializationOptions: options.initializationOptions,
        capabilities: {
          workspace: {
            configuration: true,
            didChangeConfiguration: { dynamicRegistration: false },
            workspaceFolders: true,
            ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
          },
          textDocument: {
            synchronization: { didSave: true, dynamicRegistration: false },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
            ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false } } : {}),
          },
          ...(options.pullDiagnostics ? { window: { workDoneProgress: true } } : {}),
        },
      }),
      'the initialize response',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** The server's process id, e.g. to read its memory use. */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Index of the next event; pass it as `since` to wait only for events sent after this point. */
  mark(): number {
    return this.events.length;
  }

  async open(uri: string, text: string, languageId = languageIdOf(uri)): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Sends one didChange with the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Replaces the settings and tells the server, which pulls them through workspace/configuration. */
  async changeSettings(settings: Settings): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async waitForDiagnostics(uri: string, version: number, since = 0): Promise<PublishDiagnosticsParams> {
    const event = await this.waitFor(
      (e) => e.kind === 'diagnostics' && e.params.uri === uri && e.params.version === version,
      `publishDiagnostics for ${uri} version ${version}`,
      since,
    );
    return (event as { params: PublishDiagnosticsParams }).params;
  }

  /** The next publishDiagnostics for `uri` (any version, e.g. a config file's) that satisfies `matches`. */
  async waitForDiagnosticsWhere(
    uri: string,
    matches: (params: PublishDiagnosticsParams) => boolean,
    description: string,
    since = 0,
  ): Promise<PublishDiagnosticsParams> {
    const event = await this.waitFor(
      (e) => e.kind === 'diagnostics' && e.params.uri === uri && matches(e.params),
      `publishDiagnostics for ${uri}: ${description}`,
      since,
    );
    return (event as { params: PublishDiagnosticsParams }).params;
  }

  /** Sends any notification the tests need beyond document sync (e.g. workspace/didChangeWatchedFiles). */
  notify<P>(type: NotificationType<P>, params: P): Promise<void> {
    return this.connection.sendNotification(type, params);
  }

  /** The next window/logMessage of type Log matching `pattern`, counting from log index `since`. */
  waitForLog(pattern: RegExp, since = 0): Promise<string> {
    const found = this.logMessages.slice(since).find((message) => pattern.test(message));
    if (found) return Promise.resolve(found);
    return this.withTimeout(
      new Promise<string>((resolve) => this.logWaiters.add({ pattern, since, resolve })),
      `a log message matching ${pattern} (logs: ${this.logMessages.join(' | ') || 'none'})`,
    );
  }

  /** The next workspace/diagnostic/refresh request of the server, counting from event index `since`. */
  async waitForRefresh(since = 0): Promise<void> {
    await this.waitFor((e) => e.kind === 'refresh', 'workspace/diagnostic/refresh', since);
  }

  /** The end of a work-done progress, and every $/progress sent since `since`, in order. */
  async waitForProgressEnd(
    since = 0,
  ): Promise<(WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd)[]> {
    await this.waitFor((e) => e.kind === 'progress' && e.params.value.kind === 'end', 'the end of a progress', since);
    return this.events.slice(since).flatMap((e) => (e.kind === 'progress' ? [e.params.value] : []));
  }

  async waitForCoverage(uri: string, since = 0): Promise<CoverageParams> {
    const event = await this.waitFor(
      (e) => e.kind === 'coverage' && e.params.uri === uri,
      `mlsd/coverage for ${uri}`,
      since,
    );
    return (event as { params: CoverageParams }).params;
  }

  /** shutdown + exit, then waits for the process to end (killing it only if it does not). */
  /** Any request the tests need beyond document sync (code actions, hover, completion, ...). */
  request<P, R>(type: RequestType<P, R, unknown>, params: P, token?: CancellationToken): Promise<R> {
    return this.withTimeout(this.connection.sendRequest(type, params, token), `the response to ${type.method}`);
  }

  async shutdown(): Promise<void> {
    try {
      await this.withTimeout(this.connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
      await this.connection.sendNotification(ExitNotification.type);
      await this.withTimeout(this.exited, 'the server process to exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) this.process.kill();
    }
  }

  private waitFor(matches: (e: ServerEvent) => boolean, description: string, since: number): Promise<ServerEvent> {
    const found = this.events.slice(since).find(matches);
    if (found) return Promise.resolve(found);
    let waiter: Waiter | undefined;
    const event = new Promise<ServerEvent>((resolve, reject) => {
      waiter = { matches, resolve, reject };
      this.waiters.add(waiter);
    });
    return this.withTimeout(event, description).finally(() => this.waiters.delete(waiter!));
  }

  private record(event: ServerEvent): void {
    this.events.push(event);
    for (const waiter of this.waiters) {
      if (waiter.matches(event)) {
        this.waiters.delete(waiter);
        waiter.resolve(event);
      }
    }
  }

  private recordLog(message: string): void {
    this.logMessages.push(message);
    for (const waiter of this.logWaiters) {
      if (waiter.pattern.test(message)) {
        this.logWaiters.delete(waiter);
        waiter.resolve(message);
      }
    }
  }

  private rejectAll(error: Error): void {
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters.clear();
  }

  private withTimeout<T>(promise: Promise<T>, description: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`Timed out after ${this.timeoutMs} ms waiting for ${description}.\n${this.describeEvents()}`),
          ),
        this.timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  private describeEvents(): string {
    const seen = this.events.map((e) =>
      e.kind === 'diagnostics'
        ? `  diagnostics ${e.params.uri} v${e.params.version ?? '(none)'}: [${e.params.diagnostics.map((d) => d.code).join(', ')}]`
        : e.kind === 'coverage'
          ? `  coverage ${e.params.uri}`
          : e.kind === 'progress'
            ? `  progress ${e.params.value.kind}`
            : `  ${e.kind}`,
    );
    return [
      `Events seen:`,
      ...seen,
      `Error logs: ${this.errorLogs.join('\n') || '(none)'}`,
      `stderr: ${this.stderr || '(empty)'}`,
    ].join('\n');
  }
}

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

function languageIdOf(uri: string): string {
  return /\.ya?ml$/.test(uri) ? 'yaml' : 'markdown';
}

/** Resolves a dotted section (`mlsd.designDocGlobs`) in the settings object; null when absent, as VS Code does. */
function lookup(settings: Settings, section: string): unknown {
  let value: unknown = settings;
  for (const key of section.split('.')) {
    if (typeof value !== 'object' || value === null || !(key in value)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
