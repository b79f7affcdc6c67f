/** Form-letter campaigns over a real index of the fixture corpus (four voice-actor letters). */
import { describe, expect, it } from 'vitest';
import { useFixtureService } from '../support/retrieval-helpers.js';

const LETTERS = ['AI-RFI-2025-0102', 'AI-RFI-2025-0103', 'AI-RFI-2025-0104', 'AI-RFI-2025-0105'];
const fx = useFixtureService();

describe('campaigns', () => {
  it('lists the campaign with its size, opening after the cover block, senders and dates', () => {
    const list = fx.service.campaigns();
    expect(list.count).toBe(1);
    expect(list.submissions).toBe(4);
    const [campaign] = list.campaigns;
    expect(LETTERS).toContain(campaign!.id);
    expect(campaign!.size).toBe(4);
    expect(campaign!.opening).toMatch(/^Dear Office of Science and Technology Policy, I am a voice actor/);
    expect(campaign!.opening).not.toMatch(/PUBLIC SUBMISSION|Tracking/);
    expect(campaign!.categories).toEqual([{ category: 'Individuals', submissions: 4 }]);
    expect(campaign!.firstReceived).toBe('2025-03-14');
    expect(campaign!.members).toBeUndefined();
  });

  it('filters by a topic the campaign text carries, and finds none for one it does not', () => {
    expect(fx.service.campaigns({ topic: 'ELVIS Act' })).toMatchObject({ matching: 1, campaigns: [{ size: 4 }] });
    expect(fx.service.campaigns({ topic: 'rural broadband' })).toMatchObject({ matching: 0, campaigns: [] });
  });

  it('shows one campaign with its members by the id of any member', () => {
    const list = fx.service.campaigns({ id: 'AI-RFI-2025-0104' });
    expect(list.campaigns[0]!.members!.map((m) => m.docId).sort()).toEqual(LETTERS);
    expect(fx.service.campaigns({ id: 'Acme-Robotics-AI-RFI-2025' }).campaigns).toEqual([]);
  });

  it('answers within one campaign only', async () => {
    const answer = await fx.service.ask('What do they want done about voices?', { campaign: 'AI-RFI-2025-0103' });
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources.every((s) => LETTERS.includes(s.docId))).toBe(true);
  });

  it('refuses a campaign id that names no campaign, saying where the ids are, for answers and searches', async () => {
    // A submission that is no form letter, and an id that is no submission: "no such campaign", not "not covered".
    for (const campaign of ['Acme-Robotics-AI-RFI-2025', 'AI-RFI-2025-9999']) {
      await expect(fx.service.ask('What do they want done about voices?', { campaign })).rejects.toMatchObject({ code: 'BAD_QUESTION', message: expect.stringMatching(/No form-letter campaign has the id “.+”\. `\/campaigns` lists them/) });
      await expect(fx.service.search('voices', { campaign })).rejects.toMatchObject({ code: 'BAD_QUESTION' });
    }
  });
});
