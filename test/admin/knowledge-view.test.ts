// The Knowledge page names a failed reload's file, line and entry, escaped like everything else.
import { knowledgeBody } from '../../src/admin/views/knowledge';

describe('the Knowledge page', () => {
  const status = { version: 'abc123def456', loadedAt: new Date('2027-03-15T12:00:00Z'), entries: 77, updates: 2, sections: 30 };

  it('says there was no reload error when there was none', async () => {
    const html = String(await knowledgeBody(status, []));
    expect(html).toContain('No reload error');
    expect(html).toContain('abc123def456');
    expect(html).toContain('2027-03-15 12:00 UTC');
  });

  it('shows the last reload error with file, line and entry, as text', async () => {
    const lastError = { file: 'knowledge/questions/impact.yaml', line: 42, entry: 'why<b>', message: 'duplicate id <script>', at: new Date('2027-03-15T13:00:00Z') };
    const html = String(await knowledgeBody({ ...status, lastError }, []));
    expect(html).toContain('<code>knowledge/questions/impact.yaml</code>, line 42');
    expect(html).toContain('why&lt;b&gt;');
    expect(html).toContain('duplicate id &lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});
