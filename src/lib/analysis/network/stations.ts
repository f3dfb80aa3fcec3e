/**
 * Stations of the modelled rail network (data/network/stations.yaml, written to src/lib/generated/ by
 * scripts/build-catalogue.ts). A station stands at its gazetteer place's position: no station coordinates are
 * published offline, so distances from a station are distances from its town.
 */
import type { StationDef } from './types';
import stationsJson from '../../generated/network-stations.json';

/** Every station a line in the link table stops at (public reference station lists, network-facts.md). */
export const STATIONS: StationDef[] = stationsJson as StationDef[];
