/** The region's bounds and the map's zoom limit live with the other geographic facts (geo/region.ts). */
export * from '../geo/region';
