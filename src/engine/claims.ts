// Stage "claims": a message that quotes a claim and asks whether the article backs it ("the script says 'X' — is that
// right?", "¿es correcto 'X'?") asks the yes/no question "is it true that X?".
import { MAX_QUESTION_CHARS, normalizeWords } from './normalise';

/** A quoted claim has at least this many words: a shorter quote is a term ("what does 'joint ops' mean?"). */
const MIN_CLAIM_WORDS = 4;
/** Words of its own (not function words or the check asked) the rest of a message may have: "my editor wants a hed". */
const MAX_OWN_WORDS = 4;

/**
 * The claim a message quotes to have it checked: a quoted span (straight or curly quotes; an apostrophe inside a word is
 * no quote) of MIN_CLAIM_WORDS words or more, when the rest of the message has a word asking for a check and none
 * asking a question of its own (`askingWords`: what, how, why…) or saying much else (`isFiller`: function words, words for
 * the article). Else undefined.
 */
export function quotedClaim(
  message: string,
  checkWords: readonly string[],
  askingWords: readonly string[] = [],
  isFiller: (word: string) => boolean = () => false,
): string | undefined {
  const text = message.slice(0, MAX_QUESTION_CHARS);
  // An opening quote after the start, a space, a colon or a bracket; its closing quote before a space, punctuation or
  // the end.
  const m = /(?:^|[\s:(\[—–-])(["“‘'])(.+?)(["”’'])(?=[\s.,;:?!)\]—–-]|$)/u.exec(text);
  if (!m) return undefined;
  const claim = m[2].trim().replace(/[.!?…]+$/, '');
  if (normalizeWords(claim).length < MIN_CLAIM_WORDS) return undefined;
  const rest = normalizeWords(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length));
  // "the host keeps saying 'X'. What does the article say about Y?" asks its own question: the quote is context.
  if (rest.some((w) => askingWords.includes(w))) return undefined;
  // …and so does one that says more than a few words of its own around the quote.
  if (rest.filter((w) => !checkWords.includes(w) && !isFiller(w)).length > MAX_OWN_WORDS) return undefined;
  return rest.some((w) => checkWords.includes(w)) ? claim : undefined;
}
