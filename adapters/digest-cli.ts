// `npm run digest`: the digest CLI with the configured platforms as delivery targets (run-due posts through them).
import { runCoreCli } from '../src/cli/run-main';
import { DIGEST_USAGE, runDigestCli } from '../src/cli/digest-cli';
import { createDeliverers } from './platforms';

runCoreCli(DIGEST_USAGE, (argv, core, logger) => {
  const deliverers = argv[0] === 'run-due' ? createDeliverers(process.env, core, logger, process.stdout) : {};
  return runDigestCli(argv, core, deliverers);
});
