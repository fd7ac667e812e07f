/**
 * Mermaid-specific attacks on the preview, counted in headless Chromium: click callbacks and links, `%%{init}%%` and
 * front matter that try to lower securityLevel or turn HTML labels on, <foreignObject> in labels, CSS that imports or
 * loads (`@import`, `url()` in classDef, style and theme variables) or reaches out of its diagram, and data: URLs.
 * For the whole payload doc, with and without the webview's CSP: no payload runs and no request leaves the page;
 * every diagram's <style> styles only its own SVG.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { modelOf, root, skipReason, WebviewHarness, type WebviewPage } from './browser';
import { markdownPayloads, mermaidPayloads, payloadDoc } from './payloads';

const skip = skipReason();

/** Every request the page makes after it loaded, but for its own bundle. */
function watchRequests(page: WebviewPage, origin: string): string[] {
  const requests: string[] = [];
  page.page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || /\/preview\.(?:html|js|css)(?:\?|$)/.test(url.replace(origin, ''))) return;
    requests.push(url);
  });
  return requests;
}

/** Selectors of each diagram's <style> rules that do not start with the diagram's SVG id. */
const unscopedRules = `(() => {
  const out = [];
  for (const svg of document.querySelectorAll('.mlsd-diagram-canvas > svg')) {
    for (const style of svg.querySelectorAll('style')) {
      for (const rule of style.sheet ? style.sheet.cssRules : []) {
        if (rule instanceof CSSKeyframesRule) continue;
        const selectors = rule.selectorText ? rule.selectorText.split(',') : [rule.cssText.slice(0, 60)];
        for (const selector of selectors) if (!selector.trim().startsWith('#' + svg.id)) out.push(svg.id + ': ' + selector.trim());
      }
    }
  }
  return out;
})()`;

describe('preview against Mermaid payloads (headless Chromium)', { skip }, () => {
  let harness: WebviewHarness;
  before(async () => {
    harness = await WebviewHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  for (const csp of [true, false]) {
    it(`${markdownPayloads.length + mermaidPayloads.length} payloads ${csp ? 'under the webview CSP' : 'without any CSP'}: none runs, no request leaves the page, styles stay in their diagram`, async (t) => {
      const page = await harness.open({ csp });
      const requests = watchRequests(page, harness.origin);
      await page.show(modelOf(payloadDoc()));
      await page.page.waitForFunction(`[...document.images].every((image) => image.complete)`, null, {
        timeout: 30_000,
      });
      for (const viewport of await page.page.locator('.mlsd-diagram-viewport').all())
        await viewport.dispatchEvent('click');
      await page.page.waitForFunction(`[...document.images].every((image) => image.complete)`, null, {
        timeout: 30_000,
      });

      const executed = await page.eval<number>('window.__xssHits');
      t.diagnostic(
        `${markdownPayloads.length} Markdown + ${mermaidPayloads.length} Mermaid payloads: ${executed} executed, ${requests.length} network requests`,
      );
      assert.equal(executed, 0, 'payloads that ran');
      assert.deepEqual(requests, [], 'requests that left the page');
      assert.deepEqual(await page.eval<string[]>(unscopedRules), [], 'diagram styles reaching outside their SVG');
      // The payloads' `body {display:none}` and the like changed nothing on the page.
      assert.equal(await page.eval<string>(`getComputedStyle(document.body).display`), 'block');
      assert.equal(
        await page.eval<string>(`getComputedStyle(document.querySelector('.mlsd-sidebar')).display`),
        'block',
      );
      assert.equal(
        await page.page
          .locator('.mlsd-diagram-canvas a, .mlsd-diagram-canvas [src], .mlsd-diagram-canvas [href]')
          .count(),
        0,
      );
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  it('a directive or front matter turning HTML labels on cannot put <foreignObject> into an export', async () => {
    const page = await harness.open();
    const directive =
      '%%{init: {"htmlLabels": true, "flowchart": {"htmlLabels": true}}}%%\nflowchart LR\n  A[Feature store] --> B[Ranker]';
    const frontMatter =
      '---\nconfig:\n  htmlLabels: true\n  flowchart:\n    htmlLabels: true\n---\nflowchart LR\n  A[Feature store] --> B[Ranker]';
    await page.show(
      modelOf(['# Doc', '', '```mermaid', directive, '```', '', '```mermaid', frontMatter, '```'].join('\n')),
    );
    for (const index of [0, 1]) {
      const since = page.messages.length;
      await page.send({ type: 'exportDiagram', index, format: 'svg' });
      const result = await page.waitForPosted('exportReady', since);
      assert.doesNotMatch(result.data, /foreignObject/i, `diagram ${index}`);
      assert.match(result.data, /Feature/);
    }
    await page.close();
  });

  it('the SVG sanitiser keeps only rules scoped to the diagram and drops everything that loads', async () => {
    // Mermaid's own escaping already stops the CSS escapes we know of; this feeds the sanitiser what a future one
    // would produce, in a page of its own.
    const bundle = await esbuild.build({
      stdin: {
        contents: "import { sanitizeSvg } from './svgSanitizer';\n(window as any).sanitizeSvg = sanitizeSvg;",
        resolveDir: path.join(root, 'media', 'preview'),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      logLevel: 'error',
    });
    const page = await harness.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent('<!DOCTYPE html><html><body><nav class="side">side</nav></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const svg = [
      '<svg id="d1-r1" xmlns="http://www.w3.org/2000/svg"><style>',
      '#d1-r1 .node rect{fill:#f00;stroke:url(#d1-r1-gradient)}',
      '#d1-r1 .a{fill:url(/leak/a.png);stroke:#000}',
      'body{display:none}',
      '.side{display:none}',
      '#d1-r10 .other{fill:#0f0}',
      '#d1-r1 .ok, .side{color:red}',
      '@import url(/leak/import.css);',
      '@font-face{font-family:x;src:url(/leak/font.woff)}',
      '@keyframes dash{to{stroke-dashoffset:0}}',
      '</style>',
      '<rect class="a" fill="url(/leak/attr.png)" style="fill:url(/leak/inline.png);stroke:#000" width="10" height="10"/>',
      '<image href="/leak/image.png" width="5" height="5"/><image xlink:href="data:image/png;base64,AAAA"/>',
      '<use href="#d1-r1-node"/><a href="https://example.invalid/"><text>link</text></a>',
      '</svg>',
    ].join('');
    const clean = await page.evaluate<string>(`window.sanitizeSvg(${JSON.stringify(svg)}, 'd1-r1')`);
    const style = /<style>([\s\S]*)<\/style>/.exec(clean)?.[1] ?? '';
    assert.match(style, /#d1-r1 \.node rect \{ fill: rgb\(255, 0, 0\); stroke: url\("#d1-r1-gradient"\); \}/);
    assert.match(
      style,
      /#d1-r1 \.a \{ stroke: rgb\(0, 0, 0\); \}/,
      'the loading declaration goes, the rest of the rule stays',
    );
    assert.match(style, /@keyframes dash/);
    assert.doesNotMatch(style, /body|\.side|d1-r10|@import|@font-face|leak/);
    assert.doesNotMatch(clean, /leak|data:|href=|<a\b/);
    assert.match(clean, /style="stroke: rgb\(0, 0, 0\);"/);
    await page.setContent(`<!DOCTYPE html><html><body><nav class="side">side</nav>${clean}</body></html>`);
    assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('.side')).display`), 'block');
    assert.deepEqual(
      requests.filter((url) => !url.startsWith('data:')),
      [],
    );
    await page.close();
  });
});
