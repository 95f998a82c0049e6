// Stage "normalise": text → plain lower-case words without accents, possessives or punctuation.

/** Questions longer than this are cut before analysis, so matching time stays bounded whatever is pasted in. */
export const MAX_QUESTION_CHARS = 1000;

/** Lower-cases, strips accents and possessives, and splits into plain words. */
export function normalizeWords(text: string): string[] {
  const clipped = text.slice(0, MAX_QUESTION_CHARS);
  // Most knowledge text is plain ASCII: it needs no accent folding.
  return (/^[\x00-\x7f]*$/.test(clipped) ? clipped : clipped.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}
