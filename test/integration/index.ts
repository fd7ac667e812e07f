/**
 * Entry point of the extension-host suite, in the shape @vscode/test-electron expects (`extensionTestsPath` points
 * at the bundled dist/test/integration/index.js, which exports `run()`). The code-server harness calls
 * `runSuite()` instead to get the counts. Mocha is bundled into this file by scripts/e2e/buildSuite.mjs; the
 * test files are the sibling *.test.js bundles, loaded by mocha with Node's require.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestFailure {
  title: string;
  fullTitle: string;
  error: string;
  stack?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: TestFailure[];
  tests: { fullTitle: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number }[];
  durationMs: number;
}

export interface RunOptions {
  /** Only tests whose full title matches (also from $MLSD_TEST_GREP). */
  grep?: string;
  /** Per-test timeout; waits inside tests have their own bounds. */
  timeoutMs?: number;
  /** Mocha reporter for the console (default 'spec'). */
  reporter?: string;
}

/** Runs every *.test.js next to this file and resolves with the results (never rejects for test failures). */
export function runSuite(options: RunOptions = {}): Promise<SuiteResults> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: options.reporter ?? 'spec',
    timeout: options.timeoutMs ?? 120_000,
  });
  const grep = options.grep ?? process.env.MLSD_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${__dirname}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const started = Date.now();
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [], tests: [], durationMs: 0 };
  return new Promise<SuiteResults>((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        results.durationMs = Date.now() - started;
        resolve(results);
      });
      runner.on('pass', (t) => {
        results.passed++;
        results.tests.push({ fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration });
      });
      runner.on('pending', (t) => {
        results.pending++;
        results.tests.push({ fullTitle: t.fullTitle(), state: 'pending' });
      });
      // 'fail' also fires for hooks; count each as a failure so a broken before() is not a silent pass.
      runner.on('fail', (t, err: Error) => {
        results.failed++;
        results.failures.push({
          title: t.title,
          fullTitle: t.fullTitle(),
          error: String(err?.message ?? err),
          stack: err?.stack,
        });
        results.tests.push({ fullTitle: t.fullTitle(), state: 'failed', durationMs: t.duration });
      });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** @vscode/test-electron's contract: resolve when every test passed, reject otherwise. */
export async function run(): Promise<void> {
  const results = await runSuite();
  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
  if (results.passed === 0) throw new Error('no test ran');
}
