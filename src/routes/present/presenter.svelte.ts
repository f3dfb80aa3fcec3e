import type { Scene } from '$lib/present/scenes';
import { sceneFromParam, sceneProgress } from '$lib/present/view';
import type { ParamNotice, UrlStateful } from '$lib/state/url-state';

/** Which scene the presenter shows; the URL keeps it as `?scene=n` (1-based). */
export class PresentState implements UrlStateful {
	readonly urlKeys = ['scene'] as const;
	scenes = $state.raw<readonly Scene[]>([]);
	index = $state(0);
	scene = $derived.by(() => this.scenes[this.index]);
	progress = $derived.by(() => sceneProgress(this.index, this.scenes.length));

	constructor(scenes: readonly Scene[]) {
		this.scenes = scenes;
	}

	/** Shows another story, from its first scene or the scene asked for. */
	setScenes(scenes: readonly Scene[], index = 0): void {
		this.scenes = scenes;
		this.go(index);
	}

	get count(): number {
		return this.scenes.length;
	}

	/** Shows a scene by 0-based index, kept within the story. */
	go(index: number): void {
		this.index = Math.max(0, Math.min(this.scenes.length - 1, Math.round(index)));
	}

	writeParams(params: URLSearchParams): void {
		params.set('scene', String(this.index + 1));
	}

	/** A missing scene number starts the story at its first scene; a bad one does too, with a notice. */
	readParams(params: URLSearchParams, notice: ParamNotice = () => {}): void {
		const value = params.get('scene');
		this.index = sceneFromParam(value, this.scenes.length);
		if (value !== null && value !== '' && sceneFromParam(value, this.scenes.length) === 0 && value.trim() !== '1')
			notice('scene', value, {
				zh: `场景编号应为 1 至 ${this.scenes.length}，已从第 1 场开始`,
				en: `scene must be a number from 1 to ${this.scenes.length}; the story starts at scene 1`
			});
	}
}
