import type { FeatureCollection, Geometry } from 'geojson';
import {
	countVisible,
	mapFeatures,
	uncertaintyCircles,
	visibleEntries,
	type IndexEntry,
	type YearView
} from '../catalogue/view';
import type { KindGroup, Phase } from '../catalogue/phase';
import type { PlanPeriod } from '../catalogue/types';
import { buildSearchIndex, searchProjects } from '../catalogue/search';

/** The catalogue as the page shows it: data, filters, year, search, selection and hover. */
export class CatalogueState {
	entries = $state.raw<IndexEntry[]>([]);
	features = $state.raw<FeatureCollection<Geometry>>({ type: 'FeatureCollection', features: [] });

	groups = $state<KindGroup[]>([]);
	phases = $state<Phase[]>([]);
	periods = $state<PlanPeriod[]>([]);
	year = $state<YearView>('now');
	query = $state('');
	selectedId = $state<string | null>(null);
	hoverId = $state<string | null>(null);

	searchIndex = $derived(buildSearchIndex(this.entries));
	matches = $derived.by(() => {
		const q = this.query.trim();
		if (!q) return null;
		return new Set(
			searchProjects(this.searchIndex, q, { limit: this.entries.length }).map((h) => h.record.id)
		);
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

	mapData = $derived(mapFeatures(this.features, new Map(this.visible.map((v) => [v.entry.id, v.phase]))));
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

	toggle<T>(list: T[], value: T): T[] {
		return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
	}
}
