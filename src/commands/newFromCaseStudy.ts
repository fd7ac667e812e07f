/**
 * "mlsd: New Design Doc from Case Study…" (`mlsd.newFromCaseStudy`): pick one of the ten case studies, the blank doc
 * or the 45-minute interview outline, then Markdown or YAML. The language server renders the template
 * (`mlsd/template`), so the client bundles neither the templates nor the knowledge base. The doc opens as an untitled
 * document; with a workspace folder open the command first offers to save it there as `<id>.mlsd.md` / `.mlsd.yaml`.
 *
 * Arguments `{ caseId, format, save }` skip the pickers (tests and keybindings use them): without `save` the doc
 * opens untitled, with `save: true` it is saved in the first workspace folder under a name that is still free.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TemplateListRequest, TemplateRequest, type TemplateParams, type TemplateResult } from '../../common/protocol';

export const newFromCaseStudyCommand = 'mlsd.newFromCaseStudy';

type Format = TemplateParams['format'];

export interface NewDesignDocArgs {
  caseId?: string;
  format?: Format;
  save?: boolean;
}

/** Only well-formed arguments are used; anything else falls back to asking. */
function readArgs(value: unknown): NewDesignDocArgs {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  return {
    ...(typeof raw.caseId === 'string' ? { caseId: raw.caseId } : {}),
    ...(raw.format === 'markdown' || raw.format === 'yaml' ? { format: raw.format } : {}),
    ...(typeof raw.save === 'boolean' ? { save: raw.save } : {}),
  };
}

/** A quick-pick item naming a template (separators have no id). */
export type TemplateItem = vscode.QuickPickItem & { id?: string };

/** The templates as quick-pick items: the case studies, then the blank doc and the 45-minute outline. */
export async function templateItems(client: BaseLanguageClient): Promise<TemplateItem[]> {
  const choices = await client.sendRequest(TemplateListRequest);
  const toItem = (choice: (typeof choices)[number]): TemplateItem => ({
    label: choice.title,
    description: choice.id,
    detail: choice.description,
    id: choice.id,
  });
  const cases = choices.filter((choice) => choice.id !== 'blank' && choice.id !== 'quick-45');
  const others = choices.filter((choice) => choice.id === 'blank' || choice.id === 'quick-45');
  return [
    { label: 'Case studies', kind: vscode.QuickPickItemKind.Separator },
    ...cases.map(toItem),
    { label: 'Other templates', kind: vscode.QuickPickItemKind.Separator },
    ...others.map(toItem),
  ];
}

async function pickTemplate(client: BaseLanguageClient): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(await templateItems(client), {
    title: 'New design doc (1/2)',
    placeHolder: 'Which case study?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

async function pickFormat(): Promise<Format | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: '.mlsd.md — headings per step, front matter', format: 'markdown' as const },
      {
        label: 'YAML',
        description: '.mlsd.yaml — one key per step, validated by the JSON Schema',
        format: 'yaml' as const,
      },
    ],
    { title: 'New design doc (2/2)', placeHolder: 'Which format?' },
  );
  return picked?.format;
}

/** `<id>.mlsd.md`, or `<id>-2.mlsd.md`, … when that name is taken: a new doc never overwrites a file. */
async function freeName(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  const [stem, extension] = [fileName.replace(/\.mlsd\.\w+$/, ''), fileName.slice(fileName.indexOf('.mlsd.'))];
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, n === 1 ? fileName : `${stem}-${n}${extension}`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Where the doc goes: a file in the workspace folder, or undefined for an untitled document (or when cancelled). */
async function target(
  template: TemplateResult,
  args: NewDesignDocArgs,
  interactive: boolean,
): Promise<vscode.Uri | undefined | 'cancel'> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || args.save === false || (!interactive && args.save !== true)) return undefined;
  const file = await freeName(folder.uri, template.fileName);
  if (args.save === true) return file;
  const name = vscode.workspace.asRelativePath(file, vscode.workspace.workspaceFolders!.length > 1);
  const picked = await vscode.window.showQuickPick(
    [
      { label: `Save as ${name}`, description: `in ${folder.name}`, save: true },
      { label: 'Open as an untitled document', description: 'save it later', save: false },
    ],
    { title: 'New design doc', placeHolder: 'Where should the new design doc go?' },
  );
  if (!picked) return 'cancel';
  return picked.save ? file : undefined;
}

export async function newDesignDoc(client: BaseLanguageClient, rawArgs?: unknown): Promise<vscode.Uri | undefined> {
  const args = readArgs(rawArgs);
  const interactive = args.caseId === undefined || args.format === undefined;
  const id = args.caseId ?? (await pickTemplate(client));
  if (!id) return undefined;
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  const template = await client.sendRequest(TemplateRequest, { id, format });
  if (!template) {
    void vscode.window.showErrorMessage(`mlsd: there is no template "${id}".`);
    return undefined;
  }
  const file = await target(template, args, interactive);
  if (file === 'cancel') return undefined;
  let document: vscode.TextDocument;
  if (file) {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(template.content));
    document = await vscode.workspace.openTextDocument(file);
  } else {
    document = await vscode.workspace.openTextDocument({ language: template.language, content: template.content });
  }
  await vscode.window.showTextDocument(document, { preview: false });
  return document.uri;
}

export function registerNewFromCaseStudy(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(newFromCaseStudyCommand, (args?: unknown) => newDesignDoc(client, args)),
  );
}
