/** Where the law defines what a built-in category is: the PIPL article a definition of one leads to. */
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin';
import { matchesCategory } from '../taxonomy/taxonomy';

/**
 * Art. 28 (sensitive personal information) for a built-in category the taxonomy marks sensitive, or a group or
 * pattern all of whose built-in members are; Art. 4 (what personal information is) for the others; undefined
 * for an id the taxonomy does not have.
 */
export function builtinCategoryArticle(id: string): 28 | 4 | undefined {
  const members = BUILTIN_CATEGORIES.filter((c) => matchesCategory(id, c.id));
  if (members.length === 0 || id === '*') return undefined;
  return members.every((c) => c.sensitive) ? 28 : 4;
}
