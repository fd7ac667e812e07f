/** A project on disk for the workspace-diagnostics tests: design docs, a README and a git-ignored design doc. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/tempDir';

export const docFixture = (name: string): string =>
  readFileSync(join(__dirname, '..', 'fixtures', 'docs', name), 'utf8');
export const missingMonitoring = docFixture('missing-monitoring.mlsd.md');
export const complete = docFixture('complete.mlsd.md');

/** Writes the project, with `extra` files besides the usual ones, into a new temporary folder. */
export function workspaceProject(prefix: string, extra: Record<string, string> = {}): string {
  const dir = tempDir(prefix);
  const files = {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': 'generated/\n',
    'docs/ads.mlsd.md': missingMonitoring,
    'docs/feed.mlsd.yaml': docFixture('class7-terse-yaml.mlsd.yaml'),
    'README.md': '# A project\n',
    'generated/old.mlsd.md': missingMonitoring,
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
