/**
 * Quick fixes for the findings shown in the editor: the rule's own insert-only fix or its correction of a misspelt
 * word, "disable for this line / file" for every rule, and "insert every missing step". Built from the findings that were published for the document's
 * current version, never from a fresh lint that could disagree with what the user sees.
 *
 * Editors ask for them wherever the cursor goes. A document linted in the worker is parsed on the main thread only
 * when the worker's findings of its version say that an action is wanted: a finding under the cursor, or all fixes.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Range, TextEdit } from '../engine';
import { toDiagnostic, type DiagnosticsFeature } from './diagnostics';

export interface CodeActionsContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  diagnostics: DiagnosticsFeature;
}

export const codeActionKinds = [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll];

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameDiagnostic(finding: Finding, diagnostic: Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? (diagnostic.code as { value: unknown }).value : diagnostic.code;
  return code === finding.rule && JSON.stringify(diagnostic.range) === JSON.stringify(finding.range);
}

function action(
  title: string,
  kind: string,
  uri: string,
  edits: TextEdit[],
  diagnostic?: Diagnostic,
  preferred = false,
): CodeAction {
  return {
    title,
    kind,
    edit: { changes: { [uri]: edits } },
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    ...(preferred ? { isPreferred: true } : {}),
  };
}

/**
 * The findings a quick fix is asked for: those of the diagnostics the client names; without them (or when none match,
 * e.g. a client that rewrote ranges) every finding under the requested range.
 */
function asked(findings: readonly Finding[], params: CodeActionParams): readonly Finding[] {
  const named = findings.filter((f) => params.context.diagnostics.some((d) => sameDiagnostic(f, d)));
  return named.length ? named : findings.filter((f) => overlaps(f.range, params.range));
}

export function registerCodeActions(context: CodeActionsContext): void {
  context.connection.onCodeAction(async (params) => provideCodeActions(context, params));
}

async function provideCodeActions(context: CodeActionsContext, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const document = context.documents.get(uri);
  if (!document) return [];
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const wantsFixAll = Boolean(only) && wants(CodeActionKind.SourceFixAll);
  const offThread = await context.diagnostics.findingsOffThread(document);
  if (
    offThread !== undefined &&
    !wantsFixAll &&
    !(wants(CodeActionKind.QuickFix) && asked(offThread ?? [], params).length)
  )
    return [];
  const current = await context.diagnostics.findingsFor(document);
  if (!current) return [];
  const { model, findings } = current;
  const { insertAllMissingSteps, suppressionEdit } = await import('../engine');
  const fixAll = insertAllMissingSteps(model);
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of asked(findings, params)) {
      const diagnostic = toDiagnostic(uri, finding);
      if (finding.fix)
        actions.push(action(finding.fix.title, CodeActionKind.QuickFix, uri, finding.fix.edits, diagnostic, true));
      if (finding.suggestion) {
        const { title, edits } = finding.suggestion;
        actions.push(action(title, CodeActionKind.QuickFix, uri, edits, diagnostic, !finding.fix));
      }
      if (finding.rule === 'missing-step' && fixAll.length > 1) {
        actions.push(action('Insert every missing step', CodeActionKind.QuickFix, uri, fixAll, diagnostic));
      }
      for (const scope of ['line', 'file'] as const) {
        const edit = suppressionEdit(model, finding, scope);
        actions.push(
          action(`Disable ${finding.rule} for this ${scope}`, CodeActionKind.QuickFix, uri, [edit], diagnostic),
        );
      }
    }
  }
  if (wantsFixAll && fixAll.length) {
    actions.push(action('Insert every missing step', CodeActionKind.SourceFixAll, uri, fixAll));
  }
  return actions;
}
