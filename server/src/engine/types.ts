/**
 * Shared vocabulary of the analysis engine. Plain data only: no LSP, no VS Code.
 * Offsets are UTF-16 code-unit offsets into the analysed text (JavaScript string indices).
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Text in the two languages the product speaks. */
export interface Localized {
  en: string;
  zh: string;
}

export type LawId = 'PIPL' | 'CBDF2024' | 'SAM2022' | 'SCM2023' | 'CERT2025' | 'NDSMR2024';

export interface Citation {
  law: LawId;
  article: number;
  /** Item or paragraph within the article, e.g. "(4)" for CBDF2024 Art. 5 item (4). */
  item?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A single problem found by a rule. Positions are offsets into the text the engine was given. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: Localized;
  span: Span;
  citations: Citation[];
  /** Everything a quick fix needs; plain JSON so it can travel in Diagnostic.data. */
  fix?: FixData;
  /** Extra places worth showing with the finding (possibly in other files; positions are 0-based). */
  related?: RelatedPlace[];
  /** Accepted with a justification: kept for auditors, left out of exit codes and (by default) the editor. */
  suppressed?: Suppressed;
}

export interface Suppressed {
  /** inSource: a comment next to the code; external: an exception in the policy file. */
  kind: 'inSource' | 'external';
  justification: string;
  owner?: string;
  until?: string;
}

export interface RelatedPlace {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: Localized;
}

/** Machine-readable fix descriptions. Editors turn them into edits; nothing here edits text. */
export type FixData =
  /** Replace the text at span with one of these (best first). */
  | { kind: 'replace'; span: Span; candidates: string[] }
  /**
   * Set key=value in the tag (replacing an existing value, or appending the pair), removing `remove` if given.
   * Whether "fix all" applies it is the rule's to say (a value asserting a fact, such as consent obtained, is
   * offered one at a time).
   */
  | { kind: 'setParam'; tagSpan: Span; key: string; value: string; existing?: Span; remove?: Span }
  /** Add a @personalData tag to a declaration (one choice per purpose that fits; a guess, never applied in bulk). */
  | { kind: 'addTag'; choices: { title: Localized; tag: string; edit: { start: number; end: number; newText: string }; preferred: boolean }[] }
  /**
   * Add an entry to the policy file: `id` under `section`, or for a list under one entry (`*` in the section), `id`
   * to the list of the entry `owner`. Editors build the edit from the policy's text; the rule's meta.addToPolicy
   * says its findings offer it (or the finding's fix data carries it, as the egress rules' fixes do).
   */
  | { kind: 'addToPolicy'; section: 'categories.custom' | 'purposes' | 'crossBorder.destinations' | 'crossBorder.destinations.*.recipients'; id: string; owner?: string }
  /**
   * Add a crossBorder.hosts entry to the policy: what the code reads where it sends from (a host, an environment
   * variable, a package) and the destination to map it to; one code action per destination in `choices` (the
   * policy's destinations and domestic), the user picking the one that is true.
   */
  | { kind: 'addPolicyHost'; key: 'host' | 'env' | 'package'; value: string; choices: string[] }
  /** Several fixes for one finding, offered side by side (a tag to add, and the policy entry it needs). */
  | { kind: 'several'; fixes: FixData[] };

export type DeclarationKind =
  | 'interface'
  | 'typeAlias'
  | 'class'
  | 'enum'
  | 'property'
  | 'method'
  | 'function'
  | 'variable'
  | 'parameter'
  | 'enumMember'
  | 'unknown';

/** The declaration a JSDoc block documents. */
export interface DeclarationInfo {
  kind: DeclarationKind;
  name: string;
  nameSpan: Span;
  /** Names of the enclosing declarations, outermost first (e.g. ["Customer"] for a field). */
  container: string[];
}

export type TagName = 'personalData' | 'crossBorder';

export interface ParsedParam {
  key: string;
  keySpan: Span;
  value: string;
  valueSpan: Span;
  /** The whole key=value text. */
  span: Span;
}

export interface ParsedWord {
  text: string;
  span: Span;
}

/**
 * The role a stretch of a tag line plays in the tag grammar. subject: a category of @personalData or the
 * destination of @crossBorder; listItem: a category of a categories= list; punctuation: '=', the commas
 * between subjects or list items, the quotes around a list; stray: text that fits nowhere.
 */
export type TagTokenRole = 'tagName' | 'subject' | 'key' | 'value' | 'listItem' | 'punctuation' | 'stray';

/** A token of a tag line (grammar/scanner.ts). Key=value pairs the grammar rejects keep their roles. */
export interface TagToken {
  role: TagTokenRole;
  start: number;
  end: number;
  text: string;
  /** The key of the pair a value, list item or punctuation belongs to ('=', a list's commas and quotes). */
  key?: string;
  /** A quoted text whose closing quote is missing: it runs to the end of the line. */
  unterminated?: boolean;
}

/** One @personalData or @crossBorder tag, as written. */
export interface ParsedTag {
  tag: TagName;
  /** The span of "@personalData" / "@crossBorder". */
  nameSpan: Span;
  /** From the @ to the end of the tag's line (trailing space trimmed). */
  span: Span;
  /** @personalData: the category list. @crossBorder: a single destination. */
  subjects: ParsedWord[];
  params: ParsedParam[];
  /** The whole line as the scanner reads it, from the tag name on. */
  tokens: TagToken[];
  declaration: DeclarationInfo;
}

/** A problem found while reading a tag; becomes a malformed-tag finding. */
export interface TagSyntaxError {
  span: Span;
  message: Localized;
  /** Suggested replacement(s) for the text at span, best first. */
  candidates?: string[];
}

export interface ExtractResult {
  tags: ParsedTag[];
  errors: TagSyntaxError[];
}
