/**
 * The diagram checker's life cycle with a scripted worker and a manual clock: lazy start, cache by source text, idle
 * stop, and a diagram that hangs or kills the worker. No Mermaid and no waiting on real time.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { DiagramChecker, type Clock, type DiagramWorker, type ParseRequest } from '../../server/src/mermaidWorker';
import type { DiagramOutcome } from '../../server/src/engine';

class ScriptedWorker extends EventEmitter implements DiagramWorker {
  readonly requests: ParseRequest[] = [];
  terminated = false;

  constructor(private readonly onRequest: (worker: ScriptedWorker, request: ParseRequest) => void) {
    super();
  }

  postMessage(request: ParseRequest): void {
    this.requests.push(request);
    // Answers arrive asynchronously, as from a real thread.
    queueMicrotask(() => this.onRequest(this, request));
  }

  answer(request: ParseRequest, outcome: DiagramOutcome): void {
    if (!this.terminated) this.emit('message', { id: request.id, outcome });
  }

  terminate(): Promise<number> {
    this.terminated = true;
    return Promise.resolve(1);
  }
}

class ManualClock implements Clock {
  private now = 0;
  private readonly timers = new Map<number, { due: number; callback: () => void }>();
  private next = 0;

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = ++this.next;
    this.timers.set(handle, { due: this.now + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    this.now += ms;
    for (const [handle, timer] of [...this.timers].sort((a, b) => a[1].due - b[1].due)) {
      if (timer.due > this.now) continue;
      this.timers.delete(handle);
      timer.callback();
    }
  }
}

const valid: DiagramOutcome = { kind: 'valid', diagramType: 'flowchart-v2' };

/** A checker whose workers answer every request as `respond` says; `workers` lists every worker started. */
function setup(respond: (worker: ScriptedWorker, request: ParseRequest) => void = (w, r) => w.answer(r, valid)) {
  const clock = new ManualClock();
  const workers: ScriptedWorker[] = [];
  const checker = new DiagramChecker({
    startWorker: () => {
      const worker = new ScriptedWorker(respond);
      workers.push(worker);
      return worker;
    },
    clock,
    idleMs: 60_000,
    timeoutMs: 10_000,
    cacheSize: 3,
  });
  return { checker, clock, workers };
}

describe('diagram checker', () => {
  it('starts no worker until a diagram needs parsing, then parses each distinct source once', async () => {
    const { checker, workers } = setup();
    assert.equal(checker.running, false);
    assert.deepEqual(await checker.check([]), { outcomes: new Map(), parsed: 0 });
    assert.equal(workers.length, 0, 'nothing to parse: no worker');
    const { outcomes, parsed } = await checker.check(['a', 'b', 'a']);
    assert.deepEqual([...outcomes.keys()], ['a', 'b']);
    assert.equal(parsed, 2);
    assert.equal(checker.parses, 2);
    assert.equal(workers.length, 1);
    await checker.check(['a', 'b']);
    assert.equal(checker.parses, 2, 'cached');
    assert.equal((await checker.check(['a', 'c'])).parsed, 1, 'only the new source');
    assert.equal(checker.parses, 3);
    assert.equal(workers.length, 1);
  });

  it('cached() answers from the cache only, all or nothing, without starting a worker', async () => {
    const { checker, workers } = setup();
    assert.equal(checker.cached(['a']), undefined);
    assert.equal(workers.length, 0);
    await checker.check(['a']);
    assert.deepEqual(checker.cached(['a']), new Map([['a', valid]]));
    assert.equal(checker.cached(['a', 'b']), undefined);
    assert.deepEqual(checker.cached([]), new Map());
    assert.equal(checker.parses, 1);
  });

  it('stops the worker after the idle time and starts a new one for the next diagram', async () => {
    const { checker, clock, workers } = setup();
    await checker.check(['a']);
    clock.advance(59_999);
    assert.equal(checker.running, true);
    clock.advance(1);
    assert.equal(checker.running, false);
    assert.equal(workers[0].terminated, true);
    await checker.check(['a']);
    assert.equal(workers.length, 1, 'a cached source needs no worker');
    await checker.check(['b']);
    assert.equal(workers.length, 2);
    assert.equal(checker.running, true);
  });

  it('work during the idle countdown restarts it', async () => {
    const { checker, clock } = setup();
    await checker.check(['a']);
    clock.advance(50_000);
    await checker.check(['b']);
    clock.advance(50_000);
    assert.equal(checker.running, true, '50 s after the last parse');
    clock.advance(10_000);
    assert.equal(checker.running, false);
  });

  it('a diagram that hangs the worker gets "unchecked" after the timeout, is not retried, and the rest go on in a new worker', async () => {
    const { checker, clock, workers } = setup((worker, request) => {
      if (request.source !== 'hangs') worker.answer(request, valid);
    });
    const pending = checker.check(['hangs', 'b']);
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(10_000);
    const { outcomes } = await pending;
    assert.deepEqual(outcomes.get('hangs'), { kind: 'unchecked', reason: 'Mermaid took longer than 10 s' });
    assert.deepEqual(outcomes.get('b'), valid);
    assert.equal(workers.length, 2);
    assert.equal(workers[0].terminated, true);
    await checker.check(['hangs']);
    assert.equal(checker.parses, 2, 'the hanging source is not sent again');
  });

  it('a worker that dies fails only the diagram it was parsing', async () => {
    const { checker, workers } = setup((worker, request) => {
      if (request.source === 'kills') worker.emit('exit', 134);
      else worker.answer(request, valid);
    });
    const { outcomes } = await checker.check(['kills', 'b']);
    assert.deepEqual(outcomes.get('kills'), { kind: 'unchecked', reason: 'the diagram worker exited (code 134)' });
    assert.deepEqual(outcomes.get('b'), valid);
    assert.equal(workers.length, 2);
  });

  it('keeps a bounded cache, dropping the least recently used source', async () => {
    const { checker } = setup();
    await checker.check(['a', 'b', 'c']);
    await checker.check(['a']);
    await checker.check(['d']);
    assert.equal(checker.parses, 4);
    await checker.check(['a', 'c', 'd']);
    assert.equal(checker.parses, 4, 'a was used recently; b went out');
    await checker.check(['b']);
    assert.equal(checker.parses, 5);
  });

  it('a source already on its way for another check is not counted as parsed twice', async () => {
    const { checker } = setup();
    const [first, second] = await Promise.all([checker.check(['a', 'b']), checker.check(['b', 'c'])]);
    assert.deepEqual([first.parsed, second.parsed], [2, 1]);
    assert.equal(checker.parses, 3);
  });

  it('stop() answers what is still queued without caching it', async () => {
    const { checker } = setup(() => undefined);
    const pending = checker.check(['a', 'b']);
    await checker.stop();
    const { outcomes } = await pending;
    assert.equal(outcomes.get('a')?.kind, 'unchecked');
    assert.equal(outcomes.get('b')?.kind, 'unchecked');
    assert.equal(checker.running, false);
  });
});
