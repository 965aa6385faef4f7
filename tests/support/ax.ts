import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of the accessibility tree Chromium gives to assistive technology. */
export interface AxNode {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  selected?: boolean;
  pressed?: boolean | string;
  checked?: boolean | string;
  description?: string;
  children?: AxNode[];
}

/**
 * The whole page's accessibility tree. The whole page, because with a selector Chromium
 * returns only the first interesting node inside a shadow root.
 */
export async function accessibilityTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

/** Every node below (and including) `node`, depth first: the order a screen reader reads. */
export function flattenAx(node: AxNode, out: AxNode[] = []): AxNode[] {
  out.push(node);
  for (const child of node.children ?? []) flattenAx(child, out);
  return out;
}

export function findAx(node: AxNode, predicate: (n: AxNode) => boolean): AxNode | undefined {
  return flattenAx(node).find(predicate);
}

/** All the text the accessibility tree holds below a node, in order. */
export function axText(node: AxNode): string {
  return [node.name, ...(node.children ?? []).map(axText)].filter(Boolean).join(' ');
}
