// Where each rendered element comes from. A preview that jumps from a cell to its source, or scrolls to
// the element under the editor's cursor, needs the source of headings, tables and cells; the HTML carries
// only a small index (`data-src="7"`) into the list collected here, and the list travels beside the HTML.
// Offsets stay offsets: the LSP layer turns them into lines in one place.
import type { Location } from '../problems';

export class SourceMap {
  private readonly list: Location[] = [];
  private readonly byKey = new Map<string, number>();

  /** The locations in the order their indices were handed out. */
  get locations(): readonly Location[] {
    return this.list;
  }

  /** The attribute that ties an element to `location` (with a leading space), or '' without one. */
  attr(location: Location | undefined): string {
    if (!location) return '';
    const key = `${location.uri}#${location.range.start}-${location.range.end}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push(location);
      this.byKey.set(key, index);
    }
    return ` data-src="${index}"`;
  }
}
