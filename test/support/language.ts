// The real language data (knowledge/language/), for tests that build an Analyzer of their own.
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import type { LanguageData } from '../../src/knowledge/types';
import { KNOWLEDGE_DIR } from './knowledge-fixture';

let cached: LanguageData | undefined;

export function realLanguage(): LanguageData {
  return (cached ??= loadKnowledge(KNOWLEDGE_DIR).language);
}
