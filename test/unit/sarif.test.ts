/**
 * SARIF output: the fields GitHub code scanning reads, checked against a hand-written subset of the SARIF 2.1.0
 * schema (the full schema is not vendored) plus exact values for levels, positions and URIs.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { version } from '../../package.json';
import { formatSarif, sarifLevel } from '../../server/src/cli/sarif';
import type { FileReport } from '../../server/src/cli/report';
import { defaultRules, type Finding } from '../../server/src/engine';

const message = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } };
const region = {
  type: 'object',
  required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
  },
};
const location = {
  type: 'object',
  required: ['physicalLocation'],
  properties: {
    physicalLocation: {
      type: 'object',
      required: ['artifactLocation', 'region'],
      properties: {
        artifactLocation: {
          type: 'object',
          required: ['uri'],
          properties: { uri: { type: 'string', minLength: 1 }, uriBaseId: { type: 'string' } },
        },
        region,
      },
    },
  },
};
/** The parts of SARIF 2.1.0 that GitHub code scanning requires or uses for mlsd's output. */
const sarifSubset = {
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'informationUri', 'version', 'rules'],
                properties: {
                  name: { const: 'mlsd' },
                  informationUri: { type: 'string', pattern: '^https://' },
                  version: { type: 'string' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: [
                        'id',
                        'name',
                        'shortDescription',
                        'fullDescription',
                        'helpUri',
                        'defaultConfiguration',
                      ],
                      properties: {
                        id: { type: 'string' },
                        name: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$' },
                        shortDescription: message,
                        fullDescription: message,
                        helpUri: {
                          type: 'string',
                          pattern: `^https://github\\.com/mlsd-tools/mlsd/blob/v${version.replace(/\./g, '\\.')}/docs/rules/[a-z-]+\\.md$`,
                        },
                        defaultConfiguration: {
                          type: 'object',
                          required: ['level'],
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message,
                locations: { type: 'array', minItems: 1, items: location },
                relatedLocations: { type: 'array', items: location },
              },
            },
          },
        },
      },
    },
  },
};

const range = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

function finding(rule: string, severity: Finding['severity'], line: number, related?: Finding['related']): Finding {
  return { rule, severity, message: `${rule} here`, range: range(line, 0, 12), related };
}

const cwd = join('/', 'repo');
const reports: FileReport[] = [
  {
    path: join(cwd, 'docs', 'feed ranking.mlsd.md'),
    steps: {} as FileReport['steps'],
    findings: [
      finding('missing-step', 'error', 0),
      finding('duplicate-step', 'warning', 4, [{ message: 'First one', range: range(2, 0, 5) }]),
      finding('step-order', 'info', 7),
      finding('empty-step', 'hint', 9),
    ],
  },
  {
    path: join('/', 'elsewhere', 'a.mlsd.md'),
    steps: {} as FileReport['steps'],
    findings: [finding('missing-step', 'error', 3)],
  },
];

test('SARIF output validates against the subset of SARIF 2.1.0 that code scanning uses', () => {
  const log = JSON.parse(formatSarif(reports, { rules: defaultRules, version: '1.2.3', cwd }));
  const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(sarifSubset);
  const valid: boolean = validate(log);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  const [run] = log.runs;
  assert.equal(run.tool.driver.version, '1.2.3');
  assert.deepEqual(
    run.tool.driver.rules.map((r: { id: string }) => r.id),
    defaultRules.map((r) => r.id),
  );
  const missingStep = run.tool.driver.rules.find((r: { id: string }) => r.id === 'missing-step');
  assert.equal(missingStep.name, 'MissingStep');
  // Pinned to the docs of the release (its tag), so a link describes the rule as this version checks it.
  assert.equal(missingStep.helpUri, `https://github.com/mlsd-tools/mlsd/blob/v${version}/docs/rules/missing-step.md`);
  assert.deepEqual(missingStep.defaultConfiguration, { level: 'error' });
});

test('SARIF results: levels, rule indexes, 1-based regions and relative percent-encoded URIs', () => {
  const log = JSON.parse(formatSarif(reports, { rules: defaultRules, version: '1.2.3', cwd }));
  const results = log.runs[0].results;
  assert.deepEqual(
    results.map((r: { ruleId: string; level: string; ruleIndex: number }) => [
      r.ruleId,
      r.level,
      defaultRules[r.ruleIndex].id,
    ]),
    [
      ['missing-step', 'error', 'missing-step'],
      ['duplicate-step', 'warning', 'duplicate-step'],
      ['step-order', 'note', 'step-order'],
      ['empty-step', 'note', 'empty-step'],
      ['missing-step', 'error', 'missing-step'],
    ],
  );
  assert.deepEqual(results[1].locations[0].physicalLocation, {
    artifactLocation: { uri: 'docs/feed%20ranking.mlsd.md', uriBaseId: '%SRCROOT%' },
    region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 13 },
  });
  assert.deepEqual(results[1].relatedLocations[0].physicalLocation.region, {
    startLine: 3,
    startColumn: 1,
    endLine: 3,
    endColumn: 6,
  });
  assert.equal(results[1].message.text, 'duplicate-step here');
  assert.equal(
    results[4].locations[0].physicalLocation.artifactLocation.uri,
    'file:///elsewhere/a.mlsd.md',
    'outside cwd: absolute',
  );
  assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/');
  assert.deepEqual(
    ['error', 'warning', 'info', 'hint'].map((s) => sarifLevel(s as Finding['severity'])),
    ['error', 'warning', 'note', 'note'],
  );
});
