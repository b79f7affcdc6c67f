import type { AutocompleteInteraction, SlashCommandStringOption } from 'discord.js';
import { CATEGORIES } from '../../shared/categories.js';
import type { BotContext } from '../types.js';

export const categoryOption = (option: SlashCommandStringOption) =>
  option
    .setName('category')
    .setDescription('Only submissions from this kind of submitter')
    .addChoices(...CATEGORIES.map((c) => ({ name: c, value: c })));

export const submitterOption = (option: SlashCommandStringOption) =>
  option.setName('submitter').setDescription('Only this submitter (start typing a name)').setAutocomplete(true).setMaxLength(100);

const clip = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

/** Discord allows 25 choices of ≤100 characters, answered within 3 seconds. */
export async function suggestSubmitters(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== 'submitter') return interaction.respond([]);
  const matches = ctx.qa.suggestSubmitters(focused.value.trim(), 25);
  await interaction.respond(
    matches.slice(0, 25).map((m) => ({ name: clip(`${m.name} (${m.category})`), value: m.name.slice(0, 100) })),
  );
}

/** Empty strings count as "not given". */
export function optionalString(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
