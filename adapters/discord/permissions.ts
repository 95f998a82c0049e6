// The Discord permission that makes a member one of the bot's admins: checked on each command and registered with the
// admin-only commands, so the two cannot drift apart.
import { PermissionFlagsBits } from 'discord.js';

/** Manage Server: the server's own admins are the bot's (`/gaps`, `/knowledge`). */
export const ADMIN_PERMISSION = PermissionFlagsBits.ManageGuild;
