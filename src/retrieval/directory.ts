import type { SubmissionMeta } from '../shared/types.js';

interface Entry {
  name: string;
  lower: string;
  category: string;
  docIds: string[];
}

/** Autocomplete over ~10k submitter names and doc ids: prefix matches first, then substrings. */
export class SubmitterDirectory {
  private readonly entries: Entry[];
  private readonly docs: { id: string; lower: string; submitter: string; submitterLower: string }[];

  constructor(docs: SubmissionMeta[]) {
    const byName = new Map<string, Entry>();
    for (const doc of docs) {
      for (const name of new Set([doc.submitter, doc.respondentName, doc.organization].filter((n): n is string => !!n))) {
        const key = name.toLowerCase();
        const entry = byName.get(key);
        if (entry) entry.docIds.push(doc.id);
        else byName.set(key, { name, lower: key, category: doc.category, docIds: [doc.id] });
      }
    }
    // Organisations before individuals, then alphabetical.
    this.entries = [...byName.values()].sort((a, b) => Number(a.category === 'Individuals') - Number(b.category === 'Individuals') || (a.lower < b.lower ? -1 : 1));
    this.docs = docs.map((d) => ({ id: d.id, lower: d.id.toLowerCase(), submitter: d.submitter, submitterLower: d.submitter.toLowerCase() }));
  }

  suggestSubmitters(fragment: string, limit: number): { name: string; category: string; docIds: string[] }[] {
    const needle = fragment.trim().toLowerCase();
    const pick = (test: (e: Entry) => boolean, out: Entry[]) => {
      for (const e of this.entries) {
        if (out.length >= limit) break;
        if (test(e) && !out.includes(e)) out.push(e);
      }
      return out;
    };
    const out = needle ? pick((e) => e.lower.startsWith(needle), []) : pick((e) => e.category !== 'Individuals', []);
    if (needle) {
      pick((e) => e.lower.split(/[\s,/()-]+/).some((w) => w.startsWith(needle)), out);
      pick((e) => e.lower.includes(needle), out);
    }
    return out.map(({ name, category, docIds }) => ({ name, category, docIds }));
  }

  suggestDocIds(fragment: string, limit: number): { id: string; submitter: string }[] {
    const needle = fragment.trim().toLowerCase();
    const out = this.docs.filter((d) => d.lower.startsWith(needle)).slice(0, limit);
    for (const d of this.docs) {
      if (out.length >= limit) break;
      if (!out.includes(d) && (d.lower.includes(needle) || d.submitterLower.includes(needle))) out.push(d);
    }
    return out.map(({ id, submitter }) => ({ id, submitter }));
  }

  /** A doc id typed loosely ("ai-rfi-2025-1608", "1608") to the real one. */
  resolveDocId(text: string): string | undefined {
    const needle = text.trim().toLowerCase();
    return (this.docs.find((d) => d.lower === needle) ?? this.docs.find((d) => d.lower.endsWith(`-${needle}`)))?.id;
  }
}
