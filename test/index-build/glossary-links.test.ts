import { describe, expect, it } from 'vitest';
import { linkGlossary, type NamedSubmission } from '../../src/index-build/glossary-links.js';
import { parseGlossary } from '../../src/retrieval/i18n/glossary-schema.js';

const org = (names: string[], kind = 'company', match?: 'within') => ({ zh: ['某'], names, kind, ...(match ? { match } : {}) });
const GLOSSARY = parseGlossary({
  organisations: [
    org(['Acme Robotics']),
    org(['Consumer Technology Association', 'CTA'], 'association'),
    org(['Allen Institute for AI']),
    org(['Northfield University'], 'university', 'within'),
    org(['Georgia'], 'government'),
    org(['Ruritania'], 'country'),
    org(['Zorblax Chat'], 'product'),
    org(['Oracle']),
  ],
  aliases: [
    { alias: 'NU', names: ['Northfield University'], match: 'within' },
    { alias: 'ACME', names: ['Acme Robotics'] },
  ],
  terms: [{ zh: ['芯片'], en: ['chips'], topic: 'chips' }],
  functionWords: ['的'],
});

const submission = (name: string, category = 'Private Sector'): NamedSubmission => ({ submitter: name, respondentName: name, category });
const CORPUS = [
  submission('ACME ROBOTICS, Inc.'),
  submission('Consumer Technology Association (CTA)', 'Industry/Professional/Scientific Associations'),
  submission('Allen Institue for AI', 'Non-Profit'),
  submission('Northfield University', 'Academia'),
  submission('Center for Ethics, Northfield University', 'Academia'),
  submission('Northfield University Alumni Sam', 'Individuals'),
  submission('Georgia Institute of Technology', 'Academia'),
  submission('Ruritania'),
  submission('Zorblax Chat'),
];

describe('linking the glossary to the submitters', () => {
  const links = linkGlossary(GLOSSARY, CORPUS);

  it('matches names regardless of case, punctuation and corporate suffixes', () => {
    expect(links.organisations['Acme Robotics']).toEqual(['ACME ROBOTICS, Inc.']);
    expect(links.aliases['ACME']).toEqual(['ACME ROBOTICS, Inc.']);
  });

  it('reads a bracketed short form as a name of its own, and forgives one slipped letter in a long name', () => {
    expect(links.organisations['Consumer Technology Association']).toEqual(['Consumer Technology Association (CTA)']);
    expect(links.organisations['Allen Institute for AI']).toEqual(['Allen Institue for AI']);
  });

  it('takes organisations whose name contains the entry’s only when it says `within`, and never individuals', () => {
    expect(links.organisations['Northfield University']).toEqual(['Northfield University', 'Center for Ethics, Northfield University']);
    expect(links.aliases['NU']).toEqual(['Northfield University', 'Center for Ethics, Northfield University']);
    expect(links.organisations['Georgia']).toBeUndefined();
  });

  it('links no countries or products, and no one for an organisation that filed nothing', () => {
    expect(links.organisations['Ruritania']).toBeUndefined();
    expect(links.organisations['Zorblax Chat']).toBeUndefined();
    expect(links.organisations['Oracle']).toBeUndefined();
  });
});
