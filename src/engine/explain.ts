// How the engine reached an answer, for the people who run the bot: the question as analysed, the candidates it
// weighed with their scores, the best article sentence, and which step of the decision answered or declined.
import type { Answer } from './answer-engine';
import type { DocKind } from './search-index';

/** Which step of the decision produced the reply. */
export type DecisionPath =
  /** A curated question (or a glossary term, or a section) matched well enough. */
  | 'curated'
  | 'glossary'
  | 'section'
  /** No curated entry was sure; a sentence of the article answered. */
  | 'article-sentence'
  /** A list's item, count or position; or a follow-up read with the conversation. */
  | 'list-or-follow-up'
  /** A known gap matched: the bot says the article does not state it. */
  | 'known-gap'
  /** Nothing to match: empty, chat, small talk or a question about the bot. */
  | 'no-topic'
  /** Candidates were found but none passed the thresholds. */
  | 'below-threshold';

export interface ExplainedCandidate {
  kind: DocKind;
  /** The entry's id (curated question, known gap, glossary term or section). */
  id: string;
  /** The article section it cites. */
  source?: string;
  /** The first way of asking it, when it has one. */
  label?: string;
  score: number;
  /** Share of the question's weight it covers (0..1). */
  coverage: number;
  /** Share of its best phrasing the question covers (0..1). */
  phraseCoverage: number;
}

export interface Explanation {
  answer: Answer;
  analysis: {
    language: 'en' | 'es';
    /** The question's terms after normalising, translating, correcting and stemming, with their weights. */
    terms: Array<{ term: string; weight: number }>;
    /** Question-type cues read (how many, when, who…). */
    cues: string[];
    /** Typos corrected: typed → corrected. */
    corrections: Array<[string, string]>;
  };
  /** The best-scoring entries, best first. */
  candidates: ExplainedCandidate[];
  /** The article sentence that covers the question best. */
  reading?: { key: string; sectionId: string; text: string; coverage: number; ownCoverage: number };
  /** The thresholds the decision compared against. */
  thresholds: { minScore: number; minCoverage: number; readMinCoverage: number; readMinOwn: number; gapMinCoverage: number };
  path: DecisionPath;
}

/** Names the step that produced `answer`, from what it carries and what the analysis found. */
export function decisionPath(answer: Answer, termCount: number, kindOf: (entryId: string) => DocKind | undefined): DecisionPath {
  const kind = answer.entryId ? kindOf(answer.entryId) : undefined;
  if (!answer.answered) {
    if (kind === 'not-covered') return 'known-gap';
    return termCount === 0 ? 'no-topic' : 'below-threshold';
  }
  if (answer.followUp) return 'list-or-follow-up';
  if (kind === 'question' || kind === 'glossary') return kind === 'question' ? 'curated' : 'glossary';
  if (answer.entryId?.includes('#')) return 'article-sentence';
  return kind === 'section' ? 'section' : 'list-or-follow-up';
}
