/**
 * SARIF 2.1.0 output for GitHub code scanning (`mlsd lint --format sarif . > mlsd.sarif`, then the
 * github/codeql-action/upload-sarif action). One run; every rule in tool.driver.rules, so a result's ruleIndex points
 * into it; 1-based lines and columns counted in UTF-16 code units, as LSP positions are; file URIs relative to the
 * working directory under %SRCROOT%.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { ruleDocUrl } from '../../../common/rules';
import type { Range, Rule, Severity } from '../engine';
import { fileUri } from '../workspace/node';
import type { FileReport } from './report';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
const informationUri = 'https://github.com/mlsd-tools/mlsd';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export interface SarifOptions {
  rules: readonly Rule[];
  version: string;
  /** Paths are made relative to this folder (%SRCROOT%). */
  cwd: string;
}

/** "Missing step" → "MissingStep": SARIF's reportingDescriptor.name is an identifier-like name. */
function pascalCase(name: string): string {
  return name
    .split(/[^A-Z0-9]+/i)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    // SARIF's endColumn is the column after the region, like LSP's exclusive end character.
    endColumn: range.end.character + 1,
  };
}

/** A relative, percent-encoded URI under %SRCROOT% for files inside cwd; an absolute file: URI otherwise. */
function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: fileUri(path) };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, i) => [rule.id, i]));
  const results = reports.flatMap((report) => {
    const artifact = artifactLocation(report.path, options.cwd);
    const location = (range: Range) => ({ physicalLocation: { artifactLocation: artifact, region: region(range) } });
    return report.findings.map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: sarifLevel(finding.severity),
      message: { text: finding.message },
      locations: [location(finding.range)],
      ...(finding.related?.length
        ? {
            relatedLocations: finding.related.map((r, id) => ({
              id,
              message: { text: r.message },
              ...location(r.range),
            })),
          }
        : {}),
    }));
  });
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mlsd',
            informationUri,
            version: options.version,
            rules: options.rules.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.name),
              shortDescription: { text: rule.name },
              fullDescription: { text: rule.description },
              helpUri: ruleDocUrl(rule.id),
              help: { text: `${rule.description} See ${ruleDocUrl(rule.id)}` },
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
              properties: { tags: rule.tags },
            })),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: fileUri(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep) },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
