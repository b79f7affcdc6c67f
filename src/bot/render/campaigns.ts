import type { CampaignList } from '../../retrieval/types.js';
import { echo, escapeText, safeLink, truncate } from './escape.js';

const PDF_BASE = 'https://files.nitrd.gov/90-fr-9088/';
const MEMBERS_SHOWN = 25;

/** How a campaign is defined, said under every list. */
export const CAMPAIGN_DEFINITION =
  '-# A campaign: submissions whose comment text (the regulations.gov cover block left out) share at least 70% of their four-word sequences (MinHash estimate of Jaccard similarity).';

/** The largest campaigns, or one campaign with its members. */
export function renderCampaigns(list: CampaignList): string {
  if (list.campaigns.length === 0) {
    return list.topic !== undefined
      ? `No form-letter campaign carries “${echo(list.topic)}” (of ${list.count.toLocaleString('en-US')} campaigns).\n\n${CAMPAIGN_DEFINITION}`
      : `No such campaign. \`/campaigns\` lists them; give the id of any of its submissions.`;
  }
  const single = list.campaigns.length === 1 && list.campaigns[0]!.members !== undefined;
  const head = single
    ? ''
    : list.topic !== undefined
      ? `**${list.matching ?? 0} form-letter campaign${list.matching === 1 ? '' : 's'} carry “${echo(list.topic)}”** (of ${list.count.toLocaleString('en-US')}, holding ${list.submissions.toLocaleString('en-US')} submissions)`
      : `**${list.count.toLocaleString('en-US')} form-letter campaigns hold ${list.submissions.toLocaleString('en-US')} submissions.** The largest:`;
  const blocks = list.campaigns.map((c, i) => {
    const who = c.categories.map((x) => `${escapeText(x.category)} ${x.submissions.toLocaleString('en-US')}`).join(' · ');
    const when = c.firstReceived ? ` · received ${c.firstReceived}${c.lastReceived && c.lastReceived !== c.firstReceived ? ` to ${c.lastReceived}` : ''}` : '';
    const lines = [
      `${single ? '' : `${i + 1}. `}**${c.size.toLocaleString('en-US')} submissions** — ${who}${when}`,
      `> ${escapeText(truncate(c.opening.replace(/\s+/g, ' '), 300))}`,
      `-# id \`${escapeText(c.id)}\` · ${safeLink(`${PDF_BASE}${c.id}.pdf`)} · \`/campaigns id:${escapeText(c.id)}\` lists its members · \`/ask campaign:${escapeText(c.id)}\` asks within it`,
    ];
    if (c.members) {
      const shown = c.members.slice(0, MEMBERS_SHOWN).map((m) => `${escapeText(m.submitter)} (${escapeText(m.docId)})`);
      lines.push(`**Members:** ${shown.join('; ')}${c.members.length > MEMBERS_SHOWN ? `; and ${(c.members.length - MEMBERS_SHOWN).toLocaleString('en-US')} more` : ''}`);
    }
    return lines.join('\n');
  });
  return [head, ...blocks, CAMPAIGN_DEFINITION].filter(Boolean).join('\n\n');
}
