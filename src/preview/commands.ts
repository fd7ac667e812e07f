/**
 * The preview's commands and its panel serializer:
 *   mlsd.openPreview / mlsd.openPreviewToSide   open the preview of the active design doc
 *   mlsd.exportDiagramSvg / mlsd.exportDiagramPng   render a diagram in the preview webview and save it
 *   mlsd.copyDiagramSource                      copy a diagram's Mermaid source
 *   mlsd.exportPreviewHtml                      save a self-contained HTML page of the preview
 * Diagram commands take an optional diagram index (the webview's buttons pass it); without one they ask when the doc
 * has several diagrams. In VS Code for the Web the exports say they are not available there (copying a diagram's
 * source is).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PreviewModelRequest } from '../../common/protocol';
import { uriBasename } from '../../common/uris';
import type { DesignDocContext } from './designDocContext';
import type { ExportFormat, PreviewModel, WebviewState } from '../../common/preview/messages';
import type { PreviewManager } from './panel';
import { previewViewType } from './viewType';

export const previewCommands = {
  open: 'mlsd.openPreview',
  openToSide: 'mlsd.openPreviewToSide',
  exportSvg: 'mlsd.exportDiagramSvg',
  exportPng: 'mlsd.exportDiagramPng',
  copySource: 'mlsd.copyDiagramSource',
  exportHtml: 'mlsd.exportPreviewHtml',
} as const;

/** `exportsFiles`: whether the exports may save files (not on the web). */
export function registerPreview(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  designDocs: DesignDocContext,
  exportsFiles: boolean,
): void {
  // The panel code, and its listeners on every editor change, load when a preview is first opened or restored.
  let manager: PreviewManager | undefined;
  const previewManager = async (): Promise<PreviewManager> => {
    const { PreviewManager } = await import('./panel');
    if (!manager) {
      manager = new PreviewManager(
        context.extensionUri,
        client,
        (index, format) => void exportDiagram(format, index),
        (index) => void copySource(index),
        () => void exportHtml(),
      );
      context.subscriptions.push(manager);
    }
    return manager;
  };

  /** The document the commands act on: the active editor's, else the one the preview shows. */
  const targetDocument = (): vscode.Uri | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (editor && (designDocs.has(editor.document.uri) || !manager?.shownDocument)) return editor.document.uri;
    return manager?.shownDocument ?? editor?.document.uri;
  };

  const fetchModel = async (uri: vscode.Uri): Promise<PreviewModel | undefined> => {
    const model = await client.sendRequest(PreviewModelRequest, { uri: uri.toString() });
    if (!model) void vscode.window.showWarningMessage(`mlsd: ${uriBasename(uri.toString())} is not a design doc.`);
    return model ?? undefined;
  };

  const open = async (toSide: boolean, resource?: vscode.Uri): Promise<void> => {
    const uri = resource ?? targetDocument();
    if (!uri) {
      void vscode.window.showInformationMessage('mlsd: open a design doc to preview it.');
      return;
    }
    await (await previewManager()).open(uri, toSide);
  };

  /** The model of the previewed doc (opening the preview beside when needed) and the diagram to act on. */
  const pickDiagram = async (
    index: number | undefined,
    needsPreview: boolean,
  ): Promise<{ model: PreviewModel; index: number } | undefined> => {
    const uri = targetDocument();
    if (!uri) {
      void vscode.window.showInformationMessage('mlsd: open a design doc first.');
      return undefined;
    }
    const shown = needsPreview ? await previewManager() : undefined;
    if (shown && shown.shownDocument?.toString() !== uri.toString()) await shown.open(uri, true);
    const model = shown?.currentModel?.uri === uri.toString() ? shown.currentModel : await fetchModel(uri);
    if (!model) return undefined;
    if (model.diagrams.length === 0) {
      void vscode.window.showInformationMessage(`mlsd: ${model.title} has no diagrams.`);
      return undefined;
    }
    if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < model.diagrams.length)
      return { model, index };
    if (model.diagrams.length === 1) return { model, index: 0 };
    const picked = await vscode.window.showQuickPick(
      model.diagrams.map((diagram, i) => ({
        label: `Diagram ${i + 1}`,
        description: `line ${diagram.firstLine + 1}`,
        detail: diagram.source
          .split('\n')
          .find((line) => line.trim())
          ?.trim(),
        index: i,
      })),
      { placeHolder: 'Which diagram?' },
    );
    return picked ? { model, index: picked.index } : undefined;
  };

  /** False, after saying so, where exports cannot be saved. */
  const canExport = (what: string): boolean => {
    if (!exportsFiles)
      void vscode.window.showInformationMessage(
        `mlsd: ${what} to a file is not available in VS Code for the Web; "mlsd: Copy Diagram Source" copies a diagram's source.`,
      );
    return exportsFiles;
  };

  async function exportDiagram(format: ExportFormat, index?: number): Promise<void> {
    if (!canExport(`exporting a diagram as ${format.toUpperCase()}`)) return;
    const choice = await pickDiagram(index, true);
    if (!choice) return;
    try {
      const data = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Window,
          title: `mlsd: rendering diagram ${choice.index + 1} as ${format.toUpperCase()}`,
        },
        async () => (await previewManager()).exportDiagram(choice.index, format),
      );
      const bytes =
        format === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      await saveAs(choice.model.uri, `-diagram-${choice.index + 1}.${format}`, bytes, {
        [format.toUpperCase()]: [format],
      });
    } catch (error) {
      void vscode.window.showErrorMessage(
        `mlsd: exporting diagram ${choice.index + 1} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async function copySource(index?: number): Promise<void> {
    const choice = await pickDiagram(index, false);
    if (!choice) return;
    await vscode.env.clipboard.writeText(choice.model.diagrams[choice.index].source);
    void vscode.window.setStatusBarMessage(`mlsd: copied the source of diagram ${choice.index + 1}`, 3000);
  }

  async function exportHtml(): Promise<void> {
    if (!canExport('exporting the preview as HTML')) return;
    const uri = targetDocument();
    if (!uri) {
      void vscode.window.showInformationMessage('mlsd: open a design doc first.');
      return;
    }
    const model = await fetchModel(uri);
    if (!model) return;
    const [{ previewBundleFolder }, { standaloneHtml }] = await Promise.all([
      import('./panel'),
      import('../../common/preview/html'),
    ]);
    const bundle = vscode.Uri.joinPath(context.extensionUri, ...previewBundleFolder);
    const read = async (name: string) =>
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(bundle, name)));
    const html = standaloneHtml({
      model: { ...model, version: null },
      script: await read('preview.js'),
      styles: await read('preview.css'),
    });
    await saveAs(model.uri, '.html', new TextEncoder().encode(html), { HTML: ['html'] });
  }

  context.subscriptions.push(
    // The editor title button passes the editor's URI; the server's "Open preview" code lens passes it as a string.
    vscode.commands.registerCommand(previewCommands.open, (resource?: unknown) => open(false, asResource(resource))),
    vscode.commands.registerCommand(previewCommands.openToSide, (resource?: unknown) =>
      open(true, asResource(resource)),
    ),
    vscode.commands.registerCommand(previewCommands.exportSvg, (index?: unknown) =>
      exportDiagram('svg', asIndex(index)),
    ),
    vscode.commands.registerCommand(previewCommands.exportPng, (index?: unknown) =>
      exportDiagram('png', asIndex(index)),
    ),
    vscode.commands.registerCommand(previewCommands.copySource, (index?: unknown) => copySource(asIndex(index))),
    vscode.commands.registerCommand(previewCommands.exportHtml, () => exportHtml()),
    vscode.window.registerWebviewPanelSerializer(previewViewType, {
      deserializeWebviewPanel: async (panel, state: unknown) =>
        (await previewManager()).restore(panel, state as WebviewState | undefined),
    }),
  );
}

function asResource(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' && /^[a-z][\w+.-]*:/i.test(value) ? vscode.Uri.parse(value) : undefined;
}

/** A command argument is a diagram index only when it is a number (menus pass the editor's URI instead). */
function asIndex(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Asks where to save (next to the doc, named after it) and writes the bytes. */
async function saveAs(
  docUri: string,
  suffix: string,
  bytes: Uint8Array,
  filters: Record<string, string[]>,
): Promise<void> {
  const doc = vscode.Uri.parse(docUri);
  const base = uriBasename(docUri).replace(/\.(?:mlsd\.)?(?:md|markdown|ya?ml)$/i, '') || 'design-doc';
  const folder = doc.scheme === 'file' ? vscode.Uri.joinPath(doc, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri = folder ? vscode.Uri.joinPath(folder, `${base}${suffix}`) : undefined;
  const target = await vscode.window.showSaveDialog({ defaultUri, filters, saveLabel: 'Export' });
  if (!target) return;
  // The save dialog confirms replacing a file, but the design doc itself is never an export's target.
  if (target.toString() === doc.toString()) {
    void vscode.window.showErrorMessage(
      `mlsd: ${uriBasename(target.toString())} is the design doc itself; export to another file.`,
    );
    return;
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.setStatusBarMessage(`mlsd: saved ${uriBasename(target.toString())}`, 5000);
}
