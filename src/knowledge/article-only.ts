// The knowledge reduced to what an unseen article would come with: its sections, dated updates and language data.
import type { Knowledge } from './types';

/**
 * Drops the curated layer — questions and their phrasings, not-covered topics, the glossary — and keeps everything
 * else: the article's sections and list items, the dated updates, synonyms, Spanish terms and any other language data
 * the knowledge carries (new fields are kept, not listed here, so this stays right as the knowledge grows).
 * Used by `--article-only` to measure how far the engine gets from the article alone.
 */
export function articleOnly(knowledge: Knowledge): Knowledge {
  return { ...knowledge, questions: [], notCovered: [], glossary: [] };
}
