/**
 * A report card for one place: what is planned in it, for its district seat and near it, each project with its
 * latest status, its target in words, how the plan moved and the line that says so; the nearest station,
 * expressway access and airport today and on the 2030 network; and modelled travel times to the hubs.
 *
 * It answers with the same served-places logic as "near me" (`served.ts`, the same radius), so a card and the
 * map never disagree. Pure: no map, DOM or UI code.
 */
import type { Bilingual, GeometryMethod, PlanPeriod, ProjectEntry, ProjectStatus, SourceRef, TargetAim } from '../catalogue/types';
import { sourceDocument, type DocumentKind } from '../catalogue/documents';
import { DATA_YEAR, currentClaim, plannedOpening } from '../catalogue/status';
import { currentTarget, pastTarget, type TargetVerdict } from '../catalogue/targets';
import { planDrift, type Drift } from '../catalogue/timeline';
import type { Airport, Place, PlaceKind } from '../geo/types';
import { nearestAirport } from './nearby';
import type { ProjectFeature } from './project-feature';
import {
	describeServed,
	nearestAccess,
	namedPlaceIds,
	servedContext,
	servedProjects,
	withMentions,
	type ServedItem,
	type TransportAccess
} from './served';
import { placeLabel, servedSummary } from './summary';
import { firstScenarioOf, inScenario } from './network/scenario';
import { placeTimes } from './network/paths';
import type { NetworkGraph } from './network/types';
import { NEAR_RADIUS_KM } from '../limits';

/** The radius of "within N km" on a card: the default of near me, so that both say the same. */
export const CARD_RADIUS_KM: number = NEAR_RADIUS_KM.default;

/** The hubs a card gives modelled travel times to: 黔江城区, 重庆 and 长沙. */
export const CARD_HUBS: readonly string[] = ['qianjiang', 'chongqing', 'changsha'];

/** Seat kinds that get a card when a project names them. */
const SEAT_KINDS: ReadonlySet<PlaceKind> = new Set(['district-seat', 'county-seat', 'prefecture-seat']);
/** Township-level kinds of a district. */
const TOWNSHIP_KINDS: ReadonlySet<PlaceKind> = new Set(['town', 'township', 'subdistrict']);

/** The district whose every township and subdistrict gets a card. */
export const CARD_DISTRICT = { zh: '黔江区', code: '500114' } as const;

/** A citation as a card prints it: the quoted words, the document's title and date, and where to read it. */
export interface CardQuote {
	quote: string;
	file: string;
	line: number;
	lineEnd: number | null;
	/** Full title of the document; for public reference, the reference work. */
	title: Bilingual;
	/** The document's short title (for print), or "public reference". */
	short: Bilingual;
	/** The document's date in words, or the year of a public reference. */
	date: Bilingual;
	/** What kind of source: a plan, an outlook, a newspaper report, or public reference. */
	sourceKind: DocumentKind | 'public-reference';
}

/** One project on a card. */
export interface CardProject {
	id: string;
	ref: string;
	kind: string;
	name: Bilingual;
	method: GeometryMethod;
	relation: ServedItem['relation'];
	/** How it relates to the place, as near me says it ("serves 黔江 (your district seat, 26 km away)"). */
	where: Bilingual;
	distanceKm: number;
	/** The latest status word and the year of the source that states it. */
	status: ProjectStatus;
	statusYear: number;
	/** The target current as of the card's date (`catalogue/targets.ts`): what it aims at, by when, and the year it was said. Null when none. */
	target: { aim: TargetAim; by: number; saidIn: number } | null;
	/** The newest target whose date has passed or that was replaced, with what became of it; null when none. */
	pastTarget: CardPastTarget | null;
	period: PlanPeriod;
	drift: Drift;
	/** The line that states the latest status. */
	quote: CardQuote;
}

/** A target no longer current, judged against the card's date: met (when), missed (what a later document says), superseded (by which aim) or dropped. */
export interface CardPastTarget {
	state: 'met' | 'missed' | 'passed' | 'superseded' | 'dropped';
	aim: TargetAim;
	by: number;
	saidIn: number;
	/** met: the year it was reached; missed: the year of the later document (null when none spoke since). */
	year: number | null;
	/** missed: the status the later document gives. */
	laterStatus: ProjectStatus | null;
	/** superseded: the newer aim's horizon and the year it was said. */
	newBy: number | null;
	newSaidIn: number | null;
}

