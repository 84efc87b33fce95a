import type { Relation } from '../../schemas/claim.ts';
import type { Interval } from './figure-interval.ts';

/** `holds`: true for every allowed value; `fails`: false for every one; `undetermined`: depends. */
export type Verdict = 'holds' | 'fails' | 'undetermined';

/** True when every value of `a` is above every value of `b`. */
function entirelyAbove(a: Interval, b: Interval): boolean {
  return a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
}

/** True when every value of `a` is at or above every value of `b`. */
function entirelyAtOrAbove(a: Interval, b: Interval): boolean {
  return a.low >= b.high;
}

/** Decides whether `a <relation> b` holds for all values the two intervals allow. */
export function compareIntervals(a: Interval, relation: Relation, b: Interval): Verdict {
  switch (relation) {
    case 'above':
      if (entirelyAbove(a, b)) return 'holds';
      return entirelyAtOrAbove(b, a) ? 'fails' : 'undetermined';
    case 'below':
      return compareIntervals(b, 'above', a);
    case 'at-least':
      if (entirelyAtOrAbove(a, b)) return 'holds';
      return entirelyAbove(b, a) ? 'fails' : 'undetermined';
    case 'at-most':
      return compareIntervals(b, 'at-least', a);
    case 'within': {
      const inside =
        (a.low > b.low || (a.low === b.low && (!b.lowOpen || a.lowOpen))) &&
        (a.high < b.high || (a.high === b.high && (!b.highOpen || a.highOpen)));
      if (inside) return 'holds';
      return entirelyAbove(a, b) || entirelyAbove(b, a) ? 'fails' : 'undetermined';
    }
    case 'equal': {
      const point = (i: Interval) => i.low === i.high && !i.lowOpen && !i.highOpen;
      if (point(a) && point(b)) return a.low === b.low ? 'holds' : 'fails';
      return entirelyAbove(a, b) || entirelyAbove(b, a) ? 'fails' : 'undetermined';
    }
  }
}
