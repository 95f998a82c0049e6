// `npm run gaps`: the gaps CLI over the configured store (SQLite under DATA_DIR, or DATABASE_URL).
import { runCoreCli } from './run-main';
import { GAPS_USAGE, runGapsCli } from './gaps-cli';

runCoreCli(GAPS_USAGE, (argv, core) => runGapsCli(argv, core.bot));
