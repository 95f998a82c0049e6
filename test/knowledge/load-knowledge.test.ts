import fs from 'node:fs';
import path from 'node:path';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge, KNOWLEDGE_DIR } from '../support/knowledge-fixture';

function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected the knowledge to be rejected');
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
}

describe('loadKnowledge', () => {
  it('loads the shipped knowledge with every section, question and list', () => {
    const k = loadKnowledge(KNOWLEDGE_DIR);
    expect(k.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['intro', 'expulsion-details', 'cross-border-security.joint-operations', 'future.fentanyl', 'conclusion']));
    expect(k.questions.length).toBeGreaterThanOrEqual(60);
    expect(k.glossary.length).toBeGreaterThan(10);
    expect(k.notCovered.length).toBeGreaterThan(10);
    expect(Object.keys(k.spanish).length).toBeGreaterThan(100);
    for (const u of k.updates) expect(u).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), title: expect.any(String), source: expect.any(String) });
    expect(k.sections.find((s) => s.id === 'impact.send-message')?.parent).toBe('impact');
  });

  it('names the language file and cue of a broken question-type pattern or an unknown word list', () => {
    const dir = copyKnowledge();
    edit(dir, 'language/cues.yaml', (t) =>
      t.replace("'\\bwhen (?:did", "'\\bwhen ((?:did").replace('{superlatives}', '{superlative}'),
    );
    const err = loadError(dir);
    expect(err.problems).toContainEqual(
      expect.objectContaining({ entry: 'when', message: expect.stringContaining('not a valid regular expression') }),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({ entry: 'named', message: expect.stringContaining('"{superlative}" is not a list') }),
    );
    expect(err.message).toContain('language/cues.yaml');
  });

  it('names the idioms file and the entry of an idiom without a meaning or starting with *, and one listed twice', () => {
    let dir = copyKnowledge();
    edit(dir, 'language/idioms.yaml', (t) => t.replace('en:\n', 'en:\n  - [move the needle]\n  - ["* in the bud", prevent]\n'));
    let err = loadError(dir);
    expect(err.problems.filter((p) => p.file.endsWith('idioms.yaml')).length).toBe(2);
    expect(err.message).toMatch(/must start with a word/);
    dir = copyKnowledge();
    edit(dir, 'language/idioms.yaml', (t) => t.replace('en:\n', 'en:\n  - [Achilles heel, weakness]\n'));
    err = loadError(dir);
    expect(err.problems).toEqual([expect.objectContaining({ file: expect.stringContaining('idioms.yaml'), message: expect.stringContaining('"achilles heel" is listed twice') })]);
  });

  it('runs without an idioms file: idioms are then read as typed', () => {
    const dir = copyKnowledge();
    fs.rmSync(path.join(dir, 'language/idioms.yaml'));
    expect(loadKnowledge(dir).language.idioms).toEqual({ en: [], es: [] });
  });

  it('names the word a language word list cannot use, and a cue the engine does not know', () => {
    const dir = copyKnowledge();
    edit(dir, 'language/en.yaml', (t) => t.replace('fillerWords: >-\n', 'fillerWords: >-\n  Qué\n'));
    edit(dir, 'language/cues.yaml', (t) => t.replace('- name: since', '- name: lately'));
    const err = loadError(dir);
    expect(err.problems).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining('en.yaml'), message: expect.stringContaining('"Qué"') }),
    );
    expect(err.problems).toContainEqual(
      expect.objectContaining({ entry: 'lately', message: expect.stringContaining('must be one of') }),
    );
  });

  it('names the file and entry of a duplicate id', () => {
    const dir = copyKnowledge();
    edit(dir, 'questions/impact.yaml', (t) => t.replace(/id: [a-z0-9-]+/, 'id: how-many-expelled'));
    const err = loadError(dir);
    expect(err.problems).toContainEqual(expect.objectContaining({ entry: 'how-many-expelled', message: expect.stringContaining("duplicate id 'how-many-expelled'") }));
    expect(err.message).toContain('questions/impact.yaml');
  });

  it('rejects a source that is not a section of the article', () => {
    const dir = copyKnowledge();
    edit(dir, 'questions/future.yaml', (t) => t.replace(/^    source: [a-z.-]+/m, '    source: no-such-section'));
    const err = loadError(dir);
    expect(err.problems[0]).toMatchObject({ file: expect.stringContaining('future.yaml'), message: expect.stringContaining("'no-such-section' is not a section id") });
  });

  it('requires the Spanish text wherever an English one exists, naming the file, the entry and the field', () => {
    const dir = copyKnowledge();
    edit(dir, 'questions/impact.yaml', (t) => t.replace(/\n    answer_es: >-\n(?: {6}.*\n)+/, '\n'));
    edit(dir, 'not-covered.yaml', (t) => t.replace(/\n    reply_es: >-\n(?: {6}.*\n)+/, '\n'));
    edit(dir, 'glossary.yaml', (t) => t.replace(/\n    definition_es: >-\n(?: {6}.*\n)+/, '\n'));
    edit(dir, 'article.yaml', (t) => t.replace(/\n {8}text_es: >-\n(?: {10}.*\n)+/, '\n'));
    const problems = loadError(dir).problems.map((p) => `${p.file} [${p.entry}] ${p.message}`);
    const missing = (field: string, english: string) => `${field}: is missing: write the Spanish translation of \`${english}\``;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`questions/impact.yaml [long-term-impact] questions.0.${missing('answer_es', 'answer')}`),
        expect.stringContaining(`not-covered.yaml [names-of-expelled] topics.0.${missing('reply_es', 'reply')}`),
        expect.stringContaining(`glossary.yaml [cartel] terms.0.${missing('definition_es', 'definition')}`),
        expect.stringContaining(`article.yaml [cross-border-security.intelligence-sharing] sections.2.items.0.${missing('text_es', 'text')}`),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it('requires the Spanish name of a list’s items', () => {
    const dir = copyKnowledge();
    edit(dir, 'article.yaml', (t) => t.replace(/\n    list_label_es: .*/, ''));
    expect(loadError(dir).problems).toEqual([
      expect.objectContaining({ entry: 'cross-border-security', message: expect.stringMatching(/^sections\.2\.list_label_es: is missing/) }),
    ]);
  });

  it('rejects an empty answer and says which entry', () => {
    const dir = copyKnowledge();
    fs.writeFileSync(path.join(dir, 'questions/extra.yaml'), 'questions:\n  - id: empty-one\n    source: intro\n    phrasings: [What?]\n    answer: "  "\n    answer_es: Nada.\n');
    const err = loadError(dir);
    expect(err.problems).toEqual([expect.objectContaining({ file: expect.stringContaining('extra.yaml'), entry: 'empty-one', message: 'questions.0.answer: must not be empty' })]);
  });

  it('rejects an entry without phrasings, an unknown field and a too-long answer', () => {
    const dir = copyKnowledge();
    const long = 'x'.repeat(950);
    fs.writeFileSync(
      path.join(dir, 'questions/extra.yaml'),
      `questions:\n  - id: no-phrasings\n    source: intro\n    phrasings: []\n    answer: ok\n  - id: typo-field\n    source: intro\n    phrasings: [A?]\n    anwser: ok\n  - id: too-long\n    source: intro\n    phrasings: [B?]\n    answer: ${long}\n`,
    );
    const messages = loadError(dir).problems.map((p) => `${p.entry}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'no-phrasings: questions.0.phrasings: needs at least one phrasing',
        expect.stringMatching(/^typo-field: .*anwser/),
        expect.stringMatching(/^too-long: questions.2.answer: is too long/),
      ]),
    );
  });

  it('asks for a full question as the first phrasing, since users see it as a suggestion', () => {
    const dir = copyKnowledge();
    fs.writeFileSync(path.join(dir, 'questions/extra.yaml'), 'questions:\n  - id: lower-case\n    source: intro\n    phrasings: [how many were expelled]\n    answer: Twenty-six.\n');
    const [problem] = loadError(dir).problems;
    expect(problem).toMatchObject({ entry: 'lower-case', message: expect.stringContaining('write it as a full question') });
  });

  it('rejects more than 15 phrasings for an entry or a not-covered topic, saying how to trim them', () => {
    const dir = copyKnowledge();
    const many = (first: string) => `[${[first, ...Array.from({ length: 15 }, (_, i) => `way ${i + 1}`)].join(', ')}]`;
    fs.writeFileSync(path.join(dir, 'questions/extra.yaml'), `questions:\n  - id: too-many\n    source: intro\n    phrasings: ${many('What is this?')}\n    answer: ok\n    answer_es: sí\n`);
    edit(dir, 'not-covered.yaml', (t) => `${t.trimEnd()}\n\n  - id: too-many-gaps\n    phrasings: ${many('Who wrote it?')}\n    reply: The article doesn't say.\n    reply_es: El artículo no lo dice.\n`);
    const problems = loadError(dir).problems;
    for (const [entry, file] of [['too-many', 'extra.yaml'], ['too-many-gaps', 'not-covered.yaml']])
      expect(problems).toContainEqual(
        expect.objectContaining({ file: expect.stringContaining(file), entry, message: expect.stringMatching(/phrasings: .*at most 15 — the most different ways of asking/) }),
      );
    expect(problems).toHaveLength(2);
  });

  it('accepts exactly 15 phrasings', () => {
    const dir = copyKnowledge();
    const phrasings = ['What is this?', ...Array.from({ length: 14 }, (_, i) => `way ${i + 1}`)];
    fs.writeFileSync(path.join(dir, 'questions/extra.yaml'), `questions:\n  - id: just-enough\n    source: intro\n    phrasings: [${phrasings.join(', ')}]\n    answer: ok\n    answer_es: sí\n`);
    expect(loadKnowledge(dir).questions.find((q) => q.id === 'just-enough')?.phrasings).toHaveLength(15);
  });

  it('rejects a synonym listed in two groups, naming both', () => {
    const dir = copyKnowledge();
    edit(dir, 'synonyms.yaml', (t) => `${t.trimEnd()}\n  - [hoodlums, narcos]\n`);
    const problem = loadError(dir).problems.find((p) => p.file.includes('synonyms.yaml'));
    expect(problem).toMatchObject({ entry: 'hoodlums', message: expect.stringMatching(/"narcos" is already in the group starting "cartel"/) });
  });

  it('rejects a kind (is_a) given to two glossary terms, naming the first', () => {
    const dir = copyKnowledge();
    edit(dir, 'glossary.yaml', (t) => t.replace('  - term: drug war strategy\n', '  - term: drug war strategy\n    is_a: [drug]\n'));
    const problem = loadError(dir).problems.find((p) => p.file.includes('glossary.yaml'));
    expect(problem).toMatchObject({ entry: 'drug war strategy', message: expect.stringMatching(/is_a "drug" is already given to "fentanyl"/) });
  });

  it('reports broken YAML with the offending line', () => {
    const dir = copyKnowledge();
    edit(dir, 'glossary.yaml', (t) => `${t}\n  - term: [unclosed\n`);
    const err = loadError(dir);
    expect(err.problems[0].file).toContain('glossary.yaml');
    expect(err.problems[0].message).toMatch(/^not valid YAML/);
  });

  it('reports a duplicate Spanish term with its line', () => {
    const dir = copyKnowledge();
    edit(dir, 'spanish.yaml', (t) => `${t.trimEnd()}\n  frontera: border\n`);
    expect(loadError(dir).problems[0].message).toMatch(/unique.*frontera: border/);
  });

  it('rejects an update without front matter or with a bad date', () => {
    const dir = copyKnowledge();
    fs.writeFileSync(path.join(dir, 'updates/2026-12-01-no-front.md'), 'Just text.\n');
    fs.writeFileSync(path.join(dir, 'updates/2026-12-02-bad-date.md'), '---\ndate: yesterday\ntitle: Bad\n---\nBody.\n');
    const problems = loadError(dir).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringContaining('no-front.md'), message: expect.stringContaining('front matter') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringContaining('bad-date.md'), line: 2, message: expect.stringContaining('must be a date like 2026-12-01') }));
  });

  it('lists every problem at once, not just the first', () => {
    const dir = copyKnowledge();
    edit(dir, 'questions/impact.yaml', (t) => t.replace(/source: [a-z.-]+/g, 'source: nowhere'));
    expect(loadError(dir).problems.length).toBeGreaterThan(3);
  });

  it('fails with a clear message when the directory is missing', () => {
    const err = loadError('/nonexistent/knowledge');
    expect(err.message).toMatch(/article\.yaml.*file is missing/s);
  });
});
