import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { Polygon } from 'geojson';
import {
	CARD_RADIUS_KM,
	cardPlaces,
	cardQuote,
	placeCard,
	placesServedBy,
	type CardInput,
	type HubMinutes
} from '../../src/lib/analysis/place-card';
import { servedContext, servedProjects } from '../../src/lib/analysis/served';
import { servedSummary } from '../../src/lib/analysis/summary';
import { catalogue } from '../../src/lib/catalogue/index';
import { sourceDocument } from '../../src/lib/catalogue/documents';
import { planDrift } from '../../src/lib/catalogue/timeline';
import type { ProjectEntry } from '../../src/lib/catalogue/types';
import { cardMap, cardMapHalfHeightKm, cardOutline } from '../../src/lib/export/card-map';
import type { Place } from '../../src/lib/geo/types';
import { accordingTo, driftShort, driftWords, minutesChange, minutesWords, periodWords, targetWords } from '../../src/lib/i18n/places';
import { lightTheme } from '../../src/lib/map/theme';
import { DEFAULT_RADIUS_KM, NearbyState } from '../../src/lib/state/nearby.svelte';
import { fixtureAirports, fixturePlace, fixturePlaces, fixtureProjects } from '../fixtures/analysis/load';

/** Catalogue entries for the fixture's projects: the real entries, the runway extension under the fixture's id. */
function fixtureEntries(): ProjectEntry[] {
	const byId = new Map(catalogue.map((e) => [e.id, e]));
	// The air route serves no place on the ground, so no card asks for its entry.
	return fixtureProjects()
		.filter((f) => f.properties.kind !== 'aviation-route')
		.map((f) => {
			const id = String(f.properties.id);
			const real = byId.get(id) ?? byId.get(id === 'wulingshan-runway-extension' ? 'jiq-runway-extension' : '');
			if (!real) throw new Error(`no catalogue entry for fixture ${id}`);
			return { ...real, id };
		});
}

function input(travel: HubMinutes | null = null): CardInput {
	return { places: fixturePlaces(), features: fixtureProjects(), entries: fixtureEntries(), airports: fixtureAirports(), travel };
}

