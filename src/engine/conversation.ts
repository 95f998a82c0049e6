// Conversation state: what a follow-up ("why?", "and number two?", "that one") is read against.

/**
 * What the bot remembers of one conversation (one person in one channel or thread) after an answer. The engine
 * returns it with each answer; the caller keeps it and passes it back with the next message. An answer that carries
 * no state ends the conversation (a decline, small talk).
 */
export interface ConversationState {
  /** The question (with the ones it followed) that set the topic: a follow-up is read together with it. */
  question: string;
  /** The section or list item the last answer cited. */
  sectionId?: string;
  /** The section whose list the last answer showed or drew from: "and number two?" picks from it. */
  listId?: string;
  /** The last answer's text: a follow-up never repeats it word for word. */
  lastText?: string;
  /** Ids of the sentences and list items already shown in this conversation, so "and then?" moves on. */
  shown: string[];
  /**
   * The bullets the last answer showed when they are not the items of one of the article's lists (the parts of one
   * sentence: "these steps: planning, testing…"), in each language: "the second one?" picks from them.
   */
  enumeration?: Enumeration;
}

/** Names an answer listed as bullets, English and (when the answer had a Spanish text) Spanish, in the same order. */
export interface Enumeration {
  en: string[];
  es?: string[];
}
