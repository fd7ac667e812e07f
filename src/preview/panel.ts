/**
 * The preview panel's host side: one webview panel that shows the active design doc, follows the active editor,
 * updates while the author types (debounced; responses for older versions are dropped) and is restored after a
 * reload by its WebviewPanelSerializer. The doc model comes from the language server (`mlsd/previewModel`); this
 * code never parses a doc. Messages to and from the webview are the typed unions of ./messages.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PreviewModelRequest } from '../../common/protocol';
import {
  assertNever,
  parseWebviewMessage,
  type ExportFormat,
  type HostMessage,
  type PreviewModel,
  type WebviewMessage,
  type WebviewState,
} from '../../common/preview/messages';
import { makeNonce, webviewHtml } from '../../common/preview/html';
import { previewViewType } from './viewType';

/** Where the webview bundle lives; the panel may load nothing else. */
export const previewBundleFolder = ['media', 'preview', 'dist'] as const;

const updateDelayMs = 300;
const exportTimeoutMs = 60_000;

type PendingExport = { resolve(data: string): void; reject(error: Error): void; timer: NodeJS.Timeout };

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private documentUri: vscode.Uri | undefined;
  private model: PreviewModel | undefined;
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Per document: the last model request sent, so an older answer never replaces a newer one. */
  private readonly requests = new Map<string, number>();
  private requestCounter = 0;
  private readonly pendingExports = new Map<string, PendingExport>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: BaseLanguageClient,
    /** Runs the export command for a toolbar button. */
    private readonly onExportRequest: (index: number, format: ExportFormat) => void,
    private readonly onCopyRequest: (index: number) => void,
    private readonly onExportHtml: () => void,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.follow(editor.document)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0 && this.isShown(document.uri)) this.scheduleRefresh();
      }),
      // The preview follows the editor's scrolling, as VS Code's Markdown preview does.
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.syncScroll(textEditor)),
    );
  }

  get currentModel(): PreviewModel | undefined {
    return this.model;
  }

  get shownDocument(): vscode.Uri | undefined {
    return this.panel ? this.documentUri : undefined;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or reveals) the preview of `uri`. */
  async open(uri: vscode.Uri, toSide: boolean): Promise<void> {
    const column = toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, toSide);
    else {
      const panel = vscode.window.createWebviewPanel(
        previewViewType,
        'mlsd Preview',
        { viewColumn: column, preserveFocus: toSide },
        {
          enableScripts: true,
          retainContextWhenHidden: false,
          localResourceRoots: [this.bundleUri()],
        },
      );
      this.attach(panel);
    }
    await this.show(uri);
  }

  /** WebviewPanelSerializer: a preview left open before a reload comes back showing the same doc. */
  async restore(panel: vscode.WebviewPanel, state: WebviewState | undefined): Promise<void> {
    this.panel?.dispose();
    this.attach(panel);
    const uri =
      typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return this.post({ type: 'empty', message: 'Open a design doc to preview it.' });
    try {
      await vscode.workspace.openTextDocument(uri); // the server knows open documents only
    } catch {
      return this.post({ type: 'empty', message: `Cannot open ${uri.toString(true)}.` });
    }
    await this.show(uri);
  }

  /** Resolves once the webview has loaded and been sent the current model, so it can export diagrams. */
  async whenReady(): Promise<void> {
    if (!this.ready) await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
  }

  /** Asks the webview to render diagram `index` for export; resolves with SVG text or PNG bytes as base64. */
  async exportDiagram(index: number, format: ExportFormat): Promise<string> {
    if (this.panel && !this.panel.visible) this.panel.reveal(undefined, true);
    await this.whenReady();
    const key = `${index}:${format}`;
    this.pendingExports.get(key)?.reject(new Error('superseded by a newer export'));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingExports.delete(key);
        reject(new Error('the preview did not answer in time'));
      }, exportTimeoutMs);
      this.pendingExports.set(key, { resolve, reject, timer });
      this.post({ type: 'exportDiagram', index, format });
    });
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'preview', 'preview.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: [this.bundleUri()] };
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((data: unknown) => {
        const message = parseWebviewMessage(data);
        if (message) this.handle(message);
      }),
      // A hidden webview is discarded (no retainContextWhenHidden); shown again, it reloads and sends 'ready'.
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.detach()),
    );
  }

  private detach(): void {
    this.panel = undefined;
    this.ready = false;
    this.model = undefined;
    clearTimeout(this.timer);
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    for (const [key, pending] of this.pendingExports) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the preview was closed'));
      this.pendingExports.delete(key);
    }
  }

  private handle(message: WebviewMessage): void {
    switch (message.type) {
      case 'ready':
        this.ready = false;
        void this.refresh().then(() => this.markReady());
        break;
      case 'reveal':
        void this.reveal(message.line);
        break;
      case 'copySource':
        this.onCopyRequest(message.index);
        break;
      case 'requestExport':
        this.onExportRequest(message.index, message.format);
        break;
      case 'exportReady':
      case 'exportFailed': {
        const key = `${message.index}:${message.format}`;
        const pending = this.pendingExports.get(key);
        if (!pending) break;
        this.pendingExports.delete(key);
        clearTimeout(pending.timer);
        if (message.type === 'exportReady') pending.resolve(message.data);
        else pending.reject(new Error(message.message));
        break;
      }
      case 'exportHtml':
        this.onExportHtml();
        break;
      default:
        assertNever(message);
    }
  }

  private markReady(): void {
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    const editor = vscode.window.visibleTextEditors.find((e) => this.isShown(e.document.uri));
    if (editor) this.syncScroll(editor);
  }

  /** Scrolls the preview to the first line visible in `editor`, when it shows the previewed doc. */
  private syncScroll(editor: vscode.TextEditor): void {
    const top = editor.visibleRanges[0]?.start.line;
    if (this.ready && top !== undefined && this.isShown(editor.document.uri))
      this.post({ type: 'scrollToLine', line: top });
  }

  /** The active editor changed: show its doc if it is a design doc; otherwise keep the current one. */
  private async follow(document: vscode.TextDocument): Promise<void> {
    if (!this.panel || this.isShown(document.uri)) return;
    if (document.languageId !== 'markdown' && document.languageId !== 'yaml') return;
    const model = await this.fetch(document.uri);
    if (model && this.panel) {
      this.documentUri = document.uri;
      this.apply(model);
    }
  }

  private async show(uri: vscode.Uri): Promise<void> {
    this.documentUri = uri;
    this.model = undefined;
    await this.refresh();
  }

  private scheduleRefresh(delay = updateDelayMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const uri = this.documentUri;
    if (!this.panel || !uri) return;
    const model = await this.fetch(uri);
    if (!this.panel || uri !== this.documentUri) return; // another doc was shown meanwhile
    if (model) this.apply(model);
    else if (!this.model) this.post({ type: 'empty', message: `${uri.toString(true)} is not a design doc.` });
  }

  /** The server's model of `uri`; undefined when it is not a design doc or when a newer request was sent since. */
  private async fetch(uri: vscode.Uri): Promise<PreviewModel | undefined> {
    const key = uri.toString();
    const request = ++this.requestCounter;
    this.requests.set(key, request);
    try {
      const model = await this.client.sendRequest(PreviewModelRequest, { uri: key });
      return this.requests.get(key) === request && model ? model : undefined;
    } catch (error) {
      this.client.warn(`mlsd preview: ${String(error)}`);
      return undefined;
    }
  }

  private apply(model: PreviewModel): void {
    const previous = this.model;
    if (
      previous &&
      previous.uri === model.uri &&
      previous.version !== null &&
      model.version !== null &&
      model.version < previous.version
    )
      return;
    this.model = model;
    if (this.panel) this.panel.title = `Preview ${model.title}`;
    this.post({ type: 'update', model });
  }

  private post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  private isShown(uri: vscode.Uri): boolean {
    return this.documentUri?.toString() === uri.toString();
  }

  private async reveal(line: number): Promise<void> {
    const uri = this.documentUri;
    if (!uri) return;
    const visible = vscode.window.visibleTextEditors.find(
      (editor) => editor.document.uri.toString() === uri.toString(),
    );
    const column =
      visible?.viewColumn ??
      (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
    const target = Math.min(line, document.lineCount - 1);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
    const position = new vscode.Position(target, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private bundleUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, ...previewBundleFolder);
  }

  private html(webview: vscode.Webview): string {
    const bundle = this.bundleUri();
    return webviewHtml({
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(bundle, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(bundle, 'preview.css')).toString(),
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.detach();
    for (const d of this.disposables) d.dispose();
  }
}
