import { findEntities } from '../language/index.js';

/** A person the article named with a title ("Vice President Kamala Harris"), as the entity layer reads them. */
interface Titled {
  title: string;
  name: string;
}

// Name words that are no surname: generational suffixes and initials ("Ferdinand R. Marcos Jr.").
const NOT_SURNAME = /^(?:Jr|Sr|II|III|IV|[A-Z])\.?$/;

/**
 * The titled people an article names, so that a later mention by title alone ("the Vice President")
 * or by title and surname ("President Marcos") can be written as the person named in full.
 */
export class TitledPeople {
  private readonly people: Titled[] = [];

  /** Remembers the titled people a sentence (or the article's title) names. */
  add(text: string | null): void {
    if (!text || !/[A-Z][a-z]+\s+[A-Z]/.test(text)) return;
    for (const e of findEntities(text)) {
      // "Vice President Maria Lopez's Meeting": the name ends before its possessive.
      const name = e.name?.split(/['’]s\b/)[0]!.trim();
      if (e.type !== 'person' || !e.title || !name || !/\s/.test(name)) continue;
      this.people.push({ title: e.title, name });
    }
  }

  /**
   * The full mention a title alone or a title with a surname stands for ("the Vice President" ->
   * "Vice President Kamala Harris"; "President Marcos" -> "President Ferdinand R. Marcos Jr."), else null.
   * The last person named with that title wins: a story tells of its president, not of one before.
   */
  expand(mention: string): string | null {
    const bare = mention.trim().replace(/^the\s+/i, '');
    if (!bare || !this.people.length) return null;
    const lower = bare.toLowerCase();
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.title.toLowerCase() === lower) return `${p.title} ${p.name}`;
    }
    const [entity] = findEntities(bare);
    if (!entity || entity.type !== 'person' || !entity.title || entity.start !== 0 || entity.end !== bare.length) return null;
    const surname = entity.name?.trim();
    if (!surname || /\s/.test(surname)) return null;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      const words = p.name.split(/\s+/).filter((w) => !NOT_SURNAME.test(w));
      if (words.at(-1) === surname && words.length > 1) return `${entity.title} ${p.name}`;
    }
    return null;
  }
}
