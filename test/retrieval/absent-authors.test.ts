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

  it.each([
    ['Did grid power association submit a comment?', 'Grid-Power-Association-AI-RFI-2025'],
    ['what did northfield university say about shared compute?', 'Northfield-University-AI-RFI-2025'],
    ['did child safety alliance say anything about children?', 'Child-Safety-Alliance-AI-RFI-2025'],
  ])('take a submitter\'s whole name written in lower case where an author stands for that submitter: "%s"', async (question, docId) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).not.toMatch(/No submission from/);
    expect(answer.sources.map((s) => s.docId)).toContain(docId);
  });

  it('do not treat a country as an author', async () => {
    const answer = await fx.service.ask("What did China's response to export controls look like, according to the submissions?");
    expect(answer.text).not.toContain('No submission from China');
  });
});

describe('questions about a listed organisation with no text to search: a scanned PDF, or a file the source does not hold', () => {
  const AFL = ['AFL-AI-RFI-2025', 'American Federation of Labor'] as const;
  const HARBOR = ['Harbor-Light-AI-RFI-2025', 'Harbor Light Action Fund'] as const;
  it.each([
    ['Did the American Federation of Labor mention unions?', 'did file a submission (AFL-AI-RFI-2025', AFL],
    ['Did the American Federation of Labor submit comments?', 'did file a submission (AFL-AI-RFI-2025', AFL],
    ['American Federation of Labor 有沒有提到工會？', '確實提交了意見（AFL-AI-RFI-2025', AFL],
    ['Did Harbor Light Action Fund submit a comment?', 'did file a submission (Harbor-Light-AI-RFI-2025, listed under Non-Profit), but the NITRD respondent listing names it and this index holds no copy of its file', HARBOR],
    ['What did the Harbor Light Action Fund say about export controls?', 'did file a submission (Harbor-Light-AI-RFI-2025', HARBOR],
    ['Harbor Light Action Fund 有沒有提交意見？', '確實提交了意見（Harbor-Light-AI-RFI-2025', HARBOR],
  ])('say it filed, with its PDF, never that it filed nothing: "%s"', async (question, filed, [docId, name]) => {
    const answer = await fx.service.ask(question);
    expect(answer.text).toContain(filed);
    expect(answer.text).toContain(`${docId}.pdf`);
    expect(answer.text).not.toMatch(new RegExp(`No submission from|沒有 ${name} 提交|does not mention`));
  });

  it.each([
    ['The American Federation of Labor said AI will cost jobs.', 'did file a submission'],
    ['Harbor Light Action Fund said AI needs export controls.', 'holds no copy of its file'],
  ])('a claim about it can be neither found nor ruled out: "%s"', async (claim, said) => {
    const checked = await fx.service.checkClaim(claim);
    expect(checked.verdict).toBe('not-found');
    expect(checked.text).toContain(said);
  });
});
