// Button custom ids: what a click means (ask a related question, vote on an answer), packed into Discord's 100 characters.

/** Discord's limit on a component's custom_id. */
export const MAX_CUSTOM_ID = 100;
const PREFIX = 'bb';

export type ButtonAction = { kind: 'ask'; question: string } | { kind: 'feedback'; answerId: string; helpful: boolean };

/** Finds a related question from a short key and back: curated questions by id, anything else carried as text. */
export interface QuestionKeys {
  keyFor(question: string): string | undefined;
  questionFor(key: string): string | undefined;
}

/** Keys for the questions the bot knows: `q:<id>` survives restarts and knowledge reloads as long as the id stays. */
export function createQuestionKeys(questions: ReadonlyArray<{ id: string; phrasings: string[] }>): QuestionKeys {
  const idByText = new Map<string, string>();
  const textById = new Map<string, string>();
  for (const q of questions) {
    textById.set(q.id, q.phrasings[0]);
    for (const p of q.phrasings) if (!idByText.has(p)) idByText.set(p, q.id);
  }
  return {
    keyFor(question) {
      const id = idByText.get(question);
      return id ? `q:${id}` : `t:${question}`;
    },
    questionFor(key) {
      if (key.startsWith('q:')) return textById.get(key.slice(2));
      if (key.startsWith('t:')) return key.slice(2) || undefined;
      return undefined;
    },
  };
}

/** Keys over the questions the bot knows now: rebuilt when a knowledge reload gives it new ones. */
export function liveQuestionKeys(current: () => ReadonlyArray<{ id: string; phrasings: string[] }>): QuestionKeys {
  let seen: ReadonlyArray<{ id: string; phrasings: string[] }> | undefined;
  let keys: QuestionKeys | undefined;
  const now = () => {
    const questions = current();
    if (questions !== seen || !keys) [seen, keys] = [questions, createQuestionKeys(questions)];
    return keys;
  };
  return { keyFor: (question) => now().keyFor(question), questionFor: (key) => now().questionFor(key) };
}

/** The custom id of a related-question button; undefined when it cannot fit (the button is then left out). */
export function askButtonId(keys: QuestionKeys, question: string): string | undefined {
  const key = keys.keyFor(question);
  const id = key && `${PREFIX}:ask:${key}`;
  return id && id.length <= MAX_CUSTOM_ID ? id : undefined;
}

/** The custom id of a 👍 or 👎 button: the answer id travels with the click. */
export function feedbackButtonId(answerId: string, helpful: boolean): string | undefined {
  const id = `${PREFIX}:fb:${helpful ? 'up' : 'down'}:${answerId}`;
  return id.length <= MAX_CUSTOM_ID ? id : undefined;
}

/** Reads a custom id back; undefined for ids this bot did not make (or a question no longer known). */
export function parseButtonId(customId: string, keys: QuestionKeys): ButtonAction | undefined {
  const [prefix, kind, ...rest] = customId.split(':');
  if (prefix !== PREFIX) return undefined;
  if (kind === 'ask') {
    const question = keys.questionFor(rest.join(':'));
    return question ? { kind: 'ask', question } : undefined;
  }
  if (kind === 'fb' && (rest[0] === 'up' || rest[0] === 'down') && rest.length > 1) return { kind: 'feedback', helpful: rest[0] === 'up', answerId: rest.slice(1).join(':') };
  return undefined;
}
