import { readFileSync } from 'node:fs';
import { parseDesignDoc } from './server/src/engine';
const [file, line] = [process.argv[2], Number(process.argv[3])];
const doc = parseDesignDoc(readFileSync(file, 'utf8'), 'markdown');
for (const s of doc.statements) if (s.line + 1 === line || s.line === line) console.log(JSON.stringify({ ...s, text: s.text.slice(0, 200) }), s.evidence.map((i) => doc.evidence[i].concept + ':' + doc.evidence[i].polarity + (doc.evidence[i].generic ? ':generic' : '')));
