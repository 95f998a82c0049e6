import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Thesaurus } from '../../src/engine/thesaurus';

const wordnet = Thesaurus.fromPackage()!;

describe('Thesaurus (WordNet, read from its own files)', () => {
  it('relates a rare word to its synonyms, the broader word it is a kind of and related forms', () => {
    expect(wordnet.related('penury')).toEqual(expect.arrayContaining(['poverty', 'indigence']));
    expect(wordnet.related('venality')).toEqual(expect.arrayContaining(['corruption']));
    expect(wordnet.related('contrabandist')).toEqual(expect.arrayContaining(['smuggler']));
  });

  it('reaches an inflected form through its base form, and writes several-word lemmas with spaces', () => {
    expect(wordnet.related('contrabandists')).toEqual(expect.arrayContaining(['smuggler']));
    expect(wordnet.related('ouster')).toEqual(expect.arrayContaining(['kick out', 'expulsion']));
  });

  it('knows nothing of a word WordNet lacks', () => {
    expect(wordnet.related('zzzqx')).toEqual([]);
    expect(wordnet.related('')).toEqual([]);
    expect(wordnet.related('aaaaaa')).toEqual([]);
  });

  it('reads a minimal dictionary of its own format (binary search over the index, a synset by offset)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wordnet-'));
    const licence = '  1 This licence line starts with spaces\n';
    const data = `${licence}00000042 03 n 02 comet 0 fireball 0 001 @ 00000099 n 0000 | a body\n`;
    const hypernym = `00000099 03 n 01 celestial_body 0 000 | a natural object\n`;
    const dataText = data.replace('00000042', String(licence.length).padStart(8, '0')).replace('@ 00000099', `@ ${String(data.length).padStart(8, '0')}`);
    writeFileSync(join(dir, 'data.noun'), dataText + hypernym.replace('00000099', String(dataText.length).padStart(8, '0')));
    writeFileSync(join(dir, 'index.noun'), `${licence}aster n 1 0 1 0 ${String(dataText.length).padStart(8, '0')}  \ncomet n 1 1 @ 1 0 ${String(licence.length).padStart(8, '0')}  \n`);
    for (const part of ['verb', 'adj', 'adv']) {
      writeFileSync(join(dir, `index.${part}`), licence);
      writeFileSync(join(dir, `data.${part}`), licence);
    }
    const own = new Thesaurus(dir);
    expect(own.related('comet')).toEqual(['fireball', 'celestial body']);
    expect(own.related('comets')).toEqual(['comet', 'fireball', 'celestial body']);
    expect(own.related('meteor')).toEqual([]);
  });
});
