/** Writes docs/rules/*.md and the README's rule table from the rule objects. Usage: npm run docs */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRules } from '../server/src/engine';
import { ruleDoc, ruleIndex, withRuleTable } from './ruleDocs';

const dir = join(__dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const rule of defaultRules) writeFileSync(join(dir, `${rule.id}.md`), ruleDoc(rule));
writeFileSync(join(dir, 'README.md'), ruleIndex(defaultRules));
const readme = join(__dirname, '..', 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), defaultRules));
console.log(`wrote ${defaultRules.length} rule docs to docs/rules/ and the README's rule table`);
