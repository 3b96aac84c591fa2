/**
 * Iterative tree walks. Generated code nests thousands deep (long string concatenations, method chains),
 * deeper than the JavaScript stack allows for recursion.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');

/**
 * Trees are parsed without parent pointers (setting them is a third of the parse). Every walk here sets them on
 * the way down, so a node reached through these functions has its ancestors' pointers, which is all that the
 * engine reads. Trees parsed incrementally have them all already.
 */
export function adopt(child: ts.Node, parent: ts.Node): void {
  (child as { parent: ts.Node }).parent = parent;
}

/** Visit nodes in document order; `visit` returns false to skip a node's children. */
export function walkNodes(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [root];
  let parent = root;
  // One callback for the whole walk (not one closure and array per node): children go onto the stack in order,
  // then their run is reversed so the first child is popped first.
  const push = (child: ts.Node): void => {
    adopt(child, parent);
    stack.push(child);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const from = stack.length;
    parent = node;
    ts.forEachChild(node, push);
    for (let i = from, j = stack.length - 1; i < j; i++, j--) {
      const t = stack[i];
      stack[i] = stack[j];
      stack[j] = t;
    }
  }
}

/** The nodes containing an offset, outermost first. */
export function nodesAt(root: ts.Node, pos: number): ts.Node[] {
  const path: ts.Node[] = [];
  for (let node: ts.Node | undefined = root; node; node = childContaining(node, pos)) path.push(node);
  return path;
}

/** The child whose range holds an offset (its parent pointer set); node lists are searched by bisection. */
export function childContaining(node: ts.Node, pos: number): ts.Node | undefined {
  const child = ts.forEachChild(
    node,
    (c) => (c.pos <= pos && pos < c.end ? c : undefined),
    (list) => {
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = list[mid];
        if (pos < c.pos) hi = mid - 1;
        else if (pos >= c.end) lo = mid + 1;
        else return c;
      }
      return undefined;
    },
  );
  if (child) adopt(child, node);
  return child;
}
