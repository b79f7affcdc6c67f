/**
 * Questions understood by what they contain, not by their wording: each kind of question in
 * English and Chinese lands in its place, counts agree across wordings, a topic with one concept
 * present is never a "no", and conversations carry only what a turn leaves out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetrievalService } from '../../src/retrieval/service.js';
import { openAnswerService } from '../support/answer-corpus.js';
import { conversation, docsOf } from '../support/retrieval-helpers.js';
import { understand } from '../../src/retrieval/question/understand.js';

let service: RetrievalService;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ service, cleanup } = await openAnswerService());
});
afterAll(async () => {
  await cleanup?.();
});

const converse = (...questions: string[]) => conversation(service, questions);

describe('the kind of a question, from its slots', () => {
  it.each([
    ['How many companies submitted?', 'count'],
    ['有多少家公司提交了意見？', 'count'],
    ['Which universities discussed export controls?', 'list'],
    ['哪些大學討論了出口管制？', 'list'],
    ['Name every think tank that discussed export controls.', 'list'],
    ['Did Orbit Cloud submit a comment?', 'submitted'],
    ['Orbit Cloud 有沒有提交意見？', 'submitted'],
    ['Did Orbit Cloud comment?', 'submitted'],
    ['Did Orbit Cloud respond?', 'submitted'],
    // Handing in a comment, and the public consultation named as the frame rather than as the public.
    ['Orbit Cloud 有沒有交意見書？', 'submitted'],
    ['Orbit Cloud 是否有參與這次公眾意見徵集？', 'submitted'],
    ["What did Orbit Cloud's comment say?", 'outline'],
    ['How many recommendations did Orbit Cloud list in its comment?', 'outline'],
    ['Did Zorblax Industries file a response?', 'not-submitted'],
    ['Zorblax Industries 有沒有提交意見？', 'not-submitted'],
    ['Did Harbor Software discuss export controls?', 'presence'],
    ['Harbor Software 對出口管制有什麼看法？', 'presence'],
    ["Summarise Beacon AI Lab's submission", 'outline'],
    ['Beacon AI Lab 的主要建議是什麼？', 'outline'],
    ['Overview of Beacon AI Lab\'s submission?', 'outline'],
    // A product's capitalised name is no request for a summary.
    ["Orbit Cloud tested Harbor's Cloud Overview tool: what share of its answers were wrong?", 'presence'],
    ['How do Beacon AI Lab and Orbit Cloud differ on export controls?', 'comparison'],
    ['Where did the agency open its first American office?', 'lookup'],
    // A named submitter asked to count a thing in its text: a question on its text, not whether it filed.
    ['How many creators and organisations does Orbit Cloud say it serves?', 'presence'],
    ['Orbit Cloud 說它服務多少創作者和多少組織？', 'presence'],
    ['How many submissions did Orbit Cloud file?', 'submitted'],
    ['Orbit Cloud 提交了多少份意見？', 'submitted'],
    // A topic only the general dictionary reads is a topic too.
    ['Orbit Cloud 有沒有提到禱告？', 'presence'],
    // One submitter described is asked about its text: "哪些" and "多少比例" ask what it said, not which or how many submitters.
    ['有位留言者說，他們只希望 AI 幫忙做哪些家務？', 'lookup'],
    ['有位留言者說，AI 的診斷有多少比例是錯的？', 'lookup'],
    ['有多少位留言者提到出口管制？', 'count'],
    // A name the question says is looked for, or that is mentioned by others, is counted, not asked whether it filed.
    ['Zorblax 這個名字大概出現在幾份回覆裡？', 'count'],
    ['Zorblax Industries 在多少份意見書中被提到？', 'count'],
    ['第14110號行政命令（Executive Order 14110）在多少份意見書中被引用過？', 'count'],
    ['In how many submissions does Zorblax Industries (a chip maker) come up?', 'count'],
    // What someone else's verb counts is a fact of the text: "how many people does X employ".
    ['How many people does the banking industry employ?', 'lookup'],
    ['What number of developers did they cite for the US?', 'lookup'],
    // "how many" before a verb of saying counts the submissions that say it.
    ['Among the companies, how many mention export controls?', 'count'],
  ])('%s → %s', (question, kind) => {
    expect(service.analyzer.analyze(question).kind).toBe(kind);
  });

  it.each([
    ['How many creators and organisations does Orbit Cloud say it serves?', 'creator'],
    ['Orbit Cloud 說它服務多少創作者和多少組織？', 'creator'],
  ])('keeps what a named submitter is asked to count in the topic: "%s"', (question, term) => {
    expect(service.analyzer.analyze(question).topic).toContain(term);
  });

  it.each([['Is small businesses something Orbit Cloud raised in its comments?'], ['How many companies mention small businesses?'], ['How many small businesses submitted comments?']])(
    'reads "small businesses" as a topic, never the companies category: "%s"',
    (question) => {
      const analyzed = service.analyzer.analyze(question);
      expect(analyzed.topic).toEqual(expect.arrayContaining(['small', 'busi']));
      expect(analyzed.impliedCategory).toBeUndefined();
    },
  );

  it.each([
    ['According to the trade group for investor-owned utilities, how much power will data centers need?', 'Industry/Professional/Scientific Associations'],
    ['A Texas university warned about deepfakes. What did it ask for?', 'Academia'],
    ['An Ohio nonprofit wrote about broadband. What did it want?', 'Non-Profit'],
    ['A teacher wrote about tests. What did she ask for?', undefined],
  ])('prefers, never requires, the kind of submitter a description names: "%s"', (question, category) => {
    const analyzed = service.analyzer.analyze(question);
    expect(analyzed.impliedCategory).toBe(category);
    expect(analyzed.categories).toEqual([]);
  });

  it('reads an author in any word order, and a name in a topic slot as the topic', () => {
    expect(service.analyzer.analyze('What did the Software Harbor folks say about export controls?').named.map((n) => n.docIds)).toEqual([['Harbor-Software-AI-RFI-2025']]);
    const asked = service.analyzer.analyze('How many submissions mention Orbit Cloud?');
    expect(asked.kind).toBe('count');
    expect(asked.named).toEqual([]);
    expect(asked.topic).toContain('orbit');
    // The subject slot of "Was X something Y addressed?" holds the topic before the name.
    const inverted = service.analyzer.analyze('Was copyright something Orbit Cloud addressed?');
    expect(inverted.kind).toBe('presence');
    expect(inverted.topic).toEqual(['copyright']);
    // A possessive typed in lower case as the first word names its submitter; one that names none is no organisation that filed nothing.
    expect(service.analyzer.analyze("northgate's comment on computing?").named.map((n) => n.docIds)).toEqual([['Northgate-University-AI-RFI-2025']]);
    expect(service.analyzer.analyze("public's views on computing?").absentAuthors).toEqual([]);
    // A name with a word shortened as people write it ("Univ", "Assn"): the submitter, and the short word no topic.
    const shortened = service.analyzer.analyze('What did Northgate Univ ask for on computing?');
    expect(shortened.named.map((n) => n.docIds)).toEqual([['Northgate-University-AI-RFI-2025']]);
    expect(shortened.topic).not.toContain('univ');
  });

  it('gives the share of the category under a count asked as a share (en, zh)', async () => {
    const answer = await service.ask('What percentage of companies mention export controls?');
    const [head, share] = answer.text.split('\n');
    const count = Number(/^(\d+) submissions? in the Private Sector category mentions? ‘export controls’/.exec(head!)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(share).toBe(`That is ${((100 * count) / 3).toFixed(1).replace(/\.0$/, '')}% of the 3 submissions in Private Sector.`);
    expect((await service.ask('How many companies mention export controls?')).text).not.toContain('That is');
    expect((await service.ask('有多少比例的公司提到出口管制？')).text.split('\n')[1]).toMatch(/^即「私(营部门|營部門)」(类别|類別) 3 份(意见|意見)中的 \d/);
  });

  it('says under such a count that no category names the thing, so mentions were counted', async () => {
    const answer = await service.ask('How many think tanks commented?');
    expect(answer.text.split('\n')[1]).toBe('The NITRD listing has no category for think tanks: the count is of the submissions that mention them, whoever sent them.');
    const companies = await service.ask('How many companies submitted?');
    expect(companies.text).not.toContain('no category for');
    // A list of such a kind on a topic lists everyone on the topic, and says why.
    const listed = await service.ask('Which think tanks discussed export controls?');
    expect(listed.text.split('\n')[0]).toMatch(/mention ‘export controls’/);
    expect(listed.text.split('\n')[1]).toBe('The NITRD listing has no category for think tanks: these are all the submitters that mention it, of any kind.');
  });

  it('takes no other submitter for a name that shares its initials or its first word', () => {
    // Beacon AI Lab's initials, another organisation's words: no submission from it, not Beacon's.
    const initials = service.analyzer.analyze('What did the Beacon Analytics League say about export controls?');
    expect(initials.named).toEqual([]);
    expect(initials.absentAuthors).toEqual(['Beacon Analytics League']);
    // "the Harbor administration": a capitalised word before a noun says what it is of, not who filed.
    expect(service.analyzer.analyze('Did the Harbor administration get praise?').named).toEqual([]);
  });

  it('keeps a category word inside an organisation\'s Chinese name: 美國商會 is the Chamber, not "America" as a topic (zh)', () => {
    // The Chamber filed nothing here: its name is what the question is about, never 美國 (America) cut from it.
    const asked = service.analyzer.analyze('美國商會有沒有提交意見？');
    expect(asked.kind).toBe('not-submitted');
    expect(asked.absentAuthors).toContain('US Chamber of Commerce');
    expect(asked.topic).toEqual(['usa', 'chamber', 'commerc']);
  });

  it('still takes a name written in lower case for an organisation that filed nothing', () => {
    expect(service.analyzer.analyze('did home depot submit anything?').absentAuthors).toEqual(['home depot']);
  });

  it('counts what no category names by its mentions: "think tanks" and "hospitals" are the topic, not every submission', () => {
    for (const [question, topic] of [
      ['How many think tanks commented?', ['think', 'tank']],
      ['How many different hospitals sent in comments?', ['hospit']],
    ] as const) {
      const asked = service.analyzer.analyze(question);
      expect(asked.kind, question).toBe('count');
      expect(asked.topic, question).toEqual(topic);
    }
    // A category, or submissions in general, is still counted from the listing.
    expect(service.analyzer.analyze('How many trade groups commented?').topic).toEqual([]);
    expect(service.analyzer.analyze('How many organisations submitted?').topic).toEqual([]);
  });

  it('never takes a described submitter, a pronoun or a common word for an organisation that filed nothing', () => {
    for (const question of [
      'What did the illustrators who ask for consent say about a library?',
      'Does either want export controls?',
      'Besides export controls, what did Beacon AI Lab ask for?',
      // A capitalised word at the end of a described subject is no author of its own.
      'Who would run it? Would the regulator sit in the Pentagon?',
      'How much time does their Charlotte assistant save?',
      // A subject in lower case before its verb is no organisation's name.
      'How many tanks of water do data centers use?',
      'How much power do language models consume?',
    ]) {
      expect(service.analyzer.analyze(question).absentAuthors, question).toEqual([]);
    }
  });
});

describe('answers decided from the slots', () => {
  it('says yes to "did X submit" with its filing (en, zh)', async () => {
    const en = await service.ask('Did Orbit Cloud submit a comment?');
    expect(en.text).toMatch(/^Yes — Orbit Cloud filed a submission/);
    expect(docsOf(en)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
    const zh = await service.ask('Orbit Cloud 有沒有提交意見？');
    expect(zh.text).toMatch(/^是的——Orbit Cloud 提交了 1 份意見/);
  });

  it.each(['Who does Orbit Cloud say chairs its board?', "Who did Orbit Cloud's comment name as its chief economist?", 'Orbit Cloud 說誰是它的首席經濟學家？'])('never answers "no" to a question that asks who, whatever its words: "%s"', async (question) => {
    const answer = await service.ask(question);
    expect(answer.text).not.toMatch(/^No —|^沒有——|does not mention|沒有提到/);
    expect(docsOf(answer)).toContain('Orbit-Cloud-AI-RFI-2025');
  });

  it('leads a count of one submitter\'s filings with the number, not with "yes" (en, zh)', async () => {
    const en = await service.ask('How many submissions did Orbit Cloud file?');
    expect(en.text).toMatch(/^1 submission in the listing is from Orbit Cloud:/);
    expect(docsOf(en)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
    const zh = await service.ask('Orbit Cloud 提交了多少份意見？');
    expect(zh.text).toMatch(/^共有 1 份意見由 Orbit Cloud 提交：/);
  });

  it('says what the listing credits to a submitter whose name a count of mentions is of, so that "no submission mentions X" never reads as none from X (en, zh)', async () => {
    const en = await service.ask('How many submissions mention Orbit Cloud?');
    expect(en.text).toContain('The listing credits 1 submission to Orbit Cloud; the count above is of the texts that name it.');
    const zh = await service.ask('有多少份意見提到 Orbit Cloud？');
    expect(zh.text).toContain('提交者名單中有 1 份意見由 Orbit Cloud 提交');
    expect((await service.ask('How many submissions mention export controls?')).text).not.toContain('The listing credits');
  });

  it.each(['how many comments were filed under the name Orbit Cloud', 'How many separate submissions did Orbit Cloud file?', 'How many distinct comments were sent in by Orbit Cloud?'])(
    'counts one submitter\'s filings whatever stands around its name: "%s"',
    async (question) => {
      const answer = await service.ask(question);
      expect(answer.text).toMatch(/^1 submission in the listing is from Orbit Cloud:/);
      expect(answer.text).not.toMatch(/No submission mentions/);
    },
  );

  it('a law or a programme named where a sender stands is talked about, not a submitter that filed nothing', async () => {
    for (const question of ['Is the CHIPS Act mentioned?', 'How often is the Export Control Reform Act mentioned?', 'Did the National AI Research Resource Program come up?']) {
      const answer = await service.ask(question);
      expect(answer.text, question).not.toMatch(/No submission from/);
    }
    // An unknown sender is still one.
    expect((await service.ask('Did Zorblax Industries file a comment?')).text).toMatch(/^No submission from Zorblax Industries/);
  });

  it('"per X" and "according to X" name the author: other submitters in the question are talked about', async () => {
    for (const question of [
      'Per Orbit Cloud, how many customers does Harbor Software lose when export controls reach every country?',
      'How much business does Beacon AI Lab lose to foreign clouds, according to Orbit Cloud?',
    ]) {
      expect(service.analyzer.analyze(question).named.map((n) => n.alias), question).toEqual(['orbit cloud']);
      expect((await service.ask(question)).text, question).not.toMatch(/(Harbor Software|Beacon AI Lab)'s submission does not/);
    }
    // Both named where an author stands: both are authors.
    expect(service.analyzer.analyze('According to Orbit Cloud and Southbay College, what should export controls exempt?').named.map((n) => n.alias).sort()).toEqual(['orbit cloud', 'southbay college']);
  });

  it('a submitter\'s name inside the name of a law is part of the law, not its author', async () => {
    const question = 'The Southbay College Access Act is modeled on which historic law?';
    expect(service.analyzer.analyze(question).named).toEqual([]);
    expect((await service.ask(question)).text).not.toMatch(/Southbay College's submission does not/);
  });

  it('an auxiliary or a pronoun where a name was ends a phrase: the words either side are no one concept', async () => {
    const concepts = async (question: string) => (await understand(question, {}, { corpus: service.corpus, analyzer: service.analyzer })).concepts.map((c) => c.label);
    expect(await concepts('How many customers does Orbit Cloud say it serves?')).toEqual(['customers', 'serves']);
    expect(await concepts('What share of its revenue did Harbor Software say comes from Canada?')).toEqual(expect.arrayContaining(['revenue', 'Canada']));
    // A verb of judging is how the question asks, not what: "blame foreign clouds" is tested by the clouds.
    expect(await concepts('Did Orbit Cloud blame foreign clouds for lost customers?')).toEqual(expect.arrayContaining(['foreign clouds']));
    // A word that is more often a thing stays: "credit scores".
    expect(await concepts('Did Orbit Cloud discuss credit scores?')).toEqual(['credit scores']);
    // An adverb of time left alone by the split is no concept of its own.
    expect(await concepts("What is Orbit Cloud's take on the cloud markets we already have?")).toEqual(['cloud markets']);
    // After an auxiliary, a capitalised subject and the verb that follows it are no one concept: "when did Canada change its rules".
    expect(await concepts('According to Orbit Cloud, when did Canada change its export rules?')).toEqual(expect.arrayContaining(['Canada']));
  });

  it('a run of words made of phrases the glossary knows is those phrases, each tested on its own', async () => {
    const concepts = async (question: string) => (await understand(question, {}, { corpus: service.corpus, analyzer: service.analyzer })).concepts.map((c) => c.label);
    expect(await concepts('Did Orbit Cloud raise concerns about data center energy use?')).toEqual(['data center', 'energy use']);
    // Orbit Cloud writes of "data stored in the cloud" and of markets, not of data centers or energy: "data" or "center" alone is no mention.
    expect((await service.ask('Did Orbit Cloud raise concerns about data center energy use?')).text).toMatch(/^No — Orbit Cloud's submission does not mention data center/);
    // A run with a word outside any known phrase stays one concept.
    expect(await concepts('Did Orbit Cloud discuss cloud market share growth?')).toEqual(['cloud market share growth']);
  });

  it('a question that asks to confirm a statement ("Is it true that X …") is a yes or no on X, its preamble no topic', async () => {
    for (const question of ['Is it true that Orbit Cloud talked about export controls?', 'Would I be right that Orbit Cloud mentioned export controls?', 'Can you confirm that Orbit Cloud discussed export controls?']) {
      expect(service.analyzer.analyze(question).named.map((n) => n.alias), question).toEqual(['orbit cloud']);
      expect((await service.ask(question)).text, question).toMatch(/^Yes — Orbit Cloud's submission mentions export controls:/);
    }
  });

  it('"the word X" asks about X', async () => {
    for (const question of ['Does the word privacy appear in Orbit Cloud\'s filing?', 'Does the phrase export controls appear in Orbit Cloud\'s comment?']) {
      expect((await service.ask(question)).text, question).toMatch(/^Yes — Orbit Cloud's submission mentions (privacy|export controls):/);
    }
  });

  it('says plainly that an organisation filed nothing (en, zh)', async () => {
    const en = await service.ask('Did Zorblax Industries file a response?');
    expect(en.text).toMatch(/^No submission from Zorblax Industries is in the corpus/);
    const zh = await service.ask('Zorblax Industries 有沒有提交意見？');
    expect(zh.text).toMatch(/沒有 Zorblax Industries 提交的意見/);
  });

  it('gives one number for a count in three wordings (en) and in Chinese', async () => {
    const wordings = [
      'How many companies submitted?',
      'What is the number of submissions from companies?',
      'Count the comments that companies sent in.',
      'What is the total number of comments the listing classifies as companies?',
      "What's the tally of company submissions?",
      'How many comments were received from companies?',
      'How many of the filers were companies?',
      '公司一共交了幾份意見？',
      '統計一下公司提交的意見書數量',
    ];
    for (const question of wordings) {
      const answer = await service.ask(question);
      expect(answer.aggregate?.submissions, question).toBe(3);
      expect(answer.text, question).toMatch(/^(3 submissions are in the Private Sector category|共有 3 份提交意見)/);
    }
  });

  it('"how often" is a count of the submissions that mention a thing, in either order', async () => {
    const counted = (await service.ask('How many submissions mention export controls?')).aggregate?.submissions;
    expect(counted).toBeGreaterThan(0);
    for (const question of ['How often do submissions mention export controls?', 'How frequently are export controls mentioned in the comments?']) {
      const answer = await service.ask(question);
      expect(answer.aggregate?.submissions, question).toBe(counted);
      expect(answer.notCovered, question).toBeFalsy();
    }
  });

  it('a Chinese count or list on words neither the glossary nor the dictionary reads counts nothing, and says what it could not read', async () => {
    for (const question of ['提到氫能的意見書有幾份？', '列出提到氫能的大學']) {
      const answer = await service.ask(question);
      expect(answer.aggregate, question).toBeUndefined();
      expect(answer.text, question).not.toMatch(/^共有 \d+ 份提交意見/);
      expect(answer.text, question).toMatch(/氫能/);
      expect(answer.text, question).not.toMatch(/沒有提到|没有提到|似乎沒有涉及/);
      expect(answer.notCovered, question).toBe(false);
    }
  });

  it.each(['來自公司的意見書一共有幾份？', '公司（Private Sector）類別的意見書有多少份？', 'Private Sector 类的意见书有几份？', '私部門（Private Sector）那一類的意見書一共有幾份？'])('a Chinese count whose only unread words are grammar or the word for a category ("來自", "類別") counts as asked: "%s"', async (question) => {
    const answer = await service.ask(question);
    expect(answer.aggregate?.submissions).toBe(3);
  });

  it('adds up, subtracts and takes a share of categories', async () => {
    expect((await service.ask('If you add up the companies and the universities, how many submissions is that?')).text).toMatch(/^5 submissions: Private Sector 3 \+ Academia 2/);
    expect((await service.ask('combined count of private sector + university submissions?')).text).toMatch(/^5 submissions: Private Sector 3 \+ Academia 2/);
    expect((await service.ask('Private Sector 和 Academia 两类加起来一共多少份？')).text).toMatch(/^合计 5 份/);
    expect((await service.ask('How many more submissions came from companies than from universities?')).text).toMatch(/^1 more: Private Sector 3 − Academia 2/);
    expect((await service.ask('What percentage of all the submissions came from individuals?')).text).toMatch(/^\d+(\.\d+)?%: 5 of the 11 submissions/);
  });

  it('lists the submitters behind a list question, with the whole list to attach', async () => {
    const answer = await service.ask('Which companies mentioned export controls?');
    expect(answer.text.split('\n')[0]).toBe('2 submitters in the Private Sector category mention ‘export controls’:');
    expect(answer.listed?.map((l) => l.submitter).sort()).toEqual(['Beacon AI Lab', 'Orbit Cloud']);
    expect(answer.listed?.every((l) => l.url.startsWith('https://files.nitrd.gov/'))).toBe(true);
    const zh = await service.ask('哪些公司提到出口管制？');
    expect(zh.listed?.map((l) => l.submitter).sort()).toEqual(['Beacon AI Lab', 'Orbit Cloud']);
    // The category as the head of the clause that says what they did.
    for (const question of ['列出提到出口管制的大學', '提到出口管制的大學有哪些？']) expect((await service.ask(question)).listed?.map((l) => l.submitter), question).toEqual(['Southbay College']);
    // One member for the whole group: "any company", "every company".
    for (const question of ['Did any company mention export controls?', 'List every company that mentioned export controls.', 'Name each company that brought up export controls.', 'which companies talk about export controls? list them pls']) {
      expect((await service.ask(question)).listed?.map((l) => l.submitter).sort(), question).toEqual(['Beacon AI Lab', 'Orbit Cloud']);
    }
    // A group no category names, asked for one member at a time or in the plural: the same list.
    const plural = await service.ask('Which think tanks discussed export controls?');
    expect(plural.listed?.length).toBeGreaterThan(0);
    expect((await service.ask('Name every think tank that discussed export controls.')).listed?.map((l) => l.submitter)).toEqual(plural.listed?.map((l) => l.submitter));
    // Organisations are every category but the individuals; "not X", "other than X", "除了X以外" are the other categories.
    const individuals = new Set(['Individuals']);
    for (const question of ['Which organisations mentioned export controls?', 'Which submitters other than individuals mentioned export controls?', 'which orgs (not individuals) mention export controls', '除了个人以外，哪些提交者提到出口管制？']) {
      const listed = (await service.ask(question)).listed ?? [];
      expect(listed.map((l) => l.submitter).sort(), question).toEqual(expect.arrayContaining(['Beacon AI Lab', 'Orbit Cloud']));
      expect(listed.filter((l) => individuals.has(l.category)), question).toEqual([]);
    }
    // "What company …" asks a fact, not for the group.
    expect((await service.ask('What company sells accounting tools to small firms?')).listed).toBeUndefined();
  });

  it('"哪一年成立" asks for a year: the founding sentence is quoted, "year" is no topic word', async () => {
    const answer = await service.ask('Riverside Institute 是哪一年成立的？');
    expect(answer.text).toContain('Riverside Institute was founded in 1962 by two librarians.');
    expect(answer.text).not.toMatch(/沒有提到|没有提到/);
  });

  it('a list whose thing is a common noun the rest of the question describes searches the description, not every mention of the noun', async () => {
    const answer = await service.ask('Which submissions discussed the rule, asked for by illustrators, that would require consent before any artwork is used to train a model?');
    expect(answer.text).not.toMatch(/mentions? ‘rule’/);
    expect(answer.text).toContain('I ask the Administration to require consent before any artwork is used to train a model.');
  });

  it('never says no to a thing named by another of its names, in words the question does not share ("server farms" for data centers)', async () => {
    for (const question of ['Does Beacon AI Lab discuss the electricity needs of server farms?', 'Did Beacon AI Lab say anything about server farms?']) {
      const answer = await service.ask(question);
      expect(answer.text, question).not.toMatch(/^No —|does not mention server farms/);
      expect(answer.text, question).toContain('Data centers will need far more electricity within five years.');
    }
    // Asked about that thing alone, it says which words the submission uses instead, rather than that its words prove nothing.
    expect((await service.ask('Did Beacon AI Lab say anything about server farms?')).text).toMatch(/^Yes, in other words — Beacon AI Lab's submission writes ‘data centers?’ for ‘server farms’:/);
    // Asked what, not whether: no "yes".
    expect((await service.ask("What is Beacon AI Lab's take on server farms?")).text).toMatch(/^Beacon AI Lab's submission writes ‘data centers?’ for ‘server farms’:/);
    expect((await service.ask('Beacon AI Lab 有沒有談到伺服器農場的用電？')).text).not.toMatch(/沒有提到|未使用問題中的詞語/);
    // A word the glossary does not make one with it still proves a "no".
    expect((await service.ask('Did Beacon AI Lab say anything about server racks?')).text).toMatch(/^No — Beacon AI Lab's submission does not mention server racks/);
  });

  it('never says no when one concept of the topic is there: it quotes it and names what is not (en, zh)', async () => {
    const answer = await service.ask('Did Harbor Software say anything about security controls or quantum cryptography?');
    expect(answer.text).not.toMatch(/^No/);
    expect(answer.text).toContain('Strong security controls protect our customers');
    expect(answer.text).toMatch(/does not mention ‘quantum cryptography’/);
    const zh = await service.ask('Harbor Software 有沒有提到加拿大？');
    expect(zh.text).not.toMatch(/^沒有/);
  });

  it('does not say a quoted submitter leaves out what it says in the glossary\'s other words ("rules" for "regulations")', async () => {
    const answer = await service.ask('What did Harbor Software say about security controls and regulations?');
    expect(answer.text).toContain('Strong security controls protect our customers');
    expect(answer.text).not.toMatch(/does not mention/);
  });

  it('says no when the words occur only as other words: "electricity generation" is not election misinformation, "race and age" not the AI race', async () => {
    const election = await service.ask('Did Beacon AI Lab say anything about AI-generated election misinformation?');
    expect(election.text).toMatch(/^No — Beacon AI Lab's submission does not mention/);
    const race = await service.ask('How did Riverside Institute describe the AI race?');
    expect(race.text).toMatch(/^No — Riverside Institute's submission does not mention AI race/);
  });

  it('"X - anything on Y / Z?" asks yes or no on each of Y and Z', async () => {
    const answer = await service.ask('beacon ai lab - anything on protecting kids / children\'s online safety?');
    expect(answer.text).toMatch(/^No — Beacon AI Lab's submission does not mention kids or children's online safety/);
  });
});

describe('form-letter campaigns asked about in any words', () => {
  it('answers with the campaigns, not a count of every submission (en, zh)', async () => {
    // The two painters sent one letter: one campaign of two.
    for (const question of ['How many form letters were there?', 'Which campaigns were the largest?', '有多少份模板信？']) {
      const answer = await service.ask(question);
      expect(answer.text, question).toMatch(/^1 form-letter campaign holds 2 submissions\. It:|^共有 1 [个個]模板信/);
      expect(answer.text, question).toMatch(/AI-RFI-2025-020[45] \[1\]/);
      expect(answer.citations.verified).toBe(answer.citations.total);
    }
    // A campaign of another kind is a topic like any other.
    expect((await service.ask('Which submissions discuss disinformation campaigns?')).text).not.toMatch(/form-letter campaign/);
  });
});

describe('conversations carry only what is missing', () => {
  const FIRST = 'What did Beacon AI Lab recommend about export controls?';

  it('a complete new question with its own submitter and topic stands alone', async () => {
    const answer = await converse(FIRST, 'What does Northgate University ask for about computing resources?');
    expect(docsOf(answer)).toEqual(['Northgate-University-AI-RFI-2025']);
    expect(answer.notes.join('\n')).not.toMatch(/carried over/);
  });

  it('a turn that brings nothing of its own ("What exactly did it say?", "Why?") asks on about the same submitter and topic', async () => {
    for (const follow of ['What exactly did it say?', 'Why?']) {
      const answer = await converse('Did Orbit Cloud mention export controls?', follow);
      expect(docsOf(answer)[0]).toBe('Orbit-Cloud-AI-RFI-2025');
      expect(answer.text).toContain('Orbit Cloud supports export controls');
    }
  });

  it('a pronoun\'s turn asking in words only the general dictionary reads asks the same submitter about them, not for its outline', async () => {
    // 代表 (represent) is in no glossary entry: the dictionary reads it.
    const history = [
      { role: 'user' as const, content: 'Orbit Cloud 支持出口管制嗎？' },
      { role: 'assistant' as const, content: '有——Orbit Cloud 的意見書提到了出口管制。' },
    ];
    const turn = await understand('那它代表多少個組織？', { history }, { corpus: service.corpus, analyzer: service.analyzer });
    expect(turn.named.map((hit) => hit.alias)).toEqual(['orbit cloud']);
    expect(turn.looseSenses.flat(2)).toContain('repres');
    expect(turn.kind).toBe('presence');
  });

  it('"about it" after a list names the topic; "其中有幾所" after "哪些大學" counts within the same category', async () => {
    const it = await converse('Which submissions mention export controls?', 'What did Southbay College say about it?');
    expect(docsOf(it)[0]).toBe('Southbay-College-AI-RFI-2025');
    expect(it.text).toContain('We ask that export controls exempt open academic research.');
    const ofThem = await converse('哪些大學提到出口管制？', '其中有幾所？');
    expect(ofThem.text.split('\n')[0]).toMatch(/^「學術界」類別中有 1 份提交意見提到/);
    // The carried topic is named by what it is, not by every English word the glossary gave the question (a category's "universities").
    expect(ofThem.notes.join('\n')).toContain('export controls');
    expect(ofThem.notes.join('\n')).not.toMatch(/universit/);
  });

  it('a question asking which submitter did something carries no subject', async () => {
    const answer = await converse(FIRST, 'Which company asked for a single national privacy standard?');
    expect(docsOf(answer)[0]).toBe('Orbit-Cloud-AI-RFI-2025');
  });

  it('a count inherits no topic unless it says so', async () => {
    const answer = await converse(FIRST, 'How many companies submitted comments?');
    expect(answer.text.split('\n')[0]).toBe('3 submissions are in the Private Sector category of the NITRD respondent listing (of 11 submissions).');
    const ofThem = await converse('How many submissions mention export controls?', 'Which universities are among them?');
    expect(ofThem.listed?.map((l) => l.submitter)).toEqual(['Southbay College']);
  });

  it('a count or a list that mentions "them" or "it" (這個問題) counts the earlier topic, not the earlier submitter (en, zh)', async () => {
    const count = await converse('Did Orbit Cloud discuss export controls?', 'How many companies mentioned them?');
    expect(count.text.split('\n')[0]).toMatch(/^\d+ submissions? in the Private Sector category mentions? ‘export controls’/);
    const list = await converse('Did Orbit Cloud discuss export controls?', 'Which universities discussed it?');
    expect(list.listed?.map((l) => l.submitter)).toEqual(['Southbay College']);
    const zh = await converse('Orbit Cloud 有沒有討論出口管制？', '哪些大學也談到這個問題？');
    expect(zh.listed?.map((l) => l.submitter)).toEqual(['Southbay College']);
  });

  it('a pronoun takes the subject (en, zh), an elliptical "and X?" the topic', async () => {
    expect(docsOf(await converse(FIRST, 'What do they want for data centers?'))).toEqual(['Beacon-AI-Lab-AI-RFI-2025']);
    expect(docsOf(await converse(FIRST, '他們對資料中心的電力有什麼建議？'))).toEqual(['Beacon-AI-Lab-AI-RFI-2025']);
    const topic = await converse(FIRST, 'And Orbit Cloud?');
    expect(docsOf(topic)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
    expect(topic.text).toContain('Orbit Cloud supports export controls');
  });

  it('"anything from them on Y?" asks yes or no about the subject, and an absent topic is a plain no (en)', async () => {
    const answer = await converse(FIRST, 'Anything from them on consent?');
    expect(answer.text).toMatch(/^No — Beacon AI Lab's submission does not mention consent/);
  });

  it('"and X?" after a yes/no asks the same of X: a plain no when X never mentions it (en)', async () => {
    const answer = await converse('Did Orbit Cloud discuss export controls?', 'And Harbor Software?');
    expect(answer.text).toMatch(/^No — Harbor Software's submission does not mention export controls/);
  });

  it('"and X?" after a question about an organisation that filed nothing carries the topic, not that organisation\'s name', async () => {
    const first = await service.ask('Did Anduril discuss export controls?');
    expect(first.text).toMatch(/^No submission from Anduril/);
    const answer = await converse('Did Anduril discuss export controls?', 'And Orbit Cloud?');
    expect(answer.text).toContain('Orbit Cloud supports export controls');
    expect(answer.text).not.toMatch(/Anduril/);
  });

  it('a turn that says a new question starts carries nothing', async () => {
    const answer = await converse(FIRST, 'Unrelated: how many submissions mention consent?');
    expect(answer.text).toMatch(/^\d+ submissions? mentions? ‘consent’/);
  });

  it('keeps the conversation’s script when a follow-up shows none ("那 X 呢?")', async () => {
    const answer = await converse('Beacon AI Lab 對出口管制有什麼看法？', '那 Orbit Cloud 呢?');
    expect(answer.language).toBe('zh');
    expect(answer.text).toMatch(/^以下為/);
    expect(docsOf(answer)).toEqual(['Orbit-Cloud-AI-RFI-2025']);
  });
});
