// Builds a channel's digest for a date from the knowledge and the channel's last 24 hours. Pure apart from the store reads.
import type { AnswerEngine } from '../engine/answer-engine';
import { splitSentences } from '../engine/answer-engine';
import type { Platform, Store } from '../store/store';
import { clip } from '../text/text-tools';
import type { Digest } from './digest';

export interface FocusItem {
  title: string;
  text: string;
  sourceId: string;
}

/** Everything the focus rotates through: every section and list item, then every curated question. */
export function focusItems(engine: AnswerEngine): FocusItem[] {
  const { knowledge } = engine;
  const sections = knowledge.sections.map((s) => ({ title: s.title, text: clip(s.text, 600), sourceId: s.id }));
  const questions = knowledge.questions.map((q) => ({ title: q.phrasings[0], text: q.answer, sourceId: q.source }));
  return [...sections, ...questions];
}

/** Curated questions the engine answers with their own source: safe as a question of the day. */
export function questionsOfTheDay(engine: AnswerEngine): string[] {
  return engine.knowledge.questions
    .filter((q) => {
      const a = engine.answer(q.phrasings[0]);
      return a.answered && a.sources[0]?.id === q.source && a.confidence >= 0.8;
    })
    .map((q) => q.phrasings[0]);
}

export interface DigestInput {
  platform: Platform;
  channel: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** How many scheduled digests this channel has had: picks the focus and the question of the day. */
  sequence: number;
  /** Local date of the previous digest: updates after it are "new". */
  previousDate?: string;
  now: Date;
}

export async function buildDigest(engine: AnswerEngine, store: Store, focus: FocusItem[], qotd: string[], input: DigestInput): Promise<Digest> {
  const { knowledge } = engine;
  const top = knowledge.sections.filter((s) => !s.parent);
  // A sentence of the article that a dated update has changed carries the update beside it, as an answer would.
  const withUpdate = (sectionId: string, text: string) => {
    const about = engine.updateAbout(sectionId, text);
    return about && about.update.date <= input.date ? `${text}\n${about.note}` : text;
  };
  const keyPoints = [0, 1, 2].map((i) => {
    const s = top[(input.sequence + i * 2) % top.length];
    const first = splitSentences(s.text)[0];
    return withUpdate(s.id, `${first} _(${s.title})_`);
  });
  const item = focus[input.sequence % focus.length];
  const section = engine.section(item.sourceId)!;
  // A different stride from the focus, so the question of the day is not just the focus again; the stride must share no
  // factor with the count, or the rotation would cycle through a few questions only (7 questions → the same one daily).
  const question = qotd.length ? qotd[(input.sequence * coprimeStride(7, qotd.length) + 3) % qotd.length] : (knowledge.questions[0]?.phrasings[0] ?? '');
  // The same lines "what's new?" answers with: the same updates, the same sentences, the same source.
  const whatsNew = engine
    .recentUpdates()
    .filter((u) => (input.previousDate ? u.date > input.previousDate : true) && u.date <= input.date)
    .slice(0, 5)
    .map((u) => engine.updateLine(u));
  const since = new Date(input.now.getTime() - 86_400_000);
  const mostAsked = (await store.topQuestions(input.platform, input.channel, since, true, 3)).map((q) => `${clip(q.question, 150)} (×${q.count})`);
  const unanswered = (await store.topQuestions(input.platform, input.channel, since, false, 3)).map((q) => `${clip(q.question, 150)} (×${q.count})`);
  return {
    date: input.date,
    headline: `BorderBrief daily — ${input.date}: ${knowledge.title.split(':')[0]}`,
    keyPoints,
    focus: { title: item.title, text: withUpdate(item.sourceId, item.text), source: { id: section.id, title: section.title, quote: clip(splitSentences(section.text)[0], 180) } },
    questionOfTheDay: question,
    whatsNew,
    mostAsked,
    unanswered,
  };
}

/** The smallest stride from `wanted` up that visits every index of `n` before repeating. */
function coprimeStride(wanted: number, n: number): number {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let stride = wanted;
  while (gcd(stride, n) !== 1) stride++;
  return stride;
}
