// Message guards, as named functions: which gateway messages the bot answers, and what text it answers.
import type { Message } from 'discord.js';

type GuardedMessage = Pick<Message, 'author' | 'mentions' | 'system' | 'webhookId'> & { inGuild(): boolean };

/** Bots (this one included) and webhooks never get an answer: two bots answering each other would never stop. */
export function isFromBot(message: GuardedMessage): boolean {
  return message.author.bot || message.webhookId !== null;
}

/** The bot's own messages — already covered by isFromBot, kept explicit so the rule survives any change to it. */
export function isFromSelf(message: GuardedMessage, botId: string): boolean {
  return message.author.id === botId;
}

/** A DM, or a message that mentions the bot itself (@everyone, @here and role mentions do not count). */
export function isAddressedToBot(message: GuardedMessage, botId: string): boolean {
  return !message.inGuild() || message.mentions.users.has(botId);
}

/** The guards in order: a message gets an answer only if every one lets it through. */
export function shouldAnswerMessage(message: GuardedMessage, botId: string): boolean {
  return !message.system && !isFromSelf(message, botId) && !isFromBot(message) && isAddressedToBot(message, botId);
}

/** The question without the bot's mention (`<@id>` or the older `<@!id>`). */
export function stripBotMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
