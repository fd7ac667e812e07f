/**
 * `mlsd export FILE --html OUT.html`: the self-contained page renders the doc's diagrams offline (opened from a file,
 * no server), carries a CSP with a nonce, loads nothing remote, and runs none of the XSS payloads, including ones
 * aimed at the embedded JSON (`</script>` in the title and text). Usage errors exit 2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root, skipReason, WebviewHarness } from './browser';
import { domAudit, mermaidPayloads, payloadDoc } from './payloads';
import { tempDir } from '../helpers/tempDir';

const cli = path.join(root, 'bin', 'mlsd.js');
const example = path.join(root, 'examples', 'video-recommendation.mlsd.md');
const yamlExample = path.join(root, 'examples', 'harmful-content-detection.mlsd.yaml');

function mlsd(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = tempDir('mlsd-export-');

describe('mlsd export --html', () => {
  it('writes a self-contained page with a nonce CSP and no remote loads', () => {
    const out = path.join(dir, 'video.html');
    const { code, stdout, stderr } = mlsd('export', example, '--html', out);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^wrote .*video\.html \(1 diagram, 7\/7 steps\)\n$/);
    const html = readFileSync(out, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.match(csp, /^default-src 'none'; /);
    assert.doesNotMatch(csp, /unsafe-eval|https?:|\*/);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1].trim());
    assert.deepEqual(scripts, ['type="application/json" id="mlsd-model"', `nonce="${nonce}"`]);
    assert.doesNotMatch(
      html,
      /<(?:script|link|img|iframe)[^>]+(?:src|href)="?(?:https?:)?\/\//i,
      'nothing loads from elsewhere',
    );
    assert.doesNotMatch(html, /sourceMappingURL/);
  });

  it('refuses bad usage with exit code 2', () => {
    const noHtml = mlsd('export', example);
    assert.equal(noHtml.code, 2);
    assert.match(noHtml.stderr, /export needs --html OUT\.html/);
    const two = mlsd('export', example, yamlExample, '--html', path.join(dir, 'x.html'));
    assert.equal(two.code, 2);
    assert.match(two.stderr, /exactly one design doc/);
    const missing = mlsd('export', path.join(dir, 'nope.mlsd.md'), '--html', path.join(dir, 'x.html'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.mlsd\.md: cannot read: no such file or folder/);
    assert.match(mlsd('help', 'export').stdout, /export FILE --html OUT\.html/);
  });
});

describe('mlsd export --html in headless Chromium', { skip: skipReason() }, () => {
  let harness: WebviewHarness;
  before(async () => {
    harness = await WebviewHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  for (const [name, file] of [
    ['a Markdown doc', example],
    ['a YAML doc', yamlExample],
  ] as const) {
    it(`renders ${name} with its diagram, offline`, async () => {
      const out = path.join(dir, `${path.basename(file)}.html`);
      assert.equal(mlsd('export', file, '--html', out).code, 0);
      const page = await harness.openFile(out);
      await page.page.waitForFunction(`document.body.dataset.renderState === 'idle'`, null, { timeout: 30_000 });
      assert.equal(await page.page.locator('.mlsd-diagram-canvas > svg').count(), 1);
      assert.equal(await page.page.locator('.mlsd-step').count(), 7);
      assert.equal(await page.page.locator('.mlsd-export-svg, .mlsd-export-html').count(), 0, 'no editor-only buttons');
      assert.deepEqual(await page.eval<string[]>('window.__cspViolations'), []);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }

  it('runs none of the XSS payloads', async () => {
    const doc = path.join(dir, 'payloads.mlsd.md');
    const out = path.join(dir, 'payloads.html');
    writeFileSync(doc, payloadDoc());
    assert.equal(mlsd('export', doc, '--html', out).code, 0);
    const page = await harness.openFile(out);
    await page.page.waitForFunction(`document.body.dataset.renderState === 'idle'`, null, { timeout: 30_000 });
    // The load event: every subresource has loaded or been refused by the CSP. A file: page whose requests the CSP
    // refuses never reaches Chromium's network idle.
    await page.page.waitForLoadState('load');
    assert.equal(await page.eval<boolean>('window.__xss'), false, 'a payload ran');
    assert.deepEqual(await page.eval<string[]>(domAudit), []);
    assert.equal(await page.eval<string>('document.title'), '</script><script>window.__xssHit()</script>');
    const rendered = await page.page.locator('.mlsd-diagram-canvas > svg').count();
    const errors = await page.page.locator('.mlsd-diagram-error:visible').count();
    assert.equal(rendered + errors, mermaidPayloads.length);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
