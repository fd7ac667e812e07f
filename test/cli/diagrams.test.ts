/** `mlsd lint` and Mermaid: diagrams are checked by default (exit 1 on a broken one), `--no-diagrams` skips them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
const complete = readFileSync(join(root, 'test', 'fixtures', 'docs', 'complete.mlsd.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-diagrams-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mlsd(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'mlsd.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The complete fixture (no findings) with a diagram appended; returns the file and the 1-based line of `marker`. */
function docWith(name: string, diagram: string[], marker?: string): { file: string; line: number } {
  const text = `${complete}\n\`\`\`mermaid\n${diagram.join('\n')}\n\`\`\`\n`;
  const file = join(dir, name);
  writeFileSync(file, text);
  return { file, line: marker ? text.split('\n').findIndex((l) => l.includes(marker)) + 1 : 0 };
}

describe('mlsd lint with diagrams', () => {
  it('exits 1 on a broken diagram, reporting the line and column Mermaid names', () => {
    const { file, line } = docWith(
      'broken.mlsd.md',
      ['flowchart LR', '  Index[HNSW index] --> Ranker[Re-ranking service]', '  Ranker -->> Carousel'],
      '-->> Carousel',
    );
    const { code, stdout, stderr } = mlsd('lint', '--format', 'json', file);
    assert.equal(code, 1, stderr);
    const [entry] = JSON.parse(stdout).files;
    const syntax = entry.diagnostics.filter((d: { rule: string }) => d.rule === 'mermaid-syntax');
    assert.equal(syntax.length, 1);
    assert.deepEqual(syntax[0].range, {
      start: { line: line - 1, character: 12 },
      end: { line: line - 1, character: 13 },
    });
    assert.equal(
      mlsd('lint', file).stdout.includes(`broken.mlsd.md:${line}:13 error Mermaid cannot parse this diagram`),
      true,
    );
  });

  it('--no-diagrams skips Mermaid: the same doc exits 0', () => {
    const { file } = docWith('broken-skipped.mlsd.md', [
      'flowchart LR',
      '  Index[HNSW index] --> Ranker',
      '  Ranker -->> Carousel',
    ]);
    const { code, stdout } = mlsd('lint', '--no-diagrams', file);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /0 errors/);
  });

  it('an unknown diagram type exits 1; a valid diagram exits 0', () => {
    const unknown = docWith('unknown.mlsd.md', ['flowchat LR', '  Index --> Ranker']);
    const result = mlsd('lint', unknown.file);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /Mermaid knows no diagram type "flowchat": did you mean "flowchart"\? \[mermaid-unknown-type\]/,
    );
    const valid = docWith('valid.mlsd.md', ['flowchart LR', '  Index[HNSW index] --> Ranker[Re-ranking service]']);
    assert.equal(mlsd('lint', valid.file).code, 0);
  });

  it('a rule turned off in the config file is not reported', () => {
    const { file } = docWith('configured.mlsd.md', ['flowchart LR', '  A -->> B']);
    const config = join(dir, 'off.json');
    writeFileSync(config, JSON.stringify({ rules: { 'mermaid-syntax': 'off' } }));
    assert.equal(mlsd('lint', '--config', config, file).code, 0);
  });
});
