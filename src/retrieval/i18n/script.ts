/**
 * Chinese scripts: Traditional (Taiwan, Hong Kong) and Simplified (Mainland), told apart and
 * converted with OpenCC (Taiwan phrase conversion: 輝達 → 英伟达, 晶片 → 芯片, 資料中心 → 数据中心,
 * then a Hong Kong character pass for HK variants).
 */
import { Locale, Trie, type DictGroup, type DictLike } from 'opencc-js';

export type Script = 'hans' | 'hant';

// OpenCC converters, built lazily: each loads its dictionaries.
type Converter = (text: string) => string;
const converters = new Map<string, Converter>();

export function converter(from: string, to: string): Converter {
  const key = `${from}>${to}`;
  const cached = converters.get(key);
  if (cached) return cached;
  const conv = fromConfig(configName(from, to));
  converters.set(key, conv);
  return conv;
}

/**
 * OpenCC's conversions, made from opencc-js's own configurations as its Converter makes them
 * (normalise, segment, then each dictionary group of the chain in turn), except that a dictionary
 * group shared by several conversions is one trie: Simplified → Traditional, → Taiwan and →
 * Taiwan phrases each built their own tries of the same phrase dictionary, 100 MB on every answer
 * thread; shared, about 40 MB.
 */
interface OpenccConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** opencc-js's name of the configuration for a conversion (as its Converter chooses it). */
function configName(from: string, to: string): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'hkp' ? 'hk2sp' : from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

function fromConfig(name: string): Converter {
  const config = (Locale.configs as Record<string, OpenccConfig> | undefined)?.[name];
  if (!config) throw new Error(`OpenCC has no conversion ${name}`);
  const normalise = (config.normalizationChain ?? []).map(trieOf);
  const segmenter = config.segmentation === undefined ? undefined : trieOf(asGroup(config.segmentation));
  const chain = config.conversionChain.map(trieOf);
  return (text) => {
    const normalised = normalise.reduce((t, trie) => trie.convert(t), text);
    const parts = segmenter ? segmenter.segment(normalised) : [normalised];
    return chain.reduce<string[]>((pieces, trie) => pieces.map((piece: string) => trie.convert(piece)), parts).join('');
  };
}

const asGroup = (dicts: DictLike | DictGroup): DictGroup =>
  Array.isArray(dicts) && dicts.every((d) => typeof d === 'string') ? (dicts as DictGroup) : [dicts as DictLike];

const tries = new Map<string, Trie>();
const dictionaryIds = new Map<DictLike, number>();

/** One trie per distinct group of dictionaries (the dictionaries are the same string objects in every configuration). */
function trieOf(group: DictGroup): Trie {
  const key = group.map((dict: DictLike) => dictionaryIds.get(dict) ?? (dictionaryIds.set(dict, dictionaryIds.size), dictionaryIds.size - 1)).join(',');
  let trie = tries.get(key);
  if (!trie) {
    trie = new Trie();
    trie.loadDictGroup(group);
    tries.set(key, trie);
  }
  return trie;
}


/**
 * Builds every converter the question and answer paths use, up front: each takes 50–250 ms to
 * load its dictionaries, which otherwise falls on the first question that needs it.
 */
export function loadConverters(): void {
  for (const [from, to] of [['t', 'cn'], ['cn', 't'], ['hk', 'cn'], ['tw', 'cn'], ['twp', 'cn'], ['cn', 'tw'], ['cn', 'twp']] as const) converter(from, to)('');
}

export const HAN = /\p{Script=Han}/u;
export const HAN_G = /\p{Script=Han}/gu;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

function countDiff(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length !== y.length) return Math.abs(x.length - y.length) + 1;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

export function scriptCounts(text: string): { tradOnly: number; simpOnly: number } {
  const han = (text.match(HAN_G) ?? []).join('');
  if (!han) return { tradOnly: 0, simpOnly: 0 };
  return {
    tradOnly: countDiff(han, converter('t', 'cn')(han)),
    simpOnly: countDiff(han, converter('cn', 't')(han)),
  };
}

/** 'hant' when the text has more Traditional-only than Simplified-only characters. */
export function scriptOf(text: string): Script {
  const { tradOnly, simpOnly } = scriptCounts(text);
  return tradOnly > simpOnly ? 'hant' : 'hans';
}

/** Taiwan phrase conversion then a Hong Kong character pass. */
export function phraseToSimplified(text: string): string {
  return converter('hk', 'cn')(converter('twp', 'cn')(text));
}

/** Character-only conversion (Taiwan then Hong Kong variants). */
export function charsToSimplified(text: string): string {
  return converter('hk', 'cn')(converter('tw', 'cn')(text));
}

/**
 * Traditional (Taiwan, Hong Kong) → Simplified (Mainland). Text without Simplified-only
 * characters also gets Taiwan phrase conversion (軟體 → 软件, 人工智慧 → 人工智能);
 * text with them only a character pass, so Simplified text is left as it is.
 */
export function toSimplified(text: string): string {
  return scriptCounts(text).simpOnly === 0 ? phraseToSimplified(text) : charsToSimplified(text);
}

/**
 * Simplified → Traditional, for answering in the user's script. `twp` (default)
 * uses Taiwan characters and vocabulary (芯片 → 晶片), `tw` Taiwan characters only,
 * `hk` Hong Kong characters.
 */
export function toTraditional(text: string, variant: 'twp' | 'tw' | 'hk' = 'twp'): string {
  return converter('cn', variant)(text);
}

/**
 * A table of Simplified phrases (strings, and functions that make strings) in Traditional
 * characters, converted on first use: the conversion dictionaries (~40 MB) are loaded only in a
 * process or thread that answers in Traditional Chinese.
 */
export function traditionalPhrases<T extends object>(hans: T): () => T {
  let hant: T | undefined;
  return () =>
    (hant ??= Object.fromEntries(
      Object.entries(hans).map(([key, value]) => [key, typeof value === 'function' ? (...args: unknown[]) => toTraditional((value as (...a: unknown[]) => string)(...args)) : toTraditional(value as string)]),
    ) as T);
}
