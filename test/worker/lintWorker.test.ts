/**
 * The lint worker thread (the built server bundle started as a worker, `npm run build`): it answers lint jobs with
 * plain findings (no fix: reading one would lint the doc again) and the doc's diagram sources, stops after its idle
 * time without work, starts again with the next job, and skips a queued job nobody wants any more.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { LintWorker } from '../../server/src/features/lintWorker';
import { serverPath } from '../lsp/lspClient';

const doc = [
  '# Churn prediction',
  '',
  '## 1. Clarifying requirements',
  '',
  'Reduce churn of paying users by 5% within a quarter.',
  '',
  '```mermaid',
  'flowchart LR',
  '  A --> B',
  '```',
  '',
].join('\n');

describe(
  'lint worker',
  { skip: existsSync(serverPath) ? false : 'the server bundle is missing: run `npm run build`' },
  () => {
    it('answers with plain findings and diagram sources, stops when idle and starts again with the next job', async () => {
      const events: string[] = [];
      let stopped: () => void = () => undefined;
      const worker = new LintWorker(serverPath, {
        idleMs: 0,
        onEvent: (event) => {
          events.push(event);
          if (event === 'stopped') stopped();
        },
      });
      const hasStopped = new Promise<void>((resolve) => (stopped = resolve));
      const first = await worker.lint(doc, 'markdown', { severities: {} });
      assert.ok(first.findings.some((finding) => finding.rule === 'missing-step'));
      assert.ok(
        first.findings.every((finding) => !('fix' in finding)),
        'no fix crosses the thread',
      );
      assert.deepEqual(first.diagramSources, ['flowchart LR\n  A --> B']);

      await hasStopped;
      const second = await worker.lint(doc, 'markdown', { severities: { 'missing-step': 'off' } });
      assert.ok(!second.findings.some((finding) => finding.rule === 'missing-step'), 'the config applies');
      assert.deepEqual(events.slice(0, 3), ['started', 'stopped', 'started']);
    });

    it('drops a queued job whose result is no longer wanted when the worker gets free for it', async () => {
      const worker = new LintWorker(serverPath, { idleMs: 0 });
      const asked: string[] = [];
      const wanted = (name: string, answer: boolean) => ({
        uri: 'file:///ws/doc.mlsd.md',
        wanted: () => {
          asked.push(name);
          return answer;
        },
      });
      const [running, stale, latest] = await Promise.all([
        worker.lintVersion(wanted('running', true), doc, 'markdown', { severities: {} }),
        worker.lintVersion(wanted('stale', false), doc, 'markdown', { severities: {} }),
        worker.lintVersion(wanted('latest', true), doc, 'markdown', { severities: { 'missing-step': 'off' } }),
      ]);
      assert.ok(running?.findings.some((finding) => finding.rule === 'missing-step'));
      assert.equal(stale, undefined);
      assert.ok(latest && !latest.findings.some((finding) => finding.rule === 'missing-step'));
      assert.deepEqual(asked, ['running', 'stale', 'latest'], 'each job is asked once, when its turn comes');
    });
  },
);
