/**
 * The preview's HTML: the webview page (script and styles loaded from the bundle folder) and the self-contained page
 * of a static export (bundle, styles and model inlined). Pure string building, no 'vscode' and no Node import, so the
 * extension, the CLI (`mlsd export --html`) and the tests use the same code.
 *
 * CSP: nothing but the nonce'd script runs (no inline handlers, no eval); styles come from the bundle folder plus
 * inline styles, which Mermaid needs (a <style> element and style attributes inside every SVG); images only as data:
 * URIs (the PNG export draws the SVG through one). No fonts, frames, connections or remote loads of any kind.
 */
import type { PreviewModel } from './model';

/** 18 random bytes in base64, from the Web Crypto API that Node and browsers both have. */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/** The Content-Security-Policy of the webview (`cspSource` is the webview's resource origin) or, without, of an export. */
export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
  const self = cspSource ? `${cspSource} ` : '';
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${self}'unsafe-inline'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface WebviewHtmlOptions {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

/** A page with this CSP, `head` after the standard meta tags, and `body`. */
export function page(csp: string, head: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

export function webviewHtml({ nonce, cspSource, scriptUri, styleUri }: WebviewHtmlOptions): string {
  return page(
    contentSecurityPolicy(nonce, cspSource),
    `<link rel="stylesheet" href="${escapeAttribute(styleUri)}">\n<title>mlsd preview</title>`,
    `<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(scriptUri)}"></script>`,
  );
}

export interface StandaloneHtmlOptions {
  model: PreviewModel;
  /** media/preview/dist/preview.js and preview.css. */
  script: string;
  styles: string;
  nonce?: string;
}

/**
 * A self-contained page of the preview for sharing: the bundled webview script renders the diagrams in the page.
 * The model is embedded as JSON in a non-executable <script type="application/json">, with every `<`, `>` and `&`
 * escaped so no document text can close the element.
 */
export function standaloneHtml({ model, script, styles, nonce = makeNonce() }: StandaloneHtmlOptions): string {
  const json = JSON.stringify(model)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const css = inlineSafe(styles.replace(/\/\*# sourceMappingURL=.*?\*\/\s*$/, ''), 'style');
  const js = inlineSafe(script.replace(/\/\/# sourceMappingURL=.*(?:[\n\r\u2028\u2029]\s*)?$/, ''), 'script');
  return page(
    contentSecurityPolicy(nonce),
    `<meta name="generator" content="mlsd">\n<title>${escapeText(model.title)}</title>\n<style>\n${css}\n</style>`,
    `<script type="application/json" id="mlsd-model">${json}</script>\n<script nonce="${escapeAttribute(nonce)}">\n${js}\n</script>`,
  );
}

/**
 * Text that can sit inside <script> or <style>: `</script` / `</style` cannot appear (escaped as `<\/` in a script,
 * where it only occurs inside strings and regular expressions of the bundle).
 */
function inlineSafe(text: string, element: 'script' | 'style'): string {
  if (element === 'style') {
    if (/<\/style/i.test(text)) throw new Error('the preview styles contain "</style"');
    return text;
  }
  const escaped = text.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(escaped) && /<script/i.test(escaped))
    throw new Error('the preview bundle contains "<!--" and "<script"');
  return escaped;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
