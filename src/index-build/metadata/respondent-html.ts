/**
 * Respondent rows from HTML: the `<tr>` fragments of the NITRD tables, or the whole responses
 * page. Parsed with htmlparser2 (entities decoded, broken markup tolerated). Every link to a
 * `.pdf` is a row; its category is the one named by the nearest enclosing element (`id`,
 * `class`, `aria-label`, `data-category`, e.g. a tab panel `id="private-sector"`), else by the
 * last heading or caption before it that names one, else the fallback (the file's category).
 */
import { isTag, type ChildNode, type Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { categoryNamedBy } from './categories.js';

export interface HtmlRow {
  href: string;
  text: string;
  category: string;
}

const HEADING = /^(h[1-6]|caption|legend|summary)$/;
const NAMING_ATTRIBUTES = ['data-category', 'aria-label', 'id', 'class'];

export function parseRespondentHtml(html: string, fallbackCategory: string): HtmlRow[] {
  const rows: HtmlRow[] = [];
  let headingCategory: string | undefined;
  const visit = (nodes: ChildNode[], enclosingCategory: string | undefined): void => {
    for (const element of nodes) {
      if (!isTag(element)) continue;
      if (HEADING.test(element.name) || element.attribs.role === 'heading') {
        headingCategory = categoryNamedBy(DomUtils.textContent(element)) ?? headingCategory;
        continue;
      }
      const href = element.name === 'a' ? element.attribs.href : undefined;
      if (href !== undefined && /\.pdf(?:[?#]|$)/i.test(href.trim())) {
        rows.push({ href, text: DomUtils.textContent(element), category: enclosingCategory ?? headingCategory ?? fallbackCategory });
        continue;
      }
      visit(element.children, namedByAttributes(element) ?? enclosingCategory);
    }
  };
  visit(parseDocument(html).children, undefined);
  return rows;
}

function namedByAttributes(element: Element): string | undefined {
  for (const attribute of NAMING_ATTRIBUTES) {
    const value = element.attribs[attribute];
    const category = value === undefined ? undefined : categoryNamedBy(value);
    if (category) return category;
  }
  return undefined;
}
