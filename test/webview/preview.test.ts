/**
 * The preview webview in headless Chromium, under the webview's real CSP: diagrams render, a broken diagram shows
 * its error on the right document line while the last good render stays, only changed diagrams re-render (zoom
 * survives), the theme follows VS Code's, exports give a valid SVG and a real PNG, clicks post reveal messages.
 * Needs `npm run build` (media/preview/dist) and Debian's chromium; skipped with a reason without the browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PreviewModel } from '../../common/preview/messages';
import { modelOf, skipReason, WebviewHarness, type WebviewPage } from './browser';

const skip = skipReason();

const steps = [
  '## 1. Clarifying requirements',
  'The business goal is more watch time; 100 M daily users, 200 ms latency budget per request.',
  '## 2. Framing the problem as an ML task',
  'The ML objective is to predict the probability of a long watch; a pointwise ranking problem.',
  '## 3. Data preparation',
  'Training data comes from logged impressions and watches; features include user and video embeddings.',
  '## 4. Model development',
  'A popularity baseline, then a two-tower model trained with cross-entropy loss and negative sampling.',
  '## 5. Evaluation',
  'Offline recall@k and nDCG on a held-out day; online an A/B test on watch time and CTR.',
];

function doc(diagrams: string[], extra: string[] = []): string {
  const lines = [
    '---',
    'mlsd: 1',
    'title: Feed ranking',
    '---',
    '# Feed ranking',
    '',
    ...steps,
    '## 6. Deployment and serving',
  ];
  lines.push('Candidates come from an ANN index; a ranking service re-ranks a few hundred in real time.');
  for (const diagram of diagrams) lines.push('', '```mermaid', diagram, '```', '');
  lines.push(...extra);
  return lines.join('\n');
}

const flowchart = (label: string) => `flowchart LR\n  A[Request] --> B[${label}]\n  B --> C[Response]`;
const sequence = 'sequenceDiagram\n  Client->>API: request\n  API-->>Client: ranked videos';
const classDiagram = 'classDiagram\n  class Ranker\n  Ranker : +score(user, video)';

/** Text of the first <style> in the SVG of diagram `index`: Mermaid writes the theme colours there. */
const svgStyle = (index: number) =>
  `document.querySelectorAll('.mlsd-diagram')[${index}].querySelector('svg style').textContent`;

