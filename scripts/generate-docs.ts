/** Writes docs/rules/*.md and the README's rule table from the rule objects. Usage: npm run docs */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../server/src/engine/rules';
import { ruleDoc, ruleIndex, withRuleTable } from './ruleDocs';

const dir = join(__dirname, '..', 'docs', 'rules');
mkdirSync(dir, { recursive: true });
for (const rule of allRules) writeFileSync(join(dir, `${rule.id}.md`), ruleDoc(rule));
writeFileSync(join(dir, 'README.md'), ruleIndex(allRules));
const readme = join(__dirname, '..', 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), allRules));
console.log(`wrote ${allRules.length} rule docs to docs/rules/ and the README's rule table`);
