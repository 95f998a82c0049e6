// Knowledge Markdown as HTML: escaped first, so only bold, italics, breaks and bullets can ever be markup.
import { markdown, markdownLine } from '../../src/admin/views/markdown';

const text = (h: unknown) => String(h);

describe('markdown for the dashboard', () => {
  it('renders bold, italics, paragraphs and bullets', () => {
    expect(text(markdown('A **bold** claim _(Intro)_.\n\nSecond'))).toBe('<p>A <strong>bold</strong> claim <em>(Intro)</em>.</p><p>Second</p>');
    expect(text(markdown('- one\n- two'))).toBe('<ul><li>one</li><li>two</li></ul>');
  });

  it('never lets markup, links or scripts through', () => {
    const out = text(markdownLine('<img src=x onerror=alert(1)> [link](javascript:alert(1)) **<b>x</b>**'));
    expect(out).not.toMatch(/<img|<b>|<a /);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('[link](javascript:alert(1))');
  });
});
