/**
 * The diagnostics feature in process, with a recording connection: what the stdio tests cannot see, namely that a
 * request made right after an edit and the debounced lint of that edit share one lint of the document, and that a
 * document whose model was dropped (many documents open) keeps its findings and gets its model parsed again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagramOutcome } from '../../server/src/engine';
import { DiagnosticsFeature, toDiagnostic, type LintSettings } from '../../server/src/features/diagnostics';
import { keptModels } from '../../server/src/features/documentModels';
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

describe('diagnostics feature with more documents open than keep their models', () => {
  /** A design doc of its own text, with one Mermaid diagram. */
  const docText = (k: number): string =>
    [text, '', `We serve ${k + 1} M users.`, '', '```mermaid', `flowchart LR`, `  a${k} --> b${k}`, '```'].join('\n');

  it('publishes Mermaid findings and answers requests for documents whose models were dropped', async () => {
    const documents = new OpenDocuments();
    const published = new Map<string, Diagnostic[][]>();
    const publishWaiters = new Set<() => void>();
    const connection = {
      sendDiagnostics: ({ uri, diagnostics }: { uri: string; diagnostics: Diagnostic[] }): Promise<void> => {
        published.set(uri, [...(published.get(uri) ?? []), diagnostics]);
        for (const waiter of publishWaiters) waiter();
        return Promise.resolve();
      },
      sendNotification: (): Promise<void> => Promise.resolve(),
      console: { error: (message: string) => assert.fail(message), log: () => {} },
    } as unknown as Connection;
    const publishes = (count: (uri: string) => boolean): Promise<void> =>
      new Promise((resolve) => {
        const check = (): void => {
          if (!uris.every(count)) return;
          publishWaiters.delete(check);
          resolve();
        };
        publishWaiters.add(check);
        check();
      });
    // Mermaid answers once every document has been opened and linted: by then most models were dropped.
    let answer!: () => void;
    const mermaidFree = new Promise<void>((resolve) => (answer = resolve));
    const tooLarge: DiagramOutcome = { kind: 'too-large', length: 123_456 };
    const feature = new DiagnosticsFeature({
      connection,
      documents: documents as unknown as TextDocuments<TextDocument>,
      fileSystem: nodeFileSystem,
      diagrams: {
        cached: () => undefined,
        check: async (sources) => {
          await mermaidFree;
          return { outcomes: new Map(sources.map((source) => [source, tooLarge])), parsed: sources.length };
        },
      },
      settings: () => Promise.resolve(settings),
    });

    const uris = Array.from({ length: keptModels + 2 }, (_, k) => `file:///nowhere/doc-${k}.mlsd.md`);
    uris.forEach((uri, k) => documents.open(TextDocument.create(uri, 'markdown', 1, docText(k))));
    await publishes((uri) => (published.get(uri)?.length ?? 0) >= 1);
    answer();
    await publishes((uri) => (published.get(uri)?.length ?? 0) >= 2);

    for (const uri of uris) {
      const last = published.get(uri)!.at(-1)!;
      assert.ok(
        last.some((diagnostic) => diagnostic.code === 'mermaid-max-text-size'),
        `${uri} got its Mermaid finding`,
      );
      const current = await feature.findingsFor(documents.get(uri)!);
      assert.ok(current);
      assert.deepEqual(
        current.findings.map((finding) => toDiagnostic(uri, finding)),
        last,
        `${uri}: the findings requests read are those published`,
      );
    }

    // The first document's model is dropped once as many others were used after it, and parsed again on request.
    const [first, ...others] = uris.map((uri) => documents.get(uri)!);
    const before = await feature.findingsFor(first);
    for (const document of others.slice(-keptModels)) await feature.modelFor(document);
    const after = await feature.findingsFor(first);
    assert.ok(before && after);
    assert.notEqual(after.model, before.model, 'the model was parsed again');
    assert.deepEqual(after.model.sections, before.model.sections);
    assert.equal(after.findings, before.findings, 'the findings were kept, not linted again');
  });
});
