// Stage "translate": Spanish terms → English words.
import { SpanishStemmer } from '../../src/engine/stem';
import { SpanishTranslator } from '../../src/engine/translate';

const translator = new SpanishTranslator(
  { 'por qué': 'why', frontera: 'border', compartir: 'share', once: 'eleven', 'trabajar juntos': 'work together' },
  new Set(['once', 'border']),
  new Set(['la']),
  new SpanishStemmer(),
);

describe('SpanishTranslator', () => {
  it('translates phrases before words, longest first', () => {
    expect(translator.translate(['por', 'que', 'la', 'frontera'], 'es')).toEqual(['why', 'la', 'border']);
  });

  it('finds a form of a listed word by its Spanish stem in a Spanish question', () => {
    expect(translator.translate(['compartida'], 'es')).toEqual(['share']);
    expect(translator.translate(['compartida'], 'en')).toEqual(['compartida']);
  });

  it('leaves a single word English also uses alone in an English question', () => {
    expect(translator.translate(['once', 'more'], 'en')).toEqual(['once', 'more']);
    expect(translator.translate(['once'], 'es')).toEqual(['eleven']);
  });

  it('finds a phrase conjugated otherwise than listed by its words\' stems, in a Spanish question only', () => {
    expect(translator.translate(['si', 'trabajan', 'juntos'], 'es')).toEqual(['si', 'work', 'together']);
    expect(translator.translate(['trabajan', 'juntos'], 'en')).toEqual(['trabajan', 'juntos']);
  });
});
