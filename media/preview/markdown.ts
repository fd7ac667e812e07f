/**
 * The doc's text as HTML: markdown-it with raw HTML disabled (HTML comments hidden), then DOMPurify. A design doc is
 * untrusted input, so the HTML that reaches the DOM has no scripts, no event handlers, no styles, no forms and no
 * javascript: links.
 *
 * Mermaid fences (and `::: mermaid` containers, read as fences) become empty slots
 * (`<div class="mlsd-diagram-slot" data-block="i">`) that the renderer fills; block elements carry `data-line` (the
 * document line) so a double-click reveals the source.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import type { PreviewModel } from '../../common/preview/messages';
import { mermaidContainers } from '../../common/mermaidContainers';
import { htmlComments } from './htmlComments';

interface RenderEnv {
  lineMap?: number[];
  sources: string[];
  claimed: Set<number>;
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false }).use(htmlComments).use(mermaidContainers);

md.core.ruler.push('mlsd_source_lines', (state) => {
  const { lineMap } = state.env as RenderEnv;
  for (const token of state.tokens) {
    if (token.map && token.nesting >= 0 && token.block) {
      const line = lineMap ? lineMap[token.map[0]] : token.map[0];
      if (line !== undefined) token.attrSet('data-line', String(line));
    }
  }
});

const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env: RenderEnv, self) => {
  const token = tokens[idx];
  if (token.info.trim().split(/\s+/)[0].toLowerCase() !== 'mermaid')
    return defaultFence(tokens, idx, options, env, self);
  const source = token.content.replace(/\n$/, '');
  const index = env.sources.findIndex((s, i) => s === source && !env.claimed.has(i));
  if (index < 0) return defaultFence(tokens, idx, options, env, self);
  env.claimed.add(index);
  const line = token.attrGet('data-line');
  return `<div class="mlsd-diagram-slot" data-block="${index}"${line ? ` data-line="${line}"` : ''}></div>\n`;
};

const purifyConfig = {
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
  ALLOW_DATA_ATTR: true,
};

let hooked = false;

/** HTML for the model's text, and which diagrams got no slot (they are shown after the text). */
export function renderMarkdown(model: PreviewModel): { html: string; unplaced: number[] } {
  if (!hooked) {
    hooked = true;
    // Links leave no opener behind (remote images simply do not load: the CSP allows none).
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    });
  }
  const env: RenderEnv = { lineMap: model.lineMap, sources: model.diagrams.map((d) => d.source), claimed: new Set() };
  const raw = md.render(model.markdown, env);
  const html = DOMPurify.sanitize(raw, purifyConfig);
  const unplaced = model.diagrams.map((_, i) => i).filter((i) => !env.claimed.has(i));
  return { html, unplaced };
}
