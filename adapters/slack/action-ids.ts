// Block Kit action ids and button values: what a click carries back to the adapter, within Slack's size limits.

/** Slack's limits on button values and action ids. */
export const MAX_ACTION_VALUE = 2000;

export const ActionId = {
  /** A related question (or the digest's question of the day): answered in the same place. Numbered: ids are unique per block. */
  related: (index: number | string) => `bb_related_${index}`,
  feedbackUp: 'bb_feedback_up',
  feedbackDown: 'bb_feedback_down',
  share: 'bb_share',
} as const;

export const ActionPattern = {
  related: /^bb_related_\w+$/,
  feedback: /^bb_feedback_(up|down)$/,
} as const;

export const BlockId = {
  feedback: 'bb_feedback',
  feedbackStatus: 'bb_feedback_status',
} as const;

/** The "Share in channel" button carries the question and the answer id, so the shared copy keeps counting feedback for the same answer. */
export interface ShareValue {
  question: string;
  answerId: string;
}

export function encodeShareValue(value: ShareValue): string {
  // Room for the JSON around the question; the core logs at most 2,000 characters of a question anyway.
  const room = MAX_ACTION_VALUE - JSON.stringify({ q: '', a: value.answerId }).length;
  let question = value.question;
  while (JSON.stringify(question).length - 2 > room) question = question.slice(0, -16);
  return JSON.stringify({ q: question, a: value.answerId });
}

/** Undefined for anything this adapter did not write. */
export function decodeShareValue(raw: string | undefined): ShareValue | undefined {
  try {
    const v = JSON.parse(raw ?? '') as { q?: unknown; a?: unknown };
    return typeof v.q === 'string' && typeof v.a === 'string' ? { question: v.q, answerId: v.a } : undefined;
  } catch {
    return undefined;
  }
}

/** A question as a button value (plain text, so nothing in it can ping). */
export function questionValue(question: string): string {
  return question.slice(0, MAX_ACTION_VALUE);
}
