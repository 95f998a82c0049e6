// Loads knowledge/ (YAML and Markdown with front matter), validates it and reports every problem by file and entry.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { UserError } from '../errors';
import { CUE_NAMES } from '../engine/cues';
import {
  articleFileSchema,
  articleWordsFileSchema,
  idiomsFileSchema,
  cuesFileSchema,
  englishFileSchema,
  spanishLanguageFileSchema,
  describeIssue,
  dialogueFileSchema,
  repliesFileSchema,
  glossaryFileSchema,
  notCoveredFileSchema,
  questionsFileSchema,
  spanishFileSchema,
  synonymsFileSchema,
  updateFrontMatterSchema,
} from './schema';
import { type LocatedYaml, parseLocated } from './yaml-lines';
import type { Dialogue, GlossaryTerm, Knowledge, LanguageData, NotCoveredTopic, QuestionEntry, Section, Update } from './types';

/** One thing wrong in one knowledge file. */
export interface KnowledgeProblem {
  file: string;
  /** The 1-based line in the file, when the problem has a place. */
  line?: number;
  entry?: string;
  message: string;
}

/** Thrown when the knowledge cannot be used; lists every problem found, not just the first. */
export class KnowledgeError extends UserError {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      'KNOWLEDGE_INVALID',
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${describeProblem(p)}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

/** Reads and validates the knowledge directory. Throws a KnowledgeError naming every bad file and entry. */
/** One day in milliseconds. */
const DAY_MS = 86_400_000;

export function loadKnowledge(dir: string): Knowledge {
  const problems: KnowledgeProblem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  /** Each file parsed once, with its positions: cross-file checks name the line too. */
  const located = new Map<string, LocatedYaml>();

  function parseFile<S extends z.ZodType>(file: string, schema: S, optional = false): z.output<S> | undefined {
    if (!fs.existsSync(file)) {
      if (!optional) problems.push({ file: rel(file), message: 'file is missing' });
      return undefined;
    }
    const yaml = parseLocated(fs.readFileSync(file, 'utf8'));
    located.set(rel(file), yaml);
    // One syntax slip, one message: what the parser reports after it is about the same spot.
    if (yaml.syntaxError) {
      problems.push({ file: rel(file), line: yaml.syntaxError.line, message: yaml.syntaxError.message });
      return undefined;
    }
    return validate(rel(file), yaml, schema);
  }

  function validate<S extends z.ZodType>(file: string, yaml: LocatedYaml, schema: S): z.output<S> | undefined {
    const data = yaml.data;
    const result = schema.safeParse(data ?? {});
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      problems.push({ file, line: yaml.lineOf(issue.path, key), entry: entryName(data, issue.path), message: describeIssue(issue) });
    }
    return undefined;
  }

  /** The line of a value in a file already parsed. */
  const lineIn = (file: string, at: PropertyKey[]) => located.get(file)?.lineOf(at);

  const articleFile = path.join(dir, 'article.yaml');
  const article = parseFile(articleFile, articleFileSchema);
  const sections: Section[] = [];
  for (const s of article?.sections ?? []) {
    sections.push({ id: s.id, title: s.title, titleEs: s.title_es, text: s.text, listLabelEs: s.list_label_es });
    for (const item of s.items ?? [])
      sections.push({ id: item.id, title: item.title, titleEs: item.title_es, text: item.text, textEs: item.text_es, parent: s.id });
  }
  const sectionIds = new Set<string>();
  for (const s of sections) {
    if (sectionIds.has(s.id)) problems.push({ file: rel(articleFile), entry: s.id, message: `duplicate section id '${s.id}'` });
    sectionIds.add(s.id);
  }
  const checkSource = (file: string, entry: string, field: string, source: string | undefined, at: PropertyKey[] = []) => {
    if (source !== undefined && article && !sectionIds.has(source))
      problems.push({ file, line: lineIn(file, at), entry, message: `${field} '${source}' is not a section id in article.yaml (known: ${[...sectionIds].slice(0, 6).join(', ')}, …)` });
  };

  const questions: QuestionEntry[] = [];
  const entryIds = new Map<string, string>();
  const claimId = (file: string, entryId: string, at: PropertyKey[]) => {
    const previous = entryIds.get(entryId);
    if (previous) problems.push({ file, line: lineIn(file, at), entry: entryId, message: `duplicate id '${entryId}' (also in ${previous})` });
    else entryIds.set(entryId, file);
  };
  const questionDir = path.join(dir, 'questions');
  const questionFiles = fs.existsSync(questionDir)
    ? fs.readdirSync(questionDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(questionDir, f))
    : [];
  if (!questionFiles.length) problems.push({ file: rel(questionDir), message: 'no question files (*.yaml) found' });
  for (const file of questionFiles) {
    const parsed = parseFile(file, questionsFileSchema);
    for (const [i, q] of (parsed?.questions ?? []).entries()) {
      claimId(rel(file), q.id, ['questions', i, 'id']);
      checkSource(rel(file), q.id, 'source', q.source, ['questions', i, 'source']);
      q.also_cites.forEach((id, k) => checkSource(rel(file), q.id, 'also_cites', id, ['questions', i, 'also_cites', k]));
      const { answer_es, also_cites, ...rest } = q;
      questions.push({ ...rest, ...(also_cites.length && { alsoCites: also_cites }), answerEs: answer_es, file: rel(file) });
    }
  }

