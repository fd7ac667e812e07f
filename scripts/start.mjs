// `npm start`: build, package, and open the examples in VS Code with mlsd installed — the desktop `code` when it is
// on PATH (as an extension development host), otherwise a local VS Code server in the browser. Ctrl-C stops
// everything this started.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ensureCodeServer,
  installExtensions,
  killGroupSync,
  makeUserDataDir,
  projectRoot,
  startServer,
} from './e2e/vscodeServer.mjs';

const log = (message) => console.log(`[mlsd] ${message}`);
const examples = path.join(projectRoot, 'examples');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function packageExtension() {
  const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
  const vsix = path.join(projectRoot, `mlsd-${version}.vsix`);
  run(process.execPath, [path.join(projectRoot, 'scripts', 'build.mjs')]);
  run(process.execPath, [
    path.join(projectRoot, 'node_modules', '@vscode', 'vsce', 'vsce'),
    'package',
    '--no-dependencies',
    '-o',
    vsix,
  ]);
  log(`packaged ${path.relative(projectRoot, vsix)}`);
  return vsix;
}

function desktopCode() {
  const probe = spawnSync('code', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? 'code' : undefined;
}

async function openInDesktop(code) {
  log('opening the examples in VS Code (extension development host); close the window or press Ctrl-C to stop');
  const child = spawn(code, ['--new-window', '--wait', `--extensionDevelopmentPath=${projectRoot}`, examples], {
    stdio: 'inherit',
    detached: true,
  });
  const stop = () => killGroupSync(child.pid);
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  process.on('SIGTERM', () => {
    stop();
    process.exit(143);
  });
  await new Promise((resolve) => child.on('exit', resolve));
}

async function openInBrowser(vsix) {
  log('no desktop `code` on PATH: starting a local VS Code server (installed on first use into .cache/e2e)');
  await ensureCodeServer({ log });
  const userDataDir = makeUserDataDir();
  const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'mlsd-start-ext-'));
  await installExtensions({ vsix: [vsix], extensionsDir, userDataDir, log });
  const server = await startServer({ userDataDir, extensionsDir, log });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    for (const dir of [userDataDir, extensionsDir]) rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(130));
  process.on('SIGTERM', () => void stop(143));
  process.on('exit', () => killGroupSync(server.pid));
  console.log(`\nOpen ${server.workbenchUrl(examples)}\nPress Ctrl-C to stop.\n`);
  await new Promise(() => {});
}

const vsix = packageExtension();
const code = desktopCode();
if (code) await openInDesktop(code);
else await openInBrowser(vsix);
