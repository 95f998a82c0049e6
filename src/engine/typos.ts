// Stage "typos": misspelt question words, and words corrected against the knowledge's vocabulary.
import Fuse from 'fuse.js';

/** Shorter words are neither corrected nor offered as corrections: one slip makes them another word. */
export const MIN_FUZZY_LENGTH = 4;
/** From this length a typo may be two edits away ("artical"); shorter ones one. */
const TWO_EDITS_FROM = 7;
const MAX_CACHE = 5000;

type Lang = 'en' | 'es';

/**
 * Fixes misspelt question words before the question type is read ("wich" → "which"), question words stretched out
 * in chat ("whyyy" → "why"), and right after a question word a real word a slip away from the verb asked with ("wat
 * dose it say" → "does"). Built once from the language data; the fixer it returns runs for every message.
 */
export function questionWordFixer(typos: ReadonlyMap<string, string>, afterQuestionWord: ReadonlyMap<string, string> = new Map()): (words: string[]) => string[] {
  const questionWords = new Set(typos.values());
  return (words) => {
    const fixed = words.map((w) => {
      const typo = typos.get(w);
      if (typo) return typo;
      // A question word stretched out in chat ("whyyy", "howw") is that word.
      const squeezed = w.replace(/(\p{L})\1+$/u, '$1');
      return squeezed !== w && questionWords.has(squeezed) ? squeezed : w;
    });
    return fixed.map((w, i) => (i > 0 && questionWords.has(fixed[i - 1]) && afterQuestionWord.get(w)) || w);
  };
}

/** `questionWordFixer` applied once (tests, one-off callers). */
export function fixQuestionWords(words: string[], typos: ReadonlyMap<string, string>, afterQuestionWord: ReadonlyMap<string, string> = new Map()): string[] {
  return questionWordFixer(typos, afterQuestionWord)(words);
}

export interface TypoCorrectorOptions {
  /** Real English words are never "corrected" into knowledge words. */
  isEverydayWord: (word: string) => boolean;
  /** Between equally close corrections, a function word loses to a content word. */
  isFunctionWord: (word: string) => boolean;
  /**
   * How an English word sounds (a phonetic key): a misspelling written as it sounds ("dosent", "rezidens") is
   * corrected to the vocabulary word that sounds the same when no word is within the edit distance, and between
   * equally close words the one that sounds as typed is preferred. Optional.
   */
  phoneticKey?: (word: string) => string;
  /**
   * A rare word of real English ("spanner", "coffers", "brimming": in the subtitles a few times, too few to be
   * everyday): corrected at most one edit away and never by sound — two edits make it another word ("scanners",
   * "covers", "bribing"). Optional.
   */
  isRareRealWord?: (word: string) => boolean;
}

/** A correction by sound may be this many edits away per two letters of the word ("rezidens" → residence: 3). */
const SOUND_EDITS_PER_2 = 1;
/** Words shorter than this are not corrected by sound: short words sound like too many others. */
const MIN_SOUND_LENGTH = 5;

/** The vocabulary typos are corrected against, per language: an English typo must not become a Spanish word. */
export class TypoCorrector {
  private readonly vocabulary = { en: new Set<string>(), es: new Set<string>() };
  private fuzzy = { en: new Map<string, () => Fuse<string>>(), es: new Map<string, () => Fuse<string>>() };
  private dirty = true;
  private readonly cache = new Map<string, string | null>();
  /** English vocabulary by first letter, then by phonetic key: each letter's map is built when a typo needs it. */
  private sounds = new Map<string, Map<string, string[]>>();

  constructor(private readonly options: TypoCorrectorOptions) {}

  has(word: string, language: Lang): boolean {
    return this.vocabulary[language].has(word);
  }

  add(word: string, language: Lang): void {
    if (this.vocabulary[language].has(word)) return;
    this.vocabulary[language].add(word);
    this.dirty = true;
  }

