// Names every JavaScript object already has. As an id they would be looked up on the prototype (a place
// `constructor` found Object.prototype.constructor and failed the build with no line), and a mapping key
// `__proto__` is dropped by the schema's record without a word.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

export const RESERVED_NAME_MESSAGE = 'is a name every JavaScript object already has: choose another';
