// Stop words built from the language data.
import { buildStopWords } from '../../src/engine/stop-words';

describe('buildStopWords', () => {
  const stop = buildStopWords({ stopWords: ['the', 'a'], fillerWords: ['hey'] }, { stopWords: ['la', 'a'] });

  it('holds English, chat filler and Spanish words', () => expect([...stop.all]).toEqual(['the', 'a', 'hey', 'la']));
  it('marks as Spanish only the words English does not use', () => expect([...stop.spanishOnly]).toEqual(['la']));
});