  const notCoveredFile = path.join(dir, 'not-covered.yaml');
  const notCovered: NotCoveredTopic[] = [];
  for (const [i, t] of (parseFile(notCoveredFile, notCoveredFileSchema, true)?.topics ?? []).entries()) {
    claimId(rel(notCoveredFile), t.id, ['topics', i, 'id']);
    checkSource(rel(notCoveredFile), t.id, 'related', t.related, ['topics', i, 'related']);
    const { reply_es, ...rest } = t;
    notCovered.push({ ...rest, replyEs: reply_es, file: rel(notCoveredFile) });
  }

  const glossaryFile = path.join(dir, 'glossary.yaml');
  const glossary: GlossaryTerm[] = (parseFile(glossaryFile, glossaryFileSchema, true)?.terms ?? []).map(
    ({ definition_es, is_a, ...t }) => ({ ...t, isA: is_a, definitionEs: definition_es }),
  );
  glossary.forEach((t, i) => checkSource(rel(glossaryFile), t.term, 'source', t.source, ['terms', i, 'source']));
  // "which drug does it name?" has one answer: a kind given to two terms would leave it to chance.
  const kindOf = new Map<string, string>();
  glossary.forEach((t, i) =>
    t.isA.forEach((kind, k) => {
      const other = kindOf.get(kind.toLowerCase());
      if (other) problems.push({ file: rel(glossaryFile), line: lineIn(rel(glossaryFile), ['terms', i, 'is_a', k]), entry: t.term, message: `is_a "${kind}" is already given to "${other}": give each kind to one term` });
      else kindOf.set(kind.toLowerCase(), t.term);
    }),
  );

  const synonymsFile = rel(path.join(dir, 'synonyms.yaml'));
  const synonyms = parseFile(path.join(dir, 'synonyms.yaml'), synonymsFileSchema, true)?.groups ?? [];
  // A word in two groups means two things at once; only the first group would ever see it.
  const groupOf = new Map<string, number>();
  synonyms.forEach((group, g) => {
    for (const [m, member] of group.entries()) {
      const key = member.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const first = groupOf.get(key);
      if (first !== undefined && first !== g)
        problems.push({ file: synonymsFile, line: lineIn(synonymsFile, ['groups', g, m]), entry: group[0], message: `"${member}" is already in the group starting "${synonyms[first][0]}": keep it in one group only` });
      else groupOf.set(key, g);
    }
  });
  const spanish = parseFile(path.join(dir, 'spanish.yaml'), spanishFileSchema, true)?.terms ?? {};

  const updates = loadUpdates(path.join(dir, 'updates'), rel, problems, (file, entry, related, line) => {
    if (related !== undefined && article && !sectionIds.has(related))
      problems.push({ file, line, entry, message: `related: '${related}' is not a section id in article.yaml (known: ${[...sectionIds].slice(0, 6).join(', ')}, …)` });
  }, sectionIds);

  const languageDir = path.join(dir, 'language');
  const en = parseFile(path.join(languageDir, 'en.yaml'), englishFileSchema);
  const es = parseFile(path.join(languageDir, 'es.yaml'), spanishLanguageFileSchema);
  const articleWords = parseFile(path.join(languageDir, 'article-words.yaml'), articleWordsFileSchema);
  const cues = parseFile(path.join(languageDir, 'cues.yaml'), cuesFileSchema(CUE_NAMES));
  const missingCues = CUE_NAMES.filter((name) => cues && !cues.some((c) => c.name === name));
  if (missingCues.length) {
    const message = `missing cues: ${missingCues.join(', ')} (every cue the engine knows needs a rule)`;
    problems.push({ file: rel(path.join(languageDir, 'cues.yaml')), message });
  }

  const dialogue = parseFile(path.join(languageDir, 'dialogue.yaml'), dialogueFileSchema, true) ?? emptyDialogue();
  const replies = parseFile(path.join(languageDir, 'replies.yaml'), repliesFileSchema);
  const idioms = parseFile(path.join(languageDir, 'idioms.yaml'), idiomsFileSchema, true) ?? { en: [], es: [] };

  if (problems.length) throw new KnowledgeError(problems);
  const language: LanguageData = { en: en!, es: es!, articleWords: articleWords!.words, reportingVerbs: articleWords!.reporting_verbs, cues: cues!, idioms };
  return { title: article!.title, date: dateText(article!.date), sections, questions, notCovered, glossary, synonyms, spanish, updates, language, dialogue, replies: replies! };
}

