/**
 * Most of the language server's start on Node is V8 compiling its bundles (Node 20 keeps no compile cache of its
 * own). Where the editor names a folder for it (`--code-cache-dir=PATH`, e.g. the extension's global storage), a
 * bundle runs from V8's code cache of it instead: the cache written by an earlier start, once that start had run a
 * while (or when it exits), so it holds the functions the start compiled on the way too. A cache fits one build of
 * one bundle on one Node: its file is named after the bundle's path, size and time and after Node's version and
 * options, and V8 rejects one made by another V8 or with other flags; a bundle without a cache that fits compiles
 * as usual and its cache is written afresh. Without the option (or in a worker thread, which is not given it) a
 * bundle is required as usual.
 */
import Module, { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const cacheDirOption = '--code-cache-dir=';
/** How long a start runs before its cache is written: past `initialize` and the analysis loaded after it. */
const writeAfterMs = 10_000;

/** The folder the editor gives for code caches, if it gave one. */
function codeCacheDir(): string | undefined {
  return process.argv.find((arg) => arg.startsWith(cacheDirOption))?.slice(cacheDirOption.length) || undefined;
}

/**
 * `require(path)` for a bundle (an absolute path), run from its code cache when there is a folder for one. Loaded
 * once: later calls get the same exports, from Node's module cache.
 */
export function requireBundle(path: string): unknown {
  const require = createRequire(path);
  const cacheDir = codeCacheDir();
  const loaded = require.cache[path];
  if (loaded) return loaded.exports;
  if (!cacheDir) return require(path);
  return runWithCodeCache(path, require, cacheDir);
}

function runWithCodeCache(path: string, require: NodeJS.Require, cacheDir: string): unknown {
  const source = readFileSync(path, 'utf8');
  const bundle = basename(path, '.js');
  const cacheFile = join(cacheDir, `${bundle}-${cacheKey(path)}.v8cache`);
  const cachedData = readIfPresent(cacheFile);
  // The wrapper Node's own loader puts around a CommonJS module, on a line of its own so line numbers stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: path,
    lineOffset: -1,
    cachedData,
  });
  const module = new Module(path);
  module.filename = path;
  require.cache[path] = module;
  try {
    (script.runInThisContext() as ModuleWrapper).call(
      module.exports,
      module.exports,
      require,
      module,
      path,
      dirname(path),
    );
  } catch (error) {
    delete require.cache[path];
    throw error;
  }
  module.loaded = true;
  if (!cachedData || script.cachedDataRejected)
    writeLater(() => writeCache(script.createCachedData(), cacheFile, bundle));
  return module.exports;
}

type ModuleWrapper = (
  this: unknown,
  exports: unknown,
  require: NodeJS.Require,
  module: Module,
  filename: string,
  dirname: string,
) => void;

/** A hash of what the cache depends on besides what V8 checks itself: the build, Node and its options. */
function cacheKey(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return fnv1a(JSON.stringify([path, size, mtimeMs, process.version, process.arch, process.execArgv])).toString(36);
}

/** FNV-1a, 32 bits: a name for a key, not a check (V8 checks the cache itself); node:crypto costs a start 4 ms. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache once: after `writeAfterMs`, or when the process exits before. */
function writeLater(writeNow: () => void): void {
  const write = (): void => {
    clearTimeout(timer);
    process.off('exit', write);
    writeNow();
  };
  const timer = setTimeout(write, writeAfterMs).unref();
  process.once('exit', write);
}

/**
 * Written under a temporary name and renamed, so a server starting meanwhile never reads half a cache; the caches
 * of the bundle's earlier builds go. A cache that cannot be written only leaves the next start as slow as this one.
 */
function writeCache(data: Buffer, cacheFile: string, bundle: string): void {
  const folder = dirname(cacheFile);
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, cacheFile);
    for (const name of readdirSync(folder))
      if (name.startsWith(`${bundle}-`) && name.endsWith('.v8cache') && name !== basename(cacheFile))
        rmSync(join(folder, name), { force: true });
  } catch {
    rmSync(temporary, { force: true });
  }
}
