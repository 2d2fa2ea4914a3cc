/** Gathers found items into one list per heading and kind, in page order, without repeats. */
import type { FoundItem } from './block-items';
import type { ListKind } from './classify';
import type { DetectedList } from './types';

interface OpenList {
  kind: ListKind;
  heading: string | null;
  items: string[];
  groups: (string | null)[];
  seen: Set<string>;
}

export class ListCollector {
  private readonly open: OpenList[] = [];
  private readonly byOwner = new Map<object, Map<ListKind, OpenList>>();
  private total = 0;

  /** Items found under `owner` (a section) go to that section's list of their kind. */
  add(owner: object, heading: string | null, found: FoundItem[]): void {
    for (const item of found) {
      this.push(owner, heading, item.kind, item.text, item.group);
      // Practices grouped under a PCN heading also name the PCN: the page's PCN list.
      if (item.kind === 'practices' && item.group !== null) this.push(owner, heading, 'pcns', item.group, null);
    }
  }

  /** How many items have been added so far: tells a heading whether anything was found under it. */
  get count(): number {
    return this.total;
  }

  private push(owner: object, heading: string | null, kind: ListKind, text: string, group: string | null): void {
    let lists = this.byOwner.get(owner);
    if (!lists) this.byOwner.set(owner, (lists = new Map()));
    let list = lists.get(kind);
    if (!list) {
      list = { kind, heading, items: [], groups: [], seen: new Set() };
      lists.set(kind, list);
      this.open.push(list);
    }
    const key = text.toLowerCase();
    if (list.seen.has(key)) return;
    list.seen.add(key);
    list.items.push(text);
    list.groups.push(group);
    this.total++;
  }

  lists(): DetectedList[] {
    return this.open.map(({ kind, heading, items, groups }) =>
      groups.some((g) => g !== null) ? { kind, heading, items, groups } : { kind, heading, items },
    );
  }
}
