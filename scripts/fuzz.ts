/** `npm run fuzz -- [--runs N] [--seed S]`: fuzz the linter (test/fuzz); exit 1 with the shrunk input on a failure. */
import { runFuzz } from '../test/fuzz/run';

function option(name: string): number | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const value = args[at].includes('=') ? args[at].slice(name.length + 1) : args[at + 1];
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    process.stderr.write(`fuzz: ${name} needs a whole number, got "${value ?? ''}"\n`);
    process.exit(2);
  }
  return number;
}

const started = Date.now();
const result = runFuzz({ runs: option('--runs') ?? 1000, seed: option('--seed') });
process.stdout.write(`${result.report}\n`);
const cpu = process.cpuUsage();
process.stderr.write(
  `(${((Date.now() - started) / 1000).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)\n`,
);
process.exitCode = result.failures ? 1 : 0;
