// Words typed together ("howmany", "rootcauses", "ruleoflaw") are split where every part is a word.

export interface SplitOptions {
  /** A part that is a misspelt word ("crossborder" typed "crosborder", corrected later). Only long parts. */
  isNearPart?: (word: string) => boolean;
  /** A short function word that may be a part of its own ("itsay" → "it say", "sendamessage" → "send a message"). */
  isShortPart?: (word: string) => boolean;
  /** Parts at most (2 or 3). */
  maxParts?: number;
  /** Letters a part has at least, unless it is a short function word. */
  minPart?: number;
}

/** Letters a misspelt part has at least: shorter ones are too easily a typo of anything. */
const MIN_NEAR_PART = 5;

/**
 * Splits each word that is not a word itself (`isWord`) into two or three parts (`isPart`): "howmany" → "how many",
 * "ruleoflaw" → "rule of law". Fewer parts win, then parts that are words over misspelt ones, then the split with the
 * longer shortest part.
 */
export function splitRunTogether(
  text: string,
  isWord: (word: string) => boolean,
  isPart: (word: string) => boolean = isWord,
  options: SplitOptions = {},
): string {
  const { isNearPart, isShortPart, maxParts = 3, minPart = 3 } = options;
  // How good a part is: 2 a word, 1 a misspelt word, 0 not a part.
  const quality = (part: string): number => {
    if (part.length >= minPart && isPart(part)) return 2;
    if (part.length < minPart && isShortPart?.(part)) return 2;
    return part.length >= MIN_NEAR_PART && isNearPart?.(part) ? 1 : 0;
  };
  // Whole words of plain letters only: "soberanía" is one word, not "soberan" + "ía".
  return text.replace(/(?<![\p{L}\p{N}])[A-Za-z]{5,30}(?![\p{L}\p{N}])/gu, (token) => {
    const word = token.toLowerCase();
    if (isWord(word)) return token;
    const best = bestSplit(word, maxParts, quality);
    return best ? best.join(' ') : token;
  });
}

interface Split {
  parts: string[];
  /** Parts that are misspelt words. */
  near: number;
  shortest: number;
}

function better(a: Split, b: Split | undefined): boolean {
  if (!b) return true;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length;
  if (a.near !== b.near) return a.near < b.near;
  return a.shortest > b.shortest;
}

/**
 * The best way to cut `word` into 2..maxParts parts of non-zero quality. A misspelt part only in two parts, beside a
 * word of at least `MIN_NEAR_PART` letters too: "drugtrafficing", not "sinal o a".
 */
function bestSplit(word: string, maxParts: number, quality: (part: string) => number): string[] | undefined {
  let best: Split | undefined;
  const consider = (parts: string[]) => {
    const qualities = parts.map(quality);
    if (qualities.some((q) => !q)) return;
    const near = qualities.filter((q) => q === 1).length;
    if (near && (parts.length > 2 || near > 1 || parts.some((p) => p.length < MIN_NEAR_PART))) return;
    const candidate = { parts, near, shortest: Math.min(...parts.map((p) => p.length)) };
    if (better(candidate, best)) best = candidate;
  };
  for (let i = 1; i < word.length; i++) {
    consider([word.slice(0, i), word.slice(i)]);
  }
  if (!best && maxParts >= 3)
    for (let i = 1; i < word.length - 1; i++) for (let j = i + 1; j < word.length; j++) consider([word.slice(0, i), word.slice(i, j), word.slice(j)]);
  return best?.parts;
}
