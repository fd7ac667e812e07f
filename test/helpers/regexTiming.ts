/**
 * Times every pattern on adversarial strings, in a process of its own: run after other tests in one process (the fuzz
 * run leaves a large heap behind), a pattern's runs on long inputs can slow down for reasons of that process, not of
 * the pattern. Reads the patterns (JSON) on stdin and prints the slow ones (JSON) on stdout; see
 * ../unit/regexSafety.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { FoundPattern } from './regexInventory';

/** Attack shapes seen in practice, besides the characters and words each pattern names itself. */
const knownAttacks = [
  '1 ',
  '1',
  ' ',
  '\t',
  '[',
  '[a](',
  '<insert ',
  '<',
  '(',
  '{{',
  '[[',
  '![',
  '](',
  '- ',
  '**',
  '__',
  '`',
  '<!--',
  'a:',
  ': ',
  '1.1 ',
  '1 ms ',
  'p99 ',
  ' \n',
  '\r\n',
  '\r',
  'a',
  'a ',
  'A',
  '-',
  '_',
  '.',
  '#',
  '|',
  '"',
  '/',
  '=',
];

/**
 * Attacks on one pattern, each a prefix and a run to pump: the known shapes, each ASCII symbol and each word in its
 * source (alone and followed by a space), and a run of spaces after a digit, a letter, a symbol or a word of it (what
 * makes `\d+\s*\d*\s*ms` try every way to split the spaces).
 */
function attacksFor(pattern: FoundPattern): [prefix: string, pump: string][] {
  const symbols = [
    ...new Set(pattern.source.replace(/\\[a-z]/gi, '').match(/[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/g) ?? []),
  ];
  const words = [...new Set(pattern.source.match(/[a-z]{2,}/gi) ?? [])];
  const pumps = new Set([
    ...knownAttacks,
    ...symbols,
    ...symbols.map((s) => `${s} `),
    ...words.slice(0, 40).map((w) => `${w} `),
    ...words.slice(0, 40),
  ]);
  const prefixes = new Set(['1', 'a', ...symbols, ...words.slice(0, 10)]);
  return [
    ...[...pumps].map((pump): [string, string] => ['', pump]),
    ...[...prefixes].map((prefix): [string, string] => [prefix, ' ']),
  ];
}

function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

const baseLength = 2_000;
/** Below this many milliseconds at 8× the length, timing noise says nothing. */
const measurable = 10;
/** A linear pattern runs over the short input in microseconds. */
const tooSlow = 100;

/** The patterns that take super-linear time on some attack, each with the attack and the two times. */
function slowPatterns(patterns: readonly FoundPattern[]): string[] {
  const slow: string[] = [];
  for (const pattern of patterns) {
    const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    for (const [prefix, attack] of attacksFor(pattern)) {
      for (const suffix of ['', '\u0001']) {
        const input = (length: number) => prefix + attack.repeat(Math.ceil(length / attack.length)) + suffix;
        const [short, long] = [input(baseLength), input(8 * baseLength)];
        // One run each clears most attacks: the best of three runs would be faster still.
        if (fastest(() => once.exec(short), 1) <= tooSlow && fastest(() => once.exec(long), 1) < measurable) continue;
        let shortTime = fastest(() => once.exec(short));
        // Cubic patterns would take minutes at 8× the length: already this slow is verdict enough.
        let longTime = shortTime > tooSlow ? Infinity : fastest(() => once.exec(long));
        if (longTime < measurable) continue;
        const superLinear = () => longTime > 20 * Math.max(shortTime, 0.05);
        if (superLinear() && longTime !== Infinity) {
          // A pause of the machine (another process, a GC) can slow one run: measure again, more often, to be sure.
          [shortTime, longTime] = [fastest(() => once.exec(short), 10), fastest(() => once.exec(long), 10)];
        }
        if (longTime >= measurable && superLinear()) {
          slow.push(
            `${pattern.where} /${pattern.source.slice(0, 80)}/ on ${JSON.stringify(prefix)}+${JSON.stringify(attack)}×n${suffix ? '+\\x01' : ''}: ${shortTime.toFixed(1)} → ${longTime.toFixed(1)} ms`,
          );
        }
      }
    }
  }
  return slow;
}

process.stdout.write(JSON.stringify(slowPatterns(JSON.parse(readFileSync(0, 'utf8')) as FoundPattern[])));
