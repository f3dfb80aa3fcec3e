/**
 * One plain sentence about what is planned near a place, in zh or en, for citizens who do not read maps.
 */
import type { Bilingual } from '../catalogue/types';
import type { Place } from '../geo/types';
import type { ServedContext, ServedItem } from './served';
import { formatKm } from './words';

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
 * One sentence saying what serves a place: how many projects pass through or lie in it, how many serve its district
 * seat (with the real distance to the seat), and how many more lie within the radius.
 *
 * @param context - from `servedContext`
 * @param items - from `servedProjects`
 * @param radiusKm - the search radius, km
 * @param lang - 'zh' or 'en'
 * @returns e.g. "黔江区濯水镇：3个项目途经或位于本地；20个项目服务黔江（所在区县城区，距离26公里）；10公里内另有5个。"
 * @example
 * servedSummary(context, items, 10, 'en');
 */
export function servedSummary(context: ServedContext, items: ServedItem[], radiusKm: number, lang: 'zh' | 'en'): string {
	const here = items.filter((i) => i.relation === 'here').length;
	const seat = items.filter((i) => i.relation === 'seat').length;
	const near = items.length - here - seat;
	const r = radiusText(radiusKm);
	const place = context.place;
	const where = place ? placeLabel(place)[lang] : lang === 'zh' ? '该位置' : 'This point';
	const seatName = context.seat ? context.seat[lang] : '';
	const seatKm = formatKm(context.seatKm ?? 0);
	if (lang === 'zh') {
		const parts: string[] = [];
		if (here > 0) parts.push(context.placeAsked ? `${here}个项目途经或位于本地` : `${here}个项目服务最近的${place?.zh ?? ''}`);
		if (seat > 0) parts.push(`${seat}个项目服务${seatName}（所在区县城区，距离${seatKm}公里）`);
		if (near > 0) parts.push(`${r}公里内另有${near}个`);
		return parts.length ? `${where}：${parts.join('；')}。` : `${where}：没有项目途经，${r}公里内也没有项目。`;
	}
	const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
	const parts: string[] = [];
	if (here > 0)
		parts.push(
			context.placeAsked
				? `${n(here, 'project passes through or lies in it', 'projects pass through or lie in it')}`
				: `${n(here, 'project serves', 'projects serve')} the nearest town, ${place?.en ?? ''}`
		);
	if (seat > 0) parts.push(`${n(seat, 'serves', 'serve')} ${seatName} (your district seat, ${seatKm} km away)`);
	if (near > 0) parts.push(`${near} more within ${r} km`);
	return parts.length ? `${where}: ${parts.join('; ')}.` : `${where}: no project passes through it, and none lies within ${r} km.`;
}