describe('place card', () => {
	it('groups what serves 濯水 as near me does: here, the district seat with the real distance, then within the radius', () => {
		const card = placeCard(input(), 'qianjiang-zhuoshui');
		const z = fixturePlace('qianjiang-zhuoshui');
		const seat = fixturePlace('qianjiang');
		expect(card.here.map((p) => p.id)).toEqual(['qianjiang-jishou-hsr']);
		expect(card.seatProjects.map((p) => p.id)).toEqual(['qianjiang-lichuan-expressway']);
		expect(card.seat?.id).toBe('qianjiang');
		expect(card.seat?.km).toBeCloseTo(distance([z.lon, z.lat], [seat.lon, seat.lat], { units: 'kilometers' }), 9);
		expect(card.radiusKm).toBe(CARD_RADIUS_KM);
		// The air route is drawn over 濯水 but serves no place on the ground.
		expect([...card.here, ...card.seatProjects, ...card.near].some((p) => p.kind === 'aviation-route')).toBe(false);
	});

	it('says what near me says for the same place: the same projects, relations, summary and access today', () => {
		expect(CARD_RADIUS_KM).toBe(DEFAULT_RADIUS_KM);
		for (const id of ['qianjiang-zhuoshui', 'qianjiang-jinxi', 'qianjiang-zhengyang', 'qianjiang']) {
			const near = new NearbyState();
			near.setData(fixtureProjects(), fixturePlaces(), fixtureAirports());
			near.pickPlace(fixturePlace(id));
			const card = placeCard(input(), id);
			const cardItems = [...card.here, ...card.seatProjects, ...card.near].map((p) => [p.id, p.relation, p.where.en]);
			expect(cardItems).toEqual(near.items.map((i) => [i.id, i.relation, expect.any(String)]));
			expect(card.summary.zh).toBe(servedSummary(near.context!, near.items, near.radiusKm, 'zh'));
			expect(card.summary.en).toBe(servedSummary(near.context!, near.items, near.radiusKm, 'en'));
			expect(card.rail.today?.town.id ?? null).toBe(near.access?.rail.today?.town.id ?? null);
			expect(card.expressway.today?.town.id ?? null).toBe(near.access?.expressway.today?.town.id ?? null);
			expect(card.airport.today?.iata ?? null).toBe(near.airport?.airport.iata ?? null);
		}
	});

	it('carries the latest status with its source, the newest target and the plan drift of the timeline', () => {
		const card = placeCard(input(), 'qianjiang-zhuoshui');
		const hsr = card.here[0];
		const entry = catalogue.find((e) => e.id === 'qianjiang-jishou-hsr')!;
		const last = entry.status.at(-1)!;
		expect(hsr.status).toBe(last.status);
		expect(hsr.statusYear).toBe(last.asOf);
		expect(hsr.quote.quote).toBe(last.source.quote);
		expect(hsr.quote.line).toBe(last.source.line);
		expect(hsr.quote.title).toEqual(sourceDocument(last.source.file)!.title);
		expect(hsr.drift).toBe(planDrift(entry).drift);
		const newest = entry.targets
			.filter((t) => t.aim !== 'figure')
			.sort((a, b) => a.source.year - b.source.year)
			.at(-1)!;
		expect(hsr.target).toEqual({ aim: newest.aim, by: newest.by, saidIn: newest.source.year });
	});

	it('names a public reference as such, with its work and year', () => {
		const q = cardQuote({ file: 'public reference', line: 0, quote: '渝厦高铁', year: 2025, work: 'railway announcements' });
		expect(q.sourceKind).toBe('public-reference');
		expect(q.title.en).toBe('public reference: railway announcements');
		expect(q.date.zh).toBe('2025年');
	});

	it('lists the airport and the works planned there', () => {
		const card = placeCard(input(), 'qianjiang-zhuoshui');
		expect(card.airport.today?.iata).toBe('JIQ');
		expect(card.airport.works.map((w) => w.id)).toEqual(['wulingshan-runway-extension']);
	});

	it('reads modelled minutes per hub, and none for the hub itself', () => {
		const travel: HubMinutes = {
			labels: { qianjiang: { zh: '黔江', en: 'Qianjiang' }, chongqing: { zh: '重庆', en: 'Chongqing' } },
			today: {
				qianjiang: new Map([['qianjiang-zhuoshui', 54]]),
				chongqing: new Map([
					['qianjiang-zhuoshui', 115],
					['qianjiang', 61]
				])
			},
			by2030: {
				qianjiang: new Map([['qianjiang-zhuoshui', 50]]),
				chongqing: new Map([
					['qianjiang-zhuoshui', null],
					['qianjiang', 61]
				])
			}
		};
		expect(placeCard(input(travel), 'qianjiang-zhuoshui').travel).toEqual([
			{ hub: 'qianjiang', label: { zh: '黔江', en: 'Qianjiang' }, today: 54, by2030: 50 },
			{ hub: 'chongqing', label: { zh: '重庆', en: 'Chongqing' }, today: 115, by2030: null }
		]);
		expect(placeCard(input(travel), 'qianjiang').travel?.[0]).toMatchObject({ hub: 'qianjiang', today: null, by2030: null });
		expect(placeCard(input(), 'qianjiang').travel).toBeNull();
	});

	it('fails loudly for an unknown place or a drawn project missing from the catalogue', () => {
		expect(() => placeCard(input(), 'nowhere')).toThrow(/no place nowhere/);
		const partial = { ...input(), entries: fixtureEntries().filter((e) => e.id !== 'qianjiang-jishou-hsr') };
		expect(() => placeCard(partial, 'qianjiang-zhuoshui')).toThrow(/qianjiang-jishou-hsr is drawn but not in the catalogue/);
	});

	it('lists the places a project serves, here first', () => {
		const cards = ['qianjiang-zhuoshui', 'qianjiang', 'qianjiang-jinxi'].map((id) => placeCard(input(), id));
		const served = placesServedBy(cards, 'qianjiang-jishou-hsr');
		expect(served.map((s) => [s.id, s.relation])).toEqual([
			['qianjiang-zhuoshui', 'here'],
			['qianjiang', 'here'],
			['qianjiang-jinxi', 'seat']
		]);
	});
});

describe('card places from the generated gazetteer', () => {
	const places: Place[] = JSON.parse(readFileSync('static/geo/places.json', 'utf8')).places;
	const features = JSON.parse(readFileSync('static/geo/projects.geojson', 'utf8')).features;
	const chosen = cardPlaces(places, features);

	it('has all 30 township-level units of 黔江区 and its seat', () => {
		const townships = chosen.filter((p) => p.code.startsWith('500114') && p.code.length === 9);
		expect(townships).toHaveLength(30);
		expect(new Set(townships.map((p) => p.code)).size).toBe(30);
		expect(chosen[0].id).toBe('qianjiang');
	});

	it('has every district or county seat a project names, and nothing else', () => {
		const named = new Set(
			features
				.filter((f: { properties: { kind: string } }) => f.properties.kind !== 'aviation-route')
				.flatMap((f: { properties: { places?: string } }) => (f.properties.places ?? '').split(','))
		);
		const seats = places.filter((p) => ['district-seat', 'county-seat', 'prefecture-seat'].includes(p.kind) && named.has(p.id));
		for (const s of seats) expect(chosen).toContain(s);
		expect(chosen.length).toBe(30 + seats.length);
		expect(chosen.some((p) => p.kind === 'city-outside')).toBe(false);
	});
});

