// Stage "language": Spanish or English.
import { LanguageDetector } from '../../src/engine/language';
import { normalizeWords } from '../../src/engine/normalise';
import { SpanishStemmer } from '../../src/engine/stem';
import { SpanishTranslator } from '../../src/engine/translate';

const englishWords = new Set(['the', 'border', 'says', 'she']);
const translator = new SpanishTranslator({ frontera: 'border' }, englishWords, new Set(), new SpanishStemmer());
const detector = new LanguageDetector(
  {
    en: ['the', 'is', 'what', 'and', 'she', 'says', 'about'],
    es: { markers: ['la', 'de', 'que'], punctuation: '¿¡', accentedLetters: 'áéíóúñ' },
  },
  englishWords,
  translator,
);
const detect = (text: string) => detector.detect(text, normalizeWords(text));

describe('LanguageDetector', () => {
  it.each([
    ['¿border?', 'es'],
    ['que pasa en la frontera', 'es'],
    ['what is the border about', 'en'],
    ['qué dice', 'es'],
    ['she is from Juárez and she says what the border is about', 'en'],
    ['', 'en'],
  ])('%j is %s', (text, language) => expect(detect(text)).toBe(language));
});
