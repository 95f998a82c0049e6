// Stage "claims": a message that quotes a claim and asks whether the article backs it ("the script says 'X' — is that
// right?", "¿es correcto 'X'?") asks the yes/no question "is it true that X?".
import { escapeRegExp, MAX_QUESTION_CHARS, normalizeWords } from './normalise';

/** A quoted claim has at least this many words: a shorter quote is a term ("what does 'a safe haven' mean?"). */
const MIN_CLAIM_WORDS = 4;
/** Words of its own (not function words or the check asked) the rest of a message may have: "my editor wants a hed". */
const MAX_OWN_WORDS = 4;
/** Quotes as people type them, each with its closing mark; a quote runs to the last closing mark of its kind. */
const QUOTES: Array<[string, string]> = [["'", "'"], ['"', '"'], ['“', '”'], ['‘', '’'], ['‘', "'"], ["'", '’']];
const QUOTED = QUOTES.map(
  ([open, close]) => new RegExp(`(?:^|[\\s:(\\[—–-])${escapeRegExp(open)}(.+)${escapeRegExp(close)}(?=[\\s.,;:?!)\\]—–-]|$)`, 'u'),
);

/**
 * The claim a message quotes to have it checked: a quoted span (straight or curly quotes; an apostrophe inside a word is
 * no quote) of MIN_CLAIM_WORDS words or more, when the rest of the message has a word asking for a check (`checkWords`)
 * and neither asks a question of its own (`askingWords`: what, how, why…) nor says much else (`isFiller`: function
 * words, words for the article). Else undefined.
 */
export function quotedClaim(
  message: string,
  checkWords: readonly string[],
  askingWords: readonly string[] = [],
  isFiller: (word: string) => boolean = () => false,
): string | undefined {
  const quote = longestQuote(message);
  if (!quote) return undefined;
  const claim = quote.quoted.trim().replace(/[.!?…]+$/, '');
  if (normalizeWords(claim).length < MIN_CLAIM_WORDS) return undefined;
  const rest = normalizeWords(`${quote.before} ${quote.after}`);
  // "the host keeps saying 'X'. What does the article say about Y?" asks its own question: the quote is context…
  if (rest.some((w) => askingWords.includes(w))) return undefined;
  // …and so does one that says more than a few words of its own around the quote.
  const checking = new Set(checkWords.flatMap((c) => c.split(' ')));
  if (rest.filter((w) => !checking.has(w) && !isFiller(w)).length > MAX_OWN_WORDS) return undefined;
  // A check word, or a check phrase ("back that up": "go back to" asks nothing of the kind).
  const joined = ` ${rest.join(' ')} `;
  return checkWords.some((c) => joined.includes(` ${c} `)) ? claim : undefined;
}

/** A quoted question has at least this many words: "what does 'why now?' mean" quotes no question to answer. */
const MIN_QUOTED_QUESTION_WORDS = 3;

/** The longest quoted span of a message, and the text before and after it. */
function longestQuote(message: string): { quoted: string; before: string; after: string } | undefined {
  const text = message.slice(0, MAX_QUESTION_CHARS);
  const found = QUOTED.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => !!m);
  // The longest quote: "'the teams' kit is new'" is one quote with an apostrophe inside, not the two words before it.
  const m = found.sort((a, b) => b[1].length - a[1].length)[0];
  return m && { quoted: m[1], before: text.slice(0, m.index), after: text.slice(m.index + m[0].length) };
}

/**
 * The question a message quotes and asks the article to answer — a listener's or a reader's, pasted in quotes:
 * `a listener wrote "who benefits from this?" — what's the article's take?`. The longest quote that is a question
 * (ends with "?" or opens with "¿"), when the words around it name nothing the article covers (`namesTopic`): they
 * only frame it. Else undefined.
 */
export function quotedQuestion(
  message: string,
  namesTopic: (text: string) => boolean,
  joiners: readonly string[] = [],
  starters: readonly string[] = [],
): string | undefined {
  const quote = longestQuote(message);
  if (!quote) return undefined;
  const question = quote.quoted.trim();
  const words = question.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!(question.endsWith('?') || question.startsWith('¿')) || words.length < MIN_QUOTED_QUESTION_WORDS) return undefined;
  // Two quotes ("…?" and another asks "…?") are not one; a title ("the film “Who Is Running It?”") is no question.
  if (QUOTES.some(([open, close]) => open !== "'" && (question.includes(open) || question.includes(close)))) return undefined;
  if (words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w))) return undefined;
  // `"X?" and what happens next?`: a question of the asker's own after the quote is asked too — not only the quote.
  const after = normalizeWords(quote.after).join(' ');
  const own = joiners.some((j) => starters.some((st) => ` ${after} `.includes(` ${normalizeWords(j).join(' ')} ${normalizeWords(st).join(' ')} `)));
  if (own) return undefined;
  return namesTopic(`${quote.before} ${quote.after}`) ? undefined : question;
}
