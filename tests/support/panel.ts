// Reading the extension's panel on a site's page. Its shadow root is closed, so neither the
// page's scripts nor Playwright's locators can enter it (issue 37, finding 9); the tests read
// it as the browser's own inspection tools do: Chromium's DevTools protocol (DOM.getDocument
// with pierce) and Firefox's WebDriver BiDi (a node serialized with includeShadowTree "all").
import type { Page } from '@playwright/test';

/** A DOM node as either protocol describes it, reduced to what the panel's reading needs. */
interface DomNode {
  tag: string;
  attrs: Record<string, string>;
  /** A text node's text. */
  text: string | null;
  children: DomNode[];
  /** Its shadow root, if it hosts one (open or closed). */
  shadow: { mode: string; children: DomNode[] } | null;
}

/** What the panel says, as a person sees it, and whether the page could have reached it. */
export interface PanelReading {
  /** The shadow root's mode: 'closed', or 'open' (readable and writable by the page). */
  mode: string;
  heading: string;
  /** Every text in the panel (styles excepted), joined by spaces. */
  text: string;
  /** The steps left by hand (its [data-todo] items). */
  todo: string[];
  /** The ring drawn over the site's Submit (in our root, never on the page's button). */
  ring: boolean;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
  for (const child of node.shadow?.children ?? []) yield* walk(child);
}

const textOf = (node: DomNode): string =>
  [...walk(node)]
    .filter((n) => n.text !== null)
    .map((n) => n.text)
    .join('');

/** The panel in a document's tree, or null if the page shows none. */
export function readPanel(doc: DomNode): PanelReading | null {
  const host = [...walk(doc)].find((n) => n.attrs.id === 'ai-optout-panel');
  if (!host?.shadow) return null;
  const inside = host.shadow.children.flatMap((child) => [...walk(child)]).filter((n) => n.tag !== 'style');
  const content = { tag: '#root', attrs: {}, text: null, children: host.shadow.children.filter((c) => c.tag !== 'style'), shadow: null };
  return {
    mode: host.shadow.mode,
    heading: textOf(inside.find((n) => n.tag === 'h2') ?? content).trim(),
    text: textOf(content).replace(/\s+/g, ' ').trim(),
    todo: inside.filter((n) => n.attrs['data-todo']).map((n) => n.attrs['data-todo']!),
    ring: inside.some((n) => n.attrs.class === 'ring'),
  };
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

function fromCdp(node: CdpNode): DomNode {
  const attrs: Record<string, string> = {};
  for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) attrs[node.attributes![i]!] = node.attributes![i + 1]!;
  const root = node.shadowRoots?.[0];
  return {
    tag: node.nodeName.toLowerCase(),
    attrs,
    text: node.nodeType === 3 ? node.nodeValue : null,
    children: (node.children ?? []).map(fromCdp),
    shadow: root ? { mode: root.shadowRootType ?? 'open', children: (root.children ?? []).map(fromCdp) } : null,
  };
}

/** Chromium: the top document's tree, closed shadow roots included, through the DevTools protocol. */
export async function panelIn(page: Page): Promise<PanelReading | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return readPanel(fromCdp(root));
  } finally {
    await session.detach();
  }
}

interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
    mode?: string;
  };
}

/** Firefox: a node serialized by WebDriver BiDi with its shadow trees, closed ones included. */
export function fromBidi(node: BidiNode): DomNode {
  const v = node.value ?? { nodeType: 0 };
  const root = v.shadowRoot?.value;
  return {
    tag: (v.localName ?? '').toLowerCase(),
    attrs: v.attributes ?? {},
    text: v.nodeType === 3 ? (v.nodeValue ?? '') : null,
    children: (v.children ?? []).map(fromBidi),
    shadow: root ? { mode: root.mode ?? 'open', children: (root.children ?? []).map(fromBidi) } : null,
  };
}
