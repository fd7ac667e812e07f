/**
 * "mlsd: Start Practice" (`mlsd.startPractice`, also the "Start practice" code lens): pick a case study (or the
 * current design doc), a length (45 minutes, 30 or 60) and the time budgets (a preset from the knowledge base or the
 * custom one of the settings), then practise: a new doc is created from the case study's template by the new-doc
 * command's code, and the timer starts in the status bar.
 *
 * Arguments skip the pickers (tests and keybindings use them): a document URI string (what the code lens passes), or
 * `{ document?, caseId?, format?, save?, minutes?, preset? }`. Returns the session's plan, or undefined if cancelled.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  PracticePresetsRequest,
  StepOutlineRequest,
  type PracticePresetInfo,
  type PracticePresets,
} from '../../common/protocol';
import { customPreset, customPresetId, customPresetSetting, scaleBudgets } from '../practice/budgets';
import type { PracticeController } from '../practice/controller';
import type { PracticePlan } from '../practice/timer';
import type { DesignDocContext } from '../preview/designDocContext';
import { newDesignDoc, templateItems } from './newFromCaseStudy';

export const startPracticeCommand = 'mlsd.startPractice';
const practiceLengths = [45, 30, 60] as const;
/** Templates that are not a case study: a session on them has no case study for its history. */
const genericTemplates = new Set(['blank', 'quick-45']);

interface StartArgs {
  document?: string;
  caseId?: string;
  format?: 'markdown' | 'yaml';
  save?: boolean;
  minutes?: number;
  preset?: string;
}

function readArgs(value: unknown): StartArgs {
  if (typeof value === 'string') return { document: value };
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === 'string' ? { [key]: raw[key] } : {});
  return {
    ...text('document'),
    ...text('caseId'),
    ...text('preset'),
    ...(raw.format === 'markdown' || raw.format === 'yaml' ? { format: raw.format } : {}),
    ...(typeof raw.save === 'boolean' ? { save: raw.save } : {}),
    ...(typeof raw.minutes === 'number' && raw.minutes > 0 ? { minutes: raw.minutes } : {}),
  };
}

type Source = { document: vscode.Uri } | { caseId: string };

async function pickSource(client: BaseLanguageClient, designDocs: DesignDocContext): Promise<Source | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const current = active && designDocs.has(active.uri) ? active : undefined;
  type Item = vscode.QuickPickItem & { id?: string; document?: vscode.Uri };
  const items: Item[] = [
    ...(current
      ? [
          { label: 'This document', kind: vscode.QuickPickItemKind.Separator },
          { label: vscode.workspace.asRelativePath(current.uri), description: 'practise on it', document: current.uri },
        ]
      : []),
    ...(await templateItems(client)),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Start practice (1/3)',
    placeHolder: 'Which case study?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.document) return { document: picked.document };
  return picked?.id ? { caseId: picked.id } : undefined;
}

async function pickLength(): Promise<number | undefined> {
  const picked = await vscode.window.showQuickPick(
    practiceLengths.map((minutes) => ({
      label: `${minutes} minutes`,
      description: minutes === 45 ? 'a typical ML system design interview' : undefined,
      minutes,
    })),
    { title: 'Start practice (2/3)', placeHolder: 'How long?' },
  );
  return picked?.minutes;
}

async function pickPreset(presets: readonly PracticePresetInfo[]): Promise<PracticePresetInfo | undefined> {
  const picked = await vscode.window.showQuickPick(
    presets.map((preset) => ({ label: preset.title, detail: preset.description, preset })),
    { title: 'Start practice (3/3)', placeHolder: 'Which time budgets?', matchOnDetail: true },
  );
  return picked?.preset;
}

/** The built-in presets and, when the setting holds a valid one, the custom preset; a broken setting is reported. */
function availablePresets(known: PracticePresets): { presets: PracticePresetInfo[]; customBroken: boolean } {
  const setting = vscode.workspace.getConfiguration().get<unknown>(customPresetSetting);
  const custom = customPreset(setting, known.steps);
  if (custom.problems.length) {
    void vscode.window
      .showErrorMessage(`mlsd: the custom practice preset is ignored: ${custom.problems.join(' ')}`, 'Open Settings')
      .then((choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', customPresetSetting));
  }
  return {
    presets: [...known.presets, ...(custom.preset ? [custom.preset] : [])],
    customBroken: custom.problems.length > 0,
  };
}

async function openDocument(
  client: BaseLanguageClient,
  source: Source,
  args: StartArgs,
): Promise<vscode.Uri | undefined> {
  if ('document' in source) {
    const document = await vscode.workspace.openTextDocument(source.document);
    await vscode.window.showTextDocument(document, { preview: false });
    return document.uri;
  }
  // In a workspace the practice doc is saved there, so the session keeps its doc through a reload.
  const save = args.save ?? vscode.workspace.workspaceFolders !== undefined;
  return newDesignDoc(client, { caseId: source.caseId, save, ...(args.format ? { format: args.format } : {}) });
}

export async function startPractice(
  client: BaseLanguageClient,
  controller: PracticeController,
  designDocs: DesignDocContext,
  rawArgs?: unknown,
): Promise<PracticePlan | undefined> {
  const args = readArgs(rawArgs);
  const known = await client.sendRequest(PracticePresetsRequest);
  const { presets, customBroken } = availablePresets(known);
  if (args.preset === customPresetId && customBroken) return undefined;
  const source: Source | undefined = args.document
    ? { document: vscode.Uri.parse(args.document) }
    : args.caseId
      ? { caseId: args.caseId }
      : await pickSource(client, designDocs);
  if (!source) return undefined;
  const minutes = args.minutes ?? (await pickLength());
  if (!minutes) return undefined;
  const preset = args.preset ? presets.find((p) => p.id === args.preset) : await pickPreset(presets);
  if (!preset) {
    if (args.preset)
      void vscode.window.showErrorMessage(
        `mlsd: there is no practice preset "${args.preset}"; the presets are ${presets.map((p) => p.id).join(', ')}.`,
      );
    return undefined;
  }
  const uri = await openDocument(client, source, args);
  if (!uri) return undefined;
  const outline = await client.sendRequest(StepOutlineRequest, { uri: uri.toString() });
  if (!outline) {
    void vscode.window.showErrorMessage(
      `mlsd: ${vscode.workspace.asRelativePath(uri)} is not a design doc to practise on.`,
    );
    return undefined;
  }
  const caseStudy = 'caseId' in source && !genericTemplates.has(source.caseId) ? source.caseId : outline.caseStudy;
  const plan: PracticePlan = {
    document: uri.toString(),
    title: outline.title || vscode.workspace.asRelativePath(uri),
    ...(caseStudy ? { caseStudy } : {}),
    preset: { id: preset.id, title: preset.title },
    lengthMinutes: minutes,
    steps: known.steps,
    budgets: scaleBudgets(preset.minutes, known.steps, minutes),
  };
  await controller.start(plan);
  return plan;
}

export function registerStartPractice(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  controller: PracticeController,
  designDocs: DesignDocContext,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(startPracticeCommand, (args?: unknown) =>
      startPractice(client, controller, designDocs, args),
    ),
  );
}
