import { describe, expect, it } from 'vitest';
import { useFixtureService } from '../support/retrieval-helpers.js';

const fx = useFixtureService();

describe('questions about the filing of an organisation that filed nothing', () => {
  it('are declined even when the organisation is unknown to the glossary', async () => {
    const answer = await fx.service.ask("What did Zorblax Industries' submission say about delivery drones?");
    expect(answer.notCovered).toBe(false);
    expect(answer.text).toContain('No submission from Zorblax Industries is in the corpus');
  });

  it('keep multi-word names whole', async () => {
    const answer = await fx.service.ask("What did the Department of Defense's comment recommend?");
    expect(answer.text).toContain('No submission from Department of Defense');
  });

  it('are answered normally when the organisation did file', async () => {
    const answer = await fx.service.ask("What did Acme Robotics' submission say about defense purchasing?");
    expect(answer.notCovered).toBe(false);
    expect(answer.sources[0]?.docId).toBe('Acme-Robotics-AI-RFI-2025');
  });

  it('do not treat a country as an author', async () => {
    const answer = await fx.service.ask("What did China's response to export controls look like, according to the submissions?");
    expect(answer.text).not.toContain('No submission from China');
  });
});
