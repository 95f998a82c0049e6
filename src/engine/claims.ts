// Stage "claims": a message that quotes a claim and asks whether the article backs it ("the script says 'X' — is that
// right?", "¿es correcto 'X'?") asks the yes/no question "is it true that X?".
import { MAX_QUESTION_CHARS, normalizeWords } from './normalise';

/** A quoted claim has at least this many words: a shorter quote is a term ("what does 'a safe haven' mean?"). */
const MIN_CLAIM_WORDS = 4;
/** Words of its own (not function words or the check asked) the rest of a message may have: "my editor wants a hed". */
const MAX_OWN_WORDS = 4;
/** Quotes as people type them, each with its closing mark; a quote runs to the last closing mark of its kind. */
const QUOTES: Array<[string, string]> = [["'", "'"], ['"', '"'], ['“', '”'], ['‘', '’'], ['‘', "'"], ["'", '’']];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUOTED = QUOTES.map(
  ([open, close]) => new RegExp(`(?:^|[\\s:(\\[—–-])${escape(open)}(.+)${escape(close)}(?=[\\s.,;:?!)\\]—–-]|$)`, 'u'),
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
  const text = message.slice(0, MAX_QUESTION_CHARS);
  const found = QUOTED.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => !!m);
  // The longest quote: "'the teams' kit is new'" is one quote with an apostrophe inside, not the two words before it.
  const m = found.sort((a, b) => b[1].length - a[1].length)[0];
  if (!m) return undefined;
  const claim = m[1].trim().replace(/[.!?…]+$/, '');
  if (normalizeWords(claim).length < MIN_CLAIM_WORDS) return undefined;
  const rest = normalizeWords(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`);
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

/**
 * The question a message quotes and asks the article to answer — a listener's or a reader's, pasted in quotes:
 * `a listener wrote "who benefits from this?" — what's the article's take?`. The longest quote that is a question
 * (ends with "?" or opens with "¿"), when the words around it name nothing the article covers (`namesTopic`): they
 * only frame it. Else undefined.
 */
export function quotedQuestion(message: string, namesTopic: (text: string) => boolean): string | undefined {
  const text = message.slice(0, MAX_QUESTION_CHARS);
  const found = QUOTED.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => !!m);
  const m = found.sort((a, b) => b[1].length - a[1].length)[0];
  if (!m) return undefined;
  const question = m[1].trim();
  if (!(question.endsWith('?') || question.startsWith('¿')) || normalizeWords(question).length < MIN_QUOTED_QUESTION_WORDS) return undefined;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return namesTopic(rest) ? undefined : question;
}
