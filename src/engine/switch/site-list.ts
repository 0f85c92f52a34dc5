// The user's sites, as the service's own page lists them (WordPress.com's /sites): the
// links there whose path has the shape the row's data gives (`/home/:site`). Only the sites'
// addresses are read (host names, checked), never their titles or anything else on the
// page; the worker keeps them in local storage and sends them nowhere.
import { shapePattern } from '../check/site-pages';
import { isSite, SITES_MAX } from '../check/sites';

/** The sites the page links to with the given shape, each once, in the page's order; at most SITES_MAX. */
export function sitesOn(doc: Document, shape: string): string[] {
  const pattern = shapePattern(shape);
  const sites: string[] = [];
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let url: URL;
    try {
      url = new URL(a.getAttribute('href')!, doc.baseURI);
    } catch {
      continue;
    }
    // Only the service's own links: a link to the site itself, or elsewhere, names nothing here.
    if (url.origin !== new URL(doc.baseURI).origin) continue;
    const site = pattern.exec(url.pathname)?.[1]?.toLowerCase();
    if (site && isSite(site) && !sites.includes(site)) sites.push(site);
  }
  return sites.slice(0, SITES_MAX);
}
