/**
 * The link table: every railway and expressway the model knows, with its stops, figures and sources, as
 * data/network/links.yaml states it and scripts/build-catalogue.ts resolves it (src/lib/generated/network-links.json).
 * Figures come from the public-reference facts (data/network/facts.yaml) or from the catalogue entry's stated
 * figures; where a length is not published the graph computes one and flags it `computed`. A line of the catalogue
 * carries its entry's id (`project`): its status, period and opening year are read from the entry when the graph is
 * built, never from here. Lines drawn between towns are schematic: their computed lengths are straight lines times
 * a stated detour factor.
 */
import type { LineDef } from './types';
import linksJson from '../../generated/network-links.json';

/** The whole link table: railways, through services, expressways. */
export const LINK_TABLE: LineDef[] = linksJson as unknown as LineDef[];

/** Railways: lines in service and planned lines. */
export const RAIL_LINES: LineDef[] = LINK_TABLE.filter((l) => l.mode === 'rail' && l.kind !== 'service');

/**
 * Through trains over several lines whose fastest scheduled times are published. No source gives them a
 * speed: they carry none, and are used only where timetables are.
 */
export const THROUGH_SERVICES: LineDef[] = LINK_TABLE.filter((l) => l.kind === 'service');

/** Expressways: the existing network, the plan's new ones, and context routes. */
export const ROAD_LINES: LineDef[] = LINK_TABLE.filter((l) => l.mode === 'road');

/** Lines whose design speed no source gives: the model assumes one, shown and changeable as an assumption. */
export const ASSUMED_SPEED_LINES: LineDef[] = LINK_TABLE.filter((l) => l.speedSource === 'assumed');
