/**
 * What practice mode and the readiness report ask of the server, over real JSON-RPC: the presets, the step spans of
 * an open doc with its title and case study, diagnostics that name their step, and the report of an open doc with a
 * practice session's times; a malformed session is refused with InvalidParams naming the problem.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RequestType, ResponseError } from 'vscode-languageserver-protocol/node';
import {
  PracticePresetsRequest,
  ReadinessReportRequest,
  StepOutlineRequest,
  type DiagnosticData,
  type PracticePresets,
  type StepSpan,
} from '../../common/protocol';
import type { PracticeSessionFile } from '../../common/types';
import { LspTestClient } from './lspClient';

const root = join(__dirname, '..', '..');
/** The presets request takes no parameters; the test client's helper wants a one-parameter type. */
const presetsRequest = new RequestType<null, PracticePresets, unknown>(PracticePresetsRequest.method);
const uri = 'file:///practice/missing-monitoring.mlsd.md';
const text = readFileSync(join(root, 'test', 'fixtures', 'docs', 'missing-monitoring.mlsd.md'), 'utf8');
const stepIds = ['requirements', 'framing', 'data', 'model', 'evaluation', 'serving', 'monitoring'];

const session: PracticeSessionFile = {
  format: 'mlsd-practice-session',
  version: 1,
  document: 'missing-monitoring.mlsd.md',
  title: 'Practice',
  preset: { id: 'framework', title: 'Seven-step framework' },
  lengthMinutes: 30,
  startedAt: '2025-01-31T14:00:00.000Z',
  elapsedSeconds: 600,
  steps: Object.fromEntries(stepIds.map((id) => [id, { budgetSeconds: 240, spentSeconds: id === 'data' ? 600 : 0 }])),
};

describe('practice requests', () => {
  let client: LspTestClient;
  let published: Awaited<ReturnType<LspTestClient['waitForDiagnostics']>>;
  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, text);
    published = await client.waitForDiagnostics(uri, 1);
  });
  after(async () => {
    await client.shutdown();
  });

  it('gives the presets, each 45 minutes over the seven steps, and the step titles', async () => {
    const { presetMinutes, presets, steps } = await client.request(presetsRequest, null);
    assert.equal(presetMinutes, 45);
    assert.deepEqual(
      steps.map((s) => s.id),
      stepIds,
    );
    assert.deepEqual(
      presets.map((p) => p.id),
      ['framework', 'hello-interview', 'exponent'],
    );
    for (const preset of presets)
      assert.equal(
        Object.values(preset.minutes).reduce((a, b) => a + b, 0),
        45,
      );
  });

  it('gives the step spans of an open doc, each from its heading to the next step', async () => {
    const outline = await client.request(StepOutlineRequest, { uri });
    assert.ok(outline);
    const lines = text.split('\n');
    assert.deepEqual(
      outline.spans.map((span) => span.steps),
      stepIds.slice(0, 6).map((id) => [id]),
    );
    for (const [i, span] of outline.spans.entries()) {
      assert.match(lines[span.range.start.line], new RegExp(`^## ${i + 1}\\. `));
      const next: StepSpan | undefined = outline.spans[i + 1];
      if (next) assert.equal(span.range.end.line, next.range.start.line - 1);
    }
    assert.equal(outline.version, 1);
    assert.ok(outline.title);
    assert.equal(await client.request(StepOutlineRequest, { uri: 'file:///practice/not-open.mlsd.md' }), null);
  });

  it('names the step of each finding about one in its diagnostic', () => {
    const missing = published.diagnostics.find((d) => d.code === 'missing-step');
    assert.deepEqual(missing?.data as DiagnosticData, { step: 'monitoring' });
  });

  it("reports on an open doc, with a session's minutes per step", async () => {
    const plain = await client.request(ReadinessReportRequest, { uri });
    assert.ok(plain);
    assert.equal(plain.session, undefined);
    assert.ok(plain.steps.find((s) => s.id === 'monitoring')?.findings.some((f) => f.rule === 'missing-step'));
    const timed = await client.request(ReadinessReportRequest, { uri, session });
    assert.equal(timed?.score, plain.score);
    assert.deepEqual(timed?.steps.find((s) => s.id === 'data')?.minutes, { spent: 10, budget: 4 });
    assert.equal(timed?.session?.lengthMinutes, 30);
  });

  it('refuses a malformed session with InvalidParams naming the problem', async () => {
    const bad = { ...session, steps: { ...session.steps, data: { budgetSeconds: 'x', spentSeconds: 0 } } };
    await assert.rejects(
      client.request(ReadinessReportRequest, { uri, session: bad as unknown as PracticeSessionFile }),
      (error: unknown) =>
        error instanceof ResponseError &&
        error.code === -32602 &&
        /params\.session: steps\.data\.budgetSeconds must be a number/.test(error.message),
    );
    await assert.rejects(
      client.request(ReadinessReportRequest, { uri, session: 'yes' as unknown as PracticeSessionFile }),
      /params\.session must be an object/,
    );
  });
});
