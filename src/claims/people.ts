import { findEntities, findPeople } from '../language/index.js';

type Entity = ReturnType<typeof findEntities>[number];

/** A person the article named with a title ("Vice President Kamala Harris"), as the entity layer reads them. */
interface Titled {
  title: string;
  name: string;
  /** The number of the text (sentence) that named them, in the order the texts were added. */
  at: number;
}

// Name words that are no surname: generational suffixes and initials ("Ferdinand R. Marcos Jr.").
const NOT_SURNAME = /^(?:Jr|Sr|II|III|IV|[A-Z])\.?$/;

/** How a mention reads as a title: a title alone ("the Vice President"), or a titled person it is whole ("President Marcos"). */
interface TitleReading {
  titleOnly: boolean;
  /** The mention read as a titled person, when it is one from its first to its last character. */
  entity: Entity | null;
}

// Claimants repeat within and across articles ("the ministry", "officials"), and the entity patterns are
// costly even on a short string: each mention is read once. Bounded: a long run does not grow it without end.
let readings = new Map<string, TitleReading>();

function titleReading(bare: string): TitleReading {
  let r = readings.get(bare);
  if (r) return r;
  // A title alone is a title before a name: probed with a stand-in name, a short string the entity layer reads cheaply.
  const [probe] = findEntities(`${bare} Zed Zed`);
  const titleOnly = probe?.type === 'person' && probe.start === 0 && probe.title?.toLowerCase() === bare.toLowerCase();
  const [entity] = titleOnly ? [] : findEntities(bare);
  const titled = entity?.type === 'person' && !!entity.title && entity.start === 0 && entity.end === bare.length;
  r = { titleOnly, entity: titled ? entity! : null };
  if (readings.size >= 20_000) readings = new Map();
  readings.set(bare, r);
  return r;
}

/**
 * The titled people an article names, so that a later mention by title alone ("the Vice President")
 * or by title and surname ("President Marcos") can be written as the person named in full.
 */
export class TitledPeople {
  private readonly people: Titled[] = [];
  /** Sentences not read yet: they are read only when a mention by title asks (most articles never do). */
  private readonly pending: string[] = [];

  /** Remembers the titled people a sentence (or the article's title) names. */
  private added = 0;
  private readonly pendingAt: number[] = [];

  add(text: string | null): void {
    this.added++;
    if (text && /[A-Z][a-z]+\s+[A-Z]/.test(text)) {
      this.pending.push(text);
      this.pendingAt.push(this.added);
    }
  }

  private read(): void {
    const at = this.pendingAt.splice(0);
    this.pending.splice(0).forEach((text, k) => {
      for (const e of findPeople(text)) {
        // "Vice President Maria Lopez's Meeting": the name ends before its possessive.
        const name = e.name?.split(/['’]s\b/)[0]!.trim();
        if (e.type !== 'person' || !e.title || !name || !/\s/.test(name)) continue;
        this.people.push({ title: e.title, name, at: at[k]! });
      }
    });
  }

  /** "He met …": the titled person named last before the text added last (the one a pronoun opening it stands for), else null. */
  lastBefore(): string | null {
    this.read();
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.at < this.added) return `${p.title} ${p.name}`;
    }
    return null;
  }

  /**
   * The full mention a title alone or a title with a surname stands for ("the Vice President" ->
   * "Vice President Kamala Harris"; "President Marcos" -> "President Ferdinand R. Marcos Jr."), else null.
   * The last person named with that title wins: a story tells of its president, not of one before.
   */
  expand(mention: string): string | null {
    const bare = mention.trim().replace(/^the\s+/i, '');
    if (!bare || (!this.people.length && !this.pending.length) || bare.split(/\s+/).length > 4) return null;
    const { titleOnly, entity } = titleReading(bare);
    if (!titleOnly && !entity) return null;
    this.read();
    const lower = bare.toLowerCase();
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (p.title.toLowerCase() === lower) return `${p.title} ${p.name}`;
    }
    if (!entity) return null;
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
