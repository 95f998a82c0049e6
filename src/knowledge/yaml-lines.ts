// Where a value sits in a YAML file: the line an editor opens to fix what a schema check found wrong.
import YAML, { isMap, isPair, isScalar, isSeq, type Document, LineCounter, type Node } from 'yaml';

/** A parsed YAML file and a way to find the line of any path in it. */
export interface LocatedYaml {
  /** The first syntax error only: one slip often makes the parser report several, all about the same spot. */
  syntaxError?: { line?: number; message: string };
  data: unknown;
  /** The 1-based line of the value at `path` (or of the nearest enclosing value that exists); `key` names a key of a mapping there. */
  lineOf(path: readonly PropertyKey[], key?: string): number | undefined;
}

/**
 * Parses YAML keeping positions (the `yaml` package's LineCounter and node ranges). `firstLine` is the file line the
 * text starts on (a Markdown file's front matter starts on line 2).
 */
export function parseLocated(source: string, firstLine = 1): LocatedYaml {
  const counter = new LineCounter();
  const doc = YAML.parseDocument(source, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const toFileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly PropertyKey[], key?: string) => {
    const node = nodeAt(doc, path, key);
    return node?.range ? toFileLine(node.range[0]) : undefined;
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0].line;
    const text = line ? source.split('\n')[line - 1]?.trim() : undefined;
    const message = `not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '')}${text ? ` — "${text}"` : ''}`;
    return { syntaxError: { line: line === undefined ? undefined : line + firstLine - 1, message }, data: undefined, lineOf };
  }
  return { data: doc.toJS(), lineOf };
}

/** The deepest node along `path` that exists (a missing field points at the entry that lacks it). */
function nodeAt(doc: Document, path: readonly PropertyKey[], key?: string): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = isNode(node) ? node : undefined;
  for (const step of path) {
    const next = child(node, step);
    if (!next) return found;
    node = next;
    found = next;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (pair && isNode(pair.key)) return pair.key;
  }
  return found;
}

function child(node: unknown, step: PropertyKey): Node | undefined {
  if (isSeq(node)) {
    const item = node.items[Number(step)];
    return isNode(item) ? item : undefined;
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
    if (!pair) return undefined;
    // `key:` with nothing after it: the key's own line.
    return isNode(pair.value) && pair.value.range ? pair.value : isNode(pair.key) ? pair.key : undefined;
  }
  return undefined;
}

function isNode(value: unknown): value is Node {
  return !!value && typeof value === 'object' && 'range' in (value as object);
}
