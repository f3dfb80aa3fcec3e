/**
 * The project catalogue: every entry of data/projects/*.yaml, railways first, then roads, air, water, energy
 * and context lines, each group in inventory order. scripts/build-catalogue.ts reads and checks the YAML and
 * writes the entries in their runtime form to src/lib/generated/catalogue.json, which this module serves.
 */
import type { ProjectEntry } from './types';
import catalogueJson from '../generated/catalogue.json';

export const catalogue: ProjectEntry[] = catalogueJson as unknown as ProjectEntry[];

export type * from './types';