  /** The closest vocabulary word to a typo, or null. fuse.js scores short strings well: this is its job here. */
  correct(word: string, language: Lang): string | null {
    const cacheKey = `${language}:${word}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    // A real English word is not a typo, in an English question or in Spanglish ("weather" is not "whether").
    if (this.options.isEverydayWord(word)) return null;
    if (this.dirty) this.rebuild();
    // fuse.js proposes candidates; an edit-distance check keeps only real typos.
    const rareReal = this.options.isRareRealWord?.(word) ?? false;
    const maxEdits = word.length >= TWO_EDITS_FROM && !rareReal ? 2 : 1;
    let best: string | null = null;
    // The fewest edits wins; between equals, the word with the same letters ("sitll" is "still" swapped, not "sill").
    const sorted = [...word].sort().join('');
    for (const lang of language === 'es' ? (['es', 'en'] as const) : (['en'] as const)) {
      const fuse = this.fuzzy[lang].get(word[0])?.();
      if (!fuse) continue;
      let bestCost = Infinity;
      // (English words only are keyed by sound: Metaphone is English.)
      const sound = lang === 'en' && this.options.phoneticKey ? this.options.phoneticKey : undefined;
      const typedSound = sound?.(word);
      // (fuse.js scores two letters swapped as two errors — too many in a short word: "dwon", "tkae". Each word the
      // swap of two neighbouring letters makes is a candidate too.)
      const swaps = [...word.slice(1)].map((_, i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)).filter((x) => x !== word && this.vocabulary[lang].has(x));
      for (const item of [...swaps, ...fuse.search(word, { limit: 10 }).map((r) => r.item)]) {
        const edits = editDistance(word, item);
        // Between equally close words: the same letters ("sitll" → still), then the word with a letter the typo
        // dropped ("sactions" → sanctions, not sections: the commonest slip), then one that sounds as typed ("rezults"
        // → results, not resorts), then a word over a function word ("happend" → happened, not happens). The
        // tie-breaks add up to less than one edit.
        const swapped = [...item].sort().join('') === sorted;
        const dropped = item.length === word.length + 1 && [...item].some((_, i) => item.slice(0, i) + item.slice(i + 1) === word);
        const sameSound = !!sound && sound(item) === typedSound;
        const cost = edits + (swapped ? 0 : 0.45) + (dropped ? 0 : 0.25) + (sameSound || !sound ? 0 : 0.15) + (this.options.isFunctionWord(item) ? 0.1 : 0);
        // (A rare real word two edits from a word it is a form of — "guatemalans" of "guatemala" — is still that word.)
        const form = rareReal && edits === 2 && (word.startsWith(item) || item.startsWith(word));
        if ((edits <= maxEdits || form) && edits <= 2 && cost < bestCost) [best, bestCost] = [item, cost];
      }
      if (best) break;
    }
    // Metaphone is English: Spanish words are not corrected by sound.
    if (!best && language === 'en' && !rareReal) best = this.bySound(word);
    if (this.cache.size > MAX_CACHE) this.cache.clear();
    this.cache.set(cacheKey, best);
    return best;
  }

  /** The English vocabulary word that sounds like `word` and is closest to it in spelling, if close enough. */
  private bySound(word: string): string | null {
    const key = this.options.phoneticKey;
    if (!key || word.length < MIN_SOUND_LENGTH) return null;
    const limit = Math.max(2, Math.floor(word.length / 2) * SOUND_EDITS_PER_2);
    let best: string | null = null;
    let bestEdits = Infinity;
    for (const item of this.soundsOf(word[0], key).get(key(word)) ?? []) {
      const edits = editDistanceUpTo(word, item, limit);
      if (edits <= limit && (edits < bestEdits || (edits === bestEdits && item[0] === word[0] && best?.[0] !== word[0])))
        [best, bestEdits] = [item, edits];
    }
    return best;
  }

  /** The English words starting with `letter`, by sound (like the fuzzy indexes, typos keep the first letter). */
  private soundsOf(letter: string, key: (word: string) => string): Map<string, string[]> {
    let byKey = this.sounds.get(letter);
    if (byKey) return byKey;
    byKey = new Map();
    for (const w of this.vocabulary.en) {
      if (w[0] !== letter || w.length < MIN_SOUND_LENGTH - 1 || this.options.isFunctionWord(w)) continue;
      const k = key(w);
      const list = byKey.get(k);
      if (list) list.push(w);
      else byKey.set(k, [w]);
    }
    this.sounds.set(letter, byKey);
    return byKey;
  }

  private rebuild(): void {
    this.fuzzy = { en: bucketed(this.vocabulary.en), es: bucketed(this.vocabulary.es) };
    this.sounds = new Map();
    this.dirty = false;
    this.cache.clear();
  }
}

/** Typos rarely change the first letter: one small fuse.js index per first letter keeps each lookup short. */
function bucketed(words: Set<string>): Map<string, () => Fuse<string>> {
  const buckets = new Map<string, string[]>();
  for (const w of words) {
    const list = buckets.get(w[0]);
    if (list) list.push(w);
    else buckets.set(w[0], [w]);
  }
  const options = {
    includeScore: true,
    threshold: 0.45,
    ignoreLocation: true,
    minMatchCharLength: 2,
    isCaseSensitive: true,
  };
  // Each letter's index is built the first time a typo starting with that letter needs it.
  return new Map(
    [...buckets].map(([letter, list]) => {
      let fuse: Fuse<string> | undefined;
      const get = () => (fuse ??= new Fuse(list, options));
      return [letter, get];
    }),
  );
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swapped neighbours ("trsut"). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swap) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Plain edit distance (insert, delete, substitute), for words of any length difference up to `limit`. */
function editDistanceUpTo(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
