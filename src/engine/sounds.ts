// How English words sound: Metaphone keys (talisman), so a misspelling written as it sounds finds its word.
// talisman ships CommonJS modules with a default export.
const talismanMetaphone = require('talisman/phonetics/metaphone') as { default?: (w: string) => string } & ((w: string) => string);
const encode = talismanMetaphone.default ?? talismanMetaphone;

/** The Metaphone key of a lower-case English word ("dosent" and "doesnt" → "TSNT"). */
export function metaphone(word: string): string {
  return encode(word);
}
