/** Question analysis over the fixture corpus's index: the submitters a question names, and the authors that filed nothing. */
import { describe, expect, it } from 'vitest';
import { useFixtureService } from '../../support/retrieval-helpers.js';

const fx = useFixtureService();

describe('the question analyzer', () => {
  it('finds the submitter a question names, and keeps its name out of the topic', () => {
    const question = fx.service.analyzer.analyze('What did Acme Robotics say about defense purchasing?');
    expect(question.named.flatMap((hit) => hit.docIds)).toEqual(['Acme-Robotics-AI-RFI-2025']);
    expect(question.nameTerms.length).toBeGreaterThan(0);
    expect(question.topic.some((t) => question.nameTerms.includes(t))).toBe(false);
    expect(question.absentAuthors).toEqual([]);
  });

  it('marks an organisation whose filing is asked about, and that filed nothing here, as absent', () => {
    const question = fx.service.analyzer.analyze("What did Zorblax Industries' submission say about delivery drones?");
    expect(question.named).toEqual([]);
    expect(question.absentAuthors).toEqual(['Zorblax Industries']);
  });
});
