// Yes/no questions get a grounded lead (yes, no, a hedge, a probability) read off the sentence the answer rests on.
import type { Dialogue } from '../knowledge/types';
import { normalizeWords } from './analyzer';
import { escapeRegExp, NOT_ABBREVIATION } from './normalise';

export type Lead = 'yes' | 'no' | 'hedged' | 'probable' | 'unknown';

/** The yes/no starter a question opens with ("does", "can", "es"), or undefined when it is not a yes/no question. */
export function yesNoStarter(message: string, language: 'en' | 'es', d: Dialogue): string | undefined {
  const asked = askingSentence(message);
  const starters = language === 'es' ? [...d.yes_no_starters.es, ...d.yes_no_starters.en] : d.yes_no_starters.en;
  // "according to the text, will this…", "quick q: does it…": the question may open after a comma or a colon.
  for (const clause of asked.split(/[,:;]/)) {
    const words = normalizeWords(clause);
    let i = 0;
    while (i < words.length - 1 && d.leading_words.includes(words[i])) i++;
    if (questionWordBeforeAside(words.slice(i), d)) return undefined;
    // "could you sum up…", "can u explain…": a request, not a yes/no question.
    if (d.request_starters.includes(words[i]) && d.request_pronouns.includes(words[i + 1] ?? '')) continue;
    if (words[i] && starters.includes(words[i]) && words.length - i >= 3) return words[i];
  }
  return undefined;
}

/** A sentence's end: not the dot of a single letter or of two capitals ("U.S.", "EE.UU.", "D.C."). */
export const SENTENCE_END = new RegExp(String.raw`(?<=[.!?])(?<=${NOT_ABBREVIATION}.)\s+`, 'u');

/**
 * The sentence of a message that asks: the last one that ends in "?", else the whole message. (A sentence does not end
 * at the dot of an abbreviation, `SENTENCE_END`.)
 */
export function askingSentence(message: string): string {
  const sentences = message.split(SENTENCE_END).filter((s) => s.trim());
  return [...sentences].reverse().find((s) => s.trim().endsWith('?')) ?? message;
}

/**
 * "why, per the article, are X so hard…?", "¿y por qué, según el texto, es…?": a clause that is only a question word
 * (its opening chat words read off, a preposition before it) asks its own question; the aside and the words after it do
 * not make it a yes/no one. ("who knows, is it…?", "what's up, is it…?" are chat before a yes/no question.)
 */
export function questionWordBeforeAside(words: string[], d: Pick<Dialogue, 'open_question_words' | 'question_prepositions'>): boolean {
  return (
    words.length > 0 &&
    words.some((w) => d.open_question_words.includes(w)) &&
    words.every((w) => d.open_question_words.includes(w) || d.question_prepositions.includes(w))
  );
}

/**
 * Whether a yes/no question asks, inside it, a question of another kind: "does the article say which sponsors…?",
 * "do we know who…?" — a verb of telling or knowing (`embedded_question_verbs`) followed by a question word.
 */
export function asksEmbeddedQuestion(message: string, d: Pick<Dialogue, 'embedded_question_verbs' | 'embedded_question_words'>): boolean {
  const words = normalizeWords(message);
  return words.some((w, i) => d.embedded_question_verbs.includes(w) && d.embedded_question_words.includes(words[i + 1] ?? ''));
}

/**
 * The lead a yes/no question gets from the text that answers it: a hedge phrase (`hedge_phrases` in the language data),
 * or an absolute claim (`absolute_words`: "only", "forever") the text does not make, is "hedged"; a number the question names that the answer contradicts, or a negated claim, is "no"; a probability the
 * question did not ask about (`probability_words`) is "probable"; otherwise "yes".
 */
