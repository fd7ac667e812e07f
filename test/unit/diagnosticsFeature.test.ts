/**
 * The diagnostics feature in process, with a recording connection: what the stdio tests cannot see, namely that a
 * request made right after an edit and the debounced lint of that edit share one lint of the document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticsFeature, type LintSettings } from '../../server/src/features/diagnostics';
import { DiagramChecker } from '../../server/src/mermaidWorker';
import { nodeFileSystem } from '../../server/src/workspace/node';

type Listener = (event: { document: TextDocument }) => void;

/** The part of TextDocuments the feature uses, driven by the test. */
class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>();
  private readonly listeners = { open: [] as Listener[], change: [] as Listener[], close: [] as Listener[] };

  onDidOpen(listener: Listener): void {
    this.listeners.open.push(listener);
  }
  onDidChangeContent(listener: Listener): void {
    this.listeners.change.push(listener);
  }
  onDidClose(listener: Listener): void {
    this.listeners.close.push(listener);
  }
  onDidSave(): void {}
  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }
  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  open(document: TextDocument): void {
    this.documents.set(document.uri, document);
    for (const listener of [...this.listeners.open, ...this.listeners.change]) listener({ document });
  }
  edit(uri: string, text: string): TextDocument {
    const current = this.documents.get(uri)!;
    const document = TextDocument.update(current, [{ text }], current.version + 1);
    this.documents.set(uri, document);
    for (const listener of this.listeners.change) listener({ document });
    return document;
  }
}

/** A connection that records published diagnostics and lets a test wait for the publish of a version. */
function recordingConnection(): { connection: Connection; published: (version: number) => Promise<void> } {
  const waiters = new Map<number, () => void>();
  const seen = new Set<number>();
  const connection = {
    sendDiagnostics: ({ version }: { version?: number }): Promise<void> => {
      if (version !== undefined) {
        seen.add(version);
        waiters.get(version)?.();
      }
      return Promise.resolve();
    },
    sendNotification: (): Promise<void> => Promise.resolve(),
    console: { error: (message: string) => assert.fail(message) },
  } as unknown as Connection;
  const published = (version: number): Promise<void> =>
    seen.has(version) ? Promise.resolve() : new Promise((resolve) => waiters.set(version, resolve));
  return { connection, published };
}

const settings: LintSettings = {
  designDocGlobs: ['**/*.mlsd.md'],
  designDocGlobsSet: false,
  lintDebounceMs: 0,
  validateDiagrams: true,
  run: 'onType',
  rules: {},
  ignore: [],
};
const text = ['# Churn prediction', '', '## 1. Clarifying requirements', 'Reduce churn of paying users.'].join('\n');

describe('diagnostics feature', () => {
  it('lints an edit once for a request made before its debounced lint and for the publish', async () => {
    const documents = new OpenDocuments();
    const { connection, published } = recordingConnection();
    const feature = new DiagnosticsFeature({
      connection,
      documents: documents as unknown as TextDocuments<TextDocument>,
      fileSystem: nodeFileSystem,
      diagrams: new DiagramChecker({ startWorker: () => assert.fail('a doc without diagrams starts no Mermaid') }),
      settings: () => Promise.resolve(settings),
      worker: {
        lint: () => assert.fail('a small doc is linted on the main thread'),
        lintVersion: () => assert.fail('a small doc is linted on the main thread'),
      },
    });
    const uri = 'file:///nowhere/churn.mlsd.md';
    documents.open(TextDocument.create(uri, 'markdown', 1, text));
    await published(1);

    const edited = documents.edit(uri, `${text}\nWe serve 10 M users.`);
    // As an editor's code-lens request does: asks before the debounced lint has run.
    const early = await feature.findingsFor(edited);
    await published(edited.version);
    const late = await feature.findingsFor(edited);
    assert.ok(early && late);
    assert.ok(early.findings.length > 0);
    assert.equal(late.findings, early.findings, 'the publish reused the findings the request computed');
    assert.equal(late.model, early.model);
  });
});
