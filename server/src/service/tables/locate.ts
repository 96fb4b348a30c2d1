// Turns model origins (file + JSON pointer) and formula spans into text ranges of the files the service
// was handed. Kept behind one function type so that rules never touch YAML nodes themselves.
import type { Span } from '../formula/ast';
import type { Location } from '../problems';
import type { Origin } from '../model/types';

export interface LocateFn {
  /** The range of an origin's value (or its key, for 'key'). */
  origin(origin: Origin, target?: 'key' | 'value'): Location;
  /** The range of a span inside the formula at an origin, or the whole formula when it cannot be exact. */
  span(origin: Origin, span: Span | undefined): Location;
}
