/**
 * A design doc is untrusted input. None of the payloads of ./payloads.ts, placed in Markdown text, front matter and
 * Mermaid labels and directives, may run: each would call `window.__xssHit()` (setting `window.__xss`). The doc is
 * rendered twice: under the webview's CSP, and with no CSP at all, so the sanitising (markdown-it without HTML,
 * DOMPurify, Mermaid's strict mode plus our second DOMPurify pass) is tested on its own and not hidden behind the CSP.
 * The DOM must then hold no <script> but the webview's own, no on* attribute and no javascript:/data:text/html URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { modelOf, skipReason, WebviewHarness, type WebviewPage } from './browser';
import { domAudit, markdownPayloads, mermaidPayloads, payloadDoc } from './payloads';

const skip = skipReason();
/** Clicks, hovers and focuses everything the payloads could have attached behaviour to. */
const poke = `(() => {
  for (const el of document.querySelectorAll('.mlsd-doc *, .mlsd-diagram svg *')) {
    for (const type of ['click', 'mouseover', 'focus', 'toggle', 'load', 'error']) el.dispatchEvent(new Event(type, { bubbles: false }));
  }
})()`;

describe('preview webview against XSS payloads (headless Chromium)', { skip }, () => {
  let harness: WebviewHarness;
  before(async () => {
    harness = await WebviewHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  it('has at least 30 payloads', () => {
    assert.ok(markdownPayloads.length + mermaidPayloads.length >= 30);
    assert.ok(markdownPayloads.length >= 15 && mermaidPayloads.length >= 15);
  });

  it('the tripwire works: an unsanitised onerror payload does fire in the CSP-free page', async () => {
    const page = await harness.open({ csp: false });
    await page.eval(
      `document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="window.__xssHit()">')`,
    );
    await page.page.waitForLoadState('networkidle');
    await page.page.waitForFunction('window.__xss === true', null, { timeout: 10_000 });
    await page.close();
  });

  for (const csp of [true, false]) {
    it(`no payload runs ${csp ? 'under the webview CSP' : 'even without any CSP'}`, async () => {
      const page: WebviewPage = await harness.open({ csp });
      const model = modelOf(payloadDoc());
      assert.equal(model.diagrams.length, mermaidPayloads.length);
      await page.show(model);
      await page.page.waitForLoadState('networkidle');
      await page.eval(poke);
      await page.page.locator('.mlsd-diagram-viewport').first().click();
      // Images that failed to load fire `error` asynchronously: let the network settle again.
      await page.page.waitForLoadState('networkidle');

      assert.equal(await page.eval<boolean>('window.__xss'), false, 'a payload ran');
      assert.deepEqual(await page.eval<string[]>(domAudit), []);
      // The payloads are visible as text, not silently dropped: the doc still reads.
      const text = await page.page.locator('.mlsd-doc').innerText();
      assert.match(text, /onerror/);
      const rendered = await page.page.locator('.mlsd-diagram-canvas > svg').count();
      const errors = await page.page.locator('.mlsd-diagram-error:visible').count();
      assert.equal(rendered + errors, mermaidPayloads.length, 'every diagram rendered or shows its error');
      assert.ok(rendered >= mermaidPayloads.length / 2, `only ${rendered} diagrams rendered`);
      assert.deepEqual(page.errors, []);
      if (csp) {
        // What the CSP saw: DOMPurify parsing handler attributes (in its inert document) and Mermaid's label <img>
        // (sanitised, without handlers) trying to load. Never a script element, a script URL or eval.
        const violations = await page.eval<string[]>('window.__cspViolations');
        const unexpected = violations.filter((v) => !/^(?:script-src-attr|img-src) /.test(v));
        assert.deepEqual(unexpected, []);
      }
      await page.close();
    });
  }
});
