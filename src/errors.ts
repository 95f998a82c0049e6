// Errors a user can act on carry a stable code and a friendly message; anything else is a bug for the error boundary.
import { withoutMarks } from './text/text-tools';

export type UserErrorCode =
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'COMMAND_UNKNOWN'
  | 'COMMAND_USAGE'
  | 'TIMEZONE_UNKNOWN'
  | 'TIME_INVALID'
  | 'PERMISSION_DENIED'
  | 'RATE_LIMITED'
  | 'NOT_SUBSCRIBED'
  | 'PLATFORM_UNAVAILABLE'
  | 'FILE_EXISTS';

/** An error whose message is meant for the person who caused it: say what is wrong and how to fix it. */
export class UserError extends Error {
  /** The message as a reply's Markdown, with the text the user typed marked (`userText`) for each platform to escape. */
  readonly markdown: string;

  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(withoutMarks(message));
    this.markdown = message;
    this.name = 'UserError';
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
