// Page regions that belong to other articles (related rails, sidebars, comments) and the
// article's own header (the ancestors of its headline), for dates and bylines.
import { ancestors, classAndId, type ElementNode, findAll } from '../dom/tree.ts';

/** Class/id parts of containers whose dates and bylines belong to other articles or to comments. */
const RELATED_ANCESTOR =
  /(?:^|[-_])(?:related|recommended|recommendations|latest|rail|sidebar|teaser|teasers|more|popular|trending|comment|comments|commentlist|footer|widget|topbar|navbar|nav)(?:$|[-_])/i;

/** <h1> elements whose ancestors count as the article's own (a cookie dialog or logo <h1> can
 * come first). Set by hand; meta-dev/htmldate is the same from 2 to 10. */
const MAX_HEADLINES = 5;
/** Layout wrappers name their variant ("mainwrap sidebar" = the page has a sidebar). */
const LAYOUT_WRAPPER = /wrap|container|layout|^main$|^page$/i;

/** The headlines' ancestors: a "teaser" or "sidebar" box holding an <h1> is the article's
 * own header, not another article's teaser (the first <h1> is sometimes a cookie dialog's). */
export function headlineAncestors(root: ElementNode): Set<ElementNode> {
  const own = new Set<ElementNode>();
  for (const h1 of findAll(root, (e) => e.tag === 'h1').slice(0, MAX_HEADLINES))
    for (const a of ancestors(h1)) own.add(a);
  return own;
}

export function insideRelated(el: ElementNode, own: Set<ElementNode>): boolean {
  const up = ancestors(el);
  for (const [i, a] of up.entries()) {
    if (a.tag === 'body' || a.tag === 'html') break;
    if (own.has(a)) continue;
    // An <aside> inside the headline's <article> is its metadata box ("posted", "author").
    if (a.tag === 'aside' && up.slice(i + 1).some((b) => b.tag === 'article' && own.has(b))) continue;
    if (a.tag === 'aside' || a.tag === 'footer' || a.tag === 'nav') return true;
    const tokens = classAndId(a)?.split(/\s+/) ?? [];
    if (tokens.some((t) => LAYOUT_WRAPPER.test(t))) continue;
    if (tokens.some((t) => RELATED_ANCESTOR.test(t))) return true;
  }
  return false;
}

/** Containers that are never the article: comments, tab panes of "most read" lists, navigation. */
const NOT_ARTICLE = /(?:^|[-_])(?:comment|comments|commentlist|tab-pane|navbar|topbar)(?:$|[-_])/i;

/** Inside comments, a tab pane or navigation (a narrower test than insideRelated, for date
 * lines near the headline, where rails named "more" or "widget" often hold the article's date). */
export function insideNonArticle(el: ElementNode): boolean {
  for (const a of ancestors(el)) {
    if (a.tag === 'body' || a.tag === 'html') break;
    if (a.tag === 'nav') return true;
    if ((classAndId(a)?.split(/\s+/) ?? []).some((t) => NOT_ARTICLE.test(t))) return true;
  }
  return false;
}
