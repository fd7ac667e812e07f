/** Writes docs/rules/*.md from the rule objects. Usage: npm run docs */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../server/src/engine/rules';
import { ruleDoc, ruleIndex } from './ruleDocs';

const dir = join(__dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const rule of allRules) writeFileSync(join(dir, `${rule.id}.md`), ruleDoc(rule));
writeFileSync(join(dir, 'README.md'), ruleIndex(allRules));
console.log(`wrote ${allRules.length} rule docs to docs/rules/`);
