/**
 * Time budgets of a practice session: a preset's minutes per step scaled to the session's length, and the custom
 * preset of the `mlsd.practice.customPreset` setting, checked before use. Pure: no editor API.
 */
import type { PracticePresetInfo, StepId, StepTitle } from '../../common/protocol';

export const customPresetSetting = 'mlsd.practice.customPreset';
export const customPresetId = 'custom';

/**
 * Seconds per step: each step's share of the preset's total, times the session's length, in whole seconds that add
 * up to the length exactly (the seconds lost to rounding go to the steps with the largest remainders).
 */
export function scaleBudgets(
  minutes: Readonly<Record<StepId, number>>,
  steps: readonly StepTitle[],
  lengthMinutes: number,
): Record<StepId, number> {
  const total = steps.reduce((sum, step) => sum + minutes[step.id], 0);
  const seconds = lengthMinutes * 60;
  const exact = steps.map((step) => (minutes[step.id] / total) * seconds);
  const whole = exact.map(Math.floor);
  let left = seconds - whole.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - whole[i] }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    whole[i]++;
    left--;
  }
  return Object.fromEntries(steps.map((step, i) => [step.id, whole[i]])) as Record<StepId, number>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The custom preset, or what is wrong with the setting (each problem names the setting's key). `undefined` and
 * `null` mean no custom preset and are no problem.
 */
export function customPreset(
  value: unknown,
  steps: readonly StepTitle[],
): { preset?: PracticePresetInfo; problems: string[] } {
  if (value === undefined || value === null) return { problems: [] };
  const at = (key?: string): string => (key ? `${customPresetSetting}.${key}` : customPresetSetting);
  if (!isObject(value))
    return {
      problems: [`${at()} must be an object such as { "title": "Mine", "minutes": { "requirements": 5, … } }.`],
    };
  const problems: string[] = [];
  const ids = steps.map((step) => step.id as string);
  for (const key of Object.keys(value))
    if (key !== 'title' && key !== 'minutes')
      problems.push(`${at(key)} is not a key of the custom preset; it has title and minutes.`);
  if (value.title !== undefined && (typeof value.title !== 'string' || value.title.trim() === ''))
    problems.push(`${at('title')} must be a non-empty string.`);
  const minutes = value.minutes;
  if (!isObject(minutes)) {
    problems.push(`${at('minutes')} must map each step (${ids.join(', ')}) to its minutes.`);
    return { problems };
  }
  for (const key of Object.keys(minutes))
    if (!ids.includes(key)) problems.push(`${at(`minutes.${key}`)} is not a step; the steps are ${ids.join(', ')}.`);
  for (const id of ids) {
    const n = minutes[id];
    if (n === undefined)
      problems.push(`${at(`minutes.${id}`)} is missing: give every step its minutes (0 to skip it).`);
    else if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
      problems.push(`${at(`minutes.${id}`)} must be a number of minutes, 0 or more, not ${JSON.stringify(n)}.`);
  }
  if (problems.length) return { problems };
  const valid = minutes as Record<StepId, number>;
  const total = ids.reduce((sum, id) => sum + valid[id as StepId], 0);
  if (total <= 0) return { problems: [`${at('minutes')} add up to 0: give at least one step some time.`] };
  return {
    preset: {
      id: customPresetId,
      title: typeof value.title === 'string' ? value.title.trim() : 'Custom',
      description: `From the ${customPresetSetting} setting: ${steps.map((step) => valid[step.id]).join(' + ')} minutes, scaled to the length.`,
      minutes: valid,
    },
    problems: [],
  };
}
