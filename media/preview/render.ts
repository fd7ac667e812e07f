/**
 * Mermaid rendering for the preview.
 *
 * - Each diagram view has an id from its content hash (plus its occurrence number for identical diagrams), so an
 *   update re-renders only diagrams whose source changed, and a view keeps its zoom and pan across updates.
 * - Every update or theme change starts a new render generation; a render that finishes for an older generation is
 *   dropped, and the loop of an older generation stops, so fast typing never shows stale diagrams.
 * - A broken diagram shows an inline error with the document line while its last good SVG stays visible.
 * - Mermaid runs with `securityLevel: 'strict'`; its SVG is sanitised again before it is inserted (svgSanitizer.ts:
 *   no scripts, links or loads, styles scoped to the SVG), and diagram directives and front matter cannot change the
 *   security settings, DOMPurify's config, the size limits or HTML labels, nor inject theme CSS.
 * - Export renders again with `htmlLabels: false` (no <foreignObject>, which would taint the PNG canvas).
 * - An error names the document line of the token Mermaid complains about, located as the language server's
 *   mermaid-syntax finding is (common/mermaid), so the preview and the Problems panel agree.
 */
import mermaid, { type MermaidConfig } from 'mermaid';
import { locateMermaidError } from '../../common/mermaid/errorLocation';
import type { ExportFormat, PreviewDiagram, ZoomState } from '../../common/preview/messages';
import { sanitizeSvg } from './svgSanitizer';
import { currentTheme, type MermaidTheme } from './theme';
import { PanZoom } from './zoom';

export interface DiagramHost {
  /** True inside VS Code: reveal, copy and export go to the extension. False in a static export. */
  interactive: boolean;
  reveal(line: number): void;
  copySource(index: number): void;
  requestExport(index: number, format: ExportFormat): void;
  zoomState(id: string): ZoomState | undefined;
  saveZoom(id: string, state: ZoomState | undefined): void;
}

/** How Mermaid sanitises label HTML: no elements or attributes that load a resource (it renders labels in the page). */
const labelPurifyConfig = {
  FORBID_TAGS: [
    'style',
    'img',
    'image',
    'video',
    'audio',
    'source',
    'picture',
    'iframe',
    'object',
    'embed',
    'link',
    'a',
  ],
  FORBID_ATTR: ['src', 'srcset', 'background', 'poster', 'href', 'xlink:href'],
};

/** Keys Mermaid directives (`%%{init: …}%%`) and diagram front matter must not change (at any depth). */
const secureKeys = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'suppressErrorRendering',
  'dompurifyConfig',
  'themeCSS',
  'htmlLabels',
];

/** A small string hash (cyrb53) for content ids. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Ids of the diagrams in order: `d<hash>-<n>`, n counting identical sources. */
export function diagramIds(diagrams: readonly PreviewDiagram[]): string[] {
  const seen = new Map<string, number>();
  return diagrams.map(({ source }) => {
    const hash = contentHash(source);
    const n = seen.get(hash) ?? 0;
    seen.set(hash, n + 1);
    return `d${hash}-${n}`;
  });
}

/** A Mermaid error, placed in the document. */
export interface DiagramError {
  /** Document line (0-based). */
  line: number;
  message: string;
}

/** Where Mermaid's error is in the document, located as the mermaid-syntax finding is. */
export function diagramError(error: unknown, diagram: PreviewDiagram): DiagramError {
  const problem = locateMermaidError(error, diagram.source);
  const line = !problem.start
    ? diagram.firstLine
    : diagram.linesMatch
      ? diagram.firstLine + problem.start.line
      : diagram.range.start.line;
  return {
    line,
    message: problem.unknownType ? `${problem.message}: the first line must name a diagram type.` : problem.message,
  };
}

