/** The preview's pure parts: the model builder (YAML as Markdown, finding attribution) and the message validation. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultRules, lint, parseDesignDoc } from '../../server/src/engine';
import { buildPreviewModel } from '../../server/src/services/previewModel';
import { contentSecurityPolicy, standaloneHtml } from '../../common/preview/html';
import { parseHostMessage, parseWebviewMessage } from '../../common/preview/messages';

function model(text: string, uri = 'file:///ws/doc.mlsd.yaml') {
  const doc = parseDesignDoc(text, uri.endsWith('.md') ? 'markdown' : 'yaml');
  return buildPreviewModel({ uri, version: 3, doc, findings: lint(doc, { rules: defaultRules }) });
}

describe('preview model', () => {
  it('fences a YAML diagram with more backticks than it contains', () => {
    const m = model(['mlsd: 1', 'diagram: |', '  flowchart LR', '    A["```"] --> B'].join('\n'));
    assert.deepEqual(
      m.diagrams.map((d) => d.source),
      ['flowchart LR\n  A["```"] --> B'],
    );
    assert.ok(m.markdown.includes('````mermaid\nflowchart LR\n  A["```"] --> B\n````'), m.markdown);
  });

  it('names the file when the doc has no title, and lists metadata as text', () => {
    const m = model(
      ['mlsd: 1', 'tags: [a, b]', 'date: 2025-01-15', 'evaluation: Offline nDCG, online CTR in an A/B test.'].join(
        '\n',
      ),
      'file:///ws/My%20doc.mlsd.yaml',
    );
    assert.equal(m.title, 'My doc.mlsd.yaml');
    assert.deepEqual(
      m.metadata.map(({ key, value }) => `${key}=${value}`),
      ['mlsd=1', 'tags=a, b', 'date=2025-01-15'],
    );
  });

  it('counts each finding once: on the step it names, else on the step it sits in', () => {
    const m = model(
      ['# Doc', '', '## 5. Evaluation', 'TBD', '', '## 1. Clarifying requirements', 'TBD'].join('\n'),
      'file:///ws/d.mlsd.md',
    );
    const findings = lint(parseDesignDoc(m.text, 'markdown'), { rules: defaultRules });
    const total = findings.length;
    const attributed = m.steps.reduce(
      (n, s) => n + s.findings.error + s.findings.warning + s.findings.info + s.findings.hint,
      0,
    );
    assert.ok(attributed <= total && attributed > 0, JSON.stringify(findings.map((f) => f.message)));
    // The empty evaluation section's findings sit in it.
    const evaluation = m.steps.find((s) => s.id === 'evaluation')!;
    assert.equal(evaluation.state, 'empty');
    assert.ok(evaluation.findings.warning >= 1);
    const missing = m.steps.filter((s) => s.state === 'missing');
    for (const step of missing) assert.equal(step.findings.error, 1, step.id);
  });
});

describe('preview messages', () => {
  it('accepts well-formed webview messages and rejects anything else', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 4 }), { type: 'reveal', line: 4 });
    assert.deepEqual(parseWebviewMessage({ type: 'exportReady', index: 0, format: 'png', data: 'iVBOR', extra: 1 }), {
      type: 'exportReady',
      index: 0,
      format: 'png',
      data: 'iVBOR',
    });
    for (const bad of [
      null,
      'reveal',
      {},
      { type: 'reveal', line: -1 },
      { type: 'reveal', line: 1.5 },
      { type: 'copySource', index: '0' },
      { type: 'requestExport', index: 0, format: 'pdf' },
      { type: 'exportReady', index: 0, format: 'svg' },
      { type: 'runCommand', command: 'x' },
    ]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
    assert.equal(parseHostMessage({ type: 'exportDiagram', index: 1, format: 'svg' })?.type, 'exportDiagram');
    assert.equal(parseHostMessage({ type: 'update' }), undefined);
  });
});

describe('preview HTML', () => {
  it('allows only the nonce script, inline and webview styles, and data: images', () => {
    assert.equal(
      contentSecurityPolicy('N0nce', 'https://webview.example'),
      "default-src 'none'; script-src 'nonce-N0nce'; style-src https://webview.example 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
  });

  it('embeds the model so no text can close its script element', () => {
    const m = model(['mlsd: 1', 'title: "</script><script>alert(1)</script><!--"'].join('\n'));
    const html = standaloneHtml({ model: m, script: 'var s = "</script>";', styles: 'body{}', nonce: 'abc' });
    const json = /<script type="application\/json" id="mlsd-model">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    assert.doesNotMatch(json, /[<>]/);
    assert.equal(JSON.parse(json).title, '</script><script>alert(1)</script><!--');
    assert.ok(html.includes('var s = "<\\/script>";'));
    assert.ok(html.includes('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</title>'));
  });
});
