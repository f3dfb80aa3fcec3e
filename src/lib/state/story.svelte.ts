import type { Bilingual } from '$lib/catalogue/types';
import type { Scene } from '$lib/present/scenes';
import { MAX_STORY_SCENES, moveScene, parseStory, storyToJson } from '$lib/present/story';

/** Where the presenter's own story is kept on the device. */
export const STORY_KEY = 'wuling-atlas:story';

/**
 * The presenter's own story, kept on the device (localStorage). A stored story that no longer reads is left in
 * storage untouched, and the problem is reported, so nothing is lost by an update of the format.
 */
export class StoryState {
	scenes = $state.raw<Scene[]>([]);
	/** Why the stored story could not be read, if it could not. */
	problem = $state<Bilingual | null>(null);

	/** Reads the stored story. */
	restore(storage: Pick<Storage, 'getItem'> | null, known: ReadonlySet<string> | null = null): void {
		const raw = storage?.getItem(STORY_KEY);
		if (!raw) return;
		const r = parseStory(raw, known);
		if (r.ok) this.scenes = r.scenes;
		else this.problem = r.error;
	}

	/** Writes the story; false when storage refuses (private mode, full). */
	save(storage: Pick<Storage, 'setItem' | 'removeItem'> | null): boolean {
		try {
			if (this.scenes.length) storage?.setItem(STORY_KEY, storyToJson(this.scenes));
			else storage?.removeItem(STORY_KEY);
			return Boolean(storage);
		} catch {
			return false;
		}
	}

	/** Adds scenes at the end; refuses (returns false) past the story's limit, keeping the story as it was. */
	add(scenes: Scene[]): boolean {
		if (this.scenes.length + scenes.length > MAX_STORY_SCENES) return false;
		const used = new Set(this.scenes.map((s) => s.id));
		const fresh = scenes.map((s) => {
			let id = s.id;
			for (let n = 2; used.has(id); n++) id = `${s.id}-${n}`;
			used.add(id);
			return id === s.id ? s : { ...s, id };
		});
		this.scenes = [...this.scenes, ...fresh];
		return true;
	}

	remove(index: number): void {
		this.scenes = this.scenes.filter((_, i) => i !== index);
	}

	move(index: number, by: -1 | 1): void {
		this.scenes = moveScene(this.scenes, index, by);
	}

	/** A new id for a scene made now. */
	nextId(): string {
		return `scene-${Date.now().toString(36)}`;
	}
}
