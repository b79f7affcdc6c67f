/**
 * A sentence that many otherwise different submissions share word for word (the notice the RFI
 * asked every respondent to include) is nobody's argument: an answer quotes what the submitter
 * wrote itself. Over a real index of an authored corpus: 24 individuals on 24 subjects, each with
 * the same notice, and a transit company with the notice and its own request.
 */
import { describe, expect, it } from 'vitest';
import { useAnswerService, type Doc } from '../support/answer-corpus.js';
import { quotedSpans } from '../support/retrieval-helpers.js';

/** Written for this test: a notice every submission carries, about the agency, the plan and its use. */
const NOTICE = 'The agency may reuse this comment in the national action plan and in its related documents without naming the author.';

const SUBJECTS = [
  ['orchards', 'apple growers use drones to count blossoms and predict the harvest'],
  ['libraries', 'public libraries lend laptops and teach patrons to spot fake images'],
  ['fisheries', 'trawler crews log catches with cameras that identify each species'],
  ['bakeries', 'small bakeries forecast demand so that less bread is thrown away'],
  ['railways', 'freight railways inspect track with sensors mounted under the wagons'],
  ['museums', 'museums describe paintings aloud for visitors who cannot see them'],
  ['vineyards', 'vintners measure soil moisture to decide when to water the vines'],
  ['pharmacies', 'pharmacists check prescriptions for dangerous drug combinations'],
  ['theatres', 'stage crews caption performances live for deaf audiences'],
  ['ferries', 'ferry operators plan crossings around fog and heavy swells'],
  ['dairies', 'dairy farmers watch herd health through collars on each cow'],
  ['bridges', 'engineers listen for cracks in steel bridges with acoustic sensors'],
  ['forests', 'rangers map wildfire risk from satellite pictures of dry brush'],
  ['courts', 'court clerks translate hearing notices into many languages'],
  ['zoos', 'keepers track the sleep of elephants with night cameras'],
  ['mines', 'miners detect gas leaks underground before anyone is hurt'],
  ['choirs', 'choir directors teach harmony with apps that grade each voice'],
  ['kitchens', 'school kitchens plan menus that fit allergies and budgets'],
  ['airports', 'airport staff screen bags faster with better imaging'],
  ['beekeeping', 'beekeepers hear a sick hive through microphones in the boxes'],
  ['weather', 'local forecasters warn towns of flash floods an hour earlier'],
  ['sports', 'coaches spot injuries early from how athletes run'],
  ['recycling', 'sorting plants pick plastics from paper on fast belts'],
  ['tourism', 'guides plan walking tours that avoid crowded hours'],
].map(([subject, practice], i) => ({ subject: subject!, practice: practice!, n: i + 1 }));

const DOCS: Doc[] = [
  ...SUBJECTS.map(({ subject, practice, n }) => ({
    id: `AI-RFI-2025-${String(9000 + n)}`,
    name: `Resident ${n} on ${subject}`,
    category: 'individuals' as const,
    text: `Comment on ${subject}\n${NOTICE}\nIn my town ${practice}. I hope the plan keeps ${subject} in mind and funds pilots for them. My own experience with ${subject} tells me that small projects work best.`,
  })),
  {
    id: 'Harbor-Transit-AI-RFI-2025',
    name: 'Harbor Transit',
    category: 'private-sector',
    text: `Harbor Transit\n${NOTICE}\nHarbor Transit runs buses and ferries in three coastal counties. We ask the agency to fund training for bus drivers who will supervise automated shuttles. Our drivers know the routes and the riders better than any model does.`,
  },
];

const answers = useAnswerService(DOCS);

describe('boilerplate many submissions share', () => {
  it('is not quoted as what a submitter asked, when its own words answer', async () => {
    const answer = await answers.service.ask('What does Harbor Transit ask the agency to do in the national action plan?');
    const quotes = quotedSpans(answer.text).join('\n');
    expect(quotes).toContain('We ask the agency to fund training for bus drivers');
    expect(quotes).not.toContain('without naming the author');
  });

  it('is still found by a search for its words: the notice is in the text', async () => {
    const answer = await answers.service.ask('Did Harbor Transit say the agency may reuse its comment without naming the author?');
    expect(answer.text).not.toMatch(/^No\b/);
  });
});
