/**
 * A compact, transferable form of plain records (objects, arrays, strings, numbers, booleans, null, undefined) for
 * handing a large dataset from a worker to the page. Structured clone writes every object's keys and every string
 * again for each record and rebuilds them one property at a time on the receiving thread: 100,000 violations cost
 * about half a second on each side. Packed, each distinct string and each distinct key list (an object's shape) is
 * stored once, the structure is one Int32Array and the numbers one Float64Array, both transferred without a copy,
 * and unpacking rebuilds the records in a tight loop. Object identity is not kept (a record seen twice comes back
 * as two equal copies); anything else (a Map, a Date, a function) is refused, since records are plain JSON values.
 */

/** Tags in the structure: a value is one tag, then its payload. */
const NULL = 0;
const UNDEFINED = 1;
const FALSE = 2;
const TRUE = 3;
/** payload: index into `numbers` */
const NUMBER = 4;
/** payload: index into `strings` */
const STRING = 5;
/** payload: length, then the items */
const ARRAY = 6;
/** payload: index into `shapes` (the object's keys in order), then one value a key */
const OBJECT = 7;

export interface PackedRecords {
  structure: Int32Array;
  numbers: Float64Array;
  strings: string[];
  shapes: string[][];
}

/** The buffers to list in postMessage's transfer argument, so they move rather than copy. */
export function packedTransfer(packed: PackedRecords): ArrayBuffer[] {
  return [packed.structure.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer];
}

/** A growable typed array: doubles its buffer when full. */
class Growing<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    public items: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): number {
    if (this.length === this.items.length) {
      const bigger = this.make(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    this.items[this.length] = value;
    return this.length++;
  }
  done(): T {
    return this.items.slice(0, this.length) as T;
  }
}

interface ShapeNode {
  /** Index in `shapes` of the object whose keys lead here, or -1. */
  shape: number;
  next: Map<string, ShapeNode>;
}

export function packRecords(value: unknown): PackedRecords {
  const structure = new Growing(new Int32Array(1024), (size) => new Int32Array(size));
  const numbers = new Growing(new Float64Array(256), (size) => new Float64Array(size));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeTree: ShapeNode = { shape: -1, next: new Map() };
  // Recursive: records reach here through the loader, which refuses nesting deeper than MAX_JSON_DEPTH.
  const write = (item: unknown): void => {
    if (typeof item === 'string') {
      let index = stringIndex.get(item);
      if (index === undefined) {
        index = strings.push(item) - 1;
        stringIndex.set(item, index);
      }
      structure.push(STRING);
      structure.push(index);
    } else if (typeof item === 'number') {
      structure.push(NUMBER);
      structure.push(numbers.push(item));
    } else if (item === null) structure.push(NULL);
    else if (item === undefined) structure.push(UNDEFINED);
    else if (item === false) structure.push(FALSE);
    else if (item === true) structure.push(TRUE);
    else if (Array.isArray(item)) {
      structure.push(ARRAY);
      structure.push(item.length);
      for (const child of item) write(child);
    } else if (typeof item === 'object' && isPlainObject(item)) {
      const keys = Object.keys(item);
      // Shapes are found by walking a tree of keys: property names are interned, so no signature string is built.
      let node = shapeTree;
      for (const key of keys) {
        let child = node.next.get(key);
        if (child === undefined) {
          child = { shape: -1, next: new Map() };
          node.next.set(key, child);
        }
        node = child;
      }
      if (node.shape === -1) node.shape = shapes.push(keys) - 1;
      const shape = node.shape;
      structure.push(OBJECT);
      structure.push(shape);
      for (const key of keys) write((item as Record<string, unknown>)[key]);
    } else {
      throw new TypeError(`packRecords: ${Object.prototype.toString.call(item)} is not a plain record value`);
    }
  };
  write(value);
  return { structure: structure.done(), numbers: numbers.done(), strings, shapes };
}

export function unpackRecords<T = unknown>(packed: PackedRecords): T {
  const { structure, numbers, strings, shapes } = packed;
  let at = 0;
  // Containers being filled: the container, its shape's keys (objects), and the next slot to fill.
  const containers: (unknown[] | Record<string, unknown>)[] = [];
  const keyLists: (string[] | null)[] = [];
  const slots: number[] = [];
  let root: unknown;
  let done = false;
  while (!done) {
    const tag = structure[at++];
    let value: unknown;
    let opened: unknown[] | Record<string, unknown> | null = null;
    let openedKeys: string[] | null = null;
    let size = 0;
    if (tag === NULL) value = null;
    else if (tag === UNDEFINED) value = undefined;
    else if (tag === FALSE) value = false;
    else if (tag === TRUE) value = true;
    else if (tag === NUMBER) value = numbers[structure[at++] as number];
    else if (tag === STRING) value = strings[structure[at++] as number];
    else if (tag === ARRAY) {
      size = structure[at++] as number;
      opened = new Array<unknown>(size);
      value = opened;
    } else if (tag === OBJECT) {
      openedKeys = shapes[structure[at++] as number] as string[];
      size = openedKeys.length;
      opened = {};
      value = opened;
    } else throw new RangeError(`unpackRecords: unknown tag ${tag} at ${at - 1}`);

    // Put the value into the container being filled, closing every container that is now full.
    if (containers.length === 0) root = value;
    else {
      const top = containers.length - 1;
      const slot = slots[top] as number;
      const keys = keyLists[top];
      if (keys) (containers[top] as Record<string, unknown>)[keys[slot] as string] = value;
      else (containers[top] as unknown[])[slot] = value;
      slots[top] = slot + 1;
    }
    if (opened && size > 0) {
      containers.push(opened);
      keyLists.push(openedKeys);
      slots.push(0);
    } else {
      while (containers.length > 0) {
        const top = containers.length - 1;
        const keys = keyLists[top];
        const length = keys ? keys.length : (containers[top] as unknown[]).length;
        if ((slots[top] as number) < length) break;
        containers.pop();
        keyLists.pop();
        slots.pop();
      }
    }
    done = containers.length === 0;
  }
  return root as T;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
