// Schemas of the knowledge files: what a non-developer may write, checked at load with messages that say how to fix it.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be kebab-case letters and digits, e.g. how-many-expelled');
const text = z.string().trim().min(1, 'must not be empty');
/** Answers are shown in chat: keep them concise. */
export const MAX_ANSWER_CHARS = 900;

export const articleFileSchema = z.strictObject({
  title: text,
  sections: z
    .array(
      z.strictObject({
        id,
        title: text,
        text,
        items: z.array(z.strictObject({ id, title: text, text })).optional(),
      }),
    )
    .min(1, 'needs at least one section'),
});

export const questionsFileSchema = z.strictObject({
  questions: z.array(
    z.strictObject({
      id,
      source: text,
      phrasings: z
        .array(text)
        .min(1, 'needs at least one phrasing')
        .refine((p) => !p.length || /^[¿¡"“]?\p{Lu}.*\?$/u.test(p[0]), {
          message: 'the first phrasing is shown to users as a suggestion: write it as a full question, e.g. "How many people did Mexico expel?"',
        }),
      answer: text.max(MAX_ANSWER_CHARS, `is too long: keep answers under ${MAX_ANSWER_CHARS} characters`),
    }),
  ),
});

export const notCoveredFileSchema = z.strictObject({
  topics: z.array(
    z.strictObject({
      id,
      phrasings: z.array(text).min(1, 'needs at least one phrasing'),
      reply: text.max(400, 'is too long: one sentence is enough'),
      related: z.string().optional(),
    }),
  ),
});

export const glossaryFileSchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      term: text,
      aliases: z.array(text).default([]),
      es: z.array(text).default([]),
      definition: text.max(MAX_ANSWER_CHARS),
      source: text,
    }),
  ),
});

export const synonymsFileSchema = z.strictObject({
  groups: z.array(z.array(text).min(2, 'a synonym group needs at least two words')),
});

export const spanishFileSchema = z.strictObject({
  terms: z.record(z.string().trim().min(1), text),
});

export const updateFrontMatterSchema = z.strictObject({
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-29'), z.date()]),
  title: text,
  source: z.string().optional(),
});

/** Formats a zod issue as "path: message". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

const words = z.array(z.string().trim().min(1)).default([]);
const bothLanguages = z.strictObject({ en: text, es: text });

/** knowledge/language/dialogue.yaml: how people refer to lists, ask yes/no questions and follow up. */
export const dialogueFileSchema = z.strictObject({
  ordinals: z.record(z.string(), z.number().int().min(1).max(50)).default({}),
  last_words: words,
  penultimate_words: words,
  middle_words: words,
  position_markers: words,
  list_nouns: words,
  list_pronouns: words,
  count_phrases: words,
  which_words: words,
  question_words: words,
  yes_no_starters: z.strictObject({ en: words, es: words }),
  hedge_phrases: words,
  likely_words: words,
  negation_words: words,
  leads: z.strictObject({
    en: z.strictObject({ yes: text, no: text, not_necessarily: text, likely: text, unknown: text }),
    es: z.strictObject({ yes: text, no: text, not_necessarily: text, likely: text, unknown: text }),
  }),
  continuation_starters: words,
  reason_words: words,
  more_phrases: words,
  why_phrases: words,
  nothing_more: bothLanguages,
  count_reply: bothLanguages,
  number_words: z.record(z.string(), text).default({}),
  answer_types: z
    .record(
      z.string(),
      z.array(
        z.string().refine(
          (p) => {
            try {
              new RegExp(p);
              return true;
            } catch {
              return false;
            }
          },
          { message: 'is not a valid regular expression' },
        ),
      ),
    )
    .default({}),
});
