/** Question analysis over the fixture corpus's index: the submitters a question names, and the authors that filed nothing. */
import { describe, expect, it } from 'vitest';
import { useFixtureService } from '../../support/retrieval-helpers.js';
import { withoutNames } from '../../../src/retrieval/question/analyze.js';

const fx = useFixtureService();

describe('the question analyzer', () => {
  it.each([
    ['What did Acme Robotics say about universities?', [], ['univers']],
    ['Did Lee County Business Council discuss small businesses?', [], ['small', 'busi']],
    ['Which universities mentioned startups?', ['Academia'], ['startup']],
    ['How many companies discussed small businesses?', ['Private Sector'], ['small', 'busi']],
    ['Count the comments that companies sent in.', ['Private Sector'], []],
    ['Small businesses: in how many submissions does it come up?', [], ['small', 'busi']],
    ['Universities — how many submissions mention them?', [], ['univers']],
    ['Universities: how many submitted?', ['Academia'], []],
  ])('takes a category word for whom it asks about where it stands for submitters, and for the topic after a word of saying: "%s"', (text, categories, topic) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.categories).toEqual(categories);
    expect(question.topic).toEqual(topic);
  });

  it.each([
    ['What does Acme Robotics ask the federal government to do about universities?', ['univers']],
    ['Did Acme Robotics urge Congress to fund startups?', ['fund', 'startup']],
    ['What do companies want federal agencies to do on small businesses?', ['small', 'busi']],
    ['What does Acme Robotics say about the federal government?', ['feder', 'govern']],
    ['What did Acme Robotics ask Congress to do?', ['congress']],
    ['Where does Acme Robotics stand on export controls?', ['export', 'control']],
  ])('leaves out whom a request is made of, and the asking of a stance, never what the question is about: "%s"', (text, topic) => {
    expect(fx.service.analyzer.analyze(text).topic).toEqual(topic);
  });

  it.each([
    ['How many people took part in Grid Power\'s February workshop?', 'Grid-Power-Association-AI-RFI-2025'],
    ['How many farms joined Lee County\'s pilot program?', 'AI-RFI-2025-0108'],
  ])('takes a name that owns what is asked about for its author: "%s"', (text, docId) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.named.flatMap((hit) => hit.docIds)).toEqual([docId]);
    expect(question.kind).not.toBe('count');
  });

  it('takes a submitter\'s name owned by another for what is talked about, not for a second author', () => {
    const question = fx.service.analyzer.analyze("How does Acme Robotics view China's Grid Power Association deal?");
    expect(question.named.map((hit) => hit.alias)).toEqual(['acme robotics']);
    expect(question.kind).not.toBe('comparison');
  });

  it.each(['Universities: did Acme Robotics bring them up?', 'Universities — anything from Acme Robotics?'])('reads a yes-or-no question after a topic put first: "%s"', (text) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.intent).toBe('yesno');
    expect(question.topic).toEqual(['univers']);
  });

  it.each([
    ["How many farms does Acme Robotics's technology monitor every year?", ['technolog', 'monitor', 'year']],
    ["What did Acme Robotics's chief economist say about universities?", ['univers']],
    ['how much did acme robotics save local farmers in 2023?', ['save', 'farmer', '2023']],
  ])('takes the words after a named author for the topic, unless they say who spoke: "%s"', (text, words) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.named.map((hit) => hit.alias)).toEqual(['acme robotics']);
    for (const word of words) expect(question.topic).toContain(word);
    expect(question.topic).not.toContain('economist');
  });

  it.each(['Acme Robotics 有沒有提到和電力公司或 Grid Power Association 合作？', 'Acme Robotics 说 Grid Power Association 的电网怎样？'])('takes a Chinese question\'s name after its author\'s verb of saying, however far, for what is talked about: "%s"', (text) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.named.map((hit) => hit.alias)).toEqual(['acme robotics']);
    expect(question.kind).not.toBe('comparison');
  });

  it.each(['Quick question — Lee County wants what for farmers?', 'hey — the Lee County Business Council wants what for farmers?'])('finds the author of a question after a dash, and no greeting in its topic: "%s"', (text) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.named.flatMap((hit) => hit.docIds)).toEqual(['AI-RFI-2025-0108']);
    expect(question.topic).not.toContain('hey');
  });

  it('takes lower-case words that end a question after its verb for what is said, not for a name', () => {
    const question = fx.service.analyzer.analyze('Lee County Business Council says how many homes have grid power?');
    expect(question.named.map((hit) => hit.alias)).toEqual(['lee county business council']);
    expect(question.absentAuthors).toEqual([]);
  });

  it('leaves out a sentence about the asker put before the question, unless it names something', () => {
    const preamble = fx.service.analyzer.analyze("I'm writing a story for my class. What did Acme Robotics say about export controls?");
    expect(preamble.topic).toEqual(['export', 'control']);
    const named = fx.service.analyzer.analyze("I'm reading Acme Robotics's comment. What does it say about export controls?");
    expect(named.named.map((hit) => hit.alias)).toEqual(['acme robotics']);
  });

  it('takes an owner that matches no submitter for nobody, not for one that filed nothing', () => {
    const question = fx.service.analyzer.analyze("How many judges sat on the Supreme Court's panel?");
    expect(question.named).toEqual([]);
    expect(question.absentAuthors).toEqual([]);
  });

  it.each([
    ['Acme Robotics的意見書是否談到小企業？', [], 'small'],
    ['Acme Robotics 對大學有什麼看法？', [], 'univers'],
    ['Acme Robotics 對小企業怎麼說？', [], 'small'],
    ['哪些大學提到小企業？', ['Academia'], 'small'],
    ['有多少家公司提到出口管制？', ['Private Sector'], 'export'],
  ])('does the same in Chinese: "%s"', (text, categories, topicTerm) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.categories).toEqual(categories);
    expect(question.topic).toContain(topicTerm);
  });

  it.each([
    ['Grid Power Association 有沒有提到資料中心？', 'Grid-Power-Association-AI-RFI-2025'],
    ['Lee County Business Council 談州法？', 'AI-RFI-2025-0108'],
    ['Lee County Business Council的意見書是否談到州法？', 'AI-RFI-2025-0108'],
  ])('reads a Chinese question about an organisation written in English as Chinese, its name out of the topic: "%s"', (text, docId) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.language).toBe('zh');
    expect(question.named.flatMap((hit) => hit.docIds)).toEqual([docId]);
    expect(question.topic.length).toBeGreaterThan(0);
    expect(question.topic.filter((t) => question.nameTerms.includes(t) || ['grid', 'power', 'associ', 'lee', 'counti', 'busi', 'council'].includes(t))).toEqual([]);
  });

  it.each([
    ['grid power association 有沒有提交意見？', 'Grid-Power-Association-AI-RFI-2025'],
    ['lee county business council 有沒有提交意見？', 'AI-RFI-2025-0108'],
    ['Quantum Chips & Co 有沒有提交意見？', 'Quantum-Chips-AI-RFI-2025'],
    ['quantum chips & co 有沒有提交意見？', 'Quantum-Chips-AI-RFI-2025'],
    ['Leee County Business Council 有沒有提交意見？', 'AI-RFI-2025-0108'],
  ])('reads a name in a Chinese question whole when written in lower case, with an ampersand or misspelt: "%s"', (text, docId) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.language).toBe('zh');
    expect(question.named.flatMap((hit) => hit.docIds)).toEqual([docId]);
    expect(question.kind).toBe('submitted');
  });

  it('keeps the name of an organisation that filed nothing out of a Chinese question\'s topic', () => {
    const question = fx.service.analyzer.analyze('Zorblax Industries of North America 有沒有提到無人機？');
    expect(question.language).toBe('zh');
    expect(question.absentAuthors).toEqual(['Zorblax Industries of North America']);
    expect(question.topic.filter((t) => ['zorblax', 'industri', 'north', 'america'].includes(t))).toEqual([]);
  });

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

  it.each([
    ["Summarise Acme Robotics's argument on defense purchasing.", 'Summarise'],
    ["Describe Acme Robotics' view of defense purchasing.", 'Describe'],
  ])('keeps the verb a request opens with out of the name it names: "%s"', (question, verb) => {
    const analysed = fx.service.analyzer.analyze(question);
    expect(analysed.named.flatMap((hit) => hit.docIds)).toEqual(['Acme-Robotics-AI-RFI-2025']);
    expect(analysed.absentAuthors.join(' ')).not.toContain(verb);
  });

  it.each(['quantum computing（量子计算）在多少份提交中被提到？', 'export controls 在幾份意見書裡被提到？'])('takes a glossary term written in lower case in a Chinese question for the topic, not for an organisation that filed nothing: "%s"', (text) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.absentAuthors).toEqual([]);
    expect(question.kind).toBe('count');
  });

  it.each(['list every submitter that names drones', 'Name each commenter that mentions startups.'])('takes "list every submitter …" for a list: "%s"', (text) => {
    expect(fx.service.analyzer.analyze(text).kind).toBe('list');
  });

  it.each(['how many of the comments were submitted under the name Anonymous', 'How many responses were sent in as "Anonymous"?'])('counts the submissions credited to a name however the filing is said: "%s"', (text) => {
    const question = fx.service.analyzer.analyze(text);
    expect(question.kind).toBe('count');
    expect(question.creditedTo).toBe('Anonymous');
  });

  it.each(["How many submissions mention Acme Robotics's AI Overview?", 'Which universities cite the Annual Summary of AI Index?'])('keeps a summary word capitalised inside a sentence in the topic, as a name\'s word: "%s"', (text) => {
    const topic = fx.service.analyzer.analyze(text).topic;
    expect(topic.some((t) => t === 'overview' || t === 'summari')).toBe(true);
  });

  it('takes the subject of a question that names its source ("…, per X?") for what the source talks about', () => {
    for (const text of ["What does Lee County's drone pilot do, per Acme Robotics?", "What does Grid Power Association's Drone Pilot do, per Acme Robotics?"]) {
      const question = fx.service.analyzer.analyze(text);
      expect(question.named.flatMap((hit) => hit.docIds), text).toEqual(['Acme-Robotics-AI-RFI-2025']);
      expect(question.topic, text).toEqual(expect.arrayContaining(['drone', 'pilot']));
      expect(question.absentAuthors, text).toEqual([]);
    }
  });

  it('takes no verb or adverb written in lower case for the name of an organisation that filed nothing', () => {
    const question = fx.service.analyzer.analyze('In the official listing, how many submissions are credited simply to "Anonymous"?');
    expect(question.absentAuthors).toEqual([]);
    expect(question.kind).toBe('count');
    expect(question.creditedTo).toBe('Anonymous');
  });

  it.each([
    'What points does the Grid Power Association make in its comments?',
    'What are the main sections of the Grid Power Association (GPA) response?',
    'How did the Grid Power Association structure its comments?',
    'What areas of policy action does the Grid Power Association recommend?',
    'Summarise the Grid Power Association’s submission: what does it recommend?',
    'What does the Grid Power Association (GPA) propose?',
    '電網電力協會（Grid Power Association）的意見書主要談了什麼？',
    'Grid Power Association 的回應包括哪些部分？',
    'Which guardrails does the Grid Power Association propose?',
    'What grid strategies does the Grid Power Association recommend for utilities?',
    "Break down the Grid Power Association's submission",
    "Walk me through the Grid Power Association's recommendations",
    "What does the Grid Power Association's response cover?",
  ])('reads "%s" as asking for the outline of the submission', (question) => {
    const analysed = fx.service.analyzer.analyze(question);
    expect(analysed.named.flatMap((hit) => hit.docIds)).toEqual(['Grid-Power-Association-AI-RFI-2025']);
    expect(analysed.kind).toBe('outline');
  });

  it('still reads a question about one topic of a named submission as one', () => {
    expect(fx.service.analyzer.analyze('What recommendations does the Grid Power Association make about transmission permits?').kind).toBe('presence');
    expect(fx.service.analyzer.analyze("What does the Grid Power Association's response say about transmission permits?").kind).toBe('presence');
    expect(fx.service.analyzer.analyze('What did the Grid Power Association say about transmission permits?').kind).toBe('presence');
    expect(fx.service.analyzer.analyze('What transmission permits does the Grid Power Association recommend?').kind).toBe('presence');
  });
});

describe('a name taken out of a question', () => {
  it('ends where its Latin letters do, before Chinese or punctuation', () => {
    expect(withoutNames('American College of Cardiology的意見書是否談到能源？', ['american college of cardiology'])).toBe(' 的意見書是否談到能源？');
    expect(withoutNames("Did the Copyright Alliance's comment discuss copyright?", ['copyright alliance'], 1)).toBe("Did the  's comment discuss copyright?");
    expect(withoutNames('Did Anthropicx discuss chips?', ['anthropic'], 1)).toBe('Did Anthropicx discuss chips?');
    // A name's "and" written "&".
    expect(withoutNames('What did Small Business & Entrepreneurship Council say about small businesses?', ['small business and entrepreneurship council'], 1)).toBe('What did   say about small businesses?');
  });
});
