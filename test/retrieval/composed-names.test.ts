/**
 * A Chinese name made of a glossary word and a glossary organisation ("圖書館" + "版權聯盟") is the
 * submitter so called (the Library Copyright Alliance), not the shorter one (the Copyright Alliance).
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';

const DOCS: Doc[] = [
  { id: 'Copyright-Alliance-AI-RFI-2025', name: 'Copyright Alliance', category: 'non-profit', text: 'The Copyright Alliance represents creators. Fair use should be decided case by case by the courts.\n' },
  { id: 'Library-Copyright-Alliance-AI-RFI-2025', name: 'Library Copyright Alliance', category: 'non-profit', text: 'The Library Copyright Alliance asks that licence terms overriding fair use be preempted.\n' },
  { id: 'AI-RFI-2025-0401', name: 'Dana Reyes', category: 'individuals', text: 'I am a librarian and I worry about fair use.\n' },
];

describe('a name made of a glossary word and a glossary organisation', () => {
  const fx = useAnswerService(DOCS);
  const named = (question: string) => fx.service.analyzer.analyze(question).named.flatMap((hit) => hit.docIds);

  it.each(['图书馆版权联盟对合理使用有什么看法？', '圖書館版權聯盟對合理使用有什麼看法？'])('is the longer submitter: "%s"', (question) => {
    expect(named(question)).toEqual(['Library-Copyright-Alliance-AI-RFI-2025']);
    expect(fx.service.analyzer.analyze(question).topic).not.toContain('librari');
  });

  it('leaves the shorter name alone when it is written alone', () => {
    expect(named('版權聯盟對合理使用有什麼看法？')).toEqual(['Copyright-Alliance-AI-RFI-2025']);
  });

  it('reads both when both are written', () => {
    expect(named('圖書館版權聯盟和版權聯盟對合理使用的看法有何不同？').sort()).toEqual(['Copyright-Alliance-AI-RFI-2025', 'Library-Copyright-Alliance-AI-RFI-2025']);
  });

  it('answers from the longer submitter', async () => {
    const answer = await fx.service.ask('圖書館版權聯盟對合理使用有什麼看法？');
    expect(answer.sources[0]?.docId).toBe('Library-Copyright-Alliance-AI-RFI-2025');
    expect(answer.text).toContain('preempted');
  });
});
