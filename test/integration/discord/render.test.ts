// Rendering stays within Discord's limits whatever the core returns: embed sizes, fields, buttons, custom ids, choices.
import { ComponentType } from 'discord.js';
import { askButtonId, createQuestionKeys, liveQuestionKeys, parseButtonId } from '../../../adapters/discord/custom-ids';
import { embedLength, LIMITS, renderChoices, renderDigestEmbed, renderReply } from '../../../adapters/discord/render';
import type { Digest } from '../../../src/digest/digest';
import type { Reply } from '../../../src/reply';

const keys = createQuestionKeys([
  { id: 'how-many-expelled', phrasings: ['How many people did Mexico expel?', 'how many were expelled'] },
  { id: 'who-expelled', phrasings: ['Who was expelled?'] },
]);

const long = (n: number, word = 'cartel ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);

function expectWithinLimits(message: ReturnType<typeof renderReply>): void {
  expect((message.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  for (const e of message.embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  expect(message.components.length).toBeLessThanOrEqual(LIMITS.rows);
  const ids = new Set<string>();
  for (const row of message.components) {
    expect(row.type).toBe(ComponentType.ActionRow);
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const b of row.components) {
      expect((b.label ?? '').length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(ids.has(b.custom_id)).toBe(false);
      ids.add(b.custom_id);
    }
  }
}

describe('Discord rendering', () => {
  it('renders an answer as an embed with its source and feedback buttons', () => {
    const reply: Reply = {
      kind: 'answer',
      text: 'Mexico expelled **26** people.',
      sources: [{ id: 'intro', title: 'Introduction', quote: 'Mexico has expelled 26 individuals.' }],
      suggestions: ['Who was expelled?'],
      answerId: 'a1',
    };
    const m = renderReply(reply, keys);
    expectWithinLimits(m);
    expect(m.embeds[0]).toMatchObject({ description: 'Mexico expelled **26** people.', fields: [{ name: '📖 Source: Introduction', value: '> Mexico has expelled 26 individuals.' }] });
    const ids = m.components.flatMap((r) => r.components.map((b) => b.custom_id));
    expect(ids).toEqual(['bb:ask:q:who-expelled', 'bb:fb:up:a1', 'bb:fb:down:a1']);
    expect(parseButtonId(ids[0], keys)).toEqual({ kind: 'ask', question: 'Who was expelled?' });
    expect(parseButtonId(ids[2], keys)).toEqual({ kind: 'feedback', answerId: 'a1', helpful: false });
  });

  it('splits an oversized answer across the description and fields, keeping the source, within 6000 characters', () => {
    const reply: Reply = {
      kind: 'answer',
      title: long(400, 'Title '),
      text: long(20_000, 'A sentence about security cooperation. '),
      sources: [{ id: 's', title: long(300, 'Section '), quote: long(3000) }],
      suggestions: Array.from({ length: 40 }, (_, i) => `${long(120, 'question ')} ${i}`),
      answerId: 'a2',
    };
    const m = renderReply(reply, keys);
    expectWithinLimits(m);
    const e = m.embeds[0];
    expect(e.fields!.at(-1)!.name.startsWith('📖 Source:')).toBe(true);
    expect(e.fields!.length).toBeGreaterThan(1);
    // The feedback row survives even when suggestions fill the other rows.
    expect(m.components.at(-1)!.components.map((b) => b.custom_id)).toEqual(['bb:fb:up:a2', 'bb:fb:down:a2']);
  });

  it('follows the curated questions a knowledge reload brings: a new question gets its short key', () => {
    let questions = [{ id: 'old-one', phrasings: ['An old question?'] }];
    const live = liveQuestionKeys(() => questions);
    expect(askButtonId(live, 'A new question?')).toBe('bb:ask:t:A new question?');
    questions = [...questions, { id: 'new-one', phrasings: ['A new question?'] }];
    expect(askButtonId(live, 'A new question?')).toBe('bb:ask:q:new-one');
    expect(parseButtonId('bb:ask:q:new-one', live)).toEqual({ kind: 'ask', question: 'A new question?' });
  });

  it('leaves out a button whose custom id would not fit in 100 characters', () => {
    const m = renderReply({ kind: 'decline', text: 'Sorry.', sources: [], suggestions: [long(150, 'free text ')], answerId: undefined }, keys);
    expect(m.components).toHaveLength(0);
    const short = renderReply({ kind: 'decline', text: 'Sorry.', sources: [], suggestions: ['What is new?'] }, keys);
    expect(short.components[0].components[0].custom_id).toBe('bb:ask:t:What is new?');
  });

  it('renders an error as a short line without buttons', () => {
    const m = renderReply({ kind: 'error', text: long(5000), sources: [], suggestions: [], private: true }, keys);
    expectWithinLimits(m);
    expect(m.content!.startsWith('⚠️')).toBe(true);
    expect(m.embeds).toHaveLength(0);
  });

  it('renders an oversized digest within the embed limits', () => {
    const digest: Digest = {
      date: '2026-01-02',
      headline: long(400, 'Headline '),
      keyPoints: Array.from({ length: 30 }, () => long(400)),
      focus: { title: long(300, 'Focus '), text: long(5000), source: { id: 's', title: 'Section', quote: long(300) } },
      questionOfTheDay: 'How many people did Mexico expel?',
      whatsNew: Array.from({ length: 10 }, () => long(500)),
      mostAsked: [],
      unanswered: [],
    };
    const embed = renderDigestEmbed(digest);
    expectWithinLimits({ embeds: [embed], components: [] });
    expect(embed.fields![0].name).toBe('Key points');
  });

  it('renders an empty digest day with friendly placeholders', () => {
    const embed = renderDigestEmbed({
      date: '2026-01-02',
      headline: 'BorderBrief daily — 2026-01-02',
      keyPoints: ['One.'],
      focus: { title: 'Intro', text: 'Text.', source: { id: 'intro', title: 'Introduction', quote: 'Quote.' } },
      questionOfTheDay: 'Who was expelled?',
      whatsNew: [],
      mostAsked: [],
      unanswered: [],
    });
    const byName = Object.fromEntries(embed.fields!.map((f) => [f.name, f.value]));
    expect(byName["What's new"]).toBe('Nothing new since the last digest.');
    expect(byName['Last 24 hours — most asked']).toBe('No questions yet.');
  });

  it('turns suggestions into at most 25 unique autocomplete choices of at most 100 characters', () => {
    const choices = renderChoices([...Array.from({ length: 40 }, (_, i) => `${i} ${long(150, 'question ')}`), 'Who?', 'Who?', '  ']);
    expect(choices.length).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeGreaterThan(0);
    }
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });
});
