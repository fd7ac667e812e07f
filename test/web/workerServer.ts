/**
 * The language server's web build (dist/web/server.js) in a web worker of headless Debian Chromium, driven by an LSP
 * client in this process, as VS Code for the Web drives it. The page is served from a loopback HTTP server and only
 * starts the worker and relays its messages: the client's messages go in with page.evaluate (postMessage), the
 * server's come out through an exposed binding, so every wait resolves on a message, never on a timer.
 *
 * The client plays the editor's part: it answers `workspace/configuration` and the server's `mlsd/fs/*` requests from
 * an in-memory virtual workspace (URI → text), like `vscode.workspace.fs` over a `vscode-vfs:` repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  ConfigurationRequest,
  createMessageConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  ResponseError,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type RequestType,
  ShutdownRequest,
} from 'vscode-languageserver-protocol';
import { FileStatRequest, ReadDirectoryRequest, ReadFileRequest, type DirectoryEntry } from '../../common/protocol';
import { childUri, uriInside } from '../../common/uris';
import chromiumArgs from '../helpers/chromiumArgs.json';

const root = join(__dirname, '..', '..');
export const serverBundle = join(root, 'dist', 'web', 'server.js');
const chromiumPath = process.env.MLSD_CHROMIUM || '/usr/bin/chromium';

/** A skip reason for node:test, or false. In CI (which installs chromium) a missing browser fails instead. */
export function skipReason(): string | false {
  if (!existsSync(serverBundle)) return process.env.CI ? false : 'dist/web/server.js is missing: run `npm run build`';
  if (existsSync(chromiumPath) || process.env.CI) return false;
  return `${chromiumPath} is absent (apt-get install chromium); web worker tests skipped`;
}

const page = `<!doctype html><meta charset="utf-8"><script>
  const worker = new Worker('/server.js');
  worker.onmessage = (event) => window.__fromServer(event.data);
  worker.onerror = (event) => window.__workerError(event.message);
  window.__toServer = (message) => worker.postMessage(message);
</script>`;

/** The worker's messages, as the client's reader. */
class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;

  deliver(message: Message): void {
    this.callback?.(message);
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
}

/** Posts the client's messages to the worker. */
class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }

  async write(message: Message): Promise<void> {
    await this.page.evaluate(`window.__toServer(${JSON.stringify(message)})`);
  }

  end(): void {}
}

/** The in-memory workspace: files by URI; a folder is any prefix of a file's URI. */
class VirtualWorkspace {
  constructor(readonly files: Map<string, string>) {}

  stat(uri: string) {
    const text = this.files.get(uri);
    if (text !== undefined) return { kind: 'file' as const, size: Buffer.byteLength(text), mtime: 1 };
    return this.entries(uri).length > 0 ? { kind: 'directory' as const, size: 0, mtime: 1 } : null;
  }

  entries(folder: string): DirectoryEntry[] {
    const names = new Map<string, DirectoryEntry['kind']>();
    for (const uri of this.files.keys()) {
      const inside = uriInside(folder, uri);
      if (inside) names.set(inside.split('/')[0], inside.includes('/') ? 'directory' : 'file');
    }
    return [...names].map(([name, kind]) => ({ name, kind }));
  }
}

export class WorkerServer {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly errorLogs: string[] = [];
  /** URIs the server asked the editor's file system about. */
  readonly fileRequests: string[] = [];
  /** Re-run on every notification from the server, until what they wait for has come. */
  private readonly checks = new Set<() => void>();

  private constructor(
    private readonly browser: Browser,
    private readonly http: Server,
    private readonly connection: MessageConnection,
    readonly pageErrors: string[],
  ) {}

  /** Starts the worker with `files` as the workspace folder `folder` and initializes it as VS Code's client does. */
  static async start(folder: string, files: Record<string, string>, settings: unknown = {}): Promise<WorkerServer> {
    const bundle = readFileSync(serverBundle);
    const http = createServer((request, response) => {
      if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      else if (request.url === '/server.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
    const tab = await browser.newPage();
    const reader = new PageReader();
    const pageErrors: string[] = [];
    tab.on('pageerror', (error) => pageErrors.push(error.message));
    await tab.exposeFunction('__fromServer', (message: Message) => reader.deliver(message));
    await tab.exposeFunction('__workerError', (message: string) => pageErrors.push(message));
    await tab.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);

    const connection = createMessageConnection(reader, new PageWriter(tab));
    const server = new WorkerServer(browser, http, connection, pageErrors);
    server.answer(new VirtualWorkspace(new Map(Object.entries(files))), settings);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'designs' }],
      initializationOptions: { watchesConfigFiles: true, workspaceTrusted: true, fileSystem: true },
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  private answer(workspace: VirtualWorkspace, settings: unknown): void {
    const { connection } = this;
    connection.onRequest(FileStatRequest, ({ uri }) => {
      this.fileRequests.push(uri);
      return workspace.stat(uri);
    });
    connection.onRequest(ReadFileRequest, ({ uri, maxBytes }) => {
      this.fileRequests.push(uri);
      const text = workspace.files.get(uri);
      if (text === undefined) throw new ResponseError(1, `FileNotFound: ${uri}`);
      const size = Buffer.byteLength(text);
      return maxBytes !== undefined && size > maxBytes ? { size } : { text, size };
    });
    connection.onRequest(ReadDirectoryRequest, ({ uri }) => {
      this.fileRequests.push(uri);
      return workspace.entries(uri);
    });
    connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map(() => settings));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params);
      for (const check of [...this.checks]) check();
    });
    connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
      (type === MessageType.Error ? this.errorLogs : this.logs).push(message);
      for (const check of [...this.checks]) check();
    });
    // Requests a real editor would answer (client/registerCapability, ...): accepted.
    connection.onRequest(() => null);
  }

  async open(uri: string, text: string): Promise<void> {
    const languageId = /\.ya?ml$/.test(uri) ? 'yaml' : 'markdown';
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  request<P, R>(type: RequestType<P, R, unknown>, params: P): Promise<R> {
    return this.connection.sendRequest(type, params);
  }

  /** The first publish for `uri` that satisfies `matches`, past or future. */
  diagnosticsWhere(
    uri: string,
    matches: (params: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.diagnostics.find((params) => params.uri === uri && matches(params)));
  }

  /** The first log message (type Log) matching `pattern`, past or future. */
  logWhere(pattern: RegExp): Promise<string> {
    return this.until(() => this.logs.find((message) => pattern.test(message)));
  }

  private until<T>(find: () => T | undefined): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => {
      const check = () => {
        const now = find();
        if (now === undefined) return;
        this.checks.delete(check);
        resolve(now);
      };
      this.checks.add(check);
    });
  }

  async close(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    this.connection.dispose();
    await this.browser.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

/** A workspace URI under `folder`. */
export const inFolder = (folder: string, ...names: string[]): string => names.reduce(childUri, folder);
