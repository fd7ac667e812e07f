/**
 * End-to-end tests of the language server over real JSON-RPC on stdio (run `npm run build` first).
 * Documents are built with joinLines(...) so every asserted range is a known line.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver-protocol';
import { isDesignDocCoverage } from '../../common/protocol';
import { version as packageVersion } from '../../package.json';
import { joinLines, LspTestClient, type Settings } from './lspClient';

const requirements = [
  '## 1. Clarifying requirements',
  'The business goal is to increase watch time for signed-in users on the home feed.',
  'We serve about 100 million daily active users and must answer within 200 ms per request.',
];
const framing = [
  '## 2. Framing the problem as an ML task',
  'The ML objective is to maximize the probability that a user watches a recommended video.',
  'Given a user and a candidate video, the model outputs a relevance score, a pointwise ranking problem.',
];
const data = [
  '## 3. Data preparation',
  'Training data comes from logged user interactions such as clicks, watches and likes.',
  'Features include user embeddings, video metadata and watch history, and labels are positive watches.',
];
const model = [
  '## 4. Model development',
  'A popularity baseline comes first, then a two-tower neural network trained with cross-entropy loss.',
  'Negative sampling keeps training efficient over the full video catalogue.',
];
const evaluation = [
  '## 5. Evaluation',
  'Offline we measure recall at k and nDCG on a held-out day of interaction logs.',
  'Online an A/B test compares watch time and click-through rate against the current system.',
];
const serving = [
  '## 6. Deployment and serving',
  'Candidate generation uses an approximate nearest neighbour index over video embeddings.',
  'A ranking service re-ranks a few hundred candidates in real time behind a cache.',
];
const monitoring = [
  '## 7. Monitoring and infrastructure',
  'Dashboards track prediction drift, feature distributions and serving latency with alerts on regressions.',
  'The model is retrained weekly on fresh data and rolled back automatically when quality drops.',
];

/** Sections separated by blank lines; returns the text and the 0-based line of each heading. */
function markdownDoc(title: string, ...sections: string[][]): { text: string; headingLines: number[] } {
  const lines = [`# ${title}`];
  const headingLines: number[] = [];
  for (const section of sections) {
    lines.push('');
    headingLines.push(lines.length);
    lines.push(...section);
  }
  return { text: joinLines(...lines), headingLines };
}

const allSteps = [requirements, framing, data, model, evaluation, serving, monitoring];
const withoutMonitoring = allSteps.slice(0, 6);

function missingSteps(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.code === 'missing-step');
}

/** Runs a test body against a fresh server and always shuts it down, checking it never failed on the side. */
async function withServer(
  settings: Settings | undefined,
  body: (client: LspTestClient) => Promise<void>,
): Promise<void> {
  const client = await LspTestClient.start({ settings });
  try {
    await body(client);
  } finally {
    await client.shutdown();
  }
  assert.deepEqual(client.protocolErrors, [], 'the JSON-RPC stream stayed clean (nothing but protocol on stdout)');
  assert.deepEqual(client.errorLogs, [], 'the server logged no per-document failures');
  assert.doesNotMatch(client.stderr, /error|unhandled|exception/i, 'stderr shows no unhandled error');
}

