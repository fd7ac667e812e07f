/** URIs as mlsd addresses files in every runtime: one spelling per file, folders up and down, paths inside folders. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  childUri,
  displayUri,
  isTreeUri,
  isWithin,
  normalizeUri,
  parentUri,
  relativeUriPath,
  resolveUri,
  rootUri,
  uriBasename,
  uriInside,
  uriPath,
} from '../../common/uris';

const repo = 'vscode-vfs://github%2B7b22v%22%7D/owner/repo';

describe('URIs', () => {
  it('spell one file one way: VS Code’s encoding, a lower-case drive letter, no query', () => {
    assert.equal(normalizeUri('file:///C:/My Docs/a(1).md'), 'file:///c%3A/My%20Docs/a%281%29.md');
    assert.equal(normalizeUri('file:///c%3A/My%20Docs/a%281%29.md'), 'file:///c%3A/My%20Docs/a%281%29.md');
    assert.equal(normalizeUri('file:///home/me/ä.md?x#y'), 'file:///home/me/%C3%A4.md');
    assert.equal(normalizeUri(`${repo}/docs/a.md`), `${repo}/docs/a.md`, 'the authority stays as written');
    assert.equal(normalizeUri('file:///bad%zz.md'), 'file:///bad%25zz.md', 'malformed encoding is kept as text');
    assert.equal(normalizeUri('not a uri'), 'not a uri');
  });

  it('go up to the root and down by name', () => {
    assert.equal(parentUri(`${repo}/docs/a.md`), `${repo}/docs`);
    assert.equal(parentUri('file:///'), 'file:///', 'the root is its own parent');
    assert.equal(rootUri(`${repo}/docs/a.md`), `vscode-vfs://github%2B7b22v%22%7D/`);
    assert.equal(childUri('file:///home/me', '.mlsdrc.json'), 'file:///home/me/.mlsdrc.json');
    assert.equal(childUri('file:///home/me/', 'a b#1.md'), 'file:///home/me/a%20b%231.md');
    assert.equal(uriBasename('file:///home/me/a%20b.md'), 'a b.md');
  });

  it('resolve a path written in a config file: relative, absolute, with either separator', () => {
    assert.equal(resolveUri(`${repo}/docs`, '../shared/base.json'), `${repo}/shared/base.json`);
    assert.equal(resolveUri(`${repo}/docs`, '..\\shared\\base.json'), `${repo}/shared/base.json`);
    assert.equal(resolveUri(`${repo}/docs`, '/etc/passwd'), 'vscode-vfs://github%2B7b22v%22%7D/etc/passwd');
    assert.equal(resolveUri('file:///home/me', '../../../../x.json'), 'file:///x.json', 'never above the root');
    assert.equal(resolveUri('file:///home/me', 'C:\\team\\base.json'), 'file:///c%3A/team/base.json');
    assert.equal(resolveUri(repo, 'C:/x.json'), `${repo}/C%3A/x.json`, 'a drive letter means nothing off the disk');
  });

  it('tell what lies inside a folder, in the same tree only', () => {
    assert.equal(uriInside('file:///p', 'file:///p/docs/a.md'), 'docs/a.md');
    assert.equal(uriInside('file:///p/', 'file:///p'), undefined, 'a folder is not inside itself');
    assert.equal(uriInside('file:///p', 'file:///pq/a.md'), undefined);
    assert.equal(uriInside('file:///C:/p', 'file:///c%3A/p/a.md'), 'a.md', 'drive letters in any case');
    assert.equal(uriInside('file:///p', 'vscode-vfs://github/p/a.md'), undefined);
    assert.equal(isWithin('file:///p', 'file:///p/'), true);
    assert.equal(isWithin(repo, `${repo}/x`), true);
    assert.equal(isWithin(`${repo}/x`, repo), false);
  });

  it('show paths in messages as the user knows them', () => {
    assert.equal(relativeUriPath('file:///p/team', 'file:///p/base.json'), '../base.json');
    assert.equal(relativeUriPath('file:///p', 'file:///p/a.json'), 'a.json');
    assert.equal(displayUri('file:///home/me/a%20b.json'), '/home/me/a b.json');
    assert.equal(displayUri('file:///c%3A/team/base.json'), 'C:\\team\\base.json');
    assert.equal(displayUri(`${repo}/a.json`), `${repo}/a.json`);
    assert.equal(uriPath(`${repo}/docs/a%20b.mlsd.md`), '/owner/repo/docs/a b.mlsd.md');
    assert.equal(uriPath('untitled:Untitled-1'), 'Untitled-1');
  });

  it('know which documents sit in a folder tree', () => {
    assert.equal(isTreeUri('file:///p/a.md'), true);
    assert.equal(isTreeUri(`${repo}/a.md`), true);
    assert.equal(isTreeUri('untitled:Untitled-1'), false);
    assert.equal(isTreeUri('untitled:/home/me/a.md'), false);
  });
});