describe('card map', () => {
	const z = fixturePlace('qianjiang-zhuoshui');
	const square: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[z.lon - 0.1, z.lat - 0.1],
				[z.lon + 0.1, z.lat - 0.1],
				[z.lon + 0.1, z.lat + 0.1],
				[z.lon - 0.1, z.lat - 0.1]
			]
		]
	};
	const features = fixtureProjects().filter((f) => ['qianjiang-jishou-hsr', 'jinxi-reservoir'].includes(String(f.properties.id)));
	const map = cardMap({ place: z, outline: square, places: fixturePlaces(), features, halfHeightKm: 20, theme: lightTheme });

	it('puts the place at the centre and the scale bar true to the ground', () => {
		const me = map.towns.find((t) => t.role === 'place')!;
		expect([me.x, me.y]).toEqual([map.width / 2, map.height / 2]);
		// 40 km of ground over 400 units: 10 units a km.
		expect(map.scale.lengthPx / map.scale.km).toBeCloseTo(10, 1);
		const north = distance([z.lon, z.lat], [z.lon, map.bounds[3]], { units: 'kilometers' });
		expect(north).toBeCloseTo(20, 0);
	});

	it('draws lines as schematic (dashed) and approximate points with their uncertainty ring', () => {
		expect(map.lines).toEqual([expect.objectContaining({ id: 'qianjiang-jishou-hsr', schematic: true, colour: lightTheme.projects.hsr })]);
		const reservoir = map.points.find((p) => p.id === 'jinxi-reservoir')!;
		expect(reservoir.ringPx).toBeCloseTo(5 * 10, 0);
		expect(map.outline?.startsWith('M')).toBe(true);
	});

	it('shows the towns in view once each, and gives the interactive map a camera on the same place', () => {
		const ids = map.towns.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const t of map.towns) {
			expect(t.x).toBeGreaterThanOrEqual(0);
			expect(t.x).toBeLessThanOrEqual(map.width);
		}
		expect(map.camera.lat).toBeCloseTo(z.lat, 3);
		expect(map.camera.zoom).toBeGreaterThan(8);
		expect(map.camera.zoom).toBeLessThan(11);
	});

	it('sizes the view to the radius and a near seat, within 14–40 km', () => {
		expect(cardMapHalfHeightKm(10, null)).toBe(14);
		expect(cardMapHalfHeightKm(10, 26)).toBeCloseTo(29.9, 5);
		expect(cardMapHalfHeightKm(10, 300)).toBe(14);
		expect(cardMapHalfHeightKm(10, 39)).toBe(40);
	});

	it('finds the county outline by code, else the prefecture, else none', () => {
		const units = [
			{ properties: { code: '500114', zh: '黔江区', en: 'Qianjiang District' }, geometry: square },
			{ properties: { code: '4228', zh: '恩施州', en: 'Enshi' }, geometry: square }
		];
		const at = (code: string) => ({ ...z, code });
		expect(cardOutline(at('500114112'), units)?.zh).toBe('黔江区');
		expect(cardOutline(at('422802'), units)?.zh).toBe('恩施州');
		expect(cardOutline(at('433101'), units)).toBeNull();
		expect(cardOutline(at(''), units)).toBeNull();
	});
});

describe('card words', () => {
	it('says a target as a target, the source year as "according to", periods as years, and flags a lapsed plan', () => {
		expect(targetWords('in-service', 2030, 'zh')).toBe('计划2030年前建成（目标）');
		expect(targetWords('in-service', 2030, 'en')).toBe('planned to open by 2030 (target)');
		expect(accordingTo(2026, 'plan-outline', 'en')).toBe('according to the 2026 plan');
		expect(accordingTo(2026, 'plan-outline', 'zh')).toBe('据2026年规划');
		expect(periodWords('2026-2030', 'zh')).toBe('2026–2030年');
		expect(periodWords('long-term', 'en')).toMatch(/long term/);
		expect(driftWords('lapsed', 'en')).toMatch(/lapsed/);
		expect(driftWords('lapsed', 'zh')).toMatch(/已失效/);
		expect(driftShort('slipped', 'zh')).toBe('延后');
	});

	it('writes minutes and their change', () => {
		expect(minutesWords(65, 'zh')).toBe('1小时05分');
		expect(minutesWords(54, 'en')).toBe('54 min');
		expect(minutesChange(259, 230, 'en')).toBe('29 min faster');
		expect(minutesChange(60, 60, 'zh')).toBe('不变');
		expect(minutesChange(null, 60, 'en')).toBe('');
	});
});

// The served-places functions the card uses, called directly, agree with the card for a picked seat.
describe('place card and served places', () => {
	it('matches servedProjects at the card radius for a seat', () => {
		const seat = fixturePlace('qianjiang');
		const ctx = servedContext(fixturePlaces(), [seat.lon, seat.lat], seat);
		const items = servedProjects(fixtureProjects(), fixturePlaces(), ctx, { radiusKm: CARD_RADIUS_KM });
		const card = placeCard(input(), 'qianjiang');
		expect(card.seat).toBeNull();
		expect([...card.here, ...card.near].map((p) => p.id)).toEqual(items.map((i) => i.id));
	});
});
