// src/engine names nothing of the article or its topic: the article's content words appear in none of its texts.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import YAML from 'yaml';
import { normalizeWords } from '../../src/engine/normalise';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';
import { realLanguage } from '../support/language';

const ENGINE_DIR = path.join(__dirname, '../../src/engine');

/** The engine files checked. */
const CHECKED_FILES = [
  'answer-engine.ts',
  'clauses.ts',
  'claims.ts',
  'idioms.ts',
  'article-reader.ts',
  'lists.ts',
  'topic.ts',
  'split-words.ts',
  'yes-no.ts',
  'updates.ts',
  'analyzer.ts',
  'conversation.ts',
  'cues.ts',
  'everyday-words.ts',
  'language.ts',
  'names.ts',
  'normalise.ts',
  'phrases.ts',
  'search-index.ts',
  'sounds.ts',
  'stem.ts',
  'stop-words.ts',
  'translate.ts',
  'typos.ts',
  'explain.ts',
];
/** Engine files left out, each with the reason. */
const NOT_CHECKED: Record<string, string> = {
};

/**
 * General English the article uses that the engine also needs to say ("function words", "a small index"): none of
 * them names the topic. Keep this list short; a word that names the topic belongs in knowledge/, not here.
 */
const GENERAL_ENGLISH = new Set(
  `analysis another better clear context function happened includes involve joint message often ranking related reported reports share small specific supporting together topic`.split(' '),
);

/** Content words of the article: five letters or more, not function words or chat, not general English. */
function articleContentWords(): Set<string> {
  const article = YAML.parse(fs.readFileSync(path.join(KNOWLEDGE_DIR, 'article.yaml'), 'utf8')) as {
    title: string;
    sections: Array<{ title: string; text: string; items?: Array<{ title: string; text: string }> }>;
  };
  const texts = [
    article.title,
    ...article.sections.flatMap((s) => [s.title, s.text, ...(s.items ?? []).flatMap((i) => [i.title, i.text])]),
  ];
  const { en } = realLanguage();
  const stopWords = new Set([...en.stopWords, ...en.fillerWords]);
  return new Set(
    texts
      .flatMap(normalizeWords)
      .filter((w) => w.length >= 5 && !/\d/.test(w) && !stopWords.has(w) && !GENERAL_ENGLISH.has(w)),
  );
}

/** The texts of a TypeScript file a reader sees as language: string literals, templates, regexes and comments. */
function textsOf(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const comments = new Set<number>();
  const addComments = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (comments.has(r.pos)) continue;
      comments.add(r.pos);
      texts.push(source.slice(r.pos, r.end));
    }
  };
  const visit = (node: ts.Node) => {
    addComments(ts.getLeadingCommentRanges(source, node.getFullStart()));
    addComments(ts.getTrailingCommentRanges(source, node.getEnd()));
    if (ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateLiteralToken(node)) {
      texts.push(node.getText(sf));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  addComments(ts.getLeadingCommentRanges(source, sf.getEnd()));
  return texts;
}

describe('src/engine', () => {
  const contentWords = articleContentWords();

  it('has every engine file either checked or left out with a reason', () => {
    const files = fs.readdirSync(ENGINE_DIR).filter((f) => f.endsWith('.ts')).sort();
    expect(files).toEqual([...CHECKED_FILES, ...Object.keys(NOT_CHECKED)].sort());
  });

  it('finds the article’s content words (the check can fail)', () => {
    expect(contentWords.size).toBeGreaterThan(100);
    for (const w of ['cartel', 'mexico', 'expelled', 'border']) {
      expect([w, contentWords.has(w) || contentWords.has(`${w}s`)]).toEqual([w, true]);
    }
  });

  it.each(CHECKED_FILES)('%s names none of the article’s content words in its strings, regexes or comments', (file) => {
    const found = new Map<string, string>();
    for (const text of textsOf(path.join(ENGINE_DIR, file))) {
      for (const w of normalizeWords(text)) if (contentWords.has(w) && !found.has(w)) found.set(w, text.slice(0, 80));
    }
    expect(Object.fromEntries(found)).toEqual({});
  });
});
