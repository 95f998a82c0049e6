// Dated updates answered like the article: the newer fact leads with its date, the article follows "at the time".
import fs from 'node:fs';
import path from 'node:path';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { humanDate, updatePlainText } from '../../src/engine/updates';
import { buildDigest, focusItems } from '../../src/digest/build-digest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { SqlStore } from '../../src/store/sql-store';
import { openSqlite } from '../../src/store/sqlite-driver';
import { copyKnowledge, KNOWLEDGE_DIR } from '../support/knowledge-fixture';
import { MORE_EXPELLED } from '../support/update-fixture';


function engineWith(files: Record<string, string>): AnswerEngine {
  const dir = copyKnowledge();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'updates', name), text);
  return new AnswerEngine(loadKnowledge(dir));
}

describe('answers from dated updates', () => {
  const engine = engineWith({ '2026-12-01-more-expulsions.md': MORE_EXPELLED });

  it.each(['did Mexico expel more people?', 'how many have been expelled?', 'how many people did Mexico expel?', 'were more people expelled since then?'])(
    '%s → the update’s 38 with its date first, then the article’s 26 at the time',
    (question) => {
      const a = engine.answer(question);
      expect(a.answered).toBe(true);
      expect(a.sources[0]).toMatchObject({ id: 'update:2026-12-01-more-expulsions', title: 'Update, 1 Dec 2026 — 12 more expelled, 38 in total' });
      expect(a.sources[1]?.id).toBe('expulsion-details');
      const [lead, atTheTime] = a.text.split('\n\n');
      expect(lead).toMatch(/^\*\*Update, 1 Dec 2026\*\* — .*total to 38\..*Example Wire/);
      expect(atTheTime).toMatch(/^At the time, the article said: .*\b26\b/);
    },
  );

  it('leaves questions on another fact of the same section to the article alone', () => {
    const a = engine.answer('why are the details scarce?');
    expect(a.sources.map((s) => s.id)).toEqual(['expulsion-details']);
    expect(a.text).not.toContain('Update');
  });

  it('lists the updates newest first for "what\'s new?", "any updates?", "latest?" and in Spanish', () => {
    const two = engineWith({
      '2026-12-01-more-expulsions.md': MORE_EXPELLED,
      '2026-12-03-talks.md': '---\ndate: 2026-12-03\ntitle: Officials meet on border cooperation\nsource: https://example.org/talks\n---\nOfficials of both countries met to discuss intelligence sharing.\n',
    });
    for (const q of ["what's new?", 'any updates?', 'latest?', '¿Qué hay de nuevo?']) {
      const a = two.answer(q);
      expect(a.sources.map((s) => s.id)).toEqual(['update:2026-12-03-talks', 'update:2026-12-01-more-expulsions']);
      const lines = a.text.split('\n');
      expect(lines[1]).toContain(q.startsWith('¿') ? '3 dic 2026 — Officials meet' : '3 Dec 2026 — Officials meet');
      expect(lines[2]).toContain('total to 38');
    }
    expect(two.answer('¿Qué hay de nuevo?').text).toMatch(/^Novedades/);
  });

  it('says the knowledge is the article when there are no updates', () => {
    const plain = new AnswerEngine({ ...loadKnowledge(KNOWLEDGE_DIR), updates: [] });
    const a = plain.answer("what's new?");
    expect(a).toMatchObject({ answered: true, sources: [] });
    expect(a.text).toMatch(/no updates yet: what I know is the article “Mexico Expels Alleged Cartel Members”/);
    const dated = new AnswerEngine({ ...loadKnowledge(KNOWLEDGE_DIR), updates: [], date: '2026-11-28' });
    expect(dated.answer('any updates?').text).toContain('of 28 Nov 2026');
  });

  it('lets an update without `related` lead when its sentence answers at least as well as the article', () => {
    const unrelated = engineWith({ '2026-12-01-more-expulsions.md': MORE_EXPELLED.replace('related: expulsion-details\n', '') });
    const a = unrelated.answer('how many have been expelled?');
    expect(a.sources[0].id).toBe('update:2026-12-01-more-expulsions');
    expect(a.text).toMatch(/At the time, the article said: .*26/);
    expect(unrelated.answer('why are the details scarce?').text).not.toContain('Update');
  });

  it('ignores an update no newer than the article', () => {
    const k = loadKnowledge(copyKnowledge());
    const older = new AnswerEngine({ ...k, date: '2026-12-05', updates: [{ id: '2026-12-01-more-expulsions', date: '2026-12-01', title: 't', source: 's', related: 'expulsion-details', body: 'Mexico expelled 12 more people, bringing the total to 38.', file: 'f' }] });
    expect(older.answer('how many have been expelled?').sources[0].id).toBe('expulsion-details');
  });

  it('shows the same update line in the digest, and the update beside the sentence it changes', async () => {
    const store = new SqlStore(openSqlite(':memory:'));
    try {
      const input = { platform: 'slack' as const, channel: 'C1', date: '2026-12-04', sequence: 0, now: new Date('2026-12-04T12:00:00Z') };
      const d = await buildDigest(engine, store, focusItems(engine), ['Q?'], input);
      expect(d.whatsNew).toEqual([engine.updateLine(engine.recentUpdates()[0])]);
      expect(d.whatsNew[0]).toContain('total to 38');
      const answer = engine.answer("what's new?").text;
      expect(answer).toContain(d.whatsNew[0]);
      // The focus rotates: a day whose focus is the expulsion details carries the update too.
      const i = focusItems(engine).findIndex((f) => f.sourceId === 'expulsion-details');
      const focused = await buildDigest(engine, store, focusItems(engine), ['Q?'], { ...input, sequence: i });
      expect(focused.focus.text).toMatch(/Update, 1 Dec 2026: .*38/);
    } finally {
      await store.close();
    }
  });

  it('forgets, without failing, a conversation that points at a section the knowledge no longer has', () => {
    const first = engine.answer("what's new?");
    expect(first.state?.sectionId).toBe('update:2026-12-01-more-expulsions');
    const without = new AnswerEngine({ ...engine.knowledge, updates: [] });
    for (const q of ['tell me more', 'why?', 'and the next one?', 'how many were expelled?']) {
      expect(() => without.answer(q, { state: first.state })).not.toThrow();
    }
    const gone = { ...first.state!, sectionId: 'no-such-section', listId: 'no-such-list', shown: ['no-such-section#0'] };
    expect(without.answer('tell me more', { state: gone }).text).not.toContain('Update');
  });
});

describe('update text', () => {
  it('writes dates as people do', () => {
    expect(humanDate('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(humanDate('2026-12-01', 'es')).toBe('1 dic 2026');
  });

  it('reads Markdown bullets as sentences and drops emphasis and links', () => {
    expect(updatePlainText('Two things:\n\n- **More** were expelled\n- talks [resumed](https://x.example)\n\nThat is all.')).toBe(
      'Two things: More were expelled. talks resumed. That is all.',
    );
  });
});
