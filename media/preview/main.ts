/**
 * The preview webview: receives the doc model from the extension (or, in a static HTML export, reads it from the
 * page), renders the text, the Mermaid diagrams and the step-coverage sidebar, and sends reveal / copy / export
 * requests back. Messages are the typed unions of common/preview/messages.ts, handled exhaustively.
 */
import './styles.css';
import {
  assertNever,
  parseHostMessage,
  type ExportFormat,
  type HostMessage,
  type PreviewModel,
  type WebviewMessage,
  type WebviewState,
  type ZoomState,
} from '../../common/preview/messages';
import { renderMarkdown } from './markdown';
import { DiagramRenderer } from './render';
import { scrollToLine } from './scrollSync';
import { watchTheme } from './theme';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

interface Host {
  interactive: boolean;
  post(message: WebviewMessage): void;
  state: WebviewState;
  save(): void;
}

function connect(): Host {
  if (typeof acquireVsCodeApi === 'function') {
    const api = acquireVsCodeApi();
    const state: WebviewState = { ...(api.getState() ?? {}) };
    return { interactive: true, post: (m) => api.postMessage(m), state, save: () => api.setState(state) };
  }
  return { interactive: false, post: () => undefined, state: {}, save: () => undefined };
}

const stateLabels: Record<PreviewModel['steps'][number]['state'], string> = {
  covered: 'covered',
  thin: 'thin',
  empty: 'empty',
  missing: 'missing',
};

class Preview {
  private readonly root = el('div', 'mlsd-layout');
  private readonly sidebar = el('nav', 'mlsd-sidebar');
  private readonly main = el('main', 'mlsd-main');
  private readonly header = el('header', 'mlsd-header');
  private readonly article = el('article', 'mlsd-doc');
  private readonly extraDiagrams = el('section', 'mlsd-extra-diagrams');
  private readonly message = el('div', 'mlsd-message');
  private readonly renderer: DiagramRenderer;
  private model: PreviewModel | undefined;
  /** The editor's top line, kept so the preview stays there when an update re-renders the text. */
  private topLine: number | undefined;

  constructor(private readonly host: Host) {
    this.sidebar.setAttribute('aria-label', 'Step coverage');
    this.message.hidden = true;
    this.main.append(this.header, this.message, this.article, this.extraDiagrams);
    this.root.append(this.sidebar, this.main);
    document.body.append(this.root);
    this.renderer = new DiagramRenderer({
      interactive: host.interactive,
      reveal: (line) => this.reveal(line),
      copySource: (index) => host.post({ type: 'copySource', index }),
      requestExport: (index, format) => host.post({ type: 'requestExport', index, format }),
      zoomState: (id) => host.state.zoom?.[id],
      saveZoom: (id, state) => this.saveZoom(id, state),
    });
    // Double-click on text reveals its line, as in VS Code's Markdown preview.
    this.article.addEventListener('dblclick', (event) => {
      const target = (event.target as Element | null)?.closest('[data-line]');
      if (target && !target.closest('.mlsd-diagram')) this.reveal(Number(target.getAttribute('data-line')));
    });
    watchTheme(() => this.themeChanged());
  }

  handle(message: HostMessage): void {
    switch (message.type) {
      case 'update':
        this.show(message.model);
        break;
      case 'empty':
        this.showMessage(message.message);
        break;
      case 'exportDiagram':
        void this.export(message.index, message.format);
        break;
      case 'scrollToLine':
        this.topLine = message.line;
        scrollToLine(this.main, message.line);
        break;
      default:
        assertNever(message);
    }
  }

  show(model: PreviewModel): void {
    this.model = model;
    this.message.hidden = true;
    this.article.hidden = false;
    document.title = model.title;
    if (this.host.state.uri !== model.uri) {
      this.host.state.uri = model.uri;
      this.host.save();
    }
    this.renderHeader(model);
    this.renderSidebar(model);
    const { html, unplaced } = renderMarkdown(model);
    this.article.innerHTML = html;
    const slots = new Map<number, HTMLElement>();
    for (const slot of this.article.querySelectorAll<HTMLElement>('.mlsd-diagram-slot'))
      slots.set(Number(slot.dataset.block), slot);
    this.extraDiagrams.replaceChildren();
    if (unplaced.length) {
      const heading = el('h2', 'mlsd-extra-heading');
      heading.textContent = 'Diagrams';
      this.extraDiagrams.append(heading);
      for (const i of unplaced) {
        const slot = el('div', 'mlsd-diagram-slot');
        this.extraDiagrams.append(slot);
        slots.set(i, slot);
      }
    }
    this.renderer.update(model.diagrams, slots, this.extraDiagrams);
    this.trackRendering();
    if (this.topLine !== undefined) scrollToLine(this.main, this.topLine);
  }

  private showMessage(text: string): void {
    if (this.model) return; // keep showing the last design doc
    this.message.textContent = text;
    this.message.hidden = false;
    this.article.hidden = true;
  }

