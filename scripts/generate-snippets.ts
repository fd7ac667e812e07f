/** Writes snippets/markdown.json and snippets/yaml.json from the knowledge base. Usage: npm run snippets (also run by npm run docs) */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSnippets, snippetFileText } from '../server/src/templates';

const dir = join(__dirname, '..', 'snippets');
mkdirSync(dir, { recursive: true });
for (const format of ['markdown', 'yaml'] as const) {
  writeFileSync(join(dir, `${format}.json`), snippetFileText(format));
  console.log(`wrote ${Object.keys(generateSnippets(format)).length} snippets to snippets/${format}.json`);
}