describe('mlsd language server', () => {
  describe('with default settings', () => {
    let client: LspTestClient;
    before(async () => {
      client = await LspTestClient.start();
    });
    after(async () => {
      await client.shutdown();
      assert.deepEqual(client.protocolErrors, [], 'the JSON-RPC stream stayed clean (nothing but protocol on stdout)');
      assert.deepEqual(client.errorLogs, [], 'the server logged no per-document failures');
      assert.doesNotMatch(client.stderr, /error|unhandled|exception/i, 'stderr shows no unhandled error');
    });

    it('advertises incremental text document sync', () => {
      const sync = client.initializeResult.capabilities.textDocumentSync;
      assert.equal(typeof sync, 'object');
      assert.ok(typeof sync === 'object');
      assert.equal(sync.openClose, true);
      assert.equal(sync.change, TextDocumentSyncKind.Incremental);
      assert.ok(sync.save, 'save notifications are requested');
    });

    it('reports a missing step on the heading it belongs after, then clears it when an edit adds the step', async () => {
      const uri = 'file:///ws/video.mlsd.md';
      const { text, headingLines } = markdownDoc('Video recommendations', ...withoutMonitoring);
      await client.open(uri, text);

      const opened = await client.waitForDiagnostics(uri, 1);
      const missing = missingSteps(opened.diagnostics);
      assert.equal(missing.length, 1, `one missing-step diagnostic, got ${JSON.stringify(opened.diagnostics)}`);
      const servingLine = headingLines[5];
      assert.deepEqual(missing[0].range, {
        start: { line: servingLine, character: 0 },
        end: { line: servingLine, character: serving[0].length },
      });
      assert.equal(missing[0].source, 'mlsd');
      assert.ok(missing[0].severity, 'a severity is set');
      assert.deepEqual(missing[0].codeDescription, {
        href: `https://github.com/mlsd-tools/mlsd/blob/v${packageVersion}/docs/rules/missing-step.md`,
      });
      assert.match(missing[0].message, /monitoring/i);

      // Insert the monitoring section after the last line of the document.
      const lastLine = text.split('\n').length - 1;
      const lastLineLength = text.split('\n')[lastLine].length;
      const end = { line: lastLine, character: lastLineLength };
      const version = await client.change(uri, [
        { range: { start: end, end }, text: '\n\n' + joinLines(...monitoring) },
      ]);
      assert.equal(version, 2);

      const changed = await client.waitForDiagnostics(uri, 2);
      assert.deepEqual(missingSteps(changed.diagnostics), [], 'no missing-step once all seven steps are present');
      await client.close(uri);
    });

    it('reports a missing first step on the title', async () => {
      const uri = 'file:///ws/no-requirements.mlsd.md';
      const { text } = markdownDoc('Video recommendations', ...allSteps.slice(1));
      await client.open(uri, text);

      const { diagnostics } = await client.waitForDiagnostics(uri, 1);
      const missing = missingSteps(diagnostics);
      assert.equal(missing.length, 1, `one missing-step diagnostic, got ${JSON.stringify(diagnostics)}`);
      assert.deepEqual(missing[0].range, {
        start: { line: 0, character: 0 },
        end: { line: 0, character: '# Video recommendations'.length },
      });
      await client.close(uri);
    });

    it('publishes nothing but an empty result for an ordinary README', async () => {
      const readme = 'file:///ws/README.md';
      const design = 'file:///ws/readme-neighbour.mlsd.md';
      const { text } = markdownDoc('Video recommendations', ...withoutMonitoring);
      const since = client.mark();
      // The same body as a design doc: only the file name (and front matter) decides.
      await client.open(readme, text);
      await client.open(design, text);

      const readmePublish = await client.waitForDiagnostics(readme, 1, since);
      await client.waitForDiagnostics(design, 1, since);
      assert.deepEqual(readmePublish.diagnostics, []);
      const readmeCoverage = await client.waitForCoverage(readme, since);
      assert.deepEqual(readmeCoverage, { uri: readme, designDoc: false });
      const readmeEvents = client.events
        .slice(since)
        .filter((e) => (e.kind === 'diagnostics' || e.kind === 'coverage') && e.params.uri === readme);
      assert.equal(readmeEvents.length, 2, 'one empty publish and one "not a design doc" coverage for the README');
      await client.close(readme);
      await client.close(design);
    });

    it('lints a Markdown file with `mlsd:` front matter whatever its name', async () => {
      const uri = 'file:///ws/notes/plan.md';
      const { text, headingLines } = markdownDoc('Video recommendations', ...withoutMonitoring);
      const frontMatter = ['---', 'mlsd: 1', 'title: Video recommendations', '---'];
      await client.open(uri, joinLines(...frontMatter, text));

      const { diagnostics } = await client.waitForDiagnostics(uri, 1);
      const missing = missingSteps(diagnostics);
      assert.equal(missing.length, 1, `one missing-step diagnostic, got ${JSON.stringify(diagnostics)}`);
      assert.equal(missing[0].range.start.line, headingLines[5] + frontMatter.length);
      await client.close(uri);
    });

    it('lints an untitled Markdown document with `mlsd:` front matter', async () => {
      const uri = 'untitled:Untitled-1';
      const { text } = markdownDoc('Video recommendations', ...withoutMonitoring);
      await client.open(uri, joinLines('---', 'mlsd: 1', '---', text), 'markdown');

      const { diagnostics } = await client.waitForDiagnostics(uri, 1);
      assert.equal(
        missingSteps(diagnostics).length,
        1,
        `one missing-step diagnostic, got ${JSON.stringify(diagnostics)}`,
      );
      await client.close(uri);
    });

    it('reports a missing YAML step on the key of the preceding step', async () => {
      const uri = 'file:///ws/x.mlsd.yaml';
      const yamlSection = (key: string, section: string[]): string[] => [
        `${key}: >-`,
        ...section.slice(1).map((l) => `  ${l}`),
      ];
      const keys = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving'];
      const lines = ['title: Video recommendations'];
      const keyLines: Record<string, number> = {};
      keys.forEach((key, i) => {
        keyLines[key] = lines.length;
        lines.push(...yamlSection(key, withoutMonitoring[i]));
      });
      await client.open(uri, joinLines(...lines));

      const { diagnostics } = await client.waitForDiagnostics(uri, 1);
      const missing = missingSteps(diagnostics);
      assert.equal(missing.length, 1, `one missing-step diagnostic, got ${JSON.stringify(diagnostics)}`);
      assert.deepEqual(missing[0].range, {
        start: { line: keyLines.serving, character: 0 },
        end: { line: keyLines.serving, character: 'serving'.length },
      });
      assert.match(missing[0].message, /monitoring/i);
      await client.close(uri);
    });

    it('sends the step coverage after publishing', async () => {
      const uri = 'file:///ws/coverage.mlsd.md';
      const { text } = markdownDoc('Video recommendations', ...withoutMonitoring);
      const since = client.mark();
      await client.open(uri, text);

      const coverage = await client.waitForCoverage(uri, since);
      assert.ok(isDesignDocCoverage(coverage), 'coverage of a design doc');
      assert.equal(coverage.total, 7);
      assert.equal(coverage.covered, 6);
      assert.equal(coverage.steps.monitoring, 'missing');
      for (const step of ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving'] as const) {
        assert.ok(
          ['covered', 'thin'].includes(coverage.steps[step]),
          `${step} is covered or thin: ${coverage.steps[step]}`,
        );
      }
      const diagnosticsIndex = client.events.findIndex(
        (e, i) => i >= since && e.kind === 'diagnostics' && e.params.uri === uri,
      );
      const coverageIndex = client.events.findIndex(
        (e, i) => i >= since && e.kind === 'coverage' && e.params.uri === uri,
      );
      assert.ok(diagnosticsIndex >= 0 && diagnosticsIndex < coverageIndex, 'coverage follows the diagnostics');
      await client.close(uri);
    });

    it('ends rapid edits with diagnostics for the last version only', async () => {
      const uri = 'file:///ws/rapid.mlsd.md';
      const { text } = markdownDoc('Video recommendations', ...withoutMonitoring);
      await client.open(uri, text);
      await client.waitForDiagnostics(uri, 1);
      const since = client.mark();

      // Type the monitoring section one line at a time, without waiting in between.
      let last = 0;
      const typed = ['', '', ...monitoring];
      let line = text.split('\n').length - 1;
      let character = text.split('\n')[line].length;
      for (const piece of typed) {
        const at = { line, character };
        last = await client.change(uri, [{ range: { start: at, end: at }, text: '\n' + piece }]);
        line += 1;
        character = piece.length;
      }

      const final = await client.waitForDiagnostics(uri, last, since);
      assert.deepEqual(missingSteps(final.diagnostics), [], 'the last version has all seven steps');
      // Barrier: one more debounced edit. Any stale lint still pending from the burst would land before its publish,
      // so checking the order up to here catches an older version published after a newer one.
      const at = { line, character };
      const barrier = await client.change(uri, [{ range: { start: at, end: at }, text: '\n' }]);
      await client.waitForDiagnostics(uri, barrier, since);

      const versions = client.events
        .slice(since)
        .flatMap((e) => (e.kind === 'diagnostics' && e.params.uri === uri ? [e.params.version ?? 0] : []));
      assert.ok(versions.indexOf(last) < versions.indexOf(barrier), `versions published: ${versions.join(', ')}`);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        `never an older version after a newer one: ${versions.join(', ')}`,
      );
      await client.close(uri);
    });
  });

  it('takes design-doc globs from workspace/configuration and re-reads them on change', async () => {
    await withServer({ mlsd: { designDocGlobs: ['**/*.design.md'] } }, async (client) => {
      const designUri = 'file:///ws/a.design.md';
      const mlsdUri = 'file:///ws/b.mlsd.md';
      const { text } = markdownDoc('Video recommendations', ...withoutMonitoring);
      await client.open(designUri, text);
      await client.open(mlsdUri, text);

      const design = await client.waitForDiagnostics(designUri, 1);
      const mlsd = await client.waitForDiagnostics(mlsdUri, 1);
      assert.equal(missingSteps(design.diagnostics).length, 1, '*.design.md is a design doc under these settings');
      assert.deepEqual(mlsd.diagnostics, [], '*.mlsd.md is not, since the globs replace the defaults');

      const since = client.mark();
      await client.changeSettings({ mlsd: { designDocGlobs: ['**/*.mlsd.md'] } });
      const mlsdAfter = await client.waitForDiagnostics(mlsdUri, 1, since);
      const designAfter = await client.waitForDiagnostics(designUri, 1, since);
      assert.equal(missingSteps(mlsdAfter.diagnostics).length, 1, 'the new globs make *.mlsd.md a design doc');
      assert.deepEqual(designAfter.diagnostics, [], 'and *.design.md stops being one: its diagnostics are cleared');
      assert.deepEqual(await client.waitForCoverage(designUri, since), { uri: designUri, designDoc: false });
    });
  });
});
