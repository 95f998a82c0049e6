// Turns the ways a store fails to open (a file where DATA_DIR should be, a corrupt SQLite file, PostgreSQL out of reach)
// into a UserError naming the variable or file and the fix; anything else is left as it is, a bug.
import { UserError } from '../errors';

const SQLITE_NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_IOERR']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
/** PostgreSQL's own codes for a refused login or a missing database (SQLSTATE). */
const PG_LOGIN: Record<string, string> = {
  '28P01': 'the password was refused',
  '28000': 'the user may not log in',
  '3D000': 'the database does not exist (create it, or fix the name in the URL)',
  '42501': 'the user may not create tables in it (grant CREATE on the schema)',
};

const codeOf = (err: unknown) => String((err as { code?: unknown })?.code ?? '');
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** A SQLite store under DATA_DIR could not be opened. */
export function sqliteOpenError(err: unknown, dataDir: string, file: string): unknown {
  const code = codeOf(err);
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return new UserError('CONFIG_INVALID', `DATA_DIR=${dataDir} is not a directory (a file is in the way): point DATA_DIR at a directory (it is created if missing) or move the file.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new UserError('CONFIG_INVALID', `DATA_DIR=${dataDir} cannot be written (${code}): give the bot's user write access or point DATA_DIR elsewhere.`);
  if (SQLITE_NOT_A_DATABASE.has(code))
    return new UserError(
      'CONFIG_INVALID',
      `${file} is not a usable SQLite database (${messageOf(err)}): restore it from a backup, or move it aside to start with an empty store (see README "Backing up").`,
    );
  return err;
}

/** PostgreSQL at DATABASE_URL could not be reached or refused us; the URL is shown without its password. */
export function postgresOpenError(err: unknown, url: string): unknown {
  const code = codeOf(err);
  const where = `DATABASE_URL=${withoutPassword(url)}`;
  if (UNREACHABLE.has(code) || /timeout|terminated unexpectedly|Connection terminated/i.test(messageOf(err)))
    return new UserError('CONFIG_INVALID', `${where}: cannot reach PostgreSQL (${code || messageOf(err)}): check that it is running and the host and port are right, or unset DATABASE_URL to use SQLite.`);
  if (PG_LOGIN[code]) return new UserError('CONFIG_INVALID', `${where}: PostgreSQL refused: ${PG_LOGIN[code]}.`);
  return err;
}

function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
