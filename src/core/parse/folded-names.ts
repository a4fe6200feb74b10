import { foldForMatch } from "./normalize";

/**
 * A set of names folded as foldForMatch folds them (the catalog's titles and headings), asked of
 * every line whether it might be one. Most lines are figures or labels that match no name from their
 * first character or two; walking their characters through a tree of the names' letters rejects
 * them there, without lowercasing and rebuilding each line to compare it whole.
 */
export class FoldedNames {
  private readonly root: Node;

  constructor(names: Iterable<string>) {
    this.root = treeOf(names, false);
  }

  /**
   * `foldForMatch(text)` when one of the names is the whole of it or a start of it (a title with an
   * "as of" date after it folds to the title and more), "" when it folds to nothing, else null.
   */
  foldIfNamed(text: string): string | null {
    let node = this.root;
    let named = false;
    // The text's fold is the name of the node its walk ends on, when it ends at the text's end: the name
    // itself is returned then, rather than the text folded again (a title or heading alone on its line).
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      // Lowercasing maps a few characters beyond ASCII to ASCII letters (the Kelvin sign to "k"): fold those whole.
      if (c >= 0x80) return this.named(foldForMatch(text));
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
      const next = step(node, c);
      if (!next) return named ? foldForMatch(text) : null;
      node = next;
      named ||= node.name !== null;
    }
    if (node === this.root) return "";
    return node.name ?? (named ? foldForMatch(text) : null);
  }

  /** The same for a text already folded. */
  private named(folded: string): string | null {
    let node = this.root;
    for (let i = 0; i < folded.length; i++) {
      const next = step(node, folded.charCodeAt(i));
      if (!next) return null;
      node = next;
      if (node.name !== null) return folded;
    }
    return folded === "" ? "" : null;
  }
}

/**
 * The same names asked whether a text's fold ends with one of them: a section's heading run into the
 * label text before a line number. Walking the text back from its end through the names' letters
 * reversed rejects most labels at their last letter or two, without folding each label whole.
 */
export class FoldedEndings {
  private readonly root: Node;

  constructor(names: Iterable<string>) {
    this.root = treeOf(names, true);
  }

  /**
   * Whether `foldForMatch(text)` may end with one of the names: exact for ASCII text, and true when
   * the walk meets a character beyond ASCII (a few lowercase to ASCII letters): the caller folds it whole.
   */
  mayEnd(text: string): boolean {
    let node = this.root;
    if (node.name !== null) return true;
    for (let i = text.length - 1; i >= 0; i--) {
      let c = text.charCodeAt(i);
      if (c >= 0x80) return true;
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
      const next = step(node, c);
      if (!next) return false;
      node = next;
      if (node.name !== null) return true;
    }
    return false;
  }
}

/** A tree of the names' letters, read from their ends when `reversed`. */
function treeOf(names: Iterable<string>, reversed: boolean): Node {
  const root = newNode();
  for (const name of names) {
    let node = root;
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(reversed ? name.length - 1 - k : k);
      let next = step(node, c);
      if (!next) {
        next = newNode();
        node.codes.push(c);
        node.nodes.push(next);
      }
      node = next;
    }
    node.name = name;
  }
  return root;
}

/**
 * A letter or digit of a name and what may follow it. The characters that may follow are few (one,
 * mostly): a scan of a short array finds one sooner than a Map's hashing does.
 */
interface Node {
  readonly codes: number[];
  readonly nodes: Node[];
  /** The name that ends here, if one does: the letters and digits on the way from the root. */
  name: string | null;
}

function newNode(): Node {
  return { codes: [], nodes: [], name: null };
}

function step(node: Node, code: number): Node | undefined {
  const codes = node.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.nodes[i];
  return undefined;
}
