/**
 * Every regular expression mlsd can run on a document's text, found generically so that patterns added later are
 * covered without anyone listing them:
 * - every regex literal and every `new RegExp('constant', 'flags')` in the sources, read with the TypeScript parser;
 * - every RegExp the server's libraries build, whatever the way (lists of alternatives joined at load time, patterns
 *   made from the knowledge data, private or exported), recorded by ./runtimeRegexes in a process of its own;
 * - every RegExp reachable from the exports of those libraries (the knowledge base's tables included).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const root = join(__dirname, '..', '..');

export interface FoundPattern {
  source: string;
  flags: string;
  /** Where it was found: `file:line` of a literal or of the code that built it, or `module#export.path` of a value. */
  where: string;
}

export function tsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : tsFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folders whose code runs on document text: the language server and CLI, the shared code, the client, the webview. */
const sourceFolders = ['server/src', 'common', 'src', 'media/preview'];

/** Regex literals and constant `new RegExp(...)` calls in the sources. */
export function literalPatterns(): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of sourceFolders.flatMap((folder) => tsFiles(join(root, folder)))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const constant = (node: ts.Expression | undefined): string | undefined =>
      node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const end = literal.lastIndexOf('/');
        found.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: where(node) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const pattern = constant(node.arguments?.[0]);
        if (pattern !== undefined)
          found.push({ source: pattern, flags: constant(node.arguments?.[1]) ?? '', where: where(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The patterns the libraries build and export, from a fresh process (see ./runtimeRegexes). */
export function runtimePatterns(): FoundPattern[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'runtimeRegexes.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`collecting the runtime patterns failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as FoundPattern[];
}

/** Every distinct pattern (source and flags), with the first place it was found. */
export function distinctPatterns(found: readonly FoundPattern[]): FoundPattern[] {
  const unique = new Map<string, FoundPattern>();
  for (const pattern of found) {
    const key = `/${pattern.source}/${pattern.flags}`;
    if (!unique.has(key)) unique.set(key, pattern);
  }
  return [...unique.values()];
}
