/**
 * `mlsd/templates` and `mlsd/template` over real JSON-RPC: the list the "New Design Doc from Case Study…" picker
 * shows, and the rendered template (the same text as `mlsd new`); null for an unknown id or format.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RequestType } from 'vscode-languageserver-protocol/node';
import { TemplateListRequest, TemplateRequest, type TemplateChoice, type TemplateParams } from '../../common/protocol';
import { renderTemplate, templateIds } from '../../server/src/templates';
import { LspTestClient } from './lspClient';

/** The list request takes no parameters; the test client's helper wants a one-parameter type. */
const listRequest = new RequestType<null, TemplateChoice[], unknown>(TemplateListRequest.method);

describe('mlsd/templates and mlsd/template', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.shutdown();
  });

  it('lists the ten case studies, blank and quick-45 with one-line descriptions', async () => {
    const choices = await client.request(listRequest, null);
    assert.deepEqual(
      choices.map((c) => c.id),
      templateIds,
    );
    for (const choice of choices)
      assert.ok(choice.title && choice.description && !choice.description.includes('\n'), choice.id);
  });

  it('renders a template in either format, with its language and file name', async () => {
    const markdown = await client.request(TemplateRequest, { id: 'visual-search', format: 'markdown' });
    assert.deepEqual(markdown, {
      content: renderTemplate('visual-search', 'markdown'),
      language: 'markdown',
      fileName: 'visual-search.mlsd.md',
    });
    const yaml = await client.request(TemplateRequest, { id: 'quick-45', format: 'yaml' });
    assert.deepEqual(yaml, {
      content: renderTemplate('quick-45', 'yaml'),
      language: 'yaml',
      fileName: 'quick-45.mlsd.yaml',
    });
  });

  it('answers null for an unknown template or format', async () => {
    assert.equal(await client.request(TemplateRequest, { id: 'no-such-case', format: 'markdown' }), null);
    assert.equal(
      await client.request(TemplateRequest, { id: 'blank', format: 'html' } as unknown as TemplateParams),
      null,
    );
  });
});
