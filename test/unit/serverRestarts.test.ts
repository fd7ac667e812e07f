/** The client starts a new language server each time it dies, unless it died five times within three minutes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ServerRestarts } from '../../src/serverRestarts';

test('a server that dies is started again, up to four times within three minutes', () => {
  let now = 0;
  const restarts = new ServerRestarts(() => now);
  for (let death = 1; death <= 4; death++) {
    now += 10_000;
    assert.equal(restarts.shouldRestart(), true, `death ${death}`);
  }
  now += 10_000;
  assert.equal(restarts.shouldRestart(), false);
  assert.equal(restarts.recentDeaths, 5);
});

test('deaths older than three minutes are forgotten', () => {
  let now = 0;
  const restarts = new ServerRestarts(() => now);
  for (let death = 1; death <= 20; death++) {
    now += 60_000;
    assert.equal(restarts.shouldRestart(), true, `death ${death}, a minute after the one before`);
  }
  assert.equal(restarts.recentDeaths, 4);
});