/**
 * A target verdict as the card stores it.
 *
 * @param v - from `judgeTarget`
 * @returns the plain record
 * @example
 * cardPastTarget(pastTarget(r1, 2026)!).state; // 'met'
 */
export function cardPastTarget(v: Exclude<TargetVerdict, { state: 'open' }>): CardPastTarget {
	const t = v.target;
	return {
		state: v.state,
		aim: t.aim,
		by: t.by,
		saidIn: t.source.year,
		year: v.state === 'met' ? v.year : v.state === 'missed' ? v.later.source.year : v.state === 'dropped' ? v.silentIn : null,
		laterStatus: v.state === 'missed' ? v.later.status : null,
		newBy: v.state === 'superseded' ? v.by.by : null,
		newSaidIn: v.state === 'superseded' ? v.by.source.year : null
	};
}

/** Nearest access of one mode, today and on the 2030 network. */
export interface CardAccess {
	today: TransportAccess | null;
	by2030: TransportAccess | null;
}

/** Modelled minutes to one hub, today (the 2025 network) and on the 2030 network. */
export interface CardTravel {
	hub: string;
	label: Bilingual;
	today: number | null;
	by2030: number | null;
}

/** Everything a card shows, in data; the words are chosen by the page. */
export interface PlaceCard {
	place: Place;
	label: Bilingual;
	seat: { id: string; zh: string; en: string; km: number } | null;
	radiusKm: number;
	/** Near me's one-sentence summary for the same place and radius. */
	summary: Bilingual;
	here: CardProject[];
	seatProjects: CardProject[];
	near: CardProject[];
	rail: CardAccess;
	expressway: CardAccess;
	airport: { today: { iata: string; zh: string; en: string; km: number } | null; works: CardProject[] };
	/** Null when no travel model was given. */
	travel: CardTravel[] | null;
}

/** The data a card is built from. */
export interface CardInput {
	places: readonly Place[];
	features: readonly ProjectFeature[];
	entries: readonly ProjectEntry[];
	airports: readonly Airport[];
	/** Modelled minutes from each hub to each place id, per network; see {@link hubMinutes}. */
	travel?: HubMinutes | null;
}

/** Minutes between each hub and each place, on today's (2025) and the 2030 network. */
export interface HubMinutes {
	labels: Record<string, Bilingual>;
	today: Record<string, Map<string, number | null>>;
	by2030: Record<string, Map<string, number | null>>;
}

/**
 * The places that get a card: every township and subdistrict of 黔江区 (by its administrative code), and every
 * district, county or prefecture seat a project of the catalogue names. Sorted: 黔江区 first (seat, then its
 * townships by pinyin), then the other seats by pinyin.
 *
 * @param places - the gazetteer
 * @param features - project features with `places`
 * @returns the places, in card order
 * @example
 * cardPlaces(places, features).filter((p) => p.county === '黔江区').length; // 31 (30 townships and the seat)
 */
export function cardPlaces(places: readonly Place[], features: readonly ProjectFeature[]): Place[] {
	const named = new Set(features.filter((f) => f.properties.kind !== 'aviation-route').flatMap((f) => namedPlaceIds(f)));
	const inDistrict = (p: Place) => p.code.startsWith(CARD_DISTRICT.code);
	const chosen = places.filter(
		(p) => (TOWNSHIP_KINDS.has(p.kind) && p.code.length > 6 && inDistrict(p)) || (SEAT_KINDS.has(p.kind) && named.has(p.id))
	);
	const rank = (p: Place) => (inDistrict(p) ? (SEAT_KINDS.has(p.kind) ? 0 : 1) : 2);
	return chosen.sort((a, b) => rank(a) - rank(b) || a.pinyin.localeCompare(b.pinyin) || a.id.localeCompare(b.id));
}

/**
 * A citation as the card prints it.
 *
 * @param source - a catalogue citation
 * @returns the quote with the document's full title and date (or the public reference it comes from)
 * @example
 * cardQuote(entry.status.at(-1)!.source).title.zh; // '重庆市黔江区国民经济和社会发展第十五个五年规划…'
 */