export function yesNoLead(question: string, answer: string, starter: string, d: Dialogue, isContent: (word: string) => boolean = () => true): Lead {
  const text = ` ${normalizeWords(answer).join(' ')} `;
  const has = (phrase: string) => text.includes(` ${normalizeWords(phrase).join(' ')} `);
  const askedText = ` ${normalizeWords(question).join(' ')} `;
  const asks = (phrase: string) => askedText.includes(` ${normalizeWords(phrase).join(' ')} `);
  // A hedge the question itself makes ("'that is not certain' — accurate?") is what it asks to confirm.
  const hedged = d.hedge_phrases.some((h) => has(h) && !asks(h));
  // "Is it a good start?" — "it is a good start, but only one part of…": the claim asked, stated plainly before a
  // "but", is a yes; the hedge that follows is about something else.
  if (hedged && claimStatedBeforeBut(question, answer, starter, d, isContent)) return 'yes';
  if (hedged) return 'hedged';
  // "Is it the one and only…?", "will it end it forever?": a claim stronger than the text makes gets the hedged lead.
  const absolute = d.absolute_words.filter((w) => askedText.includes(` ${normalizeWords(w).join(' ')} `));
  if (absolute.length && !absolute.some(has)) return 'hedged';
  // "Was it a confirmed sighting?" — "…described only as a reported sighting": asked whether it is certain, the text
  // says it is not established.
  // The doubt must be said of what the question asks of ("a reported sighting of a comet" is no doubt that the
  // telescope was built); asked whether it is only a guess, a doubt said is a yes.
  if (doubtOfAsked(answer, d.doubt_words, question, isContent)) {
    const certainAsked = d.certainty_words.some((w) => asks(w) && !d.doubt_asked_words.includes(w));
    if (certainAsked) return 'hedged';
    if (d.doubt_asked_words.some(asks)) return 'yes';
  }
  const asked = normalizeWords(question).filter((w) => /^\d+$/.test(w));
  const given = normalizeWords(answer).filter((w) => /^\d+$/.test(w));
  if (asked.length && given.length && !asked.some((n) => given.includes(n))) return 'no';
  const firstSentence = (answer.split(/(?<=[.!?])\s+/)[0] ?? answer).toLowerCase().replace(/[’`´]/g, "'");
  // (A negation inside the reason the sentence gives is not the claim's: "X is so as they do not want Y" says X.)
  // (…nor one after a "but" when what is asked is said before it: "X includes Y, but it doesn't specify which Y"
  // answers "does it mention Y?" yes.)
  const claimed = negatedOnlyAfterBut(question, firstSentence, starter, d, isContent) ? '' : withoutReason(firstSentence, d.reason_connectives);
  if (d.negation_words.some((w) => new RegExp(`(?<![\\p{L}'])${escapeRegExp(w)}(?![\\p{L}'])`, 'u').test(claimed))) return 'no';
  // (A probability said of something else is not the claim's: "X did Y. It probably came from Z." answers "did X do
  // Y?" yes — the sentence that says most of the question decides.)
  const claim = ` ${normalizeWords(withoutReason(claimSentence(question, answer, starter, isContent).toLowerCase(), d.reason_connectives)).join(' ')} `;
  if (d.probability_words.some((w) => w !== starter && claim.includes(` ${normalizeWords(w).join(' ')} `))) return 'probable';
  return 'yes';
}

/** A sentence up to the first of `connectives` after its first words ("because", "as"): the claim, without its reason. */
function withoutReason(sentence: string, connectives: readonly string[]): string {
  let cut = sentence.length;
  for (const c of connectives) {
    const m = new RegExp(`(?<=\\S\\s+\\S+\\s+)${escapeRegExp(c)}\\s(?!(?:a|an|well|much|many|such|long|soon|far)\\b)`, 'u').exec(sentence);
    if (m && m.index < cut) cut = m.index;
  }
  return sentence.slice(0, cut);
}

/** The sentence of the answer that has most of the question's content words (the first, on a tie). */
function claimSentence(question: string, answer: string, starter: string, isContent: (word: string) => boolean): string {
  const asked = new Set(normalizeWords(question).filter((w) => w !== starter && isContent(w)));
  let best = '';
  let bestCount = -1;
  for (const sentence of answer.split(/(?<=[.!?])\s+/)) {
    const count = new Set(normalizeWords(sentence).filter((w) => asked.has(w))).size;
    if (count > bestCount) [best, bestCount] = [sentence, count];
  }
  return best;
}

/**
 * Puts the lead in front of an answer, unless the answer already opens with one — or the lead is a plain yes to an
 * answer that reports what the article says (`attributed_openings`): "Yes." there would claim more than a match of
 * topic shows ("does X break Y?" answered by "The article says X keeps to Y"). A question whose claim the answer
 * `restated` word for word ("does it mention Y?" — "The article says … Y") gets the yes all the same.
 */
export function withLead(answer: string, lead: Lead, language: 'en' | 'es', d: Dialogue, restated = false): string {
  if (lead === 'yes' && !restated) {
    const start = normalizeWords(answer.slice(0, 60)).join(' ');
    if (d.attributed_openings.some((o) => start.startsWith(normalizeWords(o).join(' ')))) return answer;
  }
  // An answer written to open with a lead keeps it ("No. The article says…").
  const opening = ` ${normalizeWords(answer.slice(0, 60)).join(' ')} `;
  // (The whole lead: "The article doesn't say." is a lead, "The article says…" is not.)
  const leads = [...Object.values(d.leads.en), ...Object.values(d.leads.es)].map((l) => normalizeWords(l).join(' '));
  if (leads.some((l) => l && opening.startsWith(` ${l} `))) return answer;
  // (…also a one-word lead of probability of its own, `written_leads`: "Perhaps. The shed…" gets no second one before it.)
  const first = /^\s*([\p{L}]+)[.,]\s/u.exec(answer)?.[1];
  const written = !!first && d.written_leads.includes(normalizeWords(first)[0] ?? '');
  // (…nor a plain yes, which would claim more than it; a "no", a hedge or "the article doesn't say" takes its place:
  // "No. Perhaps. …" is two leads.)
  if ((lead === 'probable' || lead === 'yes') && written) return answer;
  if (written) return `${d.leads[language][lead]} ${withoutWrittenLead(answer, d)}`;
  return `${d.leads[language][lead]} ${answer}`;
}

/**
 * Two adjacent content words of the question ("good start") said as such in the answer's clause before a "but", with
 * no hedge or negation there.
 */
function claimStatedBeforeBut(question: string, answer: string, starter: string, d: Dialogue, isContent: (word: string) => boolean): boolean {
  const butParts = answer.split(/,?\s+(?:but|pero)\s+/i);
  if (butParts.length >= 2 && statedIn(butParts[0], question, starter, d, isContent)) return true;
  // (…or granted before ", though", or in a clause that opens a sentence — "While it is a good start, it is only one
  // part…" — when that part says all the question asks: "is X a good start?", not "does X end Y?" because it says X.)
  const thoughParts = answer.split(/,\s+(?:though|although|aunque)\s+/i);
  const granted = answer
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.replace(/^[^\p{L}]+/u, ''))
    .filter((sentence) => d.concessive_openers.includes(normalizeWords(sentence)[0] ?? '') && sentence.includes(','))
    .map((sentence) => sentence.slice(0, sentence.indexOf(',')));
  const all = (part: string) => {
    const said = new Set(normalizeWords(part));
    return normalizeWords(question).filter((w) => w !== starter && isContent(w)).every((w) => said.has(w));
  };
  return [...(thoughParts.length >= 2 ? [thoughParts[0]] : []), ...granted].some((part) => all(part) && statedIn(part, question, starter, d, isContent));
}

/** Whether a part of a text says two content words of the question in a row, with no hedge or negation. */
function statedIn(part: string, question: string, starter: string, d: Dialogue, isContent: (word: string) => boolean): boolean {
  const before = ` ${normalizeWords(part).join(' ')} `;
  if (d.hedge_phrases.some((h) => before.includes(` ${normalizeWords(h).join(' ')} `))) return false;
  if (d.negation_words.some((w) => before.includes(` ${normalizeWords(w).join(' ')} `))) return false;
  const words = normalizeWords(question).filter((w) => w !== starter && isContent(w));
  return words.some((w, i) => i + 1 < words.length && before.includes(` ${w} ${words[i + 1]} `));
}

/**
 * Whether a sentence's negation comes only after its "but", and every content word of the question that the sentence
 * says is said before it.
 */
function negatedOnlyAfterBut(question: string, sentence: string, starter: string, d: Dialogue, isContent: (word: string) => boolean): boolean {
  const parts = sentence.split(/,?\s+(?:but|pero)\s+/i);
  if (parts.length !== 2) return false;
  const negated = (t: string) => d.negation_words.some((w) => ` ${normalizeWords(t).join(' ')} `.includes(` ${normalizeWords(w).join(' ')} `));
  if (negated(parts[0]) || !negated(parts[1])) return false;
  const before = new Set(normalizeWords(parts[0]));
  const all = new Set(normalizeWords(sentence));
  const asked = normalizeWords(question).filter((w) => w !== starter && isContent(w) && all.has(w));
  return asked.length > 0 && asked.every((w) => before.has(w));
}

/** Whether a doubt (one of `doubts`) is said in the answer of a content word of the question, within the next few
 * words ("reported … sighting"). */
function doubtOfAsked(answer: string, doubts: readonly string[], question: string, isContent: (word: string) => boolean): boolean {
  const asked = new Set(normalizeWords(question).filter(isContent));
  const words = normalizeWords(answer);
  return words.some((w, i) => doubts.includes(w) && words.slice(i + 1, i + 1 + DOUBT_REACH).some((x) => asked.has(x)));
}

/** How far after a doubt word the thing doubted may be said. */
const DOUBT_REACH = 4;

/**
 * "Can X be Y?" answered by "Perhaps. … X can be Y, …": the written lead of probability (`written_leads`) is for a
 * question asking whether a thing will be; asked whether it can be, the claim said with the same modal is a yes. The
 * question opening with a modal (`modal_starters`, any of them: "could X be Y?" too), one said in the answer's first
 * clause — with no probability word or negation before it — and the answer opening with a written lead.
 */
export function modalRestated(answer: string, starter: string, d: Dialogue): boolean {
  if (!d.modal_starters.includes(starter)) return false;
  const opening = /^\s*([\p{L}]+)\.\s+(.*)$/su.exec(answer);
  if (!opening || !d.written_leads.includes(normalizeWords(opening[1])[0] ?? '')) return false;
  const clause = normalizeWords(opening[2].split(/[,;:.!?]/)[0] ?? '');
  const at = clause.findIndex((w) => d.modal_starters.includes(w));
  return at >= 0 && !clause.slice(0, at).some((w) => d.probability_words.includes(w) || d.negation_words.includes(w)) && !d.negation_words.includes(clause[at + 1] ?? '');
}

/** The answer without the one-word lead of probability it was written to open with ("Perhaps. …"). */
export function withoutWrittenLead(answer: string, d: Dialogue): string {
  const opening = /^\s*([\p{L}]+)\.\s+/u.exec(answer);
  return opening && d.written_leads.includes(normalizeWords(opening[1])[0] ?? '') ? answer.slice(opening[0].length) : answer;
}

