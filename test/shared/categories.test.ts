import { describe, expect, it } from 'vitest';
import { categoryOption } from '../../src/bot/commands/options.js';
import { SlashCommandStringOption } from 'discord.js';
import { categoryFromFileName, categoryNamedBy } from '../../src/index-build/metadata/categories.js';
import { categoryNameZh } from '../../src/retrieval/question/categories.js';
import { CATEGORIES } from '../../src/shared/categories.js';

const TABLE_FILES = ['academia_links.txt', 'individuals_links.txt', 'industry-professional-scientificassoc_links.txt', 'non-federal_links.txt', 'non-profit_links.txt', 'private-sector_links.txt'];

describe('the one category list', () => {
  it('is what the listing’s six tables and the page’s headings hold', () => {
    expect(TABLE_FILES.map(categoryFromFileName).sort()).toEqual([...CATEGORIES].sort());
    for (const category of CATEGORIES) expect(categoryNamedBy(`${category} Responses`), category).toBe(category);
  });

  it('is what questions can name, in Chinese too', () => {
    for (const category of CATEGORIES) expect(categoryNameZh(category), category).toMatch(/\p{Script=Han}/u);
  });

  it('is what the bot offers as the category option', () => {
    const option = categoryOption(new SlashCommandStringOption()).toJSON() as { choices?: { value: string }[] };
    expect(option.choices?.map((c) => c.value)).toEqual([...CATEGORIES]);
  });
});
