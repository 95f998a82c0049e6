// Who may manage a channel's digest in Slack: workspace admins and owners (users.info), or people in DIGEST_MANAGERS.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger';

/** Shown to anyone refused, so they know whom to ask. */
export const WHO_MAY_MANAGE =
  'a workspace admin or owner, or someone listed in DIGEST_MANAGERS by whoever runs BorderBrief';

/** How long a users.info answer is trusted: a demoted admin loses the right within minutes, with no call per command. */
export const ROLE_CACHE_MS = 5 * 60_000;

export interface DigestManagers {
  isManager(userId: string): Promise<boolean>;
}

/**
 * Asks users.info (scope users:read) once per user per few minutes. A listed DIGEST_MANAGERS id needs no call; a failed
 * call (no users:read scope, Slack down) refuses and is logged, and is not cached.
 */
export function createDigestManagers(
  client: webApi.WebClient,
  listed: readonly string[],
  logger: Logger,
  clock: () => Date = () => new Date(),
): DigestManagers {
  const managers = new Set(listed);
  const cache = new Map<string, { manager: boolean; at: number }>();
  return {
    async isManager(userId) {
      if (!userId) return false;
      if (managers.has(userId)) return true;
      const now = clock().getTime();
      const cached = cache.get(userId);
      if (cached && now - cached.at < ROLE_CACHE_MS) return cached.manager;
      try {
        const { user } = await client.users.info({ user: userId });
        const manager = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
        cache.set(userId, { manager, at: now });
        if (cache.size > 5_000) cache.delete(cache.keys().next().value!);
        return manager;
      } catch (err) {
        const hint = 'slack: users.info failed (does the app have the users:read scope?); refusing digest changes';
        logger.warn({ err, userId }, hint);
        return false;
      }
    },
  };
}
