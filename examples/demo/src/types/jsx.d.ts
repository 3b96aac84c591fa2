// Ambient JSX typings for the storefront renderer (the bundler compiles JSX; no React dependency here).
declare namespace JSX {
  type Element = { type: string; props: Record<string, unknown> };
  interface IntrinsicElements {
    [tag: string]: Record<string, unknown>;
  }
}
