// `npm run knowledge:new -- update "Title"`: a new update file in the configured knowledge/ to fill in.
import dotenv from 'dotenv';
import path from 'node:path';
import { loadConfig } from '../config';
import { newKnowledgeFile } from './new-update';
import { runMain } from './run-main';

async function main(argv: string[]): Promise<number> {
  dotenv.config({ quiet: true });
  const file = newKnowledgeFile(argv, loadConfig(process.env).knowledgeDir);
  const shown = path.relative(process.cwd(), file) || file;
  process.stdout.write(`Created ${shown}: fill in source (and related, if it bears on one section) and the text.\n`);
  return 0;
}

runMain(main);
