// Schemas of the knowledge files: what a non-developer may write, checked at load with messages that say how to fix it.
import { z } from 'zod';
import { CUE_NAMES } from '../engine/cues';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'must be kebab-case letters and digits, e.g. how-many-expelled');
const text = z.string().trim().min(1, 'must not be empty');
/**
 * The Spanish text of an English field: required wherever the English one exists, so a Spanish question never gets an
 * English answer. The message says which English field it translates.
 */
const spanishOf = (english: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing: write the Spanish translation of \`${english}\` here, faithfully — no fact added or dropped (see knowledge/README.md)`
          : 'must be text',
    })
    .trim()
    .min(1, 'must not be empty');
/** Answers are shown in chat: keep them concise. */
export const MAX_ANSWER_CHARS = 900;
/** Phrasings stay editor-sized: the engine also reads the article's own sentences, so a few varied ones are enough. */
export const MAX_PHRASINGS = 15;
const tooManyPhrasings = `has too many phrasings: keep at most ${MAX_PHRASINGS} — the most different ways of asking (other words, a short keyword form, a Spanish form), and drop near-duplicates`;

export const articleFileSchema = z.strictObject({
  title: text,
  /** The article's publication date, when known: "what's new?" with no updates names it. */
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-28'), z.date()]).optional(),
  sections: z
    .array(
      z.strictObject({
        id,
        title: text,
        title_es: spanishOf('title'),
        text,
        /** What the list's items are called in Spanish, plural ("elementos clave"): counts say "enumera cuatro …". */
        list_label_es: z.string().trim().min(1, 'must not be empty').optional(),
        items: z.array(z.strictObject({ id, title: text, title_es: spanishOf('title'), text, text_es: spanishOf('text') })).optional(),
      }),
    )
    .min(1, 'needs at least one section')
    .superRefine((sections, ctx) => {
      sections.forEach((s, i) => {
        if ((s.items?.length ?? 0) >= 2 && !s.list_label_es)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'list_label_es'],
            message: 'is missing: a section with a list needs the Spanish name of its items, plural (e.g. "elementos clave")',
          });
      });
    }),
});

export const questionsFileSchema = z.strictObject({
  questions: z.array(
    z.strictObject({
      id,
      source: text,
      // Other sections the answer also draws on: each is cited after `source`.
      also_cites: z.array(text).default([]),
      phrasings: z
        .array(text)
        .min(1, 'needs at least one phrasing')
        .max(MAX_PHRASINGS, tooManyPhrasings)
        .refine((p) => !p.length || /^[¿¡"“]?\p{Lu}.*\?$/u.test(p[0]), {
          message: 'the first phrasing is shown to users as a suggestion: write it as a full question, e.g. "How many people did Mexico expel?"',
        }),
      answer: text.max(MAX_ANSWER_CHARS, `is too long: keep answers under ${MAX_ANSWER_CHARS} characters`),
      answer_es: spanishOf('answer').max(MAX_ANSWER_CHARS, `is too long: keep answers under ${MAX_ANSWER_CHARS} characters`),
    }),
  ),
});

export const notCoveredFileSchema = z.strictObject({
  topics: z.array(
    z.strictObject({
      id,
      phrasings: z.array(text).min(1, 'needs at least one phrasing').max(MAX_PHRASINGS, tooManyPhrasings),
      reply: text.max(400, 'is too long: one sentence is enough'),
      reply_es: spanishOf('reply').max(450, 'is too long: one sentence is enough'),
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
      is_a: z.array(text).default([]),
      definition: text.max(MAX_ANSWER_CHARS),
      definition_es: spanishOf('definition').max(MAX_ANSWER_CHARS),
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

/** A required text field, with what it is for when it is missing. */
const required = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? `is required: ${what}` : 'must be text') })
    .trim()
    .min(1, `must not be empty: ${what}`);

/** Front matter of knowledge/updates/*.md: a dated development of the story, written from a cited source. */
export const updateFrontMatterSchema = z.strictObject({
  date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-12-01'), z.date()], {
    error: (issue) => (issue.input === undefined ? 'is required: the day of the development, like 2026-12-01' : 'must be a date like 2026-12-01'),
  }),
  title: required('one short line saying what happened').pipe(z.string().max(120, 'is too long: keep the title under 120 characters')),
  source: required('the publication or URL the update comes from, e.g. "Reuters, 1 Dec 2026" or https://…'),
  related: z.string().trim().min(1, 'must be a section id from article.yaml, or left out').optional(),
});

