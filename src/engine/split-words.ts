// Words typed together ("howmany", "rootcauses", "ruleoflaw") are split where every part is a word.

export interface SplitOptions {
  /** A part that is a misspelt word ("drugtraficking" → "drug traficking", corrected later). Only long parts. */
  isNearPart?: (word: string) => boolean;
  /** A short function word that may be a part of its own ("itsay" → "it say", "ruleoflaw" → "rule of law"). */
  isShortPart?: (word: string) => boolean;
  /** Parts at most (2 or 3). */
  maxParts?: number;
  /** Letters a part has at least, unless it is a short function word. */
  minPart?: number;
  /**
   * A word as written, not only one close to a word: a token `isWord` accepts as a probable typo ("lastthing" is a
   * slip from no word, yet near one) is still split when its parts are all words ("last thing"). Optional.
   */
  isExactWord?: (word: string) => boolean;
}

/** Letters a misspelt part has at least (shorter ones are too easily a typo of anything), and the word beside it. */
const MIN_NEAR_PART = 6;
const MIN_BESIDE_NEAR = 4;
/** Words of one message looked at for splitting: a wall of run-together text costs no more than this many. */
const MAX_SPLITS_TRIED = 12;

/**
 * Splits each word that is not a word itself (`isWord`) into two or three parts (`isPart`): "howmany" → "how many",
 * "ruleoflaw" → "rule of law". Fewer parts win, then the split with the longer shortest part. When no split into words
 * exists, one long misspelt part beside a long word will do ("drugtraficking" → "drug traficking"), in two parts only.
 */
export function splitRunTogether(
  text: string,
  isWord: (word: string) => boolean,
  isPart: (word: string) => boolean = isWord,
  options: SplitOptions = {},
): string {
  const { isNearPart, isShortPart, isExactWord, maxParts = 3, minPart = 3 } = options;
  const exact = (part: string): boolean => (part.length >= minPart ? isPart(part) : !!isShortPart?.(part));
  let tried = 0;
  // (A message all in capitals is shouted: its words are words.)
  const shouted = text === text.toUpperCase();
  // Whole words of plain letters only: "soberanía" is one word, not "soberan" + "ía".
  return text.replace(/(?<![\p{L}\p{N}])[A-Za-z]{5,30}(?![\p{L}\p{N}])/gu, (token) => {
    const word = token.toLowerCase();
    // A word written in capitals among lower-case ones is an acronym ("USAID"), not words typed together.
    if ((!shouted && token === token.toUpperCase()) || ++tried > MAX_SPLITS_TRIED) return token;
    // (A word only near a word, "hedgesdo", is split when every part is a word as written: "hedges do" — not a name
    // written with a capital, "Noreste".)
    if (isWord(word)) {
      const parts = isExactWord && token === word && !isExactWord(word) ? bestSplit(word, 2, exact) : undefined;
      return parts ? parts.join(' ') : token;
    }
    const best = bestSplit(word, maxParts, exact) ?? (isNearPart ? nearSplit(word, exact, isNearPart) : undefined);
    return best ? best.join(' ') : token;
  });
}

/** The split into 2..maxParts words with the fewest parts, then the longest shortest part. */
function bestSplit(word: string, maxParts: number, exact: (part: string) => boolean): string[] | undefined {
  let best: string[] | undefined;
  const shortest = (parts: string[]) => Math.min(...parts.map((p) => p.length));
  const consider = (parts: string[]) => {
    if (parts.every(exact) && (!best || parts.length < best.length || (parts.length === best.length && shortest(parts) > shortest(best)))) best = parts;
  };
  for (let i = 1; i < word.length; i++) consider([word.slice(0, i), word.slice(i)]);
  if (best || maxParts < 3) return best;
  for (let i = 1; i < word.length - 1; i++) {
    if (!exact(word.slice(0, i))) continue;
    for (let j = i + 1; j < word.length; j++) consider([word.slice(0, i), word.slice(i, j), word.slice(j)]);
  }
  return best;
}

/** Two parts: a word of at least `MIN_BESIDE_NEAR` letters and a misspelt word of at least `MIN_NEAR_PART`. */
function nearSplit(word: string, exact: (part: string) => boolean, isNearPart: (part: string) => boolean): string[] | undefined {
  for (let i = MIN_BESIDE_NEAR; i <= word.length - MIN_BESIDE_NEAR; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    // The cheap check first: a word on one side, then whether the other side is a misspelling.
    if (b.length >= MIN_NEAR_PART && exact(a) && isNearPart(b)) return [a, b];
    if (a.length >= MIN_NEAR_PART && exact(b) && isNearPart(a)) return [a, b];
  }
  return undefined;
}
