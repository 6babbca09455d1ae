/**
 * A small, strict XML reader for tests: enough of XML 1.0 to check that a generated document
 * is well-formed (one root, nested tags, quoted attributes, only defined entities, no raw `<`
 * or `&` in text) and to read it back as a tree. Throws with the offset of the first fault.
 * It reads no DTD; the feed has none.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(raw: string, at: number): string {
  if (/[<]/.test(raw)) throw new Error(`raw "<" at ${at}`);
  return raw.replace(/&([^;]*);|&/g, (match: string, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`bare "&" at ${at}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity] ?? '';
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(entity);
    if (!numeric?.[1]) throw new Error(`unknown entity &${entity}; at ${at}`);
    const code = numeric[1].startsWith('x') ? parseInt(numeric[1].slice(1), 16) : Number(numeric[1]);
    return String.fromCodePoint(code);
  });
}

/** Parses `document`; throws when it is not well-formed. */
export function parseXml(document: string): XmlElement {
  let pos = 0;
  if (document.startsWith('<?xml')) {
    const end = document.indexOf('?>');
    if (end < 0) throw new Error('unclosed XML declaration');
    pos = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (pos < document.length) {
    const next = document.indexOf('<', pos);
    const text = document.slice(pos, next < 0 ? document.length : next);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`text outside the root at ${pos}`);
    } else {
      const top = stack[stack.length - 1];
      if (top) top.text += decode(text, pos);
    }
    if (next < 0) break;
    pos = next;
    if (document.startsWith('<!--', pos)) {
      const end = document.indexOf('-->', pos);
      if (end < 0) throw new Error(`unclosed comment at ${pos}`);
      pos = end + 3;
      continue;
    }
    if (document.startsWith('</', pos)) {
      const end = document.indexOf('>', pos);
      const name = document.slice(pos + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`</${name}> does not close <${open?.name ?? ''}> at ${pos}`);
      pos = end + 1;
      continue;
    }
    pos += 1;
    const nameMatch = NAME.exec(document.slice(pos));
    if (!nameMatch) throw new Error(`bad tag name at ${pos}`);
    const element: XmlElement = { name: nameMatch[0], attributes: {}, children: [], text: '' };
    pos += nameMatch[0].length;
    for (;;) {
      const rest = document.slice(pos);
      const space = /^\s*/.exec(rest)?.[0].length ?? 0;
      pos += space;
      if (document.startsWith('/>', pos) || document.startsWith('>', pos)) break;
      if (space === 0) throw new Error(`expected a space before an attribute at ${pos}`);
      const attribute = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(document.slice(pos));
      if (!attribute?.[1]) throw new Error(`bad attribute at ${pos}`);
      if (attribute[1] in element.attributes) throw new Error(`attribute ${attribute[1]} twice at ${pos}`);
      element.attributes[attribute[1]] = decode(attribute[3] ?? attribute[4] ?? '', pos);
      pos += attribute[0].length;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error(`a second root element at ${pos}`);
    else root = element;
    if (document.startsWith('/>', pos)) pos += 2;
    else {
      pos += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name ?? ''}> is not closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The child elements of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The text of the first child named `name`, or undefined. */
export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text;
}
