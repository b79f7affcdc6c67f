/** Gateway dispatches with missing or null fields, as a broken or hostile gateway could send them. */
import { baseMessage } from './fake-discord-rest.js';
import type { FakeDiscord } from './fake-discord.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export function malformedDispatches(fake: FakeDiscord): [string, any][] {
  const author = { id: '6601', username: 'mallory', discriminator: '0', global_name: null, avatar: null };
  const message = (over: object) => ({ ...baseMessage('1300000000000099999', fake.channelId, fake.guildId, author, 'x'), ...over });
  const interaction = { id: '1300000000000099998', application_id: fake.appId, token: 'broken', version: 1, entitlements: [], authorizing_integration_owners: {} };
  return [
    ['MESSAGE_CREATE', message({ author: null })],
    ['MESSAGE_CREATE', message({ author: undefined, mentions: [fake.botUser] })],
    ['MESSAGE_CREATE', message({ mentions: null, content: `<@${fake.botUser.id}> hi` })],
    ['MESSAGE_CREATE', message({ channel_id: null })],
    ['MESSAGE_CREATE', message({ content: null, mentions: [fake.botUser] })],
    ['MESSAGE_CREATE', null],
    ['MESSAGE_UPDATE', { id: '1300000000000099999', channel_id: fake.channelId, author: null }],
    ['MESSAGE_DELETE', {}],
    ['INTERACTION_CREATE', { ...interaction, type: 2 }],
    ['INTERACTION_CREATE', { ...interaction, type: 2, data: null }],
    ['INTERACTION_CREATE', { ...interaction, type: 3, data: {}, user: author }],
    ['INTERACTION_CREATE', { ...interaction, type: 4, data: { name: 'ask', type: 1, options: null }, user: author, channel: null }],
    ['INTERACTION_CREATE', null],
    ['GUILD_CREATE', { id: null }],
    ['GUILD_CREATE', {}],
    ['GUILD_MEMBER_ADD', {}],
    ['CHANNEL_CREATE', {}],
    ['THREAD_CREATE', { id: '1300000000000099997' }],
    ['MESSAGE_REACTION_ADD', {}],
    ['TYPING_START', {}],
    ['READY', {}],
  ];
}
