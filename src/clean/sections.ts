import type { Span } from '../types.js';
import { isHeadline, isKicker, isProse, markLine, type LineMark } from './page.js';
import { wireDateline } from './datelines.js';

/** One section of a page: the story, a second story under its own heading, or one update of a live page. */
export interface PageSection {
  id: number;
  kind: 'story' | 'live';
  /** The update's time as the page writes it ("15:42 GMT", "2h ago"); null for a story. */
  time: string | null;
  /** Where its first line starts. */
  start: number;
}

/** A line of the page, with what it is and the section it belongs to. */
export interface PageLine extends Span {
  role: 'story' | 'heading' | 'debris';
  /** Why a line is debris or a heading: the rule's id (data/clean/page.json) or the cleaning test's name. */
  reason: string | null;
  section: number;
}

export interface LineIn extends Span {
  text: string;
  /** The reason the line-by-line tests of cleaning found it debris, if they did. */
  debris: string | null;
}

/** Reads the layout of a page line by line: state carried from one line to the next. */
class Layout {
  readonly lines: PageLine[] = [];
  readonly sections: PageSection[] = [];
  private inLinks = false;
  private storyStarted = false;
  // Whether the current section holds a story line or heading yet: breaks before any do not stack.
  private filled = false;

  constructor(start: number) {
    this.sections.push({ id: 0, kind: 'story', time: null, start });
  }

  /** A break: the next story line or heading opens a new section (breaks before the first line of prose only retitle the first). */
  open(kind: PageSection['kind'], time: string | null, start: number): void {
    const current = this.sections[this.sections.length - 1]!;
    if (!this.filled) {
      if (kind === 'live') Object.assign(current, { kind, time });
      return;
    }
    this.sections.push({ id: this.sections.length, kind, time, start });
    this.filled = false;
  }

  add(span: Span, role: PageLine['role'], reason: string | null): void {
    const section = this.sections[this.sections.length - 1]!;
    if (role !== 'debris') {
      if (!this.filled) section.start = span.start;
      this.filled = true;
      if (role === 'story') this.storyStarted = true;
    }
    this.lines.push({ start: span.start, end: span.end, role, reason, section: section.id });
  }

  read(line: LineIn, mark: LineMark | null, next: LineIn | undefined, run: number): void {
    // A box of links may list updates under their ages: their stamps open no section.
    if (mark?.kind === 'stamp' && this.inLinks && mark.rule === 'ago') return this.add(line, 'debris', mark.rule);
    if (mark?.kind === 'stamp') {
      this.inLinks = false;
      this.add(line, 'debris', mark.rule);
      this.open('live', mark.time, line.start);
      return;
    }
    if (mark?.kind === 'linkHead') {
      this.inLinks = true;
      return this.add(line, 'debris', mark.rule);
    }
    if (mark?.kind === 'linkEnd') {
      this.inLinks = false;
      return this.add(line, 'debris', mark.rule);
    }
    if (mark?.kind === 'link' || mark?.kind === 'debris') {
      // A byline after the story began signs a second one.
      if (mark.rule.startsWith('byline') && this.storyStarted) this.open('story', null, line.start);
      return this.add(line, 'debris', mark.rule);
    }
    if (line.debris) {
      // A byline after the story began signs a second one; a heading in capitals over prose ("GAZA: STRIKE DESPITE TRUCE",
      // "ALSO NOTED") heads one, as a kicker does.
      const heads = line.debris === 'shouting' && /\S\s+\S/.test(line.text) && !!next && isProse(next.text);
      if ((line.debris === 'byline' || heads) && this.storyStarted) this.open('story', null, line.start);
      return this.add(line, 'debris', line.debris);
    }
    if (mark?.kind === 'stampPrefix') {
      this.inLinks = false;
      this.open('live', mark.time, line.start);
      // The update's words without its time: "14:05 –" is no count.
      return this.add({ start: line.start + mark.end, end: line.end }, 'story', null);
    }
    this.readText(line, next, run);
  }

  /** A line no layout rule names: prose, a heading, a section label or, in a box of links, a link. */
  private readText(line: LineIn, next: LineIn | undefined, run: number): void {
    const prose = isProse(line.text);
    const heads = !prose && isHeadline(line.text) && !!next && isProse(next.text);
    // Headlines one under another, after the story began, are other stories' titles; the last may head the next story.
    if (run > 1 && this.storyStarted && !heads) return this.add(line, 'debris', 'link-run');
    if (this.inLinks && !prose) {
      // The last title of a box, right before prose, is the heading of the story that follows.
      if (!heads || /^\d+[.)]\s/.test(line.text)) return this.add(line, 'debris', 'link-list');
    }
    this.inLinks = false;
    if (heads) {
      if (this.storyStarted) this.open('story', null, line.start);
      return this.add(line, 'heading', 'headline');
    }
    if (!prose && isKicker(line.text)) {
      if (this.storyStarted) this.open('story', null, line.start);
      return this.add(line, 'debris', 'kicker');
    }
    // A wire dateline after the story began files a second story.
    if (this.storyStarted && /^[A-Z]{3}/.test(line.text) && wireDateline(line.text)) this.open('story', null, line.start);
    this.add(line, 'story', null);
  }
}

/**
 * Marks each line of a page as story, heading or debris (with its reason) and numbers its sections:
 * a heading followed by prose, a second byline or wire dateline, a section label, or a live update's
 * time opens a new one, so that where and when are not carried from one story to the next.
 */
export function readLayout(lines: readonly LineIn[]): { lines: PageLine[]; sections: PageSection[] } {
  const layout = new Layout(lines[0]?.start ?? 0);
  const marks = lines.map((l) => markLine(l.text));
  // The next line that is neither debris nor page chrome: what a headline would head.
  const nextText: (LineIn | undefined)[] = new Array(lines.length);
  let after: LineIn | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextText[i] = after;
    const m = marks[i];
    // A line heads nothing across a live update's stamp: the update after the stamp is another story.
    if (m?.kind === 'stamp') after = undefined;
    else if (!lines[i]!.debris && (!m || m.kind === 'stampPrefix')) after = lines[i];
  }
  const runs = headlineRuns(lines, marks);
  lines.forEach((l, i) => layout.read(l, marks[i]!, nextText[i], runs[i]!));
  return layout;
}

/** For each line, the length of the run of consecutive bare headlines it belongs to (0 for other lines). */
function headlineRuns(lines: readonly LineIn[], marks: readonly (LineMark | null)[]): number[] {
  const bare = lines.map((l, i) => !l.debris && !marks[i] && isHeadline(l.text) && !isKicker(l.text));
  const runs = new Array<number>(lines.length).fill(0);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && bare[j]) j++;
    for (let k = i; k < j; k++) runs[k] = j - i;
    i = j > i ? j : i + 1;
  }
  return runs;
}
