import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/bot/commands/index.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { runScript } from '../support/run-script.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake.close());

const run = (args: string[], env: Record<string, string> = {}) =>
  runScript('src/cli/register.ts', args, { ...process.env, DISCORD_TOKEN: 'FAKE.TOKEN.register', DISCORD_APP_ID: fake.appId, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: '', LOG_LEVEL: 'silent', ...env });

describe('npm run register (src/cli/register.ts)', () => {
  it('deploys the command registry to a guild', async () => {
    const result = await run(['--guild', fake.guildId]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const names = commands.map((c) => c.data.name);
    expect(names).toEqual(expect.arrayContaining(['ask', 'check', 'search', 'submission', 'compare', 'campaigns', 'stats', 'help']));
    expect(result.stdout).toContain(`registered ${names.length} commands (guild ${fake.guildId}): ${names.join(', ')}`);
    const put = await fake.waitFor((c) => c.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.appId}/guilds/${fake.guildId}/commands`);
    expect((put.body as { name: string }[]).map((c) => c.name)).toEqual(names);
  });

  it('exits 1 with the usage and no stack trace when the target or the token is missing', async () => {
    const [noTarget, both, noToken] = await Promise.all([run([]), run(['--guild', fake.guildId, '--global']), run(['--global'], { DISCORD_TOKEN: '' })]);
    for (const result of [noTarget, both, noToken]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
    expect(noTarget.stderr).toContain('no target');
    expect(noTarget.stderr).toContain('usage: npm run register');
    expect(both.stderr).toContain('not both');
    expect(noToken.stderr).toContain('DISCORD_TOKEN is not set');
  });
});
