// Slash commands built from the core's command specs, and registration that only writes when something changed.
import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import type { CommandOption, CommandSpec } from '../../src/commands/command';
import { clip } from '../../src/text/text-tools';
import { ADMIN_PERMISSION } from './permissions';

export type CommandJSON = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Where commands are registered: one server (instant) or everywhere (global). */
export interface RegistrationTarget {
  applicationId: string;
  guildId?: string;
}

/** Discord's limits on command and option descriptions. */
const MAX_DESCRIPTION = 100;

/**
 * One slash command per core spec: options become string options, subcommands stay subcommands. An admin-only command
 * is registered with the admin permission, so Discord hides it from members without it (server owners may still change
 * who sees it in Server Settings → Integrations, so the core refuses non-admins too); the others explicitly with none.
 */
export function buildCommands(specs: CommandSpec[]): CommandJSON[] {
  return specs.map((spec) => {
    const builder = new SlashCommandBuilder()
      .setName(spec.name)
      .setDescription(describe(spec.description))
      .setDefaultMemberPermissions(spec.admin ? ADMIN_PERMISSION : null);
    if (spec.subcommands?.length) {
      for (const sub of spec.subcommands) {
        builder.addSubcommand((s) => addOptions(s.setName(sub.name).setDescription(describe(sub.description)), sub.options));
      }
    } else {
      addOptions(builder, spec.options);
    }
    return builder.toJSON();
  });
}

function addOptions<B extends SlashCommandBuilder | SlashCommandSubcommandBuilder>(builder: B, options: CommandOption[]): B {
  for (const o of options) {
    builder.addStringOption((opt) => {
      opt.setName(o.name).setDescription(describe(o.description)).setRequired(o.required);
      if (o.autocomplete) opt.setAutocomplete(true);
      if (o.maxLength) opt.setMaxLength(Math.min(o.maxLength, 6000));
      return opt;
    });
  }
  return builder;
}

/** Discord wants 1–100 characters, and shows them as written: start with a capital. */
function describe(text: string): string {
  const t = text.trim();
  return clip(t.charAt(0).toUpperCase() + t.slice(1), MAX_DESCRIPTION);
}

/** The parts of a command that registration changes; Discord's extra fields (ids, versions, defaults) are left out. */
function comparable(commands: ReadonlyArray<CommandJSON | APIApplicationCommand>): unknown {
  const option = (o: APIApplicationCommandOption): unknown => ({
    type: o.type,
    name: o.name,
    description: o.description,
    required: 'required' in o ? Boolean(o.required) : false,
    autocomplete: 'autocomplete' in o ? Boolean(o.autocomplete) : false,
    max_length: 'max_length' in o ? (o.max_length ?? null) : null,
    min_length: 'min_length' in o ? (o.min_length ?? null) : null,
    choices: 'choices' in o ? (o.choices ?? []) : [],
    options: 'options' in o && (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) ? (o.options ?? []).map(option) : [],
  });
  return commands
    .map((c) => ({
      type: c.type ?? ApplicationCommandType.ChatInput,
      name: c.name,
      description: c.description,
      // Who sees the command: a string of permission bits, or null (absent) for everyone.
      default_member_permissions: c.default_member_permissions ?? null,
      options: (c.options ?? []).map(option),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** True when what is registered differs from what the core declares (name, description, permissions, options). */
export function commandsDiffer(wanted: CommandJSON[], registered: APIApplicationCommand[]): boolean {
  return JSON.stringify(comparable(wanted)) !== JSON.stringify(comparable(registered));
}

export type SyncResult = 'registered' | 'unchanged';

/**
 * Registers the commands only when they differ from what Discord has: a PUT on every restart
 * would spend Discord's daily command-creation limit.
 */
export async function syncCommands(rest: REST, target: RegistrationTarget, wanted: CommandJSON[]): Promise<SyncResult> {
  const route = target.guildId ? Routes.applicationGuildCommands(target.applicationId, target.guildId) : Routes.applicationCommands(target.applicationId);
  const registered = (await rest.get(route)) as APIApplicationCommand[];
  if (!commandsDiffer(wanted, registered)) return 'unchanged';
  await rest.put(route, { body: wanted });
  return 'registered';
}
