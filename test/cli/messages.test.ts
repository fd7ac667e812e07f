/**
 * What mlsd says about broken config files, YAML design docs and front matter, word for word: each fixture in
 * test/fixtures/messages is a transcript — a comment, the `$ mlsd …` command, the files it runs on (`-- NAME --`
 * sections, written to a temp folder) and, after `-- output --`, what the command prints on stderr then stdout and
 * `[exit N]`. `UPDATE_MESSAGES=1` rewrites the outputs, for a review of the diff.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { mlsdAt, root } from '../helpers/cli';
import { tempDir } from '../helpers/tempDir';

const folder = join(root, 'test', 'fixtures', 'messages');

interface Transcript {
  head: string;
  args: string[];
  files: Map<string, string>;
  output: string;
}

function readTranscript(text: string): Transcript {
  const [head, ...sections] = text.split(/^-- (.+) --\n/m);
  const command = /^\$ mlsd (.+)$/m.exec(head);
  if (!command) throw new Error('a transcript names its command on a "$ mlsd …" line');
  const files = new Map<string, string>();
  let output: string | undefined;
  for (let i = 0; i < sections.length; i += 2) {
    if (sections[i] === 'output') output = sections[i + 1];
    else files.set(sections[i], sections[i + 1]);
  }
  if (output === undefined) throw new Error('a transcript ends with an "-- output --" section');
  return { head, args: command[1].split(' '), files, output };
}

for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
  test(`messages: ${name}`, () => {
    const path = join(folder, name);
    const transcript = readTranscript(readFileSync(path, 'utf8'));
    const dir = tempDir('mlsd-messages-');
    for (const [file, text] of transcript.files) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const run = mlsdAt({ cwd: dir }, ...transcript.args);
    const output = `${run.stderr}${run.stdout}[exit ${run.code}]\n`;
    if (process.env.UPDATE_MESSAGES) {
      const sections = [...transcript.files].map(([file, text]) => `-- ${file} --\n${text}`).join('');
      writeFileSync(path, `${transcript.head}${sections}-- output --\n${output}`);
    } else assert.equal(output, transcript.output);
  });
}
