import type { FeatureCollection, Geometry } from 'geojson';
import { countVisible, mapFeatures, uncertaintyCircles, visibleEntries, type IndexEntry, type YearView } from '../catalogue/view';
import type { KindGroup, Phase } from '../catalogue/phase';
import type { PlanPeriod } from '../catalogue/types';
import { buildSearchIndex, searchProjects } from '../catalogue/search';
import { KIND_GROUPS, PHASES } from '../catalogue/phase';
import { YEAR_VIEWS } from '../catalogue/view';
import type { ParamNotice, UrlStateful } from './url-state';
import { yearViewChoices } from '../catalogue/years';

const PERIODS: readonly PlanPeriod[] = ['2016-2020', '2021-2025', '2026-2030', 'long-term'];

/** Reads a comma-separated list, keeping known values and reporting the others. */
function readList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[], notice: ParamNotice): T[] {
	const raw = params.get(key);
	if (raw === null || raw === '') return [];
	const out: T[] = [];
	for (const v of raw.split(',')) {
		if ((allowed as readonly string[]).includes(v)) {
			if (!out.includes(v as T)) out.push(v as T);
		} else notice(key, v, { zh: '无法识别的筛选值', en: 'unknown filter value' });
	}
	return out;
}

/** The catalogue as the page shows it: data, filters, year, search, selection and hover. */
export class CatalogueState implements UrlStateful {
	readonly urlKeys = ['project', 'kinds', 'phases', 'periods', 'year', 'q', 'precision'] as const;
	entries = $state.raw<IndexEntry[]>([]);
	features = $state.raw<FeatureCollection<Geometry>>({ type: 'FeatureCollection', features: [] });

	groups = $state<KindGroup[]>([]);
	phases = $state<Phase[]>([]);
	periods = $state<PlanPeriod[]>([]);
	year = $state<YearView>('now');
	/** Draw every uncertainty outline, not only the selected or hovered project's. */
	showPrecision = $state(false);
	query = $state('');
	selectedId = $state<string | null>(null);
	hoverId = $state<string | null>(null);

	searchIndex = $derived(buildSearchIndex(this.entries));
	matches = $derived.by(() => {
		const q = this.query.trim();
		if (!q) return null;
		return new Set(searchProjects(this.searchIndex, q, { limit: this.entries.length }).map((h) => h.record.id));
	});

	visible = $derived(
		visibleEntries(this.entries, {
			groups: this.groups,
			phases: this.phases,
			periods: this.periods,
			year: this.year,
			matches: this.matches
		})
	);

	/**
	 * Whether the map source holds every year view (each feature tagged with its `view`), so that a year change
	 * is a filter change on the map; until then it holds the shown year only, which keeps the first map light.
	 */
	allYears = $state(false);
	mapData = $derived.by(() => {
		if (!this.allYears) return mapFeatures(this.features, new Map(this.visible.map((v) => [v.entry.id, v.phase])));
		const filter = { groups: this.groups, phases: this.phases, periods: this.periods, matches: this.matches };
		const features: FeatureCollection<Geometry>['features'] = [];
		for (const view of YEAR_VIEWS) {
			const shown = visibleEntries(this.entries, { ...filter, year: view });
			const fc = mapFeatures(this.features, new Map(shown.map((v) => [v.entry.id, v.phase])));
			for (const f of fc.features) features.push({ ...f, properties: { ...f.properties, view } });
		}
		return { type: 'FeatureCollection', features } satisfies FeatureCollection<Geometry>;
	});
	circles = $derived(uncertaintyCircles(this.mapData));
	counts = $derived(countVisible(this.visible));
	selected = $derived(this.entries.find((e) => e.id === this.selectedId) ?? null);
	drawnIds = $derived(new Set(this.features.features.map((f) => String(f.properties?.id))));

	/** Loads the index and the features. */
	load(entries: IndexEntry[], features: FeatureCollection<Geometry>): void {
		this.entries = entries;
		this.features = features;
	}

	/** Whether any filter or search is active. */
	get filtered(): boolean {
		return Boolean(this.groups.length || this.phases.length || this.periods.length || this.query.trim());
	}

	clearFilters(): void {
		this.groups = [];
		this.phases = [];
		this.periods = [];
		this.query = '';
	}

	/** Selects a project by id; returns false (and selects nothing) if the id is unknown. */
	select(id: string | null): boolean {
		if (id === null) {
			this.selectedId = null;
			return true;
		}
		if (!this.entries.some((e) => e.id === id)) return false;
		this.selectedId = id;
		return true;
	}

	writeParams(params: URLSearchParams): void {
		const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
		set('project', this.selectedId ?? '');
		set('kinds', this.groups.join(','));
		set('phases', this.phases.join(','));
		set('periods', this.periods.join(','));
		set('year', this.year === 'now' ? '' : this.year);
		set('q', this.query.trim());
		set('precision', this.showPrecision ? '1' : '');
	}

	readParams(params: URLSearchParams, notice: ParamNotice): void {
		this.groups = readList(params, 'kinds', KIND_GROUPS, notice);
		this.phases = readList(params, 'phases', PHASES, notice);
		this.periods = readList(params, 'periods', PERIODS, notice);
		const year = params.get('year');
		if (year === null || year === '') this.year = 'now';
		else if ((YEAR_VIEWS as readonly string[]).includes(year)) this.year = year as YearView;
		else {
			this.year = 'now';
			const choices = yearViewChoices();
			notice('year', year, { zh: `年份只能是 ${choices.zh}`, en: `year must be ${choices.en}` });
		}
		this.query = (params.get('q') ?? '').slice(0, 200);
		const precision = params.get('precision');
		this.showPrecision = precision === '1';
		if (precision !== null && precision !== '' && precision !== '1' && precision !== '0')
			notice('precision', precision.slice(0, 20), { zh: '只能是 1（显示）或 0（不显示）', en: 'must be 1 (show) or 0 (hide)' });
		const project = params.get('project');
		if (project === null || project === '') this.selectedId = null;
		else if (!this.select(project)) {
			this.selectedId = null;
			notice('project', project, { zh: '没有这个项目', en: 'no such project' });
		}
	}

	toggle<T>(list: T[], value: T): T[] {
		return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
	}
}
