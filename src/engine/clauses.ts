// Stage "clauses": a message asking two questions at once, cut into the two.
import { escapeRegExp, MAX_QUESTION_CHARS } from './normalise';

/** Each part must be at least this many words to be a question of its own ("X and how?" is one). */
const MIN_CLAUSE_WORDS = 3;


/**
 * "What does it anticipate, and what must change?", "Could you sum up what happened and how the writer sees it?",
 * "¿Qué dice? ¿Y qué propone?" → the two questions; anything before the first (a preamble) stays with it, as its
 * context. Undefined unless there are exactly two.
 */
export function questionClauses(
  message: string,
  joiners: readonly string[],
  starters: readonly string[],
  unsplitBefore: readonly string[] = [],
): [string, string] | undefined {
  // Curly apostrophes as phones type them ("what’s") are the straight ones the word lists use.
  const text = message.slice(0, MAX_QUESTION_CHARS).replace(/[’‘]/g, "'").trim();
  if (!joiners.length || !starters.length) return undefined;
  const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const two = (a: string, b: string): [string, string] | undefined =>
    words(a) >= MIN_CLAUSE_WORDS && words(b) >= MIN_CLAUSE_WORDS ? [a.trim(), b.trim()] : undefined;
  // Two question sentences: "…? …?" (or "¿…? ¿…?").
  const asked = [...text.matchAll(/[^?¿.!]*\?/g)];
  if (asked.length === 2 && text.endsWith('?')) {
    const cut = asked[0].index! + asked[0][0].length;
    const second = text.slice(cut).replace(/^[\s¿]+/, '');
    // "¿…? ¿…?": the second begins with its own "¿".
    return two(text.slice(0, cut), second);
  }
  if (asked.length > 2) return undefined;
  const starter = starters.map(escapeRegExp).join('|');
  const joiner = joiners.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
  const splitter = new RegExp(`(?:,\\s*|\\s+)(?:${joiner})\\s+(?=(?:${starter})(?![\\p{L}\\p{N}'’]))`, 'giu');
  const cuts = [...text.matchAll(splitter)];
  if (cuts.length !== 1) return undefined;
  const at = cuts[0].index!;
  // "the difference between what X did and what Y did" is one question: "between" asks for both sides at once.
  const before = (text.slice(0, at).split(/(?<=[.!?])\s+/).pop() ?? '').toLowerCase().split(/\s+/);
  if (before.some((w) => unsplitBefore.includes(w.replace(/[^\p{L}]/gu, '')))) return undefined;
  return two(text.slice(0, at), text.slice(at + cuts[0][0].length));
}

/**
 * The message without a concessive clause ("…, even if they don't take down the group?", "aunque no acaben con…"):
 * the clause grants a premise, it is not what is asked. Cut from its marker to the next comma or the end of the
 * sentence; the message as typed when nothing would be left to ask.
 */
export function withoutConcession(message: string, markers: readonly string[], minWordsLeft = MIN_CLAUSE_WORDS): string {
  if (!markers.length) return message;
  const marker = markers.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|');
  // (A dot ends the clause only as a full stop: "the U.S. wants" goes on.)
  const clause = new RegExp(`(?:^|,\\s*|\\s+)(?:${marker})(?![\\p{L}\\p{N}])(?:[^,.;?!¿¡]|\\.(?=\\S))*(?:,\\s*)?`, 'giu');
  const cut = message.slice(0, MAX_QUESTION_CHARS).replace(clause, ' ').replace(/\s+([?!.])/g, '$1').trim();
  const words = cut.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cut !== message.trim() && words >= minWordsLeft ? cut : message;
}

/**
 * The pieces of a message set apart by punctuation: sentences, and the parts between commas, semicolons, colons and
 * dashes ("Lay out every step — all of them, our boss hates partial lists."), each with whether it ends in a
 * question mark. For finding the asides in it.
 */
export function messagePieces(message: string): Array<{ text: string; asks: boolean }> {
  const text = message.slice(0, MAX_QUESTION_CHARS);
  const out: Array<{ text: string; asks: boolean }> = [];
  for (const m of text.matchAll(/(.*?)([.!?¿¡;:,]+(?=\s|$)|\s[-–—]+\s|[–—]|$)/gsu)) {
    const piece = m[1].trim();
    if (piece) out.push({ text: piece, asks: m[2].includes('?') });
    if (!m[0]) break;
  }
  return out;
}

/** A which-question this short before a comma is followed by a guess at its answer ("which team, Leeds?"). */
const MAX_GUESS_QUESTION = 3;

/**
 * The message without the person it is said to ("how many were there, boss?", "compa, ¿cuántos fueron?"): one word
 * set off by a comma at the very end or the very start that can only name a listener (`listener`, as typed) is no
 * part of the question. The message as typed when nothing would be left to ask.
 */
export function withoutAddress(message: string, listener: (typed: string) => boolean, guessWords: readonly string[] = [], minWordsLeft = 2): string {
  // Only a question read whole (its end is its end, padding aside), and only around a question ("…, ándale" may be
  // the request itself).
  if (message.replace(/[\s!?.…]+$/u, '').length > MAX_QUESTION_CHARS || !message.includes('?')) return message;
  // "which drug, xylazine?": after a short which-question the word is a guess at the answer, not a listener.
  const guess = (before: string) => {
    const words = before.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.length <= MAX_GUESS_QUESTION && guessWords.includes(words[0] ?? '');
  };
  const cut = message
    .replace(/,\s*([\p{L}]+)\s*(\?[?!.…]*)\s*$/u, (all, word: string, end: string, at: number) => (listener(word) && !guess(message.slice(0, at)) ? end : all))
    .replace(/^(\s*[¿¡]?)([\p{L}]+)\s*,\s*/u, (all, lead: string, word: string) => (listener(word) ? lead : all));
  if (cut === message) return message;
  const words = cut.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words >= minWordsLeft ? cut : message;
}
