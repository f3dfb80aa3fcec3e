/**
 * One plain sentence about what is planned near a place, in zh or en, for citizens who do not read maps.
 */
import type { Bilingual } from '../catalogue/types';
import type { Place } from '../geo/types';
import { describeDistance, type NearbyItem } from './nearby';

/** What {@link plainSummary} describes. */
export interface NearbySummaryInput {
	/** Where the search was made: a place label, or null for a bare coordinate. */
	placeName: Bilingual | null;
	radiusKm: number;
	items: NearbyItem[];
}

const seatKinds = new Set(['district-seat', 'county-seat', 'prefecture-seat']);

/**
 * The bilingual label of a place with its county: 黔江区濯水镇 / "Zhuoshui, Qianjiang". A county seat is named by
 * its county alone (黔江区, not 黔江区黔江).
 *
 * @param place - a gazetteer place
 * @returns zh and en labels
 * @example
 * placeLabel(zhuoshui).zh; // '黔江区濯水镇'
 */
export function placeLabel(place: Place): Bilingual {
	const county = place.county ?? '';
	const countyEn = place.countyEn ?? '';
	if (county && (seatKinds.has(place.kind) || county === place.zh || county.startsWith(place.zh)))
		return { zh: county, en: countyEn || place.en };
	const zh = county && !place.zh.startsWith(county) ? `${county}${place.zh}` : place.zh;
	const en = countyEn && countyEn !== place.en ? `${place.en}, ${countyEn}` : place.en;
	return { zh, en };
}

function radiusText(radiusKm: number): string {
	return String(Math.round(radiusKm * 10) / 10);
}

/**
 * One sentence summarising a nearby search: how many projects, and which is nearest, with an honest distance.
 *
 * @param result - the place label, the radius in km and the items of `nearbyProjects`
 * @param lang - 'zh' or 'en'
 * @returns e.g. "黔江区濯水镇附近10公里内有5个规划项目，最近的是金溪水库（3–8公里（水库位置为大致位置））。"
 * @example
 * plainSummary({ placeName: placeLabel(zhuoshui), radiusKm: 10, items }, 'en');
 */
export function plainSummary(result: NearbySummaryInput, lang: 'zh' | 'en'): string {
	const { items } = result;
	const r = radiusText(result.radiusKm);
	const where = result.placeName ? result.placeName[lang] : lang === 'zh' ? '该位置' : 'this point';
	const allPlanned = items.every((i) => i.status !== 'in-service');
	if (lang === 'zh') {
		const noun = allPlanned ? '规划项目' : '项目';
		if (items.length === 0) return `${where}附近${r}公里内没有${noun}。`;
		const first = items[0];
		return `${where}附近${r}公里内有${items.length}个${noun}，最近的是${first.name.zh}，距离${describeDistance(first, 'zh')}。`;
	}
	const noun = allPlanned ? 'planned project' : 'project';
	if (items.length === 0) return `There are no ${noun}s within ${r} km of ${where}.`;
	const first = items[0];
	const count = items.length === 1 ? `is 1 ${noun}` : `are ${items.length} ${noun}s`;
	return `There ${count} within ${r} km of ${where}; the nearest is ${first.name.en}, ${describeDistance(first, 'en')}.`;
}
