import { parseLang, type Lang } from '../i18n/index';
import type { Bilingual } from '../catalogue/types';
import type { ParamNotice, UrlStateful } from './url-state';

const LANG_KEY = 'wuling-atlas:lang';

/** The side panel's tabs. */
export type Tab = 'projects' | 'nearby' | 'measure' | 'corridors' | 'travel' | 'promises';
export const TABS: readonly Tab[] = ['projects', 'nearby', 'measure', 'corridors', 'travel', 'promises'];

/** Heights of the phone layout's bottom sheet. */
export type SheetHeight = 'peek' | 'half' | 'full';

/** The share of the map the sheet covers at each height (the page's CSS uses the same percentages). */
export const SHEET_SHARE: Readonly<Record<SheetHeight, number>> = { peek: 0.34, half: 0.56, full: 0.72 };

/** Shared interface state of the map page. Overlay and panel state lives in its own classes. */
export class AppState implements UrlStateful {
	readonly urlKeys = ['lang', 'tab'] as const;
	lang = $state<Lang>('zh');
	tab = $state<Tab>('projects');
	/** Phone layout: how far the bottom sheet is pulled up (a third, half, or most of the screen). */
	sheet = $state<SheetHeight>('peek');
	/**
	 * Where a project's "back" button returns when the project was opened from a tool's results: the tab, the
	 * button's words and the project it applies to ("back to results near 濯水").
	 */
	backTo = $state.raw<{ tab: Tab; label: Bilingual; projectId: string } | null>(null);
	/** Short notices for the user (bad URL parameters, failed imports); shown as text. */
	notices = $state<string[]>([]);

	/** Phone layout: whether the bottom sheet is pulled up at all (half or full). */
	get sheetOpen(): boolean {
		return this.sheet !== 'peek';
	}
	set sheetOpen(open: boolean) {
		this.sheet = open ? 'full' : 'peek';
	}

	/** Restores the stored language choice, if any. */
	restoreLang(storage: Pick<Storage, 'getItem'> | null): void {
		const stored = parseLang(storage?.getItem(LANG_KEY));
		if (stored) this.lang = stored;
	}

	/** Sets the language and remembers it on this device. */
	setLang(lang: Lang, storage: Pick<Storage, 'setItem'> | null): void {
		this.lang = lang;
		try {
			storage?.setItem(LANG_KEY, lang);
		} catch {
			// Private mode or a full quota: the choice still applies to this visit.
		}
	}

	writeParams(params: URLSearchParams): void {
		params.set('lang', this.lang);
		if (this.tab === 'projects') params.delete('tab');
		else params.set('tab', this.tab);
	}

	readParams(params: URLSearchParams, notice: ParamNotice): void {
		const lang = params.get('lang');
		if (lang !== null) {
			const parsed = parseLang(lang);
			if (parsed) this.lang = parsed;
			else notice('lang', lang, { zh: '语言只能是 zh 或 en', en: 'language must be zh or en' });
		}
		const tab = params.get('tab');
		if (tab === null) this.tab = 'projects';
		else if ((TABS as readonly string[]).includes(tab)) this.tab = tab as Tab;
		else notice('tab', tab, { zh: '没有这个面板', en: 'no such panel' });
	}

	/** Adds a notice unless the same text is already shown. */
	notify(text: string): void {
		if (!this.notices.includes(text)) this.notices = [...this.notices, text];
	}

	dismiss(text: string): void {
		this.notices = this.notices.filter((n) => n !== text);
	}
}