class DiagramView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly viewport: HTMLElement;
  private readonly errorBox: HTMLElement;
  private readonly status: HTMLElement;
  readonly zoom: PanZoom;
  /** Cache key of the SVG on display (id + theme), or of the source that failed to parse. */
  shownKey: string | undefined;
  failedKey: string | undefined;
  index = 0;
  id: string;
  diagram: PreviewDiagram = {
    source: '',
    firstLine: 0,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    linesMatch: true,
  };

  constructor(
    id: string,
    private readonly host: DiagramHost,
  ) {
    this.id = id;
    this.element = el('figure', 'mlsd-diagram');
    const toolbar = el('div', 'mlsd-diagram-toolbar');
    toolbar.setAttribute('role', 'toolbar');
    const button = (label: string, title: string, action: () => void, cls = ''): void => {
      const b = el('button', `mlsd-button ${cls}`.trim()) as HTMLButtonElement;
      b.type = 'button';
      b.textContent = label;
      b.title = title;
      b.setAttribute('aria-label', title);
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        action();
      });
      toolbar.append(b);
    };
    button('−', 'Zoom out', () => this.zoom.zoomBy(0.8), 'mlsd-zoom-out');
    button('+', 'Zoom in', () => this.zoom.zoomBy(1.25), 'mlsd-zoom-in');
    button('⟲', 'Reset zoom', () => this.zoom.reset(), 'mlsd-zoom-reset');
    if (host.interactive) {
      button('SVG', 'Export diagram as SVG', () => host.requestExport(this.index, 'svg'), 'mlsd-export-svg');
      button('PNG', 'Export diagram as PNG', () => host.requestExport(this.index, 'png'), 'mlsd-export-png');
      button('Copy', 'Copy diagram source', () => host.copySource(this.index), 'mlsd-copy-source');
    }
    this.viewport = el('div', 'mlsd-diagram-viewport');
    this.viewport.tabIndex = 0;
    this.viewport.title = host.interactive
      ? 'Click to reveal the source; Ctrl/Cmd + wheel to zoom; drag to pan'
      : 'Ctrl/Cmd + wheel to zoom; drag to pan';
    this.canvas = el('div', 'mlsd-diagram-canvas');
    this.viewport.append(this.canvas);
    this.status = el('div', 'mlsd-diagram-status');
    this.status.textContent = 'Rendering…';
    this.errorBox = el('div', 'mlsd-diagram-error');
    this.errorBox.hidden = true;
    this.errorBox.setAttribute('role', 'alert');
    this.element.append(toolbar, this.viewport, this.status, this.errorBox);
    this.zoom = new PanZoom(
      this.viewport,
      this.canvas,
      host.zoomState(id),
      (state) => host.saveZoom(this.id, state),
      () => host.reveal(this.diagram.firstLine),
    );
  }

  get source(): string {
    return this.diagram.source;
  }

  setBlock(index: number, id: string, diagram: PreviewDiagram): void {
    if (id !== this.id) {
      this.host.saveZoom(this.id, undefined);
      this.id = id;
      this.host.saveZoom(id, this.zoom.state);
    }
    this.index = index;
    this.diagram = diagram;
    this.element.dataset.index = String(index);
    this.element.dataset.id = id;
    this.element.dataset.line = String(diagram.firstLine);
  }

  showSvg(svg: string, key: string): void {
    this.canvas.innerHTML = svg;
    const root = this.canvas.querySelector('svg');
    root?.setAttribute('role', 'img');
    root?.setAttribute('aria-label', `Diagram ${this.index + 1}`);
    this.shownKey = key;
    this.failedKey = undefined;
    this.status.hidden = true;
    this.errorBox.hidden = true;
    this.errorBox.replaceChildren();
    this.element.classList.remove('mlsd-has-error', 'mlsd-stale');
  }

  showError(info: DiagramError, key: string): void {
    this.failedKey = key;
    const docLine = info.line;
    const title = el('button', 'mlsd-error-title') as HTMLButtonElement;
    title.type = 'button';
    title.textContent = `Mermaid error on line ${docLine + 1}`;
    title.title = 'Reveal in the editor';
    title.dataset.line = String(docLine);
    title.addEventListener('click', () => this.host.reveal(docLine));
    const detail = el('pre', 'mlsd-error-detail');
    detail.textContent = info.message;
    this.errorBox.replaceChildren(title, detail);
    this.errorBox.dataset.line = String(docLine);
    this.errorBox.hidden = false;
    this.status.hidden = true;
    this.element.classList.add('mlsd-has-error');
    // The last good render stays visible, dimmed, while the author fixes the diagram.
    this.element.classList.toggle('mlsd-stale', this.shownKey !== undefined);
  }
}

export class DiagramRenderer {
  private views: DiagramView[] = [];
  private generation = 0;
  private theme: MermaidTheme;
  private configKey = '';
  private queue: Promise<unknown> = Promise.resolve();
  private renderCount = 0;
  private readonly cache = new Map<string, string>();
  private idle: Promise<void> = Promise.resolve();

  constructor(private readonly host: DiagramHost) {
    this.theme = currentTheme();
  }

  /** Resolves when the current render pass has finished (tests and the static export wait on it). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /**
   * Shows `diagrams` in `slots` (slot i gets diagram i; missing slots are appended to `fallback`), reusing the
   * views of unchanged diagrams, then renders what changed.
   */
  update(diagrams: readonly PreviewDiagram[], slots: ReadonlyMap<number, HTMLElement>, fallback: HTMLElement): void {
    const ids = diagramIds(diagrams);
    const old = this.views;
    const byId = new Map(old.map((view) => [view.id, view]));
    const claimed = new Set<DiagramView>();
    const next: (DiagramView | undefined)[] = ids.map((id) => {
      const view = byId.get(id);
      if (!view || claimed.has(view)) return undefined;
      claimed.add(view);
      return view;
    });
    // An edited diagram keeps its view (zoom, last good SVG) when the view at its position is not reused elsewhere.
    const wanted = new Set(ids);
    next.forEach((view, i) => {
      const candidate = old[i];
      if (!view && candidate && !claimed.has(candidate) && !wanted.has(candidate.id)) {
        claimed.add(candidate);
        next[i] = candidate;
      }
    });
    this.views = next.map((view, i) => {
      const v = view ?? new DiagramView(ids[i], this.host);
      v.setBlock(i, ids[i], diagrams[i]);
      const slot = slots.get(i);
      if (slot) slot.replaceChildren(v.element);
      else fallback.append(v.element);
      return v;
    });
    for (const view of old) if (!claimed.has(view)) this.host.saveZoom(view.id, undefined);
    this.renderAll();
  }

