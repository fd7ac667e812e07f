/**
 * The integrations docs/ci.md documents, run as a user's repository would: the pre-commit hook through Debian's
 * `pre-commit run --all-files` with the documented config (offline: the hook runs the `mlsd` on the PATH), and the
 * `mlsd` steps of the GitHub Actions workflow, each as written, in bash with the shell options Actions uses. The
 * `mlsd` on the PATH is this checkout's build. The pre-commit test is skipped with its reason when `pre-commit` is
 * not installed (CI installs it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { version } from '../../package.json';
import { root, tempProject } from '../helpers/cli';
import { sarifValidator } from '../helpers/sarif';
import { tempDir } from '../helpers/tempDir';

const fixture = (name: string): string => readFileSync(join(root, 'test', 'fixtures', 'docs', name), 'utf8');

/** A PATH whose `mlsd` is this checkout's, as after `npm install --global mlsd`. */
function pathWithMlsd(): string {
  const bin = tempDir('mlsd-bin-');
  symlinkSync(join(root, 'bin', 'mlsd.js'), join(bin, 'mlsd'));
  return `${bin}${delimiter}${process.env.PATH ?? ''}`;
}

const gitIdentity = {
  GIT_AUTHOR_NAME: 'mlsd tests',
  GIT_AUTHOR_EMAIL: 'tests@mlsd.invalid',
  GIT_COMMITTER_NAME: 'mlsd tests',
  GIT_COMMITTER_EMAIL: 'tests@mlsd.invalid',
};

/** Runs git in `dir`; the output of `rev-parse`. */
function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...gitIdentity } });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

/** A git repository with `files` committed. */
function repository(files: Record<string, string>): string {
  const dir = tempProject(files);
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'files');
  return dir;
}

/** A user's repository: a complete design doc, one missing a step, and a README that is no design doc. */
const userFiles = (): Record<string, string> => ({
  'docs/feed.mlsd.md': fixture('complete.mlsd.md'),
  'docs/ads.mlsd.md': fixture('missing-monitoring.mlsd.md'),
  'README.md': '# A project\n\nNot a design doc.\n',
});

/** The first YAML block of docs/ci.md whose text `matches`. */
function documentedYaml(matches: RegExp): string {
  const doc = readFileSync(join(root, 'docs', 'ci.md'), 'utf8');
  const block = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].find((match) => matches.test(match[1]));
  assert.ok(block, `docs/ci.md has a yaml block matching ${String(matches)}`);
  return block[1];
}

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

test(
  'pre-commit: the hook lints the design docs of a repository, and fails on an error',
  { skip: !hasPreCommit && "pre-commit is not installed (apt-get install pre-commit; CI's .ci/run installs it)" },
  () => {
    const manifest = spawnSync('pre-commit', ['validate-manifest', join(root, '.pre-commit-hooks.yaml')], {
      encoding: 'utf8',
    });
    assert.equal(manifest.status, 0, manifest.stdout + manifest.stderr);
    // The hook repository as pre-commit clones it: this checkout's manifest, committed (the hook needs nothing else).
    const hooks = repository({ '.pre-commit-hooks.yaml': readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8') });
    // The config of docs/ci.md, with the hook repository's path and commit for its URL and tag.
    const documented = parse(documentedYaml(/^repos:$/m)) as { repos: { repo: string; rev: string }[] };
    assert.equal(documented.repos[0].rev, `v${version}`, 'the documented config pins the version being released');
    documented.repos[0].repo = hooks;
    documented.repos[0].rev = git(hooks, 'rev-parse', 'HEAD');
    const config = stringify(documented);
    const repo = repository({ ...userFiles(), '.pre-commit-config.yaml': config });
    const env = { ...process.env, ...gitIdentity, PATH: pathWithMlsd(), PRE_COMMIT_HOME: tempDir('mlsd-pre-commit-') };
    const run = spawnSync('pre-commit', ['run', '--all-files'], { cwd: repo, env, encoding: 'utf8' });
    const output = run.stdout + run.stderr;
    assert.equal(run.status, 1, output);
    assert.match(output, /^mlsd\.+Failed$/m);
    assert.match(output, /^docs\/ads\.mlsd\.md:19:1 error Missing step 7 /m);
    assert.match(output, /^2 design docs checked: 1 error/m, 'both docs are linted, the README is not');
  },
);

interface WorkflowStep {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}

/** The workflow in docs/ci.md: the YAML block that starts with its file name. */
function documentedWorkflow(): { steps: WorkflowStep[] } {
  const workflow = parse(documentedYaml(/^# \.github\/workflows\//)) as {
    jobs: Record<string, { steps: WorkflowStep[] }>;
  };
  const [job] = Object.values(workflow.jobs);
  return job;
}

test('GitHub Actions: the documented workflow installs the released mlsd, annotates and uploads valid SARIF', () => {
  const { steps } = documentedWorkflow();
  const install = steps.find((step) => step.run?.startsWith('npm install'));
  assert.equal(install?.run, `npm install --global mlsd@${version}`, 'the workflow pins the version being released');
  const repo = repository(userFiles());
  const env = { ...process.env, PATH: pathWithMlsd() };
  const outcomes: { step: WorkflowStep; code: number | null; stdout: string }[] = [];
  for (const step of steps.filter((s) => s.run?.startsWith('mlsd '))) {
    // After a failed step only `if: always()` steps run, as on GitHub.
    if (outcomes.some((outcome) => outcome.code !== 0) && step.if !== 'always()') continue;
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    outcomes.push({ step, code: run.status, stdout: run.stdout });
  }
  const [annotate, sarif] = outcomes;
  assert.equal(annotate.code, 1, 'the annotation step fails the job on an error');
  assert.match(annotate.stdout, /^::error file=docs\/ads\.mlsd\.md,line=19,col=1,/m);
  assert.equal(sarif.code, 0, 'the SARIF step lets findings (exit 1) pass');
  const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
  assert.equal(upload?.if, 'always()');
  const file = join(repo, String(upload?.with?.sarif_file));
  assert.ok(existsSync(file), `the SARIF step writes ${String(upload?.with?.sarif_file)}`);
  const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: { results: unknown[] }[] };
  assert.equal(sarifValidator()(log), undefined);
  assert.equal(log.runs[0].results.length, 1);

  // Exit 2 (nothing to lint, a broken config) still fails the SARIF step.
  const broken = spawnSync('bash', ['-eo', 'pipefail', '-c', sarif.step.run!], {
    cwd: tempProject({ '.mlsdrc.json': '{ "rules": ', 'a.mlsd.md': fixture('complete.mlsd.md') }),
    env,
    encoding: 'utf8',
  });
  assert.equal(broken.status, 1, broken.stderr);
  assert.match(broken.stderr, /^mlsd: \.mlsdrc\.json:1:1: Invalid JSON: /m);
});