describe('preview webview (headless Chromium, webview CSP)', { skip }, () => {
  let harness: WebviewHarness;
  let view: WebviewPage;

  before(async () => {
    harness = await WebviewHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  const fresh = async (options?: { theme?: string }): Promise<WebviewPage> => {
    await view?.close();
    view = await harness.open(options);
    return view;
  };

  const assertClean = async (page: WebviewPage) => {
    assert.deepEqual(page.errors, [], 'uncaught page errors');
    assert.deepEqual(await page.eval<string[]>('window.__cspViolations'), [], 'CSP violations');
  };

  it('renders every diagram as an SVG, the text and the coverage sidebar', async () => {
    const page = await fresh();
    const model = modelOf(doc([flowchart('Ranker'), sequence, classDiagram]));
    await page.show(model);
    assert.equal(await page.page.locator('.mlsd-diagram svg').count(), 3);
    assert.equal(await page.page.locator('.mlsd-diagram-error:visible').count(), 0);
    assert.equal(await page.page.locator('.mlsd-doc h2').count(), 6);
    const states = await page.eval<string[]>(
      `[...document.querySelectorAll('.mlsd-step')].map((s) => s.dataset.step + '=' + s.dataset.state)`,
    );
    assert.equal(states.length, 7);
    assert.ok(states.includes('monitoring=missing'), states.join(' '));
    const monitoring = model.steps.find((s) => s.id === 'monitoring')!;
    assert.ok(monitoring.findings.error >= 1, 'the missing step carries its finding');
    assert.equal(
      await page.eval<string>(`document.querySelector('[data-step="monitoring"] .mlsd-count-error').textContent`),
      String(monitoring.findings.error),
    );
    await assertClean(page);
  });

  it("shows a broken diagram's error with its document line and keeps the last good SVG", async () => {
    const page = await fresh();
    await page.show(modelOf(doc([sequence, flowchart('Ranker')])));
    const good = await page.eval<string>(
      `document.querySelectorAll('.mlsd-diagram')[1].querySelector('svg').outerHTML`,
    );
    await assertClean(page);

    const broken = 'flowchart LR\n  A[Request] --> B[Ranker]\n  B -->> C[[[\n  C --> D';
    const model = modelOf(doc([sequence, broken]));
    const firstLine = model.diagrams[1].firstLine;
    await page.show(model);
    const error = page.page.locator('.mlsd-diagram').nth(1).locator('.mlsd-diagram-error');
    assert.ok(await error.isVisible(), 'the error box is visible');
    // Mermaid reports "line 3" of the diagram: the document line is firstLine + 2 (0-based), shown 1-based.
    assert.match(await error.innerText(), new RegExp(`Mermaid error on line ${firstLine + 3}\\b`));
    assert.equal(await error.getAttribute('data-line'), String(firstLine + 2));
    const stillShown = await page.eval<string>(
      `document.querySelectorAll('.mlsd-diagram')[1].querySelector('svg').outerHTML`,
    );
    assert.equal(stillShown, good, 'the last good render stays visible');
    assert.ok(
      await page.eval<boolean>(`document.querySelectorAll('.mlsd-diagram')[1].classList.contains('mlsd-stale')`),
    );
    await assertClean(page);

    // A diagram that never rendered shows the error box, never a blank box.
    const first = await fresh();
    const lone = modelOf(doc(['sequenceDiagram\n  Client->>API request missing colon\n  ???']));
    await first.show(lone);
    const box = first.page.locator('.mlsd-diagram-error');
    assert.ok(await box.isVisible());
    assert.match(await box.innerText(), /Mermaid error on line \d+/);
    assert.equal(await first.page.locator('.mlsd-diagram svg').count(), 0);

    // Clicking the error reveals its line.
    const since = first.messages.length;
    await box.locator('.mlsd-error-title').click();
    const reveal = await first.waitForPosted('reveal', since);
    assert.equal(reveal.line, Number(await box.getAttribute('data-line')));
    await assertClean(first);
  });

  it('re-renders only changed diagrams; zoom and pan survive updates', async () => {
    const page = await fresh();
    await page.show(modelOf(doc([flowchart('Ranker'), sequence])));
    await page.eval(`document.querySelectorAll('.mlsd-diagram svg').forEach((svg, i) => (svg.__mark = 'old' + i))`);
    const second = page.page.locator('.mlsd-diagram').nth(1);
    await second.hover();
    await second.locator('.mlsd-zoom-in').click();
    await second.locator('.mlsd-zoom-in').click();
    const transformOf = (i: number) =>
      page.eval<string>(`document.querySelectorAll('.mlsd-diagram-canvas')[${i}].style.transform`);
    const transform = await transformOf(1);
    assert.match(transform, /scale\(1\.5625\)/);

    // Edit the first diagram only (and the text).
    await page.show(modelOf(doc([flowchart('Ranker v2'), sequence], ['Extra paragraph.'])));
    const marks = await page.eval<(string | null)[]>(
      `[...document.querySelectorAll('.mlsd-diagram svg')].map((svg) => svg.__mark ?? null)`,
    );
    assert.deepEqual(marks, [null, 'old1'], 'the unchanged diagram kept its SVG element');
    assert.equal(await transformOf(1), transform);
    assert.match(await page.page.locator('.mlsd-diagram').nth(0).innerText(), /Ranker v2/);

    // The zoom is persisted with setState, keyed by the diagram's content id.
    assert.equal(page.state?.uri, 'file:///ws/doc.mlsd.md');
    assert.deepEqual(
      Object.values(page.state?.zoom ?? {}).map((z) => z.scale),
      [1.5625],
    );

    // Reset, then Ctrl + wheel zooms in.
    await second.locator('.mlsd-zoom-reset').click();
    assert.equal(await transformOf(1), 'translate(0px, 0px) scale(1)');
    assert.deepEqual(page.state?.zoom, {}, 'a reset zoom is not persisted');
    await second.locator('.mlsd-diagram-viewport').hover();
    await page.page.keyboard.down('Control');
    await page.page.mouse.wheel(0, -200);
    await page.page.keyboard.up('Control');
    await page.until(() => Object.keys(page.state?.zoom ?? {}).length === 1, 'the wheel zoom to be saved');
    assert.match(await transformOf(1), /scale\(1\.[1-9]/);
    // A plain wheel scrolls the page and leaves the zoom alone.
    await page.page.mouse.wheel(0, -200);
    assert.equal(Object.keys(page.state?.zoom ?? {}).length, 1);
    await assertClean(page);
  });

  it('keeps only the latest of rapid updates (stale renders are dropped)', async () => {
    const page = await fresh();
    const models: PreviewModel[] = [1, 2, 3, 4, 5, 6].map((n) =>
      modelOf(doc([flowchart(`Version ${n}`), sequence]), undefined, n),
    );
    const sends = models
      .map((model) => `window.postMessage(${JSON.stringify({ type: 'update', model })}, '*');`)
      .join('\n');
    await page.act(sends);
    const text = await page.page.locator('.mlsd-diagram').nth(0).innerText();
    assert.match(text, /Version 6/);
    assert.doesNotMatch(text, /Version [1-5]/);
    assert.equal(await page.page.locator('.mlsd-diagram svg').count(), 2);
    await assertClean(page);
  });

  it('re-renders with the new colours when the VS Code theme changes', async () => {
    const page = await fresh({ theme: 'vscode-light' });
    await page.show(modelOf(doc([flowchart('Ranker')])));
    const light = await page.eval<string>(svgStyle(0));
    assert.match(light, /#ffffff|#fff\b/i, 'light background in the Mermaid theme');
    // VS Code swaps the body class and rewrites the variables on <html>.
    await page.act(`
      document.documentElement.style.setProperty('--vscode-editor-background', '#1e1e1e');
      document.documentElement.style.setProperty('--vscode-editor-foreground', '#d4d4d4');
      document.documentElement.style.setProperty('--vscode-editorWidget-background', '#252526');
      document.body.classList.replace('vscode-light', 'vscode-dark');
    `);
    const dark = await page.eval<string>(svgStyle(0));
    assert.notEqual(dark, light);
    assert.match(dark, /#d4d4d4/i, 'the editor foreground is the diagram text colour');
    assert.match(dark, /#252526/, 'node fill from the widget background');

    await page.act(`
      document.documentElement.style.setProperty('--vscode-editor-background', '#000000');
      document.documentElement.style.setProperty('--vscode-editor-foreground', '#ffffff');
      document.documentElement.style.setProperty('--vscode-contrastBorder', '#6fc3df');
      document.body.classList.replace('vscode-dark', 'vscode-high-contrast');
    `);
    const contrast = await page.eval<string>(svgStyle(0));
    assert.notEqual(contrast, dark);
    assert.match(contrast, /#6fc3df/i, 'high contrast borders');
    await assertClean(page);
  });

  it('exports a diagram as a valid SVG without HTML labels', async () => {
    const page = await fresh();
    await page.show(modelOf(doc([sequence, flowchart('Ranker')])));
    const since = page.messages.length;
    await page.send({ type: 'exportDiagram', index: 1, format: 'svg' });
    const result = await page.waitForPosted('exportReady', since);
    assert.equal(result.format, 'svg');
    assert.equal(result.index, 1);
    assert.match(result.data, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
    const parsed = await page.page.evaluate(
      `(() => {
        const doc = new DOMParser().parseFromString(${JSON.stringify(result.data)}, 'image/svg+xml');
        const root = doc.documentElement;
        return { error: doc.querySelector('parsererror') !== null, root: root.localName, ns: root.namespaceURI,
          width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')),
          foreignObjects: doc.getElementsByTagNameNS('http://www.w3.org/2000/svg', 'foreignObject').length,
          text: root.textContent };
      })()`,
    );
    const svg = parsed as {
      error: boolean;
      root: string;
      ns: string;
      width: number;
      height: number;
      foreignObjects: number;
      text: string;
    };
    assert.equal(svg.error, false);
    assert.equal(svg.root, 'svg');
    assert.equal(svg.ns, 'http://www.w3.org/2000/svg');
    assert.ok(svg.width > 50 && svg.height > 20, `size ${svg.width}x${svg.height}`);
    assert.equal(svg.foreignObjects, 0, 'labels are SVG text, not HTML');
    assert.match(svg.text, /Ranker/);
    await assertClean(page);
  });

  it('exports a diagram as PNG bytes', async () => {
    const page = await fresh();
    await page.show(modelOf(doc([flowchart('Ranker'), sequence])));
    for (const index of [0, 1]) {
      const since = page.messages.length;
      await page.send({ type: 'exportDiagram', index, format: 'png' });
      const result = await page.waitForPosted('exportReady', since);
      const bytes = Buffer.from(result.data, 'base64');
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
      assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
      const width = bytes.readUInt32BE(16);
      const height = bytes.readUInt32BE(20);
      assert.ok(width > 100 && height > 40, `size ${width}x${height}`);
      assert.ok(bytes.length > 3000, `only ${bytes.length} bytes`);
    }
    // A diagram that does not exist is an error message, not a hang.
    const since = page.messages.length;
    await page.send({ type: 'exportDiagram', index: 5, format: 'png' });
    const failed = await page.waitForPosted('exportFailed', since);
    assert.match(failed.message, /no diagram 6/i);
    await assertClean(page);
  });

  it('posts reveal for diagram, step and text clicks; buttons post copy and export requests', async () => {
    const page = await fresh();
    const model = modelOf(doc([flowchart('Ranker')]));
    await page.show(model);
    let since = page.messages.length;
    await page.page.locator('.mlsd-diagram-viewport').click();
    assert.equal((await page.waitForPosted('reveal', since)).line, model.diagrams[0].firstLine);

    since = page.messages.length;
    await page.page.locator('[data-step="evaluation"] button').click();
    const evaluation = model.steps.find((s) => s.id === 'evaluation')!;
    assert.equal((await page.waitForPosted('reveal', since)).line, evaluation.line);

    since = page.messages.length;
    await page.page.locator('.mlsd-doc h2', { hasText: '3. Data preparation' }).dblclick();
    assert.equal(
      (await page.waitForPosted('reveal', since)).line,
      model.text.split('\n').indexOf('## 3. Data preparation'),
    );

    const diagram = page.page.locator('.mlsd-diagram');
    await diagram.hover();
    since = page.messages.length;
    await diagram.locator('.mlsd-copy-source').click();
    assert.deepEqual(await page.waitForPosted('copySource', since), { type: 'copySource', index: 0 });
    since = page.messages.length;
    await diagram.locator('.mlsd-export-png').click();
    assert.deepEqual(await page.waitForPosted('requestExport', since), {
      type: 'requestExport',
      index: 0,
      format: 'png',
    });
    since = page.messages.length;
    await page.page.locator('.mlsd-export-html').click();
    assert.deepEqual(await page.waitForPosted('exportHtml', since), { type: 'exportHtml' });
    await assertClean(page);
  });

  it("renders a YAML doc's keys as text and its diagrams", async () => {
    const page = await fresh();
    const yaml = [
      'mlsd: 1',
      'title: Similar listings',
      'requirements:',
      '  goal: More bookings from the listing page carousel.',
      '  scale:',
      '    - 50M DAU, about 4.6k QPS',
      '    - 100 ms budget',
      'evaluation: Offline average rank of the booked listing; online CTR in an A/B test.',
      'diagrams:',
      '  serving: |',
      '    flowchart LR',
      '      Q[Query] --> E[Embeddings] --> R[Ranked listings]',
    ].join('\n');
    const model = modelOf(yaml, 'file:///ws/listings.mlsd.yaml');
    await page.show(model);
    assert.equal(await page.page.locator('.mlsd-diagram svg').count(), 1);
    assert.equal(await page.page.locator('.mlsd-doc h1').innerText(), 'Similar listings');
    assert.ok(await page.page.locator('.mlsd-doc h2', { hasText: '1. Clarifying requirements' }).isVisible());
    assert.ok(await page.page.locator('.mlsd-doc li', { hasText: '100 ms budget' }).isVisible());
    const since = page.messages.length;
    await page.page.locator('.mlsd-doc li', { hasText: '100 ms budget' }).dblclick();
    assert.equal((await page.waitForPosted('reveal', since)).line, 6);
    await assertClean(page);
  });
});