  /** The theme may have changed: re-render everything when it did. */
  themeChanged(): void {
    const theme = currentTheme();
    if (theme.key === this.theme.key) return;
    this.theme = theme;
    this.renderAll();
  }

  get themeKind(): string {
    return this.theme.kind;
  }

  private renderAll(): void {
    const generation = ++this.generation;
    const views = [...this.views];
    const theme = this.theme;
    this.idle = (async () => {
      for (const view of views) {
        if (generation !== this.generation) return;
        const key = `${view.id}|${contentHash(theme.key)}`;
        if (view.shownKey === key || view.failedKey === key) continue;
        await this.exclusive(() => this.renderView(view, key, theme, generation));
      }
    })().catch((error: unknown) => console.error('mlsd preview: rendering failed', error));
  }

  private async renderView(view: DiagramView, key: string, theme: MermaidTheme, generation: number): Promise<void> {
    if (generation !== this.generation) return; // a newer pass renders this view
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      view.showSvg(cached, key);
      return;
    }
    const source = view.source;
    this.configure(theme, false);
    try {
      await mermaid.parse(source);
      const svgId = `${view.id}-r${++this.renderCount}`;
      const { svg } = await mermaid.render(svgId, source);
      if (generation !== this.generation) return; // stale: drop it
      const clean = sanitizeSvg(svg, svgId);
      this.remember(key, clean);
      view.showSvg(clean, key);
    } catch (error) {
      if (generation !== this.generation) return;
      view.showError(diagramError(error, view.diagram), key);
    } finally {
      removeLeftovers();
    }
  }

  /** SVG text, or PNG bytes as base64, of diagram `index` rendered for export (no HTML labels). */
  exportDiagram(index: number, format: ExportFormat): Promise<string> {
    const view = this.views[index];
    if (!view) return Promise.reject(new Error(`There is no diagram ${index + 1}.`));
    const theme = this.theme;
    return this.exclusive(async () => {
      this.configure(theme, true);
      try {
        await mermaid.parse(view.source);
        const svgId = `${view.id}-x${++this.renderCount}`;
        const { svg } = await mermaid.render(svgId, view.source);
        const standalone = standaloneSvg(sanitizeSvg(svg, svgId), theme.background);
        return format === 'svg' ? standalone.text : await svgToPngBase64(standalone, 2);
      } catch (error) {
        const info = diagramError(error, view.diagram);
        throw new Error(`line ${info.line + 1}: ${info.message}`);
      } finally {
        removeLeftovers();
      }
    });
  }

  /** Runs Mermaid work one at a time: its configuration is global. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private configure(theme: MermaidTheme, forExport: boolean): void {
    const key = `${theme.key}|${forExport}`;
    if (key === this.configKey) return;
    this.configKey = key;
    const config: MermaidConfig = {
      startOnLoad: false,
      securityLevel: 'strict',
      secure: secureKeys,
      suppressErrorRendering: true,
      theme: 'base',
      darkMode: theme.darkMode,
      fontFamily: theme.fontFamily,
      themeVariables: theme.themeVariables,
      htmlLabels: !forExport,
      flowchart: { htmlLabels: !forExport },
      // Labels are measured in this document while Mermaid lays them out: nothing in them may load.
      dompurifyConfig: labelPurifyConfig,
    };
    mermaid.initialize(config);
  }

  private remember(key: string, svg: string): void {
    this.cache.delete(key);
    this.cache.set(key, svg);
    while (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value as string);
  }
}

/** Mermaid leaves a temporary container in <body> when a render throws. */
function removeLeftovers(): void {
  for (const node of document.querySelectorAll('body > [id^="dd"]')) {
    if (!node.closest('.mlsd-layout')) node.remove();
  }
}

interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
  background: string;
}

/** An SVG file: namespaces, explicit size from the viewBox, and the theme background. */
function standaloneSvg(svg: string, background: string): StandaloneSvg {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror')) throw new Error('Mermaid produced no valid SVG.');
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Math.ceil(
    box.length === 4 && box[2] > 0 ? box[2] : parseFloat(root.getAttribute('width') ?? '') || 800,
  );
  const height = Math.ceil(
    box.length === 4 && box[3] > 0 ? box[3] : parseFloat(root.getAttribute('height') ?? '') || 600,
  );
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.style.maxWidth = '';
  root.style.backgroundColor = background;
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width, height, background };
}

async function svgToPngBase64(svg: StandaloneSvg, scale: number): Promise<string> {
  const image = new Image();
  image.src = `data:image/svg+xml;base64,${toBase64(new TextEncoder().encode(svg.text))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(svg.width * scale));
  canvas.height = Math.max(1, Math.round(svg.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the PNG on.');
  context.fillStyle = svg.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the PNG.');
  return toBase64(new Uint8Array(await blob.arrayBuffer()));
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function el(tag: string, className: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  return element;
}
