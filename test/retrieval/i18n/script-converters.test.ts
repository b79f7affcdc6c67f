/** The conversions made from opencc-js's configurations with shared tries give opencc-js's own results. */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { converter } from '../../../src/retrieval/i18n/script.js';

const TEXTS = [
  '輝達的晶片在資料中心裡用得很多，軟體和人工智慧也是。',
  '英伟达的芯片在数据中心里用得很多，软件和人工智能也是。',
  '香港的電腦軟件與台灣的電腦軟體，滑鼠與鼠标，計程車與出租车。',
  '於是他們一起乾杯，頭髮裡有麵粉，鬥爭與斗篷。',
  '出口管制、開源模型、版權、國防採購：OpenAI、Anthropic 和 Meta 的意見書。',
  '“引号”與「引號」，网络安全與網路安全，信息與資訊，视频與影片。',
  '',
];
const PAIRS = [['t', 'cn'], ['cn', 't'], ['hk', 'cn'], ['tw', 'cn'], ['twp', 'cn'], ['cn', 'tw'], ['cn', 'twp']] as const;

describe('Chinese script conversions', () => {
  it.each(PAIRS)('%s → %s gives what opencc-js gives', (from, to) => {
    const own = OpenCC.Converter({ from, to });
    for (const text of TEXTS) expect(converter(from, to)(text), text).toBe(own(text));
  });
});
