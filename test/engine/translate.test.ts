// Stage "translate": Spanish terms → English words.
import { SpanishStemmer } from '../../src/engine/stem';
import { SpanishTranslator } from '../../src/engine/translate';

const translator = new SpanishTranslator(
  { 'por qué': 'why', frontera: 'border', compartir: 'share', once: 'eleven', 'trabajar juntos': 'work together' },
  new Set(['once', 'border']),
  new Set(['la']),
  new SpanishStemmer(),
);

describe('SpanishTranslator: participles said without their "d"', () => {
  const es = new SpanishTranslator({ expulsado: 'expelled', botados: 'thrown out' }, new Set(), new Set(), new SpanishStemmer());

  it.each([
    ['expulsao', 'expulsado'],
    ['botaos', 'botados'],
  ])('reads %j as %j', (word, full) => expect(es.undropped(word)).toBe(full));

  it.each(['cacao', 'bacalao', 'ao', 'mao'])('leaves %j, no participle it knows, as it is', (word) => expect(es.undropped(word)).toBeUndefined());

  it('translates it in a Spanish question', () => {
    expect(es.translate(['expulsao'], 'es')).toEqual(['expelled']);
    expect(es.translate(['expulsao'], 'en')).toEqual(['expulsao']);
  });
});

describe('SpanishTranslator: diminutives', () => {
  const es = new SpanishTranslator(
    { pocos: 'few', 'pocos detalles': 'few details', detalles: 'details', rapido: 'fast', cosa: 'thing' },
    new Set(),
    new Set(['ahora', 'pero']),
    new SpanishStemmer(),
  );

  it.each([
    ['poquitos', 'pocos'],
    ['ahorita', 'ahora'],
    ['rapidito', 'rapido'],
    ['cosita', 'cosa'],
    ['detallitos', 'detallos'],
  ])('reads %j as its plain word %j', (word, plain) => expect(es.undiminished(word)).toBe(plain));

  it.each(['perito', 'bonito', 'delito', 'necesito', 'maldito', 'quita'])('leaves the word %j, no diminutive of a listed one, as it is', (word) =>
    expect(es.undiminished(word)).toBeUndefined(),
  );

  it('translates a phrase said with a diminutive, in a Spanish question only', () => {
    expect(es.translate(['poquitos', 'detalles'], 'es')).toEqual(['few', 'details']);
    expect(es.translate(['poquitos'], 'en')).toEqual(['poquitos']);
  });
});

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

describe('SpanishTranslator: cognates of words the dictionary lacks', () => {
  const endings: Array<[string, string]> = [['cion', 'tion'], ['ico', 'ic'], ['iero', 'ial']];
  const es = new SpanishTranslator({ jardin: 'garden' }, new Set(['garden', 'public', 'financial', 'irrigation']), new Set(['los', 'la']), new SpanishStemmer(), endings);

  it('reads a word by its cognate when the English knowledge writes it, plurals and feminines as the singular', () => {
    expect(es.translate(['los', 'jardines', 'publicos'], 'es')).toEqual(['los', 'garden', 'public']);
    expect(es.translate(['medidas', 'financieras'], 'es')).toEqual(['medidas', 'financial']);
    expect(es.translate(['la', 'irrigacion'], 'es')).toEqual(['la', 'irrigation']);
  });

  it('leaves a word whose cognate the knowledge does not write, and English questions', () => {
    expect(es.translate(['la', 'nacion'], 'es')).toEqual(['la', 'nacion']);
    expect(es.cognate('publicos')).toBe('public');
    expect(es.translate(['publicos'], 'en')).toEqual(['publicos']);
  });
});