/** The dialogue data when knowledge/language/dialogue.yaml is absent: no list, yes/no or follow-up language. */
export function emptyDialogue(): Dialogue {
  const leads = { yes: '-', no: '-', hedged: '-', probable: '-', unknown: '-' };
  return dialogueFileSchema.parse({
    yes_no_starters: { en: [], es: [] },
    leads: { en: leads, es: leads },
    nothing_more: { en: '-', es: '-' },
    all_it_says: { en: '-', es: '-' },
    reason_again: { en: '-', es: '-' },
    certainty_stated: { en: '-', es: '-' },
    count_reply: { en: '-', es: '-' },
    lists_mentioning_reply: { en: '-', es: '-' },
    list_mentioning_line: { en: '-', es: '-' },
    article_adds: { en: '{quote}', es: '{quote}' },
    article_quote: { en: '{quote}', es: '{quote}' },
  });
}

/** Names the entry an issue points at: its id when it has one, else its position. */
function entryName(data: unknown, issuePath: PropertyKey[]): string | undefined {
  let node: unknown = data;
  let name: string | undefined;
  for (const key of issuePath) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const rec = node as Record<string, unknown>;
      if (typeof rec.id === 'string') name = rec.id;
      else if (typeof rec.term === 'string') name = rec.term;
      else if (typeof rec.name === 'string') name = rec.name;
      else if (typeof rec.word === 'string') name = rec.word;
    }
  }
  return name;
}

/** "file:line [entry]: message" — what an editor needs to open the right place. */
export function describeProblem(p: KnowledgeProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.entry ? ` [${p.entry}]` : ''}: ${p.message}`;
}

/** YAML may read an unquoted date as a Date: kept as YYYY-MM-DD text. */
function dateText(date: string | Date | undefined): string | undefined {
  return date instanceof Date ? date.toISOString().slice(0, 10) : date;
}

/** An update's file name: the date, then a slug of lower-case words joined by hyphens. */
const UPDATE_FILE = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/**
 * Reads knowledge/updates/*.md strictly: front matter with date, title and source (the publication or URL), an optional
 * `related` section id, a file name whose date is the front matter's, and a body. Problems name the file and line.
 */
function loadUpdates(
  updatesDir: string,
  rel: (file: string) => string,
  problems: KnowledgeProblem[],
  checkRelated: (file: string, entry: string, related: string | undefined, line?: number) => void,
  sectionIds: Set<string>,
): Update[] {
  const updates: Update[] = [];
  const names = fs.existsSync(updatesDir)
    ? fs.readdirSync(updatesDir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort()
    : [];
  for (const name of names) {
    const file = rel(path.join(updatesDir, name));
    const id = name.replace(/\.md$/, '');
    const raw = fs.readFileSync(path.join(updatesDir, name), 'utf8');
    const named = UPDATE_FILE.exec(name);
    if (!named) {
      const message = 'the file name must be the date and a few lower-case words joined by hyphens, e.g. 2026-12-01-more-expulsions.md';
      problems.push({ file, entry: id, message });
    }
    const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(raw);
    if (!match) {
      problems.push({ file, line: 1, entry: id, message: 'needs front matter between --- lines with date, title and source (see knowledge/updates/README.md)' });
      continue;
    }
    const front = parseLocated(match[1], 2);
    if (front.syntaxError) {
      problems.push({ file, line: front.syntaxError.line, entry: id, message: `front matter is ${front.syntaxError.message}` });
      continue;
    }
    const result = updateFrontMatterSchema.safeParse(front.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        problems.push({ file, line: front.lineOf(issue.path, key), entry: id, message: describeIssue(issue) });
      }
      continue;
    }
    const meta = result.data;
    const date = dateText(meta.date)!;
    const problemsBefore = problems.length;
    if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)
      problems.push({ file, line: front.lineOf(['date']), entry: id, message: `date: ${date} is not a day of the calendar` });
    // An update tells what has happened: dated ahead, answers would list it while the day's digest leaves it out.
    // (A day's grace: the editor's today may be tomorrow in UTC.)
    else if (Date.parse(`${date}T00:00:00Z`) > Date.now() + DAY_MS)
      problems.push({ file, line: front.lineOf(['date']), entry: id, message: `date: ${date} is in the future: date an update the day it happened (or the day of its source)` });
    else if (named && named[1] !== date)
      problems.push({ file, line: front.lineOf(['date']), entry: id, message: `date: ${date} differs from the date in the file name (${named[1]}): make them the same` });
    // Before this format, `source` held a section id: say where that now goes.
    if (sectionIds.has(meta.source))
      problems.push({ file, line: front.lineOf(['source']), entry: id, message: `source: '${meta.source}' is a section id — source is now the publication or URL the update comes from; put the section id under related:` });
    checkRelated(file, id, meta.related, front.lineOf(['related']));
    // An HTML comment is a note to editors (the scaffold's "write what happened here"), not text of the update.
    const body = match[2].replace(/<!--[\s\S]*?-->/g, '').trim();
    if (!body) problems.push({ file, line: raw.split('\n').length, entry: id, message: 'the update has no text after the front matter: write what happened, from the source' });
    if (problems.length > problemsBefore) continue;
    updates.push({ id, date, title: meta.title, source: meta.source, related: meta.related, body, file });
  }
  return updates.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
