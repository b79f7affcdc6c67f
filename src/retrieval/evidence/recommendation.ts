/**
 * How strongly a sentence reads as a recommendation: what the outline of a submission lists, and
 * what gains when a question asks what a submitter wants done.
 */
const STRONG = /\b(we|I) (strongly |respectfully |also |further )?(recommend|urge|propose|encourage|call on|request|ask that|ask the|advocate)\b|\brecommendation\s*\d*\s*[:.]|\bour recommendations?\b/i;
const SHOULD = /\b(should|must|needs? to|ought to)\b/i;
const POLICY_SUBJECT = /\b(government|administration|congress|ostp|agenc(y|ies)|federal|united states|u\.s\.|america|nist|department|white house|policymakers|lawmakers|states|dod|doe|nsf|commerce|president|plan)\b/i;
/** A verb that starts an instruction ("Establish …", "Fund …"). */
export const IMPERATIVE = /^(establish|create|fund|invest|adopt|require|develop|expand|support|ensure|prioriti[sz]e|direct|consider|provide|avoid|reject|preempt|strengthen|maintain|build|make|streamline|increase|clarify|codify|launch|designate|set|protect|limit|prohibit|promote|encourage|leverage|modernize|modernise|reform|accelerate|enable|empower|update|remove|reduce|improve|issue|convene|partner|coordinate|incentivi[sz]e|preserve|enact|pass|implement|continue|define|publish)\b/i;

/** A statement's strength: "we recommend" 3, an imperative item 2, "the government should" 1. */
export function strengthOf(sentence: string, bulleted: boolean): number {
  const text = sentence.replace(/^[\s●•▪\-–*\d.)(]+/, '');
  if (STRONG.test(text)) return 3;
  if (bulleted && IMPERATIVE.test(text)) return 2;
  if (SHOULD.test(text) && POLICY_SUBJECT.test(text)) return 1;
  return 0;
}
