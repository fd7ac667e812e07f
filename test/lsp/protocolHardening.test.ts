/**
 * The protocol's rules over real stdio, with raw frames a well-behaved client would never send: requests before
 * `initialize` and after `shutdown`, params of the wrong shape, malformed notifications, a cancelled request, a body
 * that is not JSON, and a broken header. Each gets the answer the specification asks for (or a clear exit), never an
 * internal error.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const serverPath = join(__dirname, '..', '..', 'dist', 'server', 'server.js');

interface Message {
  id?: number | string | null;
  method?: string;
  params?: { uri?: string; version?: number; message?: string };
  result?: unknown;
  error?: { code: number; message: string };
}

/** A stdio client that writes raw bytes and reads framed replies. */
class RawClient {
  readonly child: ChildProcessWithoutNullStreams;
  stderr = '';
  private buffer = Buffer.alloc(0);
  private readonly waiting = new Map<number | string, (message: Message) => void>();
  /** Notifications from the server, in order, and who waits for one that fits. */
  readonly notifications: Message[] = [];
  private readonly watchers: { fits: (message: Message) => boolean; resolve: (message: Message) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: 'pipe' });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.id !== null && message.method === undefined)
        this.waiting.get(message.id)?.(message);
      else if (message.method !== undefined) {
        this.notifications.push(message);
        for (const watcher of this.watchers.filter((w) => w.fits(message))) watcher.resolve(message);
      }
    }
  }

  frame(message: unknown): string {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  }

  write(raw: string): void {
    this.child.stdin.write(raw);
  }

  request(id: number, method: string, params: unknown): Promise<Message> {
    const reply = this.reply(id);
    this.write(this.frame({ jsonrpc: '2.0', id, method, params }));
    return reply;
  }

  /** Opens a Markdown document, as an editor's didOpen notification does. */
  open(uri: string, text: string): void {
    this.write(
      this.frame({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'markdown', version: 1, text } },
      }),
    );
  }

  notify(method: string, params: unknown): void {
    this.write(this.frame({ jsonrpc: '2.0', method, params }));
  }

  /** The first notification, already received or still to come, that fits. */
  notification(fits: (message: Message) => boolean): Promise<Message> {
    const received = this.notifications.find(fits);
    return received ? Promise.resolve(received) : new Promise((resolve) => this.watchers.push({ fits, resolve }));
  }

  reply(id: number): Promise<Message> {
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }

  async initialize(): Promise<void> {
    const reply = await this.request(1, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.ok(reply.result);
    this.write(this.frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill();
    await this.exited;
  }
}

const uri = 'file:///ws/doc.mlsd.md';
const hover = (position: unknown = { line: 0, character: 0 }) => ({ textDocument: { uri }, position });

describe('the language server keeps to the protocol on malformed traffic', () => {
  it('answers a request before initialize with ServerNotInitialized, then initializes normally', async () => {
    const client = new RawClient();
    try {
      const early = await client.request(7, 'textDocument/hover', hover());
      assert.equal(early.error?.code, -32002);
      await client.initialize();
    } finally {
      await client.stop();
    }
  });

  it('answers params of the wrong shape with InvalidParams naming the problem, and keeps serving', async () => {
    const client = new RawClient();
    try {
      await client.initialize();
      client.open(uri, '# Doc\n');
      const cases: [string, unknown, RegExp][] = [
        ['textDocument/hover', { position: { line: 0, character: 0 } }, /params\.textDocument\.uri must be a string/],
        ['textDocument/hover', hover({ line: 'x', character: 0 }), /params\.position must be \{ line, character \}/],
        ['textDocument/completion', 'nonsense', /params must be an object/],
        [
          'textDocument/codeAction',
          { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
          /params\.context\.diagnostics must be a list/,
        ],
        [
          'textDocument/selectionRange',
          { textDocument: { uri }, positions: [{ line: -1, character: 0 }] },
          /params\.positions\[0\]/,
        ],
        ['workspace/symbol', {}, /params\.query must be a string/],
        ['mlsd/template', { id: 'blank' }, /params must be \{ id: string, format: string \}/],
      ];
      let id = 10;
      for (const [method, params, message] of cases) {
        const reply = await client.request(id++, method, params);
        assert.equal(reply.error?.code, -32602, `${method}: ${JSON.stringify(reply)}`);
        assert.match(reply.error.message, message);
      }
      const fine = await client.request(id++, 'textDocument/foldingRange', { textDocument: { uri } });
      assert.ok(Array.isArray(fine.result), JSON.stringify(fine));
    } finally {
      await client.stop();
    }
    assert.doesNotMatch(client.stderr, /Cannot read properties|TypeError/);
  });

  it('drops notifications before initialize, and ignores malformed ones with a warning, keeping the documents', async () => {
    const client = new RawClient();
    try {
      client.open('file:///ws/early.mlsd.md', '# Too early\n');
      await client.initialize();
      const malformed: [string, unknown, string][] = [
        ['textDocument/didOpen', null, 'params must be an object'],
        [
          'textDocument/didOpen',
          { textDocument: { uri: 'file:///ws/b.mlsd.md', languageId: 'markdown', version: 1, text: 42 } },
          'params.textDocument must have a languageId and a text that are strings',
        ],
        [
          'textDocument/didChange',
          { textDocument: { uri, version: 2 }, contentChanges: [{ text: 7 }] },
          'params.contentChanges[0].text must be a string',
        ],
        [
          'textDocument/didChange',
          {
            textDocument: { uri, version: 3 },
            contentChanges: [{ range: { start: { line: 'a' }, end: null }, text: '' }],
          },
          'params.contentChanges[0].range.start must be { line, character } with whole numbers of at least 0',
        ],
        ['textDocument/didClose', {}, 'params.textDocument.uri must be a string'],
        ['workspace/didChangeConfiguration', null, 'params must be an object'],
        ['workspace/didChangeWatchedFiles', { changes: [null] }, 'params.changes[0].uri must be a string'],
      ];
      client.open(uri, '# Doc\n');
      for (const [method, params] of malformed) client.notify(method, params);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: 4 },
        contentChanges: [{ text: '# Doc\n\n## Requirements\nRank 500 posts within 200 ms.\n' }],
      });
      const published = await client.notification(
        (m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params.version === 4,
      );
      assert.ok(published);
      const warnings = client.notifications
        .filter((m) => m.method === 'window/logMessage')
        .map((m) => m.params?.message);
      assert.deepEqual(
        warnings,
        malformed.map(([method, , problem]) => `mlsd: ignored a ${method} notification: ${problem}`),
      );
      assert.ok(
        !client.notifications.some((m) => m.params?.uri === 'file:///ws/early.mlsd.md'),
        'a document opened before initialize is not linted',
      );
    } finally {
      await client.stop();
    }
    assert.doesNotMatch(client.stderr, /Cannot read properties|TypeError/);
  });

  it('answers a cancelled request with RequestCancelled', async () => {
    const client = new RawClient();
    try {
      await client.initialize();
      client.open(uri, '# Doc\n');
      const reply = client.reply(20);
      // The request and its cancellation in one write: the cancellation is read before the answer is sent.
      client.write(
        client.frame({
          jsonrpc: '2.0',
          id: 20,
          method: 'textDocument/documentSymbol',
          params: { textDocument: { uri } },
        }) + client.frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 20 } }),
      );
      assert.equal((await reply).error?.code, -32800);
    } finally {
      await client.stop();
    }
  });

  it('answers requests after shutdown with InvalidRequest, and exits on exit', async () => {
    const client = new RawClient();
    await client.initialize();
    assert.equal((await client.request(30, 'shutdown', null)).error, undefined);
    assert.equal((await client.request(31, 'textDocument/hover', hover())).error?.code, -32600);
    client.write(client.frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await client.exited, 0);
  });

  it('reports a body that is not JSON and goes on; stops with a message on a broken header', async () => {
    const client = new RawClient();
    try {
      client.write('Content-Length: 5\r\n\r\n{oops');
      await client.initialize();
      assert.match(client.stderr, /mlsd: ignored a message from the editor that is not JSON/);
      client.write('Content-Length: abc\r\n\r\n{}');
      assert.equal(await client.exited, 1);
      assert.match(
        client.stderr,
        /mlsd: the editor sent a message the language server cannot read \(Content-Length value must be a number\. Got abc\); stopping so the editor can restart it\./,
      );
    } finally {
      await client.stop();
    }
  });
});
