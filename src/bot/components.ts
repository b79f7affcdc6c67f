import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';

export type ButtonAction = { kind: 'vote'; vote: 'up' | 'down'; answerId: string } | { kind: 'passages'; answerId: string };

/** 👍 / 👎 / Show passages under an answer; custom ids carry the answer id. */
export function answerButtons(answerId: string): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`fb:up:${answerId}`).setEmoji('👍').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`fb:down:${answerId}`).setEmoji('👎').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`pass:${answerId}`).setLabel('Show passages').setStyle(ButtonStyle.Secondary),
  );
}

export function parseButton(customId: string): ButtonAction | undefined {
  const vote = /^fb:(up|down):([\w-]+)$/.exec(customId);
  if (vote?.[1] && vote[2]) return { kind: 'vote', vote: vote[1] === 'up' ? 'up' : 'down', answerId: vote[2] };
  const passages = /^pass:([\w-]+)$/.exec(customId);
  if (passages?.[1]) return { kind: 'passages', answerId: passages[1] };
  return undefined;
}
