// `npm run knowledge:new -- update "Title"`: a correctly named file that the loader rejects until it is filled in.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { newKnowledgeFile, slugOf } from '../../src/cli/new-update';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load-knowledge';
import { copyKnowledge } from '../support/knowledge-fixture';
import { outputOf } from '../support/run-process';

const ROOT = path.join(__dirname, '../..');

describe('knowledge:new', () => {
  it('writes updates/<today>-<slug>.md as a process, and refuses to overwrite it', async () => {
    const dir = copyKnowledge();
    const run = () =>
      outputOf(
        spawn(process.execPath, ['--import', 'tsx', 'src/cli/knowledge-new.ts', 'update', '12 more expelled, 38 in total'], {
          cwd: ROOT,
          env: { ...process.env, KNOWLEDGE_DIR: dir },
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );
    const today = DateTime.now().toISODate();
    const first = await run();
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(`${today}-12-more-expelled-38-in-total.md`);
    const file = path.join(dir, 'updates', `${today}-12-more-expelled-38-in-total.md`);
    expect(fs.readFileSync(file, 'utf8')).toMatch(new RegExp(`^---\\ndate: ${today}\\ntitle: "12 more expelled, 38 in total"\\nsource:`));
    const again = await run();
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  }, 30_000);

  it('scaffolds a file the loader names as unfinished until source and text are written, then loads', () => {
    const dir = copyKnowledge();
    const file = newKnowledgeFile(['update', 'Officials: talks resume', '--date', '2026-12-03'], dir);
    expect(path.basename(file)).toBe('2026-12-03-officials-talks-resume.md');
    let problems: KnowledgeError['problems'] = [];
    try {
      loadKnowledge(dir);
    } catch (err) {
      problems = (err as KnowledgeError).problems;
    }
    expect(problems).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('source: is required') })]);

    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^source:.*$/m, 'source: https://example.org/talks').replace(/<!--.*-->/, ''));
    try {
      loadKnowledge(dir);
      throw new Error('expected the empty update to be rejected');
    } catch (err) {
      expect((err as KnowledgeError).problems).toEqual([expect.objectContaining({ message: expect.stringContaining('no text after the front matter') })]);
    }
    fs.appendFileSync(file, 'Officials of both countries met.\n');
    expect(loadKnowledge(dir).updates).toEqual([expect.objectContaining({ date: '2026-12-03', title: 'Officials: talks resume', source: 'https://example.org/talks' })]);
  });

  it('asks for the kind and a title, and a real date', () => {
    expect(() => newKnowledgeFile([], copyKnowledge())).toThrow(/Usage: npm run knowledge:new -- update "Title/);
    expect(() => newKnowledgeFile(['update', 'x', '--date', '2026-02-30'], copyKnowledge())).toThrow(/--date must be a day/);
    expect(slugOf('¿Qué pasó? Más expulsados')).toBe('que-paso-mas-expulsados');
  });
});
