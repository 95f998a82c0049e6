// Scaffolds a knowledge file for editors: `update "Title"` writes knowledge/updates/<date>-<slug>.md to fill in.
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { UserError } from '../errors';

export const NEW_USAGE = [
  'Usage: npm run knowledge:new -- update "Title of the development" [--date YYYY-MM-DD]',
  '  Creates knowledge/updates/<date>-<slug>.md (today by default) with the front matter to fill in:',
  '  source (the publication or URL, required) and related (an article section id, optional).',
].join('\n');

/** A few lower-case words joined by hyphens: "12 more expelled, 38 in total" → "12-more-expelled-38-in-total". */
export function slugOf(title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    if (slug && `${slug}-${w}`.length > 50) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug.slice(0, 50) || 'update';
}

/** The text of a new update file: valid YAML, and rejected by the loader until source and the text are written. */
export function updateTemplate(date: string, title: string): string {
  return [
    '---',
    `date: ${date}`,
    `title: ${JSON.stringify(title)}`,
    'source: # required: the publication or URL this comes from, e.g. "Example Wire, 1 Dec 2026" or https://…',
    '# related: expulsion-details  # optional: the article section it bears on (ids are in knowledge/article.yaml)',
    '---',
    '<!-- Write what happened, as the source reports it, in a few short sentences; then delete this line. -->',
    '',
  ].join('\n');
}

/** Runs `knowledge:new`; returns the path written. */
export function newKnowledgeFile(argv: string[], knowledgeDir: string, today: () => string = () => DateTime.now().toISODate()!): string {
  const dateAt = argv.indexOf('--date');
  const date = dateAt >= 0 ? argv[dateAt + 1] : today();
  const rest = argv.filter((_, i) => dateAt < 0 || (i !== dateAt && i !== dateAt + 1));
  const [kind, ...titleWords] = rest;
  const title = titleWords.join(' ').trim();
  if (kind !== 'update' || !title) throw new UserError('COMMAND_USAGE', NEW_USAGE);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid)
    throw new UserError('COMMAND_USAGE', `--date must be a day like 2026-12-01, not '${date ?? ''}'.\n${NEW_USAGE}`);
  const file = path.join(knowledgeDir, 'updates', `${date}-${slugOf(title)}.md`);
  if (fs.existsSync(file)) throw new UserError('FILE_EXISTS', `${file} already exists: edit it, or choose another title.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, updateTemplate(date, title));
  return file;
}
