export const HELP_TEXT = [
  '**AI Action Plan RFI bot** — questions about the 10,068 public submissions to the 2025 US "AI Action Plan" request for information, answered with numbered sources that link to the official PDFs.',
  '',
  '**Commands**',
  '• `/ask question [category] [submitter] [private]` — an answer with numbered, verified sources. `private` shows it only to you.',
  '• `/search query [category] [submitter]` — the best matching passages.',
  '• `/submission id` — one submission: submitter, category, date, length, PDF and key passages.',
  '• `/compare submitters question` — 2–4 names separated by commas, positions side by side.',
  '• `/stats` — what is indexed and when it was built.',
  '',
  '**Conversations** — mention me with a question and I answer in a thread; write in that thread (no mention needed) or reply to my message to follow up. Direct messages work too. Questions in Chinese are welcome; sources stay in English.',
  '',
  '**Good to know** — citations are checked against the source text, and unverifiable ones are removed. 👍/👎 under an answer help us find bad answers. Answers are limited per user per minute.',
].join('\n');