export function cardQuote(source: SourceRef): CardQuote {
	const doc = sourceDocument(source.file);
	const base = { quote: source.quote, file: source.file, line: source.line, lineEnd: source.lineEnd ?? null };
	if (!doc) {
		const work = source.work ?? '';
		return {
			...base,
			title: { zh: work ? `公开资料：${work}` : '公开资料', en: work ? `public reference: ${work}` : 'public reference' },
			short: { zh: '公开资料', en: 'public reference' },
			date: { zh: `${source.year}年`, en: String(source.year) },
			sourceKind: 'public-reference'
		};
	}
	return { ...base, title: doc.title, short: doc.short, date: doc.date, sourceKind: doc.kind };
}

function cardProject(item: ServedItem, entry: ProjectEntry, context: ReturnType<typeof servedContext>): CardProject {
	const claim = currentClaim(entry);
	if (!claim) throw new Error(`place card: ${entry.id} has no status claim`);
	// Judged against the card's date, as every other surface does: a passed aim is never printed as current.
	const latestTarget = currentTarget(entry, DATA_YEAR);
	const past = pastTarget(entry, DATA_YEAR);
	return {
		id: entry.id,
		ref: entry.ref,
		kind: entry.kind,
		name: entry.shortName,
		method: item.method,
		relation: item.relation,
		where: { zh: describeServed(item, context, 'zh'), en: describeServed(item, context, 'en') },
		distanceKm: item.distanceKm,
		status: claim.status,
		statusYear: claim.asOf,
		target:
			latestTarget && latestTarget.aim !== 'figure'
				? { aim: latestTarget.aim, by: latestTarget.by, saidIn: latestTarget.source.year }
				: null,
		pastTarget: past ? cardPastTarget(past) : null,
		period: entry.period,
		drift: planDrift(entry).drift,
		quote: cardQuote(claim.source)
	};
}

/**
 * Whether a catalogue entry is part of the 2030 network of the travel model: built, under construction, or
 * planned for 2026–2030 (see `firstScenarioOf`). An aim for 2030 counts here as the model counts it; the card
 * says "if the plans are carried out".
 *
 * @param entry - a catalogue entry
 * @returns true when the model's 2030 scenario includes it
 * @example
 * inNetwork2030(qianjiangJishouHsr); // true (planned, 2026–2030)
 */
export function inNetwork2030(entry: ProjectEntry): boolean {
	const claim = currentClaim(entry);
	if (!claim) return false;
	const first = firstScenarioOf(claim.status, plannedOpening(entry), entry.period);
	return first !== null && inScenario(first, '2030');
}

/**
 * Modelled minutes between each hub and every place, on today's (2025) and the 2030 network, from the travel
 * model's graphs (fastest of rail, road or both).
 *
 * @param graphs - the 2025 and 2030 graphs, built with the same assumptions
 * @param places - the gazetteer (for the hubs' names)
 * @param hubs - hub place ids ({@link CARD_HUBS} by default)
 * @returns minutes per hub and place id, null where the model finds no route
 * @example
 * hubMinutes({ today: g2025, by2030: g2030 }, places).today.chongqing.get('qianjiang-zhuoshui'); // e.g. 150
 */
export function hubMinutes(
	graphs: { today: NetworkGraph; by2030: NetworkGraph },
	places: readonly Place[],
	hubs: readonly string[] = CARD_HUBS
): HubMinutes {
	const out: HubMinutes = { labels: {}, today: {}, by2030: {} };
	for (const hub of hubs) {
		const p = places.find((x) => x.id === hub);
		if (!p) throw new Error(`place card: hub ${hub} is not in the gazetteer`);
		out.labels[hub] = { zh: p.zh, en: p.en };
		for (const key of ['today', 'by2030'] as const)
			out[key][hub] = new Map(
				placeTimes(graphs[key], hub, 'best').map((t) => [t.placeId, t.minutes === null ? null : Math.round(t.minutes)])
			);
	}
	return out;
}

/**
 * Builds the card of one place.
 *
 * @param input - gazetteer, project features, catalogue entries, airports and (optionally) hub travel times
 * @param placeId - a gazetteer id
 * @returns the card's data
 * @throws when the place is not in the gazetteer, or a served project is missing from the catalogue
 * @example
 * placeCard(input, 'qianjiang-zhuoshui').here.map((p) => p.id); // ['qianjiang-jishou-hsr', …]
 */
