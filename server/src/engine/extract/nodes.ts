/**
 * Iterative tree walks. Generated code nests thousands deep (long string concatenations, method chains),
 * deeper than the JavaScript stack allows for recursion.
 */
// A plain require: `import * as` would route every ts.x access through a getter (measurably slow in tree walks).
import ts = require('typescript');

/** Visit nodes in document order; `visit` returns false to skip a node's children. */
export function walkNodes(root: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The nodes containing an offset, outermost first. */
export function nodesAt(root: ts.Node, pos: number): ts.Node[] {
  const path: ts.Node[] = [];
  let node: ts.Node | undefined = root;
  while (node) {
    path.push(node);
    let next: ts.Node | undefined;
    ts.forEachChild(node, (child) => {
      if (!next && child.pos <= pos && pos < child.end) next = child;
    });
    node = next;
  }
  return path;
}
