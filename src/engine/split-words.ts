// Words typed together ("howmany", "rootcauses") are split where both halves are words.

/**
 * Splits each word that is not a word itself (`isWord`) into two parts (`isPart`): "howmany" → "how many". Both halves have at least `minPart` letters; the split with the longer shorter half wins.
 */
export function splitRunTogether(
  text: string,
  isWord: (word: string) => boolean,
  isPart: (word: string) => boolean = isWord,
  minPart = 3,
): string {
  // Whole words of plain letters only: "soberanía" is one word, not "soberan" + "ía".
  return text.replace(/(?<![\p{L}\p{N}])[A-Za-z]{6,30}(?![\p{L}\p{N}])/gu, (token) => {
    const word = token.toLowerCase();
    if (isWord(word)) return token;
    let best: [string, string] | undefined;
    for (let i = minPart; i <= word.length - minPart; i++) {
      const a = word.slice(0, i);
      const b = word.slice(i);
      if (!isPart(a) || !isPart(b)) continue;
      if (!best || Math.min(a.length, b.length) > Math.min(best[0].length, best[1].length)) best = [a, b];
    }
    return best ? `${best[0]} ${best[1]}` : token;
  });
}
