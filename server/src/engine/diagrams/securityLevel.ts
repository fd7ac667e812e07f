import { safeSecurityLevels } from '../../knowledge';
import type { Position } from '../model/designDoc';

/** A `securityLevel` a diagram asks for, with the source span of its value. */
export interface SecurityLevelSetting {
  value: string;
  start: Position;
  end: Position;
}

/** Where a diagram can configure Mermaid: `%%{init: …}%%` directives and its own `---` front matter. */
const directive = /%%\{[\s\S]*?(?:\}%%|$)/g;
const frontMatter = /^[ \t]*---[ \t]*\r?\n[\s\S]*?\r?\n[ \t]*---[ \t]*(?:\r?\n|$)/;
const setting = /\bsecurityLevel["']?\s*:\s*["']?([\w-]*)/g;

/** Every securityLevel setting other than the safe ones ("strict", "sandbox"). */
export function loweredSecurityLevels(source: string): SecurityLevelSetting[] {
  const places = [...source.matchAll(directive)].map((m) => ({ text: m[0], offset: m.index }));
  const front = frontMatter.exec(source);
  if (front) places.push({ text: front[0], offset: front.index });
  const found: SecurityLevelSetting[] = [];
  for (const place of places) {
    for (const match of place.text.matchAll(setting)) {
      const value = match[1];
      if (safeSecurityLevels.includes(value)) continue;
      const valueStart = place.offset + match.index + match[0].length - value.length;
      found.push({
        value,
        start: pointAt(source, valueStart),
        end: pointAt(source, valueStart + Math.max(value.length, 1)),
      });
    }
  }
  return found;
}

function pointAt(source: string, offset: number): Position {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}
