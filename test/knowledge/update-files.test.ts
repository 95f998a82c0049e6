// Strict update front matter and editor-friendly errors: every problem names its file and line, one YAML slip is one message.
import fs from 'node:fs';
import path from 'node:path';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge } from '../support/knowledge-fixture';

function problemsOf(dir: string): KnowledgeError['problems'] {
  try {
    loadKnowledge(dir);
  } catch (err) {
    if (err instanceof KnowledgeError) return err.problems;
    throw err;
  }
  throw new Error('expected the knowledge to be rejected');
}

const GOOD = '---\ndate: 2026-12-01\ntitle: 12 more expelled, 38 in total\nsource: Example Wire, 1 Dec 2026\nrelated: expulsion-details\n---\nMexico expelled 12 more people.\n';

function withUpdate(name: string, text: string): string {
  const dir = copyKnowledge();
  fs.writeFileSync(path.join(dir, 'updates', name), text);
  return dir;
}

describe('update files', () => {
  it('loads a complete update with its source and related section', () => {
    const k = loadKnowledge(withUpdate('2026-12-01-more-expulsions.md', GOOD));
    expect(k.updates).toEqual([
      expect.objectContaining({ id: '2026-12-01-more-expulsions', date: '2026-12-01', source: 'Example Wire, 1 Dec 2026', related: 'expulsion-details', body: 'Mexico expelled 12 more people.' }),
    ]);
  });

  // A missing field is named at the top of the front matter (line 2), where it belongs.
  it.each([
    ['a missing source', GOOD.replace('source: Example Wire, 1 Dec 2026\n', ''), 2, /source: is required: the publication or URL/],
    ['a missing title', GOOD.replace('title: 12 more expelled, 38 in total\n', ''), 2, /title: is required/],
    ['a missing date', GOOD.replace('date: 2026-12-01\n', ''), 2, /date: is required/],
    ['a date other than the file name’s', GOOD.replace('date: 2026-12-01', 'date: 2026-12-02'), 2, /differs from the date in the file name \(2026-12-01\)/],
    ['a day the calendar does not have', GOOD.replace('date: 2026-12-01', 'date: 2026-02-30'), 2, /not a day of the calendar/],
    ['a related id that is not a section', GOOD.replace('related: expulsion-details', 'related: expulsions'), 5, /related: 'expulsions' is not a section id/],
    ['a section id as the source (the old format)', GOOD.replace('source: Example Wire, 1 Dec 2026', 'source: intro'), 4, /source is now the publication or URL.*related:/],
    ['an unknown field', GOOD.replace('related:', 'author: me\nrelated:'), 5, /author/],
  ])('rejects %s, naming the file and line', (_, text, line, message) => {
    const problems = problemsOf(withUpdate('2026-12-01-more-expulsions.md', text));
    expect(problems).toEqual([{ file: expect.stringContaining('2026-12-01-more-expulsions.md'), line, entry: '2026-12-01-more-expulsions', message: expect.stringMatching(message) }]);
  });

  it('rejects an update dated ahead of tomorrow: answers would list what the digest of the day leaves out', () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const name = `${ahead}-more-expulsions.md`;
    const problems = problemsOf(withUpdate(name, GOOD.replace('date: 2026-12-01', `date: ${ahead}`)));
    expect(problems).toEqual([{ file: expect.stringContaining(name), line: 2, entry: `${ahead}-more-expulsions`, message: expect.stringMatching(/is in the future/) }]);
  });

  it('rejects a file name that is not a date and a slug, and an update with no text', () => {
    const problems = problemsOf(withUpdate('More Expulsions.md', GOOD.replace('Mexico expelled 12 more people.\n', '')));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/file name must be the date and a few lower-case words/), expect.stringMatching(/no text after the front matter/)]);
  });

  it('gives one message, with its line, for one YAML slip in front matter', () => {
    const problems = problemsOf(withUpdate('2026-12-01-more-expulsions.md', GOOD.replace('title: 12 more expelled, 38 in total', 'title: [12 more expelled')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/^front matter is not valid YAML/) });
    expect(problems[0].line).toBeGreaterThanOrEqual(3);
  });
});

describe('schema errors carry the line', () => {
  function edit(dir: string, file: string, change: (text: string) => string): string {
    const p = path.join(dir, file);
    fs.writeFileSync(p, change(fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : ''));
    return fs.readFileSync(p, 'utf8');
  }
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('names the line of an empty answer, an unknown field and an unknown source', () => {
    const dir = copyKnowledge();
    const text = edit(dir, 'questions/extra.yaml', () =>
      ['questions:', '  - id: empty-one', '    source: intro', '    phrasings: [What is it?]', '    answer: "  "', '    answer_es: Algo.', '  - id: odd-one',
        '    source: nowhere', '    phrasings: [Why is it?]', '    answer: Because.', '    answer_es: Porque sí.', '    colour: blue', ''].join('\n'),
    );
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entry: 'empty-one', line: lineOf(text, 'answer: "  "'), message: 'questions.0.answer: must not be empty' }),
        expect.objectContaining({ entry: 'odd-one', line: lineOf(text, 'colour: blue'), message: expect.stringContaining('colour') }),
      ]),
    );
    // The cross-file check (a source that is no section) needs a valid file first: fixed, it names its line.
    const fixed = edit(dir, 'questions/extra.yaml', (t) => t.replace('answer: "  "', 'answer: Something.').replace('    colour: blue\n', ''));
    expect(problemsOf(dir)).toEqual([expect.objectContaining({ entry: 'odd-one', line: lineOf(fixed, 'source: nowhere'), message: expect.stringContaining("'nowhere' is not a section id") })]);
  });

  it('gives exactly one message for one YAML slip, at its line, in the error text too', () => {
    const dir = copyKnowledge();
    const text = edit(dir, 'glossary.yaml', (t) => t.replace(/^(\s+aliases: \[)/m, '$1[unclosed, '));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('glossary.yaml'), message: expect.stringMatching(/^not valid YAML/) });
    const slip = lineOf(text, '[[unclosed');
    expect(problems[0].line).toBeGreaterThanOrEqual(slip);
    expect(problems[0].line).toBeLessThanOrEqual(slip + 1);
    try {
      loadKnowledge(dir);
    } catch (err) {
      expect((err as Error).message).toContain(`glossary.yaml:${problems[0].line}:`);
    }
  });
});
