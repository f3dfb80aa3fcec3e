/**
 * The project catalogue: every hand-written entry, railways first, then roads, air, water, energy
 * and context lines, each group in inventory order.
 */
import type { ProjectEntry } from './types';
import { railEntries } from './entries/rail';
import { roadEntries } from './entries/road';
import { airEntries } from './entries/air';
import { waterEntries } from './entries/water';
import { energyEntries } from './entries/energy';
import { contextEntries } from './entries/context';

export const catalogue: ProjectEntry[] = [...railEntries, ...roadEntries, ...airEntries, ...waterEntries, ...energyEntries, ...contextEntries];

export type * from './types';
