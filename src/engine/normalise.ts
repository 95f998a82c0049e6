// Stage "normalise": text → plain lower-case words without accents, possessives or punctuation.

/** Questions longer than this are cut before analysis, so matching time stays bounded whatever is pasted in. */
export const MAX_QUESTION_CHARS = 1000;

/** Text to match as written inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Not the dot of an abbreviation: a regular-expression part to put before `\.` — a single letter's dot or two
 * capitals' ("U.S.", "EE.UU.", "D.C.") ends no sentence or clause.
 */
export const NOT_ABBREVIATION = String.raw`(?<!(?:^|[\s.])(?:\p{L}|\p{Lu}{2}))`;

/** A clause's end: a comma, a mark of question or exclamation, a colon, a dash, or a dot that is no abbreviation's. */
export const CLAUSE_END = new RegExp(String.raw`[,!?;:—–]+|${NOT_ABBREVIATION}\.+`, 'u');

/** Texts kept split into words by `normalizeWords`. */
const MAX_WORDS_CACHE = 4096;
const wordsCache = new Map<string, string[]>();

/** Lower-cases, strips accents and possessives, and splits into plain words. */
export function normalizeWords(text: string): string[] {
  const clipped = text.slice(0, MAX_QUESTION_CHARS);
  // The stages read the same message and answer texts many times: the last few thousand are kept (a copy is given
  // out, so a caller may change its own).
  const kept = wordsCache.get(clipped);
  if (kept) return kept.slice();
  // Most knowledge text is plain ASCII: it needs no accent folding.
  const words = (/^[\x00-\x7f]*$/.test(clipped) ? clipped : clipped.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (wordsCache.size >= MAX_WORDS_CACHE) wordsCache.clear();
  wordsCache.set(clipped, words);
  return words.slice();
}

