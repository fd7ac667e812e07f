import type { Finding } from './model/designDoc';

/**
 * A finding as plain data to send to another thread or process: every field but its fix, which is a getter that
 * checks the fix (by linting the doc again) on first read.
 */
export function findingData(finding: Finding): Finding {
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(finding)) if (key !== 'fix') data[key] = finding[key as keyof Finding];
  return data as unknown as Finding;
}
