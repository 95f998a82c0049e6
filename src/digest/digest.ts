// The shape of a daily digest, built by the core and rendered natively by each adapter.
import type { AnswerSource } from '../engine/answer-engine';

export interface DigestSection {
  heading: string;
  /** Markdown lines. */
  lines: string[];
}

export interface Digest {
  /** Local date the digest is for, YYYY-MM-DD. */
  date: string;
  headline: string;
  keyPoints: string[];
  focus: { title: string; text: string; source: AnswerSource };
  questionOfTheDay: string;
  whatsNew: string[];
  mostAsked: string[];
  unanswered: string[];
}
