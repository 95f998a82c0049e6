// `npm run privacy`: the privacy CLI over the configured store (SQLite under DATA_DIR, or DATABASE_URL).
import { runCoreCli } from './run-main';
import { PRIVACY_USAGE, runPrivacyCli } from './privacy-cli';

runCoreCli(PRIVACY_USAGE, runPrivacyCli, { usageWhenEmpty: true });
