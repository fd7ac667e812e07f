/**
 * The Mermaid theme of the preview, derived from VS Code's `--vscode-*` CSS variables (through the `--mlsd-*`
 * variables of styles.css, which give fallbacks outside VS Code), and a watcher that reports theme changes: VS Code
 * switches `vscode-light | vscode-dark | vscode-high-contrast(-light)` on <body> and rewrites the variables in the
 * style attribute of <html>.
 */

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface MermaidTheme {
  /** Changes whenever anything below changes; part of every render's cache key. */
  key: string;
  kind: ThemeKind;
  darkMode: boolean;
  background: string;
  fontFamily: string;
  themeVariables: Record<string, string | boolean>;
}

export function themeKind(body: HTMLElement = document.body): ThemeKind {
  const classes = body.classList;
  if (classes.contains('vscode-high-contrast-light')) return 'high-contrast-light';
  if (classes.contains('vscode-high-contrast')) return 'high-contrast';
  if (classes.contains('vscode-dark')) return 'dark';
  return 'light';
}

export function currentTheme(): MermaidTheme {
  const kind = themeKind();
  const style = getComputedStyle(document.body);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const darkMode = kind === 'dark' || kind === 'high-contrast';
  const background = toHex(read('--mlsd-bg', darkMode ? '#1e1e1e' : '#ffffff'), darkMode ? '#1e1e1e' : '#ffffff');
  const colour = (name: string, fallback: string): string => toHex(read(name, fallback), background);
  const fg = colour('--mlsd-fg', darkMode ? '#cccccc' : '#1f1f1f');
  const nodeBg = colour('--mlsd-node-bg', darkMode ? '#252526' : '#f3f3f3');
  const border = colour('--mlsd-node-border', darkMode ? '#3794ff' : '#005fb8');
  const line = colour('--mlsd-line', fg);
  const secondary = colour('--mlsd-secondary-bg', darkMode ? '#37373d' : '#e4e6f1');
  const tertiary = colour('--mlsd-tertiary-bg', darkMode ? '#2d2d30' : '#f8f8f8');
  const noteBg = colour('--mlsd-note-bg', darkMode ? '#3c3c3c' : '#fff8c5');
  const fontFamily = read('--mlsd-font-family', 'system-ui, sans-serif').replace(/["<>{};]/g, '');
  const themeVariables: Record<string, string | boolean> = {
    darkMode,
    background,
    fontFamily,
    fontSize: '14px',
    primaryColor: nodeBg,
    primaryTextColor: fg,
    primaryBorderColor: border,
    secondaryColor: secondary,
    secondaryTextColor: fg,
    secondaryBorderColor: border,
    tertiaryColor: tertiary,
    tertiaryTextColor: fg,
    tertiaryBorderColor: border,
    mainBkg: nodeBg,
    nodeBorder: border,
    nodeTextColor: fg,
    textColor: fg,
    titleColor: fg,
    lineColor: line,
    clusterBkg: tertiary,
    clusterBorder: border,
    edgeLabelBackground: background,
    noteBkgColor: noteBg,
    noteTextColor: fg,
    noteBorderColor: border,
    actorBkg: nodeBg,
    actorBorder: border,
    actorTextColor: fg,
    actorLineColor: line,
    signalColor: fg,
    signalTextColor: fg,
    labelBoxBkgColor: nodeBg,
    labelBoxBorderColor: border,
    labelTextColor: fg,
    loopTextColor: fg,
    sequenceNumberColor: background,
  };
  return { key: JSON.stringify([kind, themeVariables]), kind, darkMode, background, fontFamily, themeVariables };
}

let probe: HTMLElement | undefined;

/** Any CSS colour as opaque #rrggbb (Mermaid derives shades from it), blending transparency over `over`. */
export function toHex(value: string, over: string): string {
  probe ??= Object.assign(document.createElement('span'), { hidden: true });
  if (!probe.isConnected) document.body.append(probe);
  probe.style.color = '';
  probe.style.color = value;
  const parsed = rgba(getComputedStyle(probe).color);
  if (!parsed || !probe.style.color) return over;
  const [r, g, b, a] = parsed;
  const base = a < 1 ? (rgba(over.startsWith('#') ? hexToRgb(over) : over) ?? [255, 255, 255, 1]) : [0, 0, 0, 1];
  const mix = (c: number, i: number) => Math.round(c * a + base[i] * (1 - a));
  return `#${[mix(r, 0), mix(g, 1), mix(b, 2)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function rgba(text: string): [number, number, number, number] | undefined {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,/\s]+([\d.]+%?))?\s*\)/.exec(text);
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

function hexToRgb(hex: string): string {
  const h = hex.slice(1);
  const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
  return `rgb(${parseInt(full.slice(0, 2), 16)}, ${parseInt(full.slice(2, 4), 16)}, ${parseInt(full.slice(4, 6), 16)})`;
}

/**
 * Calls `onChange` (once per burst of mutations) when the theme class on <body> or the variables on <html> change.
 * Returns a function that stops watching.
 */
export function watchTheme(onChange: () => void): () => void {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    // A timer, not requestAnimationFrame: a hidden webview gets no frames but must be current when shown.
    setTimeout(() => {
      pending = false;
      onChange();
    }, 0);
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
  return () => observer.disconnect();
}
