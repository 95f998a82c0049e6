// Loads knowledge/ (YAML and Markdown with front matter), validates it and reports every problem by file and entry.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors';
import { CUE_NAMES } from '../engine/cues';
import {
  articleFileSchema,
  articleWordsFileSchema,
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
import type { Dialogue, GlossaryTerm, Knowledge, LanguageData, NotCoveredTopic, QuestionEntry, Section, Update } from './types';

/** One thing wrong in one knowledge file. */
export interface KnowledgeProblem {
  file: string;
  entry?: string;
  message: string;
}

/** Thrown when the knowledge cannot be used; lists every problem found, not just the first. */
export class KnowledgeError extends UserError {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      'KNOWLEDGE_INVALID',
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p.file}${p.entry ? ` [${p.entry}]` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

/** Reads and validates the knowledge directory. Throws a KnowledgeError naming every bad file and entry. */
export function loadKnowledge(dir: string): Knowledge {
  const problems: KnowledgeProblem[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  function parseFile<S extends z.ZodType>(file: string, schema: S, optional = false): z.output<S> | undefined {
    if (!fs.existsSync(file)) {
      if (!optional) problems.push({ file: rel(file), message: 'file is missing' });
      return undefined;
    }
    const source = fs.readFileSync(file, 'utf8');
    const doc = YAML.parseDocument(source, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const line = e.linePos?.[0].line;
        const text = line ? source.split('\n')[line - 1]?.trim() : undefined;
        problems.push({ file: rel(file), message: `not valid YAML: ${e.message.split('\n')[0].replace(/:$/, '')}${text ? ` — "${text}"` : ''}` });
      }
      return undefined;
    }
    return validate(rel(file), doc.toJS(), schema);
  }

  function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): z.output<S> | undefined {
    const result = schema.safeParse(data ?? {});
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push({ file, entry: entryName(data, issue.path), message: describeIssue(issue) });
    return undefined;
  }

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
  const checkSource = (file: string, entry: string, field: string, source: string | undefined) => {
    if (source !== undefined && article && !sectionIds.has(source))
      problems.push({ file, entry, message: `${field} '${source}' is not a section id in article.yaml (known: ${[...sectionIds].slice(0, 6).join(', ')}, …)` });
  };

  const questions: QuestionEntry[] = [];
  const entryIds = new Map<string, string>();
  const claimId = (file: string, entryId: string) => {
    const previous = entryIds.get(entryId);
    if (previous) problems.push({ file, entry: entryId, message: `duplicate id '${entryId}' (also in ${previous})` });
    else entryIds.set(entryId, file);
  };
  const questionDir = path.join(dir, 'questions');
  const questionFiles = fs.existsSync(questionDir)
    ? fs.readdirSync(questionDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(questionDir, f))
    : [];
  if (!questionFiles.length) problems.push({ file: rel(questionDir), message: 'no question files (*.yaml) found' });
  for (const file of questionFiles) {
    const parsed = parseFile(file, questionsFileSchema);
    for (const q of parsed?.questions ?? []) {
      claimId(rel(file), q.id);
      checkSource(rel(file), q.id, 'source', q.source);
      const { answer_es, ...rest } = q;
      questions.push({ ...rest, answerEs: answer_es, file: rel(file) });
    }
  }

  const notCoveredFile = path.join(dir, 'not-covered.yaml');
  const notCovered: NotCoveredTopic[] = [];
  for (const t of parseFile(notCoveredFile, notCoveredFileSchema, true)?.topics ?? []) {
    claimId(rel(notCoveredFile), t.id);
    checkSource(rel(notCoveredFile), t.id, 'related', t.related);
    const { reply_es, ...rest } = t;
    notCovered.push({ ...rest, replyEs: reply_es, file: rel(notCoveredFile) });
  }

  const glossaryFile = path.join(dir, 'glossary.yaml');
  const glossary: GlossaryTerm[] = (parseFile(glossaryFile, glossaryFileSchema, true)?.terms ?? []).map(
    ({ definition_es, ...t }) => ({ ...t, definitionEs: definition_es }),
  );
  for (const t of glossary) checkSource(rel(glossaryFile), t.term, 'source', t.source);

  const synonyms = parseFile(path.join(dir, 'synonyms.yaml'), synonymsFileSchema, true)?.groups ?? [];
  // A word in two groups means two things at once; only the first group would ever see it.
  const groupOf = new Map<string, number>();
  synonyms.forEach((group, g) => {
    for (const member of group) {
      const key = member.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      const first = groupOf.get(key);
      if (first !== undefined && first !== g)
        problems.push({ file: 'knowledge/synonyms.yaml', entry: group[0], message: `"${member}" is already in the group starting "${synonyms[first][0]}": keep it in one group only` });
      else groupOf.set(key, g);
    }
  });
  const spanish = parseFile(path.join(dir, 'spanish.yaml'), spanishFileSchema, true)?.terms ?? {};

  const updates: Update[] = [];
  const updatesDir = path.join(dir, 'updates');
  const updateFiles = fs.existsSync(updatesDir)
    ? fs.readdirSync(updatesDir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort()
    : [];
  for (const name of updateFiles) {
    const file = rel(path.join(updatesDir, name));
    const raw = fs.readFileSync(path.join(updatesDir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
    if (!match) {
      problems.push({ file, message: 'needs front matter between --- lines with date and title (see knowledge/updates/README.md)' });
      continue;
    }
    let front: unknown;
    try {
      front = YAML.parse(match[1]);
    } catch (err) {
      problems.push({ file, message: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const meta = validate(file, front, updateFrontMatterSchema);
    const body = match[2].trim();
    if (!body) problems.push({ file, message: 'the update has no text after the front matter' });
    if (!meta || !body) continue;
    checkSource(file, name, 'source', meta.source);
    const date = meta.date instanceof Date ? meta.date.toISOString().slice(0, 10) : meta.date;
    updates.push({ id: name.replace(/\.md$/, ''), date, title: meta.title, source: meta.source, body, file });
  }
  updates.sort((a, b) => a.date.localeCompare(b.date));

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

  if (problems.length) throw new KnowledgeError(problems);
  const language: LanguageData = { en: en!, es: es!, articleWords: articleWords!.words, cues: cues! };
  return { title: article!.title, sections, questions, notCovered, glossary, synonyms, spanish, updates, language, dialogue, replies: replies! };
}

/** The dialogue data when knowledge/language/dialogue.yaml is absent: no list, yes/no or follow-up language. */
export function emptyDialogue(): Dialogue {
  const leads = { yes: '-', no: '-', hedged: '-', probable: '-', unknown: '-' };
  return dialogueFileSchema.parse({
    yes_no_starters: { en: [], es: [] },
    leads: { en: leads, es: leads },
    nothing_more: { en: '-', es: '-' },
    all_it_says: { en: '-', es: '-' },
    count_reply: { en: '-', es: '-' },
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
