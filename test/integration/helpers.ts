/**
 * Helpers for the extension-host suite. Every wait is event-driven and bounded: no fixed sleeps.
 * Each *.test.ts bundle gets its own copy of this module (esbuild bundles files separately).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mlsd-tools.mlsd';
export const SOURCE = 'mlsd';
/** Default bound for waits; the first wait also covers extension activation and language-server start-up. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The fixture workspace the runner opened (a temp copy of test/integration/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner must open a workspace folder (a copy of test/integration/workspace)');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a fixture document and shows it in an editor, as a user would. */
export async function openFixture(relativePath: string, show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The rule id of a diagnostic: `code` may be a string/number or `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function mlsdDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  if (diags.length === 0) return '(none)';
  return diags
    .map((d) => `  line ${d.range.start.line}: [${d.source ?? '?'}/${codeOf(d) ?? '?'}] ${d.message}`)
    .join('\n');
}

/** Resolves when `predicate` holds, re-checked on every `event`; rejects with `describe()` after `timeoutMs`. */
export function waitFor<T>(
  what: string,
  event: vscode.Event<unknown>,
  predicate: () => T | undefined | false,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  describe: () => string = () => '',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const check = () => {
      try {
        const v = predicate();
        if (v !== undefined && v !== false) finish(() => resolve(v));
      } catch (e) {
        finish(() => reject(e instanceof Error ? e : new Error(String(e))));
      }
    };
    const timer = setTimeout(() => {
      const detail = describe();
      finish(() =>
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail ? `\n${detail}` : ''}`)),
      );
    }, timeoutMs);
    const sub = event(check);
    check();
  });
}

/**
 * Puts a fixture back as a test found it: its own text, saved, so it is neither changed nor dirty for the suites
 * that follow. An edit of the document itself, not the revert command, which acts on whichever editor has focus.
 */
export async function restoreFixture(doc: vscode.TextDocument, original: string): Promise<void> {
  const restore = new vscode.WorkspaceEdit();
  restore.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
  assert.equal(await vscode.workspace.applyEdit(restore), true, 'the fixture text is restored');
  // The editor may already count the document clean (its text is the saved text again): save() then has nothing to do.
  if (doc.isDirty) assert.equal(await doc.save(), true, 'the restored fixture is saved');
  assert.equal(doc.getText(), original);
  assert.equal(doc.isDirty, false, 'the restored fixture is saved');
}

/** Waits until the diagnostics of `uri` satisfy `predicate` (checked now and on every onDidChangeDiagnostics). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} on ${vscode.workspace.asRelativePath(uri)}`,
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diags = vscode.languages.getDiagnostics(uri);
      return predicate(diags) ? diags : undefined;
    },
    timeoutMs,
    () => `current diagnostics:\n${describeDiagnostics(vscode.languages.getDiagnostics(uri))}`,
  );
}

/** Waits for an mlsd diagnostic with rule id `code` on `uri`. */
export async function waitForCode(
  uri: vscode.Uri,
  code: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  const diags = await waitForDiagnostics(
    uri,
    (ds) => ds.some((d) => d.source === SOURCE && codeOf(d) === code),
    `an mlsd '${code}' diagnostic`,
    timeoutMs,
  );
  return diags.filter((d) => d.source === SOURCE && codeOf(d) === code);
}

let barrierCount = 0;

/**
 * A barrier for negative assertions ("this document gets no X"): absence cannot be awaited, so open a fresh design
 * doc that certainly gets diagnostics after the documents under test, and wait for its diagnostics. The server
 * handles didOpen notifications in order, so once the barrier is linted the earlier documents have been too. The
 * barrier is untitled: a file on disk would have its diagnostics published by the workspace lint, in no order with
 * the open documents' lints.
 */
export async function lintBarrier(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
  const content = `---\nmlsd: 1\ntitle: Barrier ${++barrierCount}\n---\n\n# Barrier\n\n## 1. Clarifying requirements\n\nTBD.\n`;
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.source === SOURCE), 'barrier diagnostics', timeoutMs);
}

/** 0-based line of the first line starting with `prefix` (e.g. '## 6.'). */
export function lineStartingWith(doc: vscode.TextDocument, prefix: string): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.startsWith(prefix)) return i;
  }
  assert.fail(`no line starting with ${JSON.stringify(prefix)} in ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** 0-based line of the first line matching `re`. */
export function lineMatching(doc: vscode.TextDocument, re: RegExp): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (re.test(doc.lineAt(i).text)) return i;
  }
  assert.fail(`no line matching ${re} in ${vscode.workspace.asRelativePath(doc.uri)}`);
}

/** The mlsd extension, activated. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/**
 * Runs an API command (`vscode.execute…Provider`) until `wanted` holds for its answer and returns that answer, or
 * the last one after `attempts` tries (callers assert on it, with the items in the message). An answer can come back
 * empty through no fault of the server: VS Code can drop the result of an API request that overlaps the editor's
 * own request for the same document (the light bulb, the code lens or the hover of the visible editor), and a
 * request can reach the extension host before the language client has registered its providers. So an unwanted
 * answer is asked again, a bounded number of times, each after the extension host has yielded.
 */
export async function executeUntil<T>(
  command: string,
  args: unknown[],
  wanted: (result: T) => boolean,
  empty: T,
  attempts = 50,
): Promise<T> {
  let result = empty;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      result = (await vscode.commands.executeCommand<T | undefined>(command, ...args)) ?? empty;
    } catch (error) {
      // The same overlap can cancel the API request instead of emptying it: VS Code then rejects it as "Canceled".
      if ((error as { name?: unknown } | undefined)?.name !== 'Canceled') throw error;
      result = empty;
    }
    if (wanted(result)) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return result;
}

/** Code actions at a range, once `wanted` holds (see executeUntil). */
export function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
  wanted: (actions: vscode.CodeAction[]) => boolean,
  attempts = 50,
): Promise<vscode.CodeAction[]> {
  return executeUntil<vscode.CodeAction[]>('vscode.executeCodeActionProvider', [uri, range], wanted, [], attempts);
}