  private renderHeader(model: PreviewModel): void {
    const items: HTMLElement[] = [];
    if (model.metadata.length) {
      const list = el('dl', 'mlsd-metadata');
      for (const { key, value, line } of model.metadata) {
        const term = el('dt', '');
        term.textContent = key;
        const detail = el('dd', '');
        detail.textContent = value;
        detail.dataset.line = String(line);
        list.append(term, detail);
      }
      items.push(list);
    }
    if (this.host.interactive) {
      const toolbar = el('div', 'mlsd-toolbar');
      const exportHtml = el('button', 'mlsd-button mlsd-export-html') as HTMLButtonElement;
      exportHtml.type = 'button';
      exportHtml.textContent = 'Export HTML';
      exportHtml.title = 'Export this preview as a self-contained HTML page';
      exportHtml.addEventListener('click', () => this.host.post({ type: 'exportHtml' }));
      toolbar.append(exportHtml);
      items.push(toolbar);
    }
    this.header.replaceChildren(...items);
    this.header.hidden = items.length === 0;
  }

  private renderSidebar(model: PreviewModel): void {
    const heading = el('h2', 'mlsd-coverage-heading');
    heading.textContent = `Step coverage ${model.covered}/${model.steps.length}`;
    const list = el('ol', 'mlsd-steps');
    for (const step of model.steps) {
      const item = el('li', `mlsd-step mlsd-state-${step.state}`);
      item.dataset.step = step.id;
      item.dataset.state = step.state;
      const button = el('button', 'mlsd-step-button') as HTMLButtonElement;
      button.type = 'button';
      button.disabled = step.line === null || !this.host.interactive;
      if (step.line !== null) {
        button.dataset.line = String(step.line);
        button.addEventListener('click', () => this.reveal(step.line!));
      }
      const icon = el('span', 'mlsd-step-icon');
      icon.setAttribute('aria-hidden', 'true');
      const title = el('span', 'mlsd-step-title');
      title.textContent = `${step.number}. ${step.title}`;
      const state = el('span', 'mlsd-step-state');
      state.textContent = stateLabels[step.state];
      button.append(icon, title, state, counts(step.findings));
      item.append(button);
      list.append(item);
    }
    const total = el('p', 'mlsd-findings-total');
    const { error, warning, info, hint } = model.findings;
    total.textContent = `${error} errors, ${warning} warnings, ${info + hint} hints`;
    this.sidebar.replaceChildren(heading, list, total);
  }

  private reveal(line: number): void {
    if (this.host.interactive && Number.isInteger(line) && line >= 0) this.host.post({ type: 'reveal', line });
  }

  private saveZoom(id: string, state: ZoomState | undefined): void {
    const zoom = { ...(this.host.state.zoom ?? {}) };
    if (state && (state.scale !== 1 || state.x !== 0 || state.y !== 0)) zoom[id] = state;
    else delete zoom[id];
    this.host.state.zoom = zoom;
    this.host.save();
  }

  private async export(index: number, format: ExportFormat): Promise<void> {
    try {
      const data = await this.renderer.exportDiagram(index, format);
      this.host.post({ type: 'exportReady', index, format, data });
    } catch (error) {
      this.host.post({
        type: 'exportFailed',
        index,
        format,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** `data-render-state` on <body>: "rendering" until the diagrams of the latest update are drawn, then "idle". */
  private trackRendering(): void {
    document.body.dataset.renderState = 'rendering';
    const settle = (): void => {
      const idle = this.renderer.whenIdle();
      void idle.then(() => {
        if (idle !== this.renderer.whenIdle()) return settle();
        // Rendered diagrams changed the page's heights: the editor's top line moved.
        if (this.topLine !== undefined) scrollToLine(this.main, this.topLine);
        document.body.dataset.renderState = 'idle';
      });
    };
    settle();
  }

  /** Re-render after a theme change, tracked like an update. */
  themeChanged(): void {
    this.renderer.themeChanged();
    this.trackRendering();
  }
}

function counts(findings: PreviewModel['findings']): HTMLElement {
  const box = el('span', 'mlsd-step-counts');
  const parts: [keyof typeof findings, string][] = [
    ['error', 'errors'],
    ['warning', 'warnings'],
    ['info', 'hints'],
  ];
  for (const [severity, label] of parts) {
    const n = severity === 'info' ? findings.info + findings.hint : findings[severity];
    if (n === 0) continue;
    const badge = el('span', `mlsd-count mlsd-count-${severity}`);
    badge.textContent = String(n);
    badge.title = `${n} ${label}`;
    box.append(badge);
  }
  return box;
}

function el(tag: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

/** Outside VS Code (static export) the page follows the system's light or dark preference. */
function followSystemTheme(): void {
  if ([...document.body.classList].some((c) => c.startsWith('vscode-'))) return;
  const query = matchMedia('(prefers-color-scheme: dark)');
  const apply = (): void => {
    document.body.classList.toggle('vscode-dark', query.matches);
    document.body.classList.toggle('vscode-light', !query.matches);
  };
  apply();
  query.addEventListener('change', apply);
}

function start(): void {
  const host = connect();
  if (!host.interactive) followSystemTheme();
  const preview = new Preview(host);
  if (host.interactive) {
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = parseHostMessage(event.data);
      if (message) preview.handle(message);
    });
    host.post({ type: 'ready' });
  } else {
    const data = document.getElementById('mlsd-model')?.textContent;
    if (data) preview.show(JSON.parse(data) as PreviewModel);
  }
}

start();