export function placeCard(input: CardInput, placeId: string): PlaceCard {
	const place = input.places.find((p) => p.id === placeId);
	if (!place) throw new Error(`place card: no place ${placeId}`);
	const entries = new Map(input.entries.map((e) => [e.id, e]));
	const at: [number, number] = [place.lon, place.lat];
	const context = servedContext(input.places, at, place);
	// Every project that names the place, drawn or not, is on its card (see withMentions).
	const items = servedProjects(withMentions(input.features, input.entries, input.places), input.places, context, {
		radiusKm: CARD_RADIUS_KM
	});
	const toCard = (item: ServedItem): CardProject => {
		const entry = entries.get(item.id);
		if (!entry) throw new Error(`place card: project ${item.id} is drawn but not in the catalogue`);
		return cardProject(item, entry, context);
	};
	const cards = items.map(toCard);
	const features2030 = input.features.filter((f) => {
		const e = entries.get(String(f.properties.id));
		return e !== undefined && inNetwork2030(e);
	});
	const access = (mode: 'rail' | 'expressway'): CardAccess => ({
		today: nearestAccess(input.features, input.places, at, mode, { inServiceOnly: true }),
		by2030: nearestAccess(features2030, input.places, at, mode)
	});
	const airport = nearestAirport([...input.airports], at);
	const works = airport
		? input.features
				.filter((f) => f.properties.kind === 'airport-works' && namedPlaceIds(f).includes(`airport:${airport.airport.iata}`))
				.map((f) => {
					const e = entries.get(String(f.properties.id));
					if (!e) throw new Error(`place card: project ${f.properties.id} is drawn but not in the catalogue`);
					const item: ServedItem = {
						id: e.id,
						ref: e.ref,
						kind: e.kind,
						status: '',
						statusYear: null,
						method: 'located',
						name: e.shortName,
						relation: 'point',
						town: null,
						distanceKm: airport.distanceKm,
						rangeKm: [airport.distanceKm, airport.distanceKm],
						target: [airport.airport.lon, airport.airport.lat],
						feature: f
					};
					return cardProject(item, e, context);
				})
		: [];
	const t = input.travel;
	return {
		place,
		// A prefecture seat is named by itself with its district (常德（武陵区）), not by the district alone.
		label:
			place.kind === 'prefecture-seat' && place.county
				? { zh: `${place.zh}（${place.county}）`, en: `${place.en} (${place.countyEn || place.county})` }
				: placeLabel(place),
		seat: context.seat ? { id: context.seat.id, zh: context.seat.zh, en: context.seat.en, km: context.seatKm ?? 0 } : null,
		radiusKm: CARD_RADIUS_KM,
		summary: { zh: servedSummary(context, items, CARD_RADIUS_KM, 'zh'), en: servedSummary(context, items, CARD_RADIUS_KM, 'en') },
		here: cards.filter((c) => c.relation === 'here'),
		seatProjects: cards.filter((c) => c.relation === 'seat'),
		near: cards.filter((c) => c.relation === 'town' || c.relation === 'point'),
		rail: access('rail'),
		expressway: access('expressway'),
		airport: {
			today: airport ? { iata: airport.airport.iata, zh: airport.airport.zh, en: airport.airport.en, km: airport.distanceKm } : null,
			works
		},
		travel: t
			? Object.keys(t.labels).map((hub) => ({
					hub,
					label: t.labels[hub],
					today: hub === place.id ? null : (t.today[hub]?.get(place.id) ?? null),
					by2030: hub === place.id ? null : (t.by2030[hub]?.get(place.id) ?? null)
				}))
			: null
	};
}

/**
 * The card places a project appears on, and how: "here" (it names the place), "seat" (it serves the place's seat)
 * or "near" (within the card radius). For the project page's "places this project serves".
 *
 * @param cards - every card
 * @param projectId - a catalogue id
 * @returns the places, here first, then seat, then near, each group in card order
 * @example
 * placesServedBy(cards, 'qianjiang-jishou-hsr')[0].relation; // 'here'
 */
export function placesServedBy(
	cards: readonly PlaceCard[],
	projectId: string
): { id: string; label: Bilingual; relation: 'here' | 'seat' | 'near' }[] {
	const out: { id: string; label: Bilingual; relation: 'here' | 'seat' | 'near' }[] = [];
	for (const relation of ['here', 'seat', 'near'] as const)
		for (const c of cards) {
			const list = relation === 'here' ? c.here : relation === 'seat' ? c.seatProjects : c.near;
			if (list.some((p) => p.id === projectId)) out.push({ id: c.place.id, label: { zh: c.place.zh, en: c.place.en }, relation });
		}
	return out;
}
