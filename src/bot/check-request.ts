/**
 * "check: <claim>" (or fact-check:, verify:, 核查：, 查核：, 核實：, 查證：) asks for a claim check
 * rather than an answer: in a Discord mention or DM and in the console chat alike.
 */
const CHECK_PREFIX = /^\s*(?:check|fact[- ]?check|verify|核查|查核|核實|核实|查證|查证)\s*[:：]\s*(.*)$/is;

/** What to say to "check:" with nothing after it. */
export const CLAIM_MISSING = 'Which claim should I check? Write it after “check:”, e.g. “check: Intel asked for a 50% tax credit for new fabs”.';

/**
 * Whether `text` asks for a claim check, and the claim: empty when the prefix stands alone (ask for
 * it; do not answer "check:" as a question). `undefined`: a question.
 */
export function checkRequest(text: string): { claim: string } | undefined {
  const match = CHECK_PREFIX.exec(text);
  return match ? { claim: (match[1] ?? '').trim() } : undefined;
}