/** Formats a zod issue as "path: message". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

const dialogueWords = z.array(z.string().trim().min(1)).default([]);
/** A regular expression written in a language file: it must compile. */
const pattern = z.string().refine(
  (p) => {
    try {
      new RegExp(p);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);
const bothLanguages = z.strictObject({ en: text, es: text });

/** knowledge/language/dialogue.yaml: how people refer to lists, ask yes/no questions and follow up. */
export const dialogueFileSchema = z.strictObject({
  ordinals: z.record(z.string(), z.number().int().min(1).max(50)).default({}),
  last_words: dialogueWords,
  penultimate_words: dialogueWords,
  from_end_links: dialogueWords.default([]),
  end_words: dialogueWords.default([]),
  relative_entry_words: dialogueWords.default([]),
  name_verb_endings: dialogueWords.default([]),
  modal_starters: dialogueWords.default([]),
  // (Each kind's cues must be cues the engine knows: a misspelt one would silently never match.)
  entry_kinds: z.record(z.string(), z.array(z.enum(CUE_NAMES))).default({}),
  middle_words: dialogueWords,
  position_markers: dialogueWords,
  list_nouns: dialogueWords,
  list_pronouns: dialogueWords,
  count_phrases: dialogueWords,
  rank_phrases: dialogueWords.default([]),
  rank_list_phrases: dialogueWords.default([]),
  rank_words: dialogueWords.default([]),
  rank_list_words: dialogueWords.default([]),
  rank_where_phrases: dialogueWords.default([]),
  anchored_previous_words: dialogueWords.default([]),
  list_label_fallback: bothLanguages.default({ en: 'items', es: 'elementos' }),
  relative_verbs: dialogueWords.default([]),
  claim_check_words: dialogueWords.default([]),
  attributed_openings: dialogueWords.default([]),
  asking_words: dialogueWords.default([]),
  headline_words: dialogueWords.default([]),
  headline_frame_words: dialogueWords.default([]),
  typed_follow_up_blockers: dialogueWords.default([]),
  headline_reply: bothLanguages.default({ en: 'The headline is “{title}”.', es: 'El titular es “{title}”.' }),
  claim_question: bothLanguages.default({ en: 'is it true that {claim}?', es: '¿es cierto que {claim}?' }),
  which_words: dialogueWords,
  which_scope_words: dialogueWords.default([]),
  count_verb_endings: dialogueWords.default([]),
  items_number_before: dialogueWords.default([]),
  which_scope_excluded: dialogueWords.default([]),
  which_scope_verbs_before: dialogueWords.default([]),
  question_words: dialogueWords,
  clause_joiners: dialogueWords,
  clause_starters: dialogueWords,
  clause_unsplit_before: dialogueWords,
  request_starters: dialogueWords,
  request_pronouns: dialogueWords,
  first_person_words: dialogueWords,
  asker_words: dialogueWords.default([]),
  many_words: dialogueWords.default([]),
  contents_words: dialogueWords.default([]),
  concessive_openers: dialogueWords.default([]),
  referring_after_contrast: dialogueWords.default([]),
  position_determiners: dialogueWords,
  position_determiners_alone: dialogueWords,
  position_trailing: dialogueWords,
  loose_list_nouns: dialogueWords,
  item_nouns: dialogueWords,
  item_of_pronouns: dialogueWords,
  item_of_words: dialogueWords,
  item_about_words: dialogueWords,
  topic_markers: dialogueWords,
  section_nouns: dialogueWords,
  last_question_phrases: dialogueWords.default([]),
  capitalised_words: dialogueWords.default([]),
  other_part_determiners: dialogueWords.default([]),
  indefinite_determiners: dialogueWords.default([]),
  own_writing_words: dialogueWords.default([]),
  end_phrases: dialogueWords,
  start_phrases: dialogueWords,
  sentence_words: dialogueWords,
  summary_frame_words: dialogueWords,
  embedded_question_verbs: dialogueWords,
  embedded_question_words: dialogueWords,
  reported_question_verbs: dialogueWords,
  topic_enders: dialogueWords,
  count_copulas: dialogueWords,
  count_back_references: dialogueWords,
  cardinals: dialogueWords,
  leading_words: dialogueWords,
  follow_up_fillers: dialogueWords,
  count_question: z.object({ en: z.string().min(1), es: z.string().min(1) }).default({ en: 'how many', es: 'cuántos' }),
  claim_number_before: dialogueWords,
  pro_forms: dialogueWords,
  back_references: dialogueWords,
  article_pronouns: dialogueWords,
  article_report_verbs: dialogueWords.default([]),
  disclosure_words: dialogueWords.default([]),
  object_report_verbs: dialogueWords.default([]),
  task_verbs: dialogueWords.default([]),
  referring_starters: dialogueWords.default([]),
  manner_words: dialogueWords.default([]),
  manner_not_before: dialogueWords.default([]),
  task_verbs_addressed: dialogueWords.default([]),
  task_leading_words: dialogueWords.default([]),
  task_objects: dialogueWords.default([]),
  task_article_asks: dialogueWords.default([]),
  undisclosed_words: dialogueWords.default([]),
  disclosure_asked_words: dialogueWords.default([]),
  detail_report_verbs: dialogueWords.default([]),
  upside_list_nouns: dialogueWords.default([]),
  upside_determiners: dialogueWords.default([]),
  possessive_references: dialogueWords.default([]),
  passive_auxiliaries: dialogueWords.default([]),
  agent_words: dialogueWords.default([]),
  idiom_insertable_words: dialogueWords.default([]),
  absolute_words: dialogueWords,
  doubt_words: dialogueWords.default([]),
  doubt_asked_words: dialogueWords.default([]),
  previous_words: dialogueWords,
  next_words: dialogueWords,
  position_verbs: dialogueWords,
  position_copulas: dialogueWords.default([]),
  position_scope_words: dialogueWords.default([]),
  list_words_plain: dialogueWords.default([]),
  // (`replace`: the reading stands for the sentence it reads, not beside it — its own words mislead.)
  paraphrases: z.array(z.strictObject({ from: pattern, to: text, replace: z.boolean().optional() })).default([]),
  yes_no_starters: z.strictObject({ en: dialogueWords, es: dialogueWords }),
  hedge_phrases: dialogueWords,
  probability_words: dialogueWords,
  negation_words: dialogueWords,
  leads: z.strictObject({
    en: z.strictObject({ yes: text, no: text, hedged: text, probable: text, unknown: text }),
    es: z.strictObject({ yes: text, no: text, hedged: text, probable: text, unknown: text }),
  }),
  continuation_starters: dialogueWords,
  reason_words: dialogueWords,
  cause_words: dialogueWords.default([]),
  open_question_words: dialogueWords.default([]),
  remedy_words: dialogueWords,
  remedy_asking_words: dialogueWords,
  detail_words: dialogueWords,
  alternative_joiners: dialogueWords,
  concessive_markers: dialogueWords,
  alternative_not_before: dialogueWords,
  certainty_words: dialogueWords.default([]),
  certainty_stated: bothLanguages,
  caveat_words: dialogueWords.default([]),
  caveat_determiners: dialogueWords.default([]),
  position_typo_words: dialogueWords.default([]),
  caveat_joining_words: dialogueWords.default([]),
  contrast_starters: dialogueWords.default([]),
  more_phrases: dialogueWords,
  why_phrases: dialogueWords,
  reason_again_phrases: dialogueWords,
  reason_connectives: dialogueWords.default([]),
  causing_verbs: dialogueWords.default([]),
  relative_words: dialogueWords.default([]),
  means_starters: dialogueWords.default([]),
  written_leads: dialogueWords.default([]),
  reason_connective_not_after: dialogueWords.default([]),
  reason_connective_not_before: dialogueWords.default([]),
  whole_words: dialogueWords,
  part_words: dialogueWords,
  part_phrases: dialogueWords,
  whole_purpose_phrases: dialogueWords,
  whole_be_words: dialogueWords,
  difficulty_words: dialogueWords,
  question_prepositions: dialogueWords,
  degree_words: dialogueWords.default([]),
  empty_pronouns: dialogueWords.default([]),
  nothing_more: bothLanguages,
  kind_question: z.string().trim().includes('{kind}', { message: 'must contain {kind}' }).optional(),
  kind_frame_words: dialogueWords.default([]),
  kind_ask_words: dialogueWords.default([]),
  kind_subject_words: dialogueWords.default([]),
  set_aside_words: dialogueWords.default([]),
  guess_words: dialogueWords.default([]),
  all_it_says: bothLanguages,
  reason_again: bothLanguages,
  count_reply: bothLanguages,
  lists_words: dialogueWords,
  lists_plural_words: dialogueWords,
  other_words: dialogueWords,
  lists_which_words: dialogueWords,
  lists_mention_verbs: dialogueWords,
  lists_mentioning_reply: bothLanguages,
  list_mentioning_line: bothLanguages,
  antonyms: z.array(z.tuple([text, text])).default([]),
  sufficiency_words: dialogueWords.default([]),
  person_nouns: dialogueWords.default([]),
  person_which_words: dialogueWords.default([]),
  person_who_words: dialogueWords.default([]),
  not_named: bothLanguages.default({ en: "The article doesn't say which {noun}.", es: 'El artículo no dice qué {noun}.' }),
  country_nouns: dialogueWords.default([]),
  place_contrary_words: dialogueWords.default([]),
  place_prepositions: dialogueWords.default([]),
  place_aspect_words: dialogueWords.default([]),
  place_names: dialogueWords.default([]),
  enumeration_item: bothLanguages.default({ en: '{item}: {position} of {count}. {text}', es: '{item}: {position} de {count}. {text}' }),
  enumeration_items: bothLanguages.default({ en: '{items}. {text}', es: '{items}. {text}' }),
  enumeration_count: bothLanguages.default({ en: '{count}: {items}. {text}', es: '{count}: {items}. {text}' }),
  rank_reply: bothLanguages.default({ en: '{item}: {position} of {count}.', es: '{item}: {position} de {count}.' }),
  article_adds: bothLanguages,
  /** A sentence of the English article shown as an answer: as it is in English, behind a Spanish lead-in in Spanish. */
  article_quote: bothLanguages,
  number_words: z.record(z.string(), text).default({}),
  number_words_es: z.record(z.string(), text).default({}),
  ordinal_words: z.record(z.string(), text).default({}),
  ordinal_words_es: z.record(z.string(), text).default({}),
  answer_types: z.record(z.string(), z.array(pattern)).default({}),
});
// Language data (knowledge/language/): words are matched after normalising, so they are written that way.
const plainWord = /^[a-z0-9]+$/;
const wordMessage = (w: string) => `"${w}" must be one lower-case word without accents or punctuation`;

/** A list of words, written as a YAML list or as one text of words separated by spaces. */
const wordList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((v) => (typeof v === 'string' ? v.split(/\s+/) : v.map(String)).filter(Boolean))
  .superRefine((words, ctx) => {
    for (const w of words) if (!plainWord.test(w)) ctx.addIssue({ code: 'custom', message: wordMessage(w) });
  });
/** Several words written as one text ("united states"). */
const words = z
  .string()
  .transform((v) => v.split(/\s+/).filter(Boolean))
  .superRefine((ws, ctx) => {
    if (!ws.length) ctx.addIssue({ code: 'custom', message: 'must not be empty' });
    for (const w of ws) if (!plainWord.test(w)) ctx.addIssue({ code: 'custom', message: wordMessage(w) });
  });
const word = z.string().regex(plainWord, 'must be one lower-case word without accents or punctuation');
const wordMap = z.record(word, z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits or "-"'));

export const englishFileSchema = z.strictObject({
  stopWords: wordList,
  fillerWords: wordList,
  fillerPhrases: z.array(text),
  markers: wordList,
  questionWordTypos: wordMap,
  afterQuestionWordTypos: wordMap.default({}),
  // Chat shorthand → the words it stands for ("whr" → "where", "abt" → "about"): read before anything else.
  shorthand: z.record(word, z.string().regex(/^[a-z0-9' ]+$/, 'must be lower-case words')).default({}),
  openers: z.array(z.strictObject({ word, becomes: word, notBefore: wordList.default([]) })).default([]),
  // Words a question may open with before its question word ("and who…?", "so how many…?"): the question type is
  // read without them too.
  leadIns: wordList.default([]),
  // Nouns for a question itself ("quick q", "pedantic question") and the words before one that describe the asking,
  // not its topic.
  questionNouns: wordList.default([]),
  questionAdjectives: wordList.default([]),
  leadInsNotBefore: wordList.default([]),
  jointNames: z.array(z.strictObject({ words, means: words })).default([]),
  pronounOrName: z
    .array(z.strictObject({ word, means: words, pronounAfter: wordList, nameBefore: wordList.default([]), capitalsPronounAfter: wordList.default([]) }))
    .default([]),
  phrasalVerbs: z.strictObject({ particles: wordList, objectWords: wordList, determiners: wordList }),
  stemOverrides: wordMap,
  stemPrefixes: wordMap,
  ownMeaningVerbForms: wordList,
  weakWords: wordList.default([]),
  // Two-letter function words a run-together word may hold as a part of its own ("ruleoflaw", "itsay").
  splitShortWords: wordList.default([]),
});

export const spanishLanguageFileSchema = z.strictObject({
  stopWords: wordList,
  markers: wordList,
  punctuation: text,
  accentedLetters: text,
  // Spanish endings and the English endings of their cognates ("-ción" → "-tion"): a word the dictionary lacks is read
  // as the English word they make, when the knowledge writes that word.
  cognateEndings: z.array(z.tuple([z.string().trim().min(1), z.string().trim()])).default([]),
});

export const articleWordsFileSchema = z.strictObject({ words: wordList, reporting_verbs: wordList.default([]) });

/** One idiom and the plain words it means: [idiom, meaning]; `*` in the idiom stands for a varying part (1–3 words). */
const idiomEntry = z
  .tuple([z.string().trim().min(1, 'the idiom must not be empty'), z.string().trim().min(1, 'the plain meaning must not be empty')])
  .superRefine(([idiom, plain], ctx) => {
    if (/^\s*\*/.test(idiom)) ctx.addIssue({ code: 'custom', message: `"${idiom}": an idiom must start with a word, not *` });
    if (!/[\p{L}\p{N}]/u.test(idiom.replace(/\*/g, ''))) ctx.addIssue({ code: 'custom', message: `"${idiom}" has no words` });
    if ((plain.match(/\*/g) ?? []).length > 1) ctx.addIssue({ code: 'custom', message: `"${plain}": at most one * in a meaning` });
  });
/** knowledge/language/idioms.yaml: figures of speech read as the plain words they mean, by language. */
export const idiomsFileSchema = z
  .strictObject({ en: z.array(idiomEntry).default([]), es: z.array(idiomEntry).default([]) })
  .superRefine((file, ctx) => {
    for (const language of ['en', 'es'] as const) {
      const seen = new Set<string>();
      file[language].forEach(([idiom], i) => {
        const key = idiom.toLowerCase().replace(/\s+/g, ' ');
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [language, i], message: `"${key}" is listed twice: keep one entry` });
        seen.add(key);
      });
    }
  });

const regexPieces = z.array(z.string().min(1, 'must not be empty')).default([]);

/**
 * cues.yaml: `{name}` in a cue's pieces stands for a word list under `lists`; the names are those the engine knows.
 * Returns the cues with their lists expanded, so the engine compiles plain regular expressions.
 */
export function cuesFileSchema(cueNames: readonly string[]) {
  return z
    .strictObject({
      lists: z
        .record(
          z.string().regex(/^[a-z][a-z0-9-]*$/, 'list names are kebab-case'),
          z.array(z.union([z.string(), z.number()]).transform(String)).min(1, 'a list needs at least one word'),
        )
        .default({}),
      cues: z.array(
        z
          .strictObject({
            name: z.enum(cueNames as [string, ...string[]], { message: `must be one of ${cueNames.join(', ')}` }),
            starts: regexPieces,
            words: regexPieces,
            patterns: regexPieces,
            unless: regexPieces,
            asking: regexPieces,
            examples: z.array(text).min(1, 'needs at least one example the cue must match'),
            not: z.array(text).default([]),
          })
          .refine((c) => c.starts.length + c.words.length + c.patterns.length + c.asking.length > 0, {
            message: 'needs starts, words, patterns or asking',
          }),
      ),
    })
    .superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.cues.forEach((cue, i) => {
        if (seen.has(cue.name))
          ctx.addIssue({ code: 'custom', path: ['cues', i, 'name'], message: `duplicate cue '${cue.name}'` });
        seen.add(cue.name);
        for (const field of ['starts', 'words', 'patterns', 'unless', 'asking'] as const) {
          cue[field].forEach((piece, j) => {
            const problem = checkPiece(piece, file.lists, field);
            if (problem) ctx.addIssue({ code: 'custom', path: ['cues', i, field, j], message: problem });
          });
        }
      });
    })
    .transform((file) =>
      file.cues.map((cue) => ({
        ...cue,
        starts: cue.starts.map((p) => expandLists(p, file.lists)),
        words: cue.words.map((p) => expandLists(p, file.lists)),
        patterns: cue.patterns.map((p) => expandLists(p, file.lists)),
        unless: cue.unless.map((p) => expandLists(p, file.lists)),
        asking: cue.asking.map((p) => expandLists(p, file.lists)),
      })),
    );
}

const LIST_REF = /\{([a-z][a-z0-9-]*)\}/g;

/** Replaces each `{name}` by "any one of the list's words" as a regular-expression group. */
export function expandLists(piece: string, lists: Record<string, string[]>): string {
  return piece.replace(LIST_REF, (_, name: string) => `(?:${lists[name].join('|')})`);
}

function checkPiece(piece: string, lists: Record<string, string[]>, field: string): string | undefined {
  for (const [, name] of piece.matchAll(LIST_REF)) if (!lists[name]) return `"{${name}}" is not a list under lists:`;
  try {
    const expanded = expandLists(piece, lists);
    new RegExp(field === 'words' || field === 'starts' || field === 'asking' ? `(?:${expanded})` : expanded);
  } catch (err) {
    return `"${piece}" is not a valid regular expression: ${(err as Error).message}`;
  }
  return undefined;
}

/** knowledge/language/replies.yaml: the bot's own words, and how it recognises small talk and questions about itself. */
export const repliesFileSchema = z.strictObject({
  replies: z.strictObject({
    decline: bothLanguages,
    empty: bothLanguages,
    greeting: bothLanguages,
    about: bothLanguages,
    goodbye: bothLanguages,
    welcome: bothLanguages,
    glad: bothLanguages,
  }),
  /** The words an answer is framed with on every platform: its source line and the questions offered after it. */
  labels: z.strictObject({ source: bothLanguages, related: bothLanguages, try_instead: bothLanguages }),
  /** How dated updates are cited and listed; `{date}`, `{title}`, `{source}`, `{text}` are filled in. */
  updates: z.strictObject({
    citation: bothLanguages,
    lead: bothLanguages,
    at_the_time: bothLanguages,
    note: bothLanguages,
    list_heading: bothLanguages,
    list_item: bothLanguages,
    none: bothLanguages,
    none_dated: bothLanguages,
  }),
  small_talk: z.strictObject({
    words: dialogueWords,
    spanish_words: dialogueWords,
    thanks_words: dialogueWords,
    glad_words: dialogueWords,
    bye_words: dialogueWords,
    acknowledgements: z.array(pattern).default([]),
    sign_offs: z.array(pattern).default([]),
    sign_offs_es: z.array(pattern).default([]),
  }),
  about_me: z.strictObject({ openers: dialogueWords, phrases: z.array(pattern).default([]), closers: dialogueWords }),
});
