/**
 * A follow-up in a conversation inherits what it leaves out: the submitter when it names none
 * ("What about energy?", "他們對資料中心的電力有什麼建議?"), the topic when it names only a
 * submitter ("Did OpenAI say the same?", "What about Google?", "那 OpenAI 呢?").
 */
const PRONOUN_EN = /\b(they|them|their|theirs|it|its|he|him|his|she|her|the company|the firm|the organi[sz]ation|the group|the university|the association|this submitter|that submitter|the submitter|this submission|that submission|the same submitter)\b/i;
const PRONOUN_ZH = /他们|他們|它们|它們|它|该公司|該公司|该组织|該組織|该机构|該機構|该校|該校|其|他|她|对方|對方|这家|這家|那家|该协会|該協會/;
/** Asks about the topic already under discussion. */
const SAME_TOPIC_EN = /\b(the same|same thing|same (topic|issue|question|point)|similar(ly)?|likewise|as well|too|also|agree|that too|on this|on that|about (this|that|it))\b|^\s*(and|what about|how about|and what about)\s+[^?]{1,60}\??\s*$/i;
const SAME_TOPIC_ZH = /同样|同樣|一样|一樣|也[是有]|也[说說提]|呢[?？]?\s*$|这个问题|這個問題|这一点|這一點/;

export interface FollowUpCues {
  /** Refers back to a submitter with a pronoun. */
  pronoun: boolean;
  /** Refers back to the topic, or asks only "what about X". */
  sameTopic: boolean;
}

export function followUpCues(question: string, language: string): FollowUpCues {
  return language === 'zh'
    ? { pronoun: PRONOUN_ZH.test(question), sameTopic: SAME_TOPIC_ZH.test(question) }
    : { pronoun: PRONOUN_EN.test(question), sameTopic: SAME_TOPIC_EN.test(question) };
}

/** Questions of at most this many search terms count as follow-ups even without a cue. */
export const SHORT_FOLLOW_UP_TERMS = 8;
