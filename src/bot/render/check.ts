import type { Answer, ClaimCheck } from '../../retrieval/types.js';
import { echo, escapeText } from './escape.js';
import { sourceLines } from './sources.js';

const BADGE: Record<ClaimCheck['verdict'], string> = {
  found: '✅',
  supported: '✅',
  partly: '🟡',
  differs: '🟠',
  contradicted: '❌',
  'confirmed-absent': '✅',
  'not-absent': '❌',
  'not-found': '⚪',
  'not-addressed': '⚪',
  'no-submitter': '⚪',
};

/** A claim check: the claim, the verdict with its quotes, and numbered sources. */
export function renderCheck(check: ClaimCheck): string {
  const blocks = [`**Checking the claim** “${echo(check.claim)}”`, `${BADGE[check.verdict]} ${escapeText(check.text.trim())}`];
  if (check.mode === 'extractive') blocks.push('-# Offline check: it compares the words of the claim with the submission; it does not judge whether the claim is true.');
  blocks.push(check.sources.length ? `**Sources**\n${sourceLines(check.sources)}` : '_No passage could be cited._');
  return blocks.join('\n\n');
}

/** The check as an answer, for the answer store (buttons) and the answer log line. */
export function checkAsAnswer(check: ClaimCheck): Answer {
  return {
    question: check.claim,
    language: check.language,
    mode: check.mode,
    text: check.text,
    sources: check.sources,
    evidence: check.sources,
    citations: check.citations,
    notCovered: !['found', 'supported', 'partly', 'contradicted'].includes(check.verdict),
    notes: [],
    ms: check.ms,
  };
}
