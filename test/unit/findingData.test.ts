/** A finding crosses to another thread or process as plain data: every field kept, its fix never read. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingData, type Finding } from '../../server/src/engine';

test('findingData keeps every field but the fix, and never reads the fix', () => {
  const finding = {
    rule: 'missing-step',
    severity: 'error',
    message: 'Missing step 7',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    step: 'monitoring',
    related: [
      { message: 'mentioned here', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } } },
    ],
    get fix(): never {
      throw new Error('the fix was read');
    },
  } as unknown as Finding;
  const data = findingData(finding);
  assert.deepEqual(Object.keys(data).sort(), ['message', 'range', 'related', 'rule', 'severity', 'step']);
  assert.deepEqual(structuredClone(data), { ...data });
});
