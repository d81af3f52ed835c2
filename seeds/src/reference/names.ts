// Name handling shared by the reference lists: slugs for deterministic codes, and the keys on
// which spellings of the same training or partnership in different tables are matched.

/** Lowercase ASCII, accents stripped, every run of other characters turned into one "-". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Key on which two printings of one name match: case, accents, dashes and spacing ignored. */
export const matchKey = slugify;

/** Hands out `<prefix><slug>`, appending -2, -3, ... when a slug is already taken. */
export function createCodeAllocator(): (prefix: string, name: string) => string {
  const taken = new Set<string>();
  return (prefix, name) => {
    const base = `${prefix}${slugify(name)}`;
    let code = base;
    for (let n = 2; taken.has(code); n++) code = `${base}-${n}`;
    taken.add(code);
    return code;
  };
}
