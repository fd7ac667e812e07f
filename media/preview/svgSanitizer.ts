/**
 * Mermaid's SVG, sanitised again before it reaches the page: no scripts, handlers or links (DOMPurify's SVG profile),
 * and no way out of the diagram through CSS. Every `<style>` is reduced to the rules whose selectors all start with the
 * SVG's own id (Mermaid scopes its theme that way; anything else is a diagram's classDef or theme text reaching for
 * the page), without `@import`, `@font-face` or other at-rules but keyframes, and no declaration or attribute may load
 * anything: a `url()` that is not a `#fragment` reference, or any `data:` URL, is dropped. The webview's CSP would
 * block such loads too; this makes the static HTML export as safe, and keeps diagrams from restyling the preview.
 */
import DOMPurify from 'dompurify';

const config = {
  USE_PROFILES: { svg: true, svgFilters: true, html: true },
  ADD_TAGS: ['foreignObject', 'style'],
  HTML_INTEGRATION_POINTS: { foreignobject: true },
  FORBID_TAGS: ['script', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'a'],
  // Nothing in a diagram loads a resource: no links, sources or backgrounds (Mermaid draws with inline SVG only).
  FORBID_ATTR: ['href', 'xlink:href', 'action', 'formaction', 'src', 'srcset', 'background', 'poster'],
};

/** `url(…)` pointing anywhere but a fragment of this document, or a data: URL in any form. */
const loadsSomething = /url\((?!\s*(?:['"]\s*)?#)|data:/i;

/** An own instance, so these hooks never run for the Markdown text's sanitising. */
const purifier = DOMPurify(window);
let scope = '';

purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style') node.textContent = scopedCss(node.textContent ?? '', scope);
});
purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  if (data.attrName === 'style') data.attrValue = safeDeclarations(data.attrValue);
  else if (loadsSomething.test(data.attrValue)) data.keepAttr = false;
});

/** The SVG `svg` (Mermaid's output for the element id `svgId`), safe to insert. */
export function sanitizeSvg(svg: string, svgId: string): string {
  scope = `#${svgId}`;
  try {
    return purifier.sanitize(svg, config);
  } finally {
    scope = '';
  }
}

/** The rules of `css` that style only inside `scope`, as text: `css` itself when nothing had to go. */
export function scopedCss(css: string, scope: string): string {
  const sheet = new CSSStyleSheet();
  // replaceSync ignores @import rules rather than loading them.
  sheet.replaceSync(css);
  let changed = /@import/i.test(css);
  const kept: string[] = [];
  for (const rule of sheet.cssRules) {
    if (
      rule instanceof CSSStyleRule &&
      scope &&
      rule.selectorText.split(',').every((selector) => startsWithScope(selector.trim(), scope))
    ) {
      changed = dropLoadingDeclarations(rule.style) || changed;
      kept.push(rule.cssText);
    } else if (rule instanceof CSSKeyframesRule) {
      kept.push(rule.cssText);
    } else {
      changed = true;
    }
  }
  return changed ? kept.join('\n') : css;
}

function startsWithScope(selector: string, scope: string): boolean {
  return selector === scope || (selector.startsWith(scope) && /[\s.:[>+~#]/.test(selector[scope.length]));
}

/** Removes the declarations that load something; true when there were any. */
function dropLoadingDeclarations(style: CSSStyleDeclaration): boolean {
  const loading = [...style].filter((property) => loadsSomething.test(style.getPropertyValue(property)));
  for (const property of loading) style.removeProperty(property);
  return loading.length > 0;
}

/** A style attribute without the declarations that load something. */
function safeDeclarations(value: string): string {
  if (!loadsSomething.test(value)) return value;
  const holder = document.createElement('div');
  holder.setAttribute('style', value);
  dropLoadingDeclarations(holder.style);
  return holder.getAttribute('style') ?? '';
}
